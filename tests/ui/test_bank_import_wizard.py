"""The bank-file import wizard: preview a file off the UI thread, adjust its columns, import it, and
see the counts and totals, or every row that cannot be read."""

from __future__ import annotations

from pathlib import Path

import pytest

from acctdesk.services.bank_import import list_bank_lines, list_templates
from acctdesk.ui.bank_import_wizard import ADJUST, PREVIEW, SUMMARY, BankImportWizard
from acctdesk.ui.bank_view import BankView
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import Ops
from tests.builders import Ledger
from tests.ui.conftest import AS_OF

SAMPLES = Path("/work/shared/samples")
HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"
ROWS = [
    "2026-03-02,1000.00,,上海华信科技,6222000011112222,货款,S1",
    "2026-03-03,2500.00,,北京东方电子有限公司,,付INV-2,S2",
    "2026-03-04,,80.00,中国移动,,话费,S3",
    "2026-03-05,99.00,,不认识的公司,,往来款,S4",
]


@pytest.fixture
def wizard_ctx(book, shown_errors):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-01-10", customer="C1")
    context = AppContext(book, Ops(), user="tester", as_of=AS_OF)
    yield context
    context.ops.wait()
    assert shown_errors == [], shown_errors


def csv_file(tmp_path, rows=ROWS, name="工行流水.csv") -> Path:
    path = tmp_path / name
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return path


def open_wizard(qtbot, ctx, path) -> BankImportWizard:
    wizard = BankImportWizard(ctx)
    qtbot.addWidget(wizard)
    wizard.set_file(path)
    read(qtbot, wizard)
    return wizard


def read(qtbot, wizard: BankImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.reading, timeout=15_000)


def imported(qtbot, wizard: BankImportWizard) -> None:
    qtbot.waitUntil(lambda: not wizard.importing, timeout=15_000)


def cells(table, column: int) -> list[str]:
    return [table.item(row, column).text() for row in range(table.rowCount())]


def test_preview_then_import_shows_counts_and_totals(qtbot, wizard_ctx, tmp_path):
    ctx = wizard_ctx
    wizard = open_wizard(qtbot, ctx, csv_file(tmp_path))
    assert wizard.step == PREVIEW
    assert wizard.format_label.text() == "CSV, encoding utf-8, header on row 1"
    mapping = wizard.mapping_label.text()
    assert mapping.startswith("Detected: ")
    assert "Date ← 交易日期" in mapping and "Money in ← 收入金额" in mapping
    assert "Money out ← 支出金额" in mapping and "Payer ← 对方户名" in mapping
    assert "Reference ← 交易流水号" in mapping and "Memo ← 摘要" in mapping
    assert wizard.counts_label.text() == (
        "4 lines; money in 3 (CNY 3,599.00); money out 1 (CNY -80.00); 0 rows cannot be read"
    )
    assert wizard.preview_table.rowCount() == 4
    assert cells(wizard.preview_table, 2) == ["1,000.00", "2,500.00", "-80.00", "99.00"]
    assert cells(wizard.preview_table, 4)[0] == "上海华信科技"
    assert cells(wizard.preview_table, 6) == ["S1", "S2", "S3", "S4"]
    assert not wizard.errors_table.isVisibleTo(wizard)

    wizard.next()
    assert wizard.step == ADJUST
    assert wizard.field_boxes["date"].currentText() == "交易日期"
    assert wizard.field_boxes["amount"].currentText() == "(none)"
    assert wizard.next_button.text() == "Import"
    results = []
    wizard.imported.connect(results.append)
    wizard.next()
    assert wizard.step == SUMMARY
    imported(qtbot, wizard)
    values = {key: label.text() for key, label in wizard.summary_values.items()}
    assert wizard.outcome_label.text() == "工行流水.csv imported: 4 lines added."
    assert values["read"] == "4" and values["added"] == "4"
    assert values["incoming"] == "3 (CNY 3,599.00)"
    assert values["outgoing"] == "1 (CNY -80.00)"
    assert values["duplicates"] == "0" and values["already"] == "No"
    assert [r.added for r in results] == [4]
    assert results[0].importer == "csv, suggested mapping"  # unchanged: no mapping passed
    with ctx.book.sessions() as session:
        assert len(list_bank_lines(session)) == 4

    again = open_wizard(qtbot, ctx, csv_file(tmp_path))
    again.start_import()
    imported(qtbot, again)
    assert again.outcome_label.text() == "工行流水.csv was imported already: nothing added."
    assert again.summary_values["already"].text() == "Yes"


