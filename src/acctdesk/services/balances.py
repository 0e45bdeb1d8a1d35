"""Who owes what as of a date: open items, unapplied cash, and customer balances.

Two independent paths give the balance. The open-item path: open installments less unapplied
receipts and credit notes, from the installment and allocation rows. The ledger path: the sum of
ledger entries. Invariant 4 of the design says they agree to the cent on every date.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date

from sqlalchemy import func, literal, or_, select, union_all
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    Allocation,
    CreditNote,
    Customer,
    DocumentKind,
    Installment,
    Invoice,
    LedgerEntry,
    Receipt,
    Reversal,
)
from acctdesk.model.money import Money


@dataclass(frozen=True)
class OpenItem:
    installment_id: int
    customer_code: str
    customer_name: str
    invoice_number: str
    seq: int
    invoice_date: date
    due_date: date | None
    awaiting_event: str | None
    retention: bool
    amount: Money
    open_amount: Money
    days_overdue: int  # 0 when not yet due or awaiting an event; due on the as-of date is 0


@dataclass(frozen=True)
class UnappliedCredit:
    kind: str  # receipt or credit_note
    id: int
    number: str
    customer_code: str
    document_date: date
    amount: Money
    unapplied: Money


@dataclass(frozen=True)
class CustomerBalance:
    customer_code: str
    customer_name: str
    currency: str
    balance: Money


def not_reversed_by(kind: str, id_column, as_of: date):
    """True for documents that were not reversed on or before the as-of date."""
    reversed_ids = select(Reversal.document_id).where(
        Reversal.document_kind == kind, Reversal.reversal_date <= as_of
    )
    return id_column.not_in(reversed_ids)


def settled_on(allocations: Iterable[tuple[date, int]], amount_minor: int) -> date | None:
    """The day from which dated allocation amounts cover `amount_minor` in full and keep doing so on
    every later day; None when they do not cover it at the end. From that day on, what is open of the
    installment (or unapplied of the receipt or credit note) is zero on every date."""
    by_day: dict[date, int] = defaultdict(int)
    for day, minor in allocations:
        by_day[day] += minor
    running, since = 0, None
    for day in sorted(by_day):
        running += by_day[day]
        if running != amount_minor:
            since = None
        elif since is None:
            since = day
    return since


def _settled_models() -> dict:
    return {
        Installment: Allocation.installment_id,
        Receipt: Allocation.receipt_id,
        CreditNote: Allocation.credit_note_id,
    }


def refresh_settled_on(session: Session, model, ids: Iterable[int | None]) -> None:
    """Set `settled_on` of these installments, receipts or credit notes from all their allocation
    rows. The ledger services call it after writing allocation rows, in the same transaction."""
    column = _settled_models()[model]
    wanted = sorted({i for i in ids if i is not None})
    for start in range(0, len(wanted), 500):
        chunk = wanted[start : start + 500]
        allocations: dict[int, list[tuple[date, int]]] = defaultdict(list)
        for key, day, minor in session.execute(
            select(column, Allocation.alloc_date, func.sum(Allocation.amount_minor))
            .where(column.in_(chunk))
            .group_by(column, Allocation.alloc_date)
        ):
            allocations[key].append((day, minor))
        for row in session.scalars(select(model).where(model.id.in_(chunk))):
            value = settled_on(allocations.get(row.id, ()), row.amount_minor)
            if row.settled_on != value:
                row.settled_on = value


def open_on(model, as_of: date):
    """True for the installments, receipts or credit notes not settled in full by D (`settled_on`):
    the only ones with something open or unapplied on D. The aging reads only these; the balance
    summary's open-item path reads every row, so the two check each other."""
    return or_(model.settled_on.is_(None), model.settled_on > as_of)


def allocated_as_of(as_of: date, customer_id: int | None = None):
    """Per installment: the amount allocated by receipts, credit notes and write-offs dated ≤ D."""
    query = select(Allocation.installment_id, func.sum(Allocation.amount_minor).label("allocated")).where(
        Allocation.alloc_date <= as_of
    )
    if customer_id is not None:
        query = query.where(Allocation.customer_id == customer_id)
    return query.group_by(Allocation.installment_id).subquery("allocated")


