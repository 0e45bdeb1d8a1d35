"""Customers: the list with balance, overdue and credit use (searchable by code, name, alias or pinyin
initials; filtered by group, collector, currency and overdue), and a customer's page with its open items
and its document history."""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QCheckBox,
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services import lists
from acctdesk.services.customers import get_customer
from acctdesk.services.lists import CustomerRow, ListQuery, ListSource
from acctdesk.ui import formatting, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import (
    ATTENTION,
    DUE_SOON,
    OVERDUE,
    SETTLED,
    SEVERE,
    Column,
    PagedTableModel,
    RowStyle,
)
from acctdesk.ui.widgets.common import ListPage, PageHeader, SearchBox, combo, select_data

LEDGER_KINDS = {"invoices", "receipts", "allocations", "credit_notes", "write_offs", "customers"}
DUE_SOON_DAYS = 7
CUSTOMER_PAGE = 50  # rows read at a time in the customer list (a view shows about 30)


def credit_use_style(row: CustomerRow) -> RowStyle | None:
    if row.credit_use is None:
        return None
    if row.credit_use > 100:
        return SEVERE
    return DUE_SOON if row.credit_use >= Decimal(80) else None


def open_item_style(as_of_getter):
    def style(row) -> RowStyle | None:
        if row.status == "overdue":
            return SEVERE if row.days_overdue > 90 else OVERDUE
        if row.status in ("retention", "awaiting"):
            return ATTENTION
        if row.due_date is not None and (row.due_date - as_of_getter()).days <= DUE_SOON_DAYS:
            return DUE_SOON
        return None

    return style


def open_item_columns(*, with_customer: bool) -> list[Column]:
    """The open items' columns, on a customer's page and in the open-items list (with the customer)."""

    f = formatting.current
    customer = [
        Column(
            "customer",
            QCoreApplication.translate("OpenItems", "Customer"),
            lambda r: r.customer_code,
            sort_key="customer",
            width=80,
        ),
        Column(
            "customer_name",
            QCoreApplication.translate("OpenItems", "Customer name"),
            lambda r: r.customer_name,
            width=220,
        ),
    ]
    return [
        *(customer if with_customer else []),
        Column(
            "invoice",
            QCoreApplication.translate("OpenItems", "Invoice"),
            lambda r: r.invoice_number,
            sort_key="invoice",
            width=150,
        ),
        Column(
            "seq", QCoreApplication.translate("OpenItems", "Installment"), lambda r: r.seq, "int", width=70
        ),
        Column(
            "invoice_date",
            QCoreApplication.translate("OpenItems", "Invoice date"),
            lambda r: r.invoice_date,
            "date",
            sort_key="invoice_date",
        ),
        Column(
            "due_date",
            QCoreApplication.translate("OpenItems", "Due date"),
            lambda r: r,
            display=lambda r: (
                f().date(r.due_date)
                or QCoreApplication.translate("OpenItems", "on %1").replace(
                    "%1", labels.event_name(r.awaiting_event)
                )
            ),
            sort_key="due",
            width=110,
        ),
        Column(
            "days_overdue",
            QCoreApplication.translate("OpenItems", "Days overdue"),
            lambda r: r.days_overdue,
            "days",
            sort_key="days_overdue",
        ),
        Column(
            "amount",
            QCoreApplication.translate("OpenItems", "Amount"),
            lambda r: r.amount,
            "money",
            sort_key="amount",
        ),
        Column(
            "open",
            QCoreApplication.translate("OpenItems", "Open"),
            lambda r: r.open_amount,
            "money",
            sort_key="open",
        ),
        Column(
            "currency",
            QCoreApplication.translate("OpenItems", "Currency"),
            lambda r: r.open_amount.currency,
            width=64,
        ),
        Column(
            "status",
            QCoreApplication.translate("OpenItems", "Status"),
            lambda r: r.status,
            display=labels.open_item_status,
            width=90,
        ),
    ]


