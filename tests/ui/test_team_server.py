"""File → Connect to team server: the password lives in the system keyring only, the connection is tested
in the background, and a team book opens like a file and is remembered in Recent books without its
password. The parts that need a server run when the suite runs against PostgreSQL."""

from __future__ import annotations

import uuid
from pathlib import Path

import keyring
import pytest
from keyring.backend import KeyringBackend
from keyring.backends import fail
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from acctdesk.ui import app as app_module
from acctdesk.ui import team_server
from acctdesk.ui.mainwindow import recent_books, recent_label, remember_book
from acctdesk.ui.team_server import ConnectDialog, ServerBook
from tests.conftest import PG_URL
from tests.ui.conftest import settle

SECRET = "Tea-Leaf:42/@"


class MemoryKeyring(KeyringBackend):
    """The system keyring, in memory: tests never touch the real one."""

    priority = 1

    def __init__(self) -> None:
        super().__init__()
        self.passwords: dict[tuple[str, str], str] = {}

    def get_password(self, service, username):
        return self.passwords.get((service, username))

    def set_password(self, service, username, password):
        self.passwords[(service, username)] = password

    def delete_password(self, service, username):
        self.passwords.pop((service, username), None)


@pytest.fixture
def memory_keyring():
    previous = keyring.get_keyring()
    ring = MemoryKeyring()
    keyring.set_keyring(ring)
    yield ring
    keyring.set_keyring(previous)


def _dialogs() -> list[ConnectDialog]:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, ConnectDialog) and w.isVisible()]


def test_the_password_goes_to_the_keyring_and_never_into_the_settings(qtbot, memory_keyring):
    server = ServerBook("db.local", 5433, "acct", "li")
    url = server.url(SECRET)
    assert make_url(url).password == SECRET  # special characters survive the URL
    remember_book(url)
    assert recent_books() == ["postgresql+psycopg://li@db.local:5433/acct"]
    QSettings().sync()
    assert SECRET not in Path(QSettings().fileName()).read_text(encoding="utf-8")
    assert recent_label(recent_books()[0]) == "acct @ db.local:5433 (team server, user li)"
    assert team_server.with_stored_password(recent_books()[0]) is None  # nothing stored yet: ask
    assert team_server.store_password(server, SECRET) == ""
    assert memory_keyring.passwords == {("acctdesk", "li@db.local:5433/acct"): SECRET}
    assert team_server.with_stored_password(recent_books()[0]) == url
    assert team_server.with_stored_password("sqlite:////tmp/book.sqlite") == "sqlite:////tmp/book.sqlite"


def test_without_a_keyring_the_password_is_asked_each_time(qtbot):
    previous = keyring.get_keyring()
    keyring.set_keyring(fail.Keyring())
    try:
        server = ServerBook("db.local", 5432, "acct", "li")
        assert team_server.store_password(server, SECRET) != ""  # a problem to tell the person
        assert team_server.stored_password(server) is None
    finally:
        keyring.set_keyring(previous)


def test_test_connection_runs_in_the_background_and_says_why_it_failed(qtbot, ctx, memory_keyring):
    dialog = ConnectDialog(ctx.ops)
    qtbot.addWidget(dialog)
    dialog.show()
    assert not dialog.test_button.isEnabled()  # server, database and user first
    dialog.host.setText("127.0.0.1")
    dialog.port.setValue(1)  # nothing listens there
    dialog.database.setText("acctdesk")
    dialog.user.setText("li")
    dialog.password.setText(SECRET)
    dialog.test_button.click()
    assert not dialog.test_button.isEnabled() and not dialog.connect_button.isEnabled()
    assert dialog.result_label.text() == "Connecting to acctdesk @ 127.0.0.1:1…"
    settle(ctx)
    assert dialog.test_button.isEnabled()
    assert dialog.message.isVisible()
    assert dialog.message.text().startswith("Cannot connect to acctdesk @ 127.0.0.1:1: ")
    assert memory_keyring.passwords == {}  # kept only after a connection worked
    assert dialog.isVisible()


