"""Aging (账龄) as of any date: open amounts by days overdue or by invoice age, summed in the database.

Buckets are bounds in days, compared as dates: with as-of D and basis "due", an installment due on
or after D is not yet due; one due between D−30 and D−1 is 1–30 days overdue, and so on. Comparing
dates rather than computing day counts keeps the query portable and lets it use the due-date index.
Retention (质保金) and installments awaiting an event have their own columns; so do installments
in dispute (争议款) on D, whatever their age, until the dispute is resolved. Unapplied cash and
unallocated credit notes are a negative column, so buckets + those columns = the receivables balance.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal
from enum import StrEnum

from sqlalchemy import and_, case, exists, func, or_, select, union_all
from sqlalchemy.orm import Session

from acctdesk.model.entities import Customer, CustomerGroup, Dispute, DocumentKind, Installment
from acctdesk.model.money import Money, MoneyError
from acctdesk.services.balances import (
    OpenItem,
    allocated_for_installment,
    ledger_balances,
    not_reversed_by,
    unapplied_credits_query,
)
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _

# Upper bounds in days of the overdue buckets after "not yet due"; the last bucket is open-ended.
DEFAULT_BOUNDS = (30, 60, 90, 180, 365)
BUCKETS_SETTING = "aging.bounds"


class Basis(StrEnum):
    DUE = "due"  # days overdue: as-of date − due date
    INVOICE = "invoice"  # days since the invoice date


class GroupBy(StrEnum):
    CUSTOMER = "customer"
    GROUP = "group"
    SALESPERSON = "salesperson"
    COLLECTOR = "collector"
    CURRENCY = "currency"


@dataclass(frozen=True)
class Bucket:
    index: int
    low: int | None  # days, inclusive; None for "not yet due"
    high: int | None  # days, inclusive; None for the open-ended last bucket

    @property
    def key(self) -> str:
        if self.low is None:
            return "current"
        return f"{self.low}-{self.high}" if self.high is not None else f"over-{self.low - 1}"


def buckets_from_bounds(bounds: tuple[int, ...] | list[int]) -> tuple[Bucket, ...]:
    """(30, 60, 90) → not yet due, 1–30, 31–60, 61–90, over 90."""
    bounds = tuple(int(b) for b in bounds)
    if not bounds or any(b <= 0 for b in bounds) or list(bounds) != sorted(set(bounds)):
        raise ValidationError(
            _("aging buckets must be increasing whole numbers of days above zero, not {bounds}").format(
                bounds=list(bounds)
            ),
            field="buckets",
        )
    buckets = [Bucket(0, None, 0)]
    low = 1
    for index, high in enumerate(bounds, start=1):
        buckets.append(Bucket(index, low, high))
        low = high + 1
    buckets.append(Bucket(len(bounds) + 1, low, None))
    return tuple(buckets)


DEFAULT_BUCKETS = buckets_from_bounds(DEFAULT_BOUNDS)


def book_buckets(session: Session) -> tuple[Bucket, ...]:
    from acctdesk.services.settings import get_setting

    return buckets_from_bounds(get_setting(session, BUCKETS_SETTING, list(DEFAULT_BOUNDS)))


def _age_column(basis: Basis):
    return Installment.due_date if basis == Basis.DUE else Installment.invoice_date


def bucket_index_expression(as_of: date, basis: Basis, buckets: tuple[Bucket, ...]):
    """SQL CASE giving each dated installment its bucket index by comparing dates."""
    column = _age_column(basis)
    whens = [(column >= as_of - timedelta(days=bucket.high), bucket.index) for bucket in buckets[:-1]]
    return case(*whens, else_=buckets[-1].index)


@dataclass(frozen=True)
class AgingRow:
    key: str  # customer code, group code, salesperson, collector or currency
    label: str  # customer or group name; the key otherwise
    currency: str
    buckets: tuple[Money, ...]
    awaiting_event: Money
    retention: Money
    unapplied: Money  # unapplied cash and unallocated credit notes, ≤ 0
    disputed: Money | None = None  # open installments in dispute on the as-of date, whatever their age

    def __post_init__(self) -> None:
        if self.disputed is None:
            object.__setattr__(self, "disputed", Money.zero(self.currency))

    @property
    def total(self) -> Money:
        """Buckets + awaiting + retention + disputed + unapplied = this row's receivables balance."""
        return _total(
            self.currency, [self.awaiting_event, self.retention, self.disputed, self.unapplied, *self.buckets]
        )

    @property
    def overdue(self) -> Money:
        return _total(self.currency, self.buckets[1:])


