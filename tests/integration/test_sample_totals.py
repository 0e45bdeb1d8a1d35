"""Every sample file imports into the book with the line counts and money totals added up by hand.

The figures below were read off the files themselves (a CSV or sheet opened as text, the <Amt>,
<TRNAMT> and :61: fields of the structured files), not taken from the readers, and added up by
hand; the comment beside each file shows the sum. "in" is money in (a receipt candidate), "out"
money out; rows that are not cash movements (不计收支, '/', closed trades, pending card items,
totals, opening and closing balances) are not lines, as tests/integration/test_readers.py says.
Where a file states its own totals or balances, they are quoted as a cross-check.
"""

from __future__ import annotations

from decimal import Decimal
from pathlib import Path

import pytest

from acctdesk.model.money import Money
from acctdesk.services.bank_import import import_bank_file, list_bank_lines
from acctdesk.services.uow import UnitOfWork
from tests.integration.test_readers import ACCOUNT_CURRENCY, EXPECTED, SAMPLES, sample_names

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no sample files at {SAMPLES}")

# file: (lines in, lines out, lines of zero amount), {currency: total in}, {currency: total out}
HAND: dict[str, tuple[tuple[int, int, int], dict[str, str], dict[str, str]]] = {
    # ------------------------------------------------------------------ cn_bank
    # icbc: 记账金额(收入) rows 10, 12, 14, 16, 18: 1,234.56 + 1,234.56 + 341.58 + 30.00 + 1.04 = 2,841.74
    #       记账金额(支出) rows 8, 9, 11, 13, 15, 17: 13.40 + 1,234.56 + 1,234.56 + 500.00 + 1,234.56
    #       + 24.00 = 4,241.08 (the "人民币合计" row says 1,234.56 / 9,876.54: placeholders, not sums)
    "cn_bank/example-icbc-debit-v2-records.csv": ((5, 6, 0), {"CNY": "2841.74"}, {"CNY": "4241.08"}),
    # cmb: 交易金额 in 1,234.00; out 1,000.00 + 3.00 + 1,000.00 + 10.14 = 2,013.14
    "cn_bank/example-cmb-records.csv": ((1, 4, 0), {"CNY": "1234.00"}, {"CNY": "2013.14"}),
    # boc: in 50.00 + 5,771.00 + 3,000.00 + 1,000.00 = 9,821.00
    #      out 71.89 + 326.00 + 50.00 + 60.00 + 206.80 + 68.14 + 2,600.00 + 13.50 + 15.48 + 16.00
    #      + 2,769.59 + 196.90 + 3,000.00 = 9,394.30 (13 rows)
    "cn_bank/example-boc-records.csv": ((4, 13, 0), {"CNY": "9821.00"}, {"CNY": "9394.30"}),
    # bocom: 贷 Cr 1.23 + 0.02 + 10.00 = 11.25; 借 Dr 3.21 + 10.00 + 100.79 = 114.00
    "cn_bank/example-bocom_debit-records.csv": ((3, 3, 0), {"CNY": "11.25"}, {"CNY": "114.00"}),
    # spdb (.xls): 存入金额 10.00; 取出金额 3.88 + 3.88 + 3.88 = 11.64
    "cn_bank/example-spdb_debit-records.xls": ((1, 3, 0), {"CNY": "10.00"}, {"CNY": "11.64"}),
    # abc: +10000.00 + 0.01 = 10,000.01; -10.00 - 12345.89 = -12,355.89; "+0.00" (利息税) is a zero line
    "cn_bank/example-abc_debit-records.csv": ((2, 2, 1), {"CNY": "10000.01"}, {"CNY": "12355.89"}),
    # --------------------------------------------------------------- cn_payment
    # alipay (GBK): 收入 222,228.50; 支出 49.74 + 20.00 + 9.90 + 82.00 = 161.64
    #   (rows 28, 29, 31, 32 不计收支 and row 33 交易关闭 are no lines)
    "cn_payment/example-alipay-records.csv": ((1, 4, 0), {"CNY": "222228.50"}, {"CNY": "161.64"}),
    # wechat: 收入 0.35 + 23.00 + 0.07 + 0.07 + 5.00 = 28.49
    #   支出 28.16 + 12.00 + 500.00 + 2,243.46 + 12.00 + 12.00 + 36.99 + 9.90 + 50.0 + 0.01 + 0.01
    #   = 2,904.53 (11 rows); the 11 rows marked '/' are neutral
    "cn_payment/example-wechat-records.csv": ((5, 11, 0), {"CNY": "28.49"}, {"CNY": "2904.53"}),
    # the same bill as a workbook (sheet "example-wechat-records", amounts as text "¥28.16")
    "cn_payment/example-wechat-records.xlsx": ((5, 11, 0), {"CNY": "28.49"}, {"CNY": "2904.53"}),
    # wechat (BOM): 收入 670.00 + 742.00 = 1,412.00 (the file's summary: 收入：2笔 1412.00元)
    #   支出 20.00 + 150.58 + 21.40 + 420.00 + 9.90 = 621.88
    "cn_payment/微信支付账单(20200830-20200906).csv": ((2, 5, 0), {"CNY": "1412.00"}, {"CNY": "621.88"}),
    # jd: 支出 10.20 + 60.90 + 131.77 + 9.80 + 19.72 + 119.66 + 448.32 + 68.19 + 13.00 + 14.99
    #   + 40.00 + 10.85 + 416.87 + 20.61 + 657.21 + 235.61 = 2,277.70 (16 rows, amounts before the
    #   "(已退款…)" notes); less the refunds noted, 89.84 + 70.48 + 233.45 + 235.50 = 629.27, it is
    #   the summary's 1,648.43; no 收入
    "cn_payment/example-jd-records.csv": ((0, 16, 0), {}, {"CNY": "2277.70"}),
    # -------------------------------------------------------------------- mt940
    # abnamro: all D: 9 + 11.59 + 11.63 + 11.8 + 13.45 + 15.49 + 107 + 141.48 (first statement)
    #   + 9.49 + 15 (second) = 345.93
    "mt940/abnamro.sta": ((0, 10, 0), {}, {"EUR": "345.93"}),
    # sepa: CR 50,990.05 + 154,551.93 + 154,551.93 (first statement: 766,656.49 + 360,093.91 - 1,500.00
    #   = 1,125,250.40 = its :62F:) + 335.33 + 15,000.00 + 15,000.05 + 125,004.88 + 915,311.55
    #   = 1,430,745.72; DR 1,500.00 + 0.08 + 3,572,569.03 = 3,574,069.11
    "mt940/sepa_snippet.sta": ((8, 3, 0), {"EUR": "1430745.72"}, {"EUR": "3574069.11"}),
    # ing: C 3.68 + 1.00 = 4.68; D 25.03 + 3.03 + 1.11 + 20.00 + 1.10 = 50.27
    "mt940/ing.sta": ((2, 5, 0), {"EUR": "4.68"}, {"EUR": "50.27"}),
    # mbank: C 0.01 × 3 = 0.03 (:60F: 0.40 + 0.03 = :62F: 0.43)
    "mt940/mt940.sta": ((3, 0, 0), {"PLN": "0.03"}, {}),
    # raiffeisen: C 2,066,637.00; D 14,790.00 + 3,051,800.00 + 3,892.77 + 789.24 + 1,578.49
    #   + 6,000.00 = 3,078,850.50
    "mt940/raiffeisen-cmi.sta": ((1, 6, 0), {"HUF": "2066637.00"}, {"HUF": "3078850.50"}),
    # ------------------------------------------------------------------ camt053
    # CRDT 1,405.31; DBIT 754.25 + the two details of the 664.05 batch, 564.05 + 100.00 = 1,418.30
    "camt053/test-camt053": ((1, 3, 0), {"EUR": "1405.31"}, {"EUR": "1418.30"}),
    # CRDT batch of 2,187.00 + 1,296.00 = 3,483.00 (75,960.15 + 3,483.00 = closing 79,443.15)
    "camt053/test-camt053-txdtls": ((2, 0, 0), {"CHF": "3483.00"}, {}),
    "camt053/test-camt053-no-ntry": ((0, 0, 0), {}, {}),
    # CRDT 8.85 (18.15 -> 27.00), then DBIT 7.00 (27.00 -> 20.00)
    "camt053/camt053.v2.multi.statement.xml": ((1, 1, 0), {"EUR": "8.85"}, {"EUR": "7.00"}),
    "camt053/camt053.v8.xml": ((1, 0, 0), {"EUR": "8.85"}, {}),
    # "8.850"
    "camt053/camt053.v2.five.decimals.xml": ((1, 0, 0), {"EUR": "8.85"}, {}),
    # ---------------------------------------------------------------------- ofx
    # POS -6.60, CHECK -316.67, POS -22.00 = -345.27
    "ofx/bank_medium.ofx": ((0, 3, 0), {}, {"CAD": "345.27"}),
    # CREDIT 0.01; DEBIT -34.51, CHECK -25.00 = -59.51
    "ofx/checking.ofx": ((1, 2, 0), {"USD": "0.01"}, {"USD": "59.51"}),
    "ofx/suncorp.ofx": ((0, 1, 0), {}, {"AUD": "16.85"}),
    "ofx/anzcc.ofx": ((0, 1, 0), {}, {"AUD": "5.50"}),
    # <CURDEF> is empty; the transaction's <CURSYM> says AUD
    "ofx/ofx-v102-empty-tags.ofx": ((1, 0, 0), {"AUD": "12.34"}, {}),
    # ------------------------------------------------------------------- csv_eu
    # rabobank: Bedrag +50,00; -337,49 - 750,00 = -1,087.49
    "csv_eu/CSV_A_20180414_112204.csv": ((1, 2, 0), {"EUR": "50.00"}, {"EUR": "1087.49"}),
    # sparkasse: -36,99
    "csv_eu/20180226-1000594757-umsatz.CSV": ((0, 1, 0), {}, {"EUR": "36.99"}),
    # czech: -1,00 CZK
    "csv_eu/Movements_1234512345_201805271848.csv": ((0, 1, 0), {}, {"CZK": "1.00"}),
    # kbc: -3,40
    "csv_eu/export_BE11123456789012_20180304_1422.csv": ((0, 1, 0), {}, {"EUR": "3.40"}),
    # swedbank: K 2,863.63; D 15.31 + 9.40 + 73.70 + 14.86 + 9.87 + 15.39 + 12.00 + 20.00 + 40.00
    #   + 10.20 + 52.07 + 11.90 = 284.70 (the file's record-82 turnover rows: 284.70 D, 2,863.63 K)
    "csv_eu/test_swedebank_statement.xls": ((1, 12, 0), {"LTL": "2863.63"}, {"LTL": "284.70"}),
    # Credit 1300,00; Debit -50,00 - 100,00 - 80,68 = -230.68 (start 30,000.77 + 1,300.00 - 230.68
    #   = 31,070.09, where the file's end of period says 31,070.11: sample data, not a bank's)
    "csv_eu/meta_data_separated_credit_debit.csv": ((1, 3, 0), {"EUR": "1300.00"}, {"EUR": "230.68"}),
    # ------------------------------------------------------------------- csv_en
    # Credit 428.03 + 29.5 + 845.92 + 845.92 + 845.93 + 845.92 = 3,841.22
    #   Debit 512.0 + 20.0 + 2000.0 + 0.08 + 111.0 + 4.22 + 31.0 + 66.0 + 50.0 + 72.5 + 4.34 + 9.99
    #   + 74.1 + 20.0 + 103.56 + 200.0 + 3.95 + 37.6 + 70.0 + 52.49 + 818.0 = 4,260.83 (21 rows)
    "csv_en/test_BOI_TransactionExport.csv": ((6, 21, 0), {"EUR": "3841.22"}, {"EUR": "4260.83"}),
    # card: "+ £1,100.00" CR; 1,183.23 + 18.89 + 23.00 + 80.99 + 1.50 + 50.00 + 10.00 + 9.99 + 8.20
    #   = 1,385.80 (3 pending rows are no lines)
    "csv_en/MS_JANE_SMITH_01-12-2019_14-12-2019.csv": ((1, 9, 0), {"GBP": "1100.00"}, {"GBP": "1385.80"}),
    # withdrawals 6.66 × 6 + 66.66 × 2 = 39.96 + 133.32 = 173.28 (each description continues on
    #   the next row)
    "csv_en/TransactionHistory_20180418043121.csv": ((0, 8, 0), {}, {"SGD": "173.28"}),
    # Credit 20.00 + |-13.50| = 33.50 (labels "Credit 20.00", "Credit 13.50"); Debit 33.50 + 1,500.00
    "csv_en/debit_credit_amount.csv": ((2, 2, 0), {"USD": "33.50"}, {"USD": "1533.50"}),
    # two currencies: EUR 1,525.00 in, USD -33.50 out
    "csv_en/sample_statement_en.csv": ((1, 1, 0), {"EUR": "1525.00"}, {"USD": "33.50"}),
    "csv_en/sample_statement_en.xlsx": ((1, 1, 0), {"EUR": "1525.00"}, {"USD": "33.50"}),
}


