"""Benchmark: import a 100,000-line bank workbook, beside pandas reading the same file with calamine.

    uv run python benchmarks/bench_import_xlsx.py --lines 100000

The workbook is written the way Chinese online banking exports it (openpyxl, write-only): a title
row, the account and period above the header, 交易日期 / 交易时间 / 收入金额 / 支出金额 / 余额 /
币种 / 对方户名 / 对方账号 / 对方开户行 / 摘要 / 用途 / 交易流水号, amounts as numbers, and a 合计
row below the data. In one run it times `pandas.read_excel(path, engine="calamine")` (the floor:
reading the cells and nothing else) and `import_bank_file` of the same file into a fresh book (a
SQLite file in a temporary folder), alternately, `--repeat` rounds. The import is everything:
finding the header, mapping, reading every cell as text, dates and amounts, line keys, the
duplicate check and writing the lines in one transaction.
Also shows `read_bank_file` alone and what bare sqlite3 takes to write the same rows into the
same table (its indexes included), the part no Python work can save. Prints the ratios of the
import to `read_excel` last: round by round, and best to best.
"""

from __future__ import annotations

import argparse
import os
import random
import sqlite3
import tempfile
import time
from datetime import date, datetime, timedelta
from pathlib import Path

import pandas as pd
from openpyxl import Workbook

from acctdesk.services.bank_import import import_bank_file
from acctdesk.services.importing import read_bank_file
from acctdesk.services.settings import initialise_book
from acctdesk.services.uow import UnitOfWork

HEADER = [
    "交易日期",
    "交易时间",
    "收入金额",
    "支出金额",
    "余额",
    "币种",
    "对方户名",
    "对方账号",
    "对方开户行",
    "摘要",
    "用途",
    "交易流水号",
]
CITIES = ["上海", "北京", "深圳", "广州", "杭州", "苏州", "成都", "武汉", "南京", "天津"]
CORES = ["华信", "东方", "金桥", "宏达", "恒通", "瑞丰", "远航", "中联", "博远", "海润", "鼎盛", "天元"]
TRADES = ["科技", "电子", "贸易", "机械", "物流", "医药", "建材", "食品"]
BANKS = ["中国工商银行", "中国建设银行", "中国银行", "招商银行", "交通银行", "浦发银行"]
SUPPLIERS = ["国网上海市电力公司", "中国移动通信集团", "顺丰速运有限公司", "上海市税务局", "房东 张三"]


