"""信用评级: a score 0–100 and a grade A–E from how a customer has paid, plus a few manual inputs.

The scoring is pure: `behaviour(history)` turns plain payment facts into factor values, and
`score(behaviour)` turns those into points, one factor at a time, each within its weight, so the
score is the sum of the points shown beside it. Better behaviour on any factor never lowers a
factor's points, and so never lowers the score. `rate_customer` reads the facts from the book;
`record_ratings` is the monthly run that keeps the history.

Factors (weights add up to 100), over the window (default 24 months) before the as-of date:

    days_late        25  weighted average days late of paid installments (Σ amount × days ÷ Σ amount),
                         from each receipt allocation's date against the installment's due date;
                         full points at 0 days, none at 60 or more
    on_time          15  share of the paid amount paid by its due date
    worst_overdue    15  the most days late of any payment in the window or of any item still open;
                         none at 180 days or more
    overdue_ratio    15  overdue open amount ÷ open amount today
    broken_promises  10  promises to pay broken in the window; none at 3 or more
    trend             5  days late of the last 6 months (by due date) against the months before:
                         half points when steady, full when 20 days better, none when 20 worse
    relationship      5  months since the first invoice; full points at 36
    business_status   5  manual: normal 1, watch 0.4, distressed 0
    industry_risk     5  manual: low 1, medium 0.6, high 0.2

Without any payment in the window, days_late and on_time get half their points (unknown).
Amounts count in the customer's currency only.
"""

from __future__ import annotations

import json
from calendar import monthrange
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session, aliased

from acctdesk.model.entities import (
    Allocation,
    CreditFile,
    CreditRating,
    Customer,
    DocumentKind,
    Installment,
    Invoice,
    PaymentTermRecord,
)
from acctdesk.model.money import Money, MoneyError
from acctdesk.services import credit
from acctdesk.services.auth import Action
from acctdesk.services.balances import not_reversed_by, open_items
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork

GRADES = credit.GRADES
GRADE_FLOORS = ((Decimal(85), "A"), (Decimal(70), "B"), (Decimal(55), "C"), (Decimal(40), "D"))
WEIGHTS = {
    "days_late": 25,
    "on_time": 15,
    "worst_overdue": 15,
    "overdue_ratio": 15,
    "broken_promises": 10,
    "trend": 5,
    "relationship": 5,
    "business_status": 5,
    "industry_risk": 5,
}
BUSINESS_STATUS = {"normal": Decimal(1), "watch": Decimal("0.4"), "distressed": Decimal(0)}
INDUSTRY_RISK = {"low": Decimal(1), "medium": Decimal("0.6"), "high": Decimal("0.2")}
WINDOW_SETTING = "credit.rating_window_months"
DEFAULT_WINDOW_MONTHS = 24
RECENT_MONTHS = 6
TENTH = Decimal("0.1")


# ---------------------------------------------------------------------------------------------
# Plain facts and the pure scoring


@dataclass(frozen=True)
class Payment:
    """Part of an installment paid by a receipt: how much, when it was due, when it was applied."""

    amount_minor: int
    due_date: date
    paid_on: date

    @property
    def days_late(self) -> int:
        return max((self.paid_on - self.due_date).days, 0)


@dataclass(frozen=True)
class OpenDue:
    """An installment open on the as-of date (due_date None: awaiting a contract event)."""

    open_minor: int
    due_date: date | None


@dataclass(frozen=True)
class History:
    as_of: date
    payments: tuple[Payment, ...] = ()
    open_items: tuple[OpenDue, ...] = ()
    broken_promises: int = 0
    first_invoice: date | None = None
    business_status: str = "normal"
    industry_risk: str = "medium"
    window_months: int = DEFAULT_WINDOW_MONTHS


@dataclass(frozen=True)
class Behaviour:
    """The factor values a score is made from (days are whole or decimal days)."""

    weighted_days_late: Decimal | None  # None: nothing paid in the window
    on_time_share: Decimal | None  # 0–1
    worst_days_overdue: int
    overdue_ratio: Decimal  # 0–1
    broken_promises: int
    trend_days: Decimal  # > 0: paying later than before
    relationship_months: int
    business_status: str = "normal"
    industry_risk: str = "medium"


