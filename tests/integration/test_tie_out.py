"""Invariant 4 on a demo book: aging, ledger and statements agree to the cent at several dates."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import select, update

from acctdesk.model.entities import LedgerEntry
from acctdesk.services.balances import ledger_balances
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.tie_out import three_way_tie_out
from tests.builders import Ledger, d

TODAY = date(2026, 11, 24)


@pytest.fixture
def demo(book):
    generate_demo(book, DemoSpec(customers=30, invoices=1200, seed=5, today=TODAY))
    return book


@pytest.mark.parametrize("as_of", ["2024-02-29", "2025-06-30", "2025-12-31", "2026-09-15", "2026-11-24"])
def test_three_paths_agree_on_a_demo_book(demo, as_of):
    with demo.sessions() as session:
        lines = three_way_tie_out(session, d(as_of))
        customers = {b.customer_code for b in ledger_balances(session, d(as_of))}
    assert {line.currency for line in lines} == {"CNY", "USD"}
    for line in lines:
        assert line.ties, line
        assert line.aging_total == line.ledger_balance == line.statements_total
        assert line.aging_total.amount > 0
    assert sum(line.statements for line in lines) >= len(customers)


def test_a_difference_is_shown_not_hidden(book):
    ledger = Ledger(book)
    ledger.customer("C1")
    ledger.invoice("A", "100.00", "2026-06-01", due="2026-06-30")
    with book.sessions() as session:  # behind acctdesk's back: the journal says 90, the items 100
        entry = session.scalar(select(LedgerEntry.id))
        session.execute(update(LedgerEntry).where(LedgerEntry.id == entry).values(amount_minor=9000))
        session.commit()
        (line,) = three_way_tie_out(session, d("2026-06-30"))
    assert not line.ties
    assert (line.aging_total.amount, line.ledger_balance.amount, line.statements_total.amount) == (
        Decimal("100.00"),
        Decimal("90.00"),
        Decimal("90.00"),
    )
    assert (line.difference.amount, line.statements_difference.amount) == (Decimal("10.00"), Decimal("0.00"))
