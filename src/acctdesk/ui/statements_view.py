"""The Statements area: one customer's statement, the month-end batch, and the confirmations list.

A self-contained widget the main window embeds. It calls the statement services only; the batch
runs on a worker thread with a progress bar and a Cancel button (the service takes plain
progress/is_cancelled callables), and a cancelled batch leaves no files behind.
"""

from __future__ import annotations

import threading
from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, QObject, QRunnable, Qt, QThreadPool, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services.book import Book
from acctdesk.services.confirmations import list_confirmations
from acctdesk.services.errors import DomainError
from acctdesk.services.statement_batch import statements_batch
from acctdesk.services.statement_pdf import render_pdf
from acctdesk.services.statement_xlsx import render_xlsx
from acctdesk.services.statements import statement


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def _last_month(today: date) -> tuple[date, date]:
    first_this = today.replace(day=1)
    end = date.fromordinal(first_this.toordinal() - 1)
    return end.replace(day=1), end


class _BatchSignals(QObject):
    progress = Signal(int, int)
    finished = Signal(object)
    failed = Signal(str)


class _BatchTask(QRunnable):
    """Runs the batch on a pool thread; its own sessions, its own unit of work."""

    def __init__(self, kwargs: dict, signals: _BatchSignals, cancel: threading.Event) -> None:
        super().__init__()
        self.kwargs = kwargs
        self.signals = signals
        self.cancel = cancel

    def run(self) -> None:
        try:
            result = statements_batch(
                progress=self.signals.progress.emit, is_cancelled=self.cancel.is_set, **self.kwargs
            )
        except DomainError as error:
            self.signals.failed.emit(str(error))
        except Exception as error:  # shown, never swallowed
            self.signals.failed.emit(f"{type(error).__name__}: {error}")
        else:
            self.signals.finished.emit(result)


