"""Receivables metrics over a period: DSO, CEI, ADD, overdue ratio, bad-debt rate, collection rate
and top-10 concentration, per currency, for the book, a customer or a group, and their monthly trend.

Everything is summed in the database per customer and currency by seven grouped queries, whatever
the number of dates: rows are grouped by the index of the first as-of date they count at, and
Python adds each group (not each row) to the dates it covers. A 12-month trend so reads each table
once instead of running the aging thirteen times. Python then only adds up those per-customer sums for
the scope asked for and divides.

Definitions (DESIGN.md, "Metrics"), for a period P = [start, end] of D days:

- AR(d): the receivables balance at the end of day d, Σ ledger entries dated ≤ d (= the aging total).
- Overdue AR(d): open installments due before d (retention past its due date included).
- Current AR(d) = AR(d) − overdue AR(d): items not yet due or awaiting an event, less unapplied cash.
- Open items(d): open installments before unapplied cash — the base of the overdue ratio, so that it
  stays within 0–1 when a customer has paid ahead.
- Credit sales in P: invoices dated in P less invoice reversals dated in P (ledger entries).
"""

from __future__ import annotations

import calendar
from collections import defaultdict
from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum

from sqlalchemy import and_, case, func, or_, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    Allocation,
    Customer,
    CustomerGroup,
    DocumentKind,
    Installment,
    LedgerEntry,
    Reversal,
)
from acctdesk.model.money import Money
from acctdesk.services.customers import customer_by_code, group_by_code
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _

TOP_N = 10
DAYS = Decimal("0.1")
PERCENT = Decimal("0.01")
RATIO = Decimal("0.0001")


class MetricsBy(StrEnum):
    CUSTOMER = "customer"
    GROUP = "group"


@dataclass(frozen=True)
class Period:
    start: date
    end: date

    @property
    def days(self) -> int:
        return (self.end - self.start).days + 1


@dataclass(frozen=True)
class Metrics:
    """One currency's metrics for one period and scope, with the figures they come from."""

    currency: str
    start: date
    end: date
    days: int
    ar_start: Money  # AR at the end of the day before the start
    ar_end: Money
    current_end: Money  # AR at the end less overdue AR at the end
    overdue_end: Money
    open_items_end: Money
    credit_sales: Money
    write_offs: Money
    fell_due: Money  # installments due in P, less credit notes applied to them by the end
    collected: Money  # receipts applied by the end of P to what fell due in P
    top10_share: Money  # AR of the 10 largest customers (positive balances only)
    positive_ar: Money  # Σ positive customer balances, the base of the concentration
    dso: Decimal | None  # days
    best_possible_dso: Decimal | None  # days
    add: Decimal | None  # days
    cei: Decimal | None  # percent, 0–100
    overdue_ratio: Decimal | None  # fraction 0–1
    bad_debt_rate: Decimal | None  # fraction
    collection_rate: Decimal | None  # fraction 0–1
    top10_concentration: Decimal | None  # fraction 0–1


@dataclass(frozen=True)
class MetricsRow:
    """Metrics of one customer or group (key: its code) in one currency."""

    key: str
    label: str
    metrics: Metrics


@dataclass(frozen=True)
class TrendPoint:
    month: str  # YYYY-MM
    period: Period
    metrics: tuple[Metrics, ...]  # one per currency


# ---------------------------------------------------------------------------------------------
# Periods


def month_period(month: str) -> Period:
    """'2026-10' → 2026-10-01..2026-10-31."""
    try:
        year, number = (int(part) for part in month.split("-"))
        first = date(year, number, 1)
    except ValueError:
        raise ValidationError(
            _("'{month}' is not a month (use YYYY-MM)").format(month=month), field="period"
        ) from None
    return Period(first, first.replace(day=calendar.monthrange(year, number)[1]))


def trend_periods(as_of: date, months: int) -> list[Period]:
    """The `months` calendar months up to the one holding `as_of`; that last one runs to `as_of`."""
    if not 1 <= months <= 120:
        raise ValidationError(
            _("a trend covers 1 to 120 months, not {months}").format(months=months), field="months"
        )
    periods = []
    first = as_of.replace(day=1)
    end = as_of
    for _month in range(months):
        periods.append(Period(first, end))
        end = first - timedelta(days=1)
        first = end.replace(day=1)
    return periods[::-1]


def _check(period: Period) -> None:
    if period.start > period.end:
        raise ValidationError(
            _("the period starts {start}, after it ends {end}").format(
                start=period.start.isoformat(), end=period.end.isoformat()
            ),
            field="start",
        )


