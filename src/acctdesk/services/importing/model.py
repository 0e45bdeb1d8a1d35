"""Plain values the bank-file readers produce: normalised lines, row errors, column mappings."""

from __future__ import annotations

import hashlib
import unicodedata
from dataclasses import dataclass, field, fields
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from acctdesk.services.i18n import N_, _

FORMATS = ("csv", "xlsx", "xls", "mt940", "camt053", "ofx")

# The warning of the MT940 and CAMT readers when a statement's entries do not lead from its
# opening balance to its closing balance (the amounts come written with their thousands commas).
BALANCES_DIFFER = N_(
    "statement {statement}: the opening balance {opening} {currency} plus the entries "
    "({entries}) gives {sum}, but the closing balance is {closing}; check that no statement "
    "or entry is missing"
)


@dataclass(frozen=True)
class BankLine:
    """One movement on a bank or payment account, signed from our side: + money in, - money out."""

    source_row: int
    booking_date: date
    value_date: date | None
    amount: Decimal
    currency: str
    counterparty_name: str
    counterparty_account: str
    memo: str
    reference: str
    balance: Decimal | None
    account: str
    line_key: str


@dataclass(frozen=True)
class RowError:
    """A row (or entry) that could not be read, said so that a clerk can fix the file or the mapping."""

    file: str
    row: int | None
    column: str | None
    reason: str
    unit: str = "row"  # "row" for sheets and CSV files, "entry" for MT940, CAMT and OFX

    def __str__(self) -> str:
        parts = [self.file]
        if self.row is not None:
            where = _("entry {number}") if self.unit == "entry" else _("row {number}")
            parts.append(where.format(number=self.row))
        if self.column:
            parts.append(_("column {column}").format(column=self.column))
        return _("{where}: {reason}").format(where=", ".join(parts), reason=self.reason)


def normalise_header(text: str) -> str:
    """Header text as compared by mappings: full-width folded, no spaces, lower case."""
    folded = unicodedata.normalize("NFKC", text or "")
    return "".join(folded.split()).casefold().rstrip(":,;")


@dataclass(frozen=True)
class ColumnMapping:
    """Which column of a sheet holds which field, plus how its numbers and dates are written.

    Columns are named by their header text; a column with no header is named "#N" (1-based).
    `decimal` is "." or ","; `date_format` is None (work it out), "YMD", "DMY" or "MDY";
    `direction_blank` says what an empty direction cell means ("in", "out" or None: an error),
    e.g. card statements that flag only credits with "CR".
    """

    date: str | None = None
    value_date: str | None = None
    amount: str | None = None
    credit: str | None = None
    debit: str | None = None
    direction: str | None = None
    direction_blank: str | None = None
    currency: str | None = None
    counterparty_name: str | None = None
    counterparty_account: str | None = None
    memo: tuple[str, ...] = ()
    reference: str | None = None
    balance: str | None = None
    account: str | None = None
    status: str | None = None
    decimal: str = "."
    date_format: str | None = None
    headers: tuple[str, ...] = field(default=(), compare=False)

    @property
    def signature(self) -> str:
        """Identifies a header row, so a template saved for one export is offered for the next."""
        joined = "\x1f".join(normalise_header(h) for h in self.headers)
        return hashlib.sha256(joined.encode("utf-8")).hexdigest()[:16]

    def columns(self) -> list[str]:
        """Every header this mapping reads."""
        single = [
            self.date,
            self.value_date,
            self.amount,
            self.credit,
            self.debit,
            self.direction,
            self.currency,
            self.counterparty_name,
            self.counterparty_account,
            self.reference,
            self.balance,
            self.account,
            self.status,
        ]
        return [c for c in single if c] + list(self.memo)

    def to_dict(self) -> dict[str, Any]:
        data: dict[str, Any] = {}
        for f in fields(self):
            value = getattr(self, f.name)
            data[f.name] = list(value) if isinstance(value, tuple) else value
        data["signature"] = self.signature
        return data

    @classmethod
    def from_dict(cls, data: dict[str, Any]) -> ColumnMapping:
        known = {f.name for f in fields(cls)}
        values = {k: v for k, v in data.items() if k in known}
        for name in ("memo", "headers"):
            if name in values:
                values[name] = tuple(values[name] or ())
        mapping = cls(**values)
        if mapping.decimal not in (".", ","):
            raise ValueError(f"decimal must be '.' or ',', not {mapping.decimal!r}")
        if mapping.date_format not in (None, "YMD", "DMY", "MDY"):
            raise ValueError(f"date_format must be YMD, DMY or MDY, not {mapping.date_format!r}")
        return mapping


@dataclass
class ReadResult:
    """Everything read from one file: lines, and all the problems found on the way."""

    path: Path
    format: str
    encoding: str | None
    header_row: int | None
    mapping: ColumnMapping | None
    lines: list[BankLine]
    errors: list[RowError]
    warnings: list[str]
    file_sha256: str
    file_size: int

    @property
    def ok(self) -> bool:
        return not self.errors
