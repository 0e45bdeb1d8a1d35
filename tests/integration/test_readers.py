"""Every sample bank export is read into the hand-counted number of lines, or refused cleanly.

Expected counts and first-line values were checked by hand against the files and
shared/samples/SOURCES.md; rows that are not cash movements (不计收支, '/', closed trades,
pending card items, totals and balance lines) are not lines.
"""

from __future__ import annotations

import os
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest

from acctdesk.services.errors import ValidationError
from acctdesk.services.importing import BankLine, ColumnMapping, ReadResult, read_bank_file

SAMPLES = Path(
    os.environ.get("ACCTDESK_SAMPLES") or Path(__file__).resolve().parents[2].parent / "shared" / "samples"
)

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no sample files at {SAMPLES}")

# Lines each sample yields, or the message of the ValidationError it must raise.
EXPECTED: dict[str, int | str] = {
    "cn_bank/example-icbc-debit-v2-records.csv": 11,
    "cn_bank/example-cmb-records.csv": 5,
    "cn_bank/example-boc-records.csv": 17,
    "cn_bank/example-bocom_debit-records.csv": 6,
    "cn_bank/example-spdb_debit-records.xls": 4,
    "cn_bank/example-abc_debit-records.csv": 5,
    # 10 rows: 4 不计收支 and 1 closed trade (交易关闭) are not cash movements
    "cn_payment/example-alipay-records.csv": 5,
    # 27 rows: 11 neutral ('/')
    "cn_payment/example-wechat-records.csv": 16,
    "cn_payment/example-wechat-records.xlsx": 16,
    "cn_payment/微信支付账单(20200830-20200906).csv": 7,
    # 26 rows: 10 不计收支
    "cn_payment/example-jd-records.csv": 16,
    "mt940/abnamro.sta": 10,
    "mt940/sepa_snippet.sta": 11,
    "mt940/ing.sta": 7,
    "mt940/mt940.sta": 3,
    "mt940/raiffeisen-cmi.sta": 7,
    "mt940/february_30.sta": "february_30.sta, entry 1: 2016-02-30 is not a date",
    # 3 entries, one of them a batch of 2 transaction details
    "camt053/test-camt053": 4,
    "camt053/test-camt053-txdtls": 2,
    "camt053/test-camt053-no-ntry": 0,
    "camt053/camt053.v2.multi.statement.xml": 2,
    "camt053/camt053.v8.xml": 1,
    "camt053/camt053.v2.five.decimals.xml": 1,
    "ofx/bank_medium.ofx": 3,
    "ofx/checking.ofx": 3,
    "ofx/suncorp.ofx": 1,
    "ofx/anzcc.ofx": 1,
    "ofx/ofx-v102-empty-tags.ofx": 1,
    "ofx/decimal_error.ofx": "decimal_error.ofx: not an OFX file: no OFX header",
    "csv_eu/CSV_A_20180414_112204.csv": 3,
    "csv_eu/20180226-1000594757-umsatz.CSV": 1,
    "csv_eu/Movements_1234512345_201805271848.csv": 1,
    "csv_eu/export_BE11123456789012_20180304_1422.csv": 1,
    # record types 10 (opening), 82 (turnover) and 86 (closing) are not transactions
    "csv_eu/test_swedebank_statement.xls": 13,
    "csv_eu/meta_data_separated_credit_debit.csv": 4,
    "csv_en/test_BOI_TransactionExport.csv": 27,
    # 13 rows: 3 still pending
    "csv_en/MS_JANE_SMITH_01-12-2019_14-12-2019.csv": 10,
    # 16 rows: each transaction's description continues on the next row
    "csv_en/TransactionHistory_20180418043121.csv": 8,
    "csv_en/debit_credit_amount.csv": 4,
    "csv_en/sample_statement_en.csv": 2,
    "csv_en/sample_statement_en.xlsx": 2,
}

# Files that do not say their currency: the importer passes the bank account's currency.
ACCOUNT_CURRENCY = {
    "csv_en/test_BOI_TransactionExport.csv": "EUR",
    "csv_en/debit_credit_amount.csv": "USD",
    "csv_eu/meta_data_separated_credit_debit.csv": "EUR",
}


def sample_names() -> list[str]:
    if not SAMPLES.is_dir():
        return []
    return sorted(
        p.relative_to(SAMPLES).as_posix()
        for p in SAMPLES.rglob("*")
        if p.is_file() and p.name != "SOURCES.md"
    )


