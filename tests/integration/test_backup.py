"""Backups of a SQLite book, and restores that check the file before replacing anything."""

from __future__ import annotations

import sqlite3
from datetime import UTC, datetime, timedelta
from pathlib import Path

import pytest

from acctdesk.cli import main
from acctdesk.services.backup import backup_book, backup_due, check_backup_file, list_backups, restore_book
from acctdesk.services.balances import balance_summary
from acctdesk.services.book import open_book
from acctdesk.services.errors import ValidationError
from acctdesk.services.settings import initialise_book
from tests.builders import Ledger, d


@pytest.fixture
def sqlite_book(tmp_path):
    """Backups are of SQLite books, so these tests make one whatever the suite's database is."""
    book, _ = initialise_book(f"sqlite:///{tmp_path / 'book.sqlite'}", user="tester")
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-01-10", due="2026-02-09")
    ledger.receipt("400.00", "2026-02-01", number="RC-1")
    ledger.allocate("RC-1", "2026-02-01")
    yield book
    book.close()


def _balances(book):
    with book.sessions() as session:
        return [(s.currency, s.balance, s.ledger_balance) for s in balance_summary(session, d("2026-12-31"))]


def test_backup_damage_restore_gives_back_identical_balances(sqlite_book, tmp_path):
    before = _balances(sqlite_book)
    copy = backup_book(sqlite_book, user="tester")
    assert copy.parent == tmp_path / "backups"
    path = sqlite_book.path
    sqlite_book.close()
    with path.open("r+b") as handle:  # damage the book: overwrite pages in the middle
        handle.seek(8192)
        handle.write(b"\xff" * 8192)
    result = restore_book(copy, path, user="tester")
    assert result.revision == "0001"
    restored = open_book(f"sqlite:///{path}")
    try:
        assert _balances(restored) == before
    finally:
        restored.close()


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"just some text, not a database", "not a SQLite database"),
        (None, "not an acctdesk book"),
    ],
)
def test_restore_refuses_a_foreign_file_and_changes_nothing(sqlite_book, tmp_path, content, message):
    foreign = tmp_path / "foreign.sqlite"
    if content is None:
        with sqlite3.connect(foreign) as connection:
            connection.execute("CREATE TABLE notes (text TEXT)")
    else:
        foreign.write_bytes(content)
    path = sqlite_book.path
    before = path.read_bytes()
    with pytest.raises(ValidationError, match=message):
        restore_book(foreign, path, user="tester")
    assert path.read_bytes() == before


def test_restore_refuses_a_damaged_backup(sqlite_book, tmp_path):
    copy = backup_book(sqlite_book, tmp_path / "copy.sqlite", user="tester")
    with copy.open("r+b") as handle:
        handle.seek(4096 * 3)
        handle.write(b"\x00\x01" * 2048)
    with pytest.raises(ValidationError, match="damaged"):
        check_backup_file(copy)


def test_backups_folder_keeps_the_newest(sqlite_book):
    for _ in range(4):
        backup_book(sqlite_book, user="tester", keep=3)
    assert len(list_backups(sqlite_book)) == 3
    now = datetime.now(UTC)
    assert not backup_due(sqlite_book, now)
    assert backup_due(sqlite_book, now + timedelta(days=1, seconds=1))


def test_backup_and_restore_on_the_command_line(sqlite_book, tmp_path, capsys):
    path: Path = sqlite_book.path
    before = _balances(sqlite_book)
    sqlite_book.close()
    target = tmp_path / "manual.sqlite"
    assert main(["backup", str(target), "--db", str(path), "--user", "tester"]) == 0
    assert main(["restore", str(tmp_path / "missing.sqlite"), "--db", str(path)]) == 1
    assert "missing.sqlite: no such file" in capsys.readouterr().err
    assert main(["restore", str(target), "--db", str(path), "--user", "tester", "--json"]) == 0
    reopened = open_book(f"sqlite:///{path}")
    try:
        assert _balances(reopened) == before
    finally:
        reopened.close()


def test_copies_made_before_a_restore_stay_out_of_the_rotation(sqlite_book, tmp_path):
    copy = backup_book(sqlite_book, tmp_path / "copy.sqlite", user="tester")
    path = sqlite_book.path
    sqlite_book.close()
    for _ in range(3):
        restore_book(copy, path, user="tester")
    reopened = open_book(f"sqlite:///{path}")
    try:
        backup_book(reopened, user="tester", keep=2)
        assert len(list_backups(reopened)) == 1  # the regular backup was kept, not rotated away
        assert len(list((tmp_path / "backups").glob("book.before-restore-*.sqlite"))) == 3
    finally:
        reopened.close()
