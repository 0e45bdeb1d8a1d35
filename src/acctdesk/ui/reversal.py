"""Reversing a posted document (冲销): it stays in the ledger and a reversal takes it back on a date,
with a reason. Its allocations are released on that date."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acctdesk.model.money import Money
from acctdesk.services import ledger
from acctdesk.ui import formatting, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import FieldMessage, date_edit, pydate


class ReverseDialog(QDialog):
    posted = Signal(object)

    def __init__(
        self,
        ctx: AppContext,
        kind: str,
        number: str,
        document_date: date,
        amount: Money,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.kind = kind
        self.number = number
        self.document_date = document_date
        f = formatting.current()
        self.setWindowTitle(
            self.tr("Reverse %1 %2").replace("%1", labels.document_kind(kind)).replace("%2", number)
        )
        self.setMinimumWidth(480)
        layout = QVBoxLayout(self)
        explanation = QLabel(
            self.tr(
                "%1 %2 of %3, dated %4, stays in the ledger; a reversal takes it back on the date below. "
                "Allocations to or from it are released on that date."
            )
            .replace("%1", labels.document_kind(kind))
            .replace("%2", number)
            .replace("%3", f.money(amount, symbol=True))
            .replace("%4", f.date(document_date))
        )
        explanation.setWordWrap(True)
        layout.addWidget(explanation)
        form = QFormLayout()
        self.on_date = date_edit(max(ctx.as_of, document_date))
        self.date_message = FieldMessage()
        date_box = QWidget()
        date_layout = QVBoxLayout(date_box)
        date_layout.setContentsMargins(0, 0, 0, 0)
        date_layout.addWidget(self.on_date)
        date_layout.addWidget(self.date_message)
        form.addRow(self.tr("Reversal date"), date_box)
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why, for the audit trail (e.g. wrong customer, duplicate)"))
        self.reason_message = FieldMessage()
        reason_box = QWidget()
        reason_layout = QVBoxLayout(reason_box)
        reason_layout.setContentsMargins(0, 0, 0, 0)
        reason_layout.addWidget(self.reason)
        reason_layout.addWidget(self.reason_message)
        form.addRow(self.tr("Reason"), reason_box)
        layout.addLayout(form)
        self.general = FieldMessage()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.post_button = QPushButton(self.tr("Reverse"))
        buttons.addButton(self.post_button, QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.post_button.clicked.connect(self.post)
        layout.addWidget(buttons)
        self.reason.textChanged.connect(lambda _t: self.validate())
        self.on_date.dateChanged.connect(lambda _d: self.validate())
        self.validate()

    def problems(self) -> dict[str, str]:
        problems = {}
        if not self.reason.text().strip():
            problems["reason"] = self.tr("Give a reason")
        if pydate(self.on_date.date()) < self.document_date:
            problems["date"] = self.tr("A document cannot be reversed before its own date")
        return problems

    def validate(self) -> bool:
        problems = self.problems()
        # An empty reason is only pointed out once something was typed or Reverse was pressed.
        self.reason_message.show_message(problems.get("reason", "") if self.reason.isModified() else "")
        self.date_message.show_message(problems.get("date", ""))
        self.post_button.setEnabled(not problems)
        return not problems

    def post(self) -> bool:
        if not self.validate():
            self.reason_message.show_message(self.problems().get("reason", ""))
            return False
        self.post_button.setEnabled(False)
        kind, number, on, reason = (
            self.kind,
            self.number,
            pydate(self.on_date.date()),
            self.reason.text().strip(),
        )
        self.ctx.change(
            lambda uow: ledger.reverse(uow, kind=kind, number=number, on=on, reason=reason),
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
        self.post_button.setEnabled(True)
        field = getattr(error, "field", None)
        target = {"reason": self.reason_message, "date": self.date_message}.get(field, self.general)
        target.show_message(error_message(error))
