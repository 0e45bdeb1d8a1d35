"""Stable keys for bank lines, so that importing a file twice, or two overlapping files, adds each line once.

A line with a bank reference (transaction id, FITID, 流水号) is keyed on our account, the
reference, its booking date, amount and currency; a line without one on our account, booking
date, amount, currency, counterparty and memo. Either way an occurrence counter among the
lines of the same file with the same basis is added, so two genuinely identical lines of one
file both count, while the same line read again from another file gets the same key.
Text is compared with its whitespace collapsed, so padding and TABs in an export do not matter.
"""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from acctdesk.services.importing.model import BankLine

_JUNK_REFERENCE = re.compile(r"^(?:[-/—_.*\s]*|0+|NONREF|NOTPROVIDED|NOT PROVIDED|NONE|N/A)$", re.I)


def clean_text(text: str | None) -> str:
    """Collapse runs of whitespace (spaces, TABs, newlines) to one space and trim."""
    return " ".join((text or "").split())


def clean_reference(text: str | None) -> str:
    """A bank reference, or '' for the placeholders banks write when there is none."""
    value = clean_text(text)
    return "" if _JUNK_REFERENCE.match(value) else value


_NONZERO_DIGITS = frozenset("123456789")
_ACCOUNT_NOISE = re.compile(r"[\s-]")


def compact_account(account: str) -> str:
    return _ACCOUNT_NOISE.sub("", account).upper() if account else ""


@dataclass
class LineDraft:
    """A bank line while its file is being read (the memo may still grow); keyed at the end."""

    source_row: int
    booking_date: date
    value_date: date | None
    amount: Decimal
    currency: str
    counterparty_name: str = ""
    counterparty_account: str = ""
    memo: str = ""
    reference: str = ""
    balance: Decimal | None = None
    account: str = ""
    # Not a field: (amount, its minor units, balance, its minor units or None) when the reader
    # worked them out from the cell text; only good while `amount` and `balance` are those very
    # objects (the balance is False when not worked out). See bank_import._line_rows.
    minor_units = None


def _canonical_amount(amount: Decimal) -> str:
    return format(amount.normalize(), "f") if amount else "0"


def key_basis(draft: LineDraft) -> tuple[str, ...]:
    """What a line's key is made of (its text compared with whitespace collapsed)."""
    return _basis(draft, clean_text(draft.counterparty_name), clean_text(draft.counterparty_account))


def _basis(draft: LineDraft, name: str, counterparty_account: str) -> tuple[str, ...]:
    account = compact_account(draft.account)
    amount = _canonical_amount(draft.amount)
    when = draft.booking_date.isoformat()
    if draft.reference:
        return ("ref", account, draft.reference, when, amount, draft.currency)
    return (
        "content",
        account,
        when,
        amount,
        draft.currency,
        name.casefold(),
        counterparty_account.casefold(),
        clean_text(draft.memo).casefold(),
    )


def finish_lines(drafts: Iterable[LineDraft]) -> list[BankLine]:
    """Each draft as a line with its text tidied and its key, counting repeats within the file."""
    return list(iter_finished_lines(drafts))


def iter_finished_lines(drafts: Iterable[LineDraft], *, as_tuples: bool = False) -> Iterator:
    """finish_lines one line at a time, in the drafts' order. With `as_tuples` each line comes
    as a plain tuple of BankLine's fields in their declared order rather than as a BankLine
    (import_bank_file turns the lines into table rows at once, and writes them a chunk at a time).

    This runs for every line of a large file, so `clean_text` and `_basis` are written out here,
    with what repeats from line to line (our account, the booking date) worked out once."""
    seen: dict[tuple[str, ...], int] = {}
    sha256 = hashlib.sha256
    compact: dict[str, str] = {}
    iso: dict[date, str] = {}
    make = _line_maker()
    tidied: dict[str | None, str] = {}  # names and accounts repeat from line to line
    for draft in drafts:
        raw = draft.counterparty_name
        name = tidied.get(raw)
        if name is None:
            name = tidied[raw] = " ".join(raw.split()) if raw else ""
        raw = draft.counterparty_account
        account = tidied.get(raw)
        if account is None:
            account = tidied[raw] = " ".join(raw.split()) if raw else ""
        memo = " ".join(draft.memo.split()) if draft.memo else ""
        reference = draft.reference
        if reference:
            reference = " ".join(reference.split())
            # no placeholder starts with a digit other than 0: most references need no look
            if reference[:1] not in _NONZERO_DIGITS and _JUNK_REFERENCE.match(reference):
                reference = ""
        raw = draft.account
        own = tidied.get(raw)
        if own is None:
            own = tidied[raw] = " ".join(raw.split()) if raw else ""
        own_compact = compact.get(own)
        if own_compact is None:
            own_compact = compact[own] = compact_account(own)
        when = iso.get(draft.booking_date)
        if when is None:
            when = iso[draft.booking_date] = draft.booking_date.isoformat()
        amount = draft.amount
        canonical = format(amount.normalize(), "f") if amount else "0"
        if reference:
            basis: tuple[str, ...] = ("ref", own_compact, reference, when, canonical, draft.currency)
        else:
            basis = (
                "content",
                own_compact,
                when,
                canonical,
                draft.currency,
                name.casefold(),
                account.casefold(),
                memo.casefold(),
            )
        occurrence = seen.get(basis, 0)
        seen[basis] = occurrence + 1
        # the first 32 hex digits of the SHA-256 (hexdigest()[:32], without writing out the rest)
        digest = sha256("\x1f".join((*basis, str(occurrence))).encode("utf-8")).digest()[:16].hex()
        values = (
            draft.source_row,
            draft.booking_date,
            draft.value_date,
            amount,
            draft.currency,
            name,
            account,
            memo,
            reference,
            draft.balance,
            own,
            digest,
        )
        yield values if as_tuples else make(*values)


def _line_maker():
    """BankLine(...) without the frozen dataclass's __init__ (a setattr per field): the same
    object, made about four times faster; the fields in their declared order."""
    names = tuple(f.name for f in fields(BankLine))
    new = object.__new__

    def make(*values) -> BankLine:
        line = new(BankLine)
        line.__dict__.update(zip(names, values, strict=True))
        return line

    return make
