"""Reading amounts, dates and directions as bank exports write them."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from acctdesk.services.importing.values import (
    ValueProblem,
    detect_date_order,
    direction_sign,
    guess_decimal_mark,
    parse_date,
    parse_decimal,
)


@pytest.mark.parametrize(
    ("text", "mark", "expected"),
    [
        ("1,234.56", ".", Decimal("1234.56")),
        ("-1,000.00", ".", Decimal("-1000.00")),
        ("+10000.00", ".", Decimal("10000.00")),
        ("¥28.16", ".", Decimal("28.16")),
        ("￥742.00", ".", Decimal("742.00")),
        ("+ £1,100.00", ".", Decimal("1100.00")),
        ("+50,00", ",", Decimal("50.00")),
        ("-36,99", ",", Decimal("-36.99")),
        ("1.234,56", ",", Decimal("1234.56")),
        ("(100.00)", ".", Decimal("-100.00")),
        ("100.00-", ".", Decimal("-100.00")),
        ("13.40               \t", ".", Decimal("13.40")),
        ("EUR 12.50", ".", Decimal("12.50")),
    ],
)
def test_amounts(text, mark, expected):
    assert parse_decimal(text, mark) == (expected, None)


def test_blank_and_dash_cells_are_no_amount():
    assert parse_decimal("-", ".") == (None, None)
    assert parse_decimal("   \t", ".") == (None, None)


def test_a_note_after_the_amount_is_returned_apart():
    assert parse_decimal("131.77(已退款89.84)", ".") == (Decimal("131.77"), "已退款89.84")


@pytest.mark.parametrize("text", ["abc", "xx,yyyy.zz", "12.3.4", "1-2"])
def test_not_amounts(text):
    with pytest.raises(ValueProblem, match="is not an amount"):
        parse_decimal(text, ".")


def test_decimal_mark_is_guessed_from_the_column():
    assert guess_decimal_mark(["+50,00", "-750,00", "+13084,53"]) == ","
    assert guess_decimal_mark(["1,234.56", "13.40", "-"]) == "."
    assert guess_decimal_mark(["1.234,56"]) == ","


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("2024-01-02", date(2024, 1, 2)),
        ("2024/1/2", date(2024, 1, 2)),
        ("20240102", date(2024, 1, 2)),
        ("2025/12/03  14:06:51", date(2025, 12, 3)),
        ("2024-12-30 17:16:02\t", date(2024, 12, 30)),
        ("22.02.18", date(2018, 2, 22)),
        ("28/02/2018", date(2018, 2, 28)),
        ("12-Dec-2019", date(2019, 12, 12)),
        ("2024年3月5日", date(2024, 3, 5)),
    ],
)
def test_dates(text, expected):
    assert parse_date(text, "DMY") == expected


def test_month_first_dates():
    assert parse_date("12/15/2018", "MDY") == date(2018, 12, 15)


@pytest.mark.parametrize("text", ["2016-02-30", "Pending", "20241301"])
def test_not_dates(text):
    with pytest.raises(ValueProblem, match="is not a date"):
        parse_date(text)


def test_date_order_is_taken_from_the_whole_column():
    assert detect_date_order(["12/15/2018", "01/02/2018"]) == ("MDY", False)
    assert detect_date_order(["28/09/2017", "01/09/2017"]) == ("DMY", False)
    assert detect_date_order(["01/04/20", "02/04/20"]) == ("DMY", True)
    assert detect_date_order(["01/04/20"], hint="MDY") == ("MDY", False)
    assert detect_date_order(["2024-01-02"]) == ("DMY", False)


@pytest.mark.parametrize(
    ("text", "sign"),
    [
        ("收入", 1),
        ("支出", -1),
        ("收", 1),
        ("支", -1),
        ("贷 Cr", 1),
        ("借 Dr", -1),
        ("CR", 1),
        ("D", -1),
        ("K", 1),
        ("不计收支", 0),
        ("/", 0),
        ("", None),
    ],
)
def test_directions(text, sign):
    assert direction_sign(text) == sign


def test_unknown_direction():
    with pytest.raises(ValueProblem, match="is not a direction"):
        direction_sign("转账")
