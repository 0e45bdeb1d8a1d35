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
from dataclasses import dataclass
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


def finish_lines(drafts: list[LineDraft]) -> list[BankLine]:
    """Tidy the text of each draft and give it its key, counting repeats within the file."""
    seen: dict[tuple[str, ...], int] = {}
    lines = []
    sha256 = hashlib.sha256
    for draft in drafts:
        # clean_text, written out: this runs for every line of a large file
        name = draft.counterparty_name = " ".join((draft.counterparty_name or "").split())
        account = draft.counterparty_account = " ".join((draft.counterparty_account or "").split())
        draft.memo = " ".join((draft.memo or "").split())
        draft.reference = clean_reference(draft.reference)
        draft.account = " ".join((draft.account or "").split())
        basis = _basis(draft, name, account)
        occurrence = seen.get(basis, 0)
        seen[basis] = occurrence + 1
        digest = sha256("\x1f".join((*basis, str(occurrence))).encode("utf-8")).hexdigest()[:32]
        lines.append(
            BankLine(
                draft.source_row,
                draft.booking_date,
                draft.value_date,
                draft.amount,
                draft.currency,
                draft.counterparty_name,
                draft.counterparty_account,
                draft.memo,
                draft.reference,
                draft.balance,
                draft.account,
                digest,
            )
        )
    return lines
