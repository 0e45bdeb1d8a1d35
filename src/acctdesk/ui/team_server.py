"""File → Connect to team server: a shared book on PostgreSQL (docs/team-book.md).

The password lives in the system keyring (service "acctdesk"), never in QSettings, the Recent list or the
book: Recent keeps the URL without it, and opening a recent team book takes the password from the keyring
(or asks again). Testing the connection runs in the background and says what is there: an acctdesk book,
an empty database that Connect sets up as a new book, or a database that is something else.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPushButton,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy import inspect
from sqlalchemy.engine import URL, make_url
from sqlalchemy.exc import DBAPIError

from acctdesk.model.db import make_engine
from acctdesk.services.book import alembic_config, current_revision, head_revision
from acctdesk.ui.ops import Ops, error_message
from acctdesk.ui.widgets.common import ERROR_COLOUR, FieldMessage, note_label

log = logging.getLogger(__name__)

KEYRING_SERVICE = "acctdesk"
DRIVER = "postgresql+psycopg"
DEFAULT_PORT = 5432
CONNECT_TIMEOUT_S = 5


@dataclass(frozen=True)
class ServerBook:
    """Where a team book lives; never its password."""

    host: str
    port: int
    database: str
    user: str

    @classmethod
    def from_url(cls, url: str) -> ServerBook | None:
        parsed = make_url(url)
        if parsed.get_backend_name() != "postgresql":
            return None
        return cls(
            parsed.host or "localhost",
            parsed.port or DEFAULT_PORT,
            parsed.database or "",
            parsed.username or "",
        )

    def url(self, password: str | None = None) -> str:
        return URL.create(
            DRIVER,
            username=self.user or None,
            password=password or None,
            host=self.host,
            port=self.port,
            database=self.database,
        ).render_as_string(hide_password=False)

    @property
    def keyring_user(self) -> str:
        """The keyring entry's user name: one password per server, database and user."""
        return f"{self.user}@{self.host}:{self.port}/{self.database}"

    @property
    def label(self) -> str:
        return f"{self.database} @ {self.host}:{self.port}"


def is_server_url(url: str) -> bool:
    return ServerBook.from_url(url) is not None


def public_url(url: str) -> str:
    """The URL without its password: what Recent books and the status bar may keep."""
    server = ServerBook.from_url(url)
    return server.url() if server is not None else url


def stored_password(server: ServerBook) -> str | None:
    try:
        import keyring

        return keyring.get_password(KEYRING_SERVICE, server.keyring_user)
    except Exception as error:  # no keyring backend on this machine: the password is asked each time
        log.info("no password from the system keyring: %s", error)
        return None


def store_password(server: ServerBook, password: str) -> str:
    """Keep the password in the system keyring; returns a problem to tell the person, or ""."""
    try:
        import keyring

        keyring.set_password(KEYRING_SERVICE, server.keyring_user, password)
    except Exception as error:
        log.info("the password could not be kept in the system keyring: %s", error)
        return str(error) or type(error).__name__
    return ""


def with_stored_password(url: str) -> str | None:
    """A team book's URL with its password from the keyring; the URL itself when it has one or is a file;
    None when the keyring has none (then the Connect dialog asks)."""
    server = ServerBook.from_url(url)
    if server is None or make_url(url).password:
        return url
    password = stored_password(server)
    return server.url(password) if password else None


@dataclass(frozen=True)
class Probe:
    """What a connection found: 'book' (current), 'older' (upgraded on opening), 'newer', 'empty' or
    'foreign' (tables, but not an acctdesk book)."""

    state: str
    revision: str | None = None


def probe(url: str) -> Probe:
    """Connect and look, changing nothing (runs on the worker thread)."""
    engine = make_engine(url, connect_args={"connect_timeout": CONNECT_TIMEOUT_S})
    try:
        revision = current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
    finally:
        engine.dispose()
    if revision is None:
        return Probe("foreign" if has_tables else "empty")
    if revision == head_revision():
        return Probe("book", revision)
    from alembic.script import ScriptDirectory  # heavy: imported only for a book that is not current

    known = {
        script.revision
        for script in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()
    }
    return Probe("older" if revision in known else "newer", revision)


def connection_problem(error: BaseException) -> str:
    if isinstance(error, DBAPIError):
        first_line = str(error.orig).strip().splitlines()[0] if str(error.orig).strip() else ""
        return first_line or type(error.orig).__name__
    return error_message(error)


