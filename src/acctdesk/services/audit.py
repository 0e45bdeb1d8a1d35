"""The audit chain: every ledger change appends an event whose SHA-256 covers the previous one."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from acctdesk.model.entities import AuditEvent, Sealed
from acctdesk.model.money import Money
from acctdesk.services import seal

GENESIS_HASH = "0" * 64


def _jsonable(value: Any) -> Any:
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, datetime):
        return value.astimezone(UTC).isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {str(k): _jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_jsonable(v) for v in value]
    return value


def to_json(value: Any) -> str:
    if value is None:
        return ""
    return json.dumps(_jsonable(value), ensure_ascii=False, sort_keys=True, separators=(",", ":"))


@dataclass(frozen=True)
class PendingEvent:
    action: str
    entity: str
    entity_id: str
    before: Any = None
    after: Any = None


def event_hash(
    *,
    seq: int,
    occurred_at: datetime,
    user: str,
    action: str,
    entity: str,
    entity_id: str,
    before_json: str,
    after_json: str,
    rows_count: int,
    rows_digest: str,
    prev_hash: str,
) -> str:
    if occurred_at.tzinfo is None:  # SQLite hands back naive datetimes; they were stored in UTC
        occurred_at = occurred_at.replace(tzinfo=UTC)
    content = json.dumps(
        [
            seq,
            occurred_at.astimezone(UTC).isoformat(timespec="microseconds"),
            user,
            action,
            entity,
            entity_id,
            before_json,
            after_json,
            rows_count,
            rows_digest,
            prev_hash,
        ],
        ensure_ascii=False,
        separators=(",", ":"),
    )
    return hashlib.sha256(content.encode("utf-8")).hexdigest()


def _lock_chain(session: Session) -> None:
    # Several clients of a team book append to one chain: serialise the append on PostgreSQL.
    # SQLite already holds the write lock (BEGIN IMMEDIATE).
    if session.get_bind().dialect.name == "postgresql":
        session.execute(text("SELECT pg_advisory_xact_lock(7315001)"))


def last_event(session: Session) -> tuple[int, str]:
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    return (last.seq, last.hash) if last else (0, GENESIS_HASH)


def reserve_seq(session: Session) -> int:
    """The sequence number the next event of this transaction will get (the chain stays locked
    until the transaction ends), for bulk writers that seal rows before the event exists."""
    _lock_chain(session)
    return last_event(session)[0] + 1


def append_events(
    session: Session,
    user: str,
    events: list[PendingEvent],
    *,
    sealed: Sequence[Sealed] = (),
    bulk: tuple[int, int] = (0, 0),
) -> list[AuditEvent]:
    """Append events to the chain inside the caller's transaction.

    The rows this transaction inserted into sealed tables (`sealed`, plus `bulk` = (count, sum)
    of row hashes a bulk writer sealed itself) are hashed and their digest goes into the last
    event, which each row names in its `audit_seq`.
    """
    if not events:
        return []
    _lock_chain(session)
    seq, prev_hash = last_event(session)
    now = datetime.now(UTC)
    last_seq = seq + len(events)
    state = bulk
    for row in sealed:
        row.audit_seq = last_seq
        row.row_hash = seal.hash_of(row)
        state = seal.combine(state, row.row_hash)
    written = []
    for index, pending in enumerate(events):
        seq += 1
        is_last = index == len(events) - 1
        row = AuditEvent(
            seq=seq,
            occurred_at=now,
            user=user,
            action=pending.action,
            entity=pending.entity,
            entity_id=str(pending.entity_id),
            before_json=to_json(pending.before),
            after_json=to_json(pending.after),
            rows_count=state[0] if is_last else 0,
            rows_digest=seal.finish(state) if is_last else "",
            prev_hash=prev_hash,
        )
        row.hash = _hash_of(row)
        prev_hash = row.hash
        session.add(row)
        written.append(row)
    session.flush()
    return written


def _hash_of(event: AuditEvent) -> str:
    return event_hash(
        seq=event.seq,
        occurred_at=event.occurred_at,
        user=event.user,
        action=event.action,
        entity=event.entity,
        entity_id=event.entity_id,
        before_json=event.before_json,
        after_json=event.after_json,
        rows_count=event.rows_count,
        rows_digest=event.rows_digest,
        prev_hash=event.prev_hash,
    )


@dataclass(frozen=True)
class ChainReport:
    events: int
    ok: bool
    first_broken_seq: int | None = None
    reason: str = ""


def _walk(session: Session) -> Iterator[AuditEvent]:
    offset_seq = 0
    while True:
        page = session.scalars(
            select(AuditEvent).where(AuditEvent.seq > offset_seq).order_by(AuditEvent.seq).limit(5000)
        ).all()
        if not page:
            return
        yield from page
        offset_seq = page[-1].seq
        session.expunge_all()


def verify_chain(session: Session) -> ChainReport:
    """Walk the chain from the first event to the last, then check every sealed row against the
    event that wrote it. Names the first broken place."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    count = 0
    expected_rows: dict[int, tuple[int, str]] = {}
    for event in _walk(session):
        if event.seq != expected_seq:
            return ChainReport(count, False, expected_seq, f"event {expected_seq} is missing")
        if event.prev_hash != prev_hash:
            return ChainReport(
                count, False, event.seq, f"event {event.seq} does not follow event {event.seq - 1}"
            )
        if _hash_of(event) != event.hash:
            return ChainReport(count, False, event.seq, f"event {event.seq} was altered")
        if event.rows_count:
            expected_rows[event.seq] = (event.rows_count, event.rows_digest)
        prev_hash = event.hash
        expected_seq += 1
        count += 1
    problem = _verify_rows(session, expected_rows)
    if problem:
        seq, reason = problem
        return ChainReport(count, False, seq, reason)
    return ChainReport(count, True)


def _verify_rows(session: Session, expected: dict[int, tuple[int, str]]) -> tuple[int | None, str] | None:
    found: dict[int, tuple[int, int]] = {}
    for model in seal.SEALED_MODELS:
        names = seal.sealed_columns(model)
        table = model.__tablename__
        columns = [model.__table__.c[name] for name in names]
        query = select(model.__table__.c.audit_seq, model.__table__.c.row_hash, *columns).execution_options(
            yield_per=20_000
        )
        for audit_seq, stored, *values in session.execute(query):
            row_id = values[names.index("id")]
            if audit_seq is None or stored is None or audit_seq not in expected:
                return audit_seq, f"{table} {row_id} is not in the audit log (written outside acctdesk)"
            if seal.row_hash(table, values) != stored:
                return audit_seq, f"{table} {row_id} was altered after event {audit_seq} wrote it"
            found[audit_seq] = seal.combine(found.get(audit_seq, (0, 0)), stored)
    for seq, (rows_count, rows_digest) in sorted(expected.items()):
        state = found.get(seq, (0, 0))
        if state[0] != rows_count or seal.finish(state) != rows_digest:
            return (
                seq,
                f"rows written with event {seq} were deleted or changed ({state[0]} of {rows_count} found)",
            )
    return None


def event_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0


def list_events(
    session: Session, *, user: str | None = None, action: str | None = None, limit: int = 50, before_seq=None
) -> list[AuditEvent]:
    """The newest events first, filtered by user or action (prefix, e.g. 'invoice.')."""
    query = select(AuditEvent).order_by(AuditEvent.seq.desc()).limit(limit)
    if user:
        query = query.where(AuditEvent.user == user)
    if action:
        query = query.where(AuditEvent.action.startswith(action))
    if before_seq is not None:
        query = query.where(AuditEvent.seq < before_seq)
    return list(session.scalars(query))
