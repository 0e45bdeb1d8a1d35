"""Allocating a receipt (核销): the customer's open items, an oldest-first suggestion from
`ledger.suggest_allocation`, amounts you can edit, and the unapplied remainder shown as you type."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acctdesk.model.money import Money, MoneyError, minor_digits, parse_amount
from acctdesk.services import balances, ledger
from acctdesk.services.lists import ReceiptToAllocate, receipt_to_allocate
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import ROOT
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import ERROR_COLOUR, FieldMessage, date_edit, pydate, qdate


@dataclass
class AllocationRow:
    installment_id: int
    invoice_number: str
    seq: int
    invoice_date: date
    due_date: date | None
    days_overdue: int
    open_amount: Money
    apply_text: str = ""  # what the person typed (or the suggestion), as text

    def problem(self) -> str:
        """Why the amount to apply cannot be used; empty when it is fine (or empty)."""
        if not self.apply_text.strip():
            return ""
        try:
            value = parse_amount(self.apply_text, self.open_amount.currency)
        except MoneyError:
            return QCoreApplication.translate("AllocationModel", "Not an amount")
        if value < 0:
            return QCoreApplication.translate("AllocationModel", "Must not be negative")
        if value > self.open_amount.amount:
            return QCoreApplication.translate("AllocationModel", "More than is open")
        return ""

    def apply_amount(self) -> Decimal:
        if self.problem() or not self.apply_text.strip():
            return Decimal(0)
        return parse_amount(self.apply_text, self.open_amount.currency)


class AllocationModel(QAbstractTableModel):
    """The open items with an editable "Apply" column."""

    changed = Signal()
    APPLY = 6

    def __init__(self, parent=None) -> None:
        super().__init__(parent)
        self._rows: list[AllocationRow] = []
        self.titles = [
            self.tr("Invoice"),
            self.tr("Installment"),
            self.tr("Invoice date"),
            self.tr("Due date"),
            self.tr("Days overdue"),
            self.tr("Open"),
            self.tr("Apply"),
        ]

    def set_rows(self, rows: list[AllocationRow]) -> None:
        self.beginResetModel()
        self._rows = rows
        self.endResetModel()
        self.changed.emit()

    @property
    def rows(self) -> list[AllocationRow]:
        return list(self._rows)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.titles)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren
        if index.column() == self.APPLY:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.titles[section] if 0 <= section < len(self.titles) else None
        return None

    def data(self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        row, column = self._rows[index.row()], index.column()
        f = formatting.current()
        if role == Qt.ItemDataRole.DisplayRole:
            values = [
                row.invoice_number,
                f.integer(row.seq),
                f.date(row.invoice_date),
                f.date(row.due_date),
                f.integer(row.days_overdue) if row.days_overdue else "",
                f.money(row.open_amount),
                row.apply_text
                if row.problem() or not row.apply_text
                else f.amount(row.apply_amount(), row.open_amount.currency),
            ]
            return values[column] if 0 <= column < len(values) else None
        if role == Qt.ItemDataRole.EditRole and column == self.APPLY:
            return row.apply_text
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column in (1, 4, 5, 6) else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == Qt.ItemDataRole.ForegroundRole:
            if column == self.APPLY and row.problem():
                return QBrush(QColor(ERROR_COLOUR))
            if row.days_overdue:
                return QBrush(QColor("#b42318"))
        if role == Qt.ItemDataRole.BackgroundRole and column == self.APPLY:
            return QBrush(QColor("#fef3f2" if row.problem() else "#f5f8ff"))
        if role == Qt.ItemDataRole.ToolTipRole and column == self.APPLY:
            return row.problem() or None
        return None

    def setData(
        self, index: QModelIndex | QPersistentModelIndex, value, role: int = Qt.ItemDataRole.EditRole
    ) -> bool:
        if not index.isValid() or index.column() != self.APPLY or role != Qt.ItemDataRole.EditRole:
            return False
        self._rows[index.row()].apply_text = str(value).strip()
        self.dataChanged.emit(index.siblingAtColumn(0), index.siblingAtColumn(self.APPLY))
        self.changed.emit()
        return True

    def set_amounts(self, amounts: dict[int, Decimal]) -> None:
        for row in self._rows:
            amount = amounts.get(row.installment_id)
            digits = minor_digits(row.open_amount.currency)
            row.apply_text = f"{amount:.{digits}f}" if amount else ""
        if self._rows:
            self.dataChanged.emit(self.index(0, 0), self.index(len(self._rows) - 1, self.APPLY))
        self.changed.emit()

    def total(self, currency: str) -> Money:
        return Money(sum((row.apply_amount() for row in self._rows), Decimal(0)), currency)

    def weigh(self, available: Money, too_much: str) -> tuple[Money, Money, str]:
        """Against what there is to apply: what is applied, what is left, and what is wrong (`too_much`
        when more is applied than there is, else the rows' problems; "" when all is fine)."""
        applied = self.total(available.currency)
        left = available - applied
        if left.amount < 0:
            return applied, left, too_much
        return applied, left, "; ".join(self.problems())

    def problems(self) -> list[str]:
        return [f"{row.invoice_number}/{row.seq}: {row.problem()}" for row in self._rows if row.problem()]

    def lines(self) -> list[ledger.AllocationLine]:
        return [
            ledger.AllocationLine(row.installment_id, row.apply_amount())
            for row in self._rows
            if row.apply_amount() > 0
        ]


def allocation_table(model: AllocationModel) -> QTableView:
    """The open items with their Apply column, editable as soon as one types into a cell."""
    table = QTableView()
    table.setModel(model)
    table.verticalHeader().hide()
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setEditTriggers(
        QAbstractItemView.EditTrigger.DoubleClicked
        | QAbstractItemView.EditTrigger.EditKeyPressed
        | QAbstractItemView.EditTrigger.AnyKeyPressed
        | QAbstractItemView.EditTrigger.SelectedClicked
    )
    header = table.horizontalHeader()
    header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
    return table


class AllocationDialog(QDialog):
    """Allocate what is left of a receipt to the customer's open items."""

    posted = Signal(object)

    def __init__(self, ctx: AppContext, receipt_number: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.number = receipt_number
        self.receipt: ReceiptToAllocate | None = None
        self._suggestion: dict[int, Decimal] = {}
        self.setWindowTitle(self.tr("Allocate receipt %1").replace("%1", receipt_number))
        self.setMinimumSize(760, 460)
        layout = QVBoxLayout(self)
        self.summary = QLabel(self.tr("Loading…"))
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Allocation date")))
        self.on_date = date_edit(ctx.as_of)
        top.addWidget(self.on_date)
        top.addStretch(1)
        self.suggest_button = QPushButton(self.tr("Suggest oldest first"))
        self.clear_button = QPushButton(self.tr("Clear"))
        top.addWidget(self.suggest_button)
        top.addWidget(self.clear_button)
        layout.addLayout(top)
        self.model = AllocationModel(self)
        self.table = allocation_table(self.model)
        header = self.table.horizontalHeader()
        header.setSectionResizeMode(AllocationModel.APPLY, QHeaderView.ResizeMode.Fixed)
        header.resizeSection(AllocationModel.APPLY, 150)
        layout.addWidget(self.table, 1)
        totals = QHBoxLayout()
        self.allocated_label = QLabel("")
        self.remainder_label = QLabel("")
        totals.addWidget(self.allocated_label)
        totals.addStretch(1)
        totals.addWidget(self.remainder_label)
        layout.addLayout(totals)
        self.general = FieldMessage()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.post_button = QPushButton(self.tr("Allocate"))
        self.post_button.setDefault(True)
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.post_button.clicked.connect(self.post)
        layout.addWidget(buttons)
        self.model.changed.connect(self.update_totals)
        self.suggest_button.clicked.connect(lambda: self.model.set_amounts(self._suggestion))
        self.clear_button.clicked.connect(lambda: self.model.set_amounts({}))
        self.on_date.dateChanged.connect(lambda _d: self.load())
        self.post_button.setEnabled(False)
        self.load(first=True)

    def load(self, *, first: bool = False) -> None:
        number, on = self.number, pydate(self.on_date.date())
        as_of = self.ctx.as_of

        def read(session):
            receipt = receipt_to_allocate(session, number)
            day = max(as_of if first else on, receipt.receipt_date)
            items = [
                item
                for item in balances.open_items(session, day, receipt.customer_id)
                if item.open_amount.currency == receipt.amount.currency and item.open_amount.amount > 0
            ]
            suggestion = ledger.suggest_allocation(session, "receipt", number, day)
            return receipt, day, items, suggestion

        self.ctx.query(read, success=self._loaded, failure=self._refused, parent=self)

    def _loaded(self, result) -> None:
        receipt, day, items, suggestion = result
        self.receipt = receipt
        if pydate(self.on_date.date()) != day:
            self.on_date.blockSignals(True)
            self.on_date.setDate(qdate(day))
            self.on_date.blockSignals(False)
        f = formatting.current()
        self.summary.setText(
            self.tr("Receipt %1 from %2 (%3), dated %4: %5, of which %6 is still to allocate.")
            .replace("%1", receipt.number)
            .replace("%2", receipt.customer_name)
            .replace("%3", receipt.customer_code)
            .replace("%4", f.date(receipt.receipt_date))
            .replace("%5", f.money(receipt.amount, symbol=True))
            .replace("%6", f.money(receipt.remaining, symbol=True))
        )
        self._suggestion = {line.installment_id: line.amount for line in suggestion}
        self.model.set_rows(
            [
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
            ]
        )
        self.model.set_amounts(self._suggestion)
        self.table.setFocus()
        if self.model.rowCount():
            self.table.selectionModel().setCurrentIndex(
                self.model.index(0, AllocationModel.APPLY), QItemSelectionModel.SelectionFlag.NoUpdate
            )
        if receipt.reversed:
            self.general.show_message(self.tr("This receipt is reversed; it cannot be allocated."))
            self.post_button.setEnabled(False)

    def remainder(self) -> Money | None:
        if self.receipt is None:
            return None
        return self.receipt.remaining - self.model.total(self.receipt.amount.currency)

    def update_totals(self) -> None:
        if self.receipt is None:
            return
        f = formatting.current()
        allocated, remainder, problem = self.model.weigh(
            self.receipt.remaining, self.tr("More than the receipt has left to allocate")
        )
        self.allocated_label.setText(
            self.tr("Allocating now: %1").replace("%1", f.money(allocated, symbol=True))
        )
        over = remainder.amount < 0
        self.remainder_label.setText(
            self.tr("Unapplied remainder: %1").replace("%1", f.money(remainder, symbol=True))
        )
        self.remainder_label.setStyleSheet(
            f"color: {ERROR_COLOUR}; font-weight: bold;" if over else "font-weight: bold;"
        )
        self.general.show_message(problem)
        self.post_button.setEnabled(not problem and allocated.amount > 0 and not self.receipt.reversed)

    def set_apply(self, row: int, text: str) -> None:
        """Type an amount into a row's Apply cell (as the person would)."""
        self.model.setData(self.model.index(row, AllocationModel.APPLY), text)

    def post(self) -> bool:
        if self.receipt is None or not self.post_button.isEnabled():
            return False
        self.post_button.setEnabled(False)
        number, on, lines = self.number, pydate(self.on_date.date()), self.model.lines()
        self.ctx.change(
            lambda uow: ledger.allocate(uow, kind="receipt", number=number, on=on, lines=lines),
            success=self._posted,
            failure=self._refused,
            parent=self,
            initiator=self,
        )
        return True

    def _posted(self, result) -> None:
        self.posted.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        if self.receipt is not None:
            self.update_totals()
        self.general.show_message(error_message(error))
