"""Every table model under qtmodeltester, and the windowed list model: a row for every row of the query,
pages read when first shown (by their ids, or by OFFSET for a list without ids), a bounded cache."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Qt

from acctdesk.services import lists
from acctdesk.services.lists import ListQuery
from acctdesk.ui.allocation import AllocationDialog, AllocationModel
from acctdesk.ui.models import paged
from acctdesk.ui.models.paged import RAW_ROLE, ROW_ROLE, PagedTableModel
from tests.ui.conftest import AS_OF, post_receipt, settle


def _columns(ctx):
    from acctdesk.ui.invoices import InvoicesView

    return InvoicesView(ctx)._invoice_columns()  # the columns the invoice list really uses


def _invoices(ctx, source=lists.INVOICES, **options) -> PagedTableModel:
    model = PagedTableModel(ctx, _columns(ctx), source, **options)
    model.refresh()
    settle(ctx)
    return model


def _all_invoices(session, query: ListQuery | None = None):
    return lists.invoice_page(session, AS_OF, query or ListQuery(), limit=10_000)


def _show(model: PagedTableModel, row: int) -> str:
    """What a view painting `row` gets for its first column (and the model takes as a request)."""
    return model.index(row, 0).data(Qt.ItemDataRole.DisplayRole)


def test_the_model_has_every_row_and_reads_a_page_when_it_is_shown(qtbot, qtmodeltester, ctx):
    model = _invoices(ctx)
    with ctx.book.sessions() as session:
        expected = _all_invoices(session)
    assert model.rowCount() == model.total == 600
    assert model.cached_pages == [0] and model.cached_rows == 200
    assert [row.number for row in model.rows] == [row.number for row in expected[:200]]
    changed = []
    model.dataChanged.connect(lambda first, last, _roles: changed.append((first.row(), last.row())))
    assert _show(model, 450) == "Loading…"  # not in memory: shown as loading, asked for
    assert model.row_at(450) is None and model.index(450, 0).data(ROW_ROLE) is None
    settle(ctx)
    # The last row of a page is inclusive: rows 400…599 are the third page of 200.
    assert changed == [(400, 599)]
    assert _show(model, 450) == expected[450].number
    assert model.index(599, model.column_index("amount")).data(RAW_ROLE) == expected[599].amount
    assert sorted(model.cached_pages) == [0, 2]
    assert [row.number for row in model.rows] == [row.number for row in expected[:200]]  # page 1 is not
    qtmodeltester.check(model, force_py=True)
    settle(ctx)


def test_the_cache_keeps_the_pages_used_last_and_no_more(qtbot, ctx):
    model = _invoices(ctx, page_size=20, cache_pages=5)
    with ctx.book.sessions() as session:
        expected = _all_invoices(session)
    for row in range(0, 600, 20):  # down the whole list a page at a time, as a reader scrolls
        _show(model, row)
        settle(ctx)
        assert _show(model, row) == expected[row].number
        assert len(model.cached_pages) <= 5
    assert model.cached_pages == [25, 26, 27, 28, 29]
    assert model.cached_rows == 100


def test_a_jump_reads_the_pages_asked_for_last_not_every_page_passed(qtbot, ctx):
    model = _invoices(ctx, page_size=20)
    read = []
    model.dataChanged.connect(lambda first, _last, _roles: read.append(first.row() // 20))
    for page in range(1, 30):  # a fast drag of the scroll bar paints 29 pages before the worker reads
        _show(model, page * 20)
    settle(ctx)
    assert sorted(read) == list(range(30 - paged.WANTED_PAGES, 30))
    assert _show(model, 29 * 20) != "Loading…"


def test_a_list_without_ids_pages_by_offset_in_the_same_window(qtbot, qtmodeltester, ctx):
    model = _invoices(ctx, source=lists.invoice_page, fetch_count=lists.invoice_count)
    with ctx.book.sessions() as session:
        expected = _all_invoices(session)
    assert model.rowCount() == 600 and model.cached_rows == 200
    _show(model, 599)
    settle(ctx)
    assert _show(model, 599) == expected[599].number
    qtmodeltester.check(model, force_py=True)
    settle(ctx)


def test_a_refresh_reads_the_pages_in_view_again(qtbot, ctx):
    model = _invoices(ctx)
    _show(model, 450)
    settle(ctx)
    resets = []
    model.modelReset.connect(lambda: resets.append(model.cached_pages))
    model.refresh()
    settle(ctx)
    assert resets == [[0, 2]]  # the rows in view never show "Loading…" after a change elsewhere
    assert _show(model, 450) != "Loading…"


def test_sorting_and_filtering_are_the_querys(qtbot, ctx):
    model = _invoices(ctx)
    amount = model.column_index("amount")
    model.sort(amount, Qt.SortOrder.DescendingOrder)
    settle(ctx)
    assert model.query.sort == "amount" and model.query.descending
    with ctx.book.sessions() as session:
        expected = _all_invoices(session, model.query)
    assert [row.number for row in model.rows] == [row.number for row in expected[:200]]
    assert model.rows[0].amount.amount == max(row.amount.amount for row in expected)  # largest of all 600
    # A computed order (the open amount) and a status filter: the same rows as the page query.
    model.set_query(ListQuery(sort="open", descending=True, status="unsettled"))
    settle(ctx)
    with ctx.book.sessions() as session:
        expected = _all_invoices(session, model.query)
    assert model.rowCount() == len(expected) < 600
    _show(model, len(expected) - 1)
    settle(ctx)
    assert model.row_at(len(expected) - 1) == expected[-1]


def test_an_export_reads_every_row_by_ids(qtbot, ctx):
    model = _invoices(ctx, page_size=50)
    fetch = model.fetch_page
    with ctx.book.sessions() as session:
        pages = [fetch(session, AS_OF, model.query, limit=250, offset=offset) for offset in (0, 250, 500)]
        expected = _all_invoices(session)
    assert [len(page) for page in pages] == [250, 250, 100]
    assert [row.number for page in pages for row in page] == [row.number for row in expected]


def test_every_list_model(qtbot, qtmodeltester, window, ctx):
    pages = {
        "customers": window.customers.model,
        "invoices": window.invoices.model,
        "open_items": window.invoices.items_model,
        "receipts": window.receipts.model,
    }
    window.show_page("customers")
    window.show_page("invoices")
    window.invoices.tabs.setCurrentIndex(1)
    window.show_page("receipts")
    settle(ctx)
    for name, model in pages.items():
        assert model.rowCount() > 0, name
        qtmodeltester.check(model, force_py=True)
        settle(ctx)
        model.set_query(ListQuery(search="C0001"))
        settle(ctx)
        qtmodeltester.check(model, force_py=True)
        settle(ctx)
        last = model.rowCount() - 1
        _show(model, last)
        settle(ctx)
        assert model.row_at(last) is not None, name
    window.navigate("customer", "C00001")
    settle(ctx)
    page = window.customers.detail
    for model in (page.items_model, page.history_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
        settle(ctx)
    window.show_page("dashboard")
    settle(ctx)
    top = window.dashboard.top_model
    assert 0 < top.rowCount() <= lists.TOP_OVERDUE
    assert top.rows == list(window.dashboard.current().top_overdue)
    assert top.index(0, 0, QModelIndex()).data() == top.rows[0].code
    qtmodeltester.check(top, force_py=True)


def test_allocation_and_schedule_models(qtbot, qtmodeltester, window, ctx):
    from acctdesk.ui.invoice_entry import InvoiceDialog

    dialog = InvoiceDialog(ctx, "C00001", window)
    qtbot.addWidget(dialog)
    settle(ctx)
    dialog.set_values(customer="C00001", number="T-1", amount="1000", term="30% N0; BAL N30")
    assert dialog.schedule_model.rowCount() == 2
    qtmodeltester.check(dialog.schedule_model, force_py=True)
    receipt = post_receipt(ctx, "C00001", "5000.00")
    allocation = AllocationDialog(ctx, receipt.number, window)
    qtbot.addWidget(allocation)
    settle(ctx)
    assert isinstance(allocation.model, AllocationModel)
    qtmodeltester.check(allocation.model, force_py=True)
