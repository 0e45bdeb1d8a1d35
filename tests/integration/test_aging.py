"""Aging as of a date, with figures worked out by hand."""

from __future__ import annotations

from decimal import Decimal

import pytest

from acctdesk.services.aging import (
    DEFAULT_BUCKETS,
    Basis,
    GroupBy,
    aging_items,
    aging_report,
    bucket_of,
    buckets_from_bounds,
    tie_out,
)
from acctdesk.services.balances import open_items
from acctdesk.services.errors import ValidationError
from tests.builders import Ledger, d


def amounts(row):
    return [str(m.amount) for m in row.buckets]


@pytest.fixture
def books(book):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司", group=None)
    ledger.customer("C2", "Northwind Trading Ltd", currency="USD", collector="Emily")
    # As of 2026-06-30:
    ledger.invoice("A", "100.00", "2026-06-01", due="2026-06-30")  # due today: not yet due
    ledger.invoice("B", "200.00", "2026-05-01", due="2026-06-29")  # 1 day overdue
    ledger.invoice("C", "300.00", "2026-04-01", due="2026-05-31")  # 30 days overdue
    ledger.invoice("D", "400.00", "2026-03-01", due="2026-05-30")  # 31 days overdue
    ledger.invoice("E", "500.00", "2024-01-01", due="2025-06-29")  # 366 days overdue
    # F: 500 due 06-20 and 500 retention
    ledger.invoice("F", "1000.00", "2026-06-10", term="50% N10; BAL RETENTION N365")
    ledger.invoice("G", "50.00", "2026-07-01", due="2026-07-01")  # after the as-of date: not counted
    ledger.receipt("120.00", "2026-06-15", number="RC-1")
    ledger.allocate("RC-1", "2026-06-15", {"D": "100.00"})  # D open 300; 20.00 unapplied
    ledger.receipt("30.00", "2026-07-02", number="RC-2")  # after the as-of date: not counted
    ledger.invoice("U1", "70.00", "2026-06-01", customer="C2", due="2026-07-15")
    return ledger


def test_buckets_by_days_overdue(books):
    with books.book.sessions() as session:
        report = aging_report(session, d("2026-06-30"))
    keys = [b.key for b in report.buckets]
    assert keys == ["current", "1-30", "31-60", "61-90", "91-180", "181-365", "over-365"]
    c1, c2 = report.rows
    assert (c1.key, c1.currency) == ("C1", "CNY")
    # current: A 100; 1–30: B 200 + C 300 + F/1 500; 31–60: D 300; over 365: E 500
    assert amounts(c1) == ["100.00", "1000.00", "300.00", "0.00", "0.00", "0.00", "500.00"]
    assert c1.retention.amount == Decimal("500.00")
    assert c1.unapplied.amount == Decimal("-20.00")
    # 100 + 200 + 300 + 300 + 500 + 1000 − 20 unapplied
    assert c1.total.amount == Decimal("2380.00")
    assert c1.overdue.amount == Decimal("1800.00")
    assert (c2.key, c2.currency, amounts(c2)[0]) == ("C2", "USD", "70.00")


def test_aging_by_invoice_date(books):
    with books.book.sessions() as session:
        report = aging_report(session, d("2026-06-30"), basis=Basis.INVOICE)
    c1 = report.rows[0]
    # days since invoice: A 29, B 60, C 90, D 121, E 911, F/1 20 (retention apart)
    assert amounts(c1) == ["0.00", "600.00", "200.00", "300.00", "300.00", "0.00", "500.00"]


def test_receipts_after_the_as_of_date_do_not_count_and_past_dates_show_then(books):
    with books.book.sessions() as session:
        before_receipt = aging_report(session, d("2026-06-14")).rows[0]
    # On 14 June: current A 100 + B 200 + F/1 500 (due 06-20); 1–30: C 300 (14 days) + D 400
    # (15 days, not yet paid down); E 350 days overdue; no cash yet.
    assert amounts(before_receipt) == ["800.00", "700.00", "0.00", "0.00", "0.00", "500.00", "0.00"]
    assert before_receipt.retention.amount == Decimal("500.00")
    assert before_receipt.unapplied.amount == Decimal("0.00")


def test_totals_never_mix_currencies(books):
    with books.book.sessions() as session:
        totals = aging_report(session, d("2026-06-30")).totals()
    assert [(t.currency, str(t.total.amount)) for t in totals] == [("CNY", "2380.00"), ("USD", "70.00")]


def test_group_by_collector(books):
    with books.book.sessions() as session:
        report = aging_report(session, d("2026-06-30"), group_by=GroupBy.COLLECTOR)
    assert [(r.key, r.currency) for r in report.rows] == [("Emily", "USD"), ("—", "CNY")]


def test_aging_ties_to_the_ledger(books):
    with books.book.sessions() as session:
        for on in ("2026-06-14", "2026-06-30", "2026-07-31"):
            for line in tie_out(session, d(on)):
                assert line.ties, line


def test_drill_down_lists_the_items_behind_a_cell(books):
    with books.book.sessions() as session:
        items = aging_items(session, d("2026-06-30"), bucket=DEFAULT_BUCKETS[1], currency="CNY")
        retention = aging_items(session, d("2026-06-30"), column="retention")
    assert sorted((i.invoice_number, str(i.open_amount.amount)) for i in items) == [
        ("B", "200.00"),
        ("C", "300.00"),
        ("F", "500.00"),
    ]
    assert [(i.invoice_number, i.seq) for i in retention] == [("F", 2)]


def test_python_and_sql_bucketing_agree(books):
    with books.book.sessions() as session:
        as_of = d("2026-06-30")
        report = aging_report(session, as_of)
        sums = {}
        for item in open_items(session, as_of):
            if item.retention or item.due_date is None:
                continue
            index = bucket_of(item, as_of, Basis.DUE, DEFAULT_BUCKETS)
            key = (item.customer_code, index)
            sums[key] = sums.get(key, Decimal(0)) + item.open_amount.amount
    for row in report.rows:
        for bucket, amount in zip(report.buckets, row.buckets, strict=True):
            assert amount.amount == sums.get((row.key, bucket.index), Decimal(0))


def test_custom_buckets_and_bad_buckets():
    assert [b.key for b in buckets_from_bounds([15, 45])] == ["current", "1-15", "16-45", "over-45"]
    with pytest.raises(ValidationError, match="increasing whole numbers"):
        buckets_from_bounds([30, 30])
    with pytest.raises(ValidationError):
        buckets_from_bounds([0, 30])
