"""Every table model under qtmodeltester, and paging: pages of 200 with the inclusive last row."""

from __future__ import annotations

from PySide6.QtCore import Qt

from acctdesk.services import lists
from acctdesk.services.aging import aging_report
from acctdesk.services.lists import ListQuery
from acctdesk.ui.allocation import AllocationDialog, AllocationModel
from acctdesk.ui.models.paged import RAW_ROLE, PagedTableModel
from tests.ui.conftest import AS_OF, post_receipt, settle


def _paged(ctx, page, count, columns=None):
    from acctdesk.ui.invoices import InvoicesView

    view = InvoicesView(ctx)  # borrow the columns a view really uses
    columns = columns or view._invoice_columns()
    return PagedTableModel(ctx, columns, page, count)


def test_invoice_model_pages_with_the_inclusive_last_row(qtbot, qtmodeltester, ctx):
    model = _paged(ctx, lists.invoice_page, lists.invoice_count)
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    model.refresh()
    settle(ctx)
    assert model.rowCount() == 200 and model.total == 600
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    settle(ctx)
    model.fetchMore()
    settle(ctx)
    assert inserted == [(200, 399), (400, 599)]
    assert model.rowCount() == 600 and not model.canFetchMore()
    with ctx.book.sessions() as session:
        expected = [row.number for row in lists.invoice_page(session, AS_OF, limit=1000)]
    assert [row.number for row in model.rows] == expected
    qtmodeltester.check(model, force_py=True)


def test_a_model_that_fetches_while_rows_arrive_never_repeats_a_page(qtbot, qtmodeltester, ctx):
    """The tester asks for more on every signal, also in the middle of an insertion."""
    model = _paged(ctx, lists.invoice_page, lists.invoice_count)
    qtmodeltester.check(model, force_py=True)
    model.refresh()
    settle(ctx)
    numbers = [row.number for row in model.rows]
    with ctx.book.sessions() as session:
        expected = [row.number for row in lists.invoice_page(session, AS_OF, limit=1000)]
    assert len(numbers) > 200
    assert numbers == expected[: len(numbers)]  # pages in order, none twice


def test_sorting_is_the_querys(qtbot, ctx):
    model = _paged(ctx, lists.invoice_page, lists.invoice_count)
    amount = model.column_index("amount")
    model.sort(amount, Qt.SortOrder.DescendingOrder)
    settle(ctx)
    assert model.query.sort == "amount" and model.query.descending
    amounts = [model.index(r, amount).data(RAW_ROLE).amount for r in range(model.rowCount())]
    assert amounts == sorted(amounts, reverse=True)
    with ctx.book.sessions() as session:
        largest = max(row.amount.amount for row in lists.invoice_page(session, AS_OF, limit=1000))
    assert amounts[0] == largest  # the largest of all 600, not of the first page loaded


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
        model.set_query(ListQuery(search="C0001"))
        settle(ctx)
        qtmodeltester.check(model, force_py=True)
    window.navigate("customer", "C00001")
    settle(ctx)
    page = window.customers.detail
    for model in (page.items_model, page.history_model):
        assert model.rowCount() > 0
        qtmodeltester.check(model, force_py=True)
    window.show_page("dashboard")
    settle(ctx)
    with ctx.book.sessions() as session:
        overdue = [
            r for r in aging_report(session, AS_OF).rows if r.currency == "CNY" and r.overdue.amount > 0
        ]
    assert window.dashboard.top_model.rowCount() == min(10, len(overdue))
    qtmodeltester.check(window.dashboard.top_model, force_py=True)


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