@dataclass(frozen=True)
class Factor:
    name: str
    value: str  # the factor's value as shown ("40.0 days", "83 %")
    points: Decimal  # its contribution to the score, 0 … weight
    weight: int


@dataclass(frozen=True)
class Rating:
    customer_code: str
    as_of: date
    score: Decimal  # 0–100, one decimal: the sum of the factors' points
    grade: str
    factors: tuple[Factor, ...]
    behaviour: Behaviour | None = None


def months_before(day: date, months: int) -> date:
    """The same day `months` earlier (the month's last day when that month is shorter)."""
    year, month = divmod(day.year * 12 + day.month - 1 - months, 12)
    return date(year, month + 1, min(day.day, monthrange(year, month + 1)[1]))


def _weighted_days(payments) -> Decimal | None:
    total = sum(p.amount_minor for p in payments)
    if total <= 0:
        return None
    return Decimal(sum(p.amount_minor * p.days_late for p in payments)) / Decimal(total)


def behaviour(history: History) -> Behaviour:
    """Factor values from plain facts."""
    payments = [p for p in history.payments if p.amount_minor > 0]
    paid = sum(p.amount_minor for p in payments)
    on_time = None if paid <= 0 else Decimal(sum(p.amount_minor for p in payments if p.days_late == 0)) / paid
    open_total = sum(i.open_minor for i in history.open_items if i.open_minor > 0)
    overdue = [
        i for i in history.open_items if i.open_minor > 0 and i.due_date and i.due_date < history.as_of
    ]
    worst_open = max(((history.as_of - i.due_date).days for i in overdue), default=0)
    worst_paid = max((p.days_late for p in payments), default=0)
    ratio = Decimal(0) if open_total <= 0 else Decimal(sum(i.open_minor for i in overdue)) / open_total
    split = months_before(history.as_of, RECENT_MONTHS)
    recent = _weighted_days([p for p in payments if p.due_date > split])
    earlier = _weighted_days([p for p in payments if p.due_date <= split])
    trend = recent - earlier if recent is not None and earlier is not None else Decimal(0)
    months = 0
    if history.first_invoice is not None and history.first_invoice <= history.as_of:
        months = (history.as_of.year - history.first_invoice.year) * 12 + (
            history.as_of.month - history.first_invoice.month
        )
        if history.as_of.day < history.first_invoice.day:
            months -= 1
    return Behaviour(
        weighted_days_late=_weighted_days(payments),
        on_time_share=on_time,
        worst_days_overdue=max(worst_open, worst_paid),
        overdue_ratio=min(ratio, Decimal(1)),
        broken_promises=history.broken_promises,
        trend_days=trend,
        relationship_months=max(months, 0),
        business_status=history.business_status,
        industry_risk=history.industry_risk,
    )


def _clamp(value: Decimal) -> Decimal:
    return min(max(value, Decimal(0)), Decimal(1))


def _points(name: str, share: Decimal) -> Decimal:
    return (WEIGHTS[name] * _clamp(share)).quantize(TENTH, rounding=ROUND_HALF_UP)


def _days(value: Decimal) -> str:
    return f"{value.quantize(TENTH, rounding=ROUND_HALF_UP)} days"


def _percent(value: Decimal) -> str:
    return f"{(value * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP)} %"


def factors(b: Behaviour) -> tuple[Factor, ...]:
    """Each factor's value and points; each share is monotone in the better direction."""
    half = Decimal("0.5")
    rows = [
        (
            "days_late",
            "no payments" if b.weighted_days_late is None else _days(b.weighted_days_late),
            half if b.weighted_days_late is None else 1 - b.weighted_days_late / 60,
        ),
        (
            "on_time",
            "no payments" if b.on_time_share is None else _percent(b.on_time_share),
            half if b.on_time_share is None else b.on_time_share,
        ),
        ("worst_overdue", f"{b.worst_days_overdue} days", 1 - Decimal(b.worst_days_overdue) / 180),
        ("overdue_ratio", _percent(b.overdue_ratio), 1 - b.overdue_ratio),
        ("broken_promises", str(b.broken_promises), 1 - Decimal(b.broken_promises) / 3),
        ("trend", f"{'+' if b.trend_days > 0 else ''}{_days(b.trend_days)}", half - b.trend_days / 40),
        ("relationship", f"{b.relationship_months} months", Decimal(b.relationship_months) / 36),
        ("business_status", b.business_status, BUSINESS_STATUS[b.business_status]),
        ("industry_risk", b.industry_risk, INDUSTRY_RISK[b.industry_risk]),
    ]
    return tuple(Factor(name, value, _points(name, share), WEIGHTS[name]) for name, value, share in rows)


