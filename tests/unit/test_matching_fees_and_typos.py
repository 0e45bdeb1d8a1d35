"""Matching rules for bank fees, invoice numbers written one character off, and invoice numbers
that say more than a similar payer name. Amounts are in minor units (CNY fen): 101000 = 1,010.00.
"""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acctdesk.model.money import Money
from acctdesk.services.matching import (
    FEE_SEVERAL,
    FEE_UNIQUE,
    NAMED_FEE,
    NAMED_PART,
    NEAR_EXACT,
    NEAR_FEE,
    CustomerDirectory,
    CustomerRef,
    IncomingLine,
    OpenInstallment,
    match_lines,
    one_character_off,
    plan_allocation,
)

DAY = date(2026, 1, 1)
TOLERANCE = 5000  # 50.00
_ids = count(1)


def item(number: str, open_minor: int, *, days: int = 0, customer_id: int = 1) -> OpenInstallment:
    return OpenInstallment(
        next(_ids), customer_id, number, 1, DAY, DAY + timedelta(days=days), "CNY", open_minor
    )


def paid(plan) -> list[tuple[str, int]]:
    return [(i.invoice_number, minor) for i, minor in plan.lines]


@pytest.mark.parametrize(
    ("written", "number", "off"),
    [
        ("INV-2026-0148", "INV-2026-00148", True),  # a character missing
        ("INV-2026-001448", "INV-2026-00148", True),  # a character doubled
        ("INV-2O26-00169", "INV-2026-00169", True),  # letter O for zero
        ("INV-2026-00196", "INV-2026-00169", True),  # two neighbours swapped
        ("INV-2026-00170", "INV-2026-00169", False),  # two characters changed
        ("INV-2026-00169", "INV-2026-00169", False),  # the same number is no typo
    ],
)
def test_one_character_off(written, number, off):
    assert one_character_off(written, number) is off


# ------------------------------------------------------------------------------ bank fees


def test_a_named_invoice_paid_less_a_bank_fee():
    # INV-A is open 1,010.00; 1,000.00 arrives naming it: 10.00 short, within 50.00 and 5 %.
    a = item("INV-A", 101000)
    plan = plan_allocation(100000, [a], "CNY", frozenset({"INV-A"}), fee_tolerance_minor=TOLERANCE)
    assert (paid(plan), plan.score, plan.bank_fee_minor) == ([("INV-A", 100000)], NAMED_FEE, 1000)
    assert "CNY 10.00 short: a bank fee, left open on INV-A" in plan.reasons[0]


def test_one_item_less_a_fee_without_a_memo():
    # 5,000.00 arrives; INV-B is open 5,015.00 (15.00 more), INV-A 2,000.00: B less a fee.
    items = [item("INV-A", 200000), item("INV-B", 501500, days=3)]
    plan = plan_allocation(500000, items, "CNY", fee_tolerance_minor=TOLERANCE)
    assert (paid(plan), plan.score, plan.bank_fee_minor) == ([("INV-B", 500000)], FEE_UNIQUE, 1500)


def test_two_items_within_a_fee_take_the_oldest_with_a_lower_score():
    items = [item("INV-A", 501000), item("INV-B", 502000, days=3)]
    plan = plan_allocation(500000, items, "CNY", fee_tolerance_minor=TOLERANCE)
    assert (paid(plan), plan.score, plan.bank_fee_minor) == ([("INV-A", 500000)], FEE_SEVERAL, 1000)


@pytest.mark.parametrize(
    ("open_minor", "amount", "why"),
    [
        (501327, 500000, "13.27 is not a round fee (a whole number of 0.50)"),
        (30000, 28000, "20.00 is 6.7 % of 300.00: more than 5 %"),
        (1000000, 994000, "60.00 is more than the 50.00 tolerance"),
        (500000, 500000, "paid exactly: no fee"),
    ],
)
def test_what_is_not_a_bank_fee(open_minor, amount, why):
    plan = plan_allocation(amount, [item("INV-A", open_minor)], "CNY", fee_tolerance_minor=TOLERANCE)
    assert plan.bank_fee_minor == 0, why


def test_without_a_tolerance_there_are_no_fees():
    named = plan_allocation(100000, [item("INV-A", 101000)], "CNY", frozenset({"INV-A"}))
    assert (named.score, named.bank_fee_minor) == (NAMED_PART, 0)
    assert plan_allocation(100000, [item("INV-A", 101000)], "CNY", allow_partial=False) is None


def test_a_fee_in_a_currency_without_decimals():
    # JPY: 440 yen short of 100,440 is a fee (any whole yen is round); the tolerance is 500 yen.
    a = OpenInstallment(next(_ids), 1, "INV-J", 1, DAY, DAY, "JPY", 100440)
    plan = plan_allocation(100000, [a], "JPY", fee_tolerance_minor=500)
    assert (plan.score, plan.bank_fee_minor) == (FEE_UNIQUE, 440)


# -------------------------------------------------------------- invoice numbers one off


def test_an_invoice_number_one_character_off_is_found():
    # The memo says INV-2026-0148; the customer's INV-2026-00148 is open 4,030.60 and so is
    # INV-2026-00835: the typo settles which one.
    items = [item("INV-2026-00835", 403060), item("INV-2026-00148", 403060, days=5)]
    plan = plan_allocation(403060, items, "CNY", tokens=frozenset({"INV-2026-0148"}))
    assert (paid(plan), plan.score) == ([("INV-2026-00148", 403060)], NEAR_EXACT)
    assert plan.reasons[0] == "memo names INV-2026-0148 (for INV-2026-00148), one character off"