class ConnectDialog(QDialog):
    """Host, port, database, user and password; Test connection; Connect opens the book."""

    connected = Signal(str, bool, str)  # URL with the password, whether to set up a new book, a note

    def __init__(self, ops: Ops, server: ServerBook | None = None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ops = ops
        self.setWindowTitle(self.tr("Connect to team server"))
        self.setMinimumWidth(500)
        self.probe: Probe | None = None
        layout = QVBoxLayout(self)
        intro = self.tr(
            "A team book is kept on a PostgreSQL server so that several people work in it at once. "
            "The password is kept in the system keyring, never in the book or the settings."
        )
        layout.addWidget(note_label(intro))
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.host = QLineEdit(server.host if server else "")
        self.host.setPlaceholderText(self.tr("e.g. acct-server or 192.168.1.20"))
        form.addRow(self.tr("Server"), self.host)
        self.port = QSpinBox()
        self.port.setRange(1, 65535)
        self.port.setValue(server.port if server else DEFAULT_PORT)
        form.addRow(self.tr("Port"), self.port)
        self.database = QLineEdit(server.database if server else "")
        self.database.setPlaceholderText(self.tr("e.g. acctdesk"))
        form.addRow(self.tr("Database"), self.database)
        self.user = QLineEdit(server.user if server else "")
        form.addRow(self.tr("User"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        if server is not None:
            self.password.setText(stored_password(server) or "")
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.result_label = QLabel("")
        self.result_label.setWordWrap(True)
        layout.addWidget(self.result_label)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.test_button = QPushButton(self.tr("Test connection"))
        self.connect_button = QPushButton(self.tr("Connect"))
        self.connect_button.setDefault(True)
        buttons.addButton(self.test_button, QDialogButtonBox.ButtonRole.ActionRole)
        buttons.addButton(self.connect_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.test_button.clicked.connect(self.test_connection)
        self.connect_button.clicked.connect(self.connect_book)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        for edit in (self.host, self.database, self.user, self.password):
            edit.textChanged.connect(lambda _t: self._edited())
        self.port.valueChanged.connect(lambda _v: self._edited())
        self._edited()

    def server(self) -> ServerBook:
        return ServerBook(
            self.host.text().strip(),
            self.port.value(),
            self.database.text().strip(),
            self.user.text().strip(),
        )

    def url(self) -> str:
        return self.server().url(self.password.text())

    def _edited(self) -> None:
        self.probe = None
        self.result_label.setText("")
        self.message.show_message("")
        complete = all(edit.text().strip() for edit in (self.host, self.database, self.user))
        self.test_button.setEnabled(complete)
        self.connect_button.setEnabled(complete)

    def _busy(self, busy: bool) -> None:
        self.test_button.setEnabled(not busy)
        self.connect_button.setEnabled(not busy)
        if busy:
            self.message.show_message("")
            self.result_label.setStyleSheet("color: #475467;")
            self.result_label.setText(self.tr("Connecting to %1…").replace("%1", self.server().label))

    def test_connection(self) -> None:
        self._look(then_connect=False)

    def connect_book(self) -> None:
        self._look(then_connect=True)

    def _look(self, *, then_connect: bool) -> None:
        url = self.url()
        self._busy(True)
        self.ops.run(
            lambda _control: probe(url),
            success=lambda found: self._found(found, then_connect),
            failure=self._unreachable,
        )

    def describe(self, found: Probe) -> str:
        return {
            "book": self.tr("✓ Connected: an acctdesk book."),
            "older": self.tr("✓ Connected: an acctdesk book of an older version; opening it upgrades it."),
            "newer": self.tr("Connected, but the book was made by a newer acctdesk; update acctdesk first."),
            "empty": self.tr("✓ Connected: the database is empty; Connect sets it up as a new team book."),
            "foreign": self.tr("Connected, but this database holds something other than an acctdesk book."),
        }[found.state]

    def _found(self, found: Probe, then_connect: bool) -> None:
        self._busy(False)
        self.probe = found
        usable = found.state in ("book", "older", "empty")
        self.result_label.setStyleSheet(f"color: {'#067647' if usable else ERROR_COLOUR};")
        self.result_label.setText(self.describe(found))
        if not then_connect or not usable:
            return
        if found.state == "empty" and not self.confirm_new_book():
            return
        note = ""
        if self.password.text():
            problem = store_password(self.server(), self.password.text())
            if problem:
                note = self.tr(
                    "The password could not be kept in the system keyring (%1); you will be asked again."
                ).replace("%1", problem)
        self.connected.emit(self.url(), found.state == "empty", note)
        self.accept()

    def confirm_new_book(self) -> bool:
        answer = QMessageBox.question(
            self,
            self.tr("New team book"),
            self.tr(
                "Set up a new, empty acctdesk book in the database %1? You become its administrator."
            ).replace("%1", self.server().label),
        )
        return answer == QMessageBox.StandardButton.Yes

    def _unreachable(self, error: BaseException) -> None:
        self._busy(False)
        self.result_label.setText("")
        self.message.show_message(
            self.tr("Cannot connect to %1: %2")
            .replace("%1", self.server().label)
            .replace("%2", connection_problem(error))
        )
