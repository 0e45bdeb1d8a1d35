"""Four processes working on one book at once: nothing is over-allocated, no update is lost,
every conflict is reported, and the audit chain stays one valid chain.

Runs on the suite's database: a SQLite file (one writer at a time, the others wait) or the
PostgreSQL server (row locks and optimistic versions). Bounded in count and in time.
"""

from __future__ import annotations

import multiprocessing
import random
import time
import traceback
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import func, select

from acctdesk.model.entities import Allocation, CreditNote, Installment, Receipt
from acctdesk.services import customers, ledger
from acctdesk.services.audit import verify_chain
from acctdesk.services.balances import balance_summary
from acctdesk.services.book import open_book
from acctdesk.services.errors import Conflict, DomainError
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger

PROCESSES = 4
OPERATIONS = 500
TIME_LIMIT = 150.0  # seconds per process; the count is the normal bound
START = date(2026, 1, 1)
CUSTOMERS = ("C1", "C2")


@dataclass
class Tally:
    done: int = 0
    refused: int = 0  # the ledger said no (over-allocation, nothing open …)
    conflicts: int = 0  # someone else changed it first: reported, not lost
    increments: int = 0  # successful read-modify-write edits of the shared counter
    elapsed: float = 0.0


def _edit_counter(book, rng: random.Random) -> bool:
    """Read a customer's counter and version, then write counter + 1 against that version."""
    code = rng.choice(CUSTOMERS)
    with book.sessions() as session:
        info = customers.get_customer(session, code)
    time.sleep(rng.random() * 0.003)  # widen the window in which someone else may write
    customers.update_customer(
        UnitOfWork(book, "tester"), code, info.version, salesperson=str(int(info.salesperson or "0") + 1)
    )
    return True


def _operation(book, rng: random.Random, serial: str) -> str:
    kind = rng.choices(
        ["invoice", "receipt", "allocate", "allocate_manual", "unallocate", "edit"], [2, 2, 3, 2, 1, 3]
    )[0]
    code = rng.choice(CUSTOMERS)
    on = START + timedelta(days=rng.randrange(120))
    uow = UnitOfWork(book, "tester")
    if kind == "invoice":
        ledger.post_invoice(
            uow,
            customer_code=code,
            number=f"INV-{serial}",
            invoice_date=on,
            amount=Decimal(rng.randrange(100, 50_000)) / 100,
            due_date=on + timedelta(days=30),
        )
    elif kind == "receipt":
        ledger.post_receipt(
            uow, customer_code=code, amount=Decimal(rng.randrange(100, 50_000)) / 100, receipt_date=on
        )
    elif kind in ("allocate", "allocate_manual"):
        with book.sessions() as session:
            receipts = session.scalars(select(Receipt.number).where(Receipt.receipt_date <= on)).all()
            installments = session.scalars(select(Installment.id).where(Installment.invoice_date <= on)).all()
        if not receipts or not installments:
            return "idle"
        lines = None
        if kind == "allocate_manual":
            lines = [ledger.AllocationLine(rng.choice(installments), Decimal(rng.randrange(1, 20_000)) / 100)]
        ledger.allocate(uow, kind="receipt", number=rng.choice(receipts), on=on, lines=lines)
    elif kind == "unallocate":
        with book.sessions() as session:
            ids = session.scalars(select(Allocation.id).where(Allocation.reverses_id.is_(None))).all()
        if not ids:
            return "idle"
        ledger.unallocate(uow, allocation_id=rng.choice(ids), on=START + timedelta(days=130))
    else:
        _edit_counter(book, rng)
        return "increment"
    return "done"


def _worker(url: str, seed: int, results) -> None:
    try:
        book = open_book(url)
        rng = random.Random(seed)
        tally = Tally()
        started = time.monotonic()
        for n in range(OPERATIONS):
            if time.monotonic() - started > TIME_LIMIT:
                break
            try:
                outcome = _operation(book, rng, f"{seed}-{n}")
                tally.done += 1
                tally.increments += outcome == "increment"
            except Conflict:
                tally.conflicts += 1
            except DomainError:
                tally.refused += 1
        tally.elapsed = time.monotonic() - started
        book.close()
    except BaseException:  # anything but a refusal or a conflict is a failure the test must name
        results.put((seed, traceback.format_exc()))
        raise
    results.put((seed, tally))


def test_four_processes_keep_the_invariants(book, book_url):
    books = Ledger(book)
    for code in CUSTOMERS:
        books.customer(code, f"客户 {code}", salesperson="0")
    context = multiprocessing.get_context("spawn")
    results = context.Queue()
    processes = [context.Process(target=_worker, args=(book_url, seed, results)) for seed in range(PROCESSES)]
    for process in processes:
        process.start()
    tallies = [results.get(timeout=TIME_LIMIT + 120) for _ in processes]
    failures = [outcome for _, outcome in tallies if isinstance(outcome, str)]
    assert not failures, "a worker failed:\n" + "\n".join(failures)
    for process in processes:
        process.join(timeout=30)
        assert process.exitcode == 0
    totals = Tally(
        *(sum(getattr(t, f) for _, t in tallies) for f in ("done", "refused", "conflicts", "increments"))
    )
    assert totals.done + totals.refused + totals.conflicts == PROCESSES * OPERATIONS, (
        "an operation ran out of time"
    )
    assert totals.done > PROCESSES * OPERATIONS // 3, totals
    assert totals.conflicts > 0, f"no edit ever met another: the test did not test concurrency ({totals})"
    print(f"\n{totals}")

    with book.sessions() as session:
        # No update was lost: the counters went up exactly once per successful edit.
        counters = sum(int(customers.get_customer(session, code).salesperson) for code in CUSTOMERS)
        assert counters == totals.increments
        # Nothing over-allocated on any day, by either side.
        for installment_id, amount, allocated in session.execute(
            select(
                Installment.id, Installment.amount_minor, func.coalesce(func.sum(Allocation.amount_minor), 0)
            )
            .outerjoin(Allocation, Allocation.installment_id == Installment.id)
            .group_by(Installment.id, Installment.amount_minor)
        ):
            assert 0 <= allocated <= amount, installment_id
        for model, column in ((Receipt, Allocation.receipt_id), (CreditNote, Allocation.credit_note_id)):
            for doc_id, amount, applied in session.execute(
                select(model.id, model.amount_minor, func.coalesce(func.sum(Allocation.amount_minor), 0))
                .outerjoin(Allocation, column == model.id)
                .group_by(model.id, model.amount_minor)
            ):
                assert 0 <= applied <= amount, doc_id
        for offset in (0, 30, 60, 90, 130, 200):
            for summary in balance_summary(session, START + timedelta(days=offset)):
                assert summary.ties
        report = verify_chain(session)
        assert report.ok, report.reason
