"""The read-only lists and dashboard figures behind the views, checked against other paths to them."""

from __future__ import annotations

from collections import defaultdict
from datetime import date
from decimal import Decimal

import pytest

from acctdesk.model.money import Money
from acctdesk.services import aging, balances, lists
from acctdesk.services.lists import ListQuery
from tests.builders import Ledger, d
from tests.ui.conftest import AS_OF

pytestmark = pytest.mark.usefixtures("qapp")


def test_dashboard_figures_of_a_small_ledger(book):
    """Stated inline: two invoices, one part-payment; the figures by hand."""
    ledger = Ledger(book)
    ledger.customer("C1", name="华信科技有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-10-01", due="2026-10-31")
    ledger.invoice("INV-2", "500.00", "2026-11-20", due="2026-12-20")
    receipt = ledger.receipt("300.00", "2026-11-05")
    ledger.allocate(receipt.number, "2026-11-05")
    with book.sessions() as session:
        figures = lists.dashboard_figures(session, d("2026-11-24")).for_currency("CNY")
    assert figures.receivables == Money.of("1200.00", "CNY")
    assert figures.overdue == Money.of("700.00", "CNY")
    assert figures.overdue_share == Decimal("58.3")
    assert figures.collected_this_month == Money.of("300.00", "CNY")
    assert figures.credit_sales == Money.of("1500.00", "CNY")
    assert figures.dso == Decimal("72.0")  # 1200 / 1500 × 90
    assert [c.code for c in figures.top_overdue] == ["C1"]
    assert figures.top_overdue[0].days_overdue == 24


def test_dashboard_equals_balance_summary_and_aging(demo_book):
    with demo_book.sessions() as session:
        figures = lists.dashboard_figures(session, AS_OF)
        summaries = {s.currency: s for s in balances.balance_summary(session, AS_OF)}
        report = aging.aging_report(session, AS_OF, group_by="currency")
        items = balances.open_items(session, AS_OF)
    assert figures.currencies[0].currency == "CNY"  # the base currency first
    for currency_figures in figures.currencies:
        currency = currency_figures.currency
        assert (
            currency_figures.receivables == summaries[currency].balance == summaries[currency].ledger_balance
        )
        bars = sum((bar.amount for bar in currency_figures.aging), Money.zero(currency))
        assert bars + currency_figures.unapplied == currency_figures.receivables
        overdue_by_hand = sum(
            (
                i.open_amount
                for i in items
                if i.open_amount.currency == currency and i.days_overdue > 0 and not i.retention
            ),
            Money.zero(currency),
        )
        assert currency_figures.overdue == overdue_by_hand
        total_row = next(row for row in report.totals() if row.currency == currency)
        assert currency_figures.overdue == total_row.overdue


def test_top_overdue_is_the_customer_lists_top_ten(demo_book):
    """The dashboard picks its candidates from the aging; the answer is the customer list's own."""
    with demo_book.sessions() as session:
        figures = lists.dashboard_figures(session, AS_OF)
        for currency_figures in figures.currencies:
            query = ListQuery(
                sort="overdue", descending=True, overdue_only=True, currency=currency_figures.currency
            )
            expected = lists.customer_page(session, AS_OF, query, limit=lists.TOP_OVERDUE)
            assert list(currency_figures.top_overdue) == expected


def test_customer_rows_agree_with_the_ledger_path(demo_book):
    with demo_book.sessions() as session:
        rows = lists.customer_page(session, AS_OF, limit=1000)
        ledger = {(b.customer_code, b.currency): b.balance for b in balances.ledger_balances(session, AS_OF)}
        items = balances.open_items(session, AS_OF)
        assert lists.customer_count(session, AS_OF) == len(rows) == 30
    overdue = defaultdict(Decimal)
    for item in items:
        if item.days_overdue > 0 and not item.retention:
            overdue[item.customer_code] += item.open_amount.amount
    for row in rows:
        assert row.balance == ledger.get((row.code, row.currency), Money.zero(row.currency))
        assert row.overdue.amount == overdue[row.code]
        if row.credit_limit:
            expected = (row.balance.amount * 100 / row.credit_limit.amount).quantize(Decimal("0.1"))
            assert abs(row.credit_use - expected) <= Decimal("0.1")


