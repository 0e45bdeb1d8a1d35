"""Starting the desktop app: the QApplication with its language and fonts, opening (or creating, or
generating a demo) book in the background, and the main window on top of it.

`acctdesk` → `run_app()` opens the default book in the user data folder (created when absent);
`acctdesk --demo` → `run_app(demo=True)` generates a fresh demo book first, with a progress dialog.
"""

from __future__ import annotations

import sys
import tempfile
from dataclasses import dataclass
from datetime import date, datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QSettings
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox

from acctdesk.model.db import book_url
from acctdesk.services.book import Book, open_book
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.settings import initialise_book
from acctdesk.ui import i18n
from acctdesk.ui.context import AppContext, acting_user
from acctdesk.ui.mainwindow import MainWindow, remember_book
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


def _open_or_create(url: str, create: bool) -> Opened:
    if create:  # the person creating a book becomes its administrator
        book, created = initialise_book(
            url, name=QCoreApplication.translate("App", "My book"), user=acting_user()
        )
        return Opened(book, created)
    return Opened(open_book(url), False)


def _generate_demo(url: str, spec: DemoSpec, control: TaskControl) -> Opened:
    user = acting_user()
    book, _ = initialise_book(url, name=QCoreApplication.translate("App", "Demo book"), user=user)
    try:
        generate_demo(book, spec, user=user, progress=control.progress)
    except BaseException:
        book.close()
        raise
    return Opened(book, True)


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

    # -- opening books ---------------------------------------------------------------------------

    def open(self, url: str, *, create: bool = False) -> None:
        self.ops.run(
            lambda _control: _open_or_create(url, create),
            success=lambda opened: self._show(url, opened.book),
            failure=self._failed,
            label=QCoreApplication.translate("App", "Opening the book…"),
        )

    def open_demo(self, spec: DemoSpec | None = None, path: Path | None = None) -> None:
        spec = spec or DEMO_SPEC
        url = book_url(path or demo_book_path())
        self.ops.run(
            lambda control: _generate_demo(url, spec, control),
            success=lambda opened: self._show(url, opened.book),
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

    def _show(self, url: str, book: Book) -> None:
        old_window, old_ctx = self.window, self.ctx
        self.ctx = AppContext(book, self.ops, as_of=self.as_of)
        window = MainWindow(self.ctx)
        window.open_book_requested.connect(lambda u: self.open(u))
        window.open_file_requested.connect(self.choose_and_open)
        window.new_book_requested.connect(self.choose_and_create)
        window.demo_requested.connect(lambda: self.open_demo())
        self.window = window
        if url.startswith("sqlite:///"):
            remember_book(url)
        if old_window is not None:
            old_window.save_layout()
            old_window.hide()
            old_window.deleteLater()
        if old_ctx is not None:
            self.ops.wait()
            old_ctx.book.close()
        window.show()

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
            self.window.close()
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
