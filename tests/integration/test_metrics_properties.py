"""Property tests: on random ledgers the metrics stay in their ranges and their AR is the aging's."""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import select

from acctdesk.model.entities import Installment, Invoice, Receipt
from acctdesk.services import approvals, ledger
from acctdesk.services.aging import GroupBy, aging_report
from acctdesk.services.balances import ledger_balances, open_items
from acctdesk.services.book import open_book
from acctdesk.services.errors import DomainError
from acctdesk.services.ledger import AllocationLine
from acctdesk.services.metrics import metrics_trend, period_metrics
from tests.builders import Ledger
from tests.conftest import PG_URL, copy_of_template, drop_copy

START = date(2026, 1, 1)
TERMS = ("N0", "N30", "EOM+30", "50% N0; BAL N45", "90% N20; BAL RETENTION N90")

day = st.integers(min_value=0, max_value=120)
amount = st.integers(min_value=1, max_value=2_000_00)
operation = st.one_of(
    st.tuples(st.just("invoice"), st.integers(0, 2), amount, day, st.sampled_from(TERMS)),
    st.tuples(st.just("receipt"), st.integers(0, 2), amount, day),
    st.tuples(st.just("credit_note"), st.integers(0, 2), amount, day),
    st.tuples(st.just("allocate"), st.integers(0, 20), day),
    st.tuples(st.just("write_off"), st.integers(0, 20), day),
    st.tuples(st.just("reverse"), st.sampled_from(["receipt", "invoice"]), st.integers(0, 20), day),
)
CUSTOMERS = ("C0", "C1", "U0")  # U0 trades in USD


def _cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


def _pick(session, model, index: int):
    rows = session.scalars(select(model).order_by(model.id)).all()
    return rows[index % len(rows)] if rows else None


def _apply(books: Ledger, op: tuple, serial: int) -> bool:
    """Run one operation; True when it was a reversal that went through."""
    kind, on = op[0], START + timedelta(days=op[-1] if op[0] != "invoice" else op[3])
    with books.book.sessions() as session:
        if kind == "invoice":
            _, customer, minor, _, term = op
            ledger.post_invoice(
                books.uow(),
                customer_code=CUSTOMERS[customer],
                number=f"INV-{serial}",
                invoice_date=on,
                amount=_cents(minor),
                term=term,
            )
        elif kind == "receipt":
            ledger.post_receipt(
                books.uow(), customer_code=CUSTOMERS[op[1]], amount=_cents(op[2]), receipt_date=on
            )
        elif kind == "credit_note":
            ledger.post_credit_note(
                books.uow(), customer_code=CUSTOMERS[op[1]], amount=_cents(op[2]), note_date=on, reason="返利"
            )
        elif kind == "allocate" and (receipt := _pick(session, Receipt, op[1])):
            ledger.allocate(books.uow(), kind="receipt", number=receipt.number, on=on)
        elif kind == "write_off" and (installment := _pick(session, Installment, op[1])):
            filed = approvals.request_write_off(
                books.uow(),
                customer_code=CUSTOMERS[installment.customer_id - 1],
                on=on,
                reason="无法收回",
                lines=[AllocationLine(installment.id, _cents(max(installment.amount_minor // 2, 1)))],
            )
            approvals.decide(books.approver(), filed.id, approve=True)
        elif kind == "reverse" and (
            document := _pick(session, Receipt if op[1] == "receipt" else Invoice, op[2])
        ):
            ledger.reverse(books.uow(), kind=op[1], number=document.number, on=on, reason="更正")
            return True
    return False


def _check(session, reversed_any: bool) -> None:
    for point in metrics_trend(session, date(2026, 5, 20), months=5):
        end = point.period.end
        ledger_total = defaultdict(Decimal)
        for balance in ledger_balances(session, end):
            ledger_total[balance.currency] += balance.balance.amount
        aging = {
            r.currency: r.total.amount for r in aging_report(session, end, group_by=GroupBy.CURRENCY).rows
        }
        items, overdue = defaultdict(Decimal), defaultdict(Decimal)
        for item in open_items(session, end):
            items[item.open_amount.currency] += item.open_amount.amount
            if item.due_date is not None and item.due_date < end:
                overdue[item.open_amount.currency] += item.open_amount.amount
        for m in point.metrics:
            # Three ways to the AR at the end of each month agree to the cent, and the metrics'
            # open items (summed without joining allocations to installments) are the open items.
            assert m.ar_end.amount == ledger_total[m.currency] == aging.get(m.currency, 0)
            assert m.open_items_end.amount == items[m.currency]
            assert m.overdue_end.amount == overdue[m.currency]
            assert Decimal(0) <= m.overdue_end.amount <= m.open_items_end.amount
            if m.overdue_ratio is not None:
                assert Decimal(0) <= m.overdue_ratio <= Decimal(1)
            if m.collection_rate is not None:
                assert Decimal(0) <= m.collection_rate <= Decimal(1)
            if m.top10_concentration is not None:
                assert Decimal(0) < m.top10_concentration <= Decimal(1)
            if m.add is not None:
                assert m.add >= 0
            # A reversed receipt from an earlier month can make the period's collections negative;
            # without one, CEI is a share of what could be collected.
            if m.cei is not None and not reversed_any:
                assert Decimal(0) <= m.cei <= Decimal(100)
    # A single period gives what the trend gives for the same month.
    (april,) = [p for p in metrics_trend(session, date(2026, 4, 30), months=1)]
    assert period_metrics(session, date(2026, 4, 1), date(2026, 4, 30)) == april.metrics


EXAMPLES = int(os.environ.get("ACCTDESK_PROPERTY_EXAMPLES", "10" if PG_URL else "25"))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=18))
def test_metrics_stay_in_range_and_tie_to_the_aging(template_url, operations):
    with tempfile.TemporaryDirectory() as workdir:
        url = copy_of_template(template_url, Path(workdir))
        book = open_book(url)
        try:
            books = Ledger(book)
            books.customer("C0", "华东客户")
            books.customer("C1", "华南客户")
            books.customer("U0", "Northwind Trading Ltd", currency="USD")
            books.approver()
            reversed_any = False
            for serial, op in enumerate(operations):
                try:
                    reversed_any |= _apply(books, op, serial)
                except DomainError:
                    continue
            with book.sessions() as session:
                _check(session, reversed_any)
        finally:
            book.close()
            drop_copy(url)