def read(relative: str, **options) -> ReadResult:
    options.setdefault("currency", ACCOUNT_CURRENCY.get(relative))
    return read_bank_file(SAMPLES / relative, **options)


def line(result: ReadResult, index: int = 0) -> BankLine:
    return result.lines[index]


def test_every_sample_file_has_an_expectation():
    assert sample_names() == sorted(EXPECTED)


@pytest.mark.parametrize("relative", sample_names())
def test_sample_reads_into_expected_lines_or_fails_cleanly(relative):
    expected = EXPECTED[relative]
    if isinstance(expected, str):
        with pytest.raises(ValidationError) as raised:
            read(relative)
        assert str(raised.value) == expected
        assert Path(relative).name in str(raised.value)
        return
    result = read(relative)
    assert len(result.lines) == expected
    assert result.errors == []
    keys = [ln.line_key for ln in result.lines]
    assert len(set(keys)) == len(keys), "keys must be unique within a file"
    again = read(relative)
    assert [ln.line_key for ln in again.lines] == keys, "keys must be stable"
    assert result.file_size == (SAMPLES / relative).stat().st_size
    assert len(result.file_sha256) == 64
    for bank_line in result.lines:
        assert isinstance(bank_line.amount, Decimal)
        assert len(bank_line.currency) == 3


def test_format_is_detected_by_content_not_name():
    assert read("camt053/test-camt053").format == "camt053"
    assert read("csv_eu/test_swedebank_statement.xls").format == "csv"
    assert read("cn_bank/example-spdb_debit-records.xls").format == "xls"
    assert read("cn_payment/example-wechat-records.xlsx").format == "xlsx"
    assert read("mt940/mt940.sta").format == "mt940"
    assert read("ofx/anzcc.ofx").format == "ofx"


# ------------------------------------------------------------------------ Chinese banks


def test_icbc_separate_income_and_expense_columns_padding_and_totals():
    result = read("cn_bank/example-icbc-debit-v2-records.csv")
    assert result.header_row == 7
    first = line(result)
    assert (first.source_row, first.booking_date, first.amount, first.currency) == (
        8,
        date(2023, 5, 2),
        Decimal("-13.40"),
        "CNY",
    )
    assert first.counterparty_name == "深圳市财付通支付科技有限公司"
    assert first.account == "1234****9876"  # from the 卡号 line above the header
    assert first.balance is None  # masked "xx,yyyy.zz"
    assert line(result, 1).amount == Decimal("-1234.56")  # "1,234.56" in 记账金额(支出)
    assert sum(ln.amount for ln in result.lines if ln.amount > 0) == Decimal("2841.74")
    assert sum(ln.amount for ln in result.lines if ln.amount < 0) == Decimal("-4241.08")
    assert result.mapping.credit == "记账金额(收入)" and result.mapping.debit == "记账金额(支出)"
    assert any("row 20" in w and "totals" in w for w in result.warnings)
    assert any("xx,yyyy.zz" in w for w in result.warnings)


def test_cmb_signed_amount_with_thousands_separator_and_balance():
    result = read("cn_bank/example-cmb-records.csv")
    first, second = line(result), line(result, 1)
    assert (first.booking_date, first.amount, first.balance) == (
        date(2024, 1, 1),
        Decimal("1234.00"),
        Decimal("1271.66"),
    )
    # 对手信息 holds name and account in one cell
    assert (first.counterparty_name, first.counterparty_account) == ("北京住房公积金管理中心", "1111111111")
    assert (second.amount, second.counterparty_name) == (Decimal("-1000.00"), "张三")


def test_boc_title_row_date_and_time_columns_and_dashes():
    result = read("cn_bank/example-boc-records.csv")
    assert result.header_row == 2
    first = line(result)
    assert (first.booking_date, first.amount, first.balance) == (
        date(2025, 8, 22),
        Decimal("-71.89"),
        Decimal("3240.28"),
    )
    assert (first.counterparty_name, first.counterparty_account) == ("张三", "6226******5669")
    assert "---" not in first.memo
    assert line(result, 7).amount == Decimal("-2600.00")
    assert line(result, 11).amount == Decimal("5771.00")