def grade_of(score: Decimal) -> str:
    for floor, grade in GRADE_FLOORS:
        if score >= floor:
            return grade
    return "E"


def score(b: Behaviour, customer_code: str = "", as_of: date | None = None) -> Rating:
    if b.business_status not in BUSINESS_STATUS:
        raise ValidationError(
            _("'{status}' is not a business status ({choices})").format(
                status=b.business_status, choices=", ".join(BUSINESS_STATUS)
            )
        )
    if b.industry_risk not in INDUSTRY_RISK:
        raise ValidationError(
            _("'{risk}' is not an industry risk ({choices})").format(
                risk=b.industry_risk, choices=", ".join(INDUSTRY_RISK)
            )
        )
    parts = factors(b)
    total = sum((f.points for f in parts), Decimal(0))
    return Rating(customer_code, as_of or date.min, total, grade_of(total), parts, b)


def rate_history(history: History, customer_code: str = "") -> Rating:
    return score(behaviour(history), customer_code, history.as_of)


# ---------------------------------------------------------------------------------------------
# Facts from the book


def window_months(session: Session) -> int:
    months = int(credit.get_credit_setting(session, WINDOW_SETTING, DEFAULT_WINDOW_MONTHS))
    return min(max(months, 12), 24)


def _payments(
    session: Session, as_of: date, start: date, customer_id: int | None
) -> dict[int, list[Payment]]:
    """Receipt allocations applied in (start, as_of], net of later unallocations by D, in the
    customer's currency, against dated installments."""
    undo = aliased(Allocation)
    taken_back = (
        select(func.coalesce(func.sum(undo.amount_minor), 0))
        .where(undo.reverses_id == Allocation.id, undo.alloc_date <= as_of)
        .scalar_subquery()
    )
    query = (
        select(
            Allocation.customer_id,
            Allocation.amount_minor + taken_back,
            Installment.due_date,
            Allocation.alloc_date,
        )
        .join(Installment, Installment.id == Allocation.installment_id)
        .join(Customer, Customer.id == Allocation.customer_id)
        .where(
            Allocation.receipt_id.is_not(None),
            Allocation.reverses_id.is_(None),
            Allocation.alloc_date > start,
            Allocation.alloc_date <= as_of,
            Allocation.currency == Customer.currency,
            Installment.due_date.is_not(None),
            not_reversed_by(DocumentKind.RECEIPT, Allocation.receipt_id, as_of),
        )
    )
    if customer_id is not None:
        query = query.where(Allocation.customer_id == customer_id)
    result: dict[int, list[Payment]] = defaultdict(list)
    for cid, minor, due, paid_on in session.execute(query):
        if minor and minor > 0:
            result[cid].append(Payment(int(minor), due, paid_on))
    return result


def _open(session: Session, as_of: date, customer_id: int | None, currency_of: dict[str, str]):
    result: dict[str, list[OpenDue]] = defaultdict(list)
    for item in open_items(session, as_of, customer_id):
        if item.open_amount.currency == currency_of.get(item.customer_code) and item.open_amount.amount > 0:
            result[item.customer_code].append(OpenDue(item.open_amount.minor, item.due_date))
    return result