class CustomersView(QWidget):
    """The list and, in front of it when one is opened, a customer's page."""

    new_invoice = Signal(str)  # customer code
    new_receipt = Signal(str)
    credit = Signal(str)
    import_requested = Signal(str)  # what to import ("customers")

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.stack = QStackedWidget()
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        layout.addWidget(self.stack)

        list_widget = QWidget()
        list_layout = QVBoxLayout(list_widget)
        list_layout.setContentsMargins(0, 0, 0, 0)
        self.header = PageHeader(self.tr("Customers"))
        self.import_button = QPushButton(self.tr("Import…"))
        self.import_button.setToolTip(self.tr("Customers from an Excel or CSV sheet"))
        self.import_button.clicked.connect(lambda: self.import_requested.emit("customers"))
        self.header.add_button(self.import_button)
        list_layout.addWidget(self.header)
        # A page of customers sums all their installments: small pages keep the first rows quick.
        self.model = PagedTableModel(
            ctx, self._columns(), lists.CUSTOMERS, row_style=self._row_style, page_size=CUSTOMER_PAGE
        )
        self.page = ListPage(
            ctx,
            "customers",
            self.tr("Customers"),
            self.model,
            refresh_kinds=LEDGER_KINDS,
            count_text=lambda n: self.tr("%Ln customer(s)", "", n),
        )
        self.search = SearchBox(self.tr("Search code, name, alias or pinyin initials (e.g. hxkj)"))
        self.search.search.connect(lambda text: self._update(search=text))
        self.group_box = combo([(self.tr("All groups"), "")])
        self.collector_box = combo([(self.tr("All collectors"), "")])
        self.currency_box = combo([(self.tr("All currencies"), "")])
        self.overdue_only = QCheckBox(self.tr("Overdue only"))
        self.page.add_filter(self.search, 1)
        for widget in (self.group_box, self.collector_box, self.currency_box, self.overdue_only):
            self.page.add_filter(widget)
        self.group_box.currentIndexChanged.connect(
            lambda _i: self._update(group_code=self.group_box.currentData())
        )
        self.collector_box.currentIndexChanged.connect(
            lambda _i: self._update(collector=self.collector_box.currentData())
        )
        self.currency_box.currentIndexChanged.connect(
            lambda _i: self._update(currency=self.currency_box.currentData())
        )
        self.overdue_only.toggled.connect(lambda on: self._update(overdue_only=on))
        self.page.table.row_activated.connect(lambda row: self.open_customer(row.code))
        list_layout.addWidget(self.page, 1)
        self.stack.addWidget(list_widget)

        self.detail = CustomerPage(ctx)
        self.detail.back.connect(lambda: self.stack.setCurrentIndex(0))
        self.detail.new_invoice.connect(self.new_invoice.emit)
        self.detail.new_receipt.connect(self.new_receipt.emit)
        self.detail.credit.connect(self.credit.emit)
        self.stack.addWidget(self.detail)
        self._choices_loaded = False

    def _columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Code"), lambda r: r.code, sort_key="code", width=80),
            Column("name", self.tr("Name"), lambda r: r.name, sort_key="name", width=240),
            Column("group", self.tr("Group"), lambda r: r.group_name, sort_key="group", width=110),
            Column("collector", self.tr("Collector"), lambda r: r.collector, sort_key="collector", width=80),
            Column(
                "salesperson",
                self.tr("Salesperson"),
                lambda r: r.salesperson,
                sort_key="salesperson",
                hidden=True,
            ),
            Column("currency", self.tr("Currency"), lambda r: r.currency, width=64),
            Column("balance", self.tr("Balance"), lambda r: r.balance, "money", sort_key="balance"),
            Column(
                "overdue",
                self.tr("Overdue"),
                lambda r: r.overdue,
                "money",
                sort_key="overdue",
                style=lambda r: OVERDUE if r.overdue.amount > 0 else None,
            ),
            Column(
                "days_overdue",
                self.tr("Days overdue"),
                lambda r: r.days_overdue,
                "days",
                sort_key="days_overdue",
                tooltip=self.tr("Days since the oldest overdue item fell due"),
            ),
            Column(
                "credit_limit",
                self.tr("Credit limit"),
                lambda r: r.credit_limit,
                "money",
                sort_key="credit_limit",
            ),
            Column(
                "credit_use",
                self.tr("Credit use"),
                lambda r: r.credit_use,
                "percent",
                sort_key="credit_use",
                style=credit_use_style,
                tooltip=self.tr("Balance as a share of the credit limit"),
            ),
            Column("term", self.tr("Payment term"), lambda r: r.default_term, hidden=True),
            Column(
                "status",
                self.tr("Status"),
                lambda r: r.status,
                sort_key="status",
                display=lambda code: labels.customer_status(code),
                width=70,
            ),
        ]

    def _row_style(self, row: CustomerRow) -> RowStyle | None:
        if row.status == "inactive":
            return SETTLED
        return None

    def _update(self, **changes) -> None:
        self.model.set_query(self.model.query.with_(**changes))

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._choices_loaded:
            self._choices_loaded = True
            self.ctx.query(lists.filter_choices, success=self._fill_choices)

    def _fill_choices(self, choices: lists.FilterChoices) -> None:
        for box, items in (
            (self.group_box, [(f"{code} {name}", code) for code, name in choices.groups]),
            (self.collector_box, [(name, name) for name in choices.collectors]),
            (self.currency_box, [(code, code) for code in choices.currencies]),
        ):
            current = box.currentData()
            box.blockSignals(True)
            while box.count() > 1:
                box.removeItem(1)
            for text, data in items:
                box.addItem(text, data)
            select_data(box, current)
            box.blockSignals(False)

    def show_list(self, query: ListQuery | None = None) -> None:
        """Open the list, optionally with a query (a dashboard tile's click-through)."""
        self.stack.setCurrentIndex(0)
        if query is not None:
            self.search.blockSignals(True)
            self.search.setText(query.search)
            self.search.blockSignals(False)
            for box, value in (
                (self.group_box, query.group_code),
                (self.collector_box, query.collector),
                (self.currency_box, query.currency),
            ):
                box.blockSignals(True)
                if box.findData(value) < 0 and value:
                    box.addItem(value, value)
                select_data(box, value)
                box.blockSignals(False)
            self.overdue_only.blockSignals(True)
            self.overdue_only.setChecked(query.overdue_only)
            self.overdue_only.blockSignals(False)
            self.page.table.show_sort(query.sort, query.descending)
            self.page.set_query(query)

    def open_customer(self, code: str) -> None:
        self.detail.load(code)
        self.stack.setCurrentIndex(1)