def test_bocom_unsigned_amount_with_borrow_lend_direction():
    result = read("cn_bank/example-bocom_debit-records.csv")
    assert [ln.amount for ln in result.lines[:2]] == [Decimal("1.23"), Decimal("-3.21")]  # 贷 Cr, 借 Dr
    assert line(result).booking_date == date(2025, 1, 1)
    assert line(result, 1).counterparty_name == "哈哈"


def test_spdb_old_xls_with_account_row_and_date_time_in_one_cell():
    result = read("cn_bank/example-spdb_debit-records.xls")
    assert result.header_row == 2
    first = line(result)
    assert (first.source_row, first.booking_date, first.amount) == (3, date(2025, 12, 3), Decimal("-3.88"))
    assert (first.counterparty_name, first.account) == ("基金销售有限公司", "6200000000001230")
    assert line(result, 1).amount == Decimal("10.00")


def test_abc_compact_dates_explicit_signs_and_short_rows():
    result = read("cn_bank/example-abc_debit-records.csv")
    first = line(result)
    assert (first.booking_date, first.amount, first.reference) == (
        date(2024, 1, 1),
        Decimal("10000.00"),
        "369396693",
    )
    assert line(result, 2).amount == Decimal("-12345.89")
    # the two 结息/利息税 rows share the placeholder log number 0000000000: not a reference
    assert [ln.reference for ln in result.lines[3:]] == ["", ""]


# ------------------------------------------------------------------------ payment apps


def test_alipay_gbk_neutral_and_closed_rows_and_untrusted_summary():
    result = read("cn_payment/example-alipay-records.csv")
    assert result.encoding == "gb18030"
    assert result.header_row == 25
    first = line(result)
    assert (first.booking_date, first.amount, first.counterparty_name) == (
        date(2023, 2, 12),
        Decimal("-49.74"),
        "xxxxxxxxxxxx",
    )
    assert Decimal("222228.50") in [ln.amount for ln in result.lines]
    assert any("不计收支" in w and "28, 29, 31, 32" in w for w in result.warnings)
    assert any("row 33" in w and "closed" in w for w in result.warnings)
    assert any("66 records" in w and "10 transaction rows" in w for w in result.warnings)


def test_wechat_csv_yen_prefix_and_neutral_rows():
    result = read("cn_payment/example-wechat-records.csv")
    first = line(result)
    assert (first.source_row, first.booking_date, first.amount) == (18, date(2019, 9, 26), Decimal("-28.16"))
    assert first.counterparty_name == "云膳过桥米线(传奇广场店)"
    assert first.reference == "3985734"  # the trailing TAB is gone
    assert line(result, 1).amount == Decimal("0.35")


def test_wechat_xlsx_reads_the_same_lines_with_the_same_keys_as_the_csv():
    csv_lines = read("cn_payment/example-wechat-records.csv").lines
    xlsx = read("cn_payment/example-wechat-records.xlsx")
    assert xlsx.header_row == 18  # below the "Column1…Column11" row and the preamble
    assert [ln.amount for ln in xlsx.lines] == [ln.amount for ln in csv_lines]
    assert [ln.line_key for ln in xlsx.lines] == [ln.line_key for ln in csv_lines]
    assert any("Sheet1" in w for w in xlsx.warnings)


def test_wechat_bom_file_with_parentheses_in_its_name():
    result = read("cn_payment/微信支付账单(20200830-20200906).csv")
    assert result.encoding == "utf-8-sig"
    assert (line(result).amount, line(result).counterparty_name) == (Decimal("-20.00"), "用户b")
    assert (line(result, 6).amount, line(result, 6).counterparty_name) == (Decimal("742.00"), "同程旅行")


def test_jd_refund_note_inside_amount_is_left_out_with_a_warning():
    result = read("cn_payment/example-jd-records.csv")
    assert result.encoding == "utf-8-sig"
    assert line(result).amount == Decimal("-10.20")
    refunded = next(ln for ln in result.lines if ln.source_row == 26)
    assert refunded.amount == Decimal("-131.77")
    assert any("row 26" in w and "已退款89.84" in w for w in result.warnings)


# ------------------------------------------------------------------------------ MT940


