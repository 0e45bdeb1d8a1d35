"""suggest_mapping on the header rows of Chinese and English bank and payment exports."""

from __future__ import annotations

import pytest

from acctdesk.services.importing import ColumnMapping, suggest_mapping


def csv_header(line: str) -> list[str]:
    """A header row as it stands in the export file."""
    return line.split(",")


ICBC = csv_header(
    "交易日期,摘要,交易详情,交易场所,交易国家或地区简称,钞/汇,交易金额(收入),交易金额(支出),交易币种,"
    "记账金额(收入),记账金额(支出),记账币种,余额,对方户名,对方账户"
)
ALIPAY = [
    "交易时间            ",
    "交易分类                ",
    "交易对方                ",
    "对方账号                ",
    "商品说明                ",
    "收/支                 ",
    "金额                  ",
    "收/付款方式              ",
    "交易状态                ",
    "交易订单号     ",
    "商家订单号           ",
    "备注                  ",
    "",
]
WECHAT = csv_header("交易时间,交易类型,交易对方,商品,收/支,金额(元),支付方式,当前状态,交易单号,商户单号,备注")
BOCOM = csv_header("序号,交易日期,交易时间,交易类型,借贷,交易金额,余额,对方账号,对方户名,交易地点,摘要")
SPDB = csv_header("顺序号,交易日期,交易类型,存入金额,取出金额,余额,交易对手名称,交易对手账号,附言")
BOC = csv_header(
    "记账日期,记账时间,币别,金额,余额,交易名称,渠道,网点名称,附言,对方账户名,对方卡号/账号,对方开户行,借记卡号"
)


def test_icbc_prefers_booked_amounts_to_transaction_amounts():
    mapping = suggest_mapping(ICBC)
    assert mapping.date == "交易日期"
    assert (mapping.credit, mapping.debit, mapping.amount) == ("记账金额(收入)", "记账金额(支出)", None)
    assert mapping.currency == "记账币种"
    assert mapping.balance == "余额"
    assert (mapping.counterparty_name, mapping.counterparty_account) == ("对方户名", "对方账户")
    assert mapping.memo == ("摘要", "交易详情", "交易场所")


def test_alipay_padded_headers_unsigned_amount_and_direction():
    mapping = suggest_mapping(ALIPAY)
    assert mapping.date == "交易时间"
    assert (mapping.amount, mapping.direction) == ("金额", "收/支")
    assert (mapping.counterparty_name, mapping.counterparty_account) == ("交易对方", "对方账号")
    assert mapping.reference == "交易订单号"
    assert mapping.status == "交易状态"
    assert mapping.memo == ("交易分类", "商品说明", "备注")
    assert mapping.headers[-1] == "#13"  # the empty header after the trailing comma


def test_wechat_amount_in_yuan_and_order_number():
    mapping = suggest_mapping(WECHAT)
    assert (mapping.date, mapping.amount, mapping.direction) == ("交易时间", "金额(元)", "收/支")
    assert mapping.reference == "交易单号"
    assert mapping.status == "当前状态"
    assert mapping.counterparty_name == "交易对方"
    assert mapping.memo == ("交易类型", "商品", "备注")


def test_date_column_wins_over_a_time_column():
    mapping = suggest_mapping(BOCOM)
    assert mapping.date == "交易日期"
    assert (mapping.amount, mapping.direction) == ("交易金额", "借贷")
    assert (mapping.counterparty_name, mapping.counterparty_account) == ("对方户名", "对方账号")


def test_deposit_and_withdrawal_columns():
    mapping = suggest_mapping(SPDB)
    assert (mapping.credit, mapping.debit) == ("存入金额", "取出金额")
    assert (mapping.counterparty_name, mapping.counterparty_account) == ("交易对手名称", "交易对手账号")
    assert mapping.memo == ("交易类型", "附言")


def test_boc_currency_name_column_and_own_card_number():
    mapping = suggest_mapping(BOC)
    assert (mapping.date, mapping.amount, mapping.currency) == ("记账日期", "金额", "币别")
    assert mapping.account == "借记卡号"
    assert mapping.counterparty_account == "对方卡号/账号"


def test_lender_and_borrower_column_names():
    mapping = suggest_mapping(["日期", "贷方发生额", "借方发生额", "对方账户名称", "用途", "交易流水号"])
    assert (mapping.credit, mapping.debit) == ("贷方发生额", "借方发生额")
    assert mapping.counterparty_name == "对方账户名称"
    assert mapping.reference == "交易流水号"
    assert mapping.memo == ("用途",)


def test_english_debit_credit_balance():
    mapping = suggest_mapping(["Date", "Details", "Debit", "Credit", "Balance"])
    assert (mapping.date, mapping.debit, mapping.credit, mapping.balance) == (
        "Date",
        "Debit",
        "Credit",
        "Balance",
    )
    assert mapping.memo == ("Details",)


def test_english_booking_and_value_dates_with_currency_in_brackets():
    mapping = suggest_mapping(
        ["Transaction date", "Value date", "Description", "Withdrawals (SGD)", "Deposits (SGD)"]
    )
    assert (mapping.date, mapping.value_date) == ("Transaction date", "Value date")
    assert (mapping.debit, mapping.credit) == ("Withdrawals (SGD)", "Deposits (SGD)")


def test_english_signed_amount_payer_memo_reference():
    mapping = suggest_mapping(["Booking date", "Payer", "Amount", "Currency", "Memo", "Reference"])
    assert (mapping.date, mapping.amount, mapping.currency) == ("Booking date", "Amount", "Currency")
    assert (mapping.counterparty_name, mapping.reference) == ("Payer", "Reference")
    assert mapping.memo == ("Memo",)


def test_signed_amount_wins_over_separate_credit_and_debit_columns():
    mapping = suggest_mapping(["Datum", "Bedrag", "credit", "debet", "Naam tegenpartij"])
    assert (mapping.amount, mapping.credit, mapping.debit) == ("Bedrag", None, None)
    assert mapping.counterparty_name == "Naam tegenpartij"


def test_name_and_counterparty_headers():
    assert suggest_mapping(["Date", "Name", "Amount"]).counterparty_name == "Name"
    assert suggest_mapping(["Date", "Counterparty", "Amount"]).counterparty_name == "Counterparty"


def test_mapping_round_trips_through_a_dict():
    mapping = suggest_mapping(ALIPAY)
    data = mapping.to_dict()
    assert data["memo"] == ["交易分类", "商品说明", "备注"]
    assert data["signature"] == mapping.signature
    again = ColumnMapping.from_dict(data)
    assert again == mapping
    assert again.signature == mapping.signature


def test_signature_ignores_padding_but_not_different_headers():
    padded = suggest_mapping(ALIPAY)
    tidy = suggest_mapping([h.strip() for h in ALIPAY])
    assert padded.signature == tidy.signature
    assert suggest_mapping(WECHAT).signature != padded.signature


def test_from_dict_refuses_an_unknown_number_style():
    with pytest.raises(ValueError, match="decimal"):
        ColumnMapping.from_dict({"date": "Date", "amount": "Amount", "decimal": ";"})