class StatementsView(QWidget):
    batch_finished = Signal(object)  # BatchResult
    batch_failed = Signal(str)

    def __init__(
        self, book: Book, user: str = "system", parent: QWidget | None = None, today: date | None = None
    ):
        super().__init__(parent)
        self.book = book
        self.user = user
        self.pool = QThreadPool(self)
        self.pool.setMaxThreadCount(1)  # one writer for the book
        self._cancel = threading.Event()
        self._signals: _BatchSignals | None = None
        start, end = _last_month(today or date.today())
        tabs = QTabWidget(self)
        tabs.addTab(self._single_tab(start, end), self.tr("Statement"))
        tabs.addTab(self._batch_tab(start, end), self.tr("Batch"))
        tabs.addTab(self._confirmations_tab(), self.tr("Confirmations"))
        layout = QVBoxLayout(self)
        layout.addWidget(tabs)
        self.tabs = tabs

    # -- one customer
    def _period_edits(self, start: date, end: date) -> tuple[QDateEdit, QDateEdit]:
        edits = []
        for value in (start, end):
            edit = QDateEdit(_qdate(value))
            edit.setCalendarPopup(True)
            edit.setDisplayFormat("yyyy-MM-dd")
            edits.append(edit)
        return edits[0], edits[1]

    def _language_combo(self) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("Customer's language"), None)
        combo.addItem("中文", "zh_CN")
        combo.addItem("English", "en")
        return combo

    def _single_tab(self, start: date, end: date) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("customer code"))
        self.single_start, self.single_end = self._period_edits(start, end)
        self.single_language = self._language_combo()
        self.preview_button = QPushButton(self.tr("Show"))
        self.pdf_button = QPushButton(self.tr("Save PDF…"))
        self.xlsx_button = QPushButton(self.tr("Save Excel…"))
        buttons = QHBoxLayout()
        for button in (self.preview_button, self.pdf_button, self.xlsx_button):
            buttons.addWidget(button)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        form.addRow(self.tr("Customer"), self.customer_edit)
        form.addRow(self.tr("From"), self.single_start)
        form.addRow(self.tr("To"), self.single_end)
        form.addRow(self.tr("Language"), self.single_language)
        form.addRow(buttons)
        form.addRow(self.summary)
        self.preview_button.clicked.connect(self.show_summary)
        self.pdf_button.clicked.connect(lambda: self.save_single("pdf"))
        self.xlsx_button.clicked.connect(lambda: self.save_single("xlsx"))
        return page

    def current_statement(self):
        with self.book.sessions() as session:
            return statement(
                session,
                self.customer_edit.text().strip(),
                start=_pydate(self.single_start.date()),
                end=_pydate(self.single_end.date()),
                language=self.single_language.currentData(),
            )

    def show_summary(self) -> None:
        try:
            result = self.current_statement()
        except DomainError as error:
            self.summary.setText(str(error))
            return
        lines = [f"{result.customer.code} {result.customer.name}"]
        for section in result.sections:
            check = "✓" if section.ties else "✗"
            lines.append(
                self.tr("{0}: opening {1:,}, closing {2:,}, aging total {3:,} {4}").format(
                    section.currency,
                    section.opening.amount,
                    section.closing.amount,
                    section.aging.total.amount,
                    check,
                )
            )
        self.summary.setText("\n".join(lines))

    def save_single(self, fmt: str, path: str | None = None) -> Path | None:
        try:
            result = self.current_statement()
        except DomainError as error:
            self.summary.setText(str(error))
            return None
        if path is None:
            suggested = f"{result.customer.code}_{result.start.isoformat()}_{result.end.isoformat()}.{fmt}"
            path, _ = QFileDialog.getSaveFileName(self, self.tr("Save statement"), suggested, f"*.{fmt}")
            if not path:
                return None
        try:
            written = (render_pdf if fmt == "pdf" else render_xlsx)(result, path)
        except DomainError as error:
            self.summary.setText(str(error))
            return None
        self.summary.setText(self.tr("Saved {0}").format(written))
        return Path(written)

    # -- batch
    def _batch_tab(self, start: date, end: date) -> QWidget:
        page = QWidget()
        form = QFormLayout(page)
        self.batch_start, self.batch_end = self._period_edits(start, end)
        self.folder_edit = QLineEdit()
        browse = QPushButton(self.tr("Choose…"))
        browse.clicked.connect(self._choose_folder)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit)
        folder_row.addWidget(browse)
        self.pdf_check = QCheckBox("PDF")
        self.pdf_check.setChecked(True)
        self.xlsx_check = QCheckBox("Excel")
        self.xlsx_check.setChecked(True)
        self.issue_check = QCheckBox(self.tr("Issue (number) the statements"))
        self.batch_language = self._language_combo()
        formats = QHBoxLayout()
        formats.addWidget(self.pdf_check)
        formats.addWidget(self.xlsx_check)
        self.run_button = QPushButton(self.tr("Make statements"))
        self.cancel_button = QPushButton(self.tr("Cancel"))
        self.cancel_button.setEnabled(False)
        self.progress = QProgressBar()
        self.batch_status = QLabel()
        self.batch_status.setWordWrap(True)
        run_row = QHBoxLayout()
        run_row.addWidget(self.run_button)
        run_row.addWidget(self.cancel_button)
        form.addRow(self.tr("From"), self.batch_start)
        form.addRow(self.tr("To"), self.batch_end)
        form.addRow(self.tr("Folder"), folder_row)
        form.addRow(self.tr("Formats"), formats)
        form.addRow(self.tr("Language"), self.batch_language)
        form.addRow(self.issue_check)
        form.addRow(run_row)
        form.addRow(self.progress)
        form.addRow(self.batch_status)
        self.run_button.clicked.connect(self.start_batch)
        self.cancel_button.clicked.connect(self.cancel_batch)
        return page

    def _choose_folder(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the statements"))
        if folder:
            self.folder_edit.setText(folder)

    def start_batch(self) -> bool:
        formats = [f for f, box in (("pdf", self.pdf_check), ("xlsx", self.xlsx_check)) if box.isChecked()]
        folder = self.folder_edit.text().strip()
        if not folder or not formats:
            self.batch_status.setText(self.tr("Choose a folder and at least one format."))
            return False
        self._cancel.clear()
        self._signals = signals = _BatchSignals()
        signals.progress.connect(self._on_progress)
        signals.finished.connect(self._on_finished)
        signals.failed.connect(self._on_failed)
        kwargs = {
            "book": self.book,
            "start": _pydate(self.batch_start.date()),
            "end": _pydate(self.batch_end.date()),
            "folder": folder,
            "formats": formats,
            "language": self.batch_language.currentData(),
            "issue": self.issue_check.isChecked(),
            "user": self.user,
        }
        self.run_button.setEnabled(False)
        self.cancel_button.setEnabled(True)
        self.progress.setValue(0)
        self.batch_status.setText(self.tr("Working…"))
        self.pool.start(_BatchTask(kwargs, signals, self._cancel))
        return True

    def cancel_batch(self) -> None:
        """Safe from any thread: the batch stops before its next customer."""
        self._cancel.set()

    def _on_progress(self, done: int, total: int) -> None:
        self.progress.setMaximum(max(total, 1))
        self.progress.setValue(done)

    def _done(self) -> None:
        self.run_button.setEnabled(True)
        self.cancel_button.setEnabled(False)

    def _on_finished(self, result) -> None:
        self._done()
        if result.cancelled:
            self.batch_status.setText(self.tr("Cancelled: no files were written."))
        else:
            text = self.tr("{0} statements, {1} files in {2}").format(
                result.statements, len(result.files), result.folder
            )
            if result.issued:
                text += "\n" + self.tr("Issued {0} … {1}").format(result.issued[0], result.issued[-1])
            self.batch_status.setText(text)
            self.refresh_confirmations()
        self.batch_finished.emit(result)

    def _on_failed(self, message: str) -> None:
        self._done()
        self.batch_status.setText(message)
        self.batch_failed.emit(message)

    # -- confirmations
    def _confirmations_tab(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.status_combo = QComboBox()
        self.status_combo.addItem(self.tr("All"), None)
        self.status_combo.addItem(self.tr("Outstanding"), "outstanding")
        self.status_combo.addItem(self.tr("Differing"), "differing")
        self.status_combo.addItem(self.tr("Agreed"), "agreed")
        self.status_combo.currentIndexChanged.connect(self.refresh_confirmations)
        self.confirmations = QTableWidget(0, 8)
        self.confirmations.setHorizontalHeaderLabels(
            [
                self.tr("Number"),
                self.tr("Customer"),
                self.tr("Period end"),
                self.tr("Currency"),
                self.tr("Closing"),
                self.tr("Status"),
                self.tr("Confirmed"),
                self.tr("Difference"),
            ]
        )
        self.confirmations.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.confirmations.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.confirmations.verticalHeader().setVisible(False)
        layout.addWidget(self.status_combo)
        layout.addWidget(self.confirmations)
        self.refresh_confirmations()
        return page

    def refresh_confirmations(self) -> None:
        with self.book.sessions() as session:
            issued = list_confirmations(session, self.status_combo.currentData())
        self.confirmations.setRowCount(len(issued))
        for row, item in enumerate(issued):
            cells = [
                item.number,
                f"{item.customer_code} {item.customer_name}",
                item.end.isoformat(),
                item.currency,
                f"{item.closing.amount:,}",
                item.status,
                f"{item.confirmed_balance.amount:,}" if item.confirmed_balance else "",
                f"{item.difference.amount:,}" if item.difference else "",
            ]
            for column, text in enumerate(cells):
                cell = QTableWidgetItem(text)
                if column in (4, 6, 7):  # amounts
                    cell.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.confirmations.setItem(row, column, cell)

    def wait(self, timeout_ms: int = 30_000) -> bool:
        return self.pool.waitForDone(timeout_ms)
