"""`settled_on` of installments, receipts and credit notes: what the demo builder writes in bulk is what
the allocation rows say, and the aging that reads only what is not settled by D gives the open-item
path's balance on any date."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal

from acctdesk.services.aging import GroupBy, aging_report
from acctdesk.services.balances import balance_summary
from acctdesk.services.demo import DemoSpec, generate_demo
from tests.integration.test_ledger_properties import _check_settled_on

TODAY = date(2026, 11, 24)


def test_the_demo_books_settled_on_and_aging(book):
    generate_demo(book, DemoSpec(customers=12, invoices=300, seed=11, today=TODAY), user="tester")
    with book.sessions() as session:
        _check_settled_on(session)
        for as_of in (
            TODAY - timedelta(days=700),
            TODAY - timedelta(days=200),
            TODAY - timedelta(days=31),
            TODAY,
        ):
            aging: dict[str, Decimal] = defaultdict(Decimal)
            for row in aging_report(session, as_of, group_by=GroupBy.CURRENCY).rows:
                aging[row.currency] += row.total.amount
            for summary in balance_summary(session, as_of):
                assert summary.ties
                assert aging.pop(summary.currency, Decimal(0)) == summary.balance.amount, as_of
            assert not any(aging.values()), as_of
