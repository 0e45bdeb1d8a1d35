"""Benchmark: propose matches for 10,000 bank lines against a demo book, beside a bare-query floor.

    uv run python benchmarks/bench_matching.py --lines 10000 --customers 500 --invoices 50000

The bank lines are generated from the book's open installments with a known answer each: exact
amounts, invoice numbers in the memo, two items paid together, partial payments and unknown
payers, under payer names written as in the book, without their legal form, or misspelt. They
are written as a CSV and imported (timed), then matched (timed). The floor is the bare SQL query
that fetches the same open items through sqlite3, without any matching. Also prints how many
automatic matches (score ≥ 90) were right (precision) and how many of the lines that should
match automatically did (recall). Prints the ratio to the floor last.
"""

from __future__ import annotations

import argparse
import csv
import random
import sqlite3
import tempfile
import time
from collections import Counter
from dataclasses import dataclass
from datetime import date
from pathlib import Path

from sqlalchemy import select

from acctdesk.model.entities import BankLineRecord, Customer
from acctdesk.model.money import from_minor
from acctdesk.services.balances import open_items_query
from acctdesk.services.bank_import import import_bank_file
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.matching import (
    DEFAULT_MIN_SCORE,
    auto_match,
    load_directory,
    load_open_items,
    propose_matches,
)
from acctdesk.services.settings import initialise_book
from acctdesk.services.uow import UnitOfWork

TODAY = date(2026, 11, 24)
HEADER = ["交易日期", "收入金额", "支出金额", "对方户名", "对方账号", "摘要", "交易流水号"]


@dataclass
class Truth:
    kind: str
    customer_code: str | None
    installment_ids: frozenset[int]
    automatic: bool  # should reach the default threshold


def payer_name(rng: random.Random, name: str) -> tuple[str, bool]:
    """The name as a bank writes it, and whether it should still be recognised exactly."""
    roll = rng.random()
    if roll < 0.5:
        return name, True
    if roll < 0.8:
        for form in ("股份有限公司", "有限责任公司", "有限公司", " Pte Ltd", " GmbH", " Ltd", " Inc", " LLC"):
            if name.endswith(form):
                return name[: -len(form)], True
        return name.upper(), True
    chars = list(name)
    del chars[rng.randrange(1, max(2, len(chars) - 4))]  # a typo: one character missing
    return "".join(chars), False