def histories(
    session: Session, as_of: date, customer_id: int | None = None
) -> dict[int, tuple[str, History]]:
    """{customer id: (code, History)} for every customer (or one) in a few grouped queries."""
    months = window_months(session)
    start = months_before(as_of, months)
    query = select(Customer).order_by(Customer.code)
    if customer_id is not None:
        query = query.where(Customer.id == customer_id)
    customers = session.scalars(query).all()
    payments = _payments(session, as_of, start, customer_id)
    open_by_code = _open(session, as_of, customer_id, {c.code: c.currency for c in customers})
    first_query = select(Invoice.customer_id, func.min(Invoice.invoice_date)).group_by(Invoice.customer_id)
    if customer_id is not None:
        first_query = first_query.where(Invoice.customer_id == customer_id)
    first = dict(session.execute(first_query).all())
    files = {f.customer_id: f for f in session.scalars(select(CreditFile))}
    result = {}
    for customer in customers:
        file = files.get(customer.id)
        result[customer.id] = (
            customer.code,
            History(
                as_of=as_of,
                payments=tuple(payments.get(customer.id, ())),
                open_items=tuple(open_by_code.get(customer.code, ())),
                broken_promises=credit.broken_promises(session, customer.id, start=start, end=as_of),
                first_invoice=first.get(customer.id),
                business_status=file.business_status if file else "normal",
                industry_risk=file.industry_risk if file else "medium",
                window_months=months,
            ),
        )
    return result


def rate_customer(session: Session, code: str, as_of: date) -> Rating:
    """The rating a customer earns as of a date (computed, not stored)."""
    customer = customer_by_code(session, code)
    code, history = histories(session, as_of, customer.id)[customer.id]
    return rate_history(history, code)


# ---------------------------------------------------------------------------------------------
# History and the monthly run


@dataclass(frozen=True)
class RatingRecord:
    customer_code: str
    as_of: date
    score: Decimal
    grade: str
    factors: tuple[Factor, ...]


def _record(code: str, row: CreditRating) -> RatingRecord:
    parts = tuple(
        Factor(f["name"], f["value"], Decimal(f["points"]), int(f["weight"]))
        for f in json.loads(row.factors_json)
    )
    return RatingRecord(code, row.as_of, Decimal(row.score_tenths) / 10, row.grade, parts)


def rating_history(session: Session, code: str) -> list[RatingRecord]:
    customer = customer_by_code(session, code)
    rows = session.scalars(
        select(CreditRating).where(CreditRating.customer_id == customer.id).order_by(CreditRating.as_of)
    )
    return [_record(customer.code, row) for row in rows]


@dataclass(frozen=True)
class RatingRun:
    as_of: date
    rated: int
    grades: dict[str, int]  # grade → customers
    changed: tuple[tuple[str, str | None, str], ...]  # (customer, previous grade, new grade)
    ratings: tuple[Rating, ...]


def record_ratings(uow: UnitOfWork, as_of: date, customer_codes: list[str] | None = None) -> RatingRun:
    """Rate every customer (or the ones named) as of a date and keep it in the history; a rerun on
    the same date replaces that date's rating. A downgrade raises an alert (credit_alerts)."""
    from acctdesk.services import credit_alerts

    with uow:
        uow.require(Action.CREDIT)
        session = uow.session
        wanted = None
        if customer_codes:
            wanted = {customer_by_code(session, code).id for code in customer_codes}
        ratings, changed = [], []
        for customer_id, (code, history) in histories(session, as_of).items():
            if wanted is not None and customer_id not in wanted:
                continue
            rating = rate_history(history, code)
            previous = credit.latest_rating(session, customer_id, as_of - timedelta(days=1))
            _store(session, customer_id, rating, uow.user)
            ratings.append(rating)
            if previous is None or previous.grade != rating.grade:
                changed.append((code, previous.grade if previous else None, rating.grade))
            if previous is not None and rating.grade > previous.grade:
                credit_alerts.raise_downgrade(uow, code, previous.grade, previous.as_of, rating)
        grades = {grade: sum(1 for r in ratings if r.grade == grade) for grade in GRADES}
        uow.audit(
            "credit.rate",
            "credit_rating",
            as_of.isoformat(),
            after={"rated": len(ratings), "grades": grades, "changed": [list(c) for c in changed]},
        )
        uow.changes.add("credit")
        uow.commit()
        return RatingRun(as_of, len(ratings), grades, tuple(changed), tuple(ratings))


