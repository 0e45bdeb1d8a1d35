"""Properties of payment terms that must hold for every term, amount, currency and date."""

from __future__ import annotations

import re
from datetime import date, timedelta
from decimal import Decimal

import chinese_calendar
import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from acctdesk.model.money import from_minor, minor_digits, quantum
from acctdesk.services.errors import ValidationError
from acctdesk.services.terms import (
    CHINA,
    NO_ROLL,
    STANDARD_EVENTS,
    WEEKENDS,
    Basis,
    PaymentTerm,
    TermLine,
    basis_date_for,
    due_date_for,
    format_line,
    format_term,
    parse_line,
    parse_term,
    schedule,
)

FAST = settings(max_examples=200, deadline=None)
CURRENCIES = st.sampled_from(["JPY", "CNY", "USD", "KWD"])  # 0, 2, 2 and 3 decimals
DATES = st.dates(min_value=date(2000, 1, 1), max_value=date(2060, 12, 31))
MILESTONES = st.text(alphabet="试运行调试上线安装ABCxyz_0123", min_size=1, max_size=8)
EVENTS = st.sampled_from(STANDARD_EVENTS) | MILESTONES


@st.composite
def percents(draw, count: int, below_hundred: bool) -> list[Decimal]:
    """`count` positive percents with two decimals adding up to 100 % (or to less)."""
    cut_count = count if below_hundred else count - 1
    cuts = sorted(draw(st.lists(st.integers(1, 9999), min_size=cut_count, max_size=cut_count, unique=True)))
    if not below_hundred:
        cuts.append(10000)
    points = [b - a for a, b in zip([0, *cuts], cuts, strict=False)]
    return [Decimal(p) / 100 for p in points]


@st.composite
def dating(draw) -> dict:
    """Everything a line needs but its portion: a basis, offsets, discount, retention."""
    basis = draw(st.sampled_from(Basis))
    fields: dict = {
        "basis": basis,
        "offset_months": draw(st.integers(0, 36) | st.just(0)),
        "offset_days": draw(st.integers(0, 400) | st.just(0)),
        "retention": draw(st.booleans()),
    }
    if basis == Basis.FIXED_DAY:
        fields["day_of_month"] = draw(st.integers(1, 31))
        fields["cutoff_day"] = draw(st.none() | st.integers(1, 31))
    if basis == Basis.EVENT:
        fields["event"] = draw(EVENTS)
    if draw(st.booleans()):
        fields["discount_percent"] = draw(st.decimals("0.01", "99.99", places=2))
        fields["discount_days"] = draw(st.integers(0, 90))
    return fields


@st.composite
def terms(draw, whole_fixed_amounts: bool = False) -> PaymentTerm:
    count = draw(st.integers(1, 5))
    if not draw(st.booleans()):
        lines = [("percent", p) for p in draw(percents(count, below_hundred=False))]
    else:
        percent_count = draw(st.integers(0, count - 1))
        places = 0 if whole_fixed_amounts else 2
        fixed = st.decimals("1", "100000", places=places)
        lines = [("percent", p) for p in draw(percents(percent_count, below_hundred=True))]
        lines += [("fixed", draw(fixed)) for _ in range(count - 1 - percent_count)]
        lines.insert(draw(st.integers(0, len(lines))), ("balance", Decimal(0)))
    return PaymentTerm(
        tuple(TermLine(portion_kind=kind, portion=value, **draw(dating())) for kind, value in lines)
    )


@st.composite
def invoice_amounts(draw, currency: str) -> Decimal:
    digits = minor_digits(currency)
    minor = draw(st.integers(1, 10**12 * 10**digits))
    return from_minor(minor, currency)


# --- amounts ---------------------------------------------------------------------------------


@FAST
@given(data=st.data(), currency=CURRENCIES, term=terms(whole_fixed_amounts=True))
def test_installments_add_up_exactly_to_the_invoice(data, currency: str, term: PaymentTerm) -> None:
    amount = data.draw(invoice_amounts(currency))
    fixed_total = sum((line.portion for line in term.lines if line.portion_kind == "fixed"), 0)
    try:
        installments = schedule(term, invoice_date=date(2025, 3, 3), amount=amount, currency=currency)
    except ValidationError as refused:
        # Only a negative balance may refuse a valid term: the fixed amounts exceed its share.
        assert "the balance would be" in refused.message
        percent = sum((line.portion for line in term.lines if line.portion_kind == "percent"), 0)
        assert fixed_total > amount * (100 - percent) / 100 - quantum(currency)
        return
    assert sum(i.amount for i in installments) == amount
    assert all(i.amount >= 0 for i in installments)
    assert all(i.amount == i.amount.quantize(quantum(currency)) for i in installments)
    assert [i.seq for i in installments] == list(range(1, len(term.lines) + 1))