def test_a_recent_team_book_without_a_stored_password_asks_for_it(qtbot, qapp, memory_keyring):
    controller = app_module.Application(qapp)
    controller.auto_backup = False
    controller.open("postgresql+psycopg://li@db.local:5432/acct")  # File → Recent books
    dialogs = _dialogs()
    assert len(dialogs) == 1
    dialog = dialogs[0]
    qtbot.addWidget(dialog)
    assert (dialog.host.text(), dialog.port.value(), dialog.database.text(), dialog.user.text()) == (
        "db.local",
        5432,
        "acct",
        "li",
    )
    assert dialog.password.text() == ""
    assert controller.ops.idle and controller.window is None  # nothing was opened without it
    dialog.reject()


# -- with a server -----------------------------------------------------------------------------------

needs_server = pytest.mark.skipif(not PG_URL, reason="needs ACCTDESK_TEST_DB_URL (a PostgreSQL server)")


def _fill(dialog: ConnectDialog, url: str) -> None:
    parsed = make_url(url)
    dialog.host.setText(parsed.host or "localhost")
    dialog.port.setValue(parsed.port or 5432)
    dialog.database.setText(parsed.database)
    dialog.user.setText(parsed.username)
    dialog.password.setText(parsed.password or "")


@needs_server
def test_connect_opens_the_team_book_and_remembers_it_without_the_password(
    qtbot, qapp, book_url, memory_keyring, shown_errors
):
    controller = app_module.Application(qapp)
    controller.auto_backup = False
    dialog = controller.connect_to_server()  # deletes itself on closing
    _fill(dialog, book_url)
    dialog.test_connection()
    controller.ops.wait()
    QCoreApplication.processEvents()
    assert dialog.result_label.text() == "✓ Connected: an acctdesk book."
    dialog.connect_book()
    for _ in range(4):
        controller.ops.wait()
        QCoreApplication.processEvents()
    window = controller.window
    assert window is not None and window.isVisible()
    qtbot.addWidget(window)
    server = ServerBook.from_url(book_url)
    assert window.server_label.text() == f"Server: {server.label}"
    assert not window.backup_action.isEnabled() and not window.restore_action.isEnabled()
    password = make_url(book_url).password
    assert memory_keyring.passwords == {("acctdesk", server.keyring_user): password}
    assert recent_books()[0] == server.url()
    QSettings().sync()
    settings = Path(QSettings().fileName()).read_text(encoding="utf-8")
    assert f":{password}@" not in settings and "password" not in settings.lower()
    controller.close()

    # Opening it again from Recent books takes the password from the keyring.
    again = app_module.Application(qapp)
    again.auto_backup = False
    again.open(recent_books()[0], user="tester")
    for _ in range(3):
        again.ops.wait()
        QCoreApplication.processEvents()
    assert again.window is not None and again.window.ctx.book.display_name == window.ctx.book.display_name
    qtbot.addWidget(again.window)
    again.close()


@needs_server
def test_connect_to_an_empty_database_sets_up_a_new_team_book(
    qtbot, qapp, memory_keyring, monkeypatch, shown_errors
):
    name = f"acctdesk_e_{uuid.uuid4().hex[:10]}"
    admin = create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")
    with admin.connect() as connection:
        connection.execute(text(f'CREATE DATABASE "{name}"'))
    url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    controller = app_module.Application(qapp)
    controller.auto_backup = False
    try:
        asked = []
        monkeypatch.setattr(ConnectDialog, "confirm_new_book", lambda self: asked.append(True) or True)
        dialog = controller.connect_to_server()
        _fill(dialog, url)
        dialog.connect_book()
        for _ in range(4):
            controller.ops.wait()
            QCoreApplication.processEvents()
        assert asked == [True]
        window = controller.window
        assert window is not None
        qtbot.addWidget(window)
        assert window.ctx.info.name == name
        controller.close()
    finally:
        from tests.conftest import _drop_database

        _drop_database(name)
        admin.dispose()
