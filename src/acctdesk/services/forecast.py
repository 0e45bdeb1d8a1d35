"""Cash forecast: the receipts to expect week by week from the open installments, timed by each
customer's own lateness over the last 12 months, and a backtest of that forecast against what came.

- Lateness is learnt from receipt allocations dated in the 12 months to the as-of date: days from
  the installment's due date to the allocation, weighted by amount. A customer with no payment in
  that time is timed by the whole book's history.
- An installment not yet due is expected on its due date plus the customer's average lateness
  (rounded to whole days); one expected on or before the as-of date goes into the first week.
- An overdue installment, d days overdue, is spread by the same history over the payments that
  came more than d days late: it cannot have been paid earlier, since it is still open. When no
  past payment (the customer's, else the book's) was ever that late, it is "beyond history".
- Installments awaiting a contract event have no date to time them by, and disputed ones wait for
  the dispute: both are shown apart. Unapplied cash is not expected: it has arrived.

Week k runs from as_of + 7(k−1) + 1 to as_of + 7k. Amounts per item are shared out over the weeks
by largest remainder, so the weeks, "later", and the columns apart add up to the open items exactly.
"""

from __future__ import annotations

from bisect import bisect_right
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Integer, case, exists, func, literal, or_, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session, aliased
from sqlalchemy.sql.functions import FunctionElement

from acctdesk.model.entities import Allocation, Dispute, DocumentKind, Installment
from acctdesk.model.money import Money
from acctdesk.services.balances import allocated_for_installment, not_reversed_by
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _

HISTORY_DAYS = 365
DATED, AWAITING, DISPUTED = "dated", "awaiting", "disputed"


class days_between(FunctionElement):
    """Whole days from the second date to the first, in SQL (first − second)."""

    type = Integer()
    inherit_cache = True


@compiles(days_between, "sqlite")
def _days_sqlite(element, compiler, **kw):
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"CAST(julianday({later}) - julianday({earlier}) AS INTEGER)"


@compiles(days_between, "postgresql")
def _days_postgresql(element, compiler, **kw):
    later, earlier = (compiler.process(arg, **kw) for arg in element.clauses)
    return f"({later} - {earlier})"


@dataclass(frozen=True)
class Week:
    index: int  # 1 …
    start: date
    end: date


@dataclass(frozen=True)
class CurrencyForecast:
    currency: str
    weeks: tuple[Money, ...]
    later: Money  # expected after the last week
    beyond_history: Money  # overdue longer than any payment in the history: no date to expect
    awaiting_event: Money
    disputed: Money

    @property
    def open_items(self) -> Money:
        result = self.later + self.beyond_history + self.awaiting_event + self.disputed
        for amount in self.weeks:
            result = result + amount
        return result


@dataclass(frozen=True)
class Forecast:
    as_of: date
    weeks: tuple[Week, ...]
    currencies: tuple[CurrencyForecast, ...]


def forecast_weeks(as_of: date, weeks: int) -> tuple[Week, ...]:
    if not 1 <= weeks <= 104:
        raise ValidationError(
            _("a forecast covers 1 to 104 weeks, not {weeks}").format(weeks=weeks), field="weeks"
        )
    return tuple(
        Week(k, as_of + timedelta(days=7 * (k - 1) + 1), as_of + timedelta(days=7 * k))
        for k in range(1, weeks + 1)
    )


# ---------------------------------------------------------------------------------------------
# Lateness


class Lateness:
    """Amount-weighted days late of past payments, as a cumulative histogram for range sums."""

    def __init__(self, days_and_amounts: dict[int, int]) -> None:
        self.days = sorted(d for d, minor in days_and_amounts.items() if minor > 0)
        self.cumulative = []
        running = 0
        for day in self.days:
            running += days_and_amounts[day]
            self.cumulative.append(running)
        self.total = running
        weighted = sum(day * days_and_amounts[day] for day in self.days)
        self.average = (
            int((Decimal(weighted) / Decimal(running)).quantize(Decimal(1), rounding=ROUND_HALF_UP))
            if running
            else 0
        )

    def up_to(self, day: int) -> int:
        """Amount paid at most `day` days late."""
        index = bisect_right(self.days, day)
        return self.cumulative[index - 1] if index else 0

    def between(self, low: int, high: int | None) -> int:
        """Amount paid low..high days late (both included; high None: no upper end)."""
        top = self.total if high is None else self.up_to(high)
        return top - self.up_to(low - 1)


