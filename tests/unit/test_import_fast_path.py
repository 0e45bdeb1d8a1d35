"""The fast paths of a large sheet's import give what the general paths give.

The tabular reader's quick reader reads plain-number amounts in minor units straight from the text
and keeps them on the draft (LineDraft.minor_units), which import_bank_file then takes as they are;
these tests read generated sheets both ways (with the quick reader and without it) and compare the
drafts, errors, warnings and table rows, so that the two cannot drift apart. Also checked: the
written-out reference cleaning of iter_finished_lines and the character lists the fast paths rely on.
"""

from __future__ import annotations

import hashlib
import sys
import unicodedata
from dataclasses import fields, replace
from datetime import date
from decimal import Decimal
from unittest import mock

from hypothesis import given, settings
from hypothesis import strategies as st

from acctdesk.services.bank_import import _line_rows
from acctdesk.services.importing import tabular
from acctdesk.services.importing.keys import LineDraft, clean_reference, iter_finished_lines
from acctdesk.services.importing.values import guess_decimal_mark

CREDIT_DEBIT = [
    "交易日期",
    "收入金额",
    "支出金额",
    "余额",
    "币种",
    "对方户名",
    "对方账号",
    "摘要",
    "用途",
    "交易流水号",
]
SINGLE = ["交易日期", "交易金额", "余额", "币种", "对方户名", "对方账号", "摘要", "交易流水号"]

plain_numbers = st.builds(
    lambda sign, whole, fraction: f"{sign}{whole}{'.' + fraction if fraction else ''}",
    st.sampled_from(["", "", "-", "+"]),
    st.from_regex(r"[0-9]{1,17}", fullmatch=True),
    st.one_of(st.just(""), st.from_regex(r"[0-9]{1,4}", fullmatch=True)),
)
other_numbers = st.sampled_from(
    [
        "",
        "",
        "",
        "1,234.50",
        "¥12.00",
        "12.3.4",
        "abc",
        "-",
        "(5.00)",
        "1e3",
        "１２",
        ".5",
        "5.",
        "+-5",
        "-0",
        "0.00",
    ]
)
amounts = st.one_of(plain_numbers, plain_numbers, plain_numbers, other_numbers)
dates = st.sampled_from(["2026-01-05"] * 6 + ["2026-02-28", "2026-02-30", "", "2026/3/4", "合计"])
currencies = st.sampled_from(["", "人民币", "人民币", "人民币", "CNY", "JPY", "KWD", "USD", "美元", "XX"])
names = st.sampled_from(["", "-", "张三", "上海某某 有限公司", "Acme  GmbH", "李四 6222020200112233"])
accounts = st.sampled_from(["", "6222 0202 0011 2233", "-", "DE89 3704 0044 0532 0130 00"])
memos = st.sampled_from(["", "转账收入", "货款  INV-1", "-", "费用"])
references = st.sampled_from(["", "0000", "NONREF", "2026000123", "n/a", "-", "1 2  3", "ab\tc", "0 1"])


def _row(header: list[str]):
    values = {
        "交易日期": dates,
        "收入金额": amounts,
        "支出金额": amounts,
        "交易金额": amounts,
        "余额": amounts,
        "币种": currencies,
        "对方户名": names,
        "对方账号": accounts,
        "摘要": memos,
        "用途": memos,
        "交易流水号": references,
    }
    return st.tuples(*(values[column] for column in header)).map(list)


sheets = st.sampled_from([CREDIT_DEBIT, SINGLE]).flatmap(
    lambda header: st.tuples(st.just(header), st.lists(_row(header), min_size=1, max_size=30))
)


def _read(header: list[str], body: list[list[str]], quick: bool):
    rows = [(1, list(header))] + [(number, list(cells)) for number, cells in enumerate(body, start=2)]
    if quick:
        return tabular._SheetReader("sheet.xlsx", rows, 0, None, None).read()
    with mock.patch.object(tabular._SheetReader, "_quick_reader", lambda self: None):
        return tabular._SheetReader("sheet.xlsx", rows, 0, None, None).read()


