"""Beside the bank lines: the chosen line of money in and the open items it may pay.

The proposal's customer and amounts come filled in, with its score and reasons. Accept posts the
line as that customer's receipt applied as shown; change the customer or the amounts first to
split the payment over other items (what is not applied stays on the receipt as unapplied cash);
Reject clears the proposal to choose by hand. Reads and the change run on the worker thread.
"""

from __future__ import annotations

from decimal import Decimal

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acctdesk.model.money import Money
from acctdesk.services import balances
from acctdesk.services.customers import customer_by_code
from acctdesk.services.matching import Proposal, confirm_match
from acctdesk.ui import formatting
from acctdesk.ui.allocation import AllocationModel, AllocationRow, allocation_table
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import ERROR_COLOUR, FieldMessage
from acctdesk.ui.widgets.customer_field import CustomerField


def oldest_first(rows: list[AllocationRow], amount: Decimal) -> dict[int, Decimal]:
    """The amount applied to the rows in their order (oldest due first) until it is used up."""
    left, amounts = amount, {}
    for row in rows:
        if left <= 0:
            break
        take = min(left, row.open_amount.amount)
        if take > 0:
            amounts[row.installment_id] = take
            left -= take
    return amounts


class MatchPanel(QWidget):
    """One unmatched line of money in, its proposal, and the customer's open items to apply it to."""

    confirmed = Signal(object)  # matching.MatchResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.line = None  # bank_import.BankLineInfo
        self.proposal: Proposal | None = None
        self._loaded_code: str | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 0, 0, 0)
        self.title = QLabel(self.tr("Choose a line of money in to match it."))
        self.title.setWordWrap(True)
        self.title.setStyleSheet("font-weight: bold;")
        layout.addWidget(self.title)
        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setStyleSheet("color: #475467;")
        layout.addWidget(self.reasons)
        row = QHBoxLayout()
        row.addWidget(QLabel(self.tr("Customer")))
        self.customer = CustomerField(ctx)
        self.customer.customer_changed.connect(lambda _choice: self._customer_changed())
        row.addWidget(self.customer, 1)
        layout.addLayout(row)
        self.model = AllocationModel(self)
        self.table = allocation_table(self.model)
        for column in (2, 4):  # the invoice date and days overdue: the due date says enough here
            self.table.setColumnHidden(column, True)
        layout.addWidget(self.table, 1)
        self.totals = QLabel()
        layout.addWidget(self.totals)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.oldest_button = QPushButton(self.tr("Oldest first"))
        self.oldest_button.setToolTip(self.tr("Apply the line to the oldest due items first"))
        self.clear_button = QPushButton(self.tr("Clear"))
        self.reject_button = QPushButton(self.tr("Reject proposal"))
        self.reject_button.setToolTip(self.tr("Forget the proposed customer and amounts and choose by hand"))
        self.accept_button = QPushButton(self.tr("Accept"))
        self.accept_button.setToolTip(
            self.tr("Post the line as the customer's receipt, applied as shown; the rest stays unapplied")
        )
        self.accept_button.setDefault(True)
        for button in (self.oldest_button, self.clear_button, self.reject_button):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.accept_button)
        layout.addLayout(buttons)
        self.oldest_button.clicked.connect(self.apply_oldest_first)
        self.clear_button.clicked.connect(lambda: self.model.set_amounts({}))
        self.reject_button.clicked.connect(self.reject_proposal)
        self.accept_button.clicked.connect(lambda: self.accept())
        self.model.changed.connect(self.update_totals)
        self.show_line(None)

    # -- showing a line ------------------------------------------------------------------------

    def show_line(self, line, proposal: Proposal | None = None) -> None:
        """Show an unmatched line of money in (None, or anything else: nothing to match)."""
        usable = line is not None and line.status == "unmatched" and line.amount.amount > 0
        self.line = line if usable else None
        self.proposal = proposal if usable else None
        self._loaded_code = None
        self.model.set_rows([])
        self.message.show_message("")
        for widget in (self.customer, self.table, self.oldest_button, self.clear_button, self.accept_button):
            widget.setEnabled(usable)
        self.reject_button.setEnabled(usable and proposal is not None)
        if not usable:
            self.title.setText(self.tr("Choose a line of money in to match it."))
            self.reasons.setText("")
            self.customer.blockSignals(True)
            self.customer.clear()
            self.customer.blockSignals(False)
            self.totals.setText("")
            return
        f = formatting.current()
        self.title.setText(
            self.tr("%1 from %2: %3")
            .replace("%1", f.date(line.booking_date))
            .replace("%2", line.counterparty_name or self.tr("(no payer)"))
            .replace("%3", f.money(line.amount, symbol=True))
            + (f" — {line.memo}" if line.memo else "")
        )
        if proposal is not None:  # its reasons are listed under the lines
            self.reasons.setText(
                self.tr("Proposed: %1 %2, score %3")
                .replace("%1", proposal.customer_code)
                .replace("%2", proposal.customer_name)
                .replace("%3", str(proposal.score))
            )
        else:
            self.reasons.setText(self.tr("No proposal: choose the customer who paid."))
        self.customer.blockSignals(True)
        self.customer.setText(proposal.customer_code if proposal else "")
        self.customer.blockSignals(False)
        self._customer_changed()

    def _customer_changed(self) -> None:
        if self.line is None:
            return
        choice = self.customer.customer()
        code = choice.code if choice else self.customer.text().strip()
        if not code or code == self._loaded_code:
            if not code:
                self._loaded_code = None
                self.model.set_rows([])
            return
        self._loaded_code = code
        line = self.line
        self.ctx.query(
            lambda session: self._open_items(session, code, line),
            success=lambda rows, c=code: self._items_loaded(c, rows),
            failure=lambda error: self._failed(error),
            parent=self,
        )

    @staticmethod
    def _open_items(session, code: str, line) -> list[AllocationRow]:
        customer = customer_by_code(session, code)
        items = balances.open_items(session, line.booking_date, customer.id)
        return [
            AllocationRow(
                item.installment_id,
                item.invoice_number,
                item.seq,
                item.invoice_date,
                item.due_date,
                item.days_overdue,
                item.open_amount,
            )
            for item in items
            if item.open_amount.currency == line.amount.currency and item.open_amount.amount > 0
        ]

    def _items_loaded(self, code: str, rows: list[AllocationRow]) -> None:
        if self.line is None or code != self._loaded_code:
            return  # another line or customer was chosen meanwhile
        self.model.set_rows(rows)
        if self.proposal is not None and self.proposal.customer_code == code:
            self.model.set_amounts({a.installment_id: a.amount.amount for a in self.proposal.allocations})
        else:
            self.apply_oldest_first()
        self.message.show_message("" if rows else self.tr("This customer has nothing open in this currency."))

    def _failed(self, error: BaseException) -> None:
        self.model.set_rows([])
        self.message.show_message(error_message(error))

    # -- amounts -------------------------------------------------------------------------------

    def apply_oldest_first(self) -> None:
        if self.line is not None:
            self.model.set_amounts(oldest_first(self.model.rows, self.line.amount.amount))

    def reject_proposal(self) -> None:
        self.proposal = None
        self.reject_button.setEnabled(False)
        self.reasons.setText(self.tr("Proposal rejected: choose the customer who paid."))
        self.customer.clear()
        self.model.set_rows([])

    def set_apply(self, row: int, text: str) -> None:
        """Type an amount into a row's Apply cell (as the person would)."""
        self.model.setData(self.model.index(row, AllocationModel.APPLY), text)

    def unapplied(self) -> Money | None:
        if self.line is None:
            return None
        return self.line.amount - self.model.total(self.line.amount.currency)

    def update_totals(self) -> None:
        if self.line is None:
            return
        f = formatting.current()
        applied, rest, problem = self.model.weigh(self.line.amount, self.tr("More than the line brought in"))
        over = rest.amount < 0
        self.totals.setText(
            self.tr("Applying %1; unapplied %2")
            .replace("%1", f.money(applied, symbol=True))
            .replace("%2", f.money(rest, symbol=True))
        )
        self.totals.setStyleSheet(
            f"color: {ERROR_COLOUR}; font-weight: bold;" if over else "font-weight: bold;"
        )
        if problem or self.model.rowCount() or not self._loaded_code:
            self.message.show_message(problem)
        self.accept_button.setEnabled(not problem and self._loaded_code is not None)

    # -- accepting -----------------------------------------------------------------------------

    def accept(self) -> bool:
        if self.line is None or not self.accept_button.isEnabled() or self._loaded_code is None:
            return False
        line_id, code, lines = self.line.id, self._loaded_code, self.model.lines()
        self.accept_button.setEnabled(False)
        self.ctx.change(
            lambda uow: confirm_match(uow, line_id, code, lines),
            success=self._accepted,
            failure=self._refused,
            parent=self,
            initiator=self,
        )
        return True

    def _accepted(self, result) -> None:
        self.confirmed.emit(result)

    def _refused(self, error: BaseException) -> None:
        self.update_totals()
        self.message.show_message(error_message(error))
