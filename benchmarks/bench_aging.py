"""Benchmark: the aging as of a date and the receivables metrics on a big demo book, each against a
floor timed in the same run.

    uv run acctdesk demo --db /tmp/bench1m.sqlite --customers 2000 --invoices 1000000 --seed 7 \\
        --as-of 2026-11-24
    uv run python benchmarks/bench_aging.py --db /tmp/bench1m.sqlite

Floors, run bare through sqlite3 on the same file:
- aging: a hand-written SQL query computing the same buckets, columns and unapplied cash per customer
  from the same tables (the script checks that it gives the same totals);
- metrics: a bare GROUP BY customer, currency over the same rows the metrics read (installments,
  allocations joined to their installments, ledger entries), with no CASE columns at all.
Each figure is the best of `--repeat` runs, the service and its floor alternating. The aging's
query plans are printed (EXPLAIN QUERY PLAN of each statement it runs). The last line is the
largest of the aging ratios.
"""

from __future__ import annotations

import argparse
import sqlite3
import time
from datetime import date, timedelta
from pathlib import Path

from sqlalchemy import event

from acctdesk.model.db import book_url
from acctdesk.services.aging import DEFAULT_BUCKETS, GroupBy, aging_report
from acctdesk.services.book import open_book
from acctdesk.services.forecast import cash_forecast
from acctdesk.services.metrics import metrics_trend, period_metrics
from acctdesk.services.provisions import compute_provision

AS_OF = date(2026, 11, 24)


def best(repeat: int, action) -> tuple[float, object]:
    times, result = [], None
    for _ in range(repeat):
        started = time.perf_counter()
        result = action()
        times.append(time.perf_counter() - started)
    return min(times), result


def paired(repeat: int, service, floor) -> tuple[float, float, object, object]:
    """Best of `repeat` for a service and its floor, run alternately so that both see the same
    load on a shared machine."""
    service_times, floor_times = [], []
    service_result = floor_result = None
    for _ in range(repeat):
        started = time.perf_counter()
        service_result = service()
        service_times.append(time.perf_counter() - started)
        started = time.perf_counter()
        floor_result = floor()
        floor_times.append(time.perf_counter() - started)
    return min(service_times), min(floor_times), service_result, floor_result


def aging_floor_sql(as_of: date) -> tuple[str, str, dict]:
    """The aging by customer in plain SQL: buckets by due date compared as dates, retention and
    awaiting apart, open = amount − allocations dated ≤ D; and the part of it in dispute on D."""
    params = {"d": as_of.isoformat()}
    whens = []
    for bucket in DEFAULT_BUCKETS[:-1]:
        params[f"b{bucket.index}"] = (as_of - timedelta(days=bucket.high)).isoformat()
        whens.append(f"WHEN i.due_date >= :b{bucket.index} THEN {bucket.index}")
    select = f"""
        SELECT i.customer_id, i.currency,
          CASE WHEN i.retention THEN -2 WHEN i.due_date IS NULL THEN -1
               {" ".join(whens)} ELSE {DEFAULT_BUCKETS[-1].index} END AS col,
          SUM(i.amount_minor - COALESCE((SELECT SUM(a.amount_minor) FROM allocation a
                                         WHERE a.installment_id = i.id AND a.alloc_date <= :d), 0))
        FROM installment i
        WHERE i.invoice_date <= :d AND i.invoice_id NOT IN
          (SELECT document_id FROM reversal WHERE document_kind = 'invoice' AND reversal_date <= :d)"""
    disputed = """ AND i.id IN (SELECT installment_id FROM dispute WHERE opened_on <= :d
                             AND (resolved_on IS NULL OR resolved_on > :d))"""
    group = " GROUP BY i.customer_id, i.currency, col"
    return select + group, select + disputed + group, params


