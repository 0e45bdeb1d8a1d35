"""Cash forecast by week, timed by each customer's lateness, and its backtest, worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from acctdesk.model.entities import Dispute, Installment, Invoice
from acctdesk.services.balances import open_items
from acctdesk.services.errors import ValidationError
from acctdesk.services.forecast import Lateness, backtest, cash_forecast, forecast_weeks, lateness_by_customer
from tests.builders import Ledger, d


def amounts(values) -> list[str]:
    return [str(m.amount) for m in values]


@pytest.fixture
def june(book):
    """As of 2026-06-30. Week 1 is 07-01..07-07, week 3 07-15..07-21, week 13 ends 09-29.

    History (receipts applied in the 12 months to 06-30):
      C1  H1 1,000.00 due 03-01 paid 03-11 (10 days late); H2 3,000.00 due 04-01 paid 04-21 (20 days)
          → average (1,000 × 10 + 3,000 × 20) / 4,000 = 17.5 → 18 days
      C3  H3 2,000.00 due 05-01 paid 06-10 (40 days)
      book: 10 days 1,000; 20 days 3,000; 40 days 2,000 → average 150,000 / 6,000 = 25 days
    Open on 06-30:
      C1  A 500.00 due 07-03; B 700.00 due 06-25; E 300.00 due 06-05; F 100.00 due 01-31;
          W 400.00 awaiting acceptance
      C2  G 800.00 due 08-01; X 250.00 due 06-20 in dispute since 06-22; L 900.00 due 09-20
      U1  (USD) U 50.00 due 07-01
    """
    ledger = Ledger(book)
    for code in ("C1", "C2", "C3"):
        ledger.customer(code)
    ledger.customer("U1", "Northwind Trading Ltd", currency="USD")
    for number, amount, on, due, paid, customer in (
        ("H1", "1000.00", "2026-02-01", "2026-03-01", "2026-03-11", "C1"),
        ("H2", "3000.00", "2026-03-01", "2026-04-01", "2026-04-21", "C1"),
        ("H3", "2000.00", "2026-04-01", "2026-05-01", "2026-06-10", "C3"),
    ):
        ledger.invoice(number, amount, on, due=due, customer=customer)
        ledger.receipt(amount, paid, customer=customer, number=f"RC-{number}")
        ledger.allocate(f"RC-{number}", paid, {number: amount})
    ledger.invoice("A", "500.00", "2026-06-03", due="2026-07-03")
    ledger.invoice("B", "700.00", "2026-05-25", due="2026-06-25")
    ledger.invoice("E", "300.00", "2026-05-05", due="2026-06-05")
    ledger.invoice("F", "100.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("W", "400.00", "2026-06-01", term="ACCEPT+0")
    ledger.invoice("G", "800.00", "2026-06-20", due="2026-08-01", customer="C2")
    ledger.invoice("X", "250.00", "2026-05-20", due="2026-06-20", customer="C2")
    ledger.invoice("L", "900.00", "2026-06-20", due="2026-09-20", customer="C2")
    ledger.invoice("U", "50.00", "2026-06-01", due="2026-07-01", customer="U1")
    with book.sessions() as session:
        installment = session.scalar(select(Installment).join(Invoice).where(Invoice.number == "X"))
        session.add(
            Dispute(
                installment_id=installment.id,
                customer_id=installment.customer_id,
                reason="数量不符",
                opened_on=d("2026-06-22"),
            )
        )
        session.commit()
    return ledger


def test_lateness_from_the_last_twelve_months(june):
    with june.book.sessions() as session:
        customers, book = lateness_by_customer(session, d("2026-06-30"))
        later, _ = lateness_by_customer(session, d("2027-03-20"))  # H1 (03-11) has left the window
    assert {c: h.average for c, h in customers.items()} == {1: 18, 3: 40}
    assert (book.average, book.total) == (25, 600000)
    assert later[1].average == 20


def test_the_forecast_by_hand(june):
    with june.book.sessions() as session:
        forecast = cash_forecast(session, d("2026-06-30"))
        items = open_items(session, d("2026-06-30"))
    assert (forecast.weeks[0].start, forecast.weeks[-1].end) == (d("2026-07-01"), d("2026-09-29"))
    cny, usd = forecast.currencies
    weeks = amounts(cny.weeks)
    # Week 1: B (5 days overdue) spread by C1's payments more than 5 days late: 10 days (1,000)
    # lands 06-30 → 07-05, week 1; 20 days (3,000) lands 07-15, week 3: 700 × ¼ = 175, 700 × ¾ = 525.
    assert weeks[0] == "175.00"
    # Week 3: A due 07-03 + 18 days = 07-21 (500); B's 525; E, 25 days overdue: C1 never paid that
    # late, the book did only at 40 days → 06-05 + 40 = 07-15 (300). 500 + 525 + 300 = 1,325.
    assert weeks[2] == "1325.00"
    # Week 9: G, C2 has no history: the book's 25 days → 08-01 + 25 = 08-26 (08-26..09-01).
    assert weeks[8] == "800.00"
    assert [w for i, w in enumerate(weeks) if i not in (0, 2, 8)] == ["0.00"] * 10
    # L due 09-20 + 25 = 10-15, after week 13. F, 150 days overdue: no payment was ever that late.
    assert (str(cny.later.amount), str(cny.beyond_history.amount)) == ("900.00", "100.00")
    assert (str(cny.awaiting_event.amount), str(cny.disputed.amount)) == ("400.00", "250.00")
    # USD apart: U due 07-01 + 25 = 07-26, week 4.
    assert amounts(usd.weeks)[3] == "50.00"
    # The forecast accounts for every open item, to the cent.
    for currency in (cny, usd):
        expected = sum(i.open_amount.amount for i in items if i.open_amount.currency == currency.currency)
        assert currency.open_items.amount == expected


def test_the_backtest_compares_with_what_came(june):
    june.receipt("700.00", "2026-07-06", number="RC-B")
    june.allocate("RC-B", "2026-07-06", {"B": "700.00"})
    june.receipt("500.00", "2026-07-20", number="RC-A")
    june.allocate("RC-A", "2026-07-20", {"A": "500.00"})
    june.invoice("N", "999.00", "2026-07-02", due="2026-07-02")  # after the forecast: not compared
    june.receipt("999.00", "2026-07-03", number="RC-N")
    june.allocate("RC-N", "2026-07-03", {"N": "999.00"})
    with june.book.sessions() as session:
        result = backtest(session, d("2026-06-30"), until=d("2026-07-28"))
    cny, usd = result.currencies
    # Weeks 1–4 are complete by 07-28. Forecast 175 / 0 / 1,325 / 0; came 700 / 0 / 500 / 0.
    assert [(str(w.forecast.amount), str(w.actual.amount)) for w in cny.weeks] == [
        ("175.00", "700.00"),
        ("0.00", "0.00"),
        ("1325.00", "500.00"),
        ("0.00", "0.00"),
    ]
    # |175 − 700| + |1,325 − 500| = 1,350 of 1,200 received: 112.5 %
    assert (str(cny.absolute_error.amount), cny.wape) == ("1350.00", Decimal("112.5"))
    assert (str(usd.forecast_total.amount), usd.wape) == ("50.00", None)
    with june.book.sessions() as session, pytest.raises(ValidationError, match="no whole week"):
        backtest(session, d("2026-06-30"), until=d("2026-07-03"))


def test_lateness_sums_by_range():
    history = Lateness({-3: 100, 10: 1000, 20: 3000})
    assert (history.between(-5, 0), history.between(1, 10), history.between(11, None)) == (100, 1000, 3000)
    assert history.average == 17  # (−300 + 10,000 + 60,000) / 4,100 = 16.9…
    assert Lateness({}).between(0, None) == 0


def test_weeks_are_bounded():
    with pytest.raises(ValidationError, match="1 to 104 weeks"):
        forecast_weeks(d("2026-06-30"), 0)


def test_spreading_is_exact_and_splits_like_money_split():
    from decimal import Decimal as D

    from acctdesk.model.money import split, to_minor
    from acctdesk.services.forecast import _spread

    for minor, weights in ((100, [1, 1, 1]), (70000, [1000, 0, 3000, 0]), (7, [5, 3, 2]), (-10, [1, 2])):
        parts = _spread(minor, weights)
        assert sum(parts) == minor
        expected = split(D(minor).scaleb(-2), [D(w) for w in weights], "CNY")
        assert parts == [to_minor(p, "CNY") for p in expected]
