"""Reminder levels, late interest and the planning of one customer's reminder, worked out by hand."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import pytest

from acctdesk.model.money import Money
from acctdesk.services.collections import DueItem
from acctdesk.services.dunning_templates import LABELS, LANGUAGES, TEMPLATE_KEYS, TEMPLATES
from acctdesk.services.errors import ValidationError
from acctdesk.services.reminder_policy import (
    DEFAULT_POLICY,
    CustomerPolicy,
    LevelRule,
    Policy,
    late_interest,
    validate_levels,
)
from acctdesk.services.reminders import plan_reminder


def cny(text: str) -> Money:
    return Money.of(text, "CNY")


@pytest.mark.parametrize(
    ("amount", "rate", "days", "expected"),
    [
        ("10000.00", "0.12", 30, "98.63"),  # 10,000 × 0.12 × 30 / 365 = 98.6301…
        ("10000.00", "0.12", 365, "1200.00"),
        ("5000.00", "0.0365", 1, "0.50"),  # 5,000 × 0.0365 / 365 = 0.5 exactly
        ("333.33", "0.18", 45, "7.40"),  # 333.33 × 0.18 × 45 / 365 = 7.3972…
        ("0.05", "0.12", 30, "0.00"),  # 0.000493… rounds to nothing
        ("10000.00", "0.12", 0, "0.00"),  # due today: no interest
        ("10000.00", "0.12", -3, "0.00"),  # not yet due
        ("10000.00", "0", 30, "0.00"),
    ],
)
def test_late_interest_is_rate_times_days_over_365_rounded_to_the_cent(amount, rate, days, expected):
    assert late_interest(cny(amount), Decimal(rate), days) == cny(expected)


def test_late_interest_rounds_to_the_currency():
    # JPY has no minor unit: 1,000,000 × 0.10 × 10 / 365 = 2,739.726… → 2,740
    assert late_interest(Money.of("1000000", "JPY"), Decimal("0.10"), 10) == Money.of("2740", "JPY")


@pytest.mark.parametrize(
    ("days", "level"),
    [
        *[(-10, 0), (-4, 0), (-3, 1), (-1, 1), (0, 1), (1, 2), (14, 2)],
        *[(15, 3), (29, 3), (30, 4), (59, 4), (60, 5), (400, 5)],
    ],
)
def test_default_levels_by_days_relative_to_the_due_date(days, level):
    assert DEFAULT_POLICY.level_for(days) == level


def test_default_policy_is_the_one_the_issue_describes():
    assert [(r.level, r.offset_days, r.action, r.template) for r in DEFAULT_POLICY.levels] == [
        (1, -3, "email", "friendly"),
        (2, 1, "email", "first"),
        (3, 15, "call", "second"),
        (4, 30, "letter", "final"),
        (5, 60, "call", "escalation"),
    ]


@pytest.mark.parametrize(
    ("due", "as_of", "level"),
    [
        # 2026-01-31 + 30 days is 2026-03-02 (February has 28 days): level 4 on that day, not before.
        ("2026-01-31", "2026-03-01", 3),
        ("2026-01-31", "2026-03-02", 4),
        ("2026-01-31", "2026-02-01", 2),  # the day after the due date, across the month end
        ("2026-01-31", "2026-01-31", 1),  # due today: not overdue, the friendly level
        ("2026-03-02", "2026-02-27", 1),  # three days ahead, across the month end
        ("2026-03-02", "2026-02-26", 0),
        ("2028-02-29", "2028-03-15", 3),  # leap day + 15
        ("2025-12-31", "2026-03-01", 5),  # 60 days across the year end
    ],
)
def test_levels_fire_on_the_right_calendar_days(due, as_of, level):
    days = (date.fromisoformat(as_of) - date.fromisoformat(due)).days
    assert DEFAULT_POLICY.level_for(days) == level


def item(installment_id: int, due: str, open_amount: str, customer_id: int = 1) -> DueItem:
    return DueItem(installment_id, customer_id, "CNY", date.fromisoformat(due), cny(open_amount).minor)


PLAIN = CustomerPolicy(DEFAULT_POLICY, None, 0, Decimal(1))
AS_OF = date(2026, 3, 2)


def test_one_reminder_covers_all_due_items_at_the_highest_level():
    items = [
        item(1, "2026-01-31", "10000.00"),  # 30 days: level 4
        item(2, "2026-02-20", "2500.00"),  # 10 days: level 2
        item(3, "2026-03-04", "800.00"),  # in 2 days: level 1
        item(4, "2026-03-20", "900.00"),  # in 18 days: not yet
    ]
    plan = plan_reminder(items, PLAIN, {}, AS_OF)
    assert plan.rule.level == 4 and plan.rule.template == "final"
    assert [(i.installment_id, i.level, i.days_overdue) for i in plan.items] == [
        (1, 4, 30),
        (2, 2, 10),
        (3, 1, -2),
    ]
    assert plan.amount == cny("13300.00")


def test_nothing_new_means_no_reminder():
    items = [item(1, "2026-01-31", "10000.00"), item(2, "2026-02-20", "2500.00")]
    assert plan_reminder(items, PLAIN, {1: 4, 2: 2}, AS_OF) is None
    # One item moved up a level: a reminder again, covering both.
    plan = plan_reminder(items, PLAIN, {1: 3, 2: 2}, AS_OF)
    assert plan.rule.level == 4 and len(plan.items) == 2


def test_an_item_falling_due_does_not_repeat_a_dunning_customers_reminder():
    items = [item(1, "2026-01-31", "10000.00"), item(2, "2026-03-04", "800.00")]  # level 4; due in 2 days
    assert plan_reminder(items, PLAIN, {1: 4}, AS_OF) is None
    # once it is overdue it moves up a level and the customer hears about both
    plan = plan_reminder(items, PLAIN, {1: 4, 2: 1}, date(2026, 3, 5))
    assert (plan.rule.level, [i.level for i in plan.items]) == (4, [4, 2])
    # a customer with nothing overdue gets the friendly reminder
    assert plan_reminder([items[1]], PLAIN, {}, AS_OF).rule.template == "friendly"


def test_partial_payment_reduces_the_reminded_amount():
    # An invoice of 10,000.00 with 4,000.00 paid is reminded for its 6,000.00 open.
    plan = plan_reminder([item(1, "2026-02-01", "6000.00")], PLAIN, {}, AS_OF)
    assert plan.amount == cny("6000.00")


def test_fee_and_interest_of_the_level():
    policy = Policy(
        "strict",
        (
            LevelRule(1, 1, "email", "first"),
            LevelRule(2, 30, "letter", "final", fee=cny("50.00"), interest_rate=Decimal("0.12")),
        ),
    )
    items = [item(1, "2026-01-31", "10000.00"), item(2, "2026-02-20", "2000.00")]
    plan = plan_reminder(items, CustomerPolicy(policy, None, 0, Decimal(1)), {}, AS_OF)
    # 10,000 × 12 % × 30 / 365 = 98.63; 2,000 × 12 % × 10 / 365 = 6.5753… = 6.58
    assert [i.interest for i in plan.items] == [cny("98.63"), cny("6.58")]
    assert (plan.amount, plan.fee, plan.interest, plan.total) == (
        cny("12000.00"),
        cny("50.00"),
        cny("105.21"),
        cny("12155.21"),
    )


def test_a_fee_in_another_currency_is_not_charged():
    rule = LevelRule(1, 1, "email", "first", fee=Money.of("10.00", "USD"))
    assert rule.fee_in("CNY") == cny("0.00")
    assert rule.fee_in("USD") == Money.of("10.00", "USD")


def test_broken_promises_raise_overdue_items_a_level_but_not_beyond_the_last():
    bumped = CustomerPolicy(DEFAULT_POLICY, None, 1, Decimal("1.25"))
    items = [item(1, "2026-02-20", "100.00"), item(2, "2026-03-03", "100.00"), item(3, "2025-12-01", "1.00")]
    plan = plan_reminder(items, bumped, {}, AS_OF)
    # 10 days overdue: 2 → 3; due tomorrow stays friendly (1); 91 days: 5 stays 5.
    assert [i.level for i in plan.items] == [3, 1, 5]


def test_a_forced_level_writes_that_letter():
    plan = plan_reminder([item(1, "2026-02-25", "100.00")], PLAIN, {1: 2}, AS_OF, force_level=4)
    assert plan.rule.template == "final"


@pytest.mark.parametrize(
    ("levels", "message"),
    [
        ([], "at least one level"),
        ([LevelRule(2, 1, "email", "first")], "numbered 1, 2, 3"),
        ([LevelRule(1, 1, "fax", "first")], "'fax' is not an action"),
        ([LevelRule(1, 1, "email", "rude")], "'rude' is not a template"),
        ([LevelRule(1, 5, "email", "first"), LevelRule(2, 5, "call", "second")], "days must increase"),
        ([LevelRule(1, 1, "email", "first", interest_rate=Decimal("12"))], "fraction from 0 to 1"),
        ([LevelRule(1, 1, "email", "first", interest_rate=Decimal("0.123456"))], "0.01 %"),
        ([LevelRule(1, 1, "email", "first", fee=cny("-1.00"))], "fee must be positive"),
    ],
)
def test_a_policy_that_cannot_work_is_refused(levels, message):
    with pytest.raises(ValidationError, match=message):
        validate_levels(levels)


def test_every_template_has_every_text_in_both_languages():
    assert set(TEMPLATES) == set(TEMPLATE_KEYS)
    for template in TEMPLATES.values():
        assert set(template) == set(LANGUAGES)
        assert set(template["zh_CN"]) == set(template["en"]) == {"title", "subject", "body"}
    assert set(LABELS["zh_CN"]) == set(LABELS["en"])
    values = dict.fromkeys(
        ("customer", "company", "currency", "total", "as_of", "pay_by", "number", "level"), "x"
    )
    for template in TEMPLATES.values():
        for texts in template.values():
            for text in texts.values():
                text.format(**values)  # every placeholder is one a letter fills in


def test_a_reminder_ahead_of_the_due_date_is_friendly_only():
    soon = date(2026, 3, 2) + timedelta(days=3)
    plan = plan_reminder([item(1, soon.isoformat(), "100.00")], PLAIN, {}, AS_OF)
    assert (plan.rule.level, plan.rule.template, plan.interest) == (1, "friendly", cny("0.00"))