def credits_floor_sql(table: str, date_column: str, fk: str, kind: str) -> str:
    # NOT INDEXED: read the documents in table order; through the (customer, date) index SQLite
    # would fetch every row by its id, several times slower on a cold cache.
    return f"""
        SELECT customer_id, currency, SUM(unapplied) FROM (
          SELECT d.customer_id, d.currency, d.amount_minor - COALESCE((SELECT SUM(a.amount_minor)
                 FROM allocation a WHERE a.{fk} = d.id AND a.alloc_date <= :d), 0) AS unapplied
          FROM {table} AS d NOT INDEXED WHERE d.{date_column} <= :d AND d.id NOT IN
            (SELECT document_id FROM reversal WHERE document_kind = '{kind}' AND reversal_date <= :d))
        WHERE unapplied <> 0 GROUP BY customer_id, currency"""


def aging_floor(connection: sqlite3.Connection, as_of: date) -> dict[tuple[str, int], int]:
    """{(currency, column): minor}, columns as in the report (-3 disputed, "unapplied")."""
    items, disputed, params = aging_floor_sql(as_of)
    totals: dict[tuple[str, int | str], int] = {}
    for _, currency, column, minor in connection.execute(items, params):
        totals[(currency, column)] = totals.get((currency, column), 0) + (minor or 0)
    for _, currency, column, minor in connection.execute(disputed, params):
        totals[(currency, column)] -= minor
        totals[(currency, -3)] = totals.get((currency, -3), 0) + minor
    for table, column, fk, kind in (
        ("receipt", "receipt_date", "receipt_id", "receipt"),
        ("credit_note", "note_date", "credit_note_id", "credit_note"),
    ):
        for _, currency, minor in connection.execute(credits_floor_sql(table, column, fk, kind), params):
            totals[(currency, "unapplied")] = totals.get((currency, "unapplied"), 0) - minor
    return totals


def report_columns(report) -> dict[tuple[str, int | str], int]:
    """The same {(currency, column): minor} from the service's report, for the check."""
    totals = {}
    for row in report.totals():
        for bucket, amount in zip(report.buckets, row.buckets, strict=True):
            totals[(row.currency, bucket.index)] = amount.minor
        totals[(row.currency, -1)] = row.awaiting_event.minor
        totals[(row.currency, -2)] = row.retention.minor
        totals[(row.currency, -3)] = row.disputed.minor
        totals[(row.currency, "unapplied")] = row.unapplied.minor
    return {key: value for key, value in totals.items() if value}


def metrics_floor(connection: sqlite3.Connection, start: date, end: date) -> int:
    """The rows the metrics read for the periods from `start` to `end`, each set summed per customer
    and currency with a bare GROUP BY: no CASE columns, no dates beyond the range filter. NOT
    INDEXED: read in table order (through the customer_id index SQLite fetches row by row, 2–3×
    slower; the metrics' own queries avoid that plan by leading their GROUP BY with a date index)."""
    params = {
        "start": start.isoformat(),
        "before": (start - timedelta(days=1)).isoformat(),
        "end": end.isoformat(),
    }
    rows = 0
    for sql in (
        "SELECT customer_id, currency, SUM(amount_minor) FROM installment WHERE invoice_date <= :end"
        " GROUP BY customer_id, currency",
        "SELECT customer_id, currency, SUM(amount_minor) FROM allocation NOT INDEXED WHERE alloc_date <= :end"
        " GROUP BY customer_id, currency",
        "SELECT i.customer_id, i.currency, SUM(a.amount_minor) FROM installment i"
        " JOIN allocation a ON a.installment_id = i.id"
        " WHERE (i.due_date >= :before OR i.due_date IS NULL) AND i.invoice_date <= :end"
        " AND a.alloc_date <= :end GROUP BY i.customer_id, i.currency",
        "SELECT customer_id, currency, SUM(amount_minor) FROM ledger_entry NOT INDEXED"
        " WHERE entry_date <= :end"
        " GROUP BY customer_id, currency",
        "SELECT customer_id, currency, SUM(amount_minor) FROM installment"
        " WHERE due_date BETWEEN :start AND :end GROUP BY customer_id, currency",
        "SELECT i.customer_id, i.currency, SUM(a.amount_minor) FROM installment i"
        " JOIN allocation a ON a.installment_id = i.id WHERE i.due_date BETWEEN :start AND :end"
        " AND a.alloc_date <= :end GROUP BY i.customer_id, i.currency",
    ):
        rows += len(connection.execute(sql, params).fetchall())
    return rows


