"""The Settings page (general facts and language, users, payment terms), and the pages of work still to
come (bank, collections, statements, reports)."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QSettings, QSize, Qt, Signal
from PySide6.QtGui import QFont, QIcon
from PySide6.QtWidgets import (
    QComboBox,
    QFormLayout,
    QFrame,
    QHBoxLayout,
    QLabel,
    QMessageBox,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acctdesk.ui import formatting, i18n, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.terms_editor import TermsPanel
from acctdesk.ui.users_page import UsersPanel
from acctdesk.ui.widgets.common import PageHeader


def _left(widget: QWidget) -> QWidget:
    """A form field that keeps its own width instead of stretching across the row."""
    box = QWidget()
    row = QHBoxLayout(box)
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return box


class ComingPage(QWidget):
    """A finished-looking page for work that is planned: what it will do, and that it is coming."""

    def __init__(self, title: str, description: str, points: list[str], icon: str, parent=None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(PageHeader(title))
        layout.addStretch(1)
        card = QFrame()
        card.setObjectName("coming")
        card.setStyleSheet("#coming { background: white; border: 1px solid #d0d5dd; border-radius: 12px; }")
        card.setFixedWidth(600)
        inner = QVBoxLayout(card)
        inner.setContentsMargins(36, 28, 36, 28)
        inner.setSpacing(10)
        picture = QLabel()
        picture.setPixmap(QIcon(i18n.icon_path(icon)).pixmap(QSize(56, 56)))
        picture.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        picture.setStyleSheet("border: none;")
        inner.addWidget(picture)
        badge = QLabel(self.tr("Coming in a later release"))
        badge.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        badge.setStyleSheet(
            "color: #175cd3; background: #eff8ff; border: 1px solid #b2ddff;"
            "border-radius: 10px; padding: 2px 10px;"
        )
        inner.addWidget(badge, 0, Qt.AlignmentFlag.AlignHCenter)
        heading = QLabel(title)
        font = QFont(heading.font())
        font.setPointSizeF(font.pointSizeF() * 1.3)
        font.setBold(True)
        heading.setFont(font)
        heading.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        heading.setStyleSheet("border: none;")
        inner.addWidget(heading)
        text = QLabel(description)
        text.setWordWrap(True)
        text.setAlignment(Qt.AlignmentFlag.AlignHCenter)
        text.setStyleSheet("color: #475467; border: none;")
        inner.addWidget(text)
        inner.addSpacing(4)
        for point in points:
            bullet = QLabel(f"•  {point}")
            bullet.setWordWrap(True)
            bullet.setStyleSheet("color: #344054; border: none;")
            inner.addWidget(bullet)
        layout.addWidget(card, 0, Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(2)


def coming_pages() -> dict[str, tuple[str, ComingPage]]:
    """The pages still to come, by navigation key."""
    return {
        "bank": (
            QCoreApplication.translate("ComingPages", "Bank"),
            ComingPage(
                QCoreApplication.translate("ComingPages", "Bank"),
                QCoreApplication.translate(
                    "ComingPages", "Import bank statements and match the money that came in to open invoices."
                ),
                [
                    QCoreApplication.translate(
                        "ComingPages", "Statements from CSV and Excel, MT940, CAMT.053 and OFX"
                    ),
                    QCoreApplication.translate(
                        "ComingPages", "Each bank line imported once, even from overlapping files"
                    ),
                    QCoreApplication.translate(
                        "ComingPages",
                        "Suggested matches by amount, payer name and invoice numbers in the memo",
                    ),
                ],
                "bank",
            ),
        ),
        "collections": (
            QCoreApplication.translate("ComingPages", "Collections"),
            ComingPage(
                QCoreApplication.translate("ComingPages", "Collections"),
                QCoreApplication.translate("ComingPages", "A worklist of who to chase today, and how hard."),
                [
                    QCoreApplication.translate(
                        "ComingPages", "Reminder levels with letters and e-mails in the customer's language"
                    ),
                    QCoreApplication.translate(
                        "ComingPages", "Promises to pay, kept or broken, and follow-up dates"
                    ),
                    QCoreApplication.translate(
                        "ComingPages", "Credit holds and their release by an approver"
                    ),
                ],
                "collections",
            ),
        ),
        "statements": (
            QCoreApplication.translate("ComingPages", "Statements"),
            ComingPage(
                QCoreApplication.translate("ComingPages", "Statements"),
                QCoreApplication.translate(
                    "ComingPages",
                    "Statements of account (对账单) and balance confirmations for your customers.",
                ),
                [
                    QCoreApplication.translate(
                        "ComingPages", "Opening balance, movements and closing balance for any period"
                    ),
                    QCoreApplication.translate(
                        "ComingPages", "PDF and Excel, with the amount in Chinese capitals"
                    ),
                    QCoreApplication.translate(
                        "ComingPages", "Confirmations signed back, or the difference the customer states"
                    ),
                ],
                "statements",
            ),
        ),
        "reports": (
            QCoreApplication.translate("ComingPages", "Reports"),
            ComingPage(
                QCoreApplication.translate("ComingPages", "Reports"),
                QCoreApplication.translate(
                    "ComingPages",
                    "Aging, DSO and collection reports as of any date, tied to the ledger to the cent.",
                ),
                [
                    QCoreApplication.translate(
                        "ComingPages", "Aging by customer, group, salesperson or collector"
                    ),
                    QCoreApplication.translate("ComingPages", "Bad-debt provision by aging bucket"),
                    QCoreApplication.translate("ComingPages", "DSO, CEI and collection rate by month"),
                ],
                "reports",
            ),
        ),
    }


class SettingsPage(QWidget):
    """Tabs: General (the interface language, the book's facts, layout reset), Users, Payment terms."""

    language_changed = Signal(str)
    reset_layout = Signal()
    TABS = ("general", "users", "terms")

    def __init__(self, ctx: AppContext, parent=None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.addWidget(PageHeader(self.tr("Settings")))
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        general = QWidget()
        general_layout = QVBoxLayout(general)
        general_layout.setContentsMargins(0, 12, 0, 0)
        self.users = UsersPanel(ctx)
        self.terms = TermsPanel(ctx)
        self.tabs.addTab(general, self.tr("General"))
        self.tabs.addTab(self.users, self.tr("Users"))
        self.tabs.addTab(self.terms, self.tr("Payment terms"))
        layout.addWidget(self.tabs, 1)
        card = QFrame()
        card.setObjectName("settings")
        card.setStyleSheet("#settings { background: white; border: 1px solid #d0d5dd; border-radius: 8px; }")
        card.setMaximumWidth(720)
        form = QFormLayout(card)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        form.setContentsMargins(20, 16, 20, 16)
        form.setVerticalSpacing(12)
        self.language = QComboBox()
        for code, name in i18n.LANGUAGES.items():
            self.language.addItem(name, code)
        self.language.setCurrentIndex(max(self.language.findData(formatting.current().language), 0))
        self.language.currentIndexChanged.connect(self._language_chosen)
        form.addRow(self.tr("Language"), _left(self.language))
        hint = QLabel(
            self.tr("Numbers, dates and amounts follow the language. A new language applies after a restart.")
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667085; border: none;")
        form.addRow("", hint)
        info = ctx.info
        rows = [
            (self.tr("Book"), info.name if info else "—"),
            (self.tr("File"), ctx.book.display_name),
            (self.tr("Base currency"), info.base_currency if info else "—"),
            (
                self.tr("Locked up to"),
                formatting.current().date(info.lock_date)
                if info and info.lock_date
                else self.tr("Not locked"),
            ),
            (self.tr("Business calendar"), labels.calendar_name(info.business_calendar) if info else "—"),
            (self.tr("Acting user"), ctx.user),
        ]
        for caption, value in rows:
            label = QLabel(value)
            label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            label.setStyleSheet("border: none;")
            label.setWordWrap(True)
            form.addRow(caption, label)
        reset = QPushButton(self.tr("Reset window and column layout"))
        reset.clicked.connect(self.reset_layout.emit)
        form.addRow("", _left(reset))
        general_layout.addWidget(card)
        general_layout.addStretch(1)

    def show_tab(self, key: str) -> QWidget:
        self.tabs.setCurrentIndex(self.TABS.index(key))
        return self.tabs.currentWidget()

    def _language_chosen(self) -> None:
        code = self.language.currentData()
        i18n.save_language(code, QSettings())
        self.language_changed.emit(code)
        if self.isVisible():
            QMessageBox.information(
                self,
                self.tr("Language"),
                self.tr("acctdesk will use %1 the next time it starts.").replace("%1", i18n.LANGUAGES[code]),
            )