def money_in(totals: dict[str, str]) -> tuple[Money, ...]:
    return tuple(Money(Decimal(amount), currency) for currency, amount in sorted(totals.items()))


def money_out(totals: dict[str, str]) -> tuple[Money, ...]:
    return tuple(Money(-Decimal(amount), currency) for currency, amount in sorted(totals.items()))


def importable() -> list[str]:
    return [name for name in sample_names() if not isinstance(EXPECTED.get(name), str)]


def test_every_importable_sample_has_hand_totals():
    assert sorted(HAND) == importable()


def test_hand_counts_agree_with_the_reader_expectations():
    for name, ((incoming, outgoing, zero), _, _) in HAND.items():
        assert incoming + outgoing + zero == EXPECTED[name], name


@pytest.mark.parametrize("relative", importable())
def test_sample_imports_with_the_hand_counted_lines_and_totals(book, relative):
    (incoming, outgoing, zero), total_in, total_out = HAND[relative]
    result = import_bank_file(
        UnitOfWork(book, "tester"), SAMPLES / relative, currency=ACCOUNT_CURRENCY.get(relative)
    )
    assert (result.lines_read, result.added, result.duplicates) == (incoming + outgoing + zero,) * 2 + (0,)
    assert (result.incoming, result.outgoing) == (incoming, outgoing)
    assert result.incoming_totals == money_in(total_in)
    assert result.outgoing_totals == money_out(total_out)

    # The lines as stored add up to the same figures.
    with book.sessions() as session:
        stored = list_bank_lines(session, batch_id=result.batch_id)
    by_status: dict[str, dict[str, Decimal]] = {"unmatched": {}, "outgoing": {}, "ignored": {}}
    for line in stored:
        sums = by_status[line.status]
        sums[line.amount.currency] = sums.get(line.amount.currency, Decimal(0)) + line.amount.amount
    assert by_status["unmatched"] == {c: Decimal(a) for c, a in total_in.items()}
    assert by_status["outgoing"] == {c: -Decimal(a) for c, a in total_out.items()}
    assert sum(1 for line in stored if line.status == "ignored") == zero
    assert all(line.amount.amount == 0 for line in stored if line.status == "ignored")
    assert Path(relative).name == result.file_name