def test_changing_a_column_reads_again_and_saves_a_template(qtbot, wizard_ctx, tmp_path):
    ctx = wizard_ctx
    wizard = open_wizard(qtbot, ctx, csv_file(tmp_path))
    wizard.next()
    assert cells(wizard.adjust_table, 4) == ["货款", "付INV-2", "话费", "往来款"]

    wizard.set_field("memo", "对方账号")  # the memo from another column
    assert wizard.reading
    read(qtbot, wizard)
    assert wizard.mapping is not None and wizard.mapping.memo == ("对方账号",)
    assert cells(wizard.adjust_table, 4) == ["6222000011112222", "", "", ""]
    assert wizard.mapping_label.text().startswith("Adjusted: ")
    assert "Memo ← 对方账号" in wizard.mapping_label.text()

    wizard.set_field("debit", None)  # money out no longer read: the S3 row has no amount
    read(qtbot, wizard)
    assert wizard.preview is not None
    assert wizard.preview.read.errors or len(wizard.preview.read.lines) == 3
    wizard.set_field("debit", "支出金额")
    read(qtbot, wizard)
    assert len(wizard.preview.read.lines) == 4 and not wizard.preview.read.errors

    wizard.set_field("date", None)  # no date column: cannot be read, cannot be imported
    read(qtbot, wizard)
    assert "no date column" in wizard.adjust_error.text()
    assert not wizard.next_button.isEnabled()
    wizard.set_field("date", "交易日期")
    read(qtbot, wizard)
    assert wizard.next_button.isEnabled()

    wizard.template_name.setText("工行对公")
    wizard.start_import()
    imported(qtbot, wizard)
    assert wizard.result is not None and wizard.result.added == 4
    assert wizard.result.importer == "csv, given mapping"
    assert wizard.summary_values["template"].text() == "Saved as 工行对公"
    with ctx.book.sessions() as session:
        templates = list_templates(session)
        assert [t.name for t in templates] == ["工行对公"]
        assert templates[0].mapping.memo == ("对方账号",)
        memos = sorted(line.memo for line in list_bank_lines(session))
    assert memos == ["", "", "", "6222000011112222"]

    # The next file with these headers is previewed with the template.
    other = open_wizard(qtbot, ctx, csv_file(tmp_path, ROWS[:2], name="下月流水.csv"))
    assert other.mapping_label.text().startswith("Template 工行对公: ")
    assert cells(other.preview_table, 5) == ["6222000011112222", ""]


def test_a_bad_amount_shows_every_row_error_and_imports_nothing(qtbot, wizard_ctx, tmp_path):
    ctx = wizard_ctx
    rows = [*ROWS[:2], "2026-03-04,,八十元,中国移动,,话费,S3", "2026-03-05,12.3.4,,某公司,,往来款,S4"]
    wizard = open_wizard(qtbot, ctx, csv_file(tmp_path, rows))
    assert wizard.counts_label.text().endswith("2 rows cannot be read")
    assert wizard.errors_table.isVisibleTo(wizard)
    assert cells(wizard.errors_table, 0) == ["4", "5"]
    assert cells(wizard.errors_table, 1) == ["支出金额", "收入金额"]

    wizard.next()
    wizard.start_import()
    imported(qtbot, wizard)
    assert wizard.result is None
    assert wizard.outcome_label.text().startswith("Nothing was imported: 2 rows cannot be read.")
    assert wizard.rejected_table.isVisibleTo(wizard)
    assert cells(wizard.rejected_table, 0) == ["4", "5"]
    assert cells(wizard.rejected_table, 1) == ["支出金额", "收入金额"]
    assert all(cells(wizard.rejected_table, 2))
    assert wizard.back_button.isEnabled()
    with ctx.book.sessions() as session:
        assert list_bank_lines(session) == []


@pytest.mark.parametrize(("sample", "lines"), [("mt940/abnamro.sta", 10), ("camt053/test-camt053", 4)])
def test_a_statement_with_no_columns_goes_from_preview_to_import(qtbot, wizard_ctx, sample, lines):
    path = SAMPLES / sample
    if not path.exists():
        pytest.skip(f"{path} is not here")
    wizard = open_wizard(qtbot, wizard_ctx, path)
    assert wizard.format_label.text().split(",")[0] in ("MT940", "CAMT053")
    assert wizard.mapping_label.text() == "Read by the file format's own fields (no columns to choose)"
    assert wizard.preview_table.rowCount() == lines
    assert wizard.warnings_label.text().startswith("• statement")
    assert wizard.next_button.text() == "Import"
    wizard.next()
    assert wizard.step == SUMMARY
    imported(qtbot, wizard)
    assert wizard.result is not None and wizard.result.added == lines
    totals = wizard.summary_values["incoming"].text() + wizard.summary_values["outgoing"].text()
    assert "(EUR " in totals


def test_a_chinese_bank_sample_is_previewed_with_its_own_columns(qtbot, wizard_ctx):
    path = SAMPLES / "cn_bank" / "example-icbc-debit-v2-records.csv"
    if not path.exists():
        pytest.skip(f"{path} is not here")
    wizard = open_wizard(qtbot, wizard_ctx, path)
    assert wizard.format_label.text() == "CSV, encoding utf-8, header on row 7"
    assert "Money in ← 记账金额(收入)" in wizard.mapping_label.text()
    assert wizard.preview_table.rowCount() == 11
    wizard.next()
    assert wizard.field_boxes["memo"].currentText() == "摘要 + 交易详情 + 交易场所"


def test_the_bank_view_opens_the_wizard_and_reports_its_import(qtbot, wizard_ctx, tmp_path):
    ctx = wizard_ctx
    view = BankView(ctx)
    qtbot.addWidget(view)
    wizard = view.import_file()
    assert isinstance(wizard, BankImportWizard)
    wizard.set_file(csv_file(tmp_path))
    read(qtbot, wizard)
    wizard.start_import()
    imported(qtbot, wizard)
    assert "4 lines read, 4 added" in view.last_message
    qtbot.waitUntil(lambda: view.model.rowCount() == 3, timeout=15_000)  # money in waits to be matched
    wizard.close_button.click()