def _total(currency: str, amounts) -> Money:
    """The sum of amounts of one currency: their decimals added, one Money made (a report of thousands of
    rows adds tens of thousands of amounts)."""
    result = Decimal(0)
    for amount in amounts:
        if amount.currency != currency:
            raise MoneyError(_("cannot combine {a} with {b}").format(a=currency, b=amount.currency))
        result += amount.amount
    return Money(result, currency)


@dataclass(frozen=True)
class AgingReport:
    as_of: date
    basis: Basis
    group_by: GroupBy
    buckets: tuple[Bucket, ...]
    rows: tuple[AgingRow, ...]

    def totals(self) -> tuple[AgingRow, ...]:
        """One total row per currency (amounts of different currencies are never added)."""
        by_currency: dict[str, list[AgingRow]] = defaultdict(list)
        for row in self.rows:
            by_currency[row.currency].append(row)
        return tuple(_sum_rows(currency, currency, rows) for currency, rows in sorted(by_currency.items()))


def _sum_rows(key: str, label: str, rows: list[AgingRow]) -> AgingRow:
    currency = rows[0].currency
    width = len(rows[0].buckets)

    def total(values):
        return _total(currency, values)

    return AgingRow(
        key=key,
        label=label,
        currency=currency,
        buckets=tuple(total(r.buckets[i] for r in rows) for i in range(width)),
        awaiting_event=total(r.awaiting_event for r in rows),
        retention=total(r.retention for r in rows),
        unapplied=total(r.unapplied for r in rows),
        disputed=total(r.disputed for r in rows),
    )


# Column codes in the per-customer sums: bucket indexes are ≥ 0.
AWAITING, RETENTION, DISPUTED = -1, -2, -3


def in_dispute(as_of: date):
    """True for the outer query's installment while a dispute about it is open on D."""
    return exists(
        select(Dispute.id).where(
            Dispute.installment_id == Installment.id,
            Dispute.opened_on <= as_of,
            or_(Dispute.resolved_on.is_(None), Dispute.resolved_on > as_of),
        )
    )


def _open_installments(as_of: date, basis: Basis, buckets, customer_id: int | None, only=None):
    """(customer_id, currency, column, open_minor) of the installments dated ≤ D, not reversed by D
    and not settled in full by D (`settled_on` NULL or after D): what was settled by D is zero on D, and
    on a book of a million invoices most were paid long ago, so this reads a few percent of the rows,
    each with its seek for "allocated by D". The never-settled and the settled-after-D installments are
    read by two searches of the settled-on index, joined: written as one OR, SQLite scans every row."""
    open_minor = (Installment.amount_minor - func.coalesce(allocated_for_installment(as_of), 0)).label(
        "open_minor"
    )
    special = [(Installment.retention.is_(True), RETENTION)]
    if basis == Basis.DUE:  # by invoice date an awaited installment still has an age
        special.append((Installment.due_date.is_(None), AWAITING))
    column = case(*special, else_=bucket_index_expression(as_of, basis, buckets)).label("column")

    def part(not_settled):
        query = select(Installment.customer_id, Installment.currency, column, open_minor).where(
            Installment.invoice_date <= as_of,
            not_settled,
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, as_of),
        )
        if customer_id is not None:
            query = query.where(Installment.customer_id == customer_id)
        return query.where(only) if only is not None else query

    return union_all(part(Installment.settled_on.is_(None)), part(Installment.settled_on > as_of)).subquery(
        "open_installments"
    )