def test_abnamro_two_statements_amounts_without_decimals():
    result = read("mt940/abnamro.sta")
    first = line(result)
    assert (first.booking_date, first.value_date, first.amount, first.currency) == (
        date(2011, 5, 24),
        date(2011, 5, 24),
        Decimal("-9.00"),
        "EUR",
    )
    assert first.account == "517852257"
    assert "KPN - DIGITENNE" in first.memo
    assert line(result, 6).amount == Decimal("-107.00")


def test_sepa_statements_keep_their_own_account_and_structured_details():
    result = read("mt940/sepa_snippet.sta")
    assert {ln.account for ln in result.lines[:4]} == {"50880050/0194787400888"}
    assert {ln.account for ln in result.lines[4:]} == {"50880050/0194791600888"}
    first = line(result)
    assert (first.booking_date, first.value_date, first.amount) == (
        date(2007, 9, 4),
        date(2007, 9, 7),
        Decimal("50990.05"),
    )
    assert (first.counterparty_name, first.reference) == ("KARL KAUFMANN", "0724710333343453")
    assert "Strukturierter Verwendungszweck" in line(result, 1).memo  # wrapped mid-word


def test_ing_statement_level_information_is_not_glued_to_the_last_entry():
    result = read("mt940/ing.sta")
    assert "D000004C000002D25,24C28,71" not in result.lines[-1].memo
    assert result.lines[-1].amount == Decimal("1.00")


def test_raiffeisen_cp852_and_entries_without_entry_date():
    result = read("mt940/raiffeisen-cmi.sta")
    assert result.encoding == "cp852"
    first = line(result)
    assert (first.booking_date, first.amount, first.currency) == (
        date(2018, 4, 17),
        Decimal("2066637.00"),
        "HUF",
    )
    assert "Csoportos átutalás jóváírása" in first.memo


# ---------------------------------------------------------------------------- CAMT.053


def test_camt_batch_details_become_lines_of_their_own():
    result = read("camt053/test-camt053-txdtls")
    assert [ln.amount for ln in result.lines] == [Decimal("2187.00"), Decimal("1296.00")]
    assert sum(ln.amount for ln in result.lines) == Decimal("3483.00")
    first = line(result)
    assert (first.booking_date, first.value_date, first.currency) == (
        date(2017, 3, 22),
        date(2017, 3, 23),
        "CHF",
    )
    assert (first.counterparty_name, first.counterparty_account) == (
        "Banque Cantonale Vaudoise",
        "CH2222000000123456789",
    )
    assert "302388292000011111111111111" in first.memo  # the creditor reference to match on
    assert "CRÉDIT GROUPÉ" in first.memo
    assert first.account == "CH1111000000123456789"
    assert result.warnings == []  # balances tie


def test_camt_balance_that_does_not_tie_is_a_warning():
    result = read("camt053/test-camt053")
    assert [ln.amount for ln in result.lines] == [
        Decimal("-754.25"),
        Decimal("-564.05"),
        Decimal("-100.00"),
        Decimal("1405.31"),
    ]
    assert line(result).counterparty_name == "INSURANCE COMPANY TESTX"
    assert line(result, 3).counterparty_name == "3rd party Media"
    assert len(result.warnings) == 1
    assert "15,568.27" in result.warnings[0] and "15,121.12" in result.warnings[0]


@pytest.mark.parametrize(
    ("relative", "warned"),
    [
        ("camt053/camt053.v2.five.decimals.xml", "27.05"),
        ("camt053/camt053.v8.xml", "different currencies"),
        ("camt053/camt053.v2.multi.statement.xml", None),
        ("camt053/test-camt053-no-ntry", None),
    ],
)
def test_camt_balance_checks(relative, warned):
    result = read(relative)
    if warned is None:
        assert result.warnings == []
    else:
        assert any(warned in w for w in result.warnings)


def test_camt_v8_booking_date_time_and_structured_reference():
    first = line(read("camt053/camt053.v8.xml"))
    assert (first.booking_date, first.amount, first.reference) == (
        date(2014, 12, 31),
        Decimal("8.85"),
        "AAAASESS-FP-CN_98765/01",
    )
    assert first.account == "NL26VAYB8060476890"


# -------------------------------------------------------------------------------- OFX


def test_ofx_sgml_dates_are_the_local_dates_written():
    result = read("ofx/bank_medium.ofx")
    first = line(result)
    assert (first.booking_date, first.amount, first.currency) == (date(2009, 4, 1), Decimal("-6.60"), "CAD")
    assert (first.counterparty_name, first.reference) == ("MCDONALD'S #112", "0000123456782009040100001")
    assert first.account == "12300 000012345678"


