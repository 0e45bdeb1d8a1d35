"""Reading SWIFT MT940 statements (one or several per file) into bank lines.

The file is cut into statements and tags here, so that each statement keeps its own account,
statement-level :86: texts are not glued to the last entry, and impossible dates are caught
(the mt-940 package quietly turns 30 February into the 29th). Each statement is then parsed
by mt-940 for the amounts, signs, dates and references of its :61: entries; the :86:
descriptions, structured (?20 … ?33 subfields) or free text, are read here.
"""

from __future__ import annotations

import logging
import re
import warnings as py_warnings
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

import mt940 as mt940_lib

from acctdesk.model.money import MoneyError, parse_amount
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.importing.detect import decode, detect_encoding, normalise_newlines
from acctdesk.services.importing.keys import LineDraft, clean_reference, clean_text
from acctdesk.services.importing.model import BALANCES_DIFFER, RowError
from acctdesk.services.importing.values import currency_code

# The library logs every line it cannot parse at ERROR; we report those lines ourselves, so
# they must not reach a console that has no logging configured (Python's last-resort handler).
logging.getLogger("mt940").addHandler(logging.NullHandler())

_TAG = re.compile(r"^:(\d{2}[A-Z]?):(.*)$")
_END = re.compile(r"^-(?:[A-Z]{0,4}\}?|\})?$")
_CONTROL = re.compile(r"[\x00-\x08\x0b\x0c\x0e-\x1f]")
_ENTRY = re.compile(r"^(\d{2})(\d{2})(\d{2})(\d{2}\d{2})?R?[CD]")
_BALANCE = re.compile(r"^([CD])(\d{6})([A-Z]{3})([\d,]+)")
_SEPA_KEYWORD = re.compile(r"^(EREF|KREF|MREF|CRED|DEBT|SVWZ|ABWA|ABWE|IBAN|BIC|COAM|OAMT)\+|^MTLG:")


@dataclass
class _Tag:
    tag: str
    lines: list[str]


@dataclass
class _Statement:
    tags: list[_Tag] = field(default_factory=list)

    def first(self, *names: str) -> _Tag | None:
        return next((t for t in self.tags if t.tag in names), None)


@dataclass
class Mt940Read:
    encoding: str
    drafts: list[LineDraft] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_mt940(data: bytes, name: str, currency: str | None) -> Mt940Read:
    encoding = detect_encoding(data)
    text = normalise_newlines(decode(data, encoding))
    statements = _statements(text)
    if not statements or not any(s.first("61", "60F", "60M") for s in statements):
        raise ValidationError(_("{name}: not an MT940 statement: no :60F: or :61: fields").format(name=name))
    result = Mt940Read(encoding=encoding)
    entry_number = 0
    for number, statement in enumerate(statements, start=1):
        entry_number = _read_statement(statement, number, entry_number, name, currency, result)
    return result


def _statements(text: str) -> list[_Statement]:
    """Cut the text into statements (each begins at :20:) made of tags with their lines."""
    statements: list[_Statement] = []
    current: _Statement | None = None
    last: _Tag | None = None
    for raw in text.split("\n"):
        line = _CONTROL.sub("", raw).rstrip()
        match = _TAG.match(line)
        if match:
            if match.group(1) == "20" or current is None:
                current = _Statement()
                statements.append(current)
            last = _Tag(match.group(1), [match.group(2)])
            current.tags.append(last)
        elif _END.match(line.strip()) and line.strip():
            last = None  # end of message: what follows until the next tag is envelope
        elif line.strip() and last is not None and last.tag in ("61", "86"):
            last.lines.append(line)
    return statements


def _entries(statement: _Statement) -> list[tuple[_Tag, _Tag | None]]:
    """Each :61: with the :86: right after it; an :86: after the closing balance is not an entry's."""
    pairs = []
    for i, tag in enumerate(statement.tags):
        if tag.tag == "61":
            following = statement.tags[i + 1] if i + 1 < len(statement.tags) else None
            pairs.append((tag, following if following and following.tag == "86" else None))
    return pairs


def _chunk(statement: _Statement, entries: list[tuple[_Tag, _Tag | None]]) -> str:
    """The statement as text for mt-940, without the entries left out and statement-level :86:."""
    kept = {id(t) for pair in entries for t in pair if t is not None}
    lines = []
    for tag in statement.tags:
        if tag.tag in ("61", "86") and id(tag) not in kept:
            continue
        lines.append(f":{tag.tag}:" + "\n".join(tag.lines))
    return "\n".join(lines) + "\n"


def _bad_date(tag: _Tag) -> str | None:
    """The impossible value or entry date of a :61: line, written as YYYY-MM-DD, or None."""
    match = _ENTRY.match(tag.lines[0])
    if not match:
        return None
    year = 2000 + int(match.group(1)) if int(match.group(1)) < 80 else 1900 + int(match.group(1))
    month, day = int(match.group(2)), int(match.group(3))
    if not _exists(year, month, day):
        return f"{year:04d}-{month:02d}-{day:02d}"
    if match.group(4):
        e_month, e_day = int(match.group(4)[:2]), int(match.group(4)[2:])
        if not any(_exists(y, e_month, e_day) for y in (year - 1, year, year + 1)):
            return f"{year:04d}-{e_month:02d}-{e_day:02d}"
    return None


