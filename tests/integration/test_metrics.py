"""Receivables metrics over a period, worked out by hand on small ledgers stated inline."""

from __future__ import annotations

from decimal import Decimal

import pytest

from acctdesk.services import customers
from acctdesk.services.aging import GroupBy, aging_report
from acctdesk.services.errors import NotFound, ValidationError
from acctdesk.services.metrics import (
    Period,
    metrics_by,
    metrics_trend,
    month_period,
    period_metrics,
    trend_periods,
)
from tests.builders import Ledger, d


@pytest.fixture
def june(book):
    """One CNY customer in June 2026 (P = 06-01..06-30, D = 30 days):

    W    200.00  invoiced 2025-01-10, due 2025-02-09, written off 2026-06-28
    A  1,000.00  invoiced 2026-05-10, due 2026-06-09; RC-1 700.00 applied 06-15
    B    600.00  invoiced 2026-06-05, due 2026-07-05
    C    400.00  invoiced 2026-06-10, due 2026-06-20; credit note 100.00 applied 06-18
    RC-2  50.00  received 06-25, not applied
    """
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.invoice("W", "200.00", "2025-01-10", due="2025-02-09")
    ledger.invoice("A", "1000.00", "2026-05-10", due="2026-06-09")
    ledger.invoice("B", "600.00", "2026-06-05", due="2026-07-05")
    ledger.invoice("C", "400.00", "2026-06-10", due="2026-06-20")
    ledger.receipt("700.00", "2026-06-15", number="RC-1")
    ledger.allocate("RC-1", "2026-06-15", {"A": "700.00"})
    note = ledger.credit_note("100.00", "2026-06-18")
    ledger.allocate(note.number, "2026-06-18", {"C": "100.00"}, kind="credit_note")
    ledger.receipt("50.00", "2026-06-25", number="RC-2")
    ledger.write_off("2026-06-28", {"W": "200.00"})
    return ledger


