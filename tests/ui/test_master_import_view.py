"""The master data import dialog over a small book: a template saved, filled and checked (nothing written),
then imported; a sheet with bad rows lists every problem and imports nothing; the dialog in Chinese."""

from __future__ import annotations

import pytest
from openpyxl import load_workbook
from sqlalchemy import select

from acctdesk.model.entities import Customer
from acctdesk.ui import i18n
from acctdesk.ui.context import AppContext
from acctdesk.ui.master_import_view import MasterImportDialog
from acctdesk.ui.ops import Ops
from tests.builders import Ledger
from tests.ui.conftest import AS_OF, settle


@pytest.fixture
def small_ctx(book, shown_errors):
    """A small book with one customer (not the demo: quick, and the same on PostgreSQL)."""
    Ledger(book).customer("C1", "上海华信科技有限公司")
    context = AppContext(book, Ops(), user="tester", as_of=AS_OF)
    yield context
    context.ops.wait()
    assert shown_errors == [], shown_errors


def customer_codes(ctx) -> set[str]:
    with ctx.book.sessions() as session:
        return set(session.scalars(select(Customer.code)))


def filled_template(dialog: MasterImportDialog, path, rows: list[list]) -> str:
    """The dialog's template for its kind, saved, with rows typed under the header."""
    saved = dialog.save_template(path)
    assert saved is not None and saved.exists()
    workbook = load_workbook(saved)
    sheet = workbook.worksheets[0]
    for row in rows:
        sheet.append(row)
    workbook.save(saved)
    return str(saved)


def wait_done(qtbot, dialog: MasterImportDialog) -> None:
    qtbot.waitUntil(lambda: not dialog.busy, timeout=15_000)
    settle(dialog.ctx)


def test_check_then_import_customers_from_a_template(qtbot, small_ctx, tmp_path):
    ctx = small_ctx
    dialog = MasterImportDialog(ctx, "customers")
    qtbot.addWidget(dialog)
    assert not dialog.check_button.isEnabled()  # no file yet
    path = filled_template(
        dialog,
        tmp_path / "customers",  # the .xlsx is added
        [
            ["M001", "杭州金桥机械有限公司", "CNY", None, "王芳", None, "91330100MA27XXXX1A", None, 500000],
            ["M002", "Northwind Trading Ltd", "USD"],
            ["C1", "上海华信科技有限公司"],  # in the book already
        ],
    )
    assert path.endswith("customers.xlsx")
    assert dialog.file_path == path and dialog.check_button.isEnabled()
    before = customer_codes(ctx)
    changes = []
    ctx.ops.operation_did_execute.connect(lambda done, _initiator: changes.append(done))

    dialog.check()
    assert dialog.busy and not dialog.import_button.isEnabled()
    wait_done(qtbot, dialog)
    result = dialog.last_result
    assert result is not None and result.dry_run
    assert (result.rows_read, result.added, result.already_in_book) == (3, 2, 1)
    text = dialog.summary.text()
    assert "rows read 3" in text and "would be added 2" in text and "already in the book 1" in text
    assert "nothing was written" in text
    assert dialog.problems.isHidden()
    assert customer_codes(ctx) == before  # a check writes nothing
    assert changes == []  # and tells no view to reload

    with qtbot.waitSignal(dialog.imported, timeout=15_000) as imported:
        dialog.run_import()
    wait_done(qtbot, dialog)
    result = imported.args[0]
    assert not result.dry_run and result.added == 2 and set(result.added_keys) == {"M001", "M002"}
    assert customer_codes(ctx) == before | {"M001", "M002"}
    assert "added 2" in dialog.summary.text() and "would be" not in dialog.summary.text()
    assert changes and "customers" in changes[-1].kinds  # the views refresh as after any change

    dialog.run_import()  # the same file again adds nothing
    wait_done(qtbot, dialog)
    assert dialog.last_result.added == 0 and dialog.last_result.already_in_book == 3
    assert "every row is in the book already" in dialog.summary.text()


