"""Invoices: the paged list of invoices (status as of the as-of date) and the open items behind the aging,
with search, filters, entry, reversal and Excel export."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QPushButton, QTabWidget, QVBoxLayout, QWidget

from acctdesk.services import lists
from acctdesk.services.lists import InvoiceRow, ListQuery
from acctdesk.ui import formatting, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.customers import open_item_columns, open_item_style
from acctdesk.ui.models.paged import (
    FUTURE,
    OVERDUE,
    REVERSED,
    SETTLED,
    SEVERE,
    Column,
    PagedTableModel,
    RowStyle,
)
from acctdesk.ui.widgets.common import ListFilters, ListPage, PageHeader

INVOICE_KINDS = {"invoices", "allocations", "credit_notes", "write_offs"}


def invoice_style(row: InvoiceRow) -> RowStyle | None:
    return {
        "overdue": SEVERE if row.days_overdue > 90 else OVERDUE,
        "settled": SETTLED,
        "reversed": REVERSED,
        "future": FUTURE,
    }.get(row.status)


class InvoicesView(QWidget):
    new_invoice = Signal(str)
    reverse_requested = Signal(str, object)  # kind, row
    open_customer = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        header = PageHeader(self.tr("Invoices"))
        new_button = QPushButton(self.tr("New invoice…"))
        new_button.clicked.connect(lambda: self.new_invoice.emit(""))
        self.reverse_button = QPushButton(self.tr("Reverse…"))
        self.reverse_button.clicked.connect(self._reverse_selected)
        header.add_button(self.reverse_button)
        header.add_button(new_button)
        layout.addWidget(header)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs, 1)

        # Invoices
        self.model = PagedTableModel(ctx, self._invoice_columns(), lists.INVOICES, row_style=invoice_style)
        self.page = ListPage(
            ctx,
            "invoices",
            self.tr("Invoices"),
            self.model,
            refresh_kinds=INVOICE_KINDS,
            count_text=lambda n: self.tr("%Ln invoice(s)", "", n),
        )
        self.filters = ListFilters(
            self.page,
            self.tr("Search number, customer or description"),
            [(self.tr("All statuses"), "")]
            + [(labels.invoice_status(code), code) for code in ("unsettled", *lists.INVOICE_STATUSES)],
        )
        self.search, self.status_box = self.filters.search, self.filters.status_box
        self.dates, self.currency_box = self.filters.dates, self.filters.currency_box
        self.page.table.row_actions = self._row_actions
        self.page.table.row_activated.connect(lambda row: self.open_customer.emit(row.customer_code))
        self.page.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        self.tabs.addTab(self.page, self.tr("Invoices"))

        # Open items
        self.items_model = PagedTableModel(
            ctx,
            open_item_columns(with_customer=True),
            lists.OPEN_ITEMS,
            row_style=open_item_style(lambda: self.ctx.as_of),
        )
        self.items = ListPage(
            ctx,
            "open_items",
            self.tr("Open items"),
            self.items_model,
            refresh_kinds=INVOICE_KINDS | {"receipts"},
            count_text=lambda n: self.tr("%Ln open item(s)", "", n),
        )
        self.bucket_label = QLabel("")
        self.bucket_label.setStyleSheet("color: #175cd3;")
        self.clear_bucket = QPushButton(self.tr("Show all ages"))
        self.clear_bucket.clicked.connect(lambda: self.items_filters.update(days_from=None, days_to=None))
        self.items_filters = ListFilters(
            self.items,
            self.tr("Search invoice number or customer"),
            [(self.tr("All open items"), "")]
            + [(labels.open_item_status(c), c) for c in lists.OPEN_ITEM_STATUSES],
            dates=False,
            status_resets={"days_from": None, "days_to": None},  # a status replaces an age bucket
            extra=(self.bucket_label, self.clear_bucket),
            after_change=self._show_bucket,
        )
        self.items_search, self.items_status = self.items_filters.search, self.items_filters.status_box
        self.items_currency = self.items_filters.currency_box
        self.items.table.row_activated.connect(lambda row: self.open_customer.emit(row.customer_code))
        self.items_model.loaded.connect(self._items_loaded)
        self.tabs.addTab(self.items, self.tr("Open items"))
        self.tabs.currentChanged.connect(lambda _i: self._selection_changed())
        self._choices_loaded = False
        self._show_bucket()

    def _invoice_columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Number"), lambda r: r.number, sort_key="number", width=150),
            Column("customer", self.tr("Customer"), lambda r: r.customer_code, sort_key="customer", width=80),
            Column("customer_name", self.tr("Customer name"), lambda r: r.customer_name, width=220),
            Column(
                "invoice_date",
                self.tr("Invoice date"),
                lambda r: r.invoice_date,
                "date",
                sort_key="invoice_date",
            ),
            Column(
                "next_due",
                self.tr("Next due"),
                lambda r: r.next_due,
                "date",
                sort_key="due",
                tooltip=self.tr("The earliest due date still open"),
            ),
            Column("term", self.tr("Term"), lambda r: r.term, width=90),
            Column("amount", self.tr("Amount"), lambda r: r.amount, "money", sort_key="amount"),
            Column("open", self.tr("Open"), lambda r: r.open_amount, "money", sort_key="open"),
            Column("currency", self.tr("Currency"), lambda r: r.amount.currency, width=64),
            Column(
                "days_overdue",
                self.tr("Days overdue"),
                lambda r: r.days_overdue,
                "days",
                sort_key="days_overdue",
            ),
            Column(
                "status",
                self.tr("Status"),
                lambda r: r.status,
                sort_key="status",
                display=lambda c: labels.invoice_status(c),
                width=90,
            ),
            Column("description", self.tr("Description"), lambda r: r.description, hidden=True, width=200),
            Column("reversal_reason", self.tr("Reversal reason"), lambda r: r.reversal_reason, hidden=True),
        ]

    # -- filters -------------------------------------------------------------------------------

    def _show_bucket(self) -> None:
        query = self.items_model.query
        if query.days_from is None and query.days_to is None:
            self.bucket_label.setText("")
            self.clear_bucket.hide()
            return
        if query.days_to is None:
            text = self.tr("Over %1 days overdue").replace("%1", str(query.days_from - 1))
        else:
            text = (
                self.tr("%1–%2 days overdue")
                .replace("%1", str(query.days_from))
                .replace("%2", str(query.days_to))
            )
        self.bucket_label.setText(text)
        self.clear_bucket.show()

    def _items_loaded(self) -> None:
        query, as_of = self.items_model.query, self.ctx.as_of
        self.ctx.query(
            lambda session: lists.open_item_total(session, as_of, query), success=self._show_items_total
        )

    def _show_items_total(self, totals) -> None:
        f = formatting.current()
        text = " · ".join(f.money(total, symbol=True) for total in totals)
        self.items.extra_footer.setText(self.tr("— open %1").replace("%1", text) if text else "")

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._choices_loaded:
            self._choices_loaded = True
            self.ctx.query(lists.filter_choices, success=self._fill_choices)

    def _fill_choices(self, choices: lists.FilterChoices) -> None:
        for filters in (self.filters, self.items_filters):
            filters.fill_currencies(choices.currencies)

    def show_invoices(self, query: ListQuery) -> None:
        self.tabs.setCurrentWidget(self.page)
        self.filters.show(query)

    def show_open_items(self, query: ListQuery) -> None:
        self.tabs.setCurrentWidget(self.items)
        self.items_filters.show(query)

    # -- actions -------------------------------------------------------------------------------

    def _selection_changed(self) -> None:
        row = self.page.table.current_row() if self.tabs.currentWidget() is self.page else None
        self.reverse_button.setEnabled(row is not None and row.status != "reversed")

    def _reverse_selected(self) -> None:
        row = self.page.table.current_row()
        if row is not None and row.status != "reversed":
            self.reverse_requested.emit("invoice", row)

    def _row_actions(self, row: InvoiceRow) -> list[QAction]:
        actions = []
        customer = QAction(self.tr("Open customer %1").replace("%1", row.customer_code), self)
        customer.triggered.connect(lambda: self.open_customer.emit(row.customer_code))
        actions.append(customer)
        reverse = QAction(self.tr("Reverse invoice…"), self)
        reverse.setEnabled(row.status != "reversed")
        reverse.triggered.connect(lambda: self.reverse_requested.emit("invoice", row))
        actions.append(reverse)
        return actions