def generate_lines(book, count: int, seed: int) -> tuple[list[list[str]], dict[str, Truth]]:
    rng = random.Random(seed)
    with book.sessions() as session:
        directory = load_directory(session)
        items = load_open_items(session, directory)
        names = dict(session.execute(select(Customer.code, Customer.name)).all())
    by_customer: dict[int, list] = {}
    for item in sorted(items, key=lambda i: (i.due_date or date.max, i.installment_id)):
        by_customer.setdefault(item.customer_id, []).append(item)
    customer_ids = [cid for cid, open_list in by_customer.items() if open_list]
    rows, truths = [], {}
    used: set[int] = set()
    for n in range(count):
        reference = f"BM{n:07d}"
        # A customer with at least two open CNY items left (each item is paid by one line only).
        candidates: list = []
        while customer_ids and len(candidates) < 2:
            cid = rng.choice(customer_ids)
            candidates = [i for i in by_customer[cid] if i.installment_id not in used and i.currency == "CNY"]
            if len(candidates) < 2:
                customer_ids.remove(cid)
        code = directory.code(cid)
        name, recognisable = payer_name(rng, names[code])
        memo = "货款"
        kind = rng.random()
        if kind < 0.10 or len(candidates) < 2:
            amount = rng.randint(100, 99_999) * 100 + 37
            name, truth = f"未知付款人{n}有限公司", Truth("unknown payer", None, frozenset(), False)
        elif kind < 0.55:
            item = rng.choice(candidates)
            amount, truth = (
                item.open_minor,
                Truth("exact amount", code, frozenset({item.installment_id}), recognisable),
            )
        elif kind < 0.70:
            item = rng.choice(candidates)
            amount, memo = item.open_minor, f"付{item.invoice_number}"
            truth = Truth("invoice in memo", code, frozenset({item.installment_id}), True)
        elif kind < 0.85:
            pair = rng.sample(candidates, 2)
            amount = sum(i.open_minor for i in pair)
            # Only the combination search can find it; other pairs may add up to the same.
            truth = Truth("two items", code, frozenset(i.installment_id for i in pair), False)
        else:
            item = candidates[0]
            amount = max(1, item.open_minor // 3)
            truth = Truth("partial", code, frozenset({item.installment_id}), False)
        used.update(truth.installment_ids)
        rows.append([TODAY.isoformat(), str(from_minor(amount, "CNY")), "", name, "", memo, reference])
        truths[reference] = truth
    return rows, truths


def floor_seconds(path: Path) -> float:
    """The open items the matching run reads, fetched by bare sqlite3 with the same SQL."""
    from sqlalchemy.dialects import sqlite

    sql = str(
        open_items_query(date.max).compile(dialect=sqlite.dialect(), compile_kwargs={"literal_binds": True})
    )
    connection = sqlite3.connect(path)
    best = float("inf")
    for _ in range(3):
        started = time.perf_counter()
        connection.execute(sql).fetchall()
        best = min(best, time.perf_counter() - started)
    connection.close()
    return best


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=10_000)
    parser.add_argument("--customers", type=int, default=500)
    parser.add_argument("--invoices", type=int, default=50_000)
    parser.add_argument("--seed", type=int, default=3)
    parser.add_argument("--auto", action="store_true", help="also time auto_match confirming the proposals")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        path = Path(workdir) / "demo.sqlite"
        book, _ = initialise_book(f"sqlite:///{path}", name="Benchmark", user="bench")
        generate_demo(
            book, DemoSpec(customers=args.customers, invoices=args.invoices, seed=args.seed, today=TODAY)
        )
        rows, truths = generate_lines(book, args.lines, args.seed)
        statement = Path(workdir) / "statement.csv"
        with statement.open("w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows([HEADER, *rows])

        started = time.perf_counter()
        imported = import_bank_file(UnitOfWork(book, "bench"), statement)
        import_seconds = time.perf_counter() - started

        started = time.perf_counter()
        with book.sessions() as session:
            proposals = propose_matches(session)
            references = dict(session.execute(select(BankLineRecord.id, BankLineRecord.reference)).all())
        match_seconds = time.perf_counter() - started
        with book.sessions() as session:
            open_count = len(load_open_items(session, load_directory(session)))
        floor = floor_seconds(path)
        if args.auto:
            started = time.perf_counter()
            confirmed = auto_match(UnitOfWork(book, "bench")).confirmed
            auto_seconds = time.perf_counter() - started
        book.close()

    automatic = [p for p in proposals if p.score >= DEFAULT_MIN_SCORE]
    right = sum(1 for p in automatic if _is_right(p, truths[references[p.line_id]]))
    should = sum(1 for t in truths.values() if t.automatic)
    found = sum(
        1
        for p in automatic
        if truths[references[p.line_id]].automatic and _is_right(p, truths[references[p.line_id]])
    )
    print(f"book: {args.customers:,} customers, {args.invoices:,} invoices, {open_count:,} open installments")
    mix = Counter(t.kind for t in truths.values())
    print("lines: " + ", ".join(f"{count:,} {kind}" for kind, count in mix.most_common()))
    print(f"import: {imported.added:,} lines in {import_seconds:.2f} s")
    print(
        f"matching: {len(proposals):,} proposals for {args.lines:,} lines in {match_seconds:.2f} s "
        f"({args.lines / match_seconds:,.0f} lines/s); {len(automatic):,} at score ≥ {DEFAULT_MIN_SCORE}"
    )
    precision, recall = right / max(1, len(automatic)), found / max(1, should)
    print(f"automatic matches right (precision): {right:,} of {len(automatic):,} = {precision:.1%}")
    print(f"lines that should match automatically and did (recall): {found:,} of {should:,} = {recall:.1%}")
    if args.auto:
        print(
            f"auto_match: {confirmed:,} receipts posted and allocated in {auto_seconds:.1f} s "
            f"({confirmed / auto_seconds:,.0f} per second, one transaction)"
        )
    print(f"floor (bare SQL fetching the same open items): {floor:.3f} s")
    print(f"ratio to floor: {match_seconds / floor:.1f}")


def _is_right(proposal, truth: Truth) -> bool:
    paid = frozenset(a.installment_id for a in proposal.allocations)
    return proposal.customer_code == truth.customer_code and paid == truth.installment_ids


if __name__ == "__main__":
    main()