def test_invoices_check_shows_totals_per_currency(qtbot, small_ctx, tmp_path):
    dialog = MasterImportDialog(small_ctx, "invoices")
    qtbot.addWidget(dialog)
    path = filled_template(
        dialog,
        tmp_path / "invoices.xlsx",
        [
            ["C1", "INV-9001", AS_OF, 1234.5, None, "N30"],
            ["C1", "INV-9002", AS_OF, "20,000.00", None, "N30"],
        ],
    )
    dialog.set_file(path)
    dialog.check()
    wait_done(qtbot, dialog)
    assert dialog.last_result.added == 2
    assert "CNY 21,234.50" in dialog.summary.text()


def test_bad_rows_are_listed_and_nothing_is_imported(qtbot, small_ctx, tmp_path):
    ctx = small_ctx
    dialog = MasterImportDialog(ctx, "customers")
    qtbot.addWidget(dialog)
    path = filled_template(
        dialog,
        tmp_path / "bad.xlsx",
        [
            ["M010", "宁波海天贸易有限公司"],
            ["M011", None],  # row 3: no name
            ["M012", "苏州新区电子厂", None, None, None, None, None, None, "很多"],  # row 4: not an amount
        ],
    )
    before = customer_codes(ctx)
    dialog.set_file(path)
    dialog.run_import()
    wait_done(qtbot, dialog)
    assert dialog.last_result is None
    assert "Nothing was imported" in dialog.summary.text()
    assert dialog.problems.isVisibleTo(dialog)
    rows = dialog.problem_rows()
    assert [(row, column) for row, column, _reason in rows] == [
        ("3", "Customer name"),
        ("4", "Credit limit"),
    ]
    assert "must not be empty" in rows[0][2] and "很多" in rows[1][2]
    assert customer_codes(ctx) == before  # not even the good row


def test_an_unusable_file_is_said_in_the_dialog(qtbot, small_ctx, tmp_path):
    path = tmp_path / "notes.csv"
    path.write_text("just,some\nwords,here\n", encoding="utf-8")
    dialog = MasterImportDialog(small_ctx, "receipts")
    qtbot.addWidget(dialog)
    dialog.set_file(path)
    dialog.check()
    wait_done(qtbot, dialog)
    assert "no header row" in dialog.summary.text()
    assert dialog.problems.isHidden()


def test_the_dialog_in_chinese(qtbot, qapp, small_ctx, tmp_path):
    i18n.install(qapp, "zh_CN")
    dialog = MasterImportDialog(small_ctx, "opening_balances")
    qtbot.addWidget(dialog)
    assert dialog.windowTitle() == "导入基础数据"
    assert [dialog.kind_box.itemText(i) for i in range(dialog.kind_box.count())] == [
        "客户",
        "发票",
        "期初余额",
        "收款",
    ]
    assert dialog.kind_box.currentText() == "期初余额"
    assert dialog.check_button.text() == "检查" and dialog.import_button.text() == "导入"
    assert "客户编码*" in dialog.columns_label.text()
    saved = dialog.save_template(tmp_path / "期初余额导入模板.xlsx")  # written in Chinese
    assert load_workbook(saved).worksheets[0]["A1"].value == "客户编码"
    dialog.set_kind("customers")
    path = filled_template(dialog, tmp_path / "客户.xlsx", [["M020", "广州天河商贸有限公司"]])
    dialog.set_file(path)
    dialog.check()
    wait_done(qtbot, dialog)
    assert "将新增 1" in dialog.summary.text()


def test_the_file_menu_and_the_customers_page_open_it(qtbot, window, ctx):
    action = window.master_import_action
    menu_actions = [a for a in window.menuBar().actions()[0].menu().actions() if not a.isSeparator()]
    texts = [a.text() for a in menu_actions]
    assert texts.index(action.text()) < texts.index("S&witch user…")
    assert texts.index(action.text()) > texts.index("&Restore from backup…")
    dialog = window.show_master_import("receipts")
    assert dialog.isVisible() and dialog.kind == "receipts"
    dialog.reject()
    window.show_page("customers")
    window.customers.import_button.click()
    dialogs = [d for d in window.findChildren(MasterImportDialog) if d.isVisible()]
    assert len(dialogs) == 1 and dialogs[0].kind == "customers"
    dialogs[0].reject()