def allocated_for_installment(as_of: date):
    """Correlated: what was allocated to the outer query's installment by D. One seek per
    installment in the covering index, which beats joining a grouped subquery on SQLite."""
    return (
        select(func.sum(Allocation.amount_minor))
        .where(Allocation.installment_id == Installment.id, Allocation.alloc_date <= as_of)
        .scalar_subquery()
    )


def open_items_query(as_of: date, customer_id: int | None = None):
    allocated = allocated_as_of(as_of, customer_id)
    open_minor = (Installment.amount_minor - func.coalesce(allocated.c.allocated, 0)).label("open_minor")
    query = (
        select(
            Installment.id,
            Customer.code,
            Customer.name,
            Invoice.number,
            Installment.seq,
            Installment.invoice_date,
            Installment.due_date,
            Installment.awaiting_event,
            Installment.retention,
            Installment.currency,
            Installment.amount_minor,
            open_minor,
        )
        .join(Invoice, Invoice.id == Installment.invoice_id)
        .join(Customer, Customer.id == Installment.customer_id)
        .outerjoin(allocated, allocated.c.installment_id == Installment.id)
        .where(
            Installment.invoice_date <= as_of,
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, as_of),
            open_minor != 0,
        )
    )
    if customer_id is not None:
        query = query.where(Installment.customer_id == customer_id)
    return query


def open_items(
    session: Session,
    as_of: date,
    customer_id: int | None = None,
    *,
    limit: int | None = None,
    offset: int = 0,
) -> list[OpenItem]:
    query = open_items_query(as_of, customer_id).order_by(
        Customer.code,
        Installment.due_date.is_(None),
        Installment.due_date,
        Invoice.number,
        Installment.seq,
    )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    items = []
    for row in session.execute(query):
        days = (as_of - row.due_date).days if row.due_date is not None else 0
        items.append(
            OpenItem(
                installment_id=row.id,
                customer_code=row.code,
                customer_name=row.name,
                invoice_number=row.number,
                seq=row.seq,
                invoice_date=row.invoice_date,
                due_date=row.due_date,
                awaiting_event=row.awaiting_event,
                retention=row.retention,
                amount=Money.from_minor(row.amount_minor, row.currency),
                open_amount=Money.from_minor(row.open_minor, row.currency),
                days_overdue=max(days, 0),
            )
        )
    return items


def _credits_query(
    kind: str, model, date_column, fk_column, as_of: date, customer_id: int | None, skip_settled: bool = False
):
    applied = (
        select(func.coalesce(func.sum(Allocation.amount_minor), 0))
        .where(fk_column == model.id, Allocation.alloc_date <= as_of)
        .scalar_subquery()
    )
    documents = select(
        literal(kind).label("kind"),
        model.id,
        model.number,
        model.customer_id,
        model.currency,
        date_column.label("document_date"),
        model.amount_minor,
        (model.amount_minor - applied).label("unapplied_minor"),
    ).where(date_column <= as_of, not_reversed_by(kind, model.id, as_of))
    if skip_settled:
        documents = documents.where(open_on(model, as_of))
    if customer_id is not None:
        documents = documents.where(model.customer_id == customer_id)
    # Filter outside so the applied sum is computed once per document, not twice.
    inner = documents.subquery()
    return select(inner).where(inner.c.unapplied_minor != 0)


def unapplied_credits_query(as_of: date, customer_id: int | None = None, *, skip_settled: bool = False):
    """Receipts and credit notes with something unapplied on D; `skip_settled` reads only those not
    settled by D (the aging's way; the same rows, without visiting the ones applied long ago)."""
    return union_all(
        _credits_query(
            DocumentKind.RECEIPT,
            Receipt,
            Receipt.receipt_date,
            Allocation.receipt_id,
            as_of,
            customer_id,
            skip_settled,
        ),
        _credits_query(
            DocumentKind.CREDIT_NOTE,
            CreditNote,
            CreditNote.note_date,
            Allocation.credit_note_id,
            as_of,
            customer_id,
            skip_settled,
        ),
    ).subquery("credits")


