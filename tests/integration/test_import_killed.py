"""An import killed midway (SIGKILL, no chance to clean up) leaves the book exactly as it was.

`acctdesk import bank BIGFILE` runs in a child process on a generated 50,000-line statement. The child
is the real command line with one probe added: when the import executes the statement named by
the test (the first chunk of bank lines, or the audit event written just before COMMIT), the probe
drops a marker file and pauses. The test waits for the marker (bounded), checks that the child
really holds an open write transaction, kills it with SIGKILL, and then finds the book's row counts,
balances and audit chain exactly as before. Importing the file again then succeeds. On SQLite the
write-ahead log discards the uncommitted pages; on PostgreSQL the server rolls back the
transaction of a client that went away.
"""

from __future__ import annotations

import signal
import sqlite3
import subprocess
import sys
import time
from datetime import date
from pathlib import Path

import pytest
from sqlalchemy import inspect, text
from sqlalchemy.engine import make_url

from acctdesk.services import audit
from acctdesk.services.audit import verify_chain
from acctdesk.services.balances import balance_summary
from acctdesk.services.bank_import import import_bank_file
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger

LINES = 50_000
WAIT_SECONDS = 180  # for the child to read the file and begin writing, on a loaded machine
REPO = Path(__file__).resolve().parents[2]

CHILD = """
import sys
import time
from pathlib import Path

from sqlalchemy import event
from sqlalchemy.engine import Engine

marker, trigger = Path(sys.argv[1]), sys.argv[2]


@event.listens_for(Engine, "after_cursor_execute")
def pause_mid_import(conn, cursor, statement, parameters, context, executemany):
    if statement.startswith(trigger):
        marker.write_text(statement[:40])
        time.sleep(600)  # the test kills the process here, inside the import's transaction


from acctdesk.cli import main

sys.exit(main(sys.argv[3:]))
"""


def write_statement(path: Path, lines: int) -> Path:
    with path.open("w", encoding="utf-8") as file:
        file.write("交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号\n")
        for n in range(lines):
            day = date.fromordinal(date(2026, 1, 1).toordinal() + n % 300)
            amount = f"{(n * 7919) % 9_999_900 / 100 + 1:.2f}"
            if n % 3:
                payer = f"客户{n % 997}有限公司,62220000{n:08d}"
                file.write(f"{day},{amount},,{payer},货款 INV-{n:06d},K{n:08d}\n")
            else:
                file.write(f"{day},,{amount},供应商{n % 331},,付款,K{n:08d}\n")
    return path


def snapshot(book) -> dict:
    """Every table's row count, the balances and the audit chain's length, head and verdict."""
    with book.sessions() as session:
        tables = sorted(inspect(session.connection()).get_table_names())
        counts = {t: session.execute(text(f'SELECT COUNT(*) FROM "{t}"')).scalar_one() for t in tables}
        chain = verify_chain(session)
        return {
            "counts": counts,
            "balances": balance_summary(session, date(2026, 12, 31)),
            "chain": (chain.ok, chain.events, audit.last_event(session)),
        }


@pytest.fixture
def kept_book(book, tmp_path):
    """A book with customers, invoices, a receipt applied and an earlier bank import."""
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.customer("C2", "北京东方电子有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-01-10")
    ledger.invoice("INV-2", "2500.00", "2026-01-20", customer="C2")
    receipt = ledger.receipt("600.00", "2026-02-01")
    ledger.allocate(receipt.number, "2026-02-01")
    earlier = tmp_path / "earlier.csv"
    earlier.write_text(
        "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号\n"
        "2026-02-03,250.00,,北京东方电子,,INV-2,E1\n",
        encoding="utf-8",
    )
    import_bank_file(UnitOfWork(book, "tester"), earlier)
    return book


def holds_write_transaction(book_url: str, on_postgres: bool, book) -> bool:
    """Whether another client is inside a transaction that writes to the book right now."""
    if on_postgres:
        with book.sessions() as session:
            return bool(
                session.execute(
                    text(
                        "SELECT COUNT(*) FROM pg_stat_activity WHERE datname = current_database() "
                        "AND state LIKE 'idle in transaction%' AND pid <> pg_backend_pid()"
                    )
                ).scalar_one()
            )
    connection = sqlite3.connect(make_url(book_url).database, timeout=0, isolation_level=None)
    try:
        connection.execute("BEGIN IMMEDIATE")
    except sqlite3.OperationalError as busy:
        return "locked" in str(busy)
    else:
        connection.execute("ROLLBACK")
        return False
    finally:
        connection.close()


@pytest.mark.parametrize(
    "trigger",
    ["INSERT INTO bank_line", "INSERT INTO audit_event"],
    ids=["after-the-first-lines", "just-before-commit"],
)
def test_an_import_killed_midway_leaves_the_book_as_before(
    kept_book, book_url, on_postgres, tmp_path, trigger
):
    statement = write_statement(tmp_path / "BIGFILE.csv", LINES)
    before = snapshot(kept_book)
    assert before["chain"][0] is True

    marker = tmp_path / "writing"
    command = [sys.executable, "-c", CHILD, str(marker), trigger]
    command += ["import", "bank", str(statement), "--db-url", book_url, "--user", "tester"]
    errors = (tmp_path / "child-stderr.txt").open("wb")
    child = subprocess.Popen(command, cwd=REPO, stdout=subprocess.DEVNULL, stderr=errors)
    try:
        deadline = time.monotonic() + WAIT_SECONDS
        while not marker.exists():
            if child.poll() is not None:
                said = (tmp_path / "child-stderr.txt").read_text(errors="replace")[-2000:]
                pytest.fail(f"the import ended before writing: {said}")
            if time.monotonic() > deadline:
                pytest.fail(f"the import did not begin writing within {WAIT_SECONDS} s")
            time.sleep(0.05)
        assert holds_write_transaction(book_url, on_postgres, kept_book)
        child.send_signal(signal.SIGKILL)
        child.wait(timeout=60)
    finally:
        if child.poll() is None:
            child.kill()
            child.wait()
        errors.close()
    assert child.returncode == -signal.SIGKILL

    after = snapshot(kept_book)
    assert after == before
    if not on_postgres:
        with kept_book.sessions() as session:
            assert session.execute(text("PRAGMA integrity_check")).scalar_one() == "ok"

    again = import_bank_file(UnitOfWork(kept_book, "tester"), statement)
    assert (again.already_imported, again.added, again.duplicates) == (False, LINES, 0)
    final = snapshot(kept_book)
    assert final["chain"][:2] == (True, before["chain"][1] + 1)
    assert final["counts"]["bank_line"] == before["counts"]["bank_line"] + LINES
    assert final["counts"]["import_batch"] == before["counts"]["import_batch"] + 1
    assert final["balances"] == before["balances"]  # bank lines are not ledger entries until matched
