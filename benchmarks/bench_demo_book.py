"""Benchmark: build a demo book with `acctdesk demo` and compare with a bare-insert floor.

    uv run python benchmarks/bench_demo_book.py --invoices 1000000 --customers 2000

The floor writes the same number of rows per table with sqlite3's executemany into the same
schema, with no generation logic at all; the ratio says what the demo generator costs on top.
Prints the time, the file size and the ratio last.
"""

from __future__ import annotations

import argparse
import sqlite3
import tempfile
import time
from datetime import date
from pathlib import Path

from sqlalchemy import func, select

from acctdesk.model.entities import (
    Allocation,
    CreditNote,
    Installment,
    Invoice,
    LedgerEntry,
    Receipt,
    WriteOff,
)
from acctdesk.services.demo import COLUMNS, DemoSpec, generate_demo
from acctdesk.services.settings import initialise_book


def build(path: Path, spec: DemoSpec) -> tuple[float, dict[str, int]]:
    book, _ = initialise_book(f"sqlite:///{path}", name="Benchmark")
    started = time.perf_counter()
    generate_demo(book, spec)
    elapsed = time.perf_counter() - started
    with book.sessions() as session:
        counts = {
            model.__tablename__: session.scalar(select(func.count()).select_from(model))
            for model in (Invoice, Installment, Receipt, CreditNote, WriteOff, Allocation, LedgerEntry)
        }
    book.close()
    return elapsed, counts


def floor(path: Path, counts: dict[str, int]) -> float:
    """The same row counts written by bare executemany of constant tuples into the same schema."""
    book, _ = initialise_book(f"sqlite:///{path}", name="Floor")
    book.close()
    connection = sqlite3.connect(path, isolation_level=None)
    connection.execute("PRAGMA journal_mode=WAL")
    connection.execute("PRAGMA synchronous=NORMAL")
    connection.execute("PRAGMA foreign_keys=OFF")
    started = time.perf_counter()
    connection.execute("BEGIN")
    models = {m.__tablename__: m for m in COLUMNS}
    for name, count in counts.items():
        columns = COLUMNS[models[name]].split()
        sql = f"INSERT INTO {name} ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})"
        for chunk_start in range(0, count, 100_000):
            n = min(100_000, count - chunk_start)
            connection.executemany(sql, (_row(name, columns, chunk_start + i + 1) for i in range(n)))
    connection.execute("COMMIT")
    elapsed = time.perf_counter() - started
    connection.close()
    return elapsed


def _row(table: str, columns: list[str], i: int) -> tuple:
    values = []
    for column in columns:
        if column == "id":
            values.append(i)
        elif column == "number" or column == "document_number":
            values.append(f"{table[:3]}-{i:08d}")
        elif column.endswith("_date"):
            values.append("2026-01-01")
        elif column in ("receipt_id", "credit_note_id", "write_off_id"):
            values.append(i if column == "receipt_id" else None)
        elif column.endswith("_id") or column in ("amount_minor", "seq", "discount_minor"):
            values.append(i if column != "seq" else 1)
        else:
            values.append("x")
    return tuple(values)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--invoices", type=int, default=1_000_000)
    parser.add_argument("--customers", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--keep", type=Path, help="keep the demo book at this path")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        path = args.keep or Path(workdir) / "demo.sqlite"
        spec = DemoSpec(
            customers=args.customers, invoices=args.invoices, seed=args.seed, today=date(2026, 11, 24)
        )
        elapsed, counts = build(path, spec)
        size = path.stat().st_size
        floor_seconds = floor(Path(workdir) / "floor.sqlite", counts)
    rows = sum(counts.values())
    print(f"rows: {counts}")
    print(
        f"demo book: {args.invoices:,} invoices, {rows:,} rows in {elapsed:.1f} s "
        f"({rows / elapsed:,.0f} rows/s)"
    )
    print(f"file size: {size / 2**20:,.0f} MiB")
    print(f"floor (bare executemany, same rows and schema): {floor_seconds:.1f} s")
    print(f"ratio to floor: {elapsed / floor_seconds:.2f}")


if __name__ == "__main__":
    main()