def _sums_query(installments):
    return select(
        installments.c.customer_id,
        installments.c.currency,
        installments.c.column,
        func.sum(installments.c.open_minor),
    ).group_by(installments.c.customer_id, installments.c.currency, installments.c.column)


def _customer_sums(session: Session, as_of: date, basis: Basis, buckets, customer_id: int | None):
    """{(customer_id, currency): {column code: minor}} in one grouped query, of what is open on D
    (`_open_installments`; receipts and credit notes likewise read only when not applied in full by D)."""
    query = _sums_query(_open_installments(as_of, basis, buckets, customer_id))
    sums: dict[tuple[int, str], dict[int, int]] = defaultdict(lambda: defaultdict(int))
    for cust, currency, code, minor in session.execute(query):
        if minor:
            sums[(cust, currency)][code] += minor
    # Disputes are few: move the disputed part out of the column it was summed in, rather than make
    # the main query test every installment for a dispute.
    disputed = _sums_query(
        _open_installments(
            as_of,
            basis,
            buckets,
            customer_id,
            and_(
                Installment.id.in_(select(Dispute.installment_id).where(Dispute.opened_on <= as_of)),
                in_dispute(as_of),
            ),
        )
    )
    for cust, currency, code, minor in session.execute(disputed):
        if minor:
            sums[(cust, currency)][code] -= minor
            sums[(cust, currency)][DISPUTED] += minor
    credits = unapplied_credits_query(as_of, customer_id, skip_settled=True)
    for cust, currency, minor in session.execute(
        select(credits.c.customer_id, credits.c.currency, func.sum(credits.c.unapplied_minor)).group_by(
            credits.c.customer_id, credits.c.currency
        )
    ):
        if minor:
            sums[(cust, currency)]["unapplied"] = -minor
    return sums


def _group_keys(session: Session, group_by: GroupBy, customer_ids) -> dict[int, tuple[str, str]]:
    if not customer_ids:
        return {}
    query = (
        select(
            Customer.id,
            Customer.code,
            Customer.name,
            Customer.salesperson,
            Customer.collector,
            CustomerGroup.code,
            CustomerGroup.name,
        )
        .outerjoin(CustomerGroup, CustomerGroup.id == Customer.group_id)
        .where(Customer.id.in_(list(customer_ids)))
    )
    keys = {}
    for cid, code, name, salesperson, collector, group_code, group_name in session.execute(query):
        keys[cid] = {
            GroupBy.CUSTOMER: (code, name),
            GroupBy.GROUP: (group_code or code, group_name or name),
            GroupBy.SALESPERSON: (salesperson or "—", salesperson or "—"),
            GroupBy.COLLECTOR: (collector or "—", collector or "—"),
            GroupBy.CURRENCY: ("", ""),
        }[group_by]
    return keys