def _exists(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def _read_statement(
    statement: _Statement,
    number: int,
    entry_number: int,
    name: str,
    currency: str | None,
    result: Mt940Read,
) -> int:
    account_tag = statement.first("25")
    account = clean_text(account_tag.lines[0]) if account_tag else ""
    entries = []
    for line_tag, info_tag in _entries(statement):
        entry_number += 1
        if bad := _bad_date(line_tag):
            reason = _("{text} is not a date").format(text=bad)
            result.errors.append(RowError(name, entry_number, None, reason, "entry"))
        else:
            entries.append((entry_number, line_tag, info_tag))
    parsed = mt940_lib.models.Transactions()
    with py_warnings.catch_warnings():
        py_warnings.simplefilter("ignore")
        try:
            parsed.parse(_chunk(statement, [(t, i) for _, t, i in entries]))
        except Exception as exc:  # mt-940 raises bare exceptions on malformed fields
            raise ValidationError(
                _("{name}: statement {number} cannot be read: {reason}").format(
                    name=name, number=number, reason=exc
                )
            ) from None
    if len(parsed.transactions) != len(entries):
        raise ValidationError(
            _("{name}: statement {number} has {count} :61: entries but {read} could be read").format(
                name=name, number=number, count=len(entries), read=len(parsed.transactions)
            )
        )
    total = Decimal(0)
    for (entry, line_tag, info_tag), transaction in zip(entries, parsed.transactions, strict=True):
        draft = _draft(line_tag, info_tag, transaction, entry, account, name, currency, result)
        if draft is not None:
            result.drafts.append(draft)
            total += draft.amount
    _check_balances(statement, number, total, name, result)
    return entry_number


def _draft(line_tag, info_tag, transaction, entry_number, account, name, currency, result):
    def fail(reason: str) -> None:
        result.errors.append(RowError(name, entry_number, None, reason, unit="entry"))

    data = transaction.data
    code = data.get("currency") or (currency_code(currency) if currency else None)
    if not code:
        fail(_("no currency: the statement has no opening balance and none was chosen"))
        return None
    try:
        amount = parse_amount(Decimal(data["amount"].amount), code)
    except MoneyError as problem:
        fail(str(problem))
        return None
    value_date = _as_date(data.get("date"))
    booking_date = _as_date(data.get("entry_date")) or value_date
    if booking_date is None:
        fail(_("no date"))
        return None
    counterparty, counterparty_account, memo = _description(info_tag)
    extra = " ".join(line_tag.lines[1:])
    return LineDraft(
        source_row=entry_number,
        booking_date=booking_date,
        value_date=value_date,
        amount=amount,
        currency=code,
        counterparty_name=counterparty,
        counterparty_account=counterparty_account,
        memo=f"{extra} {memo}".strip(),
        reference=_reference(data),
        account=account,
    )


def _as_date(value) -> date | None:
    return date(value.year, value.month, value.day) if value else None


def _reference(data: dict) -> str:
    bank = clean_reference(data.get("bank_reference"))
    if bank:
        return bank
    customer = (data.get("customer_reference") or "").split("\n")[0]
    return clean_reference(customer)


def _description(tag: _Tag | None) -> tuple[str, str, str]:
    """(counterparty name, counterparty account, memo) from an :86: field."""
    if tag is None:
        return "", "", ""
    if not re.match(r"^\d{3}\?", tag.lines[0]):
        return "", "", " ".join(tag.lines)
    # Structured (German GVC) :86:: subfields wrap at fixed width, even mid-word.
    parts = re.split(r"\?(\d{2})", "".join(tag.lines))
    fields: dict[int, list[str]] = {}
    for key, value in zip(parts[1::2], parts[2::2], strict=False):
        fields.setdefault(int(key), []).append(value)
    purpose = ""
    for key in [*range(20, 30), *range(60, 64)]:
        for value in fields.get(key, []):
            joiner = " " if purpose and _SEPA_KEYWORD.match(value) else ""
            purpose += joiner + value
    posting = "".join(fields.get(0, []))
    name = "".join(fields.get(32, []) + fields.get(33, []))
    account = "".join(fields.get(31, []))
    return name, account, f"{posting} {purpose}".strip()


def _balance(tag: _Tag | None) -> tuple[Decimal, str] | None:
    match = _BALANCE.match(tag.lines[0]) if tag else None
    if not match:
        return None
    amount = Decimal(match.group(4).replace(",", ".").rstrip(".") or "0")
    return (-amount if match.group(1) == "D" else amount), match.group(3)


def _check_balances(statement: _Statement, number: int, total: Decimal, name: str, result) -> None:
    opening = _balance(statement.first("60F", "60M"))
    closing = _balance(statement.first("62F", "62M"))
    if not opening or not closing or opening[1] != closing[1]:
        return
    if opening[0] + total != closing[0]:
        result.warnings.append(
            _(BALANCES_DIFFER).format(
                statement=number,
                opening=f"{opening[0]:,}",
                currency=opening[1],
                entries=f"{total:+,}",
                sum=f"{opening[0] + total:,}",
                closing=f"{closing[0]:,}",
            )
        )
