"""Payment terms by example: the shorthand, due dates per basis, amounts, calendars and status.

Every expected date and amount below was worked out by hand from a calendar, not by the code.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest

from acctdesk.services.errors import ValidationError
from acctdesk.services.terms import (
    CHINA,
    NO_ROLL,
    WEEKENDS,
    Basis,
    PaymentTerm,
    Status,
    TermLine,
    calendar_by_name,
    due_date_for,
    format_line,
    format_term,
    net_days,
    overdue_status,
    parse_line,
    parse_term,
    schedule,
)

D = Decimal


def due(text: str, invoice_date: date, **kwargs) -> date | None:
    return due_date_for(parse_line(text), invoice_date=invoice_date, **kwargs)


def amounts(text: str, amount: str, currency: str = "CNY") -> list[Decimal]:
    term = parse_term(text)
    installments = schedule(term, invoice_date=date(2025, 3, 3), amount=D(amount), currency=currency)
    return [installment.amount for installment in installments]


# --- the shorthand ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "canonical"),
    [
        ("N30", "N30"),
        ("net 30", "N30"),
        ("n/30", "N30"),
        ("N 0", "N0"),
        ("开票后30天", "N30"),
        ("2/10 N30", "2/10 N30"),
        ("2/10 net 30", "2/10 N30"),
        ("2%/10 n/30", "2/10 N30"),
        ("1.5/10 N45", "1.5/10 N45"),
        ("EOM+30", "EOM+30"),
        ("月结30", "EOM+30"),
        ("月结30天", "EOM+30"),
        ("eom", "EOM"),
        ("EONM+10", "EONM+10"),
        ("次月底10天", "EONM+10"),
        ("RCV+30", "RCV+30"),
        ("票到30", "RCV+30"),
        ("票到30天", "RCV+30"),
        ("DAY10 CUT25", "DAY10 CUT25"),
        ("CUT25 DAY10", "DAY10 CUT25"),
        ("次月10日 截止25日", "DAY10 CUT25"),
        ("DAY10", "DAY10"),
        ("DAY10+5", "DAY10+5"),
        ("N+1M15D", "N1M15D"),
        ("N1M", "N1M"),
        ("ACCEPT+1Y", "ACCEPT+12M"),
        ("验收后12个月", "ACCEPT+12M"),
        ("SIGN+0", "SIGN"),
        ("@试运行+30", "@试运行+30"),
        ("@试运行 + 30天", "@试运行+30"),
        ("@验收+5", "ACCEPT+5"),
        ("RETENTION ACCEPT+12M", "RETENTION ACCEPT+12M"),
        ("质保金 验收后24个月", "RETENTION ACCEPT+24M"),
        ("100% N30", "100% N30"),
        (
            "30% SIGN+0; 60% ACCEPT+30D; BAL RETENTION ACCEPT+12M",
            "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M",
        ),
        (
            "30%签订；60%验收后30天；余款 质保金 验收后12个月",
            "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M",
        ),
        ("5000 DELIVERY+15; BAL ACCEPT", "5000 DELIVERY+15; BAL ACCEPT"),
        ("5,000.5 发货后15天\n尾款 到货", "5000.50 DELIVERY+15; BAL DELIVERY"),
        ("３０％ SIGN；ＢＡＬ N３０", "30% SIGN; BAL N30"),
    ],
)
def test_typed_term_reads_and_prints_canonically(typed: str, canonical: str) -> None:
    assert format_term(parse_term(typed)) == canonical
    assert parse_term(canonical) == parse_term(typed)


def test_installment_plan_reads_into_lines() -> None:
    term = parse_term("30% SIGN; 60% ACCEPT+30D; BAL RETENTION ACCEPT+12M")

    assert term.lines == (
        TermLine("percent", D(30), Basis.EVENT, event="signing"),
        TermLine("percent", D(60), Basis.EVENT, offset_days=30, event="acceptance"),
        TermLine("balance", D(0), Basis.EVENT, offset_months=12, event="acceptance", retention=True),
    )


def test_discount_and_fixed_day_read_into_fields() -> None:
    assert parse_line("2/10 N30") == TermLine(offset_days=30, discount_percent=D(2), discount_days=10)
    assert parse_line("DAY10 CUT25") == TermLine(basis=Basis.FIXED_DAY, day_of_month=10, cutoff_day=25)


def test_a_line_alone_prints_without_bal_and_reads_back_as_the_balance() -> None:
    line = parse_term("30% SIGN; BAL RETENTION ACCEPT+12M").lines[1]

    assert format_line(line) == "RETENTION ACCEPT+12M"
    assert parse_line(format_line(line)) == line


def test_net_days_is_the_everyday_term() -> None:
    assert net_days(30) == parse_term("N30")
    assert format_term(net_days(0)) == "N0"


# --- errors a clerk can act on ---------------------------------------------------------------


@pytest.mark.parametrize(
    ("typed", "message"),
    [
        (
            "NET30 XYZ",
            "cannot read 'XYZ' in 'NET30 XYZ': expected a portion (30%, 5000, BAL), a due basis "
            "(N30, EOM+30, EONM+10, RCV+30, DAY10 CUT25, SIGN, DELIVERY+15, ACCEPT+30, "
            "@milestone+30), a discount (2/10) or RETENTION",
        ),
        (
            "90% N30",
            "percents add up to 90%, not 100%; correct them or add a balance line such as 'BAL N30'",
        ),
        (
            "60% SIGN; 30% ACCEPT",
            "percents add up to 90%, not 100%; correct them or add a balance line such as 'BAL N30'",
        ),
        ("EOM-5", "negative offset in 'EOM-5': a due date cannot come before its basis date"),
        (
            "30% SIGN; BAL ACCEPT; BAL N30",
            "two balance lines (lines 2 and 3); a term has at most one",
        ),
        (
            "50% SIGN; 50% ACCEPT; BAL N30",
            "percents add up to 100%, leaving nothing for the balance line (line 3); lower them or "
            "remove the balance line",
        ),
        (
            "5000 SIGN; 100% ACCEPT",
            "the fixed amount on line 1 needs a balance line to take up the rest of the invoice; "
            "add one such as 'BAL N30'",
        ),
        ("30%", "'30%' has no due basis; add one such as N30, EOM+30, RCV+30 or ACCEPT+30"),
        ("N30 EOM+30", "'N30' and 'EOM+30' both give the due basis in 'N30 EOM+30'; keep one"),
        ("EOM+", "'EOM+' has a '+' but no days or months after it; write e.g. +30"),
        ("CUT25 N30", "a cutoff only goes with a fixed day such as 'DAY10 CUT25', in 'CUT25 N30'"),
        ("DAY32", "day of the month 32 must be between 1 and 31"),
        ("120% N30", "a percent must be more than 0% and at most 100%, not 120%"),
        (
            "30% SIGN; 0% N30; BAL N60",
            "line 2 ('0% N30'): a percent must be more than 0% and at most 100%, not 0%",
        ),
        ("100/10 N30", "a discount of 100% must be more than 0% and below 100%"),
        ("N9999", "offset of 0 months and 9999 days is more than ten years"),
        ("@票到+3", "'票到' is invoice receipt, not a contract event: use RCV+30 (票到30)"),
        ("  ", "the payment term is empty; type one such as N30 or 月结30"),
    ],
)
def test_bad_terms_are_refused_with_a_message_naming_the_problem(typed: str, message: str) -> None:
    with pytest.raises(ValidationError) as refused:
        parse_term(typed)

    assert refused.value.message == message
    assert refused.value.field == "payment_term"


def test_negative_offset_is_refused_when_a_line_is_built_directly() -> None:
    with pytest.raises(ValidationError, match=r"negative offset \(0 months, -5 days\)"):
        TermLine(offset_days=-5)


def test_fixed_amounts_larger_than_the_invoice_are_refused_when_scheduled() -> None:
    term = parse_term("5000 SIGN; 2000 DELIVERY; BAL ACCEPT")

    with pytest.raises(ValidationError) as refused:
        schedule(term, invoice_date=date(2025, 3, 3), amount=D("6000.00"), currency="CNY")

    assert refused.value.message == (
        "the fixed amounts (7000.00) are more than the invoice amount 6000.00 CNY leaves after its "
        "percent lines; the balance would be -1000.00. Lower the fixed amounts or choose another "
        "term"
    )


def test_fixed_amount_with_more_decimals_than_the_currency_is_refused() -> None:
    term = parse_term("5000.50 SIGN; BAL ACCEPT")

    with pytest.raises(ValidationError, match=r"line 1: the fixed amount 5000.50 has more decimals"):
        schedule(term, invoice_date=date(2025, 3, 3), amount=D(10000), currency="JPY")


def test_received_before_invoice_is_refused() -> None:
    with pytest.raises(ValidationError, match="receipt date 2025-03-01 is before the invoice"):
        due("RCV+30", date(2025, 3, 3), received_date=date(2025, 3, 1))


# --- due dates, one basis at a time ----------------------------------------------------------


@pytest.mark.parametrize(
    ("text", "invoice_date", "expected"),
    [
        ("N30", date(2025, 3, 20), date(2025, 4, 19)),
        ("N0", date(2025, 3, 20), date(2025, 3, 20)),
        ("EOM", date(2025, 2, 10), date(2025, 2, 28)),
        ("EOM+30", date(2025, 3, 20), date(2025, 4, 30)),  # 03-31 + 30 days
        ("EOM+1M", date(2024, 1, 15), date(2024, 2, 29)),  # stays on month ends
        ("EOM+1M", date(2025, 2, 3), date(2025, 3, 31)),  # not 03-28
        ("EONM", date(2025, 1, 31), date(2025, 2, 28)),
        ("EONM+10", date(2025, 3, 20), date(2025, 5, 10)),  # 04-30 + 10 days
        ("EONM+10", date(2025, 12, 5), date(2026, 2, 10)),  # over the year end
        ("DAY10 CUT25", date(2025, 3, 25), date(2025, 4, 10)),  # on the cutoff: next month
        ("DAY10 CUT25", date(2025, 3, 26), date(2025, 5, 10)),  # after it: a month later
        ("DAY10 CUT25", date(2025, 12, 31), date(2026, 2, 10)),
        ("DAY10", date(2025, 3, 31), date(2025, 4, 10)),  # no cutoff: always next month
        ("DAY31", date(2025, 1, 15), date(2025, 2, 28)),  # clamped to February's end
        ("DAY31 CUT25", date(2024, 1, 26), date(2024, 3, 31)),
        ("DAY10+5", date(2025, 3, 20), date(2025, 4, 15)),
        ("DAY31+1M", date(2025, 1, 15), date(2025, 3, 31)),  # the day is kept, not 03-28
    ],
)
def test_due_date_per_basis(text: str, invoice_date: date, expected: date) -> None:
    assert due(text, invoice_date) == expected


@pytest.mark.parametrize(
    ("text", "invoice_date", "expected"),
    [
        ("N1M", date(2024, 1, 31), date(2024, 2, 29)),  # leap year
        ("N1M", date(2023, 1, 31), date(2023, 2, 28)),
        ("N1M", date(2025, 3, 31), date(2025, 4, 30)),
        ("N12M", date(2024, 2, 29), date(2025, 2, 28)),
        ("N1M15D", date(2024, 1, 31), date(2024, 3, 15)),  # months first: 02-29, then 15 days
        ("N2M", date(2024, 12, 31), date(2025, 2, 28)),
    ],
)
def test_month_arithmetic_clamps_to_the_month_end(text: str, invoice_date: date, expected: date) -> None:
    assert due(text, invoice_date) == expected


def test_invoice_receipt_counts_from_the_received_date() -> None:
    assert due("RCV+30", date(2025, 3, 3), received_date=date(2025, 3, 10)) == date(2025, 4, 9)


def test_contract_events_count_from_their_dates_given_under_any_alias() -> None:
    events = {"signing": date(2025, 1, 20), "验收": date(2025, 6, 10), "试运行": date(2025, 5, 5)}

    assert due("SIGN", date(2025, 3, 3), events=events) == date(2025, 1, 20)
    assert due("ACCEPT+30", date(2025, 3, 3), events=events) == date(2025, 7, 10)
    assert due("ACCEPT+12M", date(2025, 3, 3), events=events) == date(2026, 6, 10)
    assert due("@试运行+30", date(2025, 3, 3), events=events) == date(2025, 6, 4)


def test_unknown_received_date_or_event_leaves_the_installment_awaiting() -> None:
    term = parse_term("30% SIGN; 60% RCV+30; BAL @试运行+30")

    installments = schedule(
        term,
        invoice_date=date(2025, 3, 3),
        amount=D("1000.00"),
        currency="CNY",
        events={"signing": date(2025, 3, 1)},
    )

    assert [(i.due_date, i.awaiting_event) for i in installments] == [
        (date(2025, 3, 1), None),
        (None, "received"),
        (None, "试运行"),
    ]


# --- amounts ---------------------------------------------------------------------------------


def test_installment_plan_schedule() -> None:
    term = parse_term("30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M")

    installments = schedule(
        term,
        invoice_date=date(2024, 1, 31),
        amount=D("1000000.00"),
        currency="CNY",
        events={"signing": date(2024, 1, 15), "acceptance": date(2024, 3, 1)},
    )

    assert [(i.seq, i.amount, i.due_date, i.retention) for i in installments] == [
        (1, D("300000.00"), date(2024, 1, 15), False),
        (2, D("600000.00"), date(2024, 3, 31), False),
        (3, D("100000.00"), date(2025, 3, 1), True),
    ]
    assert installments[2].line == term.lines[2]


def test_two_ten_net_thirty_discount() -> None:
    [installment] = schedule(
        parse_term("2/10 N30"), invoice_date=date(2025, 3, 3), amount=D("1000.00"), currency="CNY"
    )

    assert installment.amount == D("1000.00")
    assert installment.due_date == date(2025, 4, 2)
    assert installment.discount_until == date(2025, 3, 13)
    assert installment.discount_amount == D("20.00")


def test_discount_counts_from_the_basis_date_and_waits_for_it() -> None:
    term = parse_term("50% 2/10 EOM+30; BAL 1/5 ACCEPT+30")

    first, second = schedule(term, invoice_date=date(2025, 3, 3), amount=D("1000.00"), currency="CNY")

    # month end 03-31 + 10 days; 2 % of 500.00
    assert (first.discount_until, first.discount_amount) == (date(2025, 4, 10), D("10.00"))
    # acceptance not yet known: no window yet, but 1 % of 500.00 is already known
    assert (second.discount_until, second.discount_amount) == (None, D("5.00"))


def test_no_discount_is_zero_in_the_currency() -> None:
    [installment] = schedule(net_days(30), invoice_date=date(2025, 3, 3), amount=D(5000), currency="JPY")

    assert (installment.discount_until, installment.discount_amount) == (None, D(0))


def test_yen_have_no_decimals() -> None:
    [installment] = schedule(
        parse_term("2/10 N30"), invoice_date=date(2025, 3, 3), amount=D(1001), currency="JPY"
    )

    assert installment.discount_amount == D(20)  # 20.02 rounded to whole yen
    assert amounts("33.34% N0; 33.33% N30; 33.33% N60", "100", "JPY") == [D(34), D(33), D(33)]
    assert amounts("50% N0; 50% N30", "101", "JPY") == [D(51), D(50)]


def test_hundred_split_three_ways_adds_up_to_the_cent() -> None:
    # 3333.33 / 3333.33 / 3333.34 cents: the remainder cent goes to the line that lost most.
    assert amounts("33.3333% N0; 33.3333% N30; 33.3334% N60", "100.00") == [
        D("33.33"),
        D("33.33"),
        D("33.34"),
    ]
    # equal losses: the earlier line takes the remainder
    assert amounts("33.34% N0; 33.33% N30; 33.33% N60", "0.10") == [
        D("0.04"),
        D("0.03"),
        D("0.03"),
    ]


def test_balance_line_takes_the_rounding_remainder() -> None:
    assert amounts("33.33% N0; 33.33% N30; BAL N60", "100.00") == [
        D("33.33"),
        D("33.33"),
        D("33.34"),
    ]
    assert amounts("33.33% N0; 33.33% N30; BAL N60", "0.10") == [
        D("0.03"),
        D("0.03"),
        D("0.04"),
    ]


def test_three_decimal_currency() -> None:
    assert amounts("33.3333% N0; 33.3333% N30; 33.3334% N60", "100.000", "KWD") == [
        D("33.333"),
        D("33.333"),
        D("33.334"),
    ]


def test_fixed_amounts_come_out_of_the_balance() -> None:
    assert amounts("5000 DELIVERY+15; BAL ACCEPT", "12000.00") == [D("5000.00"), D("7000.00")]
    assert amounts("10% SIGN; 5000 DELIVERY; BAL ACCEPT", "20000.00") == [
        D("2000.00"),
        D("5000.00"),
        D("13000.00"),
    ]
    assert amounts("5000 SIGN; BAL ACCEPT", "5000.00") == [D("5000.00"), D("0.00")]


def test_zero_invoice_gives_zero_installments() -> None:
    assert amounts("30% SIGN; BAL ACCEPT", "0") == [D("0.00"), D("0.00")]


def test_invoice_amount_must_be_money_in_its_currency() -> None:
    with pytest.raises(ValidationError, match="must not be negative"):
        amounts("N30", "-1.00")
    with pytest.raises(ValidationError, match="more than 2 decimals for CNY"):
        amounts("N30", "10.005")
    with pytest.raises(ValidationError, match="not a three-letter ISO 4217 currency code"):
        amounts("N30", "10", "RMB1")


# --- business days ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("calendar", "day", "expected"),
    [
        (CHINA, date(2025, 10, 1), date(2025, 10, 9)),  # National Day + Mid-Autumn, 8 days off
        (CHINA, date(2025, 10, 4), date(2025, 10, 9)),
        (CHINA, date(2025, 9, 28), date(2025, 9, 28)),  # Sunday, but a make-up working day
        (CHINA, date(2025, 10, 11), date(2025, 10, 11)),  # Saturday make-up working day
        (CHINA, date(2025, 10, 12), date(2025, 10, 13)),  # an ordinary Sunday
        (CHINA, date(2025, 1, 28), date(2025, 2, 5)),  # Spring Festival eve to the 4th
        (CHINA, date(2025, 3, 3), date(2025, 3, 3)),
        (CHINA, date(2040, 1, 1), date(2040, 1, 3)),  # beyond chinese_calendar: holidays.China
        (WEEKENDS, date(2025, 10, 4), date(2025, 10, 6)),  # Saturday to Monday
        (WEEKENDS, date(2025, 10, 1), date(2025, 10, 1)),  # holidays do not count
        (NO_ROLL, date(2025, 10, 4), date(2025, 10, 4)),
    ],
)
def test_roll_forward(calendar, day: date, expected: date) -> None:
    assert calendar.roll_forward(day) == expected


def test_due_date_and_discount_window_roll_forward_in_china() -> None:
    [installment] = schedule(
        parse_term("2/1 N0"),
        invoice_date=date(2025, 9, 30),
        amount=D("100.00"),
        currency="CNY",
        calendar=CHINA,
    )

    assert installment.due_date == date(2025, 9, 30)  # a Tuesday, a working day
    assert installment.discount_until == date(2025, 10, 9)  # 10-01 rolled past the holiday
    assert due("N1", date(2025, 9, 30), calendar=CHINA) == date(2025, 10, 9)


def test_calendar_by_name() -> None:
    assert calendar_by_name("none") is NO_ROLL
    assert calendar_by_name(" Weekends ") is WEEKENDS
    assert calendar_by_name("CHINA") is CHINA
    with pytest.raises(ValidationError, match="unknown business-day calendar 'mars'; use none"):
        calendar_by_name("mars")


# --- overdue status --------------------------------------------------------------------------

AS_OF = date(2025, 6, 30)


def status(due_date: date | None, amount: str = "100", open_amount: str = "100", **flags):
    return overdue_status(
        due_date=due_date, amount=D(amount), open_amount=D(open_amount), as_of=AS_OF, **flags
    )


@pytest.mark.parametrize(
    ("due_date", "open_amount", "flags", "expected"),
    [
        (date(2025, 7, 31), "100", {}, (Status.NOT_DUE, 0)),
        (date(2025, 7, 7), "100", {}, (Status.DUE_SOON, 0)),  # 7 days ahead
        (date(2025, 7, 8), "100", {}, (Status.NOT_DUE, 0)),  # 8 days ahead
        (AS_OF, "100", {}, (Status.DUE_SOON, 0)),  # due today: not overdue
        (date(2025, 6, 29), "100", {}, (Status.OVERDUE, 1)),
        (date(2025, 5, 31), "40", {}, (Status.OVERDUE, 30)),  # overdue beats partly paid
        (date(2025, 7, 7), "40", {}, (Status.PARTLY_PAID, 0)),  # partly paid beats due soon
        (None, "100", {}, (Status.AWAITING_EVENT, 0)),
        (None, "100", {"disputed": True}, (Status.DISPUTED, 0)),  # disputed beats awaiting
        (date(2025, 5, 31), "100", {"disputed": True}, (Status.DISPUTED, 30)),
        (date(2025, 5, 31), "0", {}, (Status.PAID, 0)),  # paid beats everything open
        (date(2025, 5, 31), "0", {"disputed": True}, (Status.PAID, 0)),
        (date(2025, 5, 31), "0", {"written_off": True}, (Status.WRITTEN_OFF, 0)),
        (date(2025, 5, 31), "0", {"written_off": True, "disputed": True}, (Status.WRITTEN_OFF, 0)),
        (date(2025, 5, 31), "40", {"written_off": True}, (Status.OVERDUE, 30)),  # rest still owed
    ],
)
def test_overdue_status_and_precedence(due_date, open_amount, flags, expected) -> None:
    assert status(due_date, open_amount=open_amount, **flags) == expected


def test_due_soon_window_is_a_parameter() -> None:
    assert status(date(2025, 7, 10), due_soon_days=10) == (Status.DUE_SOON, 0)
    assert status(date(2025, 7, 1), due_soon_days=0) == (Status.NOT_DUE, 0)


def test_open_amount_outside_the_installment_is_refused() -> None:
    with pytest.raises(ValidationError, match="open amount 120 must be between 0 and"):
        status(AS_OF, open_amount="120")
    with pytest.raises(ValidationError, match="open amount -1 must be between 0 and"):
        status(AS_OF, open_amount="-1")


def test_term_built_from_stored_lines_is_checked() -> None:
    with pytest.raises(ValidationError, match="two balance lines"):
        PaymentTerm((TermLine(), TermLine(basis=Basis.END_OF_MONTH)))
    with pytest.raises(ValidationError, match="an event basis needs an event"):
        TermLine(basis=Basis.EVENT)