def aging_report(
    session: Session,
    as_of: date,
    *,
    basis: Basis | str = Basis.DUE,
    group_by: GroupBy | str = GroupBy.CUSTOMER,
    buckets: tuple[Bucket, ...] | None = None,
    customer_id: int | None = None,
) -> AgingReport:
    basis, group_by = Basis(basis), GroupBy(group_by)
    buckets = buckets or book_buckets(session)
    sums = _customer_sums(session, as_of, basis, buckets, customer_id)
    keys = _group_keys(session, group_by, {cid for cid, _ in sums})
    grouped: dict[tuple[str, str], dict] = defaultdict(lambda: defaultdict(int))  # minor units per column
    labels: dict[tuple[str, str], str] = {}
    for (cid, currency), columns in sums.items():
        key, label = keys[cid]
        if group_by == GroupBy.CURRENCY:
            key = label = currency
        for code, minor in columns.items():
            grouped[(key, currency)][code] += minor
        labels[(key, currency)] = label
    zeros: dict[str, Money] = {}  # most cells of a big report are zero: one (immutable) Money for them

    def money(minor: int, currency: str) -> Money:
        if minor:
            return Money.from_minor(minor, currency)
        if currency not in zeros:
            zeros[currency] = Money.zero(currency)
        return zeros[currency]

    rows = []
    for key, currency in sorted(grouped):
        columns = grouped[(key, currency)]
        rows.append(
            AgingRow(
                key=key,
                label=labels[(key, currency)],
                currency=currency,
                buckets=tuple(money(columns.get(b.index, 0), currency) for b in buckets),
                awaiting_event=money(columns.get(AWAITING, 0), currency),
                retention=money(columns.get(RETENTION, 0), currency),
                unapplied=money(columns.get("unapplied", 0), currency),
                disputed=money(columns.get(DISPUTED, 0), currency),
            )
        )
    return AgingReport(as_of, basis, group_by, buckets, tuple(rows))


def aging_items(
    session: Session,
    as_of: date,
    *,
    basis: Basis | str = Basis.DUE,
    bucket: Bucket | None = None,
    column: str | None = None,
    customer_id: int | None = None,
    currency: str | None = None,
    buckets: tuple[Bucket, ...] | None = None,
) -> list[OpenItem]:
    """The open installments behind one aging cell (a bucket, or 'awaiting' / 'retention' / 'disputed')."""
    from acctdesk.services.balances import open_items

    basis = Basis(basis)
    buckets = buckets or book_buckets(session)
    items = open_items(session, as_of, customer_id)
    disputed = set(
        session.scalars(
            select(Dispute.installment_id).where(
                Dispute.opened_on <= as_of, or_(Dispute.resolved_on.is_(None), Dispute.resolved_on > as_of)
            )
        )
    )
    result = []
    for item in items:
        if currency and item.open_amount.currency != currency:
            continue
        if column == "disputed" or item.installment_id in disputed:
            keep = column == "disputed" and item.installment_id in disputed
        elif column == "retention":
            keep = item.retention
        elif column == "awaiting":
            keep = not item.retention and item.due_date is None and basis == Basis.DUE
        else:
            keep = not item.retention and (item.due_date is not None or basis == Basis.INVOICE)
            if keep and bucket is not None:
                keep = bucket_of(item, as_of, basis, buckets) == bucket.index
        if keep:
            result.append(item)
    return result


def bucket_of(item: OpenItem, as_of: date, basis: Basis, buckets: tuple[Bucket, ...]) -> int:
    """The same bucketing as the SQL, for one item (used by drill-down and checked against it)."""
    anchor = item.due_date if basis == Basis.DUE else item.invoice_date
    days = (as_of - anchor).days
    for bucket in buckets[:-1]:
        if days <= bucket.high:
            return bucket.index
    return buckets[-1].index


@dataclass(frozen=True)
class TieOut:
    """The receivables at D by separate paths, side by side; a difference is shown, never hidden."""

    currency: str
    aging_total: Money
    ledger_balance: Money

    @property
    def difference(self) -> Money:
        return self.aging_total - self.ledger_balance

    @property
    def ties(self) -> bool:
        return self.difference.is_zero()


def tie_out(session: Session, as_of: date) -> list[TieOut]:
    report = aging_report(session, as_of, group_by=GroupBy.CURRENCY)
    aging = {row.currency: row.total for row in report.totals()}
    ledger: dict[str, Money] = {}
    for balance in ledger_balances(session, as_of):
        ledger[balance.currency] = (
            ledger.get(balance.currency, Money.zero(balance.currency)) + balance.balance
        )
    return [
        TieOut(
            currency, aging.get(currency, Money.zero(currency)), ledger.get(currency, Money.zero(currency))
        )
        for currency in sorted(set(aging) | set(ledger))
    ]
