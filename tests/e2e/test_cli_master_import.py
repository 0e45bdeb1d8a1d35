"""`acctdesk import customers|invoices|opening-balances|receipts` and `acctdesk import template` end
to end: a template written, filled in, checked with --dry-run, imported, imported again; a bad
sheet refused with its rows and columns and an unchanged book."""

from __future__ import annotations

import json

from openpyxl import load_workbook

from acctdesk.cli import main


def run(capsys, *args):
    code = main([*args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_a_template_filled_in_then_dry_run_import_and_again(capsys, book, book_url, tmp_path):
    template = tmp_path / "客户模板.xlsx"
    code, out, _ = run(capsys, "import", "template", "customers", "--out", str(template))
    assert code == 0 and "客户模板.xlsx" in out
    workbook = load_workbook(template)
    sheet = workbook.worksheets[0]
    assert [c.value for c in sheet[1]][:3] == ["客户编码", "客户名称", "币种"]
    sheet.append(["C1", "上海华信科技有限公司", "CNY"])
    sheet.append(["C2", "北京东方电子有限公司", None])
    workbook.save(template)

    code, out, _ = run(capsys, "import", "customers", str(template), "--db-url", book_url, "--dry-run")
    assert code == 0
    assert out.splitlines()[0] == (
        "客户模板.xlsx (sheet '客户'): 2 rows read, 2 would be added (dry run: nothing written), "
        "0 in the book already"
    )
    code, out, _ = run(capsys, "import", "customers", str(template), "--db-url", book_url, "--json")
    result = json.loads(out)
    assert (result["added"], result["added_keys"], result["dry_run"]) == (2, ["C1", "C2"], False)
    code, out, _ = run(capsys, "import", "customers", str(template), "--db-url", book_url)
    assert "0 added, 2 in the book already" in out

    invoices = tmp_path / "invoices.csv"
    invoices.write_text(
        '客户编码,发票号,开票日期,金额,付款条件\nC1,INV-1,2026-03-01,"11,300.00",N30\nC2,INV-2,2026-03-02,800,N60\n',
        encoding="utf-8",
    )
    code, out, _ = run(capsys, "import", "invoices", str(invoices), "--db-url", book_url)
    assert code == 0
    assert out.splitlines() == [
        "invoices.csv: 2 rows read, 2 added, 0 in the book already",
        "  amounts: CNY 12,100.00",
    ]


def test_a_bad_sheet_names_its_rows_and_columns_and_writes_nothing(capsys, book, book_url, tmp_path):
    path = tmp_path / "receipts.csv"
    path.write_text("客户编码,收款日期,金额\nC9,2026-03-01,100\n,2026-03-02,abc\n", encoding="utf-8")
    code, out, err = run(capsys, "import", "receipts", str(path), "--db-url", book_url)
    assert code != 0 and out == ""
    assert err.splitlines()[1:] == [
        "receipts.csv, row 2, column 客户编码: unknown customer 'C9'",
        "receipts.csv, row 3, column 客户编码: this column must not be empty",
        "receipts.csv, row 3, column 金额: 'abc' is not an amount",
    ]
    code, out, _ = run(capsys, "customers", "--db-url", book_url, "--json")
    assert json.loads(out) == []
