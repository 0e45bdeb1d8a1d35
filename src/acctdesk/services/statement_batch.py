"""Month-end batch: the statements of every customer with a balance or a movement in a period.

The files are made in a hidden staging folder and moved into place only when every one is done,
so a cancelled or failed batch leaves no trace (invariant 6). When the batch also issues the
statements, the numbers printed on the documents are reserved up front and issued in one
transaction at the end; if someone issued a statement meanwhile, the batch stops with a Conflict.
"""

from __future__ import annotations

import re
import shutil
import tempfile
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime
from pathlib import Path

from sqlalchemy import func, select, union
from sqlalchemy.orm import Session

from acctdesk.model.entities import Customer, LedgerEntry
from acctdesk.services.book import Book
from acctdesk.services.confirmations import issue_statements, next_statement_numbers
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.statement_pdf import cjk_font, render_pdf
from acctdesk.services.statement_xlsx import render_xlsx
from acctdesk.services.statements import Statement, statement
from acctdesk.services.uow import UnitOfWork

FORMATS = ("pdf", "xlsx")
RENDERERS = {"pdf": render_pdf, "xlsx": render_xlsx}


@dataclass(frozen=True)
class BatchResult:
    folder: Path
    files: tuple[Path, ...]
    customers: int  # customers with a statement written (all of them unless cancelled)
    statements: int  # documents per format: one per customer and currency
    cancelled: bool
    issued: tuple[str, ...]  # statement numbers, when the batch issued them
    seconds: float


def customers_for_period(session: Session, start: date, end: date) -> list[str]:
    """Codes of customers with a movement in start..end or a balance other than zero at the end."""
    moved = select(LedgerEntry.customer_id).where(
        LedgerEntry.entry_date >= start, LedgerEntry.entry_date <= end
    )
    owing = (
        select(LedgerEntry.customer_id)
        .where(LedgerEntry.entry_date <= end)
        .group_by(LedgerEntry.customer_id, LedgerEntry.currency)
        .having(func.sum(LedgerEntry.amount_minor) != 0)
    )
    ids = union(moved, owing).subquery()
    return list(
        session.scalars(
            select(Customer.code).where(Customer.id.in_(select(ids.c[0]))).order_by(Customer.code)
        )
    )


def file_stem(statement_: Statement, currency: str) -> str:
    code = re.sub(r"[^\w.-]+", "_", statement_.customer.code, flags=re.UNICODE)
    return f"{code}_{currency}_{statement_.start.isoformat()}_{statement_.end.isoformat()}"


def single_currency(statement_: Statement, currency: str) -> Statement:
    return replace(statement_, sections=(statement_.section(currency),))


def statements_batch(
    book: Book,
    *,
    start: date,
    end: date,
    folder: str | Path,
    formats: Sequence[str] = FORMATS,
    language: str | None = None,
    issue: bool = False,
    user: str = "system",
    issued_at: datetime | None = None,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> BatchResult:
    """One file per customer, currency and format into `folder`; progress(done, total) per customer."""
    began = time.perf_counter()
    formats = tuple(dict.fromkeys(formats))
    unknown = [f for f in formats if f not in FORMATS]
    if not formats or unknown:
        raise ValidationError(
            _("formats are {choices}, not {value}").format(
                choices=" and ".join(FORMATS), value=", ".join(unknown) or "none"
            ),
            field="formats",
        )
    if "pdf" in formats:
        cjk_font()  # fail before any work when the machine has no Chinese font
    folder = Path(folder)
    folder.mkdir(parents=True, exist_ok=True)
    issued_at = issued_at or datetime.now(UTC)
    issued_on = issued_at.astimezone().date()
    staging = Path(tempfile.mkdtemp(prefix=".acctdesk-statements-", dir=folder))
    try:
        with book.sessions() as session:
            codes = customers_for_period(session, start, end)
            total = len(codes)
            if progress:
                progress(0, total)
            drafts: list[tuple[Statement, str]] = []
            staged: list[Path] = []
            for done, code in enumerate(codes, start=1):
                if is_cancelled and is_cancelled():
                    return BatchResult(
                        folder, (), done - 1, len(drafts), True, (), time.perf_counter() - began
                    )
                statement_ = statement(session, code, start=start, end=end, language=language)
                for section in statement_.sections:
                    drafts.append((single_currency(statement_, section.currency), section.currency))
                numbers = next_statement_numbers(session, len(drafts), issued_at) if issue else None
                for index in range(len(drafts) - len(statement_.sections), len(drafts)):
                    one, currency = drafts[index]
                    number = numbers[index] if numbers else None
                    for fmt in formats:
                        path = staging / f"{file_stem(one, currency)}.{fmt}"
                        RENDERERS[fmt](one, path, number=number, issued_on=issued_on)
                        staged.append(path)
                if progress:
                    progress(done, total)
        if is_cancelled and is_cancelled():
            return BatchResult(folder, (), total, len(drafts), True, (), time.perf_counter() - began)
        issued: tuple[str, ...] = ()
        if issue and drafts:
            expected = [f"{n}" for n in numbers] if numbers else None
            result = issue_statements(
                UnitOfWork(book, user), drafts, issued_at=issued_at, expected_numbers=expected
            )
            issued = tuple(i.number for i in result)
        files = []
        for path in staged:
            target = folder / path.name
            path.replace(target)
            files.append(target)
        return BatchResult(
            folder, tuple(files), total, len(drafts), False, issued, time.perf_counter() - began
        )
    finally:
        shutil.rmtree(staging, ignore_errors=True)
