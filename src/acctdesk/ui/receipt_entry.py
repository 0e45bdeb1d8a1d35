"""Entering a receipt (回款): customer, amount, date, method (acceptance bills need their maturity),
reference and memo, checked as you type; posted in the background, then optionally allocated."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QCheckBox,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acctdesk.model.money import parse_amount
from acctdesk.services import ledger
from acctdesk.services.lists import BILL_METHODS, RECEIPT_METHODS
from acctdesk.ui import labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.invoice_entry import PostingDialog, amount_problem
from acctdesk.ui.widgets.common import FieldMessage, combo, date_edit, mark_invalid, pydate
from acctdesk.ui.widgets.customer_field import CustomerField


class ReceiptDialog(PostingDialog):
    def __init__(self, ctx: AppContext, customer_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New receipt"))
        self.setMinimumWidth(520)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer = CustomerField(ctx)
        self.customer.setText(customer_code)
        self.customer_info = QLabel("")
        self.customer_info.setStyleSheet("color: #475467;")
        form.addRow(self.tr("Customer"), self._with_message("customer", self.customer, self.customer_info))
        amount_row = QHBoxLayout()
        amount_row.setContentsMargins(0, 0, 0, 0)
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.currency_label = QLabel(ctx.base_currency)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.currency_label)
        amount_widget = QWidget()
        amount_widget.setLayout(amount_row)
        form.addRow(self.tr("Amount"), self._with_message("amount", amount_widget))
        self.receipt_date = date_edit(ctx.as_of)
        form.addRow(self.tr("Receipt date"), self._with_message("date", self.receipt_date))
        self.method = combo([(labels.receipt_method(code), code) for code in RECEIPT_METHODS])
        form.addRow(self.tr("Method"), self.method)
        self.bill_maturity = date_edit(ctx.as_of)
        self.bill_maturity.setEnabled(False)
        form.addRow(self.tr("Bill matures on"), self._with_message("bill_maturity", self.bill_maturity))
        self.reference = QLineEdit()
        self.reference.setPlaceholderText(self.tr("Bank reference or bill number"))
        form.addRow(self.tr("Reference"), self.reference)
        self.payer = QLineEdit()
        self.payer.setPlaceholderText(self.tr("Who paid, if not the customer itself"))
        form.addRow(self.tr("Payer"), self.payer)
        self.memo = QLineEdit()
        form.addRow(self.tr("Memo"), self.memo)
        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("Leave empty for the next RC number"))
        form.addRow(self.tr("Receipt number"), self._with_message("number", self.number))
        layout.addLayout(form)
        self.allocate_after = QCheckBox(self.tr("Allocate to open invoices after posting"))
        self.allocate_after.setChecked(True)
        layout.addWidget(self.allocate_after)
        self.general = FieldMessage()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.post_button = QPushButton(self.tr("Post receipt"))
        self.post_button.setDefault(True)
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.post_button.clicked.connect(self.post)
        layout.addWidget(buttons)

        self.customer.customer_changed.connect(self._customer_changed)
        self.amount.textChanged.connect(lambda _t: self.validate())
        self.receipt_date.dateChanged.connect(lambda _d: self.validate())
        self.bill_maturity.dateChanged.connect(lambda _d: self.validate())
        self.method.currentIndexChanged.connect(self._method_changed)
        self.validate()

    def _with_message(self, key: str, field: QWidget, extra: QWidget | None = None) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        if extra is not None:
            column.addWidget(extra)
        message = FieldMessage()
        column.addWidget(message)
        self._messages[key] = message
        return box

    def _customer_changed(self, choice) -> None:
        self.customer_info.setText(f"{choice.name} · {choice.currency}" if choice else "")
        self.customer_info.setVisible(choice is not None)
        if choice:
            self.currency_label.setText(choice.currency)
        self.validate()

    def _method_changed(self) -> None:
        self.bill_maturity.setEnabled(self.method.currentData() in BILL_METHODS)
        self.validate()

    def currency(self) -> str:
        choice = self.customer.customer()
        return choice.currency if choice else self.ctx.base_currency

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.customer.text().strip():
            problems["customer"] = self.tr("Choose a customer")
        elif not self.customer.loaded:
            problems["customer"] = self.tr("Loading the customers…")
        elif self.customer.customer() is None:
            problems["customer"] = self.tr("Unknown customer: pick one from the list")
        amount = amount_problem(self.amount.text(), self.currency())
        if amount:
            problems["amount"] = amount
        if self.method.currentData() in BILL_METHODS and pydate(self.bill_maturity.date()) < pydate(
            self.receipt_date.date()
        ):
            problems["bill_maturity"] = self.tr("A bill cannot mature before it was received")
        return problems

    def validate(self) -> bool:
        problems = self.problems()
        for key, message in self._messages.items():
            message.show_message(problems.get(key, ""))
        mark_invalid(self.amount, "amount" in problems and bool(self.amount.text().strip()))
        self.general.show_message("")
        self.post_button.setEnabled(not problems)
        return not problems

    def post(self) -> bool:
        if not self.validate():
            return False
        method = self.method.currentData()
        values = dict(
            customer_code=self.customer.customer().code,
            amount=parse_amount(self.amount.text(), self.currency()),
            receipt_date=pydate(self.receipt_date.date()),
            number=self.number.text().strip() or None,
            method=method,
            bill_maturity=pydate(self.bill_maturity.date()) if method in BILL_METHODS else None,
            reference=self.reference.text().strip(),
            payer=self.payer.text().strip(),
            memo=self.memo.text().strip(),
        )
        self._submit(lambda uow: ledger.post_receipt(uow, **values))
        return True
