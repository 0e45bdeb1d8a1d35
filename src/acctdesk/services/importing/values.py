"""Reading the amounts, dates, currencies and directions that bank exports write as text.

Amounts never pass through a float: cells are text and become Decimal. The number style
(decimal point or decimal comma) and the date order (day or month first) are decided once
per file from all its values, then applied to every row.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Iterable
from datetime import date
from decimal import Decimal, InvalidOperation

from acctdesk.model.money import MoneyError, normalise_currency
from acctdesk.services.i18n import N_, _

CURRENCY_NAMES = {
    "人民币": "CNY",
    "人民币元": "CNY",
    "RMB": "CNY",
    "元": "CNY",
    "¥": "CNY",
    "￥": "CNY",
    "美元": "USD",
    "港币": "HKD",
    "港元": "HKD",
    "欧元": "EUR",
    "日元": "JPY",
    "英镑": "GBP",
    "澳元": "AUD",
    "加元": "CAD",
    "新加坡元": "SGD",
    "瑞士法郎": "CHF",
    "£": "GBP",
    "€": "EUR",
}

# Symbols that say which currency an amount is in (the dollar sign does not: too many dollars).
SYMBOL_CURRENCY = {"£": "GBP", "€": "EUR", "¥": "CNY", "￥": "CNY"}

_SYMBOLS = "¥￥$€£"
_EMPTY = re.compile(r"^[-—–/\s]*$")
_NOTE = re.compile(r"^([+-]?\s*[" + _SYMBOLS + r"]?\s*[\d.,' ]+)\s*[(（]([^)）]*)[)）]$")
_CODE_AFFIX = re.compile(r"^[A-Z]{3}\s*(?=[\d+-])|(?<=[\d.,])\s*[A-Z]{3}$")
_PLAIN = re.compile(r"^\d+(?:\.\d*)?$|^\.\d+$")
# Most cells of a large export are plain numbers ("1234.56", "-80.00", "3"): these are read at once.
_SIMPLE_POINT = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_SIMPLE_POINT_DECIMALS = re.compile(r"[+-]?[0-9]+(?:\.([0-9]+))?")  # the same, with its decimals


class ValueProblem(ValueError):
    """A cell that is not what its column needs; the message is shown to the clerk as it is.

    `message` is a template marked with N_ and filled in with `values`; it is translated when
    the problem is shown (str()), not when it is raised: readers raise and catch these for cells
    they only try (a masked balance, a column that might hold directions)."""

    def __init__(self, message: str, **values: object) -> None:
        super().__init__(message.format(**values) if values else message)
        self.message = message
        self.values = values

    def __str__(self) -> str:
        text = _(self.message)
        return text.format(**self.values) if self.values else text


def is_blank(text: str | None) -> bool:
    """Empty, or only the dashes and slashes exports write for 'nothing here'."""
    if not text:
        return True
    first = text[0]
    if first not in "-—–/" and not first.isspace():
        return False
    return bool(_EMPTY.match(text))


def clean_cell(text: object) -> str:
    """Cell text without padding, TABs, non-breaking spaces or stray quotes."""
    value = "" if text is None else str(text)
    value = value.replace("\u00a0", " ").replace("\u3000", " ").strip()
    return value


def currency_code(text: str) -> str | None:
    """'人民币' -> CNY, 'eur' -> EUR, '' or '-' -> None; anything else is a ValueProblem."""
    value = clean_cell(text)
    if is_blank(value):
        return None
    if value in CURRENCY_NAMES:
        return CURRENCY_NAMES[value]
    if value.upper() in CURRENCY_NAMES:
        return CURRENCY_NAMES[value.upper()]
    try:
        return normalise_currency(value)
    except MoneyError:
        raise ValueProblem(N_("'{text}' is not a currency"), text=value) from None


def currency_in_amount(text: str) -> str | None:
    for symbol, code in SYMBOL_CURRENCY.items():
        if symbol in text:
            return code
    return None


def _strip_amount(text: str) -> str:
    value = unicodedata.normalize("NFKC", text).replace("\u00a0", "").replace("\u202f", "")
    value = value.strip()
    for symbol in _SYMBOLS:
        value = value.replace(symbol, "")
    value = _CODE_AFFIX.sub("", value.strip())
    return value.replace(" ", "").replace("'", "")


def guess_decimal_mark(values: Iterable[str]) -> str:
    """',' when the amounts are written with a decimal comma ("-36,99", "1.234,56"), else '.'."""
    comma = dot = 0
    for raw in values:
        if not raw:
            continue
        simple = _SIMPLE_POINT_DECIMALS.fullmatch(raw)
        if simple:  # plain digits: a decimal point, or no mark at all
            decimals = simple.group(1)
            dot += 1 if decimals and len(decimals) <= 3 else 0
            continue
        value = _strip_amount(raw).lstrip("+-")
        if re.fullmatch(r"\d{1,3}(?:\.\d{3})+,\d{1,2}|\d+,\d{1,2}", value):
            comma += 1
        elif re.fullmatch(r"\d{1,3}(?:,\d{3})+\.\d{1,2}|\d+\.\d{1,3}", value):
            dot += 1
    return "," if comma > dot else "."


def parse_decimal(text: str, decimal_mark: str = ".") -> tuple[Decimal | None, str | None]:
    """Read an amount cell: (value or None when blank, a note found after the amount or None).

    Handles signs ("+50,00", "- 3.00", "100.00-", "(100.00)"), currency symbols and codes,
    thousands separators, and a note in brackets after the amount ("131.77(已退款89.84)").
    """
    if not text:
        return None, None
    if decimal_mark == "." and _SIMPLE_POINT.fullmatch(text):
        number = Decimal(text.lstrip("+-"))
        return (-number if number and text[0] == "-" else number), None
    raw = clean_cell(text)
    if is_blank(raw):
        return None, None
    note = None
    match = _NOTE.match(raw)
    if match:
        raw, note = match.group(1), match.group(2).strip()
    value = _strip_amount(raw)
    negative = False
    if value.startswith("(") and value.endswith(")"):
        negative, value = True, value[1:-1]
    if value.endswith("-"):
        negative, value = True, value[:-1]
    if value.startswith(("+", "-")):
        negative, value = negative != (value[0] == "-"), value[1:]
    # the other mark is a thousands separator
    value = value.replace(".", "").replace(",", ".") if decimal_mark == "," else value.replace(",", "")
    if not _PLAIN.match(value):
        raise ValueProblem(N_("'{text}' is not an amount"), text=clean_cell(text))
    try:
        number = Decimal(value)
    except InvalidOperation:  # pragma: no cover - the pattern above admits only digits
        raise ValueProblem(N_("'{text}' is not an amount"), text=clean_cell(text)) from None
    if negative and number:
        number = -number
    return number, note


# ---------------------------------------------------------------------------------- dates

_ISO_START = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}(?:[\sT].*)?", re.S)
_YMD = re.compile(r"^(\d{4})\s*[-/.年]\s*(\d{1,2})\s*[-/.月]\s*(\d{1,2})\s*日?$")
_YMD8 = re.compile(r"^(\d{4})(\d{2})(\d{2})$")
_NUMERIC = re.compile(r"^(\d{1,2})([-/.])(\d{1,2})\2(\d{4}|\d{2})$")
_DAY_NAME = re.compile(r"^(\d{1,2})[-\s]([A-Za-z]{3,9})\.?[-\s,]*(\d{4}|\d{2})$")
_NAME_DAY = re.compile(r"^([A-Za-z]{3,9})\.?\s+(\d{1,2}),?\s+(\d{4})$")
_MONTHS = {
    name: number
    for number, names in enumerate(
        [
            ("jan", "january"),
            ("feb", "february"),
            ("mar", "march"),
            ("apr", "april"),
            ("may",),
            ("jun", "june"),
            ("jul", "july"),
            ("aug", "august"),
            ("sep", "sept", "september"),
            ("oct", "october"),
            ("nov", "november"),
            ("dec", "december"),
        ],
        start=1,
    )
    for name in names
}
PENDING_WORDS = {"pending", "待入账", "处理中", "vorgemerkt", "in behandeling"}


def _year(text: str) -> int:
    number = int(text)
    if len(text) == 2:
        return 2000 + number if number < 70 else 1900 + number
    return number


def _make(year: int, month: int, day: int, text: str) -> date:
    try:
        return date(year, month, day)
    except ValueError:
        raise ValueProblem(N_("'{text}' is not a date"), text=text) from None


def _date_candidates(text: str) -> list[str]:
    """The cell itself, then its first token (dates often carry a time: '2025/12/03  14:06:51')."""
    value = clean_cell(text)
    head = re.split(r"[\sT]+", value, maxsplit=1)[0] if value else value
    return [value] if head == value else [value, head]


def _numeric_parts(text: str) -> tuple[int, int, int] | None:
    for candidate in _date_candidates(text):
        match = _NUMERIC.match(candidate)
        if match:
            return int(match.group(1)), int(match.group(3)), _year(match.group(4))
    return None


def parse_date(text: str, order: str = "DMY") -> date:
    """Read a date cell; `order` settles 01/04/20-style dates (DMY or MDY)."""
    if _ISO_START.fullmatch(text):  # '2026-03-01' or '2026-03-01 14:06:51': most exports
        try:
            return date.fromisoformat(text[:10])
        except ValueError:
            pass  # not a day of the calendar: said below, as for any other cell
    shown = clean_cell(text)
    for candidate in _date_candidates(text):
        if match := _YMD.match(candidate) or _YMD8.match(candidate):
            return _make(int(match.group(1)), int(match.group(2)), int(match.group(3)), shown)
        if match := _NUMERIC.match(candidate):
            first, second, year = int(match.group(1)), int(match.group(3)), _year(match.group(4))
            if order == "MDY":
                return _make(year, first, second, shown)
            return _make(year, second, first, shown)
        if (match := _DAY_NAME.match(candidate)) and match.group(2).lower() in _MONTHS:
            month = _MONTHS[match.group(2).lower()]
            return _make(_year(match.group(3)), month, int(match.group(1)), shown)
        if (match := _NAME_DAY.match(candidate)) and match.group(1).lower() in _MONTHS:
            month = _MONTHS[match.group(1).lower()]
            return _make(int(match.group(3)), month, int(match.group(2)), shown)
    raise ValueProblem(N_("'{text}' is not a date"), text=shown)


_THREE_DIGITS = re.compile(r"\s*[0-9]{3}")


def _valid(year: int, month: int, day: int) -> bool:
    try:
        date(year, month, day)
    except ValueError:
        return False
    return True


def detect_date_order(values: Iterable[str], hint: str | None = None) -> tuple[str, bool]:
    """Day-first or month-first for the 01/04/20-style dates of a column: (order, ambiguous).

    A hint (from a saved mapping) wins. Otherwise the order that reads every value wins; when
    both do and some value reads differently, day-first is taken and `ambiguous` is True.
    """
    if hint in ("DMY", "MDY"):
        return hint, False
    # A value starting with three digits (2026-03-01, 20260301) cannot be a 01/04/20-style date.
    parts = [p for p in (_numeric_parts(v) for v in values if not _THREE_DIGITS.match(v)) if p]
    if not parts:
        return "DMY", False
    day_first = all(_valid(y, b, a) for a, b, y in parts)
    month_first = all(_valid(y, a, b) for a, b, y in parts)
    if month_first and not day_first:
        return "MDY", False
    ambiguous = day_first and month_first and any(a != b for a, b, _ in parts)
    return "DMY", ambiguous


# ----------------------------------------------------------------------------- directions

_IN_WORDS = {"收入", "收", "贷", "贷方", "存入", "入账", "cr", "c", "k", "credit", "bij", "haben", "h"}
_OUT_WORDS = {"支出", "支", "借", "借方", "取出", "出账", "dr", "d", "debit", "af", "soll", "s"}
_NEUTRAL_WORDS = {"不计收支", "/", "中性", "中性交易"}


def direction_sign(text: str) -> int | None:
    """+1 money in, -1 money out, 0 neutral (not a cash movement), None for an empty cell.

    Accepts the words banks and payment apps use: 收入/支出, 收/支, 借/贷, "借 Dr"/"贷 Cr",
    Dr/Cr, D/K (Lithuanian and German exports), Af/Bij; 不计收支 and '/' are neutral.
    """
    value = clean_cell(text)
    if not value:
        return None
    lowered = value.casefold()
    if lowered in _NEUTRAL_WORDS or value in _NEUTRAL_WORDS:
        return 0
    tokens = set(lowered.replace("/", " ").split()) | {lowered}
    is_in = bool(tokens & _IN_WORDS)
    is_out = bool(tokens & _OUT_WORDS)
    if is_in != is_out:
        return 1 if is_in else -1
    raise ValueProblem(N_("'{text}' is not a direction (收入/支出, 借/贷, Dr/Cr, D/K)"), text=value)


def looks_like_direction(text: str) -> bool:
    try:
        return direction_sign(text) in (1, -1)
    except ValueProblem:
        return False
