"""Amounts in words: 人民币大写 for Chinese documents and English words for English ones.

The Chinese follows the rules for filling in bills and settlement vouchers (正确填写票据和结算凭证
的基本规定): 整 only when there are no jiao and fen; one 零 for any run of zeros inside the
number; 零 after 元 when the yuan digit is 0 and jiao or fen follow, and always when the jiao
is 0 but the fen is not; 壹拾 rather than 拾 at the head.
"""

from __future__ import annotations

from decimal import ROUND_HALF_UP, Decimal

from babel.numbers import get_currency_name

from acctdesk.services.i18n import _

DIGITS = "零壹贰叁肆伍陆柒捌玖"
SMALL_UNITS = ("", "拾", "佰", "仟")
LIMIT = 10**16  # 亿亿: far beyond any receivable


def _four_digits(number: int) -> str:
    """1 ≤ number < 10 000 → e.g. 1005 → 壹仟零伍; no leading 零."""
    text = []
    pending_zero = False
    for position in range(3, -1, -1):
        digit = number // 10**position % 10
        if digit == 0:
            pending_zero = bool(text)
            continue
        if pending_zero:
            text.append("零")
            pending_zero = False
        text.append(DIGITS[digit] + SMALL_UNITS[position])
    return "".join(text)


def _integer(number: int) -> str:
    """number ≥ 1 in capitals; 万 and 亿 split the number, a gap between them reads 零."""
    if number < 10**4:
        return _four_digits(number)
    base, unit = (10**8, "亿") if number >= 10**8 else (10**4, "万")
    high, low = divmod(number, base)
    text = _integer(high) + unit
    if low:
        text += ("零" if low < base // 10 else "") + _integer(low)
    return text


def amount_in_chinese(amount: Decimal | int | str) -> str:
    """人民币大写: Decimal('12345.67') → 壹万贰仟叁佰肆拾伍元陆角柒分; 1005 → 壹仟零伍元整."""
    value = Decimal(amount)
    if not value.is_finite():
        raise ValueError(f"{amount} is not an amount")
    cents = int((abs(value) * 100).quantize(Decimal(1), rounding=ROUND_HALF_UP))
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"{amount} has more than two decimals")
    if cents >= LIMIT * 100:
        raise ValueError(_("{amount} is too large to write in Chinese capitals").format(amount=amount))
    yuan, rest = divmod(cents, 100)
    jiao, fen = divmod(rest, 10)
    sign = "负" if value < 0 and cents else ""
    if cents == 0:
        return "零元整"
    text = _integer(yuan) + "元" if yuan else ""
    if not jiao and not fen:
        return sign + text + "整"
    if yuan and (yuan % 10 == 0 or jiao == 0):
        text += "零"
    if jiao:
        text += DIGITS[jiao] + "角"
    if fen:
        text += DIGITS[fen] + "分"
    return sign + text


# ---------------------------------------------------------------------------------------------
# English

_ONES = (
    *("zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"),
    *("ten", "eleven", "twelve", "thirteen", "fourteen", "fifteen", "sixteen", "seventeen", "eighteen"),
    "nineteen",
)
_TENS = ("", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety")
_SCALES = ((10**12, "trillion"), (10**9, "billion"), (10**6, "million"), (10**3, "thousand"))


def _below_thousand(number: int) -> str:
    hundreds, rest = divmod(number, 100)
    words = [f"{_ONES[hundreds]} hundred"] if hundreds else []
    if rest >= 20:
        tens, ones = divmod(rest, 10)
        words.append(_TENS[tens] + (f"-{_ONES[ones]}" if ones else ""))
    elif rest:
        words.append(_ONES[rest])
    return " ".join(words)


def number_in_english(number: int) -> str:
    """12345 → twelve thousand three hundred forty-five."""
    if number == 0:
        return "zero"
    words = []
    for scale, name in _SCALES:
        if number >= scale:
            words.append(f"{_below_thousand(number // scale)} {name}")
            number %= scale
    if number:
        words.append(_below_thousand(number))
    return " ".join(words)


def amount_in_english(amount: Decimal | int | str, currency: str) -> str:
    """Decimal('12345.67'), 'USD' → 'Twelve thousand three hundred forty-five US dollars and 67/100'."""
    value = Decimal(amount)
    if value != value.quantize(Decimal("0.01")):
        raise ValueError(f"{amount} has more than two decimals")
    cents = int(abs(value) * 100)
    whole, fraction = divmod(cents, 100)
    name = get_currency_name(currency, count=2 if whole != 1 else 1, locale="en")
    words = f"{number_in_english(whole)} {name}"
    if fraction:
        words += f" and {fraction:02d}/100"
    words = ("minus " if value < 0 and cents else "") + words
    return words[0].upper() + words[1:]