class CustomerPage(QWidget):
    """One customer: header facts, open items (coloured by status) and the document history."""

    back = Signal()
    new_invoice = Signal(str)
    new_receipt = Signal(str)
    credit = Signal(str)  # customer code: its exposure, rating and alerts
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.code = ""
        self.customer_id: int | None = None
        self.row: CustomerRow | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.header = PageHeader("")
        back = QPushButton(self.tr("← All customers"))
        back.clicked.connect(self.back.emit)
        invoice = QPushButton(self.tr("New invoice…"))
        invoice.clicked.connect(lambda: self.new_invoice.emit(self.code))
        receipt = QPushButton(self.tr("New receipt…"))
        receipt.clicked.connect(lambda: self.new_receipt.emit(self.code))
        credit = QPushButton(self.tr("Credit…"))
        credit.clicked.connect(lambda: self.credit.emit(self.code))
        for button in (back, credit, invoice, receipt):
            self.header.add_button(button)
        layout.addWidget(self.header)

        facts = QFrame()
        facts.setObjectName("facts")
        facts.setStyleSheet("#facts { background: white; border: 1px solid #d0d5dd; border-radius: 8px; }")
        self.facts = QGridLayout(facts)
        self.facts.setContentsMargins(16, 10, 16, 10)
        self.facts.setHorizontalSpacing(28)
        self.fact_labels: dict[str, QLabel] = {}
        captions = [
            ("balance", self.tr("Balance")),
            ("overdue", self.tr("Overdue")),
            ("credit_limit", self.tr("Credit limit")),
            ("credit_use", self.tr("Credit use")),
            ("group", self.tr("Group")),
            ("term", self.tr("Payment term")),
            ("collector", self.tr("Collector")),
            ("salesperson", self.tr("Salesperson")),
            ("tax_id", self.tr("Tax ID")),
            ("status", self.tr("Status")),
        ]
        for i, (key, caption) in enumerate(captions):
            row, column = divmod(i, 5)
            caption_label = QLabel(caption)
            caption_label.setStyleSheet("color: #667085; border: none;")
            value = QLabel("—")
            value.setStyleSheet("border: none;")
            if key in ("balance", "overdue"):
                font = QFont(value.font())
                font.setPointSizeF(font.pointSizeF() * 1.25)
                font.setBold(True)
                value.setFont(font)
            self.facts.addWidget(caption_label, row * 2, column)
            self.facts.addWidget(value, row * 2 + 1, column)
            self.fact_labels[key] = value
        layout.addWidget(facts)

        self.tabs = QTabWidget()
        self.items_model = PagedTableModel(
            ctx,
            open_item_columns(with_customer=False),
            ListSource(self._fetch_items, self._count_items, self._item_ids, lists.open_item_rows),
            row_style=open_item_style(lambda: self.ctx.as_of),
        )
        self.items = ListPage(
            ctx,
            "customer.open_items",
            self.tr("Open items"),
            self.items_model,
            refresh_kinds=LEDGER_KINDS,
            count_text=lambda n: self.tr("%Ln open item(s)", "", n),
        )
        self.history_model = PagedTableModel(
            ctx,
            self._history_columns(),
            ListSource(self._fetch_history, self._count_history, self._history_ids, self._history_rows),
            row_style=self._history_style,
        )
        self.history = ListPage(
            ctx,
            "customer.history",
            self.tr("History"),
            self.history_model,
            refresh_kinds=LEDGER_KINDS,
            count_text=lambda n: self.tr("%Ln document(s)", "", n),
        )
        self.tabs.addTab(self.items, self.tr("Open items"))
        self.tabs.addTab(self.history, self.tr("Document history"))
        layout.addWidget(self.tabs, 1)
        ctx.ops.operation_did_execute.connect(self._changed)
        ctx.as_of_changed.connect(
            lambda _day: self.load(self.code) if self.code and self.isVisible() else None
        )

    # -- queries bound to this customer --------------------------------------------------------

    def _fetch_items(self, session, as_of, query, limit, offset):
        return lists.open_item_page(
            session, as_of, query.with_(customer_code=self.code), limit=limit, offset=offset
        )

    def _count_items(self, session, as_of, query):
        return lists.open_item_count(session, as_of, query.with_(customer_code=self.code))

    def _item_ids(self, session, as_of, query):
        return lists.open_item_ids(session, as_of, query.with_(customer_code=self.code))

    def _fetch_history(self, session, as_of, _query, limit, offset):
        if self.customer_id is None:
            return []
        return lists.history_page(session, as_of, self.customer_id, limit=limit, offset=offset)

    def _count_history(self, session, as_of, _query):
        return lists.history_count(session, as_of, self.customer_id) if self.customer_id is not None else 0

    def _history_ids(self, session, as_of, _query):
        return lists.history_ids(session, as_of, self.customer_id) if self.customer_id is not None else []

    def _history_rows(self, session, as_of, ids):
        return (
            lists.history_rows(session, as_of, self.customer_id, ids) if self.customer_id is not None else []
        )

    def _history_columns(self) -> list[Column]:
        return [
            Column("date", self.tr("Date"), lambda r: r.entry_date, "date"),
            Column(
                "kind",
                self.tr("Document"),
                lambda r: r.kind,
                display=lambda k: labels.document_kind(k),
                width=90,
            ),
            Column("number", self.tr("Number"), lambda r: r.number, width=150),
            Column(
                "reversal",
                self.tr("Reversal"),
                lambda r: r.is_reversal,
                "bool",
                width=60,
                tooltip=self.tr("A reversal entry (冲销) taking back an earlier document"),
            ),
            Column("debit", self.tr("Charged"), lambda r: r.amount if r.amount.amount > 0 else None, "money"),
            Column(
                "credit",
                self.tr("Paid or credited"),
                lambda r: -r.amount if r.amount.amount < 0 else None,
                "money",
            ),
            Column("balance", self.tr("Balance"), lambda r: r.balance, "money"),
            Column("currency", self.tr("Currency"), lambda r: r.amount.currency, width=64),
            Column("description", self.tr("Description"), lambda r: r.description, width=220),
        ]

    @staticmethod
    def _history_style(row) -> RowStyle | None:
        return SETTLED if row.is_reversal else None

    # -- loading -------------------------------------------------------------------------------

    def _changed(self, changes, _initiator) -> None:
        if self.customer_id is not None and self.customer_id in changes.customer_ids and self.isVisible():
            self.load(self.code)

    def load(self, code: str) -> None:
        self.code = code
        as_of = self.ctx.as_of

        def read(session):
            return lists.customer_row(session, as_of, code), get_customer(session, code)

        self.ctx.query(read, success=self._show, parent=self)

    def _show(self, result) -> None:
        row, info = result
        f = formatting.current()
        self.row = row
        self.customer_id = info.id
        self.header.title.setText(f"{info.name}")
        aliases = " · ".join(info.aliases)
        subtitle = f"{info.code} · {info.currency}" + (f" · {aliases}" if aliases else "")
        self.header.set_subtitle(subtitle)
        values = {
            "balance": f.money(row.balance, symbol=True) if row else "—",
            "overdue": f.money(row.overdue, symbol=True) if row else "—",
            "credit_limit": f.money(row.credit_limit, symbol=True) if row and row.credit_limit else "—",
            "credit_use": f.percent(row.credit_use) if row else "—",
            "group": row.group_name if row and row.group_name else "—",
            "term": info.default_term or "—",
            "collector": info.collector or "—",
            "salesperson": info.salesperson or "—",
            "tax_id": info.tax_id or "—",
            "status": labels.customer_status(info.status),
        }
        for key, text in values.items():
            self.fact_labels[key].setText(text)
        overdue = row is not None and row.overdue.amount > 0
        self.fact_labels["overdue"].setStyleSheet(
            "border: none; color: #b42318;" if overdue else "border: none;"
        )
        over_limit = row is not None and row.credit_use is not None and row.credit_use > 100
        self.fact_labels["credit_use"].setStyleSheet(
            "border: none; color: #b42318;" if over_limit else "border: none;"
        )
        self.items.refresh()
        self.history.refresh()
        self.loaded.emit()
