"""The main window: navigation on the left, the screens on the right, menus, and a status bar with the
book (and its server, for a team book), the logged-in user and their role, the approvals waiting for
them, and the as-of date every view uses."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QByteArray, QCoreApplication, QSettings, QSize, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QCloseEvent, QIcon, QKeySequence
from PySide6.QtWidgets import (
    QApplication,
    QDateEdit,
    QDialog,
    QFileDialog,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QMainWindow,
    QMenu,
    QMessageBox,
    QPushButton,
    QSplitter,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services.lists import ListQuery
from acctdesk.ui import backups, i18n, team_server
from acctdesk.ui.allocation import AllocationDialog
from acctdesk.ui.approvals_view import ApprovalsDialog, Approver, approver_state
from acctdesk.ui.audit_view import AuditDialog
from acctdesk.ui.context import AppContext
from acctdesk.ui.customers import CustomersView
from acctdesk.ui.dashboard import DashboardView
from acctdesk.ui.invoice_entry import InvoiceDialog
from acctdesk.ui.invoices import InvoicesView
from acctdesk.ui.lazy_page import lazy_page
from acctdesk.ui.login import role_name
from acctdesk.ui.pages import SettingsPage, coming_pages
from acctdesk.ui.receipt_entry import ReceiptDialog
from acctdesk.ui.receipts import ReceiptsView
from acctdesk.ui.reversal import ReverseDialog
from acctdesk.ui.widgets.common import PageHeader, date_edit, pydate, qdate
from acctdesk.ui.widgets.table import DataTable

log = logging.getLogger(__name__)

PAGES = (
    "dashboard",
    "customers",
    "invoices",
    "receipts",
    "bank",
    "collections",
    "credit",
    "statements",
    "reports",
    "settings",
)
RECENT_KEY = "books/recent"
RECENT_MAX = 8
IDENTITY_REFRESH_MS = 2 * 60 * 1000  # a team book: requests filed by others reach the badge


# The embedded screens, each built the first time it is shown (lazy_page). Their modules are imported
# here and not at start-up; an error building one is not caught here: the stand-in logs it and says
# so, and the main window tests fail on it.


def statements_page(ctx: AppContext) -> QWidget:
    """The statements screen under our page header."""
    from acctdesk.ui.statements_view import StatementsView

    view = StatementsView(ctx.book, ctx.user, today=ctx.as_of)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 16, 20, 12)
    layout.addWidget(PageHeader(QCoreApplication.translate("MainWindow", "Statements")))
    layout.addWidget(view, 1)
    page.view = view
    return page


def reports_page(ctx: AppContext) -> QWidget:
    """The Reports area: aging, metrics, provision and forecast (its own page header and date)."""
    from acctdesk.ui.reports_view import ReportsView

    return ReportsView(ctx)


def credit_page(ctx: AppContext) -> QWidget:
    """One customer's credit (exposure, rating, history, alerts) under our page header, at the window's
    as-of date."""
    from acctdesk.ui.credit_view import CreditView

    view = CreditView(ctx.book, ctx.user, as_of=ctx.as_of)
    ctx.as_of_changed.connect(view.set_as_of)
    page = QWidget()
    layout = QVBoxLayout(page)
    layout.setContentsMargins(20, 16, 20, 12)
    layout.addWidget(
        PageHeader(
            QCoreApplication.translate("MainWindow", "Credit"),
            QCoreApplication.translate(
                "MainWindow",
                "Exposure against the credit limit, rating, history and risk alerts of a customer",
            ),
        )
    )
    layout.addWidget(view, 1)
    page.view = view
    return page


def bank_page(ctx: AppContext) -> QWidget:
    """Bank statement import and matching."""
    from acctdesk.ui.bank_view import BankView

    return BankView(ctx)


def collections_page(ctx: AppContext) -> QWidget:
    """The collections worklist, reminders, promises and disputes."""
    from acctdesk.ui.collections_view import CollectionsView

    return CollectionsView(ctx)


def app_version() -> str:
    from importlib.metadata import PackageNotFoundError, version

    try:
        return version("acctdesk")
    except PackageNotFoundError:
        return "dev"


def recent_books() -> list[str]:
    value = QSettings().value(RECENT_KEY, [])
    if isinstance(value, str):
        value = [value]
    return [v for v in (value or []) if v]


def remember_book(url: str) -> None:
    """Put a book first in Recent books; a team book's URL is kept without its password."""
    url = team_server.public_url(url)
    books = [url, *[b for b in recent_books() if b != url]][:RECENT_MAX]
    QSettings().setValue(RECENT_KEY, books)


