"""The analytics commands end to end: metrics, trend, provision, forecast and the three-way tie-out."""

from __future__ import annotations

import json

import pytest
from openpyxl import load_workbook

from acctdesk.cli import main
from tests.builders import Ledger


@pytest.fixture
def cli(book, book_url, capsys):
    """June 2026: A 1,000 (due 06-09, 700 paid 06-15), B 600 (due 07-05), C 400 (due 06-20)."""
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.customer("U1", "Northwind Trading Ltd", currency="USD")
    ledger.invoice("A", "1000.00", "2026-05-10", due="2026-06-09")
    ledger.invoice("B", "600.00", "2026-06-05", due="2026-07-05")
    ledger.invoice("C", "400.00", "2026-06-10", due="2026-06-20")
    ledger.invoice("U", "80.00", "2024-03-10", due="2024-04-09", customer="U1")
    ledger.receipt("700.00", "2026-06-15", number="RC-1")
    ledger.allocate("RC-1", "2026-06-15", {"A": "700.00"})

    def run(*argv: str) -> tuple[int, str, str]:
        try:
            code = main([*argv, "--db-url", book_url, "--user", "tester"])
        except SystemExit as exit_:  # argparse refuses a usage error before any command runs
            code = exit_.code
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_metrics_as_json_and_as_a_table(cli):
    code, out, err = cli("metrics", "--period", "2026-06", "--json")
    assert code == 0, err
    result = json.loads(out)
    cny = next(m for m in result["currencies"] if m["currency"] == "CNY")
    # AR 05-31 1,000; sales 1,000; AR 06-30 1,300 of which A 300 + C 400 overdue
    assert (cny["ar_start"], cny["credit_sales"], cny["ar_end"]) == ("1000.00", "1000.00", "1300.00")
    assert (cny["dso"], cny["add"], cny["cei"]) == ("39.0", "21.0", "50.00")  # 700 / (700 + 700)
    assert cny["collection_rate"] == "0.5000"  # 700 of the 1,400 due in June
    code, out, err = cli("metrics", "--from", "2026-06-01", "--to", "2026-06-30")
    assert code == 0, err
    assert "DSO" in out and "39.0" in out and "1,300.00" in out
    code, out, err = cli("metrics", "trend", "--months", "2", "--to", "2026-06-30", "--json")
    assert code == 0, err
    assert [p["month"] for p in json.loads(out)] == ["2026-05", "2026-06"]
    code, out, err = cli("metrics", "--period", "2026-06", "--by", "customer")
    assert code == 0, err
    assert out.splitlines()[1].startswith("C1")


@pytest.mark.parametrize(
    ("argv", "code", "message"),
    [
        (["metrics", "--period", "2026-13"], 1, "'2026-13' is not a month"),
        (["metrics", "--group", "G9"], 1, "unknown customer group 'G9'"),
        (["metrics", "--period", "2026-06", "--from", "2026-06-01"], 2, "give --period or --from/--to"),
        (["metrics", "--customer", "C1", "--group", "G1"], 2, "not allowed with argument --customer"),
        (["metrics", "--to", "2026-6-31"], 2, "'2026-6-31' is not a date"),
        (["forecast", "--weeks", "0"], 1, "a forecast covers 1 to 104 weeks"),
        (["provision", "show"], 1, "no provision has been run in this book yet"),
        (["provision", "rates", "--set", "5,10"], 1, "6 age bands need 6 rates, not 2"),
    ],
)
def test_bad_input_is_one_clear_line(cli, argv, code, message):
    got, _, err = cli(*argv)
    assert got == code
    assert message in err.splitlines()[-1]
    assert "Traceback" not in err


