"""Matching scores are pure functions over plain values: names, memos, amounts, open items."""

from __future__ import annotations

from datetime import date, timedelta
from itertools import count

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from acctdesk.services.matching import (
    AMBIGUOUS_CONFIDENCE,
    FUZZY_CAP,
    CustomerDirectory,
    CustomerRef,
    IncomingLine,
    OpenInstallment,
    combine_scores,
    find_subset,
    invoice_mentions,
    match_lines,
    name_similarity,
    normalise_name,
    plan_allocation,
)

DAY = date(2026, 1, 1)
_ids = count(1)


def item(
    number: str, open_minor: int, *, seq: int = 1, customer_id: int = 1, days: int = 0
) -> OpenInstallment:
    return OpenInstallment(
        installment_id=next(_ids),
        customer_id=customer_id,
        invoice_number=number,
        seq=seq,
        invoice_date=DAY,
        due_date=DAY + timedelta(days=days),
        currency="CNY",
        open_minor=open_minor,
    )


@pytest.mark.parametrize(
    ("written", "normalised"),
    [
        ("上海华信科技有限公司", "上海华信科技"),
        ("上海华信科技股份有限公司", "上海华信科技"),
        ("上海 华信 科技", "上海华信科技"),
        ("华为技术（深圳）有限公司", "华为技术"),
        ("宏达电子(中国)有限责任公司", "宏达电子"),
        ("Northwind Trading Co., Ltd.", "northwind trading"),
        ("NORTHWIND TRADING COMPANY LIMITED", "northwind trading"),
        ("ＡＢＣ　Ｃｏ．，Ｌｔｄ", "abc"),
        ("Keystone Foods GmbH", "keystone foods"),
        ("公司", "公司"),  # a legal form alone stays, so that it never equals every name
        ("", ""),
    ],
)
def test_normalise_name(written, normalised):
    assert normalise_name(written) == normalised


def test_name_similarity():
    assert name_similarity("上海华信科技", "上海华信科技有限公司") == 100
    assert name_similarity("上海华信科技发展", "上海华信科技有限公司") == pytest.approx(85.71, abs=0.01)
    assert name_similarity("北京东方电子", "上海华信科技") < 30


def test_invoice_mentions_finds_document_numbers_in_chinese_text():
    found = invoice_mentions("付INV-2026-001及INV2026002/INV2026003货款，合同ＨＴ-88")
    assert {"INV-2026-001", "INV2026002", "INV2026003", "HT-88"} <= found
    assert "货款" not in found
    assert invoice_mentions("货款 12 月") == frozenset()


def test_find_subset_prefers_fewest_items_then_the_oldest():
    assert find_subset(300, [100, 50, 150, 200]) == (0, 3)  # 100+200 before 100+50+150
    assert find_subset(300, [50, 100, 150, 200]) == (1, 3)
    assert find_subset(450, [100, 50, 150, 200]) == (0, 2, 3)
    assert find_subset(10, [1, 2, 3]) is None
    assert find_subset(100, [100, 1]) is None, "one item is not a combination"


def test_find_subset_gives_up_after_its_budget():
    amounts = [3] * 40
    assert find_subset(12, amounts, budget=100) is None
    assert find_subset(12, amounts) == (0, 1, 2, 3)


def test_plan_exact_amount_of_one_item():
    plan = plan_allocation(500, [item("A", 300), item("B", 500, days=5)], "CNY")
    assert [(i.invoice_number, m) for i, m in plan.lines] == [("B", 500)]
    assert plan.score == 100


def test_plan_several_items_of_the_amount_takes_the_oldest_with_a_lower_score():
    plan = plan_allocation(500, [item("A", 500), item("B", 500, days=5)], "CNY")
    assert [i.invoice_number for i, _ in plan.lines] == ["A"]
    assert plan.score == 85
    assert "2 open items" in plan.reasons[0]


def test_plan_named_invoices():
    items = [item("A", 500), item("B", 500, days=5), item("C", 200, days=9)]
    exact = plan_allocation(700, items, "CNY", frozenset({"B", "C"}))
    part = plan_allocation(600, items, "CNY", frozenset({"B", "C"}))
    over = plan_allocation(900, items, "CNY", frozenset({"C"}))
    assert ([i.invoice_number for i, _ in exact.lines], exact.score) == (["B", "C"], 100)
    assert ([(i.invoice_number, m) for i, m in part.lines], part.score) == ([("B", 500), ("C", 100)], 85)
    assert ([(i.invoice_number, m) for i, m in over.lines], over.score) == ([("C", 200)], 80)
    assert "CNY 7.00 more than that stays unapplied cash" in over.reasons[1]


def test_plan_oldest_items_exactly_and_combinations():
    items = [item("A", 100), item("B", 200, days=1), item("C", 400, days=2), item("D", 800, days=3)]
    assert plan_allocation(300, items, "CNY").score == 95  # the two oldest
    subset = plan_allocation(1200, items, "CNY")
    assert ([i.invoice_number for i, _ in subset.lines], subset.score) == (["C", "D"], 90)
    three = plan_allocation(1300, items, "CNY")
    assert ([i.invoice_number for i, _ in three.lines], three.score) == (["A", "C", "D"], 85)


