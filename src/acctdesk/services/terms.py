"""Payment terms (付款条件): read the accountants' shorthand and turn an invoice into installments.

Everything here is a pure function over plain values: no database, no Qt, "today" is a parameter.

The shorthand
=============

A term is one or more lines separated by ``;`` (or ``；`` or a new line). A line is a few words
in any order; the canonical form prints them in this order::

    [portion] [RETENTION] [discount] basis[+offset] [CUTn]

portion     ``30%`` a percent of the invoice · ``5000`` a fixed amount · ``BAL`` the balance
            (余款, 尾款). A line without a portion is the balance line.
RETENTION   质保金: the line is a warranty holdback (RET, 质保金, 质保).
discount    ``2/10``: 2 % off if paid within 10 days of the basis date (also ``2%/10``).
basis       ``N`` invoice date (NET, INV, 开票, 发票) · ``RCV`` invoice receipt (票到, 收票) ·
            ``EOM`` end of the invoice month (月结, 月底) · ``EONM`` end of the next month
            (次月结, 次月底, 下月底) · ``DAY10`` the 10th of the next month (次月10日) with an
            optional ``CUT25`` cutoff (截止25日): invoices dated after the 25th move a month
            later · ``SIGN`` contract signing (签订, 签约) · ``DELIVERY`` (发货, 到货, 交货) ·
            ``ACCEPT`` acceptance (验收) · ``@name`` a named milestone (``@试运行``).
offset      after the basis: ``30`` or ``30D`` days (天, 日), ``12M`` months (个月, 月), ``1Y``
            years (年, printed as months), combined ``1M15D`` (months first, then days). The
            ``+`` is optional after a keyword (``N30``, ``月结30天``, ``验收后30天``) but
            required after ``DAY10`` and ``@name``. A negative offset is refused.

English keywords are case-insensitive; full-width characters (％, ＋, ；, digits) are read as
their ASCII twins. Canonical printing: ``N`` always carries its days (``N0``, ``N30``); other
bases print ``+offset`` only when it is not zero; days alone print as a bare number, months
with ``M`` and mixed offsets as ``1M15D``; ``BAL`` is printed only in terms of several lines.

Examples: ``N30`` · ``2/10 N30`` · ``EOM+30`` (月结30天) · ``EONM+10`` · ``RCV+30`` (票到30天) ·
``DAY10 CUT25`` · ``30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M`` · ``5000 DELIVERY+15;
BAL ACCEPT`` · ``@试运行+30``. docs/terms.md has the full table.

Rules a term must follow: at most one balance line; without one, the percents add up to exactly
100 % and there are no fixed amounts; with one, the percents add up to less than 100 %. Fixed
amounts that would leave a negative balance are refused when the schedule is computed.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Callable, Iterator, Mapping
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from enum import StrEnum
from functools import cache
from typing import TYPE_CHECKING, Protocol

import chinese_calendar

from acctdesk.model.money import (
    MoneyError,
    minor_digits,
    normalise_currency,
    parse_amount,
    quantum,
    split,
)
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _

if TYPE_CHECKING:
    import holidays

HUNDRED = Decimal(100)
MAX_OFFSET_DAYS = 3660  # ten years: anything longer is a typo, not a credit term
MAX_OFFSET_MONTHS = 120
PORTION_KINDS = ("percent", "fixed", "balance")
STANDARD_EVENTS = ("signing", "delivery", "acceptance")


class Basis(StrEnum):
    INVOICE = "invoice"
    RECEIVED = "received"
    END_OF_MONTH = "end_of_month"
    END_OF_NEXT_MONTH = "end_of_next_month"
    FIXED_DAY = "fixed_day"
    EVENT = "event"


class Status(StrEnum):
    NOT_DUE = "not_due"
    DUE_SOON = "due_soon"
    OVERDUE = "overdue"
    PAID = "paid"
    PARTLY_PAID = "partly_paid"
    DISPUTED = "disputed"
    WRITTEN_OFF = "written_off"
    AWAITING_EVENT = "awaiting_event"


# The shorthand's keywords and aliases; _format_basis holds the canonical spellings.
_BASIS_ALIASES: dict[tuple[Basis, str | None], tuple[str, ...]] = {
    (Basis.INVOICE, None): ("NET", "INVOICE", "INV", "N", "开票", "发票"),
    (Basis.RECEIVED, None): ("RECEIVED", "RCV", "票到", "收票", "到票"),
    (Basis.END_OF_MONTH, None): ("EOM", "月结", "月底"),
    (Basis.END_OF_NEXT_MONTH, None): ("EONM", "次月结", "次月底", "下月底"),
    (Basis.EVENT, "signing"): ("SIGNING", "SIGN", "签订", "签约", "签合同"),
    (Basis.EVENT, "delivery"): ("DELIVERY", "DELIVER", "SHIP", "发货", "到货", "交货"),
    (Basis.EVENT, "acceptance"): ("ACCEPTANCE", "ACCEPT", "验收"),
}
_BASIS_BY_ALIAS = {alias: key for key, aliases in _BASIS_ALIASES.items() for alias in aliases}
_STANDARD_EVENT_BY_ALIAS = {
    alias: event for (_, event), aliases in _BASIS_ALIASES.items() if event for alias in aliases
} | {event.upper(): event for event in STANDARD_EVENTS}
_RECEIPT_WORDS = {alias.casefold() for alias in _BASIS_ALIASES[(Basis.RECEIVED, None)]}
_EVENT_KEYWORDS = {"signing": "SIGN", "delivery": "DELIVERY", "acceptance": "ACCEPT"}


def _invalid(message: str, field: str = "payment_term") -> ValidationError:
    return ValidationError(message, field=field)


# ---------------------------------------------------------------------------------------------
# Values


@dataclass(frozen=True)
class TermLine:
    """One line of a payment term; applying the term makes one installment per line."""

    portion_kind: str = "balance"
    portion: Decimal = Decimal(0)
    basis: Basis = Basis.INVOICE
    offset_months: int = 0
    offset_days: int = 0
    day_of_month: int | None = None
    cutoff_day: int | None = None
    event: str | None = None
    discount_percent: Decimal | None = None
    discount_days: int | None = None
    retention: bool = False

    def __post_init__(self) -> None:
        # Lines are also built by the ledger from stored columns, so they check themselves.
        _check_portion(self)
        object.__setattr__(self, "basis", _coerce_basis(self.basis))
        _check_offset(self.offset_months, self.offset_days)
        _check_fixed_day(self)
        object.__setattr__(self, "event", _check_event(self.basis, self.event))
        _check_discount(self)


@dataclass(frozen=True)
class PaymentTerm:
    lines: tuple[TermLine, ...]

    def __post_init__(self) -> None:
        object.__setattr__(self, "lines", tuple(self.lines))
        _check_term(self.lines)


@dataclass(frozen=True)
class ScheduledInstallment:
    seq: int
    amount: Decimal
    due_date: date | None
    awaiting_event: str | None
    retention: bool
    discount_until: date | None
    discount_amount: Decimal
    line: TermLine


def _decimal(value: object, field: str) -> Decimal:
    if isinstance(value, float):
        raise _invalid(
            _("{field} must be a decimal, not the float {value!r}").format(field=field, value=value), field
        )
    try:
        number = Decimal(value)  # type: ignore[arg-type]
    except (InvalidOperation, TypeError, ValueError):
        raise _invalid(
            _("{field} '{value}' is not a number").format(field=field, value=value), field
        ) from None
    if not number.is_finite():
        raise _invalid(_("{field} '{value}' is not a number").format(field=field, value=value), field)
    return number


def _check_portion(line: TermLine) -> None:
    if line.portion_kind not in PORTION_KINDS:
        raise _invalid(
            _("portion kind '{portion_kind}' must be percent, fixed or balance").format(
                portion_kind=line.portion_kind
            )
        )
    portion = _decimal(line.portion, "portion")
    object.__setattr__(line, "portion", portion)
    if line.portion_kind == "percent" and not 0 < portion <= HUNDRED:
        raise _invalid(
            _("a percent must be more than 0% and at most 100%, not {percent}%").format(
                percent=_plain(portion)
            )
        )
    if line.portion_kind == "fixed" and portion <= 0:
        raise _invalid(_("a fixed amount must be more than 0, not {amount}").format(amount=_plain(portion)))
    if line.portion_kind == "balance" and portion != 0:
        raise _invalid(_("a balance line takes what is left; it has no amount of its own"))


def _coerce_basis(basis: object) -> Basis:
    try:
        return Basis(basis)
    except ValueError:
        raise _invalid(_("'{basis}' is not a due basis").format(basis=basis)) from None


def _check_offset(months: int, days: int) -> None:
    if months < 0 or days < 0:
        raise _invalid(
            _(
                "negative offset ({months} months, {days} days): a due date cannot come before its basis date"
            ).format(months=months, days=days)
        )
    if months > MAX_OFFSET_MONTHS or days > MAX_OFFSET_DAYS:
        raise _invalid(
            _("offset of {months} months and {days} days is more than ten years").format(
                months=months, days=days
            )
        )


def _check_fixed_day(line: TermLine) -> None:
    fixed = line.basis == Basis.FIXED_DAY
    if fixed != (line.day_of_month is not None):
        raise _invalid(_("a day of the month (DAY10) goes with, and only with, a fixed-day basis"))
    if line.cutoff_day is not None and not fixed:
        raise _invalid(_("a cutoff (CUT25) only goes with a fixed day such as DAY10"))
    for name, day in (("day of the month", line.day_of_month), ("cutoff", line.cutoff_day)):
        if day is not None and not 1 <= day <= 31:
            raise _invalid(_("{name} {day} must be between 1 and 31").format(name=name, day=day))


def _check_event(basis: Basis, event: str | None) -> str | None:
    if basis != Basis.EVENT:
        if event is not None:
            raise _invalid(
                _("event '{event}' needs an event basis (SIGN, DELIVERY, ACCEPT, @name)").format(event=event)
            )
        return None
    if not event:
        raise _invalid(_("an event basis needs an event: SIGN, DELIVERY, ACCEPT or @milestone"))
    name = unicodedata.normalize("NFKC", event).strip()
    if name.casefold() in _RECEIPT_WORDS:
        raise _invalid(
            _("'{event}' is invoice receipt, not a contract event: use RCV+30 (票到30)").format(event=event)
        )
    if not re.fullmatch(r"\w+", name):
        raise _invalid(_("milestone '{event}' may only contain letters, digits and _").format(event=event))
    return _STANDARD_EVENT_BY_ALIAS.get(name.upper(), name)


def _check_discount(line: TermLine) -> None:
    if (line.discount_percent is None) != (line.discount_days is None):
        raise _invalid(_("an early-payment discount needs both a percent and days, as in 2/10"))
    if line.discount_percent is None or line.discount_days is None:
        return
    percent = _decimal(line.discount_percent, "discount percent")
    object.__setattr__(line, "discount_percent", percent)
    if not 0 < percent < HUNDRED:
        raise _invalid(
            _("a discount of {percent}% must be more than 0% and below 100%").format(percent=_plain(percent))
        )
    if not 0 <= line.discount_days <= MAX_OFFSET_DAYS:
        raise _invalid(
            _("discount days {discount_days} must be between 0 and 3660").format(
                discount_days=line.discount_days
            )
        )


def _check_term(lines: tuple[TermLine, ...]) -> None:
    if not lines:
        raise _invalid(_("a payment term needs at least one line, such as N30"))
    balance = [n for n, line in enumerate(lines, 1) if line.portion_kind == "balance"]
    fixed = [n for n, line in enumerate(lines, 1) if line.portion_kind == "fixed"]
    percent = _percent_total(lines)
    if len(balance) > 1:
        raise _invalid(
            _("two balance lines (lines {first} and {second}); a term has at most one").format(
                first=balance[0], second=balance[1]
            )
        )
    if not balance:
        if fixed:
            raise _invalid(
                _(
                    "the fixed amount on line {fixed} needs a balance line to take up the rest of "
                    "the invoice; add one such as 'BAL N30'"
                ).format(fixed=fixed[0])
            )
        if percent != HUNDRED:
            raise _invalid(
                _(
                    "percents add up to {percent}%, not 100%; correct them or add a balance line such "
                    "as 'BAL N30'"
                ).format(percent=_plain(percent))
            )
    elif percent >= HUNDRED:
        raise _invalid(
            _(
                "percents add up to {percent}%, leaving nothing for the balance line (line "
                "{line}); lower them or remove the balance line"
            ).format(percent=_plain(percent), line=balance[0])
        )


def _percent_total(lines: tuple[TermLine, ...]) -> Decimal:
    return sum((line.portion for line in lines if line.portion_kind == "percent"), Decimal(0))


def net_days(n: int) -> PaymentTerm:
    """Net n days from the invoice date: the everyday term, ``N30``."""
    return PaymentTerm((TermLine(basis=Basis.INVOICE, offset_days=n),))


# ---------------------------------------------------------------------------------------------
# Business-day calendars


class BusinessCalendar(Protocol):
    def roll_forward(self, day: date) -> date: ...


@dataclass(frozen=True)
class WorkdayCalendar:
    """A calendar that moves a due date on a non-working day to the next working day."""

    name: str
    is_working_day: Callable[[date], bool]

    def roll_forward(self, day: date) -> date:
        while not self.is_working_day(day):
            day += timedelta(days=1)
        return day


def _is_weekday(day: date) -> bool:
    return day.weekday() < 5


def _is_china_workday(day: date) -> bool:
    # chinese_calendar follows the State Council's yearly schedule, make-up days (调休) included,
    # but only for the years it knows; beyond them the holidays package's rules are the best guess.
    try:
        return bool(chinese_calendar.is_workday(day))
    except NotImplementedError:
        return bool(_china_holidays(day.year).is_working_day(day))


@cache
def _china_holidays(year: int) -> holidays.HolidayBase:
    import holidays  # a few tenths of a second to import: only for years chinese_calendar lacks

    return holidays.China(years=year)


NO_ROLL = WorkdayCalendar("none", lambda day: True)
WEEKENDS = WorkdayCalendar("weekends", _is_weekday)
CHINA = WorkdayCalendar("china", _is_china_workday)
_CALENDARS = {calendar.name: calendar for calendar in (NO_ROLL, WEEKENDS, CHINA)}


def calendar_by_name(name: str) -> WorkdayCalendar:
    """The book setting 'none', 'weekends' or 'china' as a calendar."""
    calendar = _CALENDARS.get((name or "").strip().lower())
    if calendar is None:
        raise _invalid(
            _("unknown business-day calendar '{name}'; use none, weekends or china").format(name=name),
            "calendar",
        )
    return calendar


# ---------------------------------------------------------------------------------------------
# Parsing


def _keyword_pattern(aliases: list[str]) -> str:
    # Longest first so NET wins over N; an ASCII word must not run on into more letters.
    ordered = sorted(aliases, key=len, reverse=True)
    return "|".join(re.escape(a) + ("(?![A-Za-z])" if a.isascii() else "") for a in ordered)


_END = r"(?![A-Za-z0-9.,%/])"  # a token ends at a space, a CJK word or the end of the line
_OFFSET = (
    r"(?:(?P<years>\d+)\s*(?:YEARS?|Y(?![A-Za-z])|年)\s*)?"
    r"(?:(?P<months>\d+)\s*(?:MONTHS?|M(?![A-Za-z])|个月|月)\s*)?"
    r"(?:(?P<days>\d+)\s*(?:DAYS?|D(?![A-Za-z])|天|日)?)?"
)
_SIGNED_OFFSET = rf"(?:\s*(?P<sign>[+-])\s*{_OFFSET})?"
_TOKEN_PATTERNS = [
    (kind, re.compile(pattern + _END, re.IGNORECASE))
    for kind, pattern in (
        ("discount", r"(?P<percent>\d+(?:\.\d+)?)\s*%?\s*/\s*(?P<days>\d+)"),
        ("percent", r"(?P<value>\d+(?:\.\d+)?)\s*%"),
        ("fixed", r"(?P<value>\d[\d,]*(?:\.\d+)?)\s*元?"),
        ("balance", _keyword_pattern(["BALANCE", "BAL", "余款", "尾款", "余额"])),
        ("retention", _keyword_pattern(["RETENTION", "RET", "质保金", "质保"])),
        ("fixed_day", rf"(?:DAY|次月)\s*(?P<day>\d+)\s*[日号]?{_SIGNED_OFFSET}"),
        ("cutoff", r"(?:CUTOFF|CUT|截止|截至)\s*(?P<day>\d+)\s*[日号]?"),
        ("milestone", rf"@(?P<name>\w+){_SIGNED_OFFSET}"),
        (
            "basis",
            rf"(?P<keyword>{_keyword_pattern(list(_BASIS_BY_ALIAS))})"
            rf"(?:\s*后|/)?(?:\s*(?P<sign>[+-]))?\s*{_OFFSET}",
        ),
    )
]
_SLOTS = {  # which part of a line each token fills; two tokens for one slot is an error
    "discount": "discount",
    "percent": "portion",
    "fixed": "portion",
    "balance": "portion",
    "retention": "retention",
    "fixed_day": "basis",
    "cutoff": "cutoff",
    "milestone": "basis",
    "basis": "basis",
}


def _slot_name(slot: str) -> str:
    names = {
        "discount": _("discount"),
        "portion": _("portion"),
        "retention": _("retention flag"),
        "basis": _("due basis"),
        "cutoff": _("cutoff"),
    }
    return names[slot]


def _expected() -> str:
    return _(
        "expected a portion (30%, 5000, BAL), a due basis (N30, EOM+30, EONM+10, RCV+30, "
        "DAY10 CUT25, SIGN, DELIVERY+15, ACCEPT+30, @milestone+30), a discount (2/10) or RETENTION"
    )


def parse_term(text: str) -> PaymentTerm:
    """Read a payment term typed in the shorthand; refuse it with a message naming the problem."""
    lines = [part.strip() for part in re.split(r"[;\n]", _normalise(text))]
    lines = [line for line in lines if line]
    if not lines:
        raise _invalid(_("the payment term is empty; type one such as N30 or 月结30"))
    if len(lines) == 1:
        return PaymentTerm((parse_line(lines[0]),))
    parsed = []
    for number, line in enumerate(lines, 1):
        try:
            parsed.append(parse_line(line))
        except ValidationError as error:
            raise _invalid(
                _("line {number} ('{line}'): {message}").format(
                    number=number, line=line, message=error.message
                )
            ) from None
    return PaymentTerm(tuple(parsed))


def parse_line(text: str) -> TermLine:
    """Read one line of a term alone, as stored on an installment."""
    line = _normalise(text).strip()
    if not line:
        raise _invalid(_("the payment term line is empty; type one such as N30"))
    parts: dict[str, tuple[str, re.Match[str]]] = {}
    for kind, match in _tokens(line):
        slot = _SLOTS[kind]
        if slot in parts:
            raise _invalid(
                _("'{group}' and '{group2}' both give the {slot} in '{line}'; keep one").format(
                    group=parts[slot][1].group(0).strip(),
                    group2=match.group(0).strip(),
                    slot=_slot_name(slot),
                    line=line,
                )
            )
        parts[slot] = (kind, match)
    return _line_from_parts(parts, line)


def _normalise(text: str) -> str:
    # NFKC turns full-width ％ ＋ ； ＠ and digits typed with a Chinese IME into ASCII.
    return unicodedata.normalize("NFKC", text or "")


def _tokens(line: str) -> Iterator[tuple[str, re.Match[str]]]:
    pos = 0
    while (pos := _skip_spaces(line, pos)) < len(line):
        for kind, pattern in _TOKEN_PATTERNS:
            match = pattern.match(line, pos)
            if match:
                yield kind, match
                pos = match.end()
                break
        else:
            raise _invalid(
                _("cannot read '{split}' in '{line}': {expected}").format(
                    split=line[pos:].split()[0], line=line, expected=_expected()
                )
            )


def _skip_spaces(line: str, pos: int) -> int:
    while pos < len(line) and line[pos].isspace():
        pos += 1
    return pos


def _line_from_parts(parts: dict[str, tuple[str, re.Match[str]]], line: str) -> TermLine:
    if "basis" not in parts:
        raise _invalid(
            _("'{line}' has no due basis; add one such as N30, EOM+30, RCV+30 or ACCEPT+30").format(line=line)
        )
    basis_kind, basis_match = parts["basis"]
    fields = _basis_fields(basis_kind, basis_match)
    if "cutoff" in parts:
        if fields["basis"] != Basis.FIXED_DAY:
            raise _invalid(
                _("a cutoff only goes with a fixed day such as 'DAY10 CUT25', in '{line}'").format(line=line)
            )
        fields["cutoff_day"] = int(parts["cutoff"][1]["day"])
    if "portion" in parts:
        fields.update(_portion_fields(*parts["portion"]))
    if "discount" in parts:
        match = parts["discount"][1]
        fields["discount_percent"] = Decimal(match["percent"])
        fields["discount_days"] = int(match["days"])
    fields["retention"] = "retention" in parts
    return TermLine(**fields)


def _portion_fields(kind: str, match: re.Match[str]) -> dict[str, object]:
    if kind == "balance":
        return {"portion_kind": "balance", "portion": Decimal(0)}
    return {"portion_kind": kind, "portion": Decimal(match["value"].replace(",", ""))}


def _basis_fields(kind: str, match: re.Match[str]) -> dict[str, object]:
    months, days = _offset(match)
    fields: dict[str, object] = {"offset_months": months, "offset_days": days}
    if kind == "fixed_day":
        fields |= {"basis": Basis.FIXED_DAY, "day_of_month": int(match["day"])}
    elif kind == "milestone":
        fields |= {"basis": Basis.EVENT, "event": match["name"]}
    else:
        basis, event = _BASIS_BY_ALIAS[match["keyword"].upper()]
        fields |= {"basis": basis, "event": event}
    return fields


def _offset(match: re.Match[str]) -> tuple[int, int]:
    years, months, days = (int(match[name] or 0) for name in ("years", "months", "days"))
    given = any(match[name] for name in ("years", "months", "days"))
    token = match.group(0).strip()
    if match["sign"] == "-":
        raise _invalid(
            _("negative offset in '{token}': a due date cannot come before its basis date").format(
                token=token
            )
        )
    if match["sign"] == "+" and not given:
        raise _invalid(
            _("'{token}' has a '+' but no days or months after it; write e.g. +30").format(token=token)
        )
    return years * 12 + months, days


# ---------------------------------------------------------------------------------------------
# Formatting


def format_term(term: PaymentTerm) -> str:
    """The one canonical spelling of a term; parse_term reads it back to an equal term."""
    if len(term.lines) == 1:
        return format_line(term.lines[0])
    return "; ".join(_format_line(line, show_balance=True) for line in term.lines)


def format_line(line: TermLine) -> str:
    """One line alone; a balance line prints without BAL (a line with no portion is the balance)."""
    return _format_line(line, show_balance=False)


def _format_line(line: TermLine, *, show_balance: bool) -> str:
    words = [_format_portion(line, show_balance)]
    if line.retention:
        words.append("RETENTION")
    if line.discount_percent is not None:
        words.append(f"{_plain(line.discount_percent)}/{line.discount_days}")
    words.append(_format_basis(line))
    if line.cutoff_day is not None:
        words.append(f"CUT{line.cutoff_day}")
    return " ".join(word for word in words if word)


def _format_portion(line: TermLine, show_balance: bool) -> str:
    if line.portion_kind == "percent":
        return f"{_plain(line.portion)}%"
    if line.portion_kind == "fixed":
        return _format_amount(line.portion)
    return "BAL" if show_balance else ""


def _format_basis(line: TermLine) -> str:
    offset = _format_offset(line.offset_months, line.offset_days)
    plus_offset = f"+{offset}" if offset else ""
    if line.basis == Basis.INVOICE:
        return f"N{offset or 0}"
    if line.basis == Basis.FIXED_DAY:
        return f"DAY{line.day_of_month}{plus_offset}"
    if line.basis == Basis.EVENT:
        assert line.event is not None
        return _EVENT_KEYWORDS.get(line.event, f"@{line.event}") + plus_offset
    keyword = {
        Basis.RECEIVED: "RCV",
        Basis.END_OF_MONTH: "EOM",
        Basis.END_OF_NEXT_MONTH: "EONM",
    }[line.basis]
    return keyword + plus_offset


def _format_offset(months: int, days: int) -> str:
    if months and days:
        return f"{months}M{days}D"
    if months:
        return f"{months}M"
    return str(days) if days else ""


def _plain(number: Decimal) -> str:
    return format(number.normalize(), "f")


def _format_amount(amount: Decimal) -> str:
    text = _plain(amount)
    whole, _, fraction = text.partition(".")
    return f"{whole}.{fraction:0<2}" if fraction else whole


# ---------------------------------------------------------------------------------------------
# Dates


def basis_date_for(
    line: TermLine,
    *,
    invoice_date: date,
    received_date: date | None = None,
    events: Mapping[str, date] | None = None,
) -> date | None:
    """The date the line counts from (and its discount window starts); None while awaited.

    For a fixed day of the month the basis is the invoice date itself.
    """
    if line.basis in (Basis.INVOICE, Basis.FIXED_DAY):
        return invoice_date
    if line.basis == Basis.RECEIVED:
        if received_date is not None and received_date < invoice_date:
            raise _invalid(
                _(
                    "the invoice receipt date {received_date} is before the invoice date {invoice_date}"
                ).format(received_date=received_date, invoice_date=invoice_date),
                "received_date",
            )
        return received_date
    if line.basis == Basis.END_OF_MONTH:
        return _month_end(invoice_date, 0)
    if line.basis == Basis.END_OF_NEXT_MONTH:
        return _month_end(invoice_date, 1)
    return _event_dates(events).get(line.event or "")


def due_date_for(
    line: TermLine,
    *,
    invoice_date: date,
    received_date: date | None = None,
    events: Mapping[str, date] | None = None,
    calendar: BusinessCalendar | None = None,
) -> date | None:
    """When the line falls due, rolled to a business day; None while its event is awaited."""
    basis_date = basis_date_for(line, invoice_date=invoice_date, received_date=received_date, events=events)
    return _due_from_basis(line, basis_date, calendar or NO_ROLL)


def _due_from_basis(line: TermLine, basis_date: date | None, calendar: BusinessCalendar) -> date | None:
    if basis_date is None:
        return None
    return calendar.roll_forward(_unrolled_due_date(line, basis_date))


def _unrolled_due_date(line: TermLine, basis_date: date) -> date:
    if line.basis == Basis.FIXED_DAY:
        assert line.day_of_month is not None
        after_cutoff = line.cutoff_day is not None and basis_date.day > line.cutoff_day
        months_ahead = (2 if after_cutoff else 1) + line.offset_months
        anchor = _day_in_month(basis_date, months_ahead, line.day_of_month)
    elif line.basis in (Basis.END_OF_MONTH, Basis.END_OF_NEXT_MONTH):
        # A month-end basis stays on month ends: EOM+1M is the end of next month, not the 28th.
        anchor = _month_end(basis_date, line.offset_months)
    else:
        anchor = _add_months(basis_date, line.offset_months)
    return anchor + timedelta(days=line.offset_days)


def _event_dates(events: Mapping[str, date] | None) -> dict[str, date]:
    # Callers may key events by any alias (验收, ACCEPT); the lines store the canonical name.
    return {_STANDARD_EVENT_BY_ALIAS.get(name.upper(), name): day for name, day in (events or {}).items()}


def _awaited_event(line: TermLine) -> str:
    return "received" if line.basis == Basis.RECEIVED else line.event or ""


def _days_in_month(year: int, month: int) -> int:
    following = date(year + month // 12, month % 12 + 1, 1)
    return (following - timedelta(days=1)).day


def _day_in_month(start: date, months: int, day: int) -> date:
    """Day `day` of the month `months` after start's month, clamped to that month's end."""
    index = start.year * 12 + start.month - 1 + months
    year, month = divmod(index, 12)
    return date(year, month + 1, min(day, _days_in_month(year, month + 1)))


def _add_months(start: date, months: int) -> date:
    return _day_in_month(start, months, start.day)


def _month_end(start: date, months: int) -> date:
    return _day_in_month(start, months, 31)


# ---------------------------------------------------------------------------------------------
# Schedule


def schedule(
    term: PaymentTerm,
    *,
    invoice_date: date,
    amount: Decimal,
    currency: str,
    received_date: date | None = None,
    events: Mapping[str, date] | None = None,
    calendar: BusinessCalendar | None = None,
) -> list[ScheduledInstallment]:
    """Apply a term to an invoice: one installment per line, adding up exactly to the amount.

    Rounding: percents are split with ``money.split`` (the remainder goes a minor unit at a
    time to the lines that lost most to rounding, ties to the earlier line); with a balance
    line, the balance takes whatever is left after percents and fixed amounts. A discount
    window is counted from the basis date and rolled like a due date; it is None while the
    basis date is awaited, but the discount amount is known and given.
    """
    code = _currency(currency)
    amounts = _installment_amounts(term.lines, _invoice_amount(amount, code), code)
    roll = calendar or NO_ROLL
    return [
        _installment(
            seq,
            line,
            line_amount,
            code,
            roll,
            basis_date_for(line, invoice_date=invoice_date, received_date=received_date, events=events),
        )
        for seq, (line, line_amount) in enumerate(zip(term.lines, amounts, strict=True), 1)
    ]


def _installment(
    seq: int,
    line: TermLine,
    amount: Decimal,
    currency: str,
    calendar: BusinessCalendar,
    basis_date: date | None,
) -> ScheduledInstallment:
    due = _due_from_basis(line, basis_date, calendar)
    discount_until, discount_amount = None, Decimal(0).quantize(quantum(currency))
    if line.discount_percent is not None and line.discount_days is not None:
        discount_amount = (amount * line.discount_percent / HUNDRED).quantize(
            quantum(currency), rounding=ROUND_HALF_UP
        )
        if basis_date is not None:
            discount_until = calendar.roll_forward(basis_date + timedelta(days=line.discount_days))
    return ScheduledInstallment(
        seq=seq,
        amount=amount,
        due_date=due,
        awaiting_event=None if due is not None else _awaited_event(line),
        retention=line.retention,
        discount_until=discount_until,
        discount_amount=discount_amount,
        line=line,
    )


def _currency(currency: str) -> str:
    try:
        code = normalise_currency(currency)
        minor_digits(code)
    except MoneyError as error:
        raise _invalid(str(error), "currency") from None
    return code


def _invoice_amount(amount: Decimal, currency: str) -> Decimal:
    try:
        value = parse_amount(amount, currency)
    except MoneyError as error:
        raise _invalid(_("invoice amount: {error}").format(error=error), "amount") from None
    if value < 0:
        raise _invalid(
            _("the invoice amount must not be negative, not {value}").format(value=value), "amount"
        )
    return value


def _installment_amounts(lines: tuple[TermLine, ...], total: Decimal, currency: str) -> list[Decimal]:
    amounts = [_fixed_amount(seq, line, currency) for seq, line in enumerate(lines, 1)]
    fixed_total = sum(amounts, Decimal(0))
    # Percents and the balance share the invoice by weight, so their rounding adds up exactly;
    # the fixed amounts then come out of the balance's share.
    shared = [i for i, line in enumerate(lines) if line.portion_kind != "fixed"]
    balance_weight = HUNDRED - _percent_total(lines)
    weights = [lines[i].portion if lines[i].portion_kind == "percent" else balance_weight for i in shared]
    for i, part in zip(shared, split(total, weights, currency), strict=True):
        amounts[i] = part
    balance = next((i for i in shared if lines[i].portion_kind == "balance"), None)
    if balance is not None:
        amounts[balance] -= fixed_total
        if amounts[balance] < 0:
            raise _invalid(
                _(
                    "the fixed amounts ({fixed_total}) are more than the invoice amount {total} "
                    "{currency} leaves after its percent lines; the balance would be {amounts}. "
                    "Lower the fixed amounts or choose another term"
                ).format(fixed_total=fixed_total, total=total, currency=currency, amounts=amounts[balance]),
                "amount",
            )
    return amounts


def _fixed_amount(seq: int, line: TermLine, currency: str) -> Decimal:
    if line.portion_kind != "fixed":
        return Decimal(0)
    try:
        return parse_amount(line.portion, currency)
    except MoneyError:
        raise _invalid(
            _(
                "line {seq}: the fixed amount {format_amount} has more decimals than {currency} "
                "allows ({minor_digits})"
            ).format(
                seq=seq,
                format_amount=_format_amount(line.portion),
                currency=currency,
                minor_digits=minor_digits(currency),
            )
        ) from None


# ---------------------------------------------------------------------------------------------
# Status


def overdue_status(
    *,
    due_date: date | None,
    amount: Decimal,
    open_amount: Decimal,
    as_of: date,
    due_soon_days: int = 7,
    disputed: bool = False,
    written_off: bool = False,
) -> tuple[Status, int]:
    """Where an installment stands on `as_of`, and how many days it is past due.

    Precedence, first match wins:

    1. nothing open: WRITTEN_OFF if a write-off closed it (bad debt is not cash), else PAID;
    2. DISPUTED;
    3. AWAITING_EVENT (no due date yet);
    4. OVERDUE: as_of is after the due date; due exactly on as_of is not overdue;
    5. PARTLY_PAID: some but not all paid, not yet overdue;
    6. DUE_SOON: due within `due_soon_days` days (due today included);
    7. NOT_DUE.

    A write-off that leaves part open is judged by what is still open. The days are counted for
    every open installment past its due date, disputed ones too (aging needs them); otherwise 0.
    """
    _check_status_input(amount, open_amount, due_soon_days)
    if open_amount == 0:
        return (Status.WRITTEN_OFF if written_off else Status.PAID), 0
    days_overdue = max((as_of - due_date).days, 0) if due_date is not None else 0
    if disputed:
        return Status.DISPUTED, days_overdue
    if due_date is None:
        return Status.AWAITING_EVENT, 0
    if days_overdue:
        return Status.OVERDUE, days_overdue
    if open_amount < amount:
        return Status.PARTLY_PAID, 0
    if (due_date - as_of).days <= due_soon_days:
        return Status.DUE_SOON, 0
    return Status.NOT_DUE, 0


def _check_status_input(amount: Decimal, open_amount: Decimal, due_soon_days: int) -> None:
    if amount < 0:
        raise _invalid(
            _("an installment amount must not be negative, not {amount}").format(amount=amount), "amount"
        )
    if not 0 <= open_amount <= amount:
        raise _invalid(
            _("the open amount {open_amount} must be between 0 and the installment amount {amount}").format(
                open_amount=open_amount, amount=amount
            ),
            "open_amount",
        )
    if due_soon_days < 0:
        raise _invalid(
            _("'due soon' days must not be negative, not {due_soon_days}").format(
                due_soon_days=due_soon_days
            ),
            "due_soon_days",
        )
