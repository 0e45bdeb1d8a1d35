"""Receipts (回款): the paged list with what is applied and unapplied as of the as-of date, search and
filters, entry, allocation, reversal and Excel export."""

from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QPushButton, QVBoxLayout, QWidget

from acctdesk.services import lists
from acctdesk.services.lists import ListQuery, ReceiptRow
from acctdesk.ui import labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import ATTENTION, FUTURE, REVERSED, SETTLED, Column, PagedTableModel, RowStyle
from acctdesk.ui.widgets.common import ListFilters, ListPage, PageHeader

RECEIPT_KINDS = {"receipts", "allocations"}


def receipt_style(row: ReceiptRow) -> RowStyle | None:
    return {
        "unapplied": ATTENTION,
        "partly_applied": ATTENTION,
        "applied": SETTLED,
        "reversed": REVERSED,
        "future": FUTURE,
    }.get(row.status)


class ReceiptsView(QWidget):
    new_receipt = Signal(str)
    allocate_requested = Signal(str)  # receipt number
    reverse_requested = Signal(str, object)
    open_customer = Signal(str)

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        header = PageHeader(self.tr("Receipts"))
        self.allocate_button = QPushButton(self.tr("Allocate…"))
        self.allocate_button.clicked.connect(self._allocate_selected)
        self.reverse_button = QPushButton(self.tr("Reverse…"))
        self.reverse_button.clicked.connect(self._reverse_selected)
        new_button = QPushButton(self.tr("New receipt…"))
        new_button.clicked.connect(lambda: self.new_receipt.emit(""))
        for button in (self.allocate_button, self.reverse_button, new_button):
            header.add_button(button)
        layout.addWidget(header)
        self.model = PagedTableModel(ctx, self._columns(), lists.RECEIPTS, row_style=receipt_style)
        self.page = ListPage(
            ctx,
            "receipts",
            self.tr("Receipts"),
            self.model,
            refresh_kinds=RECEIPT_KINDS,
            count_text=lambda n: self.tr("%Ln receipt(s)", "", n),
        )
        self.filters = ListFilters(
            self.page,
            self.tr("Search number, customer, reference, payer or memo"),
            [(self.tr("All statuses"), "")]
            + [(labels.receipt_status(code), code) for code in ("not_applied", *lists.RECEIPT_STATUSES)],
        )
        self.search, self.status_box = self.filters.search, self.filters.status_box
        self.dates, self.currency_box = self.filters.dates, self.filters.currency_box
        self.page.table.row_actions = self._row_actions
        self.page.table.row_activated.connect(self._activated)
        self.page.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.model.modelReset.connect(self._selection_changed)
        layout.addWidget(self.page, 1)
        self._choices_loaded = False
        self._selection_changed()

    def _columns(self) -> list[Column]:
        return [
            Column("number", self.tr("Number"), lambda r: r.number, sort_key="number", width=96),
            Column(
                "receipt_date", self.tr("Date"), lambda r: r.receipt_date, "date", sort_key="receipt_date"
            ),
            Column("customer", self.tr("Customer"), lambda r: r.customer_code, sort_key="customer", width=80),
            Column("customer_name", self.tr("Customer name"), lambda r: r.customer_name, width=190),
            Column(
                "method",
                self.tr("Method"),
                lambda r: r.method,
                sort_key="method",
                display=lambda c: labels.receipt_method(c),
                width=96,
            ),
            Column("reference", self.tr("Reference"), lambda r: r.reference, width=112),
            Column("payer", self.tr("Payer"), lambda r: r.payer, hidden=True),
            Column("amount", self.tr("Amount"), lambda r: r.amount, "money", sort_key="amount"),
            Column("applied", self.tr("Applied"), lambda r: r.applied, "money", sort_key="applied"),
            Column("unapplied", self.tr("Unapplied"), lambda r: r.unapplied, "money", sort_key="unapplied"),
            Column("currency", self.tr("Currency"), lambda r: r.amount.currency, width=64),
            Column(
                "status",
                self.tr("Status"),
                lambda r: r.status,
                sort_key="status",
                display=lambda c: labels.receipt_status(c),
                width=84,
            ),
            Column("memo", self.tr("Memo"), lambda r: r.memo, width=90),
            Column("reversal_reason", self.tr("Reversal reason"), lambda r: r.reversal_reason, hidden=True),
        ]

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._choices_loaded:
            self._choices_loaded = True
            self.ctx.query(lists.filter_choices, success=self._fill_choices)

    def _fill_choices(self, choices: lists.FilterChoices) -> None:
        self.filters.fill_currencies(choices.currencies)

    def show_receipts(self, query: ListQuery) -> None:
        self.filters.show(query)

    # -- actions -------------------------------------------------------------------------------

    @staticmethod
    def _can_allocate(row: ReceiptRow | None) -> bool:
        return row is not None and row.status in ("unapplied", "partly_applied")

    def _selection_changed(self) -> None:
        row = self.page.table.current_row()
        self.allocate_button.setEnabled(self._can_allocate(row))
        self.reverse_button.setEnabled(row is not None and row.status != "reversed")

    def _activated(self, row: ReceiptRow) -> None:
        if self._can_allocate(row):
            self.allocate_requested.emit(row.number)
        else:
            self.open_customer.emit(row.customer_code)

    def _allocate_selected(self) -> None:
        row = self.page.table.current_row()
        if self._can_allocate(row):
            self.allocate_requested.emit(row.number)

    def _reverse_selected(self) -> None:
        row = self.page.table.current_row()
        if row is not None and row.status != "reversed":
            self.reverse_requested.emit("receipt", row)

    def _row_actions(self, row: ReceiptRow) -> list[QAction]:
        allocate = QAction(self.tr("Allocate…"), self)
        allocate.setEnabled(self._can_allocate(row))
        allocate.triggered.connect(lambda: self.allocate_requested.emit(row.number))
        customer = QAction(self.tr("Open customer %1").replace("%1", row.customer_code), self)
        customer.triggered.connect(lambda: self.open_customer.emit(row.customer_code))
        reverse = QAction(self.tr("Reverse receipt…"), self)
        reverse.setEnabled(row.status != "reversed")
        reverse.triggered.connect(lambda: self.reverse_requested.emit("receipt", row))
        return [allocate, customer, reverse]
