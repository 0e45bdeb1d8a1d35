"""The rating as a pure function: hand-derived scores for constructed payment histories, and
properties — the score stays within 0–100, and better behaviour never lowers it."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acctdesk.services.credit_rating import (
    BUSINESS_STATUS,
    INDUSTRY_RISK,
    Behaviour,
    History,
    OpenDue,
    Payment,
    behaviour,
    grade_of,
    months_before,
    rate_history,
    score,
)

AS_OF = date(2026, 6, 30)


def monthly(days_late: int, amount: int = 100000) -> tuple[Payment, ...]:
    """Twelve installments due on the 20th of each month, June 2025 to May 2026, each paid
    `days_late` days late (the last one on 2026-06-29 at 40 days)."""
    dues = [months_before(date(2026, 5, 20), n) for n in range(12)]
    return tuple(Payment(amount, due, due + timedelta(days=days_late)) for due in dues)


def points(rating) -> dict[str, Decimal]:
    return {f.name: f.points for f in rating.factors}


def test_a_customer_who_always_pays_40_days_late():
    history = History(AS_OF, payments=monthly(40), first_invoice=date(2024, 6, 30))
    rating = rate_history(history, "LATE")
    assert points(rating) == {
        "days_late": Decimal("8.3"),  # 25 × (1 − 40/60)
        "on_time": Decimal("0.0"),  # nothing paid by its due date
        "worst_overdue": Decimal("11.7"),  # 15 × (1 − 40/180)
        "overdue_ratio": Decimal("15.0"),  # nothing open
        "broken_promises": Decimal("10.0"),
        "trend": Decimal("2.5"),  # as late in the last 6 months as before: steady
        "relationship": Decimal("3.3"),  # 5 × 24/36
        "business_status": Decimal("5.0"),
        "industry_risk": Decimal("3.0"),  # medium: 5 × 0.6
    }
    assert (rating.score, rating.grade) == (Decimal("58.8"), "C")
    assert {f.name: f.value for f in rating.factors}["days_late"] == "40.0 days"


def test_a_customer_who_pays_on_time_rates_higher_and_the_factors_say_why():
    on_time = rate_history(History(AS_OF, payments=monthly(0), first_invoice=date(2024, 6, 30)))
    late = rate_history(History(AS_OF, payments=monthly(40), first_invoice=date(2024, 6, 30)))
    assert (on_time.score, on_time.grade) == (Decimal("93.8"), "A")
    better = {name for name, value in points(on_time).items() if value > points(late)[name]}
    assert better == {"days_late", "on_time", "worst_overdue"}
    assert on_time.score - late.score == Decimal("16.7") + Decimal("15.0") + Decimal("3.3")


def test_days_late_are_weighted_by_amount():
    payments = (
        Payment(100000, date(2026, 1, 31), date(2026, 1, 31)),  # on time
        Payment(300000, date(2026, 2, 28), date(2026, 3, 30)),  # 30 days late
    )
    b = behaviour(History(AS_OF, payments=payments, first_invoice=date(2026, 1, 1)))
    assert b.weighted_days_late == Decimal("22.5")  # (1000 × 0 + 3000 × 30) ÷ 4000
    assert b.on_time_share == Decimal("0.25")
    p = points(score(b))
    assert p["days_late"] == Decimal("15.6")  # 25 × (1 − 22.5/60) = 15.625, half up
    assert p["on_time"] == Decimal("3.8")  # 15 × 0.25 = 3.75, half up
    assert p["worst_overdue"] == Decimal("12.5")  # 15 × (1 − 30/180)


def test_open_items_give_the_overdue_ratio_and_the_worst_overdue():
    history = History(
        AS_OF,
        open_items=(
            OpenDue(300000, date(2026, 3, 2)),  # 120 days overdue
            OpenDue(100000, date(2026, 7, 31)),  # not yet due
            OpenDue(100000, None),  # awaiting an event
        ),
    )
    b = behaviour(history)
    assert (b.overdue_ratio, b.worst_days_overdue) == (Decimal("0.6"), 120)
    p = points(score(b))
    assert (p["overdue_ratio"], p["worst_overdue"]) == (Decimal("6.0"), Decimal("5.0"))
    assert (p["days_late"], p["on_time"]) == (Decimal("12.5"), Decimal("7.5"))  # no payments: half


def test_trend_compares_the_last_six_months_with_the_months_before():
    earlier = tuple(
        Payment(100000, date(2025, m, 28), date(2025, m, 28) + timedelta(days=30)) for m in (3, 4, 5)
    )
    recent = tuple(
        Payment(100000, date(2026, m, 28), date(2026, m, 28) + timedelta(days=10)) for m in (2, 3, 4)
    )
    improving = behaviour(History(AS_OF, payments=earlier + recent))
    assert improving.trend_days == Decimal(-20)
    assert points(score(improving))["trend"] == Decimal("5.0")
    worsening = behaviour(
        History(
            AS_OF,
            payments=tuple(
                Payment(p.amount_minor, p.due_date, p.paid_on + timedelta(days=25)) for p in recent
            )
            + earlier,
        )
    )
    assert worsening.trend_days == Decimal(5)  # 35 days now against 30 before
    assert points(score(worsening))["trend"] == Decimal("1.9")  # 5 × (0.5 − 5/40) = 1.875


def test_promises_and_manual_inputs():
    base = History(AS_OF, broken_promises=1, business_status="distressed", industry_risk="high")
    p = points(rate_history(base))
    assert (p["broken_promises"], p["business_status"], p["industry_risk"]) == (
        Decimal("6.7"),
        Decimal("0.0"),
        Decimal("1.0"),
    )
    with pytest.raises(Exception, match="'closed' is not a business status"):
        rate_history(History(AS_OF, business_status="closed"))


@pytest.mark.parametrize(
    ("value", "grade"),
    [
        ("100", "A"),
        ("85.0", "A"),
        ("84.9", "B"),
        ("70", "B"),
        ("55", "C"),
        ("40", "D"),
        ("39.9", "E"),
        ("0", "E"),
    ],
)
def test_grades(value, grade):
    assert grade_of(Decimal(value)) == grade


def test_months_before_keeps_to_the_month_end():
    assert months_before(date(2026, 3, 31), 1) == date(2026, 2, 28)
    assert months_before(date(2026, 1, 15), 24) == date(2024, 1, 15)


# ---------------------------------------------------------------------------------------------
# Properties

days = st.integers(min_value=0, max_value=400)
shares = st.decimals(min_value=0, max_value=1, places=3)
behaviours = st.builds(
    Behaviour,
    weighted_days_late=st.none() | st.decimals(min_value=0, max_value=400, places=2),
    on_time_share=st.none() | shares,
    worst_days_overdue=days,
    overdue_ratio=shares,
    broken_promises=st.integers(min_value=0, max_value=10),
    trend_days=st.decimals(min_value=-200, max_value=200, places=2),
    relationship_months=st.integers(min_value=0, max_value=240),
    business_status=st.sampled_from(sorted(BUSINESS_STATUS)),
    industry_risk=st.sampled_from(sorted(INDUSTRY_RISK)),
)


@given(behaviours)
def test_the_score_is_within_0_and_100_and_is_the_sum_of_its_factors(b):
    rating = score(b)
    assert Decimal(0) <= rating.score <= Decimal(100)
    assert rating.score == sum(f.points for f in rating.factors)
    assert all(Decimal(0) <= f.points <= f.weight for f in rating.factors)
    assert rating.grade == grade_of(rating.score)


RANK = {"normal": 2, "watch": 1, "distressed": 0, "low": 2, "medium": 1, "high": 0}


@given(behaviours, behaviours)
def test_better_on_every_factor_never_scores_lower(a, b):
    def at_least_as_good(x: Behaviour, y: Behaviour) -> bool:
        known = x.weighted_days_late is not None and y.weighted_days_late is not None
        known_share = x.on_time_share is not None and y.on_time_share is not None
        return (
            (not known or x.weighted_days_late <= y.weighted_days_late)
            and (x.weighted_days_late is None) == (y.weighted_days_late is None)
            and (not known_share or x.on_time_share >= y.on_time_share)
            and (x.on_time_share is None) == (y.on_time_share is None)
            and x.worst_days_overdue <= y.worst_days_overdue
            and x.overdue_ratio <= y.overdue_ratio
            and x.broken_promises <= y.broken_promises
            and x.trend_days <= y.trend_days
            and x.relationship_months >= y.relationship_months
            and RANK[x.business_status] >= RANK[y.business_status]
            and RANK[x.industry_risk] >= RANK[y.industry_risk]
        )

    better = Behaviour(
        weighted_days_late=None
        if a.weighted_days_late is None or b.weighted_days_late is None
        else min(a.weighted_days_late, b.weighted_days_late),
        on_time_share=None
        if a.on_time_share is None or b.on_time_share is None
        else max(a.on_time_share, b.on_time_share),
        worst_days_overdue=min(a.worst_days_overdue, b.worst_days_overdue),
        overdue_ratio=min(a.overdue_ratio, b.overdue_ratio),
        broken_promises=min(a.broken_promises, b.broken_promises),
        trend_days=min(a.trend_days, b.trend_days),
        relationship_months=max(a.relationship_months, b.relationship_months),
        business_status=max(a.business_status, b.business_status, key=RANK.get),
        industry_risk=max(a.industry_risk, b.industry_risk, key=RANK.get),
    )
    for worse in (a, b):
        if at_least_as_good(better, worse):
            assert score(better).score >= score(worse).score


payments = st.lists(
    st.builds(
        lambda amount, due_back, late: Payment(
            amount, AS_OF - timedelta(days=due_back), AS_OF - timedelta(days=due_back) + timedelta(days=late)
        ),
        st.integers(min_value=1, max_value=10_000_000),
        st.integers(min_value=1, max_value=700),
        st.integers(min_value=-30, max_value=200),
    ),
    min_size=1,
    max_size=12,
)
open_dues = st.lists(
    st.builds(
        OpenDue,
        st.integers(min_value=1, max_value=10_000_000),
        st.none() | st.dates(min_value=date(2024, 1, 1), max_value=date(2026, 12, 31)),
    ),
    max_size=6,
)


@settings(max_examples=200)
@given(payments, open_dues, st.data())
def test_paying_a_recent_installment_earlier_never_lowers_the_score(paid, open_items, data):
    """In the last six months (by due date) an earlier payment improves days late, on-time share,
    worst overdue and the trend alike, so the score cannot drop."""
    recent = [i for i, p in enumerate(paid) if p.due_date > months_before(AS_OF, 6)]
    if not recent:
        return
    index = data.draw(st.sampled_from(recent))
    earlier_by = data.draw(st.integers(min_value=1, max_value=120))
    changed = list(paid)
    p = changed[index]
    changed[index] = Payment(p.amount_minor, p.due_date, p.paid_on - timedelta(days=earlier_by))
    before = rate_history(History(AS_OF, tuple(paid), tuple(open_items), first_invoice=date(2024, 1, 1)))
    after = rate_history(History(AS_OF, tuple(changed), tuple(open_items), first_invoice=date(2024, 1, 1)))
    assert after.score >= before.score


@given(payments, open_dues, st.integers(min_value=0, max_value=5))
def test_a_broken_promise_more_never_raises_the_score(paid, open_items, broken):
    kept = rate_history(History(AS_OF, tuple(paid), tuple(open_items), broken_promises=broken))
    worse = rate_history(History(AS_OF, tuple(paid), tuple(open_items), broken_promises=broken + 1))
    assert worse.score <= kept.score
