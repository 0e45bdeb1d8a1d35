"""Ratings read from a real book: allocation dates against due dates, unallocations netted, the
monthly run with its history, recommendations, and the manual inputs of the credit file."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import CreditRating
from acctdesk.model.money import Money
from acctdesk.services import credit_alerts, credit_file, credit_rating
from tests.builders import Ledger, d


@pytest.fixture
def ledger(book) -> Ledger:
    return Ledger(book)


def _pays(ledger: Ledger, code: str, days_late: int) -> None:
    """Six invoices of 1,000.00, due on the 28th of January to June 2026, each paid `days_late` late."""
    ledger.customer(code)
    for month in range(1, 7):
        due = d(f"2026-{month:02d}-28")
        number = f"{code}-{month}"
        ledger.invoice(number, "1000.00", str(due - timedelta(days=30)), customer=code, due=str(due))
        paid = str(due + timedelta(days=days_late))
        ledger.receipt("1000.00", paid, customer=code, number=f"RC-{number}")
        ledger.allocate(f"RC-{number}", paid, {number: "1000.00"})


def rating(book, code: str, on: str):
    with book.sessions() as session:
        return credit_rating.rate_customer(session, code, d(on))


def test_paying_40_days_late_rates_below_paying_on_time_and_the_factors_say_why(book, ledger):
    _pays(ledger, "GOOD", 0)
    _pays(ledger, "LATE", 40)
    good, late = rating(book, "GOOD", "2026-08-31"), rating(book, "LATE", "2026-08-31")
    factors = {f.name: (f.value, f.points) for f in late.factors}
    assert factors["days_late"] == ("40.0 days", Decimal("8.3"))
    assert factors["on_time"] == ("0 %", Decimal("0.0"))
    assert factors["worst_overdue"] == ("40 days", Decimal("11.7"))
    assert {f.name: f.value for f in good.factors}["on_time"] == "100 %"
    # relationship: first invoice 2025-12-29, 8 months → 5 × 8/36 = 1.1
    assert (good.score, good.grade) == (Decimal("91.6"), "A")
    assert (late.score, late.grade) == (Decimal("56.6"), "C")


def test_days_late_come_from_allocation_dates_weighted_by_amount_net_of_unallocations(book, ledger):
    ledger.customer("C1")
    ledger.invoice("INV-1", "4000.00", "2026-01-01", due="2026-01-31")
    ledger.receipt("4000.00", "2026-01-31", number="RC-1")
    ledger.allocate("RC-1", "2026-01-31", {"INV-1": "1000.00"})
    taken_back = ledger.allocate("RC-1", "2026-01-31", {"INV-1": "500.00"})
    ledger.unallocate(taken_back.allocations[0], "2026-02-01")  # not a payment after all
    ledger.allocate("RC-1", "2026-03-02", {"INV-1": "3000.00"})  # 30 days late
    behaviour = rating(book, "C1", "2026-06-30").behaviour
    assert behaviour.weighted_days_late == Decimal("22.5")  # (1,000 × 0 + 3,000 × 30) ÷ 4,000
    assert behaviour.on_time_share == Decimal("0.25")


def test_the_monthly_run_keeps_history_and_a_rerun_replaces_the_day(book, ledger):
    ledger.customer("C1")
    ledger.invoice("INV-1", "1000.00", "2026-01-10", due="2026-01-31")
    first = credit_rating.record_ratings(ledger.uow(), d("2026-01-31"))  # due today: not overdue
    assert (first.rated, first.changed, first.ratings[0].score) == (1, (("C1", None, "B"),), Decimal("70.5"))
    credit_rating.record_ratings(ledger.uow(), d("2026-01-31"))
    second = credit_rating.record_ratings(ledger.uow(), d("2026-05-31"))  # 120 days overdue now
    assert second.changed == (("C1", "B", "D"),)
    with book.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CreditRating)) == 2
        history = credit_rating.rating_history(session, "C1")
        alerts = credit_alerts.open_alerts(session, "C1")
    assert [(r.as_of, r.grade, r.score) for r in history] == [
        (d("2026-01-31"), "B", Decimal("70.5")),
        (d("2026-05-31"), "D", Decimal("46.1")),
    ]
    assert sum(f.points for f in history[-1].factors) == history[-1].score
    downgrades = [a for a in alerts if a.rule == "downgrade"]
    assert [(a.message, a.severity) for a in downgrades] == [
        ("grade B (2026-01-31) → D (score 46.1)", "critical")
    ]
    credit_alerts.run_risk_checks(ledger.uow(), d("2026-05-31"))  # sees the same downgrade
    with book.sessions() as session:
        assert len([a for a in credit_alerts.open_alerts(session, "C1") if a.rule == "downgrade"]) == 1


def test_recommendation_beside_the_current_values(book, ledger):
    ledger.customer("C1", credit_limit="300000")
    ledger.customer("U1", currency="USD")
    credit_rating.set_grade_recommendations(ledger.uow(), {"b": {"term": "月结60天", "limit": "800000"}})
    with book.sessions() as session:
        rec = credit_rating.recommendation(session, "C1", "B")
        other = credit_rating.recommendation(session, "U1", "A")
    assert (rec.term, rec.limit, rec.current_limit) == (
        "EOM+60",
        Money.of("800000", "CNY"),
        Money.of("300000", "CNY"),
    )
    assert other.limit is None and other.note == "the recommended limits are in CNY; U1 is in USD"


def test_manual_inputs_from_the_credit_file_count(book, ledger):
    ledger.customer("C1")
    before = rating(book, "C1", "2026-06-30")
    credit_file.update_credit_file(ledger.uow(), "C1", business_status="distressed", industry_risk="low")
    after = rating(book, "C1", "2026-06-30")
    assert after.score - before.score == Decimal("-5.0") + Decimal("2.0")  # status 5 → 0; risk 3 → 5
