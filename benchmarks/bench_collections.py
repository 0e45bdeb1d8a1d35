"""Benchmark: the daily reminder run on a demo book, against selecting the overdue items in bare SQL.

    uv run python benchmarks/bench_collections.py --customers 500 --invoices 50000

Builds a demo book (today 2026-11-24), then times `run_reminders` for that day on the fresh book
(every overdue customer gets a reminder and a task); the same run again that day (nothing new: it
reads and decides everything and writes nothing, as on every opening of the app); the next day's
run as a dry run (what moved up a level overnight); one collector's worklist; and the floor: one
SQL statement through sqlite3 selecting the open installments due by the run's horizon with their
open amounts, the rows the run must look at. The same-day run and the floor take turns five times
(best of each), the others are best of three; prints the ratio of the same-day run to the floor last.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from collections import Counter
from datetime import date, timedelta
from pathlib import Path

from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.followups import worklist
from acctdesk.services.reminders import run_reminders
from acctdesk.services.settings import initialise_book
from acctdesk.services.uow import UnitOfWork

TODAY = date(2026, 11, 24)

# The open installments due by the horizon (today + 3 days for the default policy's friendly level),
# with what is allocated to them by today: the rows the daily run has to read.
FLOOR_SQL = """
SELECT id, customer_id, currency, due_date, open_minor FROM (
    SELECT i.id, i.customer_id, i.currency, i.due_date,
           i.amount_minor - COALESCE(
               (SELECT SUM(a.amount_minor) FROM allocation a
                WHERE a.installment_id = i.id AND a.alloc_date <= :today), 0) AS open_minor
    FROM installment i
    WHERE i.due_date <= :horizon AND i.invoice_date <= :today
      AND i.invoice_id NOT IN (SELECT document_id FROM reversal
                               WHERE document_kind = 'invoice' AND reversal_date <= :today)
) WHERE open_minor > 0
"""


def best_of(times: int, work) -> tuple[float, object]:
    best, result = float("inf"), None
    for _ in range(times):
        started = time.perf_counter()
        result = work()
        best = min(best, time.perf_counter() - started)
    return best, result


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--invoices", type=int, default=50_000)
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "bench.sqlite"
        book, _ = initialise_book(f"sqlite:///{path}", name="Benchmark", user="bench")
        generate_demo(
            book, DemoSpec(customers=args.customers, invoices=args.invoices, today=TODAY), user="bench"
        )

        started = time.perf_counter()
        first = run_reminders(UnitOfWork(book, "bench"), TODAY)
        first_run = time.perf_counter() - started
        levels = Counter(r.level for r in first.reminders)
        items = sum(r.items for r in first.reminders)

        # The same-day run and the floor take turns, so that load from elsewhere hits both alike.
        connection = sqlite3.connect(path)
        params = {"today": TODAY.isoformat(), "horizon": (TODAY + timedelta(days=3)).isoformat()}
        quiet = floor = float("inf")
        for _ in range(5):
            seconds, again = best_of(1, lambda: run_reminders(UnitOfWork(book, "bench"), TODAY))
            quiet = min(quiet, seconds)
            seconds, rows = best_of(1, lambda: connection.execute(FLOOR_SQL, params).fetchall())
            floor = min(floor, seconds)
        connection.close()
        tomorrow = TODAY + timedelta(days=1)
        next_day, moved = best_of(3, lambda: run_reminders(UnitOfWork(book, "bench"), tomorrow, dry_run=True))

        with book.sessions() as session:
            collector = worklist(session, TODAY)[0].collector
            listing, tasks = best_of(3, lambda: worklist(session, TODAY, collector=collector))
        book.close()

    print(f"demo book: {args.customers} customers, {args.invoices:,} invoices; run on {TODAY}")
    print(f"open installments due by {TODAY + timedelta(days=3)}: {len(rows):,}")
    print(
        f"first run: {len(first.reminders)} reminders covering {items:,} items, "
        f"{first.tasks_created} tasks in {first_run:.2f} s; by level: "
        + ", ".join(f"L{level} {count}" for level, count in sorted(levels.items()))
    )
    print(f"same day again (nothing new, writes nothing): {len(again.reminders)} reminders in {quiet:.3f} s")
    print(f"next day, dry run: {len(moved.reminders)} reminders would move up a level, in {next_day:.3f} s")
    print(f"worklist of {collector}: {len(tasks)} tasks in {listing:.3f} s")
    print(f"floor (bare SQL selecting the same overdue items): {floor:.3f} s")
    print(f"ratio to floor (same-day run): {quiet / floor:.2f}")


if __name__ == "__main__":
    main()