def _store(session: Session, customer_id: int, rating: Rating, user: str) -> None:
    row = session.scalar(
        select(CreditRating).where(
            CreditRating.customer_id == customer_id, CreditRating.as_of == rating.as_of
        )
    )
    if row is None:
        row = CreditRating(customer_id=customer_id, as_of=rating.as_of)
        session.add(row)
    row.score_tenths = int(rating.score * 10)
    row.grade = rating.grade
    row.factors_json = json.dumps(
        [
            {"name": f.name, "value": f.value, "points": str(f.points), "weight": f.weight}
            for f in rating.factors
        ],
        ensure_ascii=False,
    )
    row.created_by = user
    session.flush()


# ---------------------------------------------------------------------------------------------
# What each grade should get


RECOMMENDATIONS_SETTING = "credit.grade_recommendations"
DEFAULT_RECOMMENDATIONS = {
    "A": {"term": "EOM+90", "limit": "2000000.00"},
    "B": {"term": "EOM+60", "limit": "1000000.00"},
    "C": {"term": "N30", "limit": "500000.00"},
    "D": {"term": "N0", "limit": "100000.00"},
    "E": {"term": "N0", "limit": "0.00"},
}


@dataclass(frozen=True)
class Recommendation:
    grade: str
    term: str
    limit: Money | None  # None when the table's currency is not the customer's
    current_term: str | None
    current_limit: Money | None
    note: str = ""


def grade_recommendations(session: Session) -> tuple[str, dict[str, dict]]:
    """(currency, {grade: {"term": shorthand, "limit": amount}}) — limits in the book's currency
    unless the table says otherwise."""
    from acctdesk.services.settings import book_info

    stored = credit.get_credit_setting(session, RECOMMENDATIONS_SETTING, None) or {}
    info = book_info(session)
    currency = stored.get("currency") or (info.base_currency if info else "CNY")
    table = {**DEFAULT_RECOMMENDATIONS, **stored.get("grades", {})}
    return currency, table


def set_grade_recommendations(uow: UnitOfWork, grades: dict[str, dict], currency: str | None = None) -> None:
    """Change the recommended term and limit of some grades (the others keep theirs)."""
    from acctdesk.services.terms import format_term, parse_term

    with uow:
        uow.require(Action.CREDIT)
        stored = credit.get_credit_setting(uow.session, RECOMMENDATIONS_SETTING, None) or {}
        table_currency, _grades = grade_recommendations(uow.session)
        currency = currency or table_currency
        cleaned = {}
        for grade, values in grades.items():
            grade = grade.strip().upper()
            if grade not in GRADES:
                raise ValidationError(_("'{grade}' is not a grade (A–E)").format(grade=grade), field="grade")
            try:
                limit = Money.of(values["limit"], currency).amount
            except MoneyError as error:
                raise ValidationError(
                    _("grade {grade}: {error}").format(grade=grade, error=error), field="limit"
                ) from None
            if limit < 0:
                raise ValidationError(_("a recommended limit cannot be negative"), field="limit")
            cleaned[grade] = {"term": format_term(parse_term(values["term"])), "limit": str(limit)}
        value = {"currency": currency, "grades": {**stored.get("grades", {}), **cleaned}}
        credit.put_credit_setting(uow, RECOMMENDATIONS_SETTING, value)
        uow.commit()


def recommendation(session: Session, code: str, grade: str) -> Recommendation:
    customer = customer_by_code(session, code)
    currency, table = grade_recommendations(session)
    row = table[grade]
    current_term = None
    if customer.default_term_id:
        current_term = session.scalar(
            select(PaymentTermRecord.shorthand).where(PaymentTermRecord.id == customer.default_term_id)
        )
    limit, note = None, ""
    if currency == customer.currency:
        limit = Money.of(row["limit"], currency)
    else:
        note = f"the recommended limits are in {currency}; {code} is in {customer.currency}"
    return Recommendation(grade, row["term"], limit, current_term, customer.credit_limit, note)