def recent_label(url: str) -> str:
    server = team_server.ServerBook.from_url(url)
    if server is None:
        return url.removeprefix("sqlite:///")
    return (
        QCoreApplication.translate("MainWindow", "%1 (team server, user %2)")
        .replace("%1", server.label)
        .replace("%2", server.user)
    )


class MainWindow(QMainWindow):
    # Book-level requests the application object carries out (they replace this window).
    open_book_requested = Signal(str)  # a URL
    new_book_requested = Signal()
    open_file_requested = Signal()
    demo_requested = Signal()
    connect_requested = Signal()
    switch_user_requested = Signal()
    restore_requested = Signal(str)  # a checked backup file the person confirmed

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(
            self.tr("acctdesk — %1").replace("%1", ctx.info.name if ctx.info else ctx.book.display_name)
        )
        self.setWindowIcon(QIcon(i18n.icon_path("acctdesk")))
        self.resize(1360, 860)
        self.dashboard = DashboardView(ctx)
        self.customers = CustomersView(ctx)
        self.invoices = InvoicesView(ctx)
        self.receipts = ReceiptsView(ctx)
        self.settings_page = SettingsPage(ctx)
        coming = coming_pages()
        # Built when first shown: their modules' imports and widgets are not in the way of the dashboard.
        self.statements = lazy_page("statements_view", lambda: statements_page(ctx))
        self.bank = lazy_page("bank_view", lambda: bank_page(ctx))
        self.collections = lazy_page("collections_view", lambda: collections_page(ctx))
        self.credit = lazy_page("credit_view", lambda: credit_page(ctx))
        self.reports = lazy_page("reports_view", lambda: reports_page(ctx))
        built = {
            "statements": self.statements,
            "bank": self.bank,
            "collections": self.collections,
            "credit": self.credit,
            "reports": self.reports,
        }
        built = {key: page for key, page in built.items() if page is not None}
        for key in built:
            coming.pop(key, None)
        titles = {
            "dashboard": self.tr("Dashboard"),
            "customers": self.tr("Customers"),
            "invoices": self.tr("Invoices"),
            "receipts": self.tr("Receipts"),
            "settings": self.tr("Settings"),
            "statements": self.tr("Statements"),
            "bank": self.tr("Bank"),
            "collections": self.tr("Collections"),
            "credit": self.tr("Credit"),
            "reports": self.tr("Reports"),
            **{key: title for key, (title, _page) in coming.items()},
        }
        widgets = {
            "dashboard": self.dashboard,
            "customers": self.customers,
            "invoices": self.invoices,
            "receipts": self.receipts,
            "settings": self.settings_page,
            **built,
            **{key: page for key, (_title, page) in coming.items()},
        }
        self.pages: dict[str, QWidget] = {}
        self.nav = QListWidget()
        self.nav.setObjectName("nav")
        self.nav.setIconSize(QSize(20, 20))
        self.nav.setMinimumWidth(150)
        self.nav.setStyleSheet(
            "#nav { background: #f2f4f7; border: none; padding-top: 8px; outline: 0; }"
            "#nav::item { padding: 9px 12px; border-radius: 6px; margin: 1px 6px; color: #344054; }"
            "#nav::item:selected { background: #dbe7fb; color: #1849a9; }"
            "#nav::item:hover:!selected { background: #e4e7ec; }"
        )
        self.stack = QStackedWidget()
        self.stack.setObjectName("content")
        self.stack.setStyleSheet("#content { background: #f9fafb; }")
        for key in PAGES:
            item = QListWidgetItem(QIcon(i18n.icon_path(key)), titles[key])
            item.setData(Qt.ItemDataRole.UserRole, key)
            if key in coming:
                item.setToolTip(self.tr("Coming in a later release"))
            self.nav.addItem(item)
            self.pages[key] = widgets[key]
            self.stack.addWidget(widgets[key])
        self.nav.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.nav)
        self.splitter.addWidget(self.stack)
        self.splitter.setStretchFactor(1, 1)
        self.splitter.setCollapsible(1, False)
        self.splitter.setSizes([170, 1190])
        self.setCentralWidget(self.splitter)
        self.approver = Approver(None, 0)
        self.auto_backup: backups.AutoBackup | None = None
        self._build_status_bar()
        self._build_menus()
        self._connect_views()
        self._splitter_restored = False
        self.restore_layout()
        self.nav.setCurrentRow(0)
        ctx.ops.operation_did_execute.connect(self._operation_did_execute)
        self.refresh_identity()
        if ctx.book.path is None:  # on a team book others file requests too: look again now and then
            self.identity_timer = QTimer(self)
            self.identity_timer.setInterval(IDENTITY_REFRESH_MS)
            self.identity_timer.timeout.connect(self.refresh_identity)
            self.identity_timer.start()

    # -- building ----------------------------------------------------------------------------------

    def _build_status_bar(self) -> None:
        bar = self.statusBar()
        info = self.ctx.info
        self.book_label = QLabel(self.tr("Book: %1").replace("%1", info.name if info else "—"))
        self.book_label.setToolTip(self.ctx.book.display_name)
        self.user_label = QLabel(self.tr("User: %1").replace("%1", self.ctx.user))
        self.server_label = QLabel("")
        server = team_server.ServerBook.from_url(self.ctx.book.url)
        if server is not None:
            self.server_label.setText(self.tr("Server: %1").replace("%1", server.label))
            self.server_label.setToolTip(
                self.tr("A team book on PostgreSQL, connected as %1").replace("%1", server.user)
            )
        self.server_label.setVisible(server is not None)
        self.approvals_badge = QPushButton("")
        self.approvals_badge.setObjectName("approvalsBadge")
        self.approvals_badge.setFlat(True)
        self.approvals_badge.setCursor(Qt.CursorShape.PointingHandCursor)
        self.approvals_badge.setStyleSheet(
            "#approvalsBadge { color: white; background: #d92d20; border-radius: 9px; padding: 1px 10px; }"
        )
        self.approvals_badge.setToolTip(self.tr("Requests waiting for your decision"))
        self.approvals_badge.clicked.connect(lambda: self.show_approvals())
        self.approvals_badge.hide()
        self.as_of_edit: QDateEdit = date_edit(self.ctx.as_of)
        self.as_of_edit.setToolTip(self.tr("Every list and figure is as it stood at the end of this day"))
        self.as_of_edit.dateChanged.connect(lambda value: self.ctx.set_as_of(pydate(value)))
        self.ctx.as_of_changed.connect(self._as_of_changed)
        self.busy_label = QLabel("")
        # A bound method, not a lambda: the runner outlives this window (another book, another user)
        # and Qt drops a bound method's connection when its window is deleted.
        self.ctx.ops.busy_changed.connect(self._busy_changed)
        bar.addWidget(self.busy_label)
        bar.addPermanentWidget(self.approvals_badge)
        bar.addPermanentWidget(self.book_label)
        bar.addPermanentWidget(self.server_label)
        bar.addPermanentWidget(self.user_label)
        bar.addPermanentWidget(QLabel(self.tr("As of")))
        bar.addPermanentWidget(self.as_of_edit)

    def _busy_changed(self, busy: bool) -> None:
        self.busy_label.setText(self.tr("Working…") if busy else "")

    def _as_of_changed(self, day) -> None:
        if pydate(self.as_of_edit.date()) != day:
            self.as_of_edit.blockSignals(True)
            self.as_of_edit.setDate(qdate(day))
            self.as_of_edit.blockSignals(False)

    def _build_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu(self.tr("&File"))
        self._action(
            file_menu, self.tr("&New book…"), self.new_book_requested.emit, QKeySequence.StandardKey.New
        )
        self._action(
            file_menu, self.tr("&Open book…"), self.open_file_requested.emit, QKeySequence.StandardKey.Open
        )
        self._action(file_menu, self.tr("&Connect to team server…"), self.connect_requested.emit)
        self.recent_menu = file_menu.addMenu(self.tr("Recent books"))
        self.recent_menu.aboutToShow.connect(self._fill_recent)
        self._fill_recent()
        self._action(file_menu, self.tr("New &demo book"), self.demo_requested.emit)
        file_menu.addSeparator()
        self.backup_action = self._action(file_menu, self.tr("&Back up now"), self.back_up, "Ctrl+Shift+B")
        if self.ctx.book.path is None:  # a team book on a server is backed up with the server's tools
            self.backup_action.setEnabled(False)
            self.backup_action.setToolTip(
                self.tr("Back up a team book with the database server's tools (pg_dump)")
            )
        else:
            self.backup_action.setToolTip(
                self.tr("A consistent copy into the backups folder beside the book")
            )
        self.restore_action = self._action(
            file_menu, self.tr("&Restore from backup…"), lambda: self.restore_from_backup()
        )
        if self.ctx.book.path is None:
            self.restore_action.setEnabled(False)
            self.restore_action.setToolTip(
                self.tr("Restore a team book with the database server's tools (pg_restore)")
            )
        else:
            self.restore_action.setToolTip(
                self.tr("Replace this book with a backup, after checking the file; the book is copied first")
            )
        file_menu.setToolTipsVisible(True)
        file_menu.addSeparator()
        self.master_import_action = self._action(
            file_menu, self.tr("&Import master data…"), lambda: self.show_master_import()
        )
        self.master_import_action.setToolTip(
            self.tr("Customers, invoices, opening balances or receipts from an Excel or CSV sheet")
        )
        file_menu.addSeparator()
        self._action(file_menu, self.tr("S&witch user…"), self.switch_user_requested.emit)
        file_menu.addSeparator()
        self._action(file_menu, self.tr("&Quit"), self.close, QKeySequence.StandardKey.Quit)

        edit_menu = menus.addMenu(self.tr("&Edit"))
        self._action(edit_menu, self.tr("&Copy"), self.copy, QKeySequence.StandardKey.Copy)
        self._action(edit_menu, self.tr("&Find"), self.focus_search, QKeySequence.StandardKey.Find)
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("New &invoice…"), lambda: self.new_invoice(""), "Ctrl+Shift+I")
        self._action(edit_menu, self.tr("New &receipt…"), lambda: self.new_receipt(""), "Ctrl+Shift+R")
        edit_menu.addSeparator()
        self._action(edit_menu, self.tr("&Approvals…"), lambda: self.show_approvals())

        view_menu = menus.addMenu(self.tr("&View"))
        for i, key in enumerate(PAGES):
            shortcut = f"Ctrl+{i + 1}" if i < 9 else None
            self._action(
                view_menu, self.nav.item(i).text(), lambda _c=False, k=key: self.show_page(k), shortcut
            )
        view_menu.addSeparator()
        self._action(view_menu, self.tr("&Refresh"), self.refresh_current, QKeySequence.StandardKey.Refresh)
        toggle = self._action(view_menu, self.tr("Show &navigation"), None)
        toggle.setCheckable(True)
        toggle.setChecked(True)
        toggle.toggled.connect(self.nav.setVisible)

        tools_menu = menus.addMenu(self.tr("&Tools"))
        self._action(tools_menu, self.tr("Audit &log…"), lambda: self.show_audit_log())
        tools_menu.addSeparator()
        self._action(tools_menu, self.tr("&Users…"), lambda: self.show_settings("users"))
        self._action(tools_menu, self.tr("&Payment terms…"), lambda: self.show_settings("terms"))

        help_menu = menus.addMenu(self.tr("&Help"))
        self._action(help_menu, self.tr("&About acctdesk"), self.about)

    def _action(self, menu: QMenu, text: str, slot, shortcut=None) -> QAction:
        action = QAction(text, self)
        if slot is not None:
            action.triggered.connect(slot)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut) if isinstance(shortcut, str) else shortcut)
        menu.addAction(action)
        return action

    def _fill_recent(self) -> None:
        self.recent_menu.clear()
        books = recent_books()
        for url in books:
            action = self.recent_menu.addAction(recent_label(url))
            action.triggered.connect(lambda _c=False, u=url: self.open_book_requested.emit(u))
        if not books:
            self.recent_menu.addAction(self.tr("No recent books")).setEnabled(False)

    def _connect_views(self) -> None:
        self.dashboard.navigate.connect(self.navigate)
        self.customers.new_invoice.connect(self.new_invoice)
        self.customers.new_receipt.connect(self.new_receipt)
        self.customers.credit.connect(lambda code: self.navigate("credit", code))
        self.customers.import_requested.connect(lambda kind: self.show_master_import(kind))
        self.invoices.new_invoice.connect(self.new_invoice)
        self.invoices.reverse_requested.connect(self.reverse)
        self.invoices.open_customer.connect(lambda code: self.navigate("customer", code))
        self.receipts.new_receipt.connect(self.new_receipt)
        self.receipts.allocate_requested.connect(self.allocate)
        self.receipts.reverse_requested.connect(self.reverse)
        self.receipts.open_customer.connect(lambda code: self.navigate("customer", code))
        self.settings_page.reset_layout.connect(self.reset_layout)

    # -- navigation ------------------------------------------------------------------------------

    def show_page(self, key: str) -> QWidget:
        self.nav.setCurrentRow(PAGES.index(key))
        return self.pages[key]

    def current_key(self) -> str:
        return PAGES[self.stack.currentIndex()]

    def navigate(self, target: str, query) -> None:
        """Open the list behind a figure: a page, with the query that selects what the figure counts."""
        if target == "customer":
            self.show_page("customers")
            self.customers.open_customer(query)
        elif target == "customers":
            self.show_page("customers")
            self.customers.show_list(query or ListQuery())
        elif target == "invoices":
            self.show_page("invoices")
            self.invoices.show_invoices(query or ListQuery())
        elif target == "open_items":
            self.show_page("invoices")
            self.invoices.show_open_items(query or ListQuery())
        elif target == "receipts":
            self.show_page("receipts")
            self.receipts.show_receipts(query or ListQuery())
        elif target == "credit":
            self.show_page("credit")
            view = self.credit.view
            if view is not None:
                view.show_customer(query)

    def focused_table(self) -> DataTable | None:
        widget = QApplication.focusWidget()
        while widget is not None and not isinstance(widget, DataTable):
            widget = widget.parentWidget()
        if widget is not None:
            return widget
        tables = [t for t in self.stack.currentWidget().findChildren(DataTable) if t.isVisible()]
        return tables[0] if tables else None

    def copy(self) -> None:
        table = self.focused_table()
        if table is not None:
            table.copy_selection()

    def focus_search(self) -> None:
        from acctdesk.ui.widgets.common import SearchBox

        boxes = [b for b in self.stack.currentWidget().findChildren(SearchBox) if b.isVisible()]
        if boxes:
            boxes[0].setFocus()
            boxes[0].selectAll()

    def refresh_current(self) -> None:
        for view in (self.dashboard, *self.stack.currentWidget().findChildren(QWidget)):
            if hasattr(view, "mark_stale") and view.isVisible():
                view.mark_stale()

    # -- dialogs ---------------------------------------------------------------------------------

    def _posted_message(self, text: str) -> None:
        self.statusBar().showMessage(text, 8000)

    def new_invoice(self, customer_code: str = "") -> InvoiceDialog:
        dialog = InvoiceDialog(self.ctx, customer_code, self)
        dialog.posted.connect(
            lambda result: self._posted_message(self.tr("Invoice %1 posted").replace("%1", result.number))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def new_receipt(self, customer_code: str = "") -> ReceiptDialog:
        dialog = ReceiptDialog(self.ctx, customer_code, self)

        def posted(result) -> None:
            self._posted_message(self.tr("Receipt %1 posted").replace("%1", result.number))
            if dialog.allocate_after.isChecked():
                self.allocate(result.number)

        dialog.posted.connect(posted)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def allocate(self, receipt_number: str) -> AllocationDialog:
        dialog = AllocationDialog(self.ctx, receipt_number, self)
        dialog.posted.connect(
            lambda result: self._posted_message(self.tr("Receipt %1 allocated").replace("%1", result.number))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def reverse(self, kind: str, row) -> ReverseDialog:
        document_date = row.invoice_date if kind == "invoice" else row.receipt_date
        dialog = ReverseDialog(self.ctx, kind, row.number, document_date, row.amount, self)
        dialog.posted.connect(
            lambda result: self._posted_message(self.tr("%1 reversed").replace("%1", result.number))
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_approvals(self) -> ApprovalsDialog:
        dialog = ApprovalsDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_audit_log(self) -> AuditDialog:
        dialog = AuditDialog(self.ctx, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_master_import(self, kind: str = "customers") -> QDialog:
        # Imported here: the dialog brings the sheet and bank readers, not wanted at start-up.
        from acctdesk.ui.master_import_view import MasterImportDialog

        dialog = MasterImportDialog(self.ctx, kind, self)
        dialog.imported.connect(
            lambda result: self._posted_message(
                self.tr("%1 imported: %2 added, %3 already in the book")
                .replace("%1", result.file_name)
                .replace("%2", str(result.added))
                .replace("%3", str(result.already_in_book))
            )
        )
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def show_settings(self, tab: str = "general") -> QWidget:
        self.show_page("settings")
        return self.settings_page.show_tab(tab)

    # -- who is acting ---------------------------------------------------------------------------

    def refresh_identity(self) -> None:
        """The acting user's role and the requests waiting for them, read in the background."""
        user = self.ctx.user
        self.ctx.query(lambda session: approver_state(session, user), success=self._identity_loaded)

    def _identity_loaded(self, approver: Approver) -> None:
        self.approver = approver
        if approver.actor is not None:
            self.user_label.setText(
                self.tr("User: %1 (%2)")
                .replace("%1", approver.actor.name)
                .replace("%2", role_name(approver.actor.role))
            )
        show = approver.may_approve and approver.waiting > 0
        self.approvals_badge.setText(self.tr("%Ln request(s) to approve", "", approver.waiting))
        self.approvals_badge.setVisible(show)

    def _operation_did_execute(self, changes, _initiator) -> None:
        if changes.kinds & {"approvals", "users"}:
            self.refresh_identity()

    # -- backups ---------------------------------------------------------------------------------

    def enable_auto_backup(self) -> backups.AutoBackup:
        """Back up once a day and on closing (the application turns this on for the window it shows)."""
        self.auto_backup = backups.AutoBackup(self.ctx, self)
        self.auto_backup.backed_up.connect(
            lambda path: self._posted_message(
                self.tr("Backed up automatically to %1").replace("%1", str(path))
            )
        )
        self.auto_backup.failed.connect(lambda text: self.statusBar().showMessage(text, 15000))
        self.auto_backup.start()
        return self.auto_backup

    def restore_from_backup(self, path: str | None = None) -> None:
        """Choose a backup, have the service check it, confirm, then let the application restore it."""
        from acctdesk.services.backup import backups_folder, check_backup_file

        book_path = self.ctx.book.path
        if book_path is None:
            return
        if path is None:
            path, _ = QFileDialog.getOpenFileName(
                self,
                self.tr("Restore from backup"),
                str(backups_folder(book_path)),
                self.tr("acctdesk books (*.sqlite *.db);;All files (*)"),
            )
            if not path:
                return
        source = Path(path)

        def checked(_revision) -> None:
            if backups.confirm(self, backups.restore_question(source, book_path)):
                self.restore_requested.emit(str(source))

        self.ctx.ops.run(
            lambda _control: check_backup_file(source),
            success=checked,
            failure=lambda error: backups.refuse(self, backups.refusal_text(error)),
            parent=self,
            label=self.tr("Checking the backup…"),
        )

    def back_up(self) -> None:
        from acctdesk.services.backup import backup_book

        book, user = self.ctx.book, self.ctx.user
        self.ctx.ops.run(
            lambda _control: backup_book(book, user=user),
            success=lambda path: self._posted_message(
                self.tr("Backup written to %1").replace("%1", str(path))
            ),
            parent=self,
            label=self.tr("Backing up the book…"),
        )

    def about(self) -> None:
        QMessageBox.about(
            self,
            self.tr("About acctdesk"),
            self.tr(
                "<h3>acctdesk %1</h3><p>Receivables, aging, credit control and collections for small finance "
                "teams that sell on credit terms.</p><p>Your books stay on your computer.</p>"
            ).replace("%1", app_version()),
        )

    # -- remembered layout -----------------------------------------------------------------------

    def restore_layout(self) -> None:
        geometry = QSettings().value("window/geometry")
        if isinstance(geometry, QByteArray | bytes) and geometry:
            self.restoreGeometry(QByteArray(geometry))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._splitter_restored:  # once the window has its size, or the sizes get rescaled
            self._splitter_restored = True
            state = QSettings().value("window/splitter")
            if isinstance(state, QByteArray | bytes) and state:
                self.splitter.restoreState(QByteArray(state))

    def save_layout(self) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        settings.setValue("window/splitter", self.splitter.saveState())
        for table in self.findChildren(DataTable):
            table.save_state()

    def reset_layout(self) -> None:
        settings = QSettings()
        for key in ("window/geometry", "window/splitter"):
            settings.remove(key)
        for table in self.findChildren(DataTable):
            table.reset_columns()
        self.splitter.setSizes([170, max(self.width() - 170, 400)])
        self.statusBar().showMessage(self.tr("Window and column layout reset"), 5000)

    def closeEvent(self, event: QCloseEvent) -> None:
        timer = getattr(self, "identity_timer", None)
        if timer is not None:  # a closed window no longer asks its book anything
            timer.stop()
        self.save_layout()
        if self.auto_backup is not None:
            self.statusBar().showMessage(self.tr("Backing up the book…"))
            self.auto_backup.on_close()
            self.auto_backup = None
        self.ctx.ops.wait(10_000)
        view = getattr(self.statements, "view", None)
        if view is not None and hasattr(view, "cancel_batch"):
            view.cancel_batch()
            view.wait()
        super().closeEvent(event)