def test_ofx_that_breaks_a_spec_rule_is_read_with_a_warning():
    result = read("ofx/checking.ofx")
    assert [ln.amount for ln in result.lines] == [Decimal("0.01"), Decimal("-34.51"), Decimal("-25.00")]
    assert any("OFX specification" in w for w in result.warnings)


def test_ofx_xml_with_cdata_and_card_statement():
    suncorp = line(read("ofx/suncorp.ofx"))
    assert (suncorp.booking_date, suncorp.amount, suncorp.currency) == (
        date(2013, 12, 15),
        Decimal("-16.85"),
        "AUD",
    )
    assert suncorp.counterparty_name == "EFTPOS WDL HANDYWAY ALDI STORE"
    card = line(read("ofx/anzcc.ofx"))
    assert (card.amount, card.account, card.reference) == (
        Decimal("-5.50"),
        "1234123412341234",
        "201705080001",
    )


def test_ofx_empty_tags_without_fitid_falls_back_to_a_content_key():
    result = read("ofx/ofx-v102-empty-tags.ofx")
    first = line(result)
    assert (first.booking_date, first.amount, first.currency) == (date(2018, 5, 7), Decimal("12.34"), "AUD")
    assert first.reference == ""
    assert first.balance == Decimal("123.45")
    assert read("ofx/ofx-v102-empty-tags.ofx").lines[0].line_key == first.line_key


# ------------------------------------------------------------------- European CSVs


def test_rabobank_cp1252_decimal_comma_and_missing_opening_quote():
    result = read("csv_eu/CSV_A_20180414_112204.csv")
    assert result.encoding == "cp1252"
    assert "Naam initiërende partij" in result.mapping.headers
    assert result.mapping.decimal == ","
    assert [ln.amount for ln in result.lines] == [Decimal("-337.49"), Decimal("50.00"), Decimal("-750.00")]
    # row 3 lacks its opening quote: read correctly, and reported with its row number
    quoted = line(result, 1)
    assert (quoted.source_row, quoted.account, quoted.balance) == (
        3,
        "NL77RABO0311467415",
        Decimal("13084.53"),
    )
    assert quoted.counterparty_name == "Nederlandse Loterij Organisatie B.V."
    assert any(w.startswith("row 3:") and "quote" in w for w in result.warnings)


def test_sparkasse_semicolons_and_short_dates():
    first = line(read("csv_eu/20180226-1000594757-umsatz.CSV"))
    assert (first.booking_date, first.amount, first.currency) == (date(2018, 2, 22), Decimal("-36.99"), "EUR")
    assert first.counterparty_name == "Vodafone Kabel DeutschlandGmbH"
    assert "SVWZ+" in first.memo


def test_czech_windows_1250_export():
    result = read("csv_eu/Movements_1234512345_201805271848.csv")
    assert result.encoding == "cp1250"
    assert "Datum zaúčtování" in result.mapping.headers
    first = line(result)
    assert (first.booking_date, first.amount, first.currency) == (date(2018, 5, 27), Decimal("-1.00"), "CZK")


def test_kbc_fixed_width_fields():
    first = line(read("csv_eu/export_BE11123456789012_20180304_1422.csv"))
    assert (first.booking_date, first.amount, first.balance, first.account) == (
        date(2018, 2, 28),
        Decimal("-3.40"),
        Decimal("219.95"),
        "BE11123456789012",
    )


def test_swedbank_csv_named_xls_adds_up_to_its_own_turnover_rows():
    result = read("csv_eu/test_swedebank_statement.xls")
    assert sum(-ln.amount for ln in result.lines if ln.amount < 0) == Decimal("284.70")
    assert sum(ln.amount for ln in result.lines if ln.amount > 0) == Decimal("2863.63")
    assert {ln.currency for ln in result.lines} == {"LTL"}


def test_metadata_lines_around_a_debit_credit_table():
    result = read("csv_eu/meta_data_separated_credit_debit.csv")
    assert result.header_row == 5
    assert [ln.amount for ln in result.lines] == [
        Decimal("-50.00"),
        Decimal("-100.00"),
        Decimal("-80.68"),
        Decimal("1300.00"),
    ]
    assert line(result).booking_date == date(2020, 4, 1)
    assert line(result).account == "08088804068"
    assert any("day-first" in w for w in result.warnings)