def _fields(draft: LineDraft) -> tuple[str, ...]:
    """The draft's fields as their repr (a Decimal's exponent included)."""
    return tuple(repr(getattr(draft, f.name)) for f in fields(LineDraft))


@settings(max_examples=300, deadline=None)
@given(sheets)
def test_the_quick_reader_reads_what_the_general_reader_reads(sheet):
    header, body = sheet
    try:
        general = _read(header, body, quick=False)
    except Exception as refused:  # a file refused as a whole is refused alike
        try:
            _read(header, body, quick=True)
        except type(refused) as also:
            assert str(also) == str(refused)
            return
        raise AssertionError(f"only the general reader refused the sheet: {refused}") from None
    quick = _read(header, body, quick=True)
    assert [_fields(d) for d in quick.drafts] == [_fields(d) for d in general.drafts]
    assert quick.errors == general.errors
    assert quick.warnings == general.warnings
    assert all(d.minor_units is None for d in general.drafts)
    # import_bank_file's table rows: from the minor units kept, and worked out from the amounts
    assert _line_rows("sheet.xlsx", quick.drafts) == _line_rows("sheet.xlsx", general.drafts)
    plain = [replace(d) for d in quick.drafts]  # replace() keeps the fields only
    assert _line_rows("sheet.xlsx", quick.drafts) == _line_rows("sheet.xlsx", plain)


def test_the_quick_reader_keeps_minor_units_for_plain_amounts():
    # the quick reader reads dates seen before: the first row is read the general way
    body = [["2026-01-05", "1234.5", "", "99.999", "人民币", "张三", "", "货款", "", "2026000123"]] * 2
    first, draft = _read(CREDIT_DEBIT, body, quick=True).drafts
    assert first.minor_units is None
    assert draft.minor_units == (draft.amount, 123450, False, None)  # the balance is finer than CNY
    assert repr(draft.amount) == "Decimal('1234.50')"


def test_minor_units_are_not_taken_for_a_changed_amount():
    body = [["2026-01-05", "1234.5", "", "10", "人民币", "张三", "", "货款", "", "2026000123"]] * 2
    drafts = _read(CREDIT_DEBIT, body, quick=True).drafts
    assert drafts[1].minor_units is not None
    drafts[1].amount = drafts[1].amount * 2
    drafts[1].balance = None
    rows, problems = _line_rows("sheet.xlsx", drafts)
    assert not problems
    assert rows[1][5] == 246900  # amount_minor
    assert rows[1][11] is None  # balance_minor


@given(st.lists(references, min_size=1, max_size=5), st.text(max_size=12))
def test_references_are_cleaned_as_clean_reference_cleans_them(picked, typed):
    drafts = [
        LineDraft(n, date(2026, 1, 5), None, Decimal(1), "CNY", reference=reference)
        for n, reference in enumerate([*picked, typed])
    ]
    lines = list(iter_finished_lines(drafts))
    assert [line.reference for line in lines] == [clean_reference(d.reference) for d in drafts]


def test_a_key_is_the_first_half_of_the_hex_sha256():
    draft = LineDraft(2, date(2026, 1, 5), None, Decimal("12.50"), "CNY", reference="R-1")
    (line,) = iter_finished_lines([draft])
    basis = "\x1f".join(("ref", "", "R-1", "2026-01-05", "12.5", "CNY", "0"))
    assert line.line_key == hashlib.sha256(basis.encode("utf-8")).hexdigest()[:32]


def test_the_comma_like_characters_are_all_those_nfkc_turns_into_a_comma():
    holding = {c for c in map(chr, range(sys.maxunicode + 1)) if "," in unicodedata.normalize("NFKC", c)}
    listed = {c for c in map(chr, range(sys.maxunicode + 1)) if tabular._COMMA_LIKE.fullmatch(c)}
    assert listed == holding


@given(st.lists(st.one_of(amounts, st.text(max_size=8)), max_size=8))
def test_without_a_comma_the_decimal_mark_is_the_point(values):
    if not tabular._COMMA_LIKE.search("\x1f".join(values)):
        assert guess_decimal_mark(values) == "."