def unapplied_credits(session: Session, as_of: date, customer_id: int | None = None) -> list[UnappliedCredit]:
    credits = unapplied_credits_query(as_of, customer_id)
    query = (
        select(credits, Customer.code)
        .join(Customer, Customer.id == credits.c.customer_id)
        .order_by(Customer.code, credits.c.document_date, credits.c.number)
    )
    return [
        UnappliedCredit(
            kind=row.kind,
            id=row.id,
            number=row.number,
            customer_code=row.code,
            document_date=row.document_date,
            amount=Money.from_minor(row.amount_minor, row.currency),
            unapplied=Money.from_minor(row.unapplied_minor, row.currency),
        )
        for row in session.execute(query)
    ]


def ledger_balances(session: Session, as_of: date, customer_id: int | None = None) -> list[CustomerBalance]:
    """Balances from the ledger entries: the sum of every posting dated ≤ D, per customer and currency."""
    query = (
        select(
            Customer.code,
            Customer.name,
            LedgerEntry.currency,
            func.sum(LedgerEntry.amount_minor).label("balance_minor"),
        )
        .join(Customer, Customer.id == LedgerEntry.customer_id)
        .where(LedgerEntry.entry_date <= as_of)
        .group_by(Customer.code, Customer.name, LedgerEntry.currency)
        .having(func.sum(LedgerEntry.amount_minor) != 0)
        .order_by(Customer.code, LedgerEntry.currency)
    )
    if customer_id is not None:
        query = query.where(LedgerEntry.customer_id == customer_id)
    return [
        CustomerBalance(row.code, row.name, row.currency, Money.from_minor(row.balance_minor, row.currency))
        for row in session.execute(query)
    ]


@dataclass(frozen=True)
class BalanceSummary:
    """Per currency: open items, unapplied cash and credit, and the balance by both paths."""

    currency: str
    open_items: Money
    unapplied_cash: Money
    unallocated_credit: Money
    balance: Money  # open items − unapplied cash − unallocated credit
    ledger_balance: Money  # Σ ledger entries

    @property
    def ties(self) -> bool:
        return self.balance == self.ledger_balance


def balance_summary(session: Session, as_of: date, customer_id: int | None = None) -> list[BalanceSummary]:
    """Both paths to the receivables balance as of D, side by side, per currency."""
    items = open_items_query(as_of, customer_id).subquery()
    open_by_currency = dict(
        session.execute(
            select(items.c.currency, func.sum(items.c.open_minor)).group_by(items.c.currency)
        ).all()
    )
    credits = unapplied_credits_query(as_of, customer_id)
    cash: dict[str, int] = defaultdict(int)
    credit: dict[str, int] = defaultdict(int)
    for kind, currency, minor in session.execute(
        select(credits.c.kind, credits.c.currency, func.sum(credits.c.unapplied_minor)).group_by(
            credits.c.kind, credits.c.currency
        )
    ):
        (cash if kind == DocumentKind.RECEIPT else credit)[currency] += minor
    ledger_query = select(LedgerEntry.currency, func.sum(LedgerEntry.amount_minor)).where(
        LedgerEntry.entry_date <= as_of
    )
    if customer_id is not None:
        ledger_query = ledger_query.where(LedgerEntry.customer_id == customer_id)
    ledger = dict(session.execute(ledger_query.group_by(LedgerEntry.currency)).all())
    currencies = sorted(set(open_by_currency) | set(cash) | set(credit) | set(ledger))
    summaries = []
    for currency in currencies:
        open_minor = open_by_currency.get(currency, 0) or 0
        summaries.append(
            BalanceSummary(
                currency=currency,
                open_items=Money.from_minor(open_minor, currency),
                unapplied_cash=Money.from_minor(cash[currency], currency),
                unallocated_credit=Money.from_minor(credit[currency], currency),
                balance=Money.from_minor(open_minor - cash[currency] - credit[currency], currency),
                ledger_balance=Money.from_minor(ledger.get(currency, 0) or 0, currency),
            )
        )
    return summaries
