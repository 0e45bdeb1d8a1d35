"""Export to Excel: every row of the query (not just the loaded pages), the columns as shown, a bold frozen
header, number formats and a totals row per currency; read back with openpyxl."""

from __future__ import annotations

from decimal import Decimal

from openpyxl import load_workbook

from acctdesk.services import lists
from acctdesk.ui.export import write_xlsx
from tests.ui.conftest import AS_OF, settle


def test_invoices_exported_and_read_back(qtbot, window, ctx, tmp_path):
    view = window.show_page("invoices")
    settle(ctx)
    assert view.model.rowCount() == 600 and view.model.cached_rows == 200  # one page read; the export all
    view.page.table.set_column_visible("term", False)
    exported = []
    view.page.exported.connect(exported.append)
    path = tmp_path / "invoices.xlsx"
    view.page.export(str(path))
    settle(ctx)
    assert exported and exported[0].rows == 600
    sheet = load_workbook(path).active
    header = [cell.value for cell in sheet[1]]
    titles = [view.model.columns[i].title for i in view.page.table.visible_columns()]
    assert header == titles
    assert "Term" not in header and header[:3] == ["Number", "Customer", "Customer name"]
    assert all(cell.font.bold for cell in sheet[1])
    assert sheet.freeze_panes == "A2"
    amount_column = header.index("Amount") + 1
    with ctx.book.sessions() as session:
        invoices = lists.invoice_page(session, AS_OF, limit=10_000)
    expected = {}
    for invoice in invoices:
        currency = invoice.amount.currency
        expected[currency] = expected.get(currency, Decimal(0)) + invoice.amount.amount
    rows = list(sheet.iter_rows(min_row=2, values_only=True))
    totals = {row[0].split()[-1]: row[amount_column - 1] for row in rows if str(row[0]).startswith("Total")}
    assert set(totals) == set(expected) == {"CNY", "USD"}
    for currency, total in totals.items():
        assert Decimal(str(total)).quantize(Decimal("0.01")) == expected[currency]
    assert len(rows) == 600 + len(totals)
    first = sheet.cell(row=2, column=amount_column)
    assert first.number_format.startswith("#,##0.00")
    assert sheet.cell(row=2, column=header.index("Invoice date") + 1).number_format == "yyyy-mm-dd"
    assert sheet.column_dimensions["C"].width >= 20  # Chinese names are wide


def test_a_cancelled_export_leaves_no_file(ctx, tmp_path):
    from acctdesk.ui.invoices import InvoicesView

    columns = InvoicesView(ctx)._invoice_columns()
    progress = []
    folder = tmp_path / "exports"
    folder.mkdir()
    with ctx.book.sessions() as session:
        result = write_xlsx(
            folder / "cancelled.xlsx",
            title="x",
            columns=columns,
            fetch=lambda limit, offset: lists.invoice_page(session, AS_OF, limit=limit, offset=offset),
            total_rows=600,
            total_label="Total",
            progress=lambda done, total: progress.append((done, total)),
            is_cancelled=lambda: True,
        )
    assert result is None
    assert progress == [(600, 600)]
    assert list(folder.iterdir()) == []