def test_plan_partial_and_nothing_open():
    items = [item("A", 100), item("B", 200, days=1)]
    partial = plan_allocation(250, items, "CNY")
    assert ([(i.invoice_number, m) for i, m in partial.lines], partial.score) == (
        [("A", 100), ("B", 150)],
        60,
    )
    over = plan_allocation(1000, items, "CNY")
    assert over.allocated_minor == 300 and "CNY 7.00 more" in over.reasons[1]
    assert plan_allocation(250, items, "CNY", allow_partial=False) is None
    empty = plan_allocation(250, [], "CNY")
    assert (empty.lines, empty.score) == ((), 50)


def test_combine_scores():
    assert combine_scores(100, 100) == 100
    assert combine_scores(95, 90) == 86
    assert combine_scores(85, 100) == 85


DIRECTORY = CustomerDirectory(
    [
        CustomerRef(1, "C1", "上海华信科技有限公司", ("华信上海",), "91310000MA1FL0000X"),
        CustomerRef(2, "C2", "上海华信电子有限公司"),
        CustomerRef(3, "C3", "Northwind Trading Co., Ltd."),
        CustomerRef(4, "C4", "Northwind Trading Ltd"),
    ],
    known_accounts=[("6222 0200 0000 1111", 2), ("6226******5669", 1)],
)


@pytest.mark.parametrize(
    ("name", "account", "text", "code", "confidence"),
    [
        ("上海华信科技有限公司", "", "", "C1", 100),
        ("华信上海", "", "", "C1", 100),
        ("上海华信科技", "", "", "C1", 95),
        ("无名氏", "6222-0200-0000-1111", "", "C2", 100),
        ("无名氏", "", "税号91310000MA1FL0000X", "C1", 100),
        ("上海华信科技发展", "", "", "C1", round(85.71 * FUZZY_CAP / 100)),
        ("Northwind Trading", "", "", "C3", AMBIGUOUS_CONFIDENCE),  # C3 and C4 are the same name
    ],
)
def test_identify(name, account, text, code, confidence):
    found = DIRECTORY.identify(name, account, text)
    assert found is not None
    assert (DIRECTORY.code(found.customer_id), found.confidence) == (code, confidence)


def test_masked_accounts_and_unknown_names_identify_nobody():
    assert DIRECTORY.identify("张三", "6226******5669") is None
    assert DIRECTORY.identify("") is None
    assert DIRECTORY.identify("广州完全无关贸易有限公司") is None


# ------------------------------------------------------------------------------ properties

amounts = st.integers(min_value=1, max_value=50_000)


@settings(max_examples=300, deadline=None)
@given(
    amount=amounts,
    opens=st.lists(amounts, max_size=25),
    named=st.sets(st.integers(min_value=0, max_value=24), max_size=3),
)
def test_a_plan_never_applies_more_than_the_amount_or_an_items_open_amount(amount, opens, named):
    items = [item(f"INV-{i}", minor, days=i) for i, minor in enumerate(opens)]
    mentioned = frozenset(f"INV-{i}" for i in named)
    plan = plan_allocation(amount, items, "CNY", mentioned)
    assert plan.allocated_minor <= amount
    assert all(0 < minor <= line_item.open_minor for line_item, minor in plan.lines)
    assert len({i.installment_id for i, _ in plan.lines}) == len(plan.lines)
    assert 0 <= plan.score <= 100
    if plan.score == 100:
        assert plan.allocated_minor == amount


@settings(max_examples=150, deadline=None)
@given(
    lines=st.lists(st.tuples(amounts, st.sampled_from(["C1", "C2", "unknown"])), min_size=1, max_size=12),
    opens=st.lists(st.tuples(amounts, st.sampled_from([1, 2])), max_size=15),
)
def test_a_matching_run_never_claims_more_than_a_line_or_an_installment_has(lines, opens):
    directory = CustomerDirectory([CustomerRef(1, "C1", "甲公司"), CustomerRef(2, "C2", "乙公司")])
    names = {"C1": "甲公司", "C2": "乙公司", "unknown": "丙公司"}
    incoming = [
        IncomingLine(n, f"k{n}", DAY + timedelta(days=n), minor, "CNY", names[who], "", "", "")
        for n, (minor, who) in enumerate(lines)
    ]
    items = [
        OpenInstallment(100 + n, customer, f"INV-{n}", 1, DAY, DAY + timedelta(days=n), "CNY", minor)
        for n, (minor, customer) in enumerate(opens)
    ]
    open_by_id = {i.installment_id: i for i in items}

    proposals = match_lines(incoming, directory, items)

    claimed: dict[int, int] = {}
    for proposal in proposals:
        line = incoming[proposal.line_id]
        assert sum(a.amount.minor for a in proposal.allocations) <= line.amount_minor
        assert proposal.customer_name == names[proposal.customer_code]
        for allocation in proposal.allocations:
            installment = open_by_id[allocation.installment_id]
            assert installment.customer_id == {"C1": 1, "C2": 2}[proposal.customer_code]
            claimed[allocation.installment_id] = (
                claimed.get(allocation.installment_id, 0) + allocation.amount.minor
            )
    assert all(claimed[i] <= open_by_id[i].open_minor for i in claimed)
    assert {p.line_id for p in proposals} == {n for n, (_, who) in enumerate(lines) if who != "unknown"}
