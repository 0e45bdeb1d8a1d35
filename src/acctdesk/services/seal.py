"""Seals on posted rows: a SHA-256 of each row's content, and an order-free digest of the rows
that one audit event wrote, so that verifying the audit log also checks the ledger itself.

The digest of a set of rows is the sum of their hashes modulo 2**256: it can be computed while
streaming rows in any order, a row changed, added or removed changes it, and the row hashes are
themselves SHA-256 of content that includes the table and the row id.
"""

from __future__ import annotations

import hashlib
from collections.abc import Iterable, Sequence
from datetime import UTC, date, datetime
from decimal import Decimal

from acctdesk.model.entities import (
    Allocation,
    CreditNote,
    Installment,
    Invoice,
    LedgerEntry,
    Receipt,
    Reversal,
    Sealed,
    WriteOff,
)

SEALED_MODELS = (Invoice, Installment, CreditNote, Receipt, WriteOff, Allocation, Reversal, LedgerEntry)
MODULUS = 2**256
SEPARATOR = "\x1f"


def sealed_columns(model: type[Sealed]) -> list[str]:
    skipped = {"audit_seq", "row_hash", *model.unsealed_columns}
    return [column.name for column in model.__table__.columns if column.name not in skipped]


def canonical(value) -> str:
    """One text per value, whichever way it was read (ORM object, driver row, bulk tuple)."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "1" if value else "0"
    if isinstance(value, datetime):
        if value.tzinfo is not None:
            value = value.astimezone(UTC).replace(tzinfo=None)
        return value.strftime("%Y-%m-%d %H:%M:%S.%f")  # SQLite's own storage format
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, Decimal | int):
        return str(value)
    return str(value)


def row_hash(table: str, values: Sequence) -> str:
    text = SEPARATOR.join([table, *map(canonical, values)])
    return hashlib.sha256(text.encode("utf-8")).hexdigest()


def hash_of(row: Sealed) -> str:
    model = type(row)
    return row_hash(model.__tablename__, [getattr(row, name) for name in sealed_columns(model)])


def digest(hashes: Iterable[str]) -> tuple[int, str]:
    """(count, digest) of a set of row hashes."""
    total = count = 0
    for value in hashes:
        total = (total + int(value, 16)) % MODULUS
        count += 1
    return count, format(total, "064x") if count else ""


def combine(state: tuple[int, int], value: str) -> tuple[int, int]:
    """Add one row hash to a running (count, sum) while streaming."""
    count, total = state
    return count + 1, (total + int(value, 16)) % MODULUS


def finish(state: tuple[int, int]) -> str:
    count, total = state
    return format(total, "064x") if count else ""