def query_plans(book, as_of: date) -> list[str]:
    """EXPLAIN QUERY PLAN of every statement the aging runs."""
    statements = []

    def capture(conn, cursor, statement, parameters, context, executemany):
        statements.append((statement, parameters))

    event.listen(book.engine, "before_cursor_execute", capture)
    try:
        with book.sessions() as session:
            aging_report(session, as_of, group_by=GroupBy.CUSTOMER)
    finally:
        event.remove(book.engine, "before_cursor_execute", capture)
    lines = []
    with book.engine.connect() as connection:
        raw = connection.connection.driver_connection
        for statement, parameters in statements:
            if not statement.lstrip().upper().startswith("SELECT"):
                continue
            lines.append(statement.split("FROM")[0].strip()[:80] + " …")
            for row in raw.execute(f"EXPLAIN QUERY PLAN {statement}", parameters):
                lines.append(f"    {row[-1]}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--db", default="/tmp/bench1m.sqlite")
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()
    path = Path(args.db)
    book = open_book(book_url(path))
    connection = sqlite3.connect(path)
    counts = {
        table: connection.execute(f"SELECT COUNT(*) FROM {table}").fetchone()[0]
        for table in ("invoice", "installment", "allocation", "receipt", "ledger_entry")
    }
    print(f"book: {path} — " + ", ".join(f"{n:,} {t}" for t, n in counts.items()))

    ratios = []
    for as_of in (AS_OF, AS_OF - timedelta(days=365)):
        with book.sessions() as session:
            aging_report(session, as_of)  # warm: the pages are read from disk once
            seconds, floor, report, totals = paired(
                args.repeat,
                lambda on=as_of: aging_report(session, on, group_by=GroupBy.CUSTOMER),
                lambda on=as_of: aging_floor(connection, on),
            )
        mine = report_columns(report)
        totals = {key: value for key, value in totals.items() if value}
        assert mine == totals, f"the floor does not compute the same aging: {mine} vs {totals}"
        ratios.append(seconds / floor)
        print(
            f"aging as of {as_of}: {len(report.rows):,} customer rows in {seconds:.2f} s; "
            f"floor (hand-written SQL, same buckets) {floor:.2f} s; ratio {seconds / floor:.2f}"
        )

    start, end = date(2026, 10, 1), date(2026, 10, 31)
    with book.sessions() as session:
        seconds, floor, metrics, _ = paired(
            args.repeat,
            lambda: period_metrics(session, start, end),
            lambda: metrics_floor(connection, start, end),
        )
        print(
            f"metrics {start} – {end}: {len(metrics)} currencies in {seconds:.2f} s; "
            f"floor (bare GROUP BY over the same rows) {floor:.2f} s; ratio {seconds / floor:.2f}"
        )
        first = date(2025, 12, 1)
        seconds, floor, points, _ = paired(
            max(1, args.repeat // 2),
            lambda: metrics_trend(session, AS_OF, months=12),
            lambda: metrics_floor(connection, first, AS_OF),
        )
        print(
            f"metrics trend, 12 months to {AS_OF}: {len(points)} months in {seconds:.2f} s; "
            f"floor (bare GROUP BY over the same rows) {floor:.2f} s; ratio {seconds / floor:.2f}"
        )
        forecast_seconds, _ = best(1, lambda: cash_forecast(session, AS_OF))
        provision_seconds, sheet = best(1, lambda: compute_provision(session, AS_OF))
    print(f"cash forecast, 13 weeks: {forecast_seconds:.2f} s")
    print(f"provision as of {AS_OF} ({len(sheet.lines):,} lines): {provision_seconds:.2f} s")

    print("aging query plans:")
    for line in query_plans(book, AS_OF):
        print(line)
    connection.close()
    book.close()
    print(f"aging ratio to floor (worst of the two dates): {max(ratios):.2f}")


if __name__ == "__main__":
    main()
