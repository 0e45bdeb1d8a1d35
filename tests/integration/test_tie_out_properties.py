"""Property test of invariant 4: on random ledgers and at random dates D, per customer and currency,
Σ aging buckets (with the awaiting, retention, disputed and unapplied columns) = the receivables
balance from the ledger entries at D = the closing balance of a statement ending at D, whatever day
the statement starts on. Three code paths, one answer, to the cent.

The ledgers come from the metrics' property test (three customers, one in USD; invoices with
installment, retention and month-end terms, receipts, credit notes, allocations, write-offs and
reversals, on random days)."""

from __future__ import annotations

import os
import tempfile
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from acctdesk.model.entities import Customer
from acctdesk.services.aging import Basis, GroupBy, aging_report
from acctdesk.services.balances import ledger_balances
from acctdesk.services.book import open_book
from acctdesk.services.errors import DomainError
from acctdesk.services.statements import statement
from tests.builders import Ledger
from tests.conftest import PG_URL, copy_of_template, drop_copy
from tests.integration.test_metrics_properties import START, _apply, operation

EXAMPLES = int(os.environ.get("ACCTDESK_PROPERTY_EXAMPLES", "10" if PG_URL else "25"))
# (D as days after the ledger's first day — before it, inside it and after its last posting —,
#  how many days before D the statement starts)
as_of_and_start = st.tuples(st.integers(min_value=-5, max_value=200), st.integers(min_value=0, max_value=150))


def _aging(session, as_of, basis) -> dict[tuple[str, str], Decimal]:
    totals = {}
    for row in aging_report(session, as_of, basis=basis, group_by=GroupBy.CUSTOMER).rows:
        columns = [*row.buckets, row.awaiting_event, row.retention, row.disputed, row.unapplied]
        totals[(row.key, row.currency)] = sum((m.amount for m in columns), Decimal(0))
    return {key: value for key, value in totals.items() if value}


def _statements(session, as_of, start) -> dict[tuple[str, str], Decimal]:
    closing = {}
    for code in session.scalars(select(Customer.code).order_by(Customer.code)):
        for section in statement(session, code, start=start, end=as_of).sections:
            closing[(code, section.currency)] = section.closing.amount
    return {key: value for key, value in closing.items() if value}


def _check(session, as_of, start) -> None:
    ledger = {(b.customer_code, b.currency): b.balance.amount for b in ledger_balances(session, as_of)}
    by_due = _aging(session, as_of, Basis.DUE)
    assert by_due == ledger, f"aging ≠ ledger at {as_of}"
    assert _aging(session, as_of, Basis.INVOICE) == ledger, f"aging by invoice date ≠ ledger at {as_of}"
    assert _statements(session, as_of, start) == ledger, f"statements {start}..{as_of} ≠ ledger"
    for currency in {c for _, c in ledger}:  # and so the totals per currency, which the reports show
        total = sum((v for (_, c), v in ledger.items() if c == currency), Decimal(0))
        (row,) = [
            r
            for r in aging_report(session, as_of, group_by=GroupBy.CURRENCY).totals()
            if r.currency == currency
        ]
        assert row.total.amount == total


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(
    operations=st.lists(operation, min_size=1, max_size=18),
    dates=st.lists(as_of_and_start, min_size=1, max_size=3),
)
def test_aging_ledger_and_statements_agree_at_any_date(template_url, operations, dates):
    with tempfile.TemporaryDirectory() as workdir:
        url = copy_of_template(template_url, Path(workdir))
        book = open_book(url)
        try:
            books = Ledger(book)
            books.customer("C0", "华东客户")
            books.customer("C1", "华南客户")
            books.customer("U0", "Northwind Trading Ltd", currency="USD")
            books.approver()
            for serial, op in enumerate(operations):
                try:
                    _apply(books, op, serial)
                except DomainError:
                    continue
            with book.sessions() as session:
                for offset, length in dates:
                    as_of = START + timedelta(days=offset)
                    _check(session, as_of, as_of - timedelta(days=length))
        finally:
            book.close()
            drop_copy(url)
