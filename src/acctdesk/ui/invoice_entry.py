"""Entering an invoice: checked as you type (customer, number, dates, amount, payment term), with the
installments the term makes previewed live from `terms.schedule`. Posting runs in the background; a
refusal from the ledger is shown next to the field it concerns and nothing is posted."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from typing import ClassVar

from PySide6.QtCore import QCoreApplication, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acctdesk.model.money import Money, MoneyError, minor_digits, parse_amount
from acctdesk.services import ledger, terms
from acctdesk.services.errors import DomainError
from acctdesk.services.lists import filter_choices
from acctdesk.ui import formatting, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import ATTENTION, Column, StaticTableModel
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import FieldMessage, date_edit, mark_invalid, pydate, qdate
from acctdesk.ui.widgets.customer_field import CustomerField
from acctdesk.ui.widgets.table import DataTable


def amount_problem(text: str, currency: str) -> str:
    """Why a typed amount is not money, in the interface language; empty when it is fine."""
    if not text.strip():
        return QCoreApplication.translate("AmountCheck", "Enter the amount")
    try:
        value = parse_amount(text, currency)
    except MoneyError as error:
        if "decimals" in str(error):
            return (
                QCoreApplication.translate("AmountCheck", "At most %1 decimals for %2")
                .replace("%1", str(minor_digits(currency)))
                .replace("%2", currency)
            )
        return QCoreApplication.translate("AmountCheck", "Not an amount: use digits, e.g. 12,345.67")
    if value <= 0:
        return QCoreApplication.translate("AmountCheck", "The amount must be more than zero")
    return ""


class PostingDialog(QDialog):
    """An entry dialog that posts in the background: its post button is off while the ledger works,
    and a refusal is shown next to the field it concerns (nothing was posted). Subclasses set
    `post_button`, `general` and `_messages` (field name → FieldMessage)."""

    posted = Signal(object)  # the ledger's result
    FIELD_ALIASES: ClassVar[dict[str, str]] = {}  # the ledger's field name → the dialog's

    post_button: QPushButton
    general: FieldMessage

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._messages: dict[str, FieldMessage] = {}
        self.result_value = None

    def _submit(self, work) -> None:
        self.post_button.setEnabled(False)
        self.ctx.change(work, success=self._posted, failure=self._refused, parent=self, initiator=self)

    def _posted(self, result) -> None:
        self.result_value = result
        self.posted.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.post_button.setEnabled(True)
        field = getattr(error, "field", None)
        key = self.FIELD_ALIASES.get(field, field)
        message = self._messages.get(key) if key else None
        (message or self.general).show_message(error_message(error))


class InvoiceDialog(PostingDialog):
    FIELD_ALIASES: ClassVar[dict[str, str]] = {
        "payment_term": "term",
        "contract": "general",
        "currency": "customer",
    }

    def __init__(self, ctx: AppContext, customer_code: str = "", parent: QWidget | None = None) -> None:
        super().__init__(ctx, parent)
        self.setWindowTitle(self.tr("New invoice"))
        self.setMinimumWidth(620)
        self.calendar = terms.calendar_by_name(ctx.info.business_calendar if ctx.info else "none")
        self._term_edited = False

        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.customer = CustomerField(ctx)
        self.customer.setText(customer_code)
        self.customer_info = QLabel("")
        self.customer_info.setStyleSheet("color: #475467;")
        form.addRow(self.tr("Customer"), self._with_message("customer", self.customer, self.customer_info))

        self.number = QLineEdit()
        self.number.setPlaceholderText(self.tr("The invoice (fapiao) number"))
        form.addRow(self.tr("Invoice number"), self._with_message("number", self.number))

        self.invoice_date = date_edit(ctx.as_of)
        form.addRow(self.tr("Invoice date"), self._with_message("invoice_date", self.invoice_date))

        amount_row = QHBoxLayout()
        self.amount = QLineEdit()
        self.amount.setPlaceholderText("0.00")
        self.currency_label = QLabel(ctx.base_currency)
        amount_row.addWidget(self.amount, 1)
        amount_row.addWidget(self.currency_label)
        amount_widget = QWidget()
        amount_widget.setLayout(amount_row)
        amount_row.setContentsMargins(0, 0, 0, 0)
        form.addRow(self.tr("Amount"), self._with_message("amount", amount_widget))

        self.term = QComboBox()
        self.term.setEditable(True)
        self.term.lineEdit().setPlaceholderText(self.tr("e.g. EOM+30, 月结30天, 30% SIGN; BAL ACCEPT+30"))
        self.term.setToolTip(self.tr("A payment term's name or its shorthand (see docs/terms.md)"))
        form.addRow(self.tr("Payment term"), self._with_message("term", self.term))

        due_row = QHBoxLayout()
        due_row.setContentsMargins(0, 0, 0, 0)
        self.fixed_due = QCheckBox(self.tr("Fixed due date instead of the term"))
        self.due_date = date_edit(ctx.as_of)
        self.due_date.setEnabled(False)
        due_row.addWidget(self.fixed_due)
        due_row.addWidget(self.due_date)
        due_row.addStretch(1)
        due_widget = QWidget()
        due_widget.setLayout(due_row)
        form.addRow("", self._with_message("due_date", due_widget))

        self.description = QLineEdit()
        self.description.setPlaceholderText(self.tr("Optional: contract, order or goods"))
        form.addRow(self.tr("Description"), self.description)
        layout.addLayout(form)

        layout.addWidget(QLabel(self.tr("Installments this term makes")))
        self.schedule_model = StaticTableModel(
            self._schedule_columns(), row_style=lambda row: ATTENTION if row.due_date is None else None
        )
        self.schedule_table = DataTable("invoice_dialog.schedule", exportable=False)
        self.schedule_table.setModel(self.schedule_model)
        self.schedule_table.empty_text = self.tr("Enter a payment term to see its installments")
        self.schedule_table.setMinimumHeight(150)
        layout.addWidget(self.schedule_table, 1)

        self.general = FieldMessage()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.post_button = QPushButton(self.tr("Post invoice"))
        self.post_button.setDefault(True)
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.post_button.clicked.connect(self.post)
        layout.addWidget(buttons)

        self.customer.customer_changed.connect(self._customer_changed)
        for signal in (self.number.textChanged, self.amount.textChanged, self.description.textChanged):
            signal.connect(lambda _text: self.validate())
        self.invoice_date.dateChanged.connect(lambda _d: self.validate())
        self.due_date.dateChanged.connect(lambda _d: self.validate())
        self.fixed_due.toggled.connect(self._fixed_due_toggled)
        self.term.editTextChanged.connect(self._term_text_changed)
        ctx.query(filter_choices, success=self._fill_terms)
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

    def _schedule_columns(self) -> list[Column]:
        return [
            Column("seq", self.tr("No."), lambda r: r.seq, "int", width=44),
            Column("line", self.tr("Term line"), lambda r: terms.format_line(r.line), width=170),
            Column(
                "due",
                self.tr("Due date"),
                lambda r: r,
                display=lambda r: (
                    formatting.current().date(r.due_date)
                    or self.tr("on %1").replace("%1", labels.event_name(r.awaiting_event))
                ),
                width=110,
            ),
            Column(
                "amount", self.tr("Amount"), lambda r: Money(r.amount, self.currency()), "money", width=110
            ),
            Column("retention", self.tr("Retention"), lambda r: r.retention, "bool", width=70),
            Column("discount", self.tr("Discount until"), lambda r: r.discount_until, "date", width=100),
        ]

    def _fill_terms(self, choices) -> None:
        text = self.term.currentText()
        self.term.blockSignals(True)
        self.term.clear()
        for name, shorthand in choices.terms:
            self.term.addItem(f"{name}  ({shorthand})", shorthand)
        self.term.setEditText(text)
        self.term.blockSignals(False)
        self.validate()

    # -- reacting to input -------------------------------------------------------------------------

    def _customer_changed(self, choice) -> None:
        self.customer_info.setVisible(choice is not None)
        if choice is not None:
            self.customer_info.setText(f"{choice.name} · {choice.currency}")
            self.currency_label.setText(choice.currency)
            if not self._term_edited and choice.default_term:
                self.term.blockSignals(True)
                self.term.setEditText(choice.default_term)
                self.term.blockSignals(False)
        else:
            self.customer_info.setText("")
        self.validate()

    def _term_text_changed(self, _text: str) -> None:
        self._term_edited = True
        self.validate()

    def _fixed_due_toggled(self, on: bool) -> None:
        self.due_date.setEnabled(on)
        self.term.setEnabled(not on)
        self.validate()

    def currency(self) -> str:
        choice = self.customer.customer()
        return choice.currency if choice else self.ctx.base_currency

    def term_text(self) -> str:
        text = self.term.currentText().strip()
        index = self.term.findText(text)
        if index >= 0 and self.term.itemData(index):
            return self.term.itemData(index)
        return text

    def problems(self) -> dict[str, str]:
        """Every field's problem, in the interface language; an empty dict when the invoice can be posted."""
        problems: dict[str, str] = {}
        if not self.customer.text().strip():
            problems["customer"] = self.tr("Choose a customer")
        elif self.customer.loaded and self.customer.customer() is None:
            problems["customer"] = self.tr("Unknown customer: pick one from the list")
        elif not self.customer.loaded:
            problems["customer"] = self.tr("Loading the customers…")
        if not self.number.text().strip():
            problems["number"] = self.tr("Enter the invoice number")
        amount_text = amount_problem(self.amount.text(), self.currency())
        if amount_text:
            problems["amount"] = amount_text
        invoice_date = pydate(self.invoice_date.date())
        if self.fixed_due.isChecked():
            if pydate(self.due_date.date()) < invoice_date:
                problems["due_date"] = self.tr("The due date is before the invoice date")
        elif not self.term_text():
            problems["term"] = self.tr("Enter a payment term or a fixed due date")
        else:
            try:
                terms.parse_term(self.term_text())
            except DomainError as error:
                problems["term"] = self.tr("Payment term not understood: %1").replace("%1", error.message)
        return problems

    def validate(self) -> bool:
        problems = self.problems()
        for key, message in self._messages.items():
            text = problems.get(key, "")
            message.show_message(text)
        mark_invalid(self.amount, "amount" in problems and bool(self.amount.text().strip()))
        mark_invalid(
            self.customer,
            "customer" in problems and bool(self.customer.text().strip()) and self.customer.loaded,
        )
        self.general.show_message("")
        self.post_button.setEnabled(not problems)
        self._update_schedule(problems)
        return not problems

    def _payment_term(self):
        if self.fixed_due.isChecked():
            days = (pydate(self.due_date.date()) - pydate(self.invoice_date.date())).days
            return terms.net_days(days) if days >= 0 else None
        try:
            return terms.parse_term(self.term_text())
        except DomainError:
            return None

    def _update_schedule(self, problems: dict[str, str]) -> None:
        term = self._payment_term()
        if term is None:
            self.schedule_model.set_rows([])
            return
        currency = self.currency()
        amount = Decimal(0) if "amount" in problems else parse_amount(self.amount.text(), currency)
        try:
            rows = terms.schedule(
                term,
                invoice_date=pydate(self.invoice_date.date()),
                amount=amount,
                currency=currency,
                calendar=self.calendar,
            )
        except DomainError as error:
            self._messages["amount" if error.field == "amount" else "term"].show_message(error.message)
            self.post_button.setEnabled(False)
            rows = []
        self.schedule_model.set_rows(rows)

    # -- posting -------------------------------------------------------------------------------

    def post(self) -> bool:
        """Post in the background if every field is fine; False (and the messages shown) otherwise."""
        if not self.validate():
            return False
        fixed = self.fixed_due.isChecked()
        values = dict(
            customer_code=self.customer.customer().code,
            number=self.number.text().strip(),
            invoice_date=pydate(self.invoice_date.date()),
            amount=parse_amount(self.amount.text(), self.currency()),
            due_date=pydate(self.due_date.date()) if fixed else None,
            term=None if fixed else self.term_text(),
            description=self.description.text().strip(),
        )
        self._submit(lambda uow: ledger.post_invoice(uow, **values))
        return True

    def set_values(
        self,
        *,
        customer: str = "",
        number: str = "",
        amount: str = "",
        invoice_date: date | None = None,
        term: str | None = None,
        due_date: date | None = None,
    ) -> None:
        """Fill the form (tests and the screenshots script type the same way a person would)."""
        self.customer.setText(customer)
        self.number.setText(number)
        if invoice_date:
            self.invoice_date.setDate(qdate(invoice_date))
        self.amount.setText(amount)
        if term is not None:
            self.term.setEditText(term)
        if due_date is not None:
            self.fixed_due.setChecked(True)
            self.due_date.setDate(qdate(due_date))
        self.validate()