# ------------------------------------------------------------------- English CSVs


def test_card_statement_pending_rows_pound_amounts_and_cr_flag():
    result = read("csv_en/MS_JANE_SMITH_01-12-2019_14-12-2019.csv")
    assert result.encoding == "utf-8-sig"
    first = line(result)
    assert (first.booking_date, first.amount, first.currency) == (
        date(2019, 12, 12),
        Decimal("-1183.23"),
        "GBP",
    )
    assert result.lines[-1].amount == Decimal("1100.00")  # "+ £1,100.00" flagged CR
    assert any("rows 2, 3, 4" in w and "pending" in w for w in result.warnings)


def test_description_continuing_on_the_next_row_joins_the_memo():
    result = read("csv_en/TransactionHistory_20180418043121.csv")
    first = line(result)
    assert (first.booking_date, first.amount, first.currency) == (date(2018, 4, 18), Decimal("-6.66"), "SGD")
    assert first.memo == "DEBIT PURCHASE 15/04/18 66-6666 UBER EATS AN2GO HELP.UBERh"


def test_signed_values_in_debit_and_credit_columns():
    result = read("csv_en/debit_credit_amount.csv")
    assert [ln.amount for ln in result.lines] == [
        Decimal("20.00"),
        Decimal("13.50"),
        Decimal("-33.50"),
        Decimal("-1500.00"),
    ]
    assert line(result).booking_date == date(2018, 12, 15)


def test_bank_of_ireland_debit_and_credit_columns_with_accents():
    result = read("csv_en/test_BOI_TransactionExport.csv")
    assert (line(result).amount, line(result).balance) == (Decimal("428.03"), Decimal("100.00"))
    assert line(result, 1).memo == "Éáú üüüümlaut! GP"
    assert line(result, 2).amount == Decimal("-512.00")


def test_same_statement_as_csv_and_xlsx_gives_the_same_keys():
    csv_result = read("csv_en/sample_statement_en.csv")
    xlsx_result = read("csv_en/sample_statement_en.xlsx")
    assert [ln.amount for ln in csv_result.lines] == [Decimal("-33.50"), Decimal("1525.00")]
    assert [ln.line_key for ln in csv_result.lines] == [ln.line_key for ln in xlsx_result.lines]


def test_file_without_currency_needs_the_accounts_currency():
    with pytest.raises(ValidationError, match=r"test_BOI_TransactionExport\.csv: .*currency"):
        read_bank_file(SAMPLES / "csv_en/test_BOI_TransactionExport.csv")


# ------------------------------------------------------------------------------- keys


def test_overlapping_exports_share_the_keys_of_their_common_lines(tmp_path):
    text = (SAMPLES / "cn_bank/example-boc-records.csv").read_text(encoding="utf-8").splitlines()
    title, header, rows = text[0], text[1], text[2:]
    first = tmp_path / "boc-august-a.csv"
    second = tmp_path / "boc-august-b.csv"
    first.write_text("\n".join([title, header, *rows[:10]]), encoding="utf-8")
    second.write_text("\n".join([header, *rows[6:]]), encoding="gb18030")
    keys_a = {ln.line_key for ln in read_bank_file(first).lines}
    keys_b = {ln.line_key for ln in read_bank_file(second).lines}
    whole = {ln.line_key for ln in read("cn_bank/example-boc-records.csv").lines}
    assert len(keys_a & keys_b) == 4
    assert keys_a | keys_b == whole


def test_genuinely_identical_lines_of_one_file_both_count(tmp_path):
    path = tmp_path / "twice.csv"
    path.write_text(
        "交易日期,交易金额,对方户名,摘要\n2024-03-01,500.00,某公司,货款\n2024-03-01,500.00,某公司,货款\n",
        encoding="utf-8",
    )
    lines = read_bank_file(path).lines
    assert len(lines) == 2
    assert lines[0].line_key != lines[1].line_key
    assert [ln.line_key for ln in read_bank_file(path).lines] == [ln.line_key for ln in lines]


