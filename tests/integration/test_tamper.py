"""Tampering with the book behind acctdesk's back: `audit verify` fails and names the place."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from acctdesk.cli import main
from acctdesk.services.audit import verify_chain
from acctdesk.services.demo import DemoSpec, generate_demo
from tests.builders import Ledger


@pytest.fixture
def posted(book):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-01-10", due="2026-02-09")
    ledger.invoice("INV-2", "500.00", "2026-01-12", due="2026-02-11")
    ledger.receipt("800.00", "2026-02-01", number="RC-1")
    ledger.allocate("RC-1", "2026-02-01")
    with book.sessions() as session:
        assert verify_chain(session).ok
    return book


def _tamper(book, *statements: str) -> None:
    with book.engine.begin() as connection:
        for statement in statements:
            connection.execute(text(statement))


def _report(book):
    with book.sessions() as session:
        return verify_chain(session)


@pytest.mark.parametrize(
    ("statements", "reason"),
    [
        (["UPDATE invoice SET amount_minor = 1 WHERE number = 'INV-1'"], "invoice 1 was altered after event"),
        (["UPDATE installment SET amount_minor = 99999 WHERE id = 2"], "installment 2 was altered"),
        (["UPDATE allocation SET amount_minor = amount_minor + 1 WHERE id = 1"], "allocation 1 was altered"),
        (["UPDATE ledger_entry SET entry_date = '2025-01-01' WHERE id = 3"], "ledger_entry 3 was altered"),
        (["DELETE FROM ledger_entry WHERE id = 2"], "rows written with event"),
        (
            [
                "INSERT INTO receipt (id, number, customer_id, currency, amount_minor, receipt_date, payer, "
                "method, reference, memo, posted_at, posted_by) VALUES (99, 'RC-FAKE', 1, 'CNY', 100, "
                "'2026-02-02', '', 'cash', '', '', '2026-02-02 00:00:00', 'x')"
            ],
            "receipt 99 is not in the audit log",
        ),
        (["UPDATE audit_event SET \"user\" = 'someone' WHERE seq = 4"], "event 4 was altered"),
        (["DELETE FROM audit_event WHERE seq = 5"], "event 5 is missing"),
    ],
)
def test_a_changed_added_or_deleted_row_is_named(posted, statements, reason):
    _tamper(posted, *statements)
    report = _report(posted)
    assert not report.ok
    assert reason in report.reason


def test_a_row_rehashed_by_hand_still_breaks_its_events_digest(posted):
    with posted.sessions() as session:
        from acctdesk.model.entities import Invoice
        from acctdesk.services.seal import hash_of

        invoice = session.get(Invoice, 1)
        invoice.amount_minor = 1
        forged = hash_of(invoice)
    _tamper(posted, f"UPDATE invoice SET amount_minor = 1, row_hash = '{forged}' WHERE id = 1")
    report = _report(posted)
    assert not report.ok
    assert "rows written with event" in report.reason


def test_audit_verify_on_the_command_line_names_the_place(posted, capsys, book_url):
    assert main(["audit", "verify", "--db-url", book_url]) == 0
    assert "audit chain verified" in capsys.readouterr().out
    _tamper(posted, "UPDATE receipt SET amount_minor = 1 WHERE number = 'RC-1'")
    assert main(["audit", "verify", "--db-url", book_url]) == 2
    assert "receipt 1 was altered after event" in capsys.readouterr().err


def test_a_demo_book_is_sealed_too(book):
    generate_demo(book, DemoSpec(customers=5, invoices=200, seed=2, today=date(2026, 11, 24)))
    assert _report(book).ok
    _tamper(book, "UPDATE ledger_entry SET amount_minor = amount_minor + 100 WHERE id = 17")
    assert "ledger_entry 17 was altered" in _report(book).reason
