"""人民币大写 and English amounts in words, against the rules for filling in bills."""

from __future__ import annotations

import re
from decimal import Decimal

import pytest
from hypothesis import given
from hypothesis import strategies as st

from acctdesk.services.amount_words import amount_in_chinese, amount_in_english, number_in_english

EXAMPLES = [
    ("12345.67", "壹万贰仟叁佰肆拾伍元陆角柒分"),
    ("1005.00", "壹仟零伍元整"),
    ("100000.10", "壹拾万元零壹角"),
    ("0.05", "伍分"),
    ("0.50", "伍角"),
    ("0.55", "伍角伍分"),
    ("0.01", "壹分"),
    ("0.00", "零元整"),
    ("1.00", "壹元整"),
    ("10.00", "壹拾元整"),
    ("20.00", "贰拾元整"),
    ("110.00", "壹佰壹拾元整"),
    ("10000.00", "壹万元整"),
    ("100.05", "壹佰元零伍分"),
    ("16409.02", "壹万陆仟肆佰零玖元零贰分"),  # 角 is 0, 分 is not: 零 after 元
    ("107000.53", "壹拾万柒仟元零伍角叁分"),
    ("1680.32", "壹仟陆佰捌拾元零叁角贰分"),
    ("6007.14", "陆仟零柒元壹角肆分"),
    ("325.04", "叁佰贰拾伍元零肆分"),
    ("1010101.01", "壹佰零壹万零壹佰零壹元零壹分"),
    ("100000001.10", "壹亿零壹元壹角"),
    ("100100000.00", "壹亿零壹拾万元整"),
    ("110000001.00", "壹亿壹仟万零壹元整"),
    ("1000000000.00", "壹拾亿元整"),
    ("1000000000000.00", "壹万亿元整"),
    ("1000100000000.00", "壹万零壹亿元整"),
    ("-1234.50", "负壹仟贰佰叁拾肆元伍角"),
    ("-0.05", "负伍分"),
]


@pytest.mark.parametrize(("amount", "words"), EXAMPLES)
def test_chinese_capitals(amount, words):
    assert amount_in_chinese(Decimal(amount)) == words


def test_refuses_fractions_of_a_fen_and_non_numbers():
    with pytest.raises(ValueError):
        amount_in_chinese(Decimal("1.005"))
    with pytest.raises(ValueError):
        amount_in_chinese(Decimal("NaN"))


amounts = st.decimals(min_value=Decimal("-99999999999.99"), max_value=Decimal("99999999999.99"), places=2)


@given(amounts)
def test_chinese_capitals_follow_the_rules(amount):
    words = amount_in_chinese(amount)
    assert "零零" not in words
    assert set(words) <= set("负零壹贰叁肆伍陆柒捌玖拾佰仟万亿元角分整")
    cents = int(abs(amount) * 100)
    jiao, fen = cents // 10 % 10, cents % 10
    if fen:
        assert words.endswith(DIGIT[fen] + "分")
    elif jiao:
        assert words.endswith(DIGIT[jiao] + "角")
    else:
        assert words.endswith("元整")
    assert words.startswith("负") == (amount < 0 and cents > 0)
    if cents:
        assert not re.search(r"零[万亿元]", words)  # a zero never stands before a unit
        assert not words.lstrip("负").startswith("零")


@given(amounts)
def test_chinese_capitals_read_back_to_the_amount(amount):
    assert read_back(amount_in_chinese(amount)) == abs(amount)


DIGIT = "零壹贰叁肆伍陆柒捌玖"


def read_back(words: str) -> Decimal:
    """An independent reader of 大写 (a different algorithm from the writer)."""
    words = words.lstrip("负").removesuffix("整")
    yuan_part, _, rest = words.partition("元") if "元" in words else ("", "", words)
    total = Decimal(_read_integer(yuan_part))
    for digit, unit in re.findall(r"([壹贰叁肆伍陆柒捌玖])([角分])", rest):
        total += Decimal(DIGIT.index(digit)) * (Decimal("0.1") if unit == "角" else Decimal("0.01"))
    return total


def _read_integer(text: str) -> int:
    text = text.replace("零", "")
    if "亿" in text:
        high, _, low = text.rpartition("亿")
        return _read_integer(high) * 10**8 + _read_integer(low)
    if "万" in text:
        high, _, low = text.rpartition("万")
        return _read_integer(high) * 10**4 + _read_integer(low)
    value = 0
    for digit, unit in re.findall(r"([壹贰叁肆伍陆柒捌玖])([拾佰仟]?)", text):
        value += DIGIT.index(digit) * {"": 1, "拾": 10, "佰": 100, "仟": 1000}[unit]
    return value


@pytest.mark.parametrize(
    ("number", "words"),
    [
        (0, "zero"),
        (7, "seven"),
        (15, "fifteen"),
        (40, "forty"),
        (99, "ninety-nine"),
        (100, "one hundred"),
        (101, "one hundred one"),
        (12345, "twelve thousand three hundred forty-five"),
        (1000001, "one million one"),
        (2000300040, "two billion three hundred thousand forty"),
    ],
)
def test_numbers_in_english(number, words):
    assert number_in_english(number) == words


def test_amounts_in_english():
    assert amount_in_english(Decimal("12345.67"), "USD") == (
        "Twelve thousand three hundred forty-five US dollars and 67/100"
    )
    assert amount_in_english(Decimal("1.00"), "EUR") == "One euro"
    assert amount_in_english(Decimal("0.50"), "USD") == "Zero US dollars and 50/100"
    assert amount_in_english(Decimal("-2.05"), "USD") == "Minus two US dollars and 05/100"