# ---------------------------------------------------------------------------------------------
# The grouped queries: per (customer, currency), one column per date or one group per period


@dataclass
class _Sums:
    """Per customer and currency: positions at each date, flows in each period (minor units)."""

    ar: list[int]
    open: list[int]
    overdue: list[int]
    sales: list[int]
    write_offs: list[int]
    fell_due: list[int]
    collected: list[int]


def _invoice_reversals():
    return (
        select(Reversal.document_id.label("invoice_id"), Reversal.reversal_date)
        .where(Reversal.document_kind == DocumentKind.INVOICE)
        .subquery("invoice_reversal")
    )


def _live(on, reversal):
    """The installment is on the books at the end of day `on`: invoiced, and not reversed by then."""
    return and_(
        Installment.invoice_date <= on,
        or_(reversal.c.reversal_date.is_(None), reversal.c.reversal_date > on),
    )


def _in_scope(query, column, customer_ids):
    return query if customer_ids is None else query.where(column.in_(customer_ids))


def _total(expression):
    return func.coalesce(func.sum(expression), 0)


def _first_date_on_or_after(column, dates: Sequence[date]):
    """The index of the first as-of date on or after the row's (non-null) date: the row counts at
    that date and every later one. One CASE per row, and its first test is the one most rows meet."""
    return case(*[(column <= on, k) for k, on in enumerate(dates)], else_=len(dates))


def _last_date_on_or_before(column, dates: Sequence[date]):
    """The index of the last as-of date on or before the row's date (−1 if none; the width if the
    date is NULL): an installment is not yet due at as-of dates up to that index."""
    return case(
        (column.is_(None), len(dates)),
        *[(column < on, k - 1) for k, on in enumerate(dates)],
        else_=len(dates) - 1,
    )