def write_workbook(path: Path, lines: int, seed: int = 7) -> None:
    rng = random.Random(seed)
    payers = [
        f"{rng.choice(CITIES)}{rng.choice(CORES)}{rng.choice(TRADES)}有限公司"
        for _ in range(max(1, lines // 50))
    ]
    accounts = [f"62{rng.randrange(10**15, 10**16)}" for _ in payers]
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet("账户明细")
    sheet.append(["中国工商银行 账户历史明细"])
    sheet.append(["账号: 1001 2345 6789 0123 456", None, "户名: 上海示例贸易有限公司"])
    sheet.append(["起止日期: 2026-01-01 至 2026-12-31"])
    sheet.append([])
    sheet.append(HEADER)
    balance = 1_000_000_00
    total_in = total_out = 0
    start = date(2026, 1, 1)
    for n in range(lines):
        day = start + timedelta(days=n * 365 // lines)
        moment = datetime(2000, 1, 1, 8) + timedelta(seconds=rng.randrange(36_000))
        minor = rng.randrange(100, 50_000_000)
        if rng.random() < 0.7:
            who = rng.randrange(len(payers))
            balance += minor
            total_in += minor
            row = [day.isoformat(), f"{moment:%H:%M:%S}", minor / 100, None, balance / 100, "人民币"]
            row += [payers[who], accounts[who], rng.choice(BANKS), "转账收入"]
            row += [f"货款 INV-2026-{rng.randrange(1, 99_999):05d}"]
        else:
            balance -= minor
            total_out += minor
            row = [day.isoformat(), f"{moment:%H:%M:%S}", None, minor / 100, balance / 100, "人民币"]
            row += [rng.choice(SUPPLIERS), "", rng.choice(BANKS), "转账支出", "费用"]
        sheet.append([*row, f"2026{n:010d}{rng.randrange(1000):03d}"])
    sheet.append([])
    sheet.append(["合计", None, total_in / 100, total_out / 100])
    workbook.save(path)


def bare_insert_seconds(book_path: Path, floor_path: Path) -> float:
    """Writing the imported lines again with the driver alone, into an empty book's bank_line
    table (the same columns and indexes): what the database itself costs."""
    initialise_book(f"sqlite:///{floor_path}", name="Floor", user="bench")[0].close()
    source = sqlite3.connect(book_path)
    batch = source.execute("SELECT * FROM import_batch").fetchone()
    rows = source.execute("SELECT * FROM bank_line ORDER BY id").fetchall()
    columns = [c[1] for c in source.execute("PRAGMA table_info(bank_line)")]
    source.close()
    target = sqlite3.connect(floor_path, isolation_level=None)
    target.execute("PRAGMA journal_mode=WAL")
    target.execute("PRAGMA synchronous=NORMAL")
    target.execute("BEGIN IMMEDIATE")
    target.execute(f"INSERT INTO import_batch VALUES ({', '.join('?' * len(batch))})", batch)
    started = time.perf_counter()
    target.executemany(
        f"INSERT INTO bank_line ({', '.join(columns)}) VALUES ({', '.join('?' * len(columns))})", rows
    )
    target.execute("COMMIT")
    seconds = time.perf_counter() - started
    target.close()
    return seconds


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--lines", type=int, default=100_000)
    parser.add_argument(
        "--repeat", type=int, default=3, help="rounds of read_excel then import, alternated (default 3)"
    )
    parser.add_argument("--profile", metavar="FILE", help="also write a cProfile of one more import to FILE")
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as workdir:
        folder = Path(workdir)
        path = folder / "工行账户明细.xlsx"
        started = time.perf_counter()
        write_workbook(path, args.lines)
        print(
            f"workbook: {args.lines:,} lines, {path.stat().st_size / 2**20:.1f} MiB "
            f"(written in {time.perf_counter() - started:.1f} s)"
        )
        started = time.perf_counter()
        read = read_bank_file(path)
        read_seconds = time.perf_counter() - started
        print(f"read_bank_file alone: {len(read.lines):,} lines in {read_seconds:.2f} s")
        del read

        floors, imports, floor_cpus, import_cpus = [], [], [], []
        for round_number in range(1, args.repeat + 1):
            cpu, started = time.process_time(), time.perf_counter()
            frame = pd.read_excel(path, engine="calamine")
            floors.append(time.perf_counter() - started)
            floor_cpus.append(time.process_time() - cpu)
            del frame
            book, _ = initialise_book(
                f"sqlite:///{folder / f'book{round_number}.sqlite'}", name="Benchmark", user="bench"
            )
            cpu, started = time.process_time(), time.perf_counter()
            result = import_bank_file(UnitOfWork(book, "bench"), path)
            imports.append(time.perf_counter() - started)
            import_cpus.append(time.process_time() - cpu)
            book.close()
            print(
                f"round {round_number}: pandas.read_excel(engine='calamine') {floors[-1]:.2f} s "
                f"(CPU {floor_cpus[-1]:.2f} s), import_bank_file {imports[-1]:.2f} s "
                f"(CPU {import_cpus[-1]:.2f} s; {result.added:,} lines added): "
                f"ratio {imports[-1] / floors[-1]:.2f}, CPU {import_cpus[-1] / floor_cpus[-1]:.2f}  "
                f"(load average {os.getloadavg()[0]:.1f})",
                flush=True,
            )
        if args.profile:
            import cProfile

            url = f"sqlite:///{folder / 'profiled.sqlite'}"
            book, _ = initialise_book(url, name="Profiled", user="bench")
            profiler = cProfile.Profile()
            profiler.enable()
            import_bank_file(UnitOfWork(book, "bench"), path)
            profiler.disable()
            profiler.dump_stats(args.profile)
            book.close()
        write_floor = bare_insert_seconds(folder / "book1.sqlite", folder / "floor.sqlite")
    incoming = ", ".join(f"{m.currency} {m.amount:,}" for m in result.incoming_totals)
    best = min(imports)
    print(
        f"import_bank_file: {result.added:,} lines added ({result.incoming:,} in, {incoming}; "
        f"{result.outgoing:,} out); best of {args.repeat} {best:.2f} s ({result.added / best:,.0f} lines/s)"
    )
    print(f"pandas.read_excel(engine='calamine'): best of {args.repeat} {min(floors):.2f} s")
    print(
        f"bare sqlite3 executemany of the same {result.added:,} rows into the same table: {write_floor:.2f} s"
    )
    print(f"machine: {os.cpu_count()} cores, shared with other work while measured")
    ratios = sorted(i / f for i, f in zip(imports, floors, strict=True))
    print(f"ratio of import to read_excel, round by round: {', '.join(f'{r:.2f}' for r in ratios)}")
    print(f"ratio of import to read_excel (best to best): {best / min(floors):.2f}")
    print(f"ratio of their CPU times (best to best): {min(import_cpus) / min(floor_cpus):.2f}")


if __name__ == "__main__":
    main()
