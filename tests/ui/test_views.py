"""Each screen opens on a small demo book, searches and filters, and shows the services' figures."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton

from acctdesk.services import balances, lists
from acctdesk.services.lists import ListQuery
from acctdesk.ui import formatting
from acctdesk.ui.mainwindow import PAGES
from acctdesk.ui.pages import ComingPage
from tests.ui.conftest import AS_OF, settle


def test_every_page_opens(qtbot, window, ctx, caplog):
    from acctdesk.ui.credit_view import CreditView
    from acctdesk.ui.reports_view import ReportsView

    for key in PAGES:
        page = window.show_page(key)
        settle(ctx)
        assert page.isVisible(), key
        assert window.nav.currentItem().text()
        assert not isinstance(page, ComingPage), key  # every screen is there now
        # An embedded screen is built when first shown; one that failed to build would stand in empty.
        built = getattr(page, "page", page)
        assert built is not None and built.isVisible(), f"{key}: {caplog.text}"
    assert [window.nav.item(i).text() for i in range(len(PAGES))][6:9] == ["Credit", "Statements", "Reports"]
    for key, screen in (
        ("statements", window.statements),
        ("bank", window.bank),
        ("collections", window.collections),
        ("credit", window.credit),
        ("reports", window.reports),
    ):
        assert window.pages[key] is screen, key
    assert isinstance(window.reports.page, ReportsView)
    assert isinstance(window.credit.view, CreditView)
    assert window.reports.page.aging_model.rowCount() > 0  # its figures arrived
    assert window.as_of_edit.date().toString("yyyy-MM-dd") == "2026-11-24"
    assert "tester" in window.user_label.text()


def test_dashboard_shows_the_services_figures(qtbot, window, ctx):
    window.show_page("dashboard")
    settle(ctx)
    with ctx.book.sessions() as session:
        figures = lists.dashboard_figures(session, AS_OF).for_currency("CNY")
        summary = next(s for s in balances.balance_summary(session, AS_OF) if s.currency == "CNY")
    dashboard = window.dashboard
    f = formatting.current()
    assert dashboard.current() == figures
    assert dashboard.receivables_tile.value.text() == f.money(summary.balance, symbol=True)
    assert dashboard.receivables_tile.value.text() == f.money(figures.receivables, symbol=True)
    assert dashboard.overdue_tile.value.text() == f.money(figures.overdue, symbol=True)
    assert f.percent(figures.overdue_share) in dashboard.overdue_tile.detail.text()
    assert dashboard.collected_tile.value.text() == f.money(figures.collected_this_month, symbol=True)
    assert dashboard.dso_tile.value.text().startswith(f.decimal(figures.dso))
    assert [r.code for r in dashboard.top_model.rows] == [r.code for r in figures.top_overdue]
    bar_sets = dashboard.chart.series()[0].barSets()
    assert len(bar_sets) == len(dashboard.bars())
    # The other currency is one choice away and never added to the first.
    dashboard.currency_box.setCurrentIndex(dashboard.currency_box.findData("USD"))
    with ctx.book.sessions() as session:
        usd = lists.dashboard_figures(session, AS_OF).for_currency("USD")
    assert dashboard.receivables_tile.value.text() == f.money(usd.receivables, symbol=True)


def test_tiles_and_bars_open_the_list_behind_them(qtbot, window, ctx):
    window.show_page("dashboard")
    settle(ctx)
    dashboard = window.dashboard
    figures = dashboard.current()
    qtbot.mouseClick(dashboard.overdue_tile, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert (
        window.current_key() == "invoices" and window.invoices.tabs.currentWidget() is window.invoices.items
    )
    assert window.invoices.items_model.query.status == "overdue"
    f = formatting.current()
    assert f.money(figures.overdue, symbol=True) in window.invoices.items.extra_footer.text()
    # A bar: the 1–30 days bucket.
    window.show_page("dashboard")
    index = next(i for i, bar in enumerate(dashboard.bars()) if bar.key == "1-30")
    dashboard.open_bucket(index)
    settle(ctx)
    query = window.invoices.items_model.query
    assert (query.status, query.days_from, query.days_to) == ("overdue", 1, 30)
    assert all(1 <= row.days_overdue <= 30 for row in window.invoices.items_model.rows)
    assert f.money(dashboard.bars()[index].amount, symbol=True) in window.invoices.items.extra_footer.text()
    # Collected this month: the receipts of the month.
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.collected_tile, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert window.current_key() == "receipts"
    rows = window.receipts.model.rows
    assert rows and all(row.receipt_date >= AS_OF.replace(day=1) for row in rows)
    total = sum(
        row.amount.amount for row in rows if row.amount.currency == "CNY" and row.status != "reversed"
    )
    assert total == figures.collected_this_month.amount
    # DSO: the invoices of the last 90 days.
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.dso_tile, Qt.MouseButton.LeftButton)
    settle(ctx)
    assert window.current_key() == "invoices" and window.invoices.tabs.currentWidget() is window.invoices.page
    # Receivables: customers by balance, largest first.
    window.show_page("dashboard")
    qtbot.mouseClick(dashboard.receivables_tile, Qt.MouseButton.LeftButton)
    settle(ctx)
    balances_shown = [row.balance.amount for row in window.customers.model.rows]
    assert balances_shown == sorted(balances_shown, reverse=True)
    # A top-ten row opens the customer.
    window.show_page("dashboard")
    dashboard.top_table.row_activated.emit(figures.top_overdue[0])
    settle(ctx)
    assert window.customers.detail.code == figures.top_overdue[0].code


def test_customers_search_and_filters(qtbot, window, ctx):
    view = window.show_page("customers")
    settle(ctx)
    assert view.model.rowCount() == 30
    target = view.model.rows[4]
    view.search.setText(target.name[2:6])
    view.search.flush()
    settle(ctx)
    assert target.code in [row.code for row in view.model.rows]
    assert all(target.name[2:6] in row.name or target.name[2:6] in row.code for row in view.model.rows)
    view.search.setText("")
    view.search.flush()
    view.overdue_only.setChecked(True)
    settle(ctx)
    assert view.model.rows and all(row.overdue.amount > 0 for row in view.model.rows)
    collector = view.collector_box.itemData(1)
    view.collector_box.setCurrentIndex(1)
    settle(ctx)
    assert view.model.rows and all(row.collector == collector for row in view.model.rows)
    assert view.page.count_label.text().endswith(("customer", "customers"))


def test_customer_page(qtbot, window, ctx):
    view = window.show_page("customers")
    settle(ctx)
    row = next(r for r in view.model.rows if r.overdue.amount > 0)
    view.page.table.row_activated.emit(row)
    settle(ctx)
    page = view.detail
    assert view.stack.currentWidget() is page
    assert page.header.title.text() == row.name
    assert page.fact_labels["balance"].text() == formatting.current().money(row.balance, symbol=True)
    with ctx.book.sessions() as session:
        items = balances.open_items(session, AS_OF, row.id)
    assert [i.installment_id for i in page.items_model.rows] == [
        i.installment_id
        for i in sorted(items, key=lambda i: (i.due_date is None, i.due_date, i.installment_id))
    ]
    overdue_row = next(
        r for r in range(page.items_model.rowCount()) if page.items_model.row_at(r).days_overdue
    )
    colour = page.items_model.index(overdue_row, 0).data(Qt.ItemDataRole.ForegroundRole).color().name()
    assert colour == "#b42318"
    assert page.history_model.rowCount() > 0
    assert page.history_model.rows[0].balance == row.balance
    # Credit… opens the credit screen on this customer
    credit_button = next(b for b in page.header.findChildren(QPushButton) if b.text() == "Credit…")
    credit_button.click()
    settle(ctx)
    assert window.current_key() == "credit"
    credit = window.credit.view
    assert credit.customer_edit.text() == row.code
    assert credit.overview is not None and credit.overview.exposure.customer_code == row.code


def test_invoices_search_filter_and_sort(qtbot, window, ctx):
    view = window.show_page("invoices")
    settle(ctx)
    assert view.model.total == 600
    view.search.setText("INV202611")
    view.search.flush()
    settle(ctx)
    assert view.model.rows and all(row.number.startswith("INV202611") for row in view.model.rows)
    view.status_box.setCurrentIndex(view.status_box.findData("overdue"))
    settle(ctx)
    assert all(row.status == "overdue" for row in view.model.rows)
    view.search.setText("")
    view.search.flush()
    view.dates.preset.setCurrentIndex(view.dates.preset.findData("month"))
    settle(ctx)
    assert all(row.invoice_date >= AS_OF.replace(day=1) for row in view.model.rows)
    view.page.table.sort_by_key("amount", descending=True)
    settle(ctx)
    amounts = [row.amount.amount for row in view.model.rows]
    assert amounts == sorted(amounts, reverse=True)


def test_receipts_search_and_filter(qtbot, window, ctx):
    view = window.show_page("receipts")
    settle(ctx)
    first = view.model.rows[0]
    view.search.setText(first.number)
    view.search.flush()
    settle(ctx)
    assert [row.number for row in view.model.rows] == [first.number]
    view.search.setText("")
    view.search.flush()
    view.status_box.setCurrentIndex(view.status_box.findData("applied"))
    settle(ctx)
    assert view.model.rows and all(row.unapplied.amount == 0 for row in view.model.rows)


def test_as_of_date_moves_every_figure(qtbot, window, ctx):
    window.show_page("dashboard")
    settle(ctx)
    before = window.dashboard.current().receivables
    window.as_of_edit.setDate(window.as_of_edit.date().addYears(-1))
    settle(ctx)
    with ctx.book.sessions() as session:
        expected = lists.dashboard_figures(session, AS_OF.replace(year=2025)).for_currency("CNY")
    assert ctx.as_of == AS_OF.replace(year=2025)
    assert window.dashboard.current().receivables == expected.receivables != before


def test_copy_as_tsv_and_choose_columns(qtbot, window, ctx):
    view = window.show_page("invoices")
    settle(ctx)
    table = view.page.table
    table.selectRow(0)
    table.setFocus()
    QApplication.clipboard().clear()
    qtbot.keyClick(table, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.clipboard().text().startswith(view.model.rows[0].number)
    table.clearSelection()
    table.selectRow(1)
    window.copy()  # Edit ▸ Copy
    assert QApplication.clipboard().text().startswith(view.model.rows[1].number)
    table.clearSelection()
    table.selectRow(0)
    window.copy()
    text = QApplication.clipboard().text()
    first = view.model.rows[0]
    cells = text.split("\t")
    assert cells[0] == first.number and str(first.amount.amount) in cells
    menu = table.build_header_menu()
    term = next(a for a in menu.actions() if a.text() == "Term")
    term.setChecked(False)
    assert view.model.column_index("term") not in table.visible_columns()
    table.save_state()
    again = type(table)(table.name)
    again.setModel(view.model)
    assert view.model.column_index("term") not in again.visible_columns()


def test_open_items_only_list_what_is_open(qtbot, window, ctx):
    view = window.show_page("invoices")
    view.show_open_items(ListQuery(status="retention"))
    settle(ctx)
    assert all(row.retention for row in view.items_model.rows)


def test_a_closed_window_asks_its_book_nothing_more(window, on_postgres):
    timer = getattr(window, "identity_timer", None)
    assert (timer is not None and timer.isActive()) == on_postgres  # only a team book is asked again
    window.close()
    assert timer is None or not timer.isActive()


def test_the_dashboard_takes_the_figures_started_at_launch_once(
    qtbot, ctx, book_url, on_postgres, monkeypatch
):
    from acctdesk.ui import dashboard, early

    assert early.start(book_url, AS_OF) == (not on_postgres)  # a server book waits for its password
    with ctx.book.sessions() as session:
        expected = lists.dashboard_figures(session, AS_OF)
    calls = []
    real = dashboard.dashboard_figures
    monkeypatch.setattr(
        dashboard, "dashboard_figures", lambda session, as_of: calls.append(as_of) or real(session, as_of)
    )
    view = dashboard.DashboardView(ctx)
    qtbot.addWidget(view)
    settle(ctx)
    assert view.figures == expected
    assert calls == ([AS_OF] if on_postgres else [])  # the started figures, not a second query
    view.refresh()
    settle(ctx)
    assert calls == ([AS_OF, AS_OF] if on_postgres else [AS_OF])  # taken once: then the usual query


def test_figures_started_for_another_day_or_book_are_not_taken(ctx, book_url, tmp_path, on_postgres):
    from acctdesk.ui import early

    if on_postgres:
        assert not early.start(book_url, AS_OF)
        return
    early.start(book_url, AS_OF)
    assert early.take(book_url, date(2026, 11, 23)) is None
    early.start(book_url, AS_OF)
    assert early.take(f"sqlite:///{tmp_path / 'other.sqlite'}", AS_OF) is None
    early.start(f"sqlite:///{tmp_path / 'missing.sqlite'}", AS_OF)  # no such book: nothing, quietly
    assert early.take(f"sqlite:///{tmp_path / 'missing.sqlite'}", AS_OF) is None
    assert early.take(book_url, AS_OF) is None  # nothing pending any more