def test_padding_does_not_change_a_key(tmp_path):
    plain = tmp_path / "plain.csv"
    padded = tmp_path / "padded.csv"
    plain.write_text("交易日期,交易金额,对方户名\n2024-03-01,500.00,某公司\n", encoding="utf-8")
    padded.write_text(
        '交易日期,交易金额,对方户名\n"2024-03-01 \t","500.00   \t","某公司      \t",\n', encoding="gb18030"
    )
    assert read_bank_file(plain).lines[0].line_key == read_bank_file(padded).lines[0].line_key


# ------------------------------------------------------------------------- row errors


def test_all_bad_rows_are_reported_and_good_rows_still_read(tmp_path):
    path = tmp_path / "example.csv"
    path.write_text(
        "交易日期,交易金额,对方户名\n"
        "2024-03-01,500.00,甲公司\n"
        "2024-03-02,abc,乙公司\n"
        "2024-02-30,12.00,丙公司\n"
        "2024-03-04,-8.00,丁公司\n",
        encoding="utf-8",
    )
    result = read_bank_file(path)
    assert [ln.amount for ln in result.lines] == [Decimal("500.00"), Decimal("-8.00")]
    assert [str(e) for e in result.errors] == [
        "example.csv, row 3, column 交易金额: 'abc' is not an amount",
        "example.csv, row 4, column 交易日期: '2024-02-30' is not a date",
    ]


def test_too_many_decimals_is_a_row_error_not_a_rounding(tmp_path):
    path = tmp_path / "fine.csv"
    path.write_text("Date,Amount,Currency\n2024-03-01,10.005,EUR\n", encoding="utf-8")
    result = read_bank_file(path)
    assert result.lines == []
    assert result.errors[0].row == 2 and "more than 2 decimals" in result.errors[0].reason


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty.csv: the file is empty"),
        (b"hello,world\n1,2\n", "empty.csv: no header row found"),
    ],
)
def test_unreadable_tabular_files_name_the_file(tmp_path, content, message):
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(ValidationError, match=message):
        read_bank_file(path)


# ------------------------------------------------------------------- saved mappings


def test_a_saved_mapping_reads_the_next_export_the_same_way():
    first = read("cn_bank/example-icbc-debit-v2-records.csv")
    saved = ColumnMapping.from_dict(first.mapping.to_dict())
    again = read("cn_bank/example-icbc-debit-v2-records.csv", mapping=saved)
    assert again.mapping.signature == first.mapping.signature
    assert [ln.line_key for ln in again.lines] == [ln.line_key for ln in first.lines]


def test_a_mapping_date_format_settles_ambiguous_dates():
    result = read(
        "csv_eu/meta_data_separated_credit_debit.csv",
        mapping=ColumnMapping(
            date="Date", debit="Debit", credit="Credit", memo=("Label",), decimal=",", date_format="MDY"
        ),
    )
    assert line(result).booking_date == date(2020, 1, 4)
    assert not any("day-first" in w for w in result.warnings)


def test_a_mapping_that_does_not_fit_the_file_is_refused_by_name():
    mapping = ColumnMapping(date="记账日期", amount="交易金额")
    with pytest.raises(ValidationError, match=r"example-boc-records\.csv: the saved column mapping"):
        read("cn_bank/example-boc-records.csv", mapping=mapping)


# ------------------------------------------------- structured formats with bad entries


def test_mt940_bad_entry_is_a_row_error_and_the_others_are_read(tmp_path):
    text = (SAMPLES / "mt940/abnamro.sta").read_text(encoding="ascii")
    path = tmp_path / "abnamro-broken.sta"
    path.write_text(text.replace(":61:1105240524D9,", ":61:1102300524D9,", 1), encoding="ascii")
    result = read_bank_file(path)
    assert len(result.lines) == 9
    assert [str(e) for e in result.errors] == ["abnamro-broken.sta, entry 1: 2011-02-30 is not a date"]


def test_ofx_entries_that_cannot_be_read_fail_the_file_by_name(tmp_path):
    header = (SAMPLES / "ofx/checking.ofx").read_text(encoding="ascii").split("<OFX>")[0]
    body = (SAMPLES / "ofx/decimal_error.ofx").read_text(encoding="ascii").strip()
    path = tmp_path / "with-header.ofx"
    path.write_text(header + body, encoding="ascii")
    with pytest.raises(ValidationError) as raised:
        read_bank_file(path)
    assert str(raised.value) == "with-header.ofx, entry 1: DTPOSTED '201120000000' is not a date"