def _positions(session: Session, dates: Sequence[date], customer_ids) -> dict:
    """{(customer, currency): [AR, open items, not-yet-due open items, invoiced, written off], each
    a list by as-of date} in five grouped queries however many the dates.

    Rather than one SUM(CASE …) column per date, each query groups its rows by the index of the
    first as-of date they count at (and, for installments, the last date they are not yet due
    at, and the first date their invoice stands reversed at); Python then adds each group to the
    dates it covers. The queries:

    1. installments (the covering aging index): what was invoiced, and when it falls due; those of
       reversed invoices apart, so that the big scan joins nothing;
    2. allocations, without a join: what was applied by each date. Allocations of an invoice
       reversed by then net to zero (a reversal releases them on its date), and none is dated
       before its invoice, so this is what was applied to the installments of (1);
    3. allocations to installments not yet due at the earliest date (the due-date index, so only
       recent installments are read), to take them off the not-yet-due open items;
    4. ledger entries: the balance at each date, and invoices and write-offs between dates.
    Overdue open items = open items − not-yet-due open items.

    The date index leads each GROUP BY so that no index on customer_id can offer the grouping
    order: SQLite would then read the whole table through that index, a row fetch at a time."""
    width = len(dates)
    last = dates[-1]
    result: dict[tuple[int, str], list[list[int]]] = defaultdict(lambda: [[0] * width for _ in range(5)])
    reversal = _invoice_reversals()
    invoiced = _first_date_on_or_after(Installment.invoice_date, dates).label("invoiced")
    reversed_ = _first_date_on_or_after(reversal.c.reversal_date, dates).label("reversed")
    due = _last_date_on_or_before(Installment.due_date, dates).label("due")

    standing = (
        select(Installment.customer_id, Installment.currency, invoiced, due, _total(Installment.amount_minor))
        .where(Installment.invoice_date <= last, Installment.invoice_id.not_in(select(reversal.c.invoice_id)))
        .group_by(Installment.customer_id, Installment.currency, invoiced, due)
    )
    taken_back = (
        select(
            Installment.customer_id,
            Installment.currency,
            invoiced,
            due,
            _total(Installment.amount_minor),
            reversed_,
        )
        .join(reversal, reversal.c.invoice_id == Installment.invoice_id)
        .where(Installment.invoice_date <= last)
        .group_by(Installment.customer_id, Installment.currency, invoiced, due, reversed_)
    )
    for query in (standing, taken_back):
        for customer_id, currency, i, j, minor, *reversed_at in session.execute(
            _in_scope(query, Installment.customer_id, customer_ids)
        ):
            _, open_minor, current, _, _ = result[(customer_id, currency)]
            for k in range(i, reversed_at[0] if reversed_at else width):
                open_minor[k] += int(minor)
                if k <= j:
                    current[k] += int(minor)

    applied = _first_date_on_or_after(Allocation.alloc_date, dates).label("applied")
    query = (
        select(Allocation.customer_id, Allocation.currency, applied, _total(Allocation.amount_minor))
        .where(Allocation.alloc_date <= last)
        .group_by(applied, Allocation.customer_id, Allocation.currency)
    )
    for customer_id, currency, a, minor in session.execute(
        _in_scope(query, Allocation.customer_id, customer_ids)
    ):
        open_minor = result[(customer_id, currency)][1]
        for k in range(a, width):
            open_minor[k] -= int(minor)

    query = (
        select(
            Installment.customer_id,
            Installment.currency,
            applied,
            due,
            reversed_,
            _total(Allocation.amount_minor),
        )
        .select_from(Installment)
        .join(Allocation, Allocation.installment_id == Installment.id)
        .outerjoin(reversal, reversal.c.invoice_id == Installment.invoice_id)
        .where(
            or_(Installment.due_date >= dates[0], Installment.due_date.is_(None)),
            Installment.invoice_date <= last,
            Allocation.alloc_date <= last,
        )
        .group_by(applied, due, reversed_, Installment.customer_id, Installment.currency)
    )
    for customer_id, currency, a, j, r, minor in session.execute(
        _in_scope(query, Installment.customer_id, customer_ids)
    ):
        current = result[(customer_id, currency)][2]
        for k in range(a, min(r, j + 1)):
            current[k] -= int(minor)

    entered = _first_date_on_or_after(LedgerEntry.entry_date, dates).label("entered")
    query = (
        select(
            LedgerEntry.customer_id,
            LedgerEntry.currency,
            entered,
            _total(LedgerEntry.amount_minor),
            _total(
                case((LedgerEntry.document_kind == DocumentKind.INVOICE, LedgerEntry.amount_minor), else_=0)
            ),
            _total(
                case(
                    (LedgerEntry.document_kind == DocumentKind.WRITE_OFF, -LedgerEntry.amount_minor), else_=0
                )
            ),
        )
        .where(LedgerEntry.entry_date <= last)
        .group_by(entered, LedgerEntry.customer_id, LedgerEntry.currency)
    )
    for customer_id, currency, e, minor, invoiced_minor, written_off_minor in session.execute(
        _in_scope(query, LedgerEntry.customer_id, customer_ids)
    ):
        ar, _, _, sales, written_off = result[(customer_id, currency)]
        for k in range(e, width):
            ar[k] += int(minor)
        # Invoiced or written off after the previous as-of date, up to this one.
        sales[e] += int(invoiced_minor)
        written_off[e] += int(written_off_minor)
    return result


def _period_index(column, periods: Sequence[Period]):
    return case(*[(column.between(p.start, p.end), k) for k, p in enumerate(periods)], else_=-1)


def _period_end(column, periods: Sequence[Period]):
    return case(*[(column.between(p.start, p.end), p.end) for p in periods])


def _due_flows(session: Session, periods: Sequence[Period], customer_ids) -> dict:
    """{(customer, currency, period index): [fell due, collected]}, through the due-date index.

    What fell due in P counts as it stood at the end of P: invoices reversed by then are out, and
    credit notes applied to it by then lower it (they were never to be collected)."""
    first, last = periods[0].start, periods[-1].end
    result: dict[tuple[int, str, int], list[int]] = defaultdict(lambda: [0, 0])
    reversal = _invoice_reversals()
    index = _period_index(Installment.due_date, periods).label("period")
    period_end = _period_end(Installment.due_date, periods)
    due = (
        select(Installment.customer_id, Installment.currency, index, _total(Installment.amount_minor))
        .outerjoin(reversal, reversal.c.invoice_id == Installment.invoice_id)
        .where(Installment.due_date.between(first, last), _live(period_end, reversal))
        .group_by(Installment.customer_id, Installment.currency, index)
    )
    for customer_id, currency, k, minor in session.execute(
        _in_scope(due, Installment.customer_id, customer_ids)
    ):
        result[(customer_id, currency, k)][0] += int(minor)
    applied = (
        select(
            Installment.customer_id,
            Installment.currency,
            index,
            _total(case((Allocation.credit_note_id.is_not(None), Allocation.amount_minor), else_=0)),
            _total(case((Allocation.receipt_id.is_not(None), Allocation.amount_minor), else_=0)),
        )
        .select_from(Installment)
        .join(Allocation, Allocation.installment_id == Installment.id)
        .outerjoin(reversal, reversal.c.invoice_id == Installment.invoice_id)
        .where(
            Installment.due_date.between(first, last),
            _live(period_end, reversal),
            Allocation.alloc_date <= period_end,
        )
        .group_by(Installment.customer_id, Installment.currency, index)
    )
    for customer_id, currency, k, credited, received in session.execute(
        _in_scope(applied, Installment.customer_id, customer_ids)
    ):
        row = result[(customer_id, currency, k)]
        row[0] -= int(credited)
        row[1] += int(received)
    return result


