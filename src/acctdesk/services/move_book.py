"""Moving a book between databases (a desk's SQLite file to the team's PostgreSQL server, or back).

Everything is copied row for row — ids, hashes and the audit chain included — into an empty book
of the same schema; then both sides are checked: row counts, balances by both paths on several
dates, and the audit chain with every sealed row.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime

from sqlalchemy import DateTime, func, insert, inspect, select

from acctdesk.model.db import reset_sequences
from acctdesk.model.entities import Base, BookSettings
from acctdesk.services.audit import verify_chain
from acctdesk.services.auth import Action, resolve_actor
from acctdesk.services.balances import balance_summary
from acctdesk.services.book import Book, open_book
from acctdesk.services.errors import DomainError, ValidationError
from acctdesk.services.i18n import _

CHUNK = 10_000


@dataclass
class MoveReport:
    tables: dict[str, int] = field(default_factory=dict)  # rows copied per table
    checked_dates: list[date] = field(default_factory=list)
    balances_agree: bool = False
    source_chain_ok: bool = False
    target_chain_ok: bool = False
    audit_events: int = 0

    @property
    def ok(self) -> bool:
        return self.balances_agree and self.source_chain_ok and self.target_chain_ok


def _utc(value):
    # SQLite hands back naive datetimes that were stored in UTC; say so before PostgreSQL reads
    # them in its own session time zone.
    return value.replace(tzinfo=UTC) if isinstance(value, datetime) and value.tzinfo is None else value


def move_book(
    source_url: str,
    target_url: str,
    *,
    user: str,
    progress: Callable[[str, int, int], None] | None = None,
) -> MoveReport:
    if source_url == target_url:
        raise ValidationError(_("the source and the target are the same book"), field="to")
    source = open_book(source_url, upgrade_schema=False)
    try:
        with source.sessions() as session:
            resolve_actor(session, user).require(Action.BACKUP)
        target = open_book(target_url, create=True)
        try:
            _check_empty(target)
            report = _copy(source, target, progress)
            _verify(source, target, report)
        finally:
            target.close()
    finally:
        source.close()
    return report


def _check_empty(target: Book) -> None:
    with target.sessions() as session:
        if session.scalar(select(func.count()).select_from(BookSettings)):
            raise ValidationError(
                _("{book} already holds a book; move into an empty database").format(
                    book=target.display_name
                ),
                field="to",
            )


def _copy(source: Book, target: Book, progress) -> MoveReport:
    report = MoveReport()
    tables = [t for t in Base.metadata.sorted_tables if t.name in inspect(source.engine).get_table_names()]
    with source.engine.connect() as reader, target.engine.begin() as writer:
        for table in tables:
            total = reader.scalar(select(func.count()).select_from(table))
            datetime_columns = [c.name for c in table.columns if isinstance(c.type, DateTime)]
            order = list(table.primary_key.columns)
            copied = 0
            result = reader.execution_options(yield_per=CHUNK).execute(select(table).order_by(*order))
            for rows in result.partitions(CHUNK):
                batch = [dict(row._mapping) for row in rows]
                for values in batch:
                    for name in datetime_columns:
                        values[name] = _utc(values[name])
                writer.execute(insert(table), batch)
                copied += len(batch)
                if progress:
                    progress(table.name, copied, total)
            report.tables[table.name] = copied
        if writer.dialect.name == "postgresql":
            reset_sequences(writer, tables)
    return report


def _dates_to_check(book: Book) -> list[date]:
    with book.sessions() as session:
        from acctdesk.model.entities import LedgerEntry

        first, last = session.execute(
            select(func.min(LedgerEntry.entry_date), func.max(LedgerEntry.entry_date))
        ).one()
    if first is None:
        return [date.today()]
    span = (last - first).days
    return sorted({first, *(date.fromordinal(first.toordinal() + span * k // 4) for k in range(1, 4)), last})


def _verify(source: Book, target: Book, report: MoveReport) -> None:
    report.checked_dates = _dates_to_check(source)
    with source.sessions() as left, target.sessions() as right:
        for table in Base.metadata.sorted_tables:
            if table.name not in report.tables:
                continue
            counts = [s.scalar(select(func.count()).select_from(table)) for s in (left, right)]
            if counts[0] != counts[1]:
                raise DomainError(
                    _("moving the book failed: {table} has {here} rows here, {there} there").format(
                        table=table.name, here=counts[0], there=counts[1]
                    )
                )
        report.balances_agree = all(
            balance_summary(left, on) == balance_summary(right, on) for on in report.checked_dates
        )
        source_chain, target_chain = verify_chain(left), verify_chain(right)
    report.source_chain_ok, report.target_chain_ok = source_chain.ok, target_chain.ok
    report.audit_events = target_chain.events
    if not report.ok:
        problem = target_chain.reason or source_chain.reason or _("the balances differ")
        raise DomainError(_("the moved book does not check out: {problem}").format(problem=problem))