def test_the_metrics_of_june_by_hand(june):
    with june.book.sessions() as session:
        (m,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"))
    # AR at 05-31: W 200 + A 1,000 = 1,200. Credit sales in June: B 600 + C 400 = 1,000.
    assert (m.currency, m.days) == ("CNY", 30)
    assert m.ar_start.amount == Decimal("1200.00")
    assert m.credit_sales.amount == Decimal("1000.00")
    # AR at 06-30: 1,200 + 1,000 − 700 − 100 − 50 − 200 = 1,150 (A 300 + B 600 + C 300 − 50 cash)
    assert m.ar_end.amount == Decimal("1150.00")
    # Overdue at 06-30: A 300 (due 06-09) + C 300 (due 06-20); B is not yet due.
    assert m.overdue_end.amount == Decimal("600.00")
    assert m.open_items_end.amount == Decimal("1200.00")
    # Current = AR − overdue = 1,150 − 600 = 550 (B 600 less the 50 not yet applied)
    assert m.current_end.amount == Decimal("550.00")
    # DSO = 1,150 / 1,000 × 30 = 34.5; best possible = 550 / 1,000 × 30 = 16.5; ADD = 18.0
    assert (m.dso, m.best_possible_dso, m.add) == (Decimal("34.5"), Decimal("16.5"), Decimal("18.0"))
    # CEI = (1,200 + 1,000 − 1,150) / (1,200 + 1,000 − 550) × 100 = 1,050 / 1,650 × 100 = 63.636…
    assert m.cei == Decimal("63.64")
    # Overdue ratio = 600 / 1,200 open items
    assert m.overdue_ratio == Decimal("0.5000")
    # Bad-debt rate = 200 written off / 1,000 credit sales
    assert m.write_offs.amount == Decimal("200.00")
    assert m.bad_debt_rate == Decimal("0.2000")
    # Fell due in June: A 1,000 + C 400 − 100 credit note = 1,300; collected: RC-1's 700 on A.
    assert (m.fell_due.amount, m.collected.amount) == (Decimal("1300.00"), Decimal("700.00"))
    assert m.collection_rate == Decimal("0.5385")  # 700 / 1,300 = 0.538461…
    # One customer holds all of the AR.
    assert m.top10_concentration == Decimal("1.0000")


def test_metrics_agree_with_the_aging_and_the_ledger(june):
    with june.book.sessions() as session:
        (m,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"))
        (total,) = aging_report(session, d("2026-06-30"), group_by=GroupBy.CURRENCY).totals()
    assert m.ar_end == total.total
    assert m.overdue_end == total.overdue  # no retention here, so the aging's overdue is the same


def test_a_monthly_trend_reads_every_month_at_once(june):
    with june.book.sessions() as session:
        may, june_point = metrics_trend(session, d("2026-06-30"), months=2)
        (alone,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"))
    assert (may.month, may.period) == ("2026-05", Period(d("2026-05-01"), d("2026-05-31")))
    (m,) = may.metrics
    # May: AR at 04-30 = W 200; sales A 1,000; AR at 05-31 = 1,200, of which W 200 overdue.
    assert (m.ar_start.amount, m.credit_sales.amount, m.ar_end.amount) == (
        Decimal("200.00"),
        Decimal("1000.00"),
        Decimal("1200.00"),
    )
    assert m.dso == Decimal("37.2")  # 1,200 / 1,000 × 31
    assert m.add == Decimal("6.2")  # 200 / 1,000 × 31
    assert m.cei == Decimal("0.00")  # nothing collected: (200 + 1,000 − 1,200) / (… + 200 overdue)
    assert m.collection_rate is None  # nothing fell due in May
    assert june_point.metrics == (alone,)


def test_trend_periods_end_with_the_month_to_date():
    assert trend_periods(d("2026-03-15"), 3) == [
        Period(d("2026-01-01"), d("2026-01-31")),
        Period(d("2026-02-01"), d("2026-02-28")),
        Period(d("2026-03-01"), d("2026-03-15")),
    ]
    assert month_period("2024-02") == Period(d("2024-02-01"), d("2024-02-29"))
    with pytest.raises(ValidationError, match="'2024-13' is not a month"):
        month_period("2024-13")
    with pytest.raises(ValidationError, match="1 to 120 months"):
        trend_periods(d("2026-03-15"), 0)


def test_currencies_apart_and_scopes(book):
    ledger = Ledger(book)
    customers.create_group(ledger.uow(), "G1", "华信集团", "CNY")
    ledger.customer("C1", group="G1")
    ledger.customer("C2", group="G1")
    ledger.customer("C3")
    ledger.customer("U1", "Northwind Trading Ltd", currency="USD")
    # June, D = 30. C1 300 (due 06-10, overdue at 06-30), C2 100 (due 07-10), C3 600 (due 07-10).
    ledger.invoice("I1", "300.00", "2026-06-01", customer="C1", due="2026-06-10")
    ledger.invoice("I2", "100.00", "2026-06-10", customer="C2", due="2026-07-10")
    ledger.invoice("I3", "600.00", "2026-06-10", customer="C3", due="2026-07-10")
    ledger.invoice("U", "90.00", "2026-06-10", customer="U1", due="2026-06-20")
    with book.sessions() as session:
        cny, usd = period_metrics(session, d("2026-06-01"), d("2026-06-30"))
        (group,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"), group="G1")
        (one,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"), customer="C3")
        by_group = metrics_by(session, d("2026-06-01"), d("2026-06-30"), "group")
        by_customer = metrics_by(session, d("2026-06-01"), d("2026-06-30"), "customer")
        with pytest.raises(NotFound):
            period_metrics(session, d("2026-06-01"), d("2026-06-30"), group="G9")
        with pytest.raises(ValidationError, match="after it ends"):
            period_metrics(session, d("2026-06-30"), d("2026-06-01"))
    # Book, CNY: AR 1,000 on sales 1,000 → DSO 30.0; overdue 300 → ADD 9.0, ratio 0.3
    assert (cny.currency, cny.dso, cny.add, cny.overdue_ratio) == (
        "CNY",
        Decimal("30.0"),
        Decimal("9.0"),
        Decimal("0.3000"),
    )
    # USD apart: 90 overdue of 90 → ADD 30.0; collected nothing of 90 due → 0
    assert (usd.currency, usd.ar_end.amount, usd.add, usd.collection_rate) == (
        "USD",
        Decimal("90.00"),
        Decimal("30.0"),
        Decimal("0.0000"),
    )
    # Group G1 = C1 + C2: AR 400 on sales 400; overdue 300 → 0.75; ADD = 300 / 400 × 30 = 22.5
    assert (group.ar_end.amount, group.overdue_ratio, group.add) == (
        Decimal("400.00"),
        Decimal("0.7500"),
        Decimal("22.5"),
    )
    assert (one.ar_end.amount, one.overdue_ratio) == (Decimal("600.00"), Decimal("0.0000"))
    assert [(r.key, r.metrics.currency, r.metrics.ar_end.amount) for r in by_group] == [
        ("C3", "CNY", Decimal("600.00")),
        ("G1", "CNY", Decimal("400.00")),
        ("U1", "USD", Decimal("90.00")),
    ]
    assert [r.key for r in by_customer] == ["C1", "C2", "C3", "U1"]
    assert by_customer[0].metrics.top10_concentration is None


def test_top_ten_concentration(book):
    ledger = Ledger(book)
    # Twelve customers owing 100, 200, … 1,200 (7,800 in all) and one who paid 50 ahead.
    for n in range(1, 13):
        ledger.customer(f"K{n:02d}")
        ledger.invoice(f"I{n:02d}", f"{n * 100}.00", "2026-06-10", customer=f"K{n:02d}", due="2026-07-10")
    ledger.customer("PAID")
    ledger.receipt("50.00", "2026-06-12", customer="PAID")
    with book.sessions() as session:
        (m,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"))
    # The ten largest: 7,800 − 100 − 200 = 7,500 of 7,800 positive balances = 0.961538…
    assert (m.top10_share.amount, m.positive_ar.amount) == (Decimal("7500.00"), Decimal("7800.00"))
    assert m.top10_concentration == Decimal("0.9615")
    assert m.ar_end.amount == Decimal("7750.00")  # the credit balance is in the AR, not the ranking


def test_a_reversed_invoice_leaves_the_sales_and_what_fell_due(book):
    ledger = Ledger(book)
    ledger.customer("C1")
    ledger.invoice("A", "500.00", "2026-06-02", due="2026-06-12")
    ledger.invoice("B", "300.00", "2026-06-03", due="2026-06-13")
    ledger.reverse("invoice", "B", "2026-06-20")
    with book.sessions() as session:
        (june_m,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"))
        (early,) = period_metrics(session, d("2026-06-01"), d("2026-06-15"))
    # Sales 800 − 300 reversed = 500; B fell due 06-13 but was reversed by 06-30: due = 500.
    assert (june_m.credit_sales.amount, june_m.fell_due.amount) == (Decimal("500.00"), Decimal("500.00"))
    # To 06-15 B still stood: sales 800, both overdue, 800 fell due, nothing collected.
    assert (early.credit_sales.amount, early.overdue_end.amount, early.fell_due.amount) == (
        Decimal("800.00"),
        Decimal("800.00"),
        Decimal("800.00"),
    )
    assert early.collection_rate == Decimal("0.0000")


def test_undefined_metrics_are_none(book):
    ledger = Ledger(book)
    ledger.customer("C1")
    ledger.invoice("A", "500.00", "2026-01-10", due="2026-02-09")
    with book.sessions() as session:
        (m,) = period_metrics(session, d("2026-06-01"), d("2026-06-30"))
    # No sales in June: DSO, ADD and the bad-debt rate have no denominator; nothing fell due.
    assert (m.dso, m.add, m.bad_debt_rate, m.collection_rate) == (None, None, None, None)
    # Nothing collected and 500 overdue: CEI = 0 / (0 + 500) = 0
    assert (m.cei, m.overdue_ratio) == (Decimal("0.00"), Decimal("1.0000"))
