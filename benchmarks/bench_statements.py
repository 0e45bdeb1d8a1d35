"""Benchmark: the month-end statement batch on a demo book, against rendering alone.

    uv run python benchmarks/bench_statements.py --customers 200 --invoices 20000

Builds a demo book (today 2026-06-30), then runs `statements_batch` for June 2026 into a
temporary folder (PDF and Excel). The floor renders the very same statements, already computed,
with no database at all: the ratio says what reading the ledger, the aging and the open items
costs on top of drawing the documents. Prints the time per statement, the total and the ratio last.
"""

from __future__ import annotations

import argparse
import tempfile
import time
from datetime import date
from pathlib import Path

from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.settings import initialise_book
from acctdesk.services.statement_batch import (
    customers_for_period,
    file_stem,
    single_currency,
    statements_batch,
)
from acctdesk.services.statement_pdf import render_pdf
from acctdesk.services.statement_xlsx import render_xlsx
from acctdesk.services.statements import set_company_header, statement
from acctdesk.services.uow import UnitOfWork

START, END = date(2026, 6, 1), date(2026, 6, 30)


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("--customers", type=int, default=200)
    parser.add_argument("--invoices", type=int, default=20_000)
    parser.add_argument("--formats", default="pdf,xlsx")
    args = parser.parse_args()
    formats = args.formats.split(",")
    with tempfile.TemporaryDirectory() as tmp:
        work = Path(tmp)
        book, _ = initialise_book(f"sqlite:///{work / 'bench.sqlite'}", name="Benchmark", user="bench")
        generate_demo(
            book, DemoSpec(customers=args.customers, invoices=args.invoices, today=END), user="bench"
        )
        set_company_header(
            UnitOfWork(book, "bench"), name="上海启明精密制造有限公司", bank_account="1219 0857"
        )

        with book.sessions() as session:  # warm up: font loading and imports are not per statement
            code = customers_for_period(session, START, END)[0]
            warm = statement(session, code, start=START, end=END)
        render_pdf(warm, work / "warm.pdf")
        render_xlsx(warm, work / "warm.xlsx")

        started = time.perf_counter()
        result = statements_batch(book, start=START, end=END, folder=work / "batch", formats=formats)
        batch = time.perf_counter() - started
        size = sum(p.stat().st_size for p in result.files)

        with book.sessions() as session:
            statements = [
                statement(session, code, start=START, end=END)
                for code in customers_for_period(session, START, END)
            ]
        floor_folder = work / "floor"
        floor_folder.mkdir()
        renderers = {"pdf": render_pdf, "xlsx": render_xlsx}
        started = time.perf_counter()
        for whole in statements:
            for section in whole.sections:
                one = single_currency(whole, section.currency)
                for fmt in formats:
                    renderers[fmt](one, floor_folder / f"{file_stem(one, section.currency)}.{fmt}")
        floor = time.perf_counter() - started
        book.close()

    count = result.statements
    print(f"demo book: {args.customers} customers, {args.invoices:,} invoices; period {START} – {END}")
    files = len(result.files)
    print(f"batch: {result.customers} customers, {count} statements, {files} files, {size / 2**20:.1f} MiB")
    print(f"batch total: {batch:.1f} s, {batch / count * 1000:.0f} ms per statement ({'+'.join(formats)})")
    print(f"floor (rendering the same statements, no database): {floor:.1f} s")
    print(f"ratio to floor: {batch / floor:.2f}")


if __name__ == "__main__":
    main()