def test_provision_run_show_and_export(cli, tmp_path):
    code, out, err = cli("provision", "run", "--as-of", "2026-06-30", "--json")
    assert code == 0, err
    run = json.loads(out)
    cny = next(t for t in run["totals"] if t["currency"] == "CNY")
    # Under a year: (300 + 600 + 400) × 5 % = 65.00; U 80.00 of 2024-03-10 is 2–3 years: 30 % = 24.00
    assert (cny["base"], cny["provision"], cny["movement"]) == ("1300.00", "65.00", "65.00")
    assert next(t for t in run["totals"] if t["currency"] == "USD")["provision"] == "24.00"
    code, out, err = cli("provision", "run", "--as-of", "2026-06-30")
    assert code == 1
    assert "was run already" in err and "supersede it explicitly" in err
    code, out, err = cli("provision", "run", "--as-of", "2026-06-30", "--supersede", "--reason", "复核")
    assert code == 0, err
    assert "revision 2" in out
    code, out, err = cli("provision", "show", "--as-of", "2026-06-15", "--xlsx", str(tmp_path / "p.xlsx"))
    assert code == 0, err
    assert load_workbook(tmp_path / "p.xlsx").sheetnames == ["CNY", "USD", "Method 方法"]


def test_forecast_and_backtest(cli):
    code, out, err = cli("forecast", "--as-of", "2026-06-30", "--json")
    assert code == 0, err
    cny = next(c for c in json.loads(out)["currencies"] if c["currency"] == "CNY")
    assert len(cny["weeks"]) == 13
    assert cny["open_items"] == "1300.00"
    code, out, err = cli("forecast", "--as-of", "2026-08-31", "--backtest", "2026-06-30")
    assert code == 0, err
    assert out.splitlines()[-1].startswith("USD:") and "WAPE" in out


def test_aging_tie_out_takes_three_paths(cli):
    code, out, err = cli("aging", "--as-of", "2026-06-30", "--tie-out", "--json")
    assert code == 0, err
    lines = json.loads(out)["tie_out"]
    assert [(t["currency"], t["aging_total"], t["ledger_balance"], t["statements_total"]) for t in lines] == [
        ("CNY", "1300.00", "1300.00", "1300.00"),
        ("USD", "80.00", "80.00", "80.00"),
    ]
    assert all(t["ties"] for t in lines)
    code, out, err = cli("aging", "--as-of", "2026-06-30", "--tie-out")
    assert code == 0, err
    assert "statements − ledger" in out and "✓" in out


def test_aging_with_its_own_buckets_as_csv_and_xlsx(cli, tmp_path):
    code, out, err = cli("aging", "--as-of", "2026-06-30", "--buckets", "15,45", "--format", "csv")
    assert code == 0, err
    header, c1, *_ = out.splitlines()
    assert header.split(",")[3:7] == ["current", "1-15", "16-45", "over-45"]
    # C 400 is 10 days overdue; A 300 is 21 days overdue; B 600 not yet due
    assert c1.split(",")[:7] == ["C1", "上海华信科技有限公司", "CNY", "600.00", "400.00", "300.00", "0.00"]
    code, out, err = cli("aging", "--as-of", "2026-06-30", "--format", "xlsx", "-o", str(tmp_path / "a.xlsx"))
    assert code == 0, err
    sheet = load_workbook(tmp_path / "a.xlsx").active
    assert [c.value for c in sheet[4]][:4] == ["C1", "上海华信科技有限公司", "CNY", 600]
    assert sheet.cell(row=4, column=4).number_format == "#,##0.00;-#,##0.00"
    code, _, err = cli("aging", "--buckets", "60,30")
    assert code == 1 and "increasing whole numbers" in err


def test_aging_totals_once_per_currency(cli):
    code, out, err = cli("aging", "--as-of", "2026-06-30", "--format", "csv")
    assert code == 0, err
    totals = [line.split(",") for line in out.splitlines() if line.startswith("total,")]
    # CNY: B 600 + C 400 + A 300 open; USD: U 80, more than a year overdue
    assert [(t[1], t[-1]) for t in totals] == [("CNY", "1300.00"), ("USD", "80.00")]
    code, out, err = cli("aging", "--as-of", "2026-06-30", "--by", "currency")
    assert code == 0, err
    rows = out.splitlines()[1:]
    assert [row.split()[0] for row in rows] == ["CNY", "USD"]  # the rows are the totals: no second copy