@pytest.mark.parametrize(
    ("source", "keys"),
    [
        (lists.CUSTOMERS, lists.CUSTOMER_SORT_KEYS),
        (lists.INVOICES, lists.INVOICE_SORT_KEYS),
        (lists.OPEN_ITEMS, lists.OPEN_ITEM_SORT_KEYS),
        (lists.RECEIPTS, lists.RECEIPT_SORT_KEYS),
    ],
)
def test_pages_join_up_to_the_whole_list_in_every_order(demo_book, source, keys):
    """By OFFSET pages and by the id list with rows by ids, every order gives the same whole list."""
    page, count = source.page, source.count
    with demo_book.sessions() as session:
        for key in keys:
            query = ListQuery(sort=key, descending=key.endswith("e"))
            whole = page(session, AS_OF, query, limit=100_000)
            pieces = [
                row
                for offset in range(0, len(whole), 97)
                for row in page(session, AS_OF, query, limit=97, offset=offset)
            ]
            assert pieces == whole, key
            assert count(session, AS_OF, query) == len(whole)
            ids = source.ids(session, AS_OF, query)  # the windowed way: ids once, rows by ids
            assert len(ids) == len(whole), key
            by_ids = [
                row
                for start in range(0, len(ids), 97)
                for row in source.rows(session, AS_OF, ids[start : start + 97])
            ]
            assert by_ids == whole, key


def test_invoice_filters(demo_book):
    with demo_book.sessions() as session:
        everything = lists.invoice_page(session, AS_OF, limit=10_000)
        overdue = lists.invoice_page(session, AS_OF, ListQuery(status="overdue"), limit=10_000)
        november = lists.invoice_page(
            session, AS_OF, ListQuery(date_from=date(2026, 11, 1), date_to=AS_OF), limit=10_000
        )
    assert len(everything) == 600
    assert overdue and all(row.days_overdue > 0 and row.open_amount.amount > 0 for row in overdue)
    assert {row.number for row in overdue} == {row.number for row in everything if row.status == "overdue"}
    assert {row.number for row in november} == {
        row.number for row in everything if date(2026, 11, 1) <= row.invoice_date <= AS_OF
    }


def test_search_by_code_name_and_pinyin_initials(book):
    ledger = Ledger(book)
    ledger.customer("C1", name="华信科技有限公司")
    ledger.customer("C2", name="东方电子股份有限公司", aliases=["东电"])
    ledger.customer("K9", name="Northwind Trading Ltd")
    with book.sessions() as session:

        def codes(text):
            return [row.code for row in lists.customer_page(session, AS_OF, ListQuery(search=text))]

        assert codes("hxkj") == ["C1"]
        assert codes("DFDZ") == ["C2"]
        assert codes("东电") == ["C2"]
        assert codes("north") == ["K9"]
        assert codes("k9") == ["K9"]
        assert codes("100%") == []


def test_open_item_total_of_a_bucket_equals_the_aging_bar(demo_book):
    with demo_book.sessions() as session:
        figures = lists.dashboard_figures(session, AS_OF).for_currency("CNY")
        for bar in figures.aging:
            if bar.key in ("current", "retention", "awaiting"):
                query = ListQuery(currency="CNY", status=bar.key)
            else:
                query = ListQuery(currency="CNY", status="overdue", days_from=bar.low, days_to=bar.high)
            totals = lists.open_item_total(session, AS_OF, query)
            assert (totals[0] if totals else Money.zero("CNY")) == bar.amount, bar.key


def test_history_running_balance_ends_at_the_balance(demo_book):
    with demo_book.sessions() as session:
        customer = lists.customer_page(session, AS_OF, ListQuery(sort="balance", descending=True), limit=1)[0]
        history = lists.history_page(session, AS_OF, customer.id, limit=10_000)
        assert lists.history_count(session, AS_OF, customer.id) == len(history)
    assert history[0].balance == customer.balance  # newest first
    assert sum((row.amount for row in history), Money.zero(customer.currency)) == customer.balance


def test_dashboard_dso_is_the_metrics_dso_of_the_same_90_days(demo_book):
    from acctdesk.services import metrics

    first, last = lists.dso_period(AS_OF)
    with demo_book.sessions() as session:
        figures = lists.dashboard_figures(session, AS_OF)
        by_metrics = {m.currency: m for m in metrics.period_metrics(session, first, last)}
    assert (last - first).days + 1 == lists.DSO_DAYS
    for currency_figures in figures.currencies:
        assert currency_figures.dso == by_metrics[currency_figures.currency].dso
        assert currency_figures.credit_sales.minor == by_metrics[currency_figures.currency].credit_sales.minor
