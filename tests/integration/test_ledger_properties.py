"""Property tests: random sequences of postings keep invariants 1–4 of the design after every step.

Each example builds a fresh book and drives post / allocate / unallocate / reverse / write-off with
drawn amounts and dates. A refused operation must leave no trace; an accepted one must keep:
1. posted rows unchanged, 2. 0 ≤ open ≤ amount for every installment, 3. no receipt or credit
note over-applied, 4. Σ open items − unapplied = Σ ledger entries on every date.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from datetime import date, timedelta
from decimal import Decimal
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from sqlalchemy import func, select

from acctdesk.model.entities import (
    Allocation,
    AuditEvent,
    CreditNote,
    Installment,
    Invoice,
    LedgerEntry,
    Receipt,
    Reversal,
    WriteOff,
)
from acctdesk.services import approvals, ledger
from acctdesk.services.aging import GroupBy, aging_report
from acctdesk.services.audit import verify_chain
from acctdesk.services.balances import balance_summary, open_items, settled_on
from acctdesk.services.book import open_book
from acctdesk.services.errors import DomainError
from acctdesk.services.ledger import AllocationLine
from tests.builders import Ledger
from tests.conftest import PG_URL, copy_of_template, drop_copy

START = date(2026, 1, 1)
TERMS = ("N0", "N30", "EOM+30", "50% N0; BAL N60", "30% N0; 60% N30; BAL RETENTION N365")
POSTED = (Invoice, Installment, Receipt, CreditNote, WriteOff, Allocation, LedgerEntry, Reversal)

day = st.integers(min_value=0, max_value=150)
amount = st.integers(min_value=1, max_value=5_000_00)
fraction = st.sampled_from([Decimal("0.1"), Decimal("0.5"), Decimal(1), Decimal("1.7")])
operation = st.one_of(
    st.tuples(st.just("invoice"), st.integers(0, 1), amount, day, st.sampled_from(TERMS)),
    st.tuples(st.just("receipt"), st.integers(0, 1), amount, day),
    st.tuples(st.just("credit_note"), st.integers(0, 1), amount, day),
    st.tuples(st.just("allocate_auto"), st.integers(0, 30), day),
    st.tuples(st.just("allocate"), st.integers(0, 30), st.integers(0, 60), fraction, day),
    st.tuples(st.just("unallocate"), st.integers(0, 60), fraction, day),
    st.tuples(st.just("write_off"), st.integers(0, 60), fraction, day),
    st.tuples(
        st.just("reverse"),
        st.sampled_from(["invoice", "receipt", "credit_note", "write_off"]),
        st.integers(0, 30),
        day,
    ),
)


def _pick(session, model, index: int):
    rows = session.scalars(select(model).order_by(model.id)).all()
    return rows[index % len(rows)] if rows else None


def _cents(value: int) -> Decimal:
    return Decimal(value).scaleb(-2)


def _apply(books: Ledger, op: tuple) -> None:
    kind = op[0]
    session = books.book.sessions()
    try:
        if kind == "invoice":
            _, customer, minor, offset, term = op
            ledger.post_invoice(
                books.uow(),
                customer_code=f"C{customer}",
                number=f"INV-{_count(session, Invoice) + 1}",
                invoice_date=START + timedelta(days=offset),
                amount=_cents(minor),
                term=term,
            )
        elif kind in ("receipt", "credit_note"):
            _, customer, minor, offset = op
            on = START + timedelta(days=offset)
            if kind == "receipt":
                ledger.post_receipt(
                    books.uow(), customer_code=f"C{customer}", amount=_cents(minor), receipt_date=on
                )
            else:
                ledger.post_credit_note(
                    books.uow(),
                    customer_code=f"C{customer}",
                    amount=_cents(minor),
                    note_date=on,
                    reason="返利",
                )
        elif kind == "allocate_auto":
            _, index, offset = op
            receipt = _pick(session, Receipt, index)
            if receipt:
                ledger.allocate(
                    books.uow(), kind="receipt", number=receipt.number, on=START + timedelta(days=offset)
                )
        elif kind == "allocate":
            _, index, target, part, offset = op
            source = _pick(session, Receipt if index % 2 else CreditNote, index)
            installment = _pick(session, Installment, target)
            if source and installment:
                value = (Decimal(installment.amount_minor) * part).to_integral_value()
                ledger.allocate(
                    books.uow(),
                    kind="receipt" if isinstance(source, Receipt) else "credit_note",
                    number=source.number,
                    on=START + timedelta(days=offset),
                    lines=[AllocationLine(installment.id, _cents(max(int(value), 1)))],
                )
        elif kind == "unallocate":
            _, index, part, offset = op
            allocation = session.scalars(
                select(Allocation)
                .where(Allocation.reverses_id.is_(None), Allocation.write_off_id.is_(None))
                .order_by(Allocation.id)
            ).all()
            if allocation:
                row = allocation[index % len(allocation)]
                value = max(int((Decimal(row.amount_minor) * part).to_integral_value()), 1)
                ledger.unallocate(
                    books.uow(), allocation_id=row.id, on=START + timedelta(days=offset), amount=_cents(value)
                )
        elif kind == "write_off":
            _, target, part, offset = op
            installment = _pick(session, Installment, target)
            if installment:
                value = max(int((Decimal(installment.amount_minor) * part).to_integral_value()), 1)
                filed = approvals.request_write_off(
                    books.uow(),
                    customer_code=f"C{installment.customer_id - 1}",
                    on=START + timedelta(days=offset),
                    reason="无法收回",
                    lines=[AllocationLine(installment.id, _cents(value))],
                )
                approvals.decide(books.approver(), filed.id, approve=True)
        elif kind == "reverse":
            _, doc_kind, index, offset = op
            model = {
                "invoice": Invoice,
                "receipt": Receipt,
                "credit_note": CreditNote,
                "write_off": WriteOff,
            }[doc_kind]
            document = _pick(session, model, index)
            if document:
                ledger.reverse(
                    books.uow(),
                    kind=doc_kind,
                    number=document.number,
                    on=START + timedelta(days=offset),
                    reason="更正",
                )
    finally:
        session.close()


def _count(session, model) -> int:
    return session.scalar(select(func.count()).select_from(model))


def _ledger_events(session) -> int:
    """Audit events of ledger changes (a write-off request is filed before it is decided)."""
    return session.scalar(
        select(func.count()).select_from(AuditEvent).where(AuditEvent.action != "approval.request")
    )


def _snapshot(book) -> dict:
    """Every posted row's content: invariant 1 says a row once seen never changes or disappears. The
    unsealed columns may (a due date set when an awaited event happens, the settled-on date)."""
    rows = {}
    with book.sessions() as session:
        for model in POSTED:
            columns = [c for c in model.__table__.columns if c.name not in model.unsealed_columns]
            for row in session.execute(select(*columns)):
                rows[(model.__tablename__, row[0])] = tuple(row)
    return rows


def _check_settled_on(session) -> None:
    """`settled_on` of every installment, receipt and credit note is what its allocation rows say."""
    for model, column in (
        (Installment, Allocation.installment_id),
        (Receipt, Allocation.receipt_id),
        (CreditNote, Allocation.credit_note_id),
    ):
        allocations = defaultdict(list)
        for key, day, minor in session.execute(
            select(column, Allocation.alloc_date, Allocation.amount_minor)
        ):
            allocations[key].append((day, minor))
        for row_id, amount_minor, stored in session.execute(
            select(model.id, model.amount_minor, model.settled_on)
        ):
            expected = settled_on(allocations.get(row_id, ()), amount_minor)
            assert stored == expected, f"{model.__tablename__} {row_id}: settled_on {stored}, not {expected}"


def _check_invariants(book, before: dict) -> dict:
    after = _snapshot(book)
    for key, values in before.items():
        assert after.get(key) == values, f"posted row {key} changed"
    with book.sessions() as session:
        for installment_id, amount_minor, allocated in session.execute(
            select(
                Installment.id, Installment.amount_minor, func.coalesce(func.sum(Allocation.amount_minor), 0)
            )
            .outerjoin(Allocation, Allocation.installment_id == Installment.id)
            .group_by(Installment.id, Installment.amount_minor)
        ):
            assert 0 <= allocated <= amount_minor, (
                f"installment {installment_id}: {allocated} of {amount_minor}"
            )
        for model, column in ((Receipt, Allocation.receipt_id), (CreditNote, Allocation.credit_note_id)):
            for doc_id, amount_minor, applied in session.execute(
                select(model.id, model.amount_minor, func.coalesce(func.sum(Allocation.amount_minor), 0))
                .outerjoin(Allocation, column == model.id)
                .group_by(model.id, model.amount_minor)
            ):
                assert 0 <= applied <= amount_minor, f"{model.__tablename__} {doc_id} over-applied"
        for offset in (0, 15, 31, 59, 90, 151, 400):
            as_of = START + timedelta(days=offset)
            for summary in balance_summary(session, as_of):
                assert summary.ties, (
                    f"{as_of}: open items path {summary.balance} ≠ ledger {summary.ledger_balance}"
                )
            for item in open_items(session, as_of):
                assert Decimal(0) < item.open_amount.amount <= item.amount.amount
            # The aging reads only what is not settled by D; the open-item path reads every row.
            aging = defaultdict(Decimal)
            for row in aging_report(session, as_of, group_by=GroupBy.CURRENCY).rows:
                aging[row.currency] += row.total.amount
            for summary in balance_summary(session, as_of):
                assert aging.pop(summary.currency, Decimal(0)) == summary.balance.amount, as_of
            assert not any(aging.values()), as_of
        _check_settled_on(session)
        assert verify_chain(session).ok
    return after


EXAMPLES = int(os.environ.get("ACCTDESK_PROPERTY_EXAMPLES", "12" if PG_URL else "30"))


@settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
@given(operations=st.lists(operation, min_size=1, max_size=25))
def test_random_postings_keep_the_invariants(template_url, operations):
    with tempfile.TemporaryDirectory() as workdir:
        url = copy_of_template(template_url, Path(workdir))
        book = open_book(url)
        try:
            books = Ledger(book)
            books.customer("C0", "华东客户")
            books.customer("C1", "Northwind Trading Ltd")
            books.approver()
            seen = _snapshot(book)
            for op in operations:
                with book.sessions() as session:
                    events_before = _ledger_events(session)
                try:
                    _apply(books, op)
                except DomainError:
                    assert _snapshot(book) == seen, f"refused {op} left a trace"
                    with book.sessions() as session:
                        assert _ledger_events(session) == events_before
                    continue
                seen = _check_invariants(book, seen)
        finally:
            book.close()
            drop_copy(url)
