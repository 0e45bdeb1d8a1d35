"""Benchmark: how matching grows: 2,000 lines against ~20,000 open items, then 20,000 against ~200,000.

    uv run python benchmarks/bench_matching_scale.py

Each size gets its own demo book (`generate_demo`, one year of invoices, so that about a quarter
of them are still open: 80,000 invoices for ~20,000 open items, 800,000 for ~200,000, with ten
times the customers, so that a customer has about as many open items in both books). The bank
lines come from the book's open items as in bench_matching.py (exact amounts, invoice numbers
in the memo, two items together, partial payments, unknown and misspelt payers), are imported,
and then matching runs as `propose_matches` does: loading the unmatched lines, customers and
open items (timed once), then `match_lines` (the best of three runs). Both sizes are ten times
apart in lines, open items and customers, so linear growth is a factor of 10; the factor
measured is printed last. The demo draws company names from a small pool, so the larger book
has many more customers sharing a name (without its legal form); a payer with such a name
makes matching weigh each of those customers' items, which is printed too.
"""

from __future__ import annotations

import argparse
import csv
import gc
import os
import tempfile
import time
from collections import Counter
from datetime import date
from pathlib import Path

from acctdesk.services.bank_import import import_bank_file
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.matching import (
    DEFAULT_MIN_SCORE,
    _unmatched_lines,
    load_directory,
    load_open_items,
    match_lines,
    normalise_name,
)
from acctdesk.services.settings import initialise_book
from acctdesk.services.uow import UnitOfWork
from bench_matching import HEADER, TODAY, generate_lines

OPEN_SHARE = 4  # about one invoice in four of a one-year demo book is still open
RUNS = 3


def run(lines: int, open_items: int, seed: int, workdir: Path) -> dict:
    customers = max(20, open_items // 100)
    path = workdir / f"scale-{lines}.sqlite"
    book, _ = initialise_book(f"sqlite:///{path}", name="Scale", user="bench")
    started = time.perf_counter()
    generate_demo(
        book,
        DemoSpec(customers=customers, invoices=open_items * OPEN_SHARE, seed=seed, today=TODAY, years=1),
    )
    built = time.perf_counter() - started
    rows, _ = generate_lines(book, lines, seed)
    statement = workdir / f"statement-{lines}.csv"
    with statement.open("w", newline="", encoding="utf-8") as file:
        csv.writer(file).writerows([HEADER, *rows])
    started = time.perf_counter()
    import_bank_file(UnitOfWork(book, "bench"), statement)
    imported = time.perf_counter() - started

    gc.collect()  # the garbage of building the book is not matching's to collect
    started = time.perf_counter()
    with book.sessions() as session:
        incoming = _unmatched_lines(session, None, None)
        directory = load_directory(session)
        items = load_open_items(session, directory)
    loaded = time.perf_counter() - started
    matched = float("inf")
    for _ in range(RUNS):  # match_lines is pure: the best of a few runs
        gc.collect()
        started = time.perf_counter()
        proposals = match_lines(incoming, directory, items)
        matched = min(matched, time.perf_counter() - started)
    # The same run without the lines whose payer's name fits several customers.
    settled = {p.line_id for p in proposals if any(_AMBIGUOUS in r for r in p.reasons)}
    plain = [line for line in incoming if line.id not in settled]
    plain_seconds = float("inf")
    for _ in range(RUNS):
        gc.collect()
        started = time.perf_counter()
        match_lines(plain, directory, items)
        plain_seconds = min(plain_seconds, time.perf_counter() - started)
    shared = Counter(normalise_name(ref.name) for ref in directory.customers.values())
    book.close()
    path.unlink()
    return {
        "lines": lines,
        "customers": customers,
        "open": len(items),
        "built": built,
        "imported": imported,
        "loaded": loaded,
        "matched": matched,
        "proposals": len(proposals),
        "automatic": sum(1 for p in proposals if p.score >= DEFAULT_MIN_SCORE),
        # payers whose name fits several customers: their lines weigh those customers' items
        "ambiguous": len(settled),
        "plain": len(plain),
        "plain_seconds": plain_seconds,
        "sharing": sum(n for n in shared.values() if n > 1),
    }


_AMBIGUOUS = "of the customers it could be"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--small", type=int, default=2_000, help="lines of the small run")
    parser.add_argument("--large", type=int, default=20_000, help="lines of the large run")
    parser.add_argument("--items-per-line", type=int, default=10, help="open items per bank line")
    parser.add_argument("--seed", type=int, default=3)
    args = parser.parse_args()
    results = []
    with tempfile.TemporaryDirectory() as workdir:
        for lines in (args.small, args.large):
            result = run(lines, lines * args.items_per_line, args.seed, Path(workdir))
            results.append(result)
            print(
                f"{result['lines']:,} lines against {result['open']:,} open items of "
                f"{result['customers']:,} customers (book built in {result['built']:.0f} s, lines "
                f"imported in {result['imported']:.1f} s): loading the open items {result['loaded']:.2f} s, "
                f"matching {result['matched']:.2f} s ({result['lines'] / result['matched']:,.0f} lines/s); "
                f"{result['proposals']:,} proposals, {result['automatic']:,} at score ≥ {DEFAULT_MIN_SCORE}; "
                f"{result['sharing']:,} customers share their name (without legal form) with another, "
                f"{result['ambiguous']:,} lines were settled among several customers; the other "
                f"{result['plain']:,} lines alone: {result['plain_seconds']:.2f} s"
            )
    small, large = results
    total = (large["loaded"] + large["matched"]) / (small["loaded"] + small["matched"])
    print(f"machine: {os.cpu_count()} cores, shared with other work while measured; today {date.today()}")
    print(f"size grows ×{large['lines'] / small['lines']:.0f} (lines, open items and customers)")
    print(f"propose_matches (load + match) grows ×{total:.1f}")
    linear = large["lines"] / small["lines"]
    plain = large["plain_seconds"] / small["plain_seconds"]
    print(f"matching the lines whose payer fits one customer grows ×{plain:.1f}")
    print(f"matching alone grows ×{large['matched'] / small['matched']:.1f} (linear: ×{linear:.0f})")


if __name__ == "__main__":
    main()