def lateness_by_customer(session: Session, as_of: date) -> tuple[dict[int, Lateness], Lateness]:
    """Each customer's lateness from receipts applied in the 12 months to `as_of`, and the book's."""
    undone = aliased(Allocation)
    days_late = days_between(Allocation.alloc_date, Installment.due_date).label("days_late")
    query = (
        select(Allocation.customer_id, days_late, func.sum(Allocation.amount_minor))
        .join(Installment, Installment.id == Allocation.installment_id)
        .where(
            Allocation.receipt_id.is_not(None),
            Allocation.amount_minor > 0,
            Allocation.alloc_date > as_of - timedelta(days=HISTORY_DAYS),
            Allocation.alloc_date <= as_of,
            Installment.due_date.is_not(None),
            ~exists(select(undone.id).where(undone.reverses_id == Allocation.id)),
        )
        # days_late first: grouped by customer_id first, SQLite would read the table through the
        # customer index, a row fetch at a time, several times slower than a scan.
        .group_by(days_late, Allocation.customer_id)
    )
    per_customer: dict[int, dict[int, int]] = defaultdict(dict)
    book: dict[int, int] = defaultdict(int)
    for customer_id, days, minor in session.execute(query):
        per_customer[customer_id][int(days)] = int(minor)
        book[int(days)] += int(minor)
    return {c: Lateness(h) for c, h in per_customer.items()}, Lateness(book)


# ---------------------------------------------------------------------------------------------
# The forecast


def _open_groups(session: Session, as_of: date):
    """Open amounts at `as_of` per customer, currency, kind (dated, awaiting, disputed) and due date."""
    disputed = Installment.id.in_(
        select(Dispute.installment_id).where(
            Dispute.opened_on <= as_of, or_(Dispute.resolved_on.is_(None), Dispute.resolved_on > as_of)
        )
    )
    kind = case(
        (disputed, literal(DISPUTED)),
        (Installment.due_date.is_(None), literal(AWAITING)),
        else_=literal(DATED),
    )
    items = (
        select(
            Installment.customer_id,
            Installment.currency,
            kind.label("kind"),
            Installment.due_date,
            (Installment.amount_minor - func.coalesce(allocated_for_installment(as_of), 0)).label(
                "open_minor"
            ),
        )
        .where(
            Installment.invoice_date <= as_of,
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, as_of),
        )
        .subquery()
    )
    return session.execute(
        select(
            items.c.customer_id,
            items.c.currency,
            items.c.kind,
            items.c.due_date,
            func.sum(items.c.open_minor),
        )
        .where(items.c.open_minor != 0)
        .group_by(items.c.customer_id, items.c.currency, items.c.kind, items.c.due_date)
    ).all()


class _Accumulator:
    def __init__(self, width: int) -> None:
        self.weeks = [0] * width
        self.later = self.beyond = self.awaiting = self.disputed = 0

    def result(self, currency: str) -> CurrencyForecast:
        money = Money.from_minor
        return CurrencyForecast(
            currency=currency,
            weeks=tuple(money(m, currency) for m in self.weeks),
            later=money(self.later, currency),
            beyond_history=money(self.beyond, currency),
            awaiting_event=money(self.awaiting, currency),
            disputed=money(self.disputed, currency),
        )