@FAST
@given(data=st.data(), currency=CURRENCIES, count=st.integers(1, 8))
def test_any_percent_split_adds_up_exactly(data, currency: str, count: int) -> None:
    amount = data.draw(invoice_amounts(currency))
    shares = data.draw(percents(count, below_hundred=False))
    term = PaymentTerm(tuple(TermLine("percent", share) for share in shares))

    parts = [
        i.amount for i in schedule(term, invoice_date=date(2025, 1, 1), amount=amount, currency=currency)
    ]

    assert sum(parts) == amount
    # each part is its exact share, give or take one minor unit of rounding
    for part, share in zip(parts, shares, strict=True):
        assert abs(part - amount * share / 100) < quantum(currency)


# --- dates -----------------------------------------------------------------------------------


@FAST
@given(
    fields=dating(),
    invoice_date=DATES,
    received_after=st.none() | st.integers(0, 60),
    event_day=st.none() | DATES,
    calendar=st.sampled_from([NO_ROLL, WEEKENDS, CHINA]),
)
def test_due_dates_never_precede_their_basis_date(
    fields, invoice_date, received_after, event_day, calendar
) -> None:
    line = TermLine(**fields)
    received = None if received_after is None else invoice_date + timedelta(days=received_after)
    events = {} if event_day is None or line.event is None else {line.event: event_day}
    dates = {"invoice_date": invoice_date, "received_date": received, "events": events}

    basis = basis_date_for(line, **dates)
    due = due_date_for(line, calendar=calendar, **dates)

    assert (due is None) == (basis is None)
    if due is not None:
        assert due >= basis
        assert due >= basis + timedelta(days=line.offset_days)
        assert calendar.is_working_day(due)
    if line.basis not in (Basis.RECEIVED, Basis.EVENT):
        assert due is not None and due >= invoice_date


@FAST
@given(day=st.dates(min_value=date(1990, 1, 1), max_value=date(2060, 12, 31)))
def test_china_rolls_to_the_next_working_day(day: date) -> None:
    rolled = CHINA.roll_forward(day)

    assert rolled >= day
    assert is_chinese_working_day(rolled)
    between = (day + timedelta(days=n) for n in range((rolled - day).days))
    assert not any(is_chinese_working_day(d) for d in between)


def is_chinese_working_day(day: date) -> bool:
    """The oracle: the published schedule where chinese_calendar has it, else holidays.China."""
    if 2004 <= day.year <= 2026:
        return chinese_calendar.is_workday(day)
    return holidays.China(years=day.year).is_working_day(day)


# --- the shorthand ---------------------------------------------------------------------------


@FAST
@given(term=terms())
def test_formatted_terms_read_back_equal(term: PaymentTerm) -> None:
    text = format_term(term)

    assert parse_term(text) == term
    assert format_term(parse_term(text)) == text  # the canonical form is a fixed point


@FAST
@given(term=terms())
def test_formatted_lines_read_back_equal(term: PaymentTerm) -> None:
    for line in term.lines:
        assert parse_line(format_line(line)) == line


@FAST
@given(term=terms())
def test_canonical_form_survives_lower_case_and_full_width_typing(term: PaymentTerm) -> None:
    text = format_term(term)
    # milestone names keep their case; keywords and units may be typed in any case
    lowered = re.sub(r"(@\w+)|[A-Z]+", lambda m: m.group(1) or m.group(0).lower(), text)
    typed = lowered.replace(";", "；").replace("%", "％").replace("+", "＋")

    assert format_term(parse_term(typed)) == text


@FAST
@given(text=st.text(alphabet="NEOMRCVDAYUTSIGLP@%+-/;.,0123456789 月结票到验收天个后质保金", max_size=30))
def test_any_text_reads_or_is_refused_with_a_validation_error(text: str) -> None:
    try:
        term = parse_term(text)
    except ValidationError as refused:
        assert refused.message
        return
    assert parse_term(format_term(term)) == term
