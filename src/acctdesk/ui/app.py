"""Starting the desktop app: the QApplication with its language and fonts, opening (or creating, or
generating a demo) book in the background, and the main window on top of it.

`acctdesk` → `run_app()` opens the default book in the user data folder (created when absent);
`acctdesk --demo` → `run_app(demo=True)` generates a fresh demo book first, with a progress dialog.

When the book's users have passwords, the login dialog comes before the main window (and again on
File → Switch user). A SQLite book is backed up once a day and on closing (ui/backups.py); File → Restore
closes the book, restores the checked backup and opens it again. A team book on PostgreSQL is opened with
its password from the system keyring (ui/team_server.py).
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings, Qt
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from acctdesk.model.db import book_url
from acctdesk.services import backup, reminders
from acctdesk.services.auth import Actor
from acctdesk.services.book import Book, open_book
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.errors import PermissionDenied
from acctdesk.services.settings import initialise_book
from acctdesk.ui import i18n, team_server
from acctdesk.ui.context import AppContext, acting_user
from acctdesk.ui.login import LoginDialog, actor_without_login, preferred_user
from acctdesk.ui.mainwindow import MainWindow, remember_book
from acctdesk.ui.mainwindow import recent_books as _recent_books
from acctdesk.ui.ops import Ops, TaskControl, error_message

ORGANISATION = "acctdesk"
APPLICATION = "acctdesk"
DEMO_SPEC = DemoSpec(customers=300, invoices=30_000, seed=1)


def default_book_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("acctdesk", appauthor=False) / "book.sqlite"


def demo_book_path() -> Path:
    """A fresh file per demo, in the temporary folder (a demo is for looking around, not for keeping)."""
    folder = Path(tempfile.gettempdir()) / "acctdesk-demo"
    folder.mkdir(parents=True, exist_ok=True)
    return folder / f"demo-{datetime.now():%Y%m%d-%H%M%S}.sqlite"


def make_application(argv: list[str] | None = None) -> QApplication:
    """The QApplication (reused when one exists) with our names, language and fonts."""
    app = QApplication.instance() or QApplication(argv if argv is not None else sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName("acctdesk")
    app.setWindowIcon(QIcon(i18n.icon_path("acctdesk")))
    i18n.install(app, i18n.saved_language(QSettings()))
    i18n.apply_fonts(app)
    return app


@dataclass
class Opened:
    book: Book
    created: bool
    user: str  # the name tried first
    actor: Actor | None  # who acts without logging in; None: the login dialog asks


def _who(book: Book, user: str) -> Actor | None:
    with book.sessions() as session:
        return actor_without_login(session, user)


def _open_or_create(url: str, create: bool, user: str, name: str | None = None) -> Opened:
    if create:  # the person creating a book becomes its administrator
        book, created = initialise_book(
            url, name=name or QCoreApplication.translate("App", "My book"), user=user
        )
    else:
        book, created = open_book(url), False
    try:
        return Opened(book, created, user, _who(book, user))
    except BaseException:
        book.close()
        raise


def _generate_demo(url: str, spec: DemoSpec, control: TaskControl) -> Opened:
    user = acting_user()
    book, _ = initialise_book(url, name=QCoreApplication.translate("App", "Demo book"), user=user)
    try:
        generate_demo(book, spec, user=user, progress=control.progress)
        return Opened(book, True, user, _who(book, user))
    except BaseException:
        book.close()
        raise


class Application(QObject):
    """Owns the operations runner and the window; replaces the window when another book is opened."""

    def __init__(self, app: QApplication, *, as_of: date | None = None) -> None:
        super().__init__()
        self.app = app
        self.ops = Ops(self)
        self.as_of = as_of
        self.window: MainWindow | None = None
        self.ctx: AppContext | None = None
        self.failed = False
        self.auto_backup = True  # tests that drive the Application turn it off to keep their books still
        self.daily_run = True  # the reminder run when a book opens
        self.login: LoginDialog | None = None  # the login dialog while it is open
        self._message = ""  # shown in the next window's status bar (after a restore)
        self._demo_urls: set[str] = set()

    # -- opening books ---------------------------------------------------------------------------

    def open(
        self, url: str, *, create: bool = False, name: str | None = None, user: str | None = None
    ) -> None:
        """Open (or create) a book and show it, after a login when its users have passwords. A team book
        without a password in its URL takes it from the system keyring, or asks for it."""
        if team_server.is_server_url(url):
            with_password = team_server.with_stored_password(url)
            if with_password is None:
                self.connect_to_server(team_server.ServerBook.from_url(url))
                return
            url = with_password
        user = user or preferred_user()
        self.ops.run(
            lambda _control: _open_or_create(url, create, user, name),
            success=lambda opened: self._opened(url, opened),
            failure=self._failed,
            parent=self.window,
            label=QCoreApplication.translate("App", "Opening the book…"),
        )

    def _opened(self, url: str, opened: Opened) -> None:
        if opened.actor is not None:
            self._show(url, opened.book, opened.actor.name)
            return
        self.ask_login(url, opened.book, opened.user)

    def ask_login(self, url: str, book: Book, user: str = "") -> LoginDialog:
        """The login dialog for `book`; the window appears (or changes user) when the service accepts."""
        dialog = LoginDialog(book, self.ops, user, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.logged_in.connect(lambda actor: self._show(url, book, actor.name))
        dialog.rejected.connect(lambda: self._login_cancelled(book))
        dialog.finished.connect(lambda _result: setattr(self, "login", None))
        self.login = dialog
        dialog.open()
        return dialog

    def _login_cancelled(self, book: Book) -> None:
        if self.ctx is None or self.ctx.book is not book:
            book.close()  # a book that was being opened; the current one (if any) stays
        if self.window is None or not self.window.isVisible():
            self.app.exit(0)  # nothing left open (the first login, or a restored book nobody logged in to)

    def switch_user(self) -> LoginDialog | None:
        if self.ctx is None:
            return None
        return self.ask_login(self.ctx.book.url, self.ctx.book, "")

    def connect_to_server(self, server: team_server.ServerBook | None = None) -> team_server.ConnectDialog:
        if server is None:  # the last team book used, if any, to start from
            recent = [b for b in _recent_books() if team_server.is_server_url(b)]
            server = team_server.ServerBook.from_url(recent[0]) if recent else None
        dialog = team_server.ConnectDialog(self.ops, server, self.window)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)

        def connected(url: str, create: bool, note: str) -> None:
            self._message = note
            server_book = team_server.ServerBook.from_url(url)
            self.open(url, create=create, name=server_book.database if server_book else None)

        dialog.connected.connect(connected)
        dialog.open()
        return dialog

    def restore(self, source: str) -> None:
        """Close the book, restore the (checked, confirmed) backup in its place, and open it again. When
        the service refuses, the book as it was is opened again and the refusal shown."""
        if self.ctx is None or self.ctx.book.path is None or self.window is None:
            return
        from acctdesk.ui import backups

        url, target, user = self.ctx.book.url, self.ctx.book.path, self.ctx.user
        self.ops.wait()
        if self.window.auto_backup is not None:
            self.window.auto_backup.stop()
        self.window.save_layout()
        self.window.hide()
        self.ctx.book.close()

        def restored(result: backup.RestoreResult) -> None:
            self._message = backups.restored_text(result)
            self.open(url, user=user)

        def refused(error: BaseException) -> None:
            self._message = backups.refusal_text(error)
            self.open(url, user=user)

        self.ops.run(
            lambda _control: backup.restore_book(Path(source), target, user=user),
            success=restored,
            failure=refused,
            label=QCoreApplication.translate("App", "Restoring the book…"),
            show_after_ms=0,
        )

    def open_demo(self, spec: DemoSpec | None = None, path: Path | None = None) -> None:
        spec = spec or DEMO_SPEC
        url = book_url(path or demo_book_path())
        self._demo_urls.add(url)
        self.ops.run(
            lambda control: _generate_demo(url, spec, control),
            success=lambda opened: self._opened(url, opened),
            failure=self._failed,
            parent=self.window,
            label=QCoreApplication.translate("App", "Making a demo book: %1 customers, %2 invoices…")
            .replace("%1", f"{spec.customers:,}")
            .replace("%2", f"{spec.invoices:,}"),
            show_after_ms=0,
        )

    def _failed(self, error: BaseException) -> None:
        QMessageBox.warning(self.window, "acctdesk", error_message(error))
        if self.window is None:
            self.failed = True
            self.app.exit(1)

    def _show(self, url: str, book: Book, user: str | None = None) -> None:
        old_window, old_ctx = self.window, self.ctx
        as_of = old_ctx.as_of if old_ctx is not None and old_ctx.book is book else self.as_of
        self.ctx = AppContext(book, self.ops, user=user, as_of=as_of)
        window = MainWindow(self.ctx)
        window.open_book_requested.connect(lambda u: self.open(u))
        window.open_file_requested.connect(self.choose_and_open)
        window.new_book_requested.connect(self.choose_and_create)
        window.demo_requested.connect(lambda: self.open_demo())
        window.connect_requested.connect(lambda: self.connect_to_server())
        window.switch_user_requested.connect(lambda: self.switch_user())
        window.restore_requested.connect(self.restore)
        self.window = window
        remember_book(url)  # a team book's without its password
        if old_window is not None:
            old_window.save_layout()
            old_window.hide()
            old_window.deleteLater()
        if old_ctx is not None and old_ctx.book is not book:
            self.ops.wait()
            old_ctx.book.close()
        window.show()
        if self._message:
            window.statusBar().showMessage(self._message, 20000)
            self._message = ""
        if self.daily_run:
            self.run_daily_reminders(window)
        if self.auto_backup and url not in self._demo_urls:  # a demo book is for looking around
            backups = window.enable_auto_backup()
            if old_window is not None and old_window.auto_backup is not None and old_ctx.book is book:
                backups.changed = old_window.auto_backup.changed  # a new user on the same book

    def run_daily_reminders(self, window: MainWindow) -> None:
        """The day's reminder run, on the worker after the dashboard's query; nothing is sent twice for
        the same level, so opening the book again the same day makes nothing new. A user who may not
        run reminders (an auditor) is not told about it."""
        ctx = window.ctx

        def done(result: reminders.RunResult) -> None:
            if result.reminders or result.promises_kept or result.promises_broken:
                window.statusBar().showMessage(
                    QCoreApplication.translate(
                        "App", "Today's reminders: %1 made, %2 promises kept, %3 broken"
                    )
                    .replace("%1", str(len(result.reminders)))
                    .replace("%2", str(result.promises_kept))
                    .replace("%3", str(result.promises_broken)),
                    20000,
                )

        def failed(error: BaseException) -> None:
            if not isinstance(error, PermissionDenied):
                self.ops.report(window, error)

        ctx.change(
            lambda uow: reminders.run_reminders(uow, ctx.as_of), success=done, failure=failed, initiator=self
        )

    def choose_and_open(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self.window,
            QCoreApplication.translate("App", "Open book"),
            str(default_book_path().parent),
            QCoreApplication.translate("App", "acctdesk books (*.sqlite *.db);;All files (*)"),
        )
        if path:
            self.open(book_url(path))

    def choose_and_create(self) -> None:
        path, _ = QFileDialog.getSaveFileName(
            self.window,
            QCoreApplication.translate("App", "New book"),
            str(default_book_path().parent / "book.sqlite"),
            QCoreApplication.translate("App", "acctdesk books (*.sqlite)"),
        )
        if path:
            if not path.endswith((".sqlite", ".db")):
                path += ".sqlite"
            self.open(book_url(path), create=True)

    def close(self) -> None:
        self.ops.wait()
        if self.window is not None:
            self.window.close()  # the backup on closing, when one is due or anything changed
        if self.ctx is not None:
            self.ctx.book.close()


def run_app(url: str | None = None, demo: bool = False) -> int:
    """Open the window on a book (`url`), the default book, or a fresh demo book; returns the exit code."""
    app = make_application()
    controller = Application(app)
    if demo:
        controller.open_demo()
    elif url is not None:
        controller.open(url)
    else:
        controller.open(book_url(default_book_path()), create=True)
    code = app.exec()
    controller.close()
    return 1 if controller.failed else code