def _spread(minor: int, weights: list[int]) -> list[int]:
    """Share whole minor units out by weights exactly: `money.split`'s rule (largest remainder, ties
    to the earlier part) on integers, because a big book has tens of thousands of overdue items."""
    total, sign, magnitude = sum(weights), (-1 if minor < 0 else 1), abs(minor)
    parts = [magnitude * w // total for w in weights]
    order = sorted(range(len(weights)), key=lambda i: (-(magnitude * weights[i] % total), i))
    for i in order[: magnitude - sum(parts)]:
        parts[i] += 1
    return [sign * part for part in parts]


def _place_overdue(total: _Accumulator, minor: int, days_overdue: int, history: Lateness, width: int) -> None:
    """Spread an item d days overdue over the weeks by the payments that came more than d days late."""
    lows = [days_overdue + 7 * k + 1 for k in range(width)]
    weights = [history.between(low, low + 6) for low in lows]
    weights.append(history.between(days_overdue + 7 * width + 1, None))
    if not any(weights):
        total.beyond += minor
        return
    *weekly, later = _spread(minor, weights)
    for k, part in enumerate(weekly):
        total.weeks[k] += part
    total.later += later


def cash_forecast(session: Session, as_of: date, *, weeks: int = 13) -> Forecast:
    """Expected receipts per week for the `weeks` weeks after `as_of`, per currency."""
    calendar = forecast_weeks(as_of, weeks)
    lateness, book = lateness_by_customer(session, as_of)
    totals: dict[str, _Accumulator] = defaultdict(lambda: _Accumulator(weeks))
    for customer_id, currency, kind, due_date, minor in _open_groups(session, as_of):
        minor = int(minor)
        total = totals[currency]
        if kind == AWAITING:
            total.awaiting += minor
        elif kind == DISPUTED:
            total.disputed += minor
        elif due_date >= as_of:
            history = lateness.get(customer_id, book)
            expected = due_date + timedelta(days=history.average)
            k = max((expected - as_of).days, 1)
            if k > 7 * weeks:
                total.later += minor
            else:
                total.weeks[(k - 1) // 7] += minor
        else:
            history = lateness.get(customer_id)
            days_overdue = (as_of - due_date).days
            if history is None or not history.between(days_overdue + 1, None):
                history = book
            _place_overdue(total, minor, days_overdue, history, weeks)
    return Forecast(as_of, calendar, tuple(totals[c].result(c) for c in sorted(totals)))


# ---------------------------------------------------------------------------------------------
# Backtest


@dataclass(frozen=True)
class BacktestWeek:
    week: Week
    forecast: Money
    actual: Money

    @property
    def error(self) -> Money:
        return self.forecast - self.actual


@dataclass(frozen=True)
class CurrencyBacktest:
    currency: str
    weeks: tuple[BacktestWeek, ...]

    @property
    def absolute_error(self) -> Money:
        return Money.from_minor(sum(abs(w.error.minor) for w in self.weeks), self.currency)

    @property
    def actual_total(self) -> Money:
        return Money.from_minor(sum(w.actual.minor for w in self.weeks), self.currency)

    @property
    def forecast_total(self) -> Money:
        return Money.from_minor(sum(w.forecast.minor for w in self.weeks), self.currency)

    @property
    def wape(self) -> Decimal | None:
        """Weighted absolute percentage error: Σ |forecast − actual| ÷ Σ actual, in percent."""
        actual = self.actual_total.minor
        if actual <= 0:
            return None
        return (Decimal(self.absolute_error.minor) * 100 / Decimal(actual)).quantize(Decimal("0.1"))


@dataclass(frozen=True)
class Backtest:
    made_on: date
    until: date
    currencies: tuple[CurrencyBacktest, ...]


def backtest(session: Session, made_on: date, *, weeks: int = 13, until: date | None = None) -> Backtest:
    """The forecast as it would have been made on `made_on` (history to then only), beside the
    receipts then applied week by week to the items it covered; weeks ending after `until` (the
    last day with data, by default the end of the horizon) are left out as incomplete."""
    calendar = forecast_weeks(made_on, weeks)
    until = until or calendar[-1].end
    complete = [w for w in calendar if w.end <= until]
    if not complete:
        raise ValidationError(
            _("no whole week between {start} and {end} to compare with").format(
                start=made_on.isoformat(), end=until.isoformat()
            ),
            field="until",
        )
    forecast = cash_forecast(session, made_on, weeks=weeks)
    actual = _actual_receipts(session, made_on, complete)
    currencies = []
    for item in forecast.currencies:
        got = actual.get(item.currency, {})
        currencies.append(
            CurrencyBacktest(
                item.currency,
                tuple(
                    BacktestWeek(
                        w, item.weeks[w.index - 1], Money.from_minor(got.get(w.index, 0), item.currency)
                    )
                    for w in complete
                ),
            )
        )
    return Backtest(made_on, until, tuple(currencies))


def _actual_receipts(session: Session, made_on: date, weeks: list[Week]) -> dict[str, dict[int, int]]:
    """Receipts applied in each week to the installments the forecast made on `made_on` timed:
    open then, dated, not in dispute then (applied net of any unallocation in the same week)."""
    week = case(*[(Allocation.alloc_date.between(w.start, w.end), w.index) for w in weeks]).label("week")
    disputed = Installment.id.in_(
        select(Dispute.installment_id).where(
            Dispute.opened_on <= made_on, or_(Dispute.resolved_on.is_(None), Dispute.resolved_on > made_on)
        )
    )
    query = (
        select(Allocation.currency, week, func.sum(Allocation.amount_minor))
        .join(Installment, Installment.id == Allocation.installment_id)
        .where(
            Allocation.receipt_id.is_not(None),
            Allocation.alloc_date.between(weeks[0].start, weeks[-1].end),
            Installment.invoice_date <= made_on,
            Installment.due_date.is_not(None),
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, made_on),
            ~disputed,
        )
        .group_by(Allocation.currency, week)
    )
    result: dict[str, dict[int, int]] = defaultdict(dict)
    for currency, index, minor in session.execute(query):
        result[currency][index] = int(minor)
    return result