def _sums(session: Session, periods: Sequence[Period], customer_ids) -> dict[tuple[int, str], _Sums]:
    """Per customer and currency, for consecutive periods: AR at the day before the first start
    and at each end, the period's flows. Period k runs from as-of date k (excluded) to k + 1."""
    dates = [periods[0].start - timedelta(days=1), *(p.end for p in periods)]
    positions = _positions(session, dates, customer_ids)
    flows = _due_flows(session, periods, customer_ids)
    width = len(periods)
    empty = [[0] * len(dates) for _ in range(5)]
    result = {}
    for key in set(positions) | {(c, cur) for c, cur, _flow in flows}:
        ar, open_minor, current, invoiced, written_off = positions.get(key, empty)
        due = [flows.get((*key, k), [0, 0]) for k in range(width)]
        result[key] = _Sums(
            ar=ar,
            open=open_minor,
            overdue=[o - c for o, c in zip(open_minor, current, strict=True)],
            sales=invoiced[1:],
            write_offs=written_off[1:],
            fell_due=[f[0] for f in due],
            collected=[f[1] for f in due],
        )
    return result


# ---------------------------------------------------------------------------------------------
# From sums to metrics


@dataclass
class _Figures:
    """The sums of one scope in one currency for one period (minor units)."""

    ar_start: int = 0
    ar_end: int = 0
    open_end: int = 0
    overdue_end: int = 0
    sales: int = 0
    write_offs: int = 0
    fell_due: int = 0
    collected: int = 0
    balances: list[int] = field(default_factory=list)  # each customer's AR at the end

    def add(self, sums: _Sums, k: int) -> None:
        self.ar_start += sums.ar[k]
        self.ar_end += sums.ar[k + 1]
        self.open_end += sums.open[k + 1]
        self.overdue_end += sums.overdue[k + 1]
        self.sales += sums.sales[k]
        self.write_offs += sums.write_offs[k]
        self.fell_due += sums.fell_due[k]
        self.collected += sums.collected[k]
        self.balances.append(sums.ar[k + 1])

    def is_empty(self) -> bool:
        return not any(
            (self.ar_start, self.ar_end, self.open_end, self.sales, self.write_offs, self.fell_due)
        )


def _ratio(numerator: int, denominator: int, scale: int = 1) -> Decimal | None:
    if denominator <= 0:
        return None
    return Decimal(numerator * scale) / Decimal(denominator)


def _rounded(value: Decimal | None, quantum: Decimal) -> Decimal | None:
    return None if value is None else value.quantize(quantum, rounding=ROUND_HALF_UP)


def days_sales_outstanding(receivables_minor: int, sales_minor: int, days: int) -> Decimal | None:
    """DSO = AR at the end of a period ÷ credit sales in it × its days, to a tenth of a day; None
    without credit sales. The dashboard's tile and the metrics use this one definition."""
    return _rounded(_ratio(receivables_minor, sales_minor, days), DAYS)


def compute_metrics(currency: str, period: Period, figures: _Figures, top_n: int = TOP_N) -> Metrics:
    """The formulas of DESIGN.md over one scope's sums (pure: no database)."""
    days = period.days
    current_end = figures.ar_end - figures.overdue_end
    positive = sorted((b for b in figures.balances if b > 0), reverse=True)
    top = sum(positive[:top_n])
    collected_in_p = figures.ar_start + figures.sales - figures.ar_end
    money = Money.from_minor
    return Metrics(
        currency=currency,
        start=period.start,
        end=period.end,
        days=days,
        ar_start=money(figures.ar_start, currency),
        ar_end=money(figures.ar_end, currency),
        current_end=money(current_end, currency),
        overdue_end=money(figures.overdue_end, currency),
        open_items_end=money(figures.open_end, currency),
        credit_sales=money(figures.sales, currency),
        write_offs=money(figures.write_offs, currency),
        fell_due=money(figures.fell_due, currency),
        collected=money(figures.collected, currency),
        top10_share=money(top, currency),
        positive_ar=money(sum(positive), currency),
        dso=days_sales_outstanding(figures.ar_end, figures.sales, days),
        best_possible_dso=_rounded(_ratio(current_end, figures.sales, days), DAYS),
        add=_rounded(_ratio(figures.overdue_end, figures.sales, days), DAYS),
        cei=_rounded(_ratio(collected_in_p, collected_in_p + figures.overdue_end, 100), PERCENT),
        overdue_ratio=_rounded(_ratio(figures.overdue_end, figures.open_end), RATIO),
        bad_debt_rate=_rounded(_ratio(figures.write_offs, figures.sales), RATIO),
        collection_rate=_rounded(_ratio(figures.collected, figures.fell_due), RATIO),
        top10_concentration=_rounded(_ratio(top, sum(positive)), RATIO),
    )


