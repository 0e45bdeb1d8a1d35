"""Moving a book into another database gives the same aging, balances and statements."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from acctdesk.cli import main
from acctdesk.services import ledger
from acctdesk.services.aging import aging_report
from acctdesk.services.book import open_book
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.errors import ValidationError
from acctdesk.services.move_book import move_book
from acctdesk.services.settings import initialise_book
from acctdesk.services.statements import statement
from acctdesk.services.uow import UnitOfWork

TODAY = date(2026, 11, 24)


@pytest.fixture
def desk_book(tmp_path):
    """A SQLite book on a desk, the usual starting point of a move."""
    url = f"sqlite:///{tmp_path / 'desk.sqlite'}"
    book, _ = initialise_book(url, user="tester")
    generate_demo(book, DemoSpec(customers=12, invoices=400, seed=5, today=TODAY), user="tester")
    book.close()
    return url


def _figures(url: str):
    book = open_book(url)
    try:
        with book.sessions() as session:
            aging = [(r.key, r.currency, r.buckets, r.total) for r in aging_report(session, TODAY).rows]
            first = aging[0][0]
            sections = statement(session, first, start=date(2026, 1, 1), end=date(2026, 10, 31)).sections
            lines = [(s.currency, s.opening, s.closing, len(s.movements)) for s in sections]
        return aging, lines
    finally:
        book.close()


def test_a_moved_book_gives_the_same_aging_balances_and_statements(desk_book, empty_target):
    target = empty_target
    report = move_book(desk_book, target, user="tester")
    assert report.ok
    assert report.tables["invoice"] == 400
    assert _figures(target) == _figures(desk_book)
    # Work goes on in the moved book: ids and numbers continue after the copied ones.
    moved = open_book(target)
    try:
        result = ledger.post_invoice(
            UnitOfWork(moved, "tester"),
            customer_code="C00001",
            number="INV-AFTER-MOVE",
            invoice_date=TODAY,
            amount=Decimal("10.00"),
            due_date=TODAY,
        )
        receipt = ledger.post_receipt(
            UnitOfWork(moved, "tester"), customer_code="C00001", amount=Decimal("10.00"), receipt_date=TODAY
        )
    finally:
        moved.close()
    assert result.id == 401
    assert receipt.number.startswith("RC-")


def test_moving_into_a_database_that_holds_a_book_is_refused(desk_book, book_url):
    with pytest.raises(ValidationError, match="already holds a book"):
        move_book(desk_book, book_url, user="tester")


def test_move_book_on_the_command_line(desk_book, empty_target, capsys):
    assert main(["move-book", "--from", desk_book, "--to", empty_target, "--user", "tester"]) == 0
    out = capsys.readouterr().out
    assert "balances agree on" in out and "audit chain verified on both sides" in out


@pytest.fixture
def empty_target(tmp_path):
    """An empty database of the suite's kind: a new SQLite file, or a new PostgreSQL database."""
    from sqlalchemy import text
    from sqlalchemy.engine import make_url

    from tests.conftest import PG_URL, _admin_engine

    if not PG_URL:
        yield f"sqlite:///{tmp_path / 'moved.sqlite'}"
        return
    name = f"acctdesk_moved_{tmp_path.name[-20:].replace('-', '_').lower()}"

    def run(statement: str) -> None:
        admin = _admin_engine()
        with admin.connect() as connection:
            connection.execute(text(statement))
        admin.dispose()

    run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
    run(f'CREATE DATABASE "{name}"')
    yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    run(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)')
