"""The audit chain: every ledger change appends an event whose SHA-256 covers the previous one."""

from __future__ import annotations

import hashlib
import json
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from typing import Any

from sqlalchemy import func, select, text
from sqlalchemy.orm import Session

from acctdesk.model.entities import AuditEvent
from acctdesk.model.money import Money

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


def append_events(session: Session, user: str, events: list[PendingEvent]) -> list[AuditEvent]:
    """Append events to the chain inside the caller's transaction."""
    if not events:
        return []
    _lock_chain(session)
    last = session.execute(
        select(AuditEvent.seq, AuditEvent.hash).order_by(AuditEvent.seq.desc()).limit(1)
    ).first()
    seq, prev_hash = (last.seq, last.hash) if last else (0, GENESIS_HASH)
    now = datetime.now(UTC)
    written = []
    for pending in events:
        seq += 1
        row = AuditEvent(
            seq=seq,
            occurred_at=now,
            user=user,
            action=pending.action,
            entity=pending.entity,
            entity_id=str(pending.entity_id),
            before_json=to_json(pending.before),
            after_json=to_json(pending.after),
            prev_hash=prev_hash,
        )
        row.hash = event_hash(
            seq=seq,
            occurred_at=now,
            user=user,
            action=row.action,
            entity=row.entity,
            entity_id=row.entity_id,
            before_json=row.before_json,
            after_json=row.after_json,
            prev_hash=prev_hash,
        )
        prev_hash = row.hash
        session.add(row)
        written.append(row)
    session.flush()
    return written


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
    """Walk the chain from the first event to the last; name the first broken link."""
    prev_hash = GENESIS_HASH
    expected_seq = 1
    count = 0
    for event in _walk(session):
        if event.seq != expected_seq:
            return ChainReport(count, False, expected_seq, f"event {expected_seq} is missing")
        if event.prev_hash != prev_hash:
            return ChainReport(
                count, False, event.seq, f"event {event.seq} does not follow event {event.seq - 1}"
            )
        recomputed = event_hash(
            seq=event.seq,
            occurred_at=event.occurred_at,
            user=event.user,
            action=event.action,
            entity=event.entity,
            entity_id=event.entity_id,
            before_json=event.before_json,
            after_json=event.after_json,
            prev_hash=event.prev_hash,
        )
        if recomputed != event.hash:
            return ChainReport(count, False, event.seq, f"event {event.seq} was altered")
        prev_hash = event.hash
        expected_seq += 1
        count += 1
    return ChainReport(count, True)


def event_count(session: Session) -> int:
    return session.scalar(select(func.count()).select_from(AuditEvent)) or 0