def _scope_ids(session: Session, customer: str | None, group: str | None):
    if customer and group:
        raise ValidationError(_("give a customer or a group, not both"), field="customer")
    if customer:
        return [customer_by_code(session, customer).id]
    if group:
        return select(Customer.id).where(Customer.group_id == group_by_code(session, group).id)
    return None


def _by_currency(sums: dict[tuple[int, str], _Sums], k: int) -> dict[str, _Figures]:
    figures: dict[str, _Figures] = defaultdict(_Figures)
    for (_customer, currency), values in sums.items():
        figures[currency].add(values, k)
    return figures


def _metrics_list(figures: dict[str, _Figures], period: Period) -> tuple[Metrics, ...]:
    return tuple(
        compute_metrics(currency, period, figures[currency])
        for currency in sorted(figures)
        if not figures[currency].is_empty()
    )


def period_metrics(
    session: Session, start: date, end: date, *, customer: str | None = None, group: str | None = None
) -> tuple[Metrics, ...]:
    """The metrics of [start, end] per currency, for the book, one customer or one group."""
    period = Period(start, end)
    _check(period)
    sums = _sums(session, [period], _scope_ids(session, customer, group))
    return _metrics_list(_by_currency(sums, 0), period)


def metrics_trend(
    session: Session,
    as_of: date,
    *,
    months: int = 12,
    customer: str | None = None,
    group: str | None = None,
) -> tuple[TrendPoint, ...]:
    """Month by month up to the month of `as_of` (that month to date): one set of queries for all."""
    periods = trend_periods(as_of, months)
    sums = _sums(session, periods, _scope_ids(session, customer, group))
    return tuple(
        TrendPoint(p.start.strftime("%Y-%m"), p, _metrics_list(_by_currency(sums, k), p))
        for k, p in enumerate(periods)
    )


def metrics_by(
    session: Session, start: date, end: date, by: MetricsBy | str = MetricsBy.CUSTOMER
) -> tuple[MetricsRow, ...]:
    """The metrics of every customer, or every key-account group (a customer outside any group
    stands for itself, as in the aging), per currency, ordered by key."""
    by = MetricsBy(by)
    period = Period(start, end)
    _check(period)
    sums = _sums(session, [period], None)
    keys = _keys(session, {customer_id for customer_id, _ in sums}, by)
    grouped: dict[tuple[str, str], _Figures] = defaultdict(_Figures)
    for (customer_id, currency), values in sums.items():
        grouped[(keys[customer_id][0], currency)].add(values, 0)
    labels = dict(keys.values())
    rows = []
    for (key, currency), figures in sorted(grouped.items()):
        if not figures.is_empty():
            metrics = compute_metrics(currency, period, figures)
            if by == MetricsBy.CUSTOMER:  # one customer's "top 10" is itself
                metrics = replace(metrics, top10_concentration=None)
            rows.append(MetricsRow(key, labels[key], metrics))
    return tuple(rows)


def _keys(session: Session, customer_ids: Iterable[int], by: MetricsBy) -> dict[int, tuple[str, str]]:
    ids = list(customer_ids)
    if not ids:
        return {}
    query = (
        select(Customer.id, Customer.code, Customer.name, CustomerGroup.code, CustomerGroup.name)
        .outerjoin(CustomerGroup, CustomerGroup.id == Customer.group_id)
        .where(Customer.id.in_(ids))
    )
    keys = {}
    for customer_id, code, name, group_code, group_name in session.execute(query):
        if by == MetricsBy.GROUP and group_code:
            keys[customer_id] = (group_code, group_name)
        else:
            keys[customer_id] = (code, name)
    return keys