def test_a_typo_that_hits_another_invoice_of_the_customer():
    # Meant INV-2026-00012 (1,000.00), wrote INV-2026-00013, which is open too (2,500.00): the
    # amount fits the one a character off, not the one named.
    x, y = item("INV-2026-00012", 100000), item("INV-2026-00013", 250000)
    plan = plan_allocation(
        100000, [x, y], "CNY", frozenset({"INV-2026-00013"}), tokens=frozenset({"INV-2026-00013"})
    )
    assert (paid(plan), plan.score) == ([("INV-2026-00012", 100000)], NEAR_EXACT)


def test_a_typo_one_off_two_invoices_names_neither():
    items = [item("INV-2026-00148", 100000), item("INV-2026-00149", 90000, days=1)]
    plan = plan_allocation(100000, items, "CNY", tokens=frozenset({"INV-2026-00147"}))
    assert plan.basis == "exact" and paid(plan) == [("INV-2026-00148", 100000)]


def test_a_typo_and_a_fee_together():
    plan = plan_allocation(
        100000,
        [item("INV-2026-00148", 101500)],
        "CNY",
        tokens=frozenset({"INV-2026-0148"}),
        fee_tolerance_minor=TOLERANCE,
    )
    assert (plan.score, plan.bank_fee_minor) == (NEAR_FEE, 1500)


def test_short_tokens_are_not_compared():
    plan = plan_allocation(100000, [item("A-12", 100500)], "CNY", tokens=frozenset({"A-13"}))
    assert plan.basis == "oldest"


# ------------------------------------------------------------------------ whole runs


DIRECTORY = CustomerDirectory(
    [
        CustomerRef(1, "C1", "上海华信科技有限公司"),
        CustomerRef(2, "C2", "上海华信电子有限公司"),
    ]
)


def line(n: int, minor: int, name: str, memo: str = "货款") -> IncomingLine:
    return IncomingLine(n, f"k{n}", DAY + timedelta(days=30), minor, "CNY", name, "", memo, "")


def test_a_run_reports_the_bank_fee_on_the_proposal():
    items = [item("INV-2026-00001", 101000, customer_id=1)]
    [proposal] = match_lines([line(1, 100000, "上海华信科技有限公司")], DIRECTORY, items)
    assert (proposal.customer_code, proposal.score) == ("C1", 95)  # 100 × 95
    assert proposal.bank_fee == Money(Decimal("10.00"), "CNY")
    assert [a.amount.amount for a in proposal.allocations] == [Decimal("1000.00")]


def test_the_invoice_number_wins_over_a_name_that_is_only_similar():
    # 上海华信科技发展 is 86 % like C1's name, but the memo names C2's invoice, paid exactly.
    items = [item("INV-2026-00007", 64000, customer_id=2), item("INV-2026-00008", 64000, customer_id=1)]
    [proposal] = match_lines([line(1, 64000, "上海华信科技发展", "INV-2026-00007")], DIRECTORY, items)
    assert (proposal.customer_code, proposal.score) == ("C2", 90)  # invoice owner 90 × named 100
    assert [a.invoice_number for a in proposal.allocations] == ["INV-2026-00007"]


def test_a_certain_name_is_kept_when_it_pays_another_customers_invoice():
    items = [item("INV-2026-00007", 64000, customer_id=2), item("INV-2026-00008", 64000, customer_id=1)]
    [proposal] = match_lines([line(1, 64000, "上海华信科技有限公司", "INV-2026-00007")], DIRECTORY, items)
    assert proposal.customer_code == "C1"
    assert [a.invoice_number for a in proposal.allocations] == ["INV-2026-00008"]


def test_a_similar_name_with_a_fee_stays_for_review():
    items = [item("INV-2026-00001", 101000, customer_id=1)]
    [proposal] = match_lines([line(1, 100000, "上海华信科技发展")], DIRECTORY, items)
    assert proposal.score < 90


# ---------------------------------------------------------------------------- property

amounts = st.integers(min_value=1, max_value=500_000)


@settings(max_examples=300, deadline=None)
@given(
    amount=amounts,
    opens=st.lists(amounts, max_size=20),
    named=st.sets(st.integers(min_value=0, max_value=19), max_size=2),
    typos=st.sets(st.integers(min_value=0, max_value=19), max_size=2),
    tolerance=st.sampled_from([0, 500, 5000]),
)
def test_fees_and_typos_never_apply_more_than_the_amount_or_an_items_open_amount(
    amount, opens, named, typos, tolerance
):
    items = [item(f"INV-2026-{i:05d}", minor, days=i) for i, minor in enumerate(opens)]
    mentioned = frozenset(f"INV-2026-{i:05d}" for i in named)
    tokens = mentioned | {f"INV-2026-0{i:03d}" for i in typos}  # one zero missing
    plan = plan_allocation(amount, items, "CNY", mentioned, tokens=tokens, fee_tolerance_minor=tolerance)
    assert plan.allocated_minor <= amount
    assert all(0 < minor <= line_item.open_minor for line_item, minor in plan.lines)
    assert len({i.installment_id for i, _ in plan.lines}) == len(plan.lines)
    if plan.bank_fee_minor:
        settled = sum(i.open_minor for i, _ in plan.lines)
        assert plan.allocated_minor == amount
        assert settled - amount == plan.bank_fee_minor <= tolerance
