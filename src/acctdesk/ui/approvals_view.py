"""The approvals queue: requests waiting for someone else's decision (write-offs, credit limits, credit-hold
overrides, reopening a locked period), with Approve and Reject-with-a-note.

Deciding goes through `services.approvals.decide` as one unit of work; the service enforces segregation of
duties (the requester never decides their own request, only approvers decide) and its refusal is shown in
the dialog as it is.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QDialog,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from acctdesk.services import approvals, auth
from acctdesk.services.errors import DomainError
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import SETTLED, Column, StaticTableModel
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import FieldMessage, PageHeader, combo
from acctdesk.ui.widgets.table import DataTable


def local_time_text(moment: datetime | None) -> str:
    """A stored UTC time as the person's local time, to the minute."""
    if moment is None:
        return ""
    if moment.tzinfo is None:  # SQLite hands back naive datetimes; they were stored in UTC
        moment = moment.replace(tzinfo=UTC)
    return moment.astimezone().strftime("%Y-%m-%d %H:%M")


def request_kind(code: str) -> str:
    return {
        approvals.Kind.WRITE_OFF: QCoreApplication.translate("Approvals", "Write-off"),
        approvals.Kind.CREDIT_LIMIT: QCoreApplication.translate("Approvals", "Credit limit"),
        approvals.Kind.TEMPORARY_CREDIT_LIMIT: QCoreApplication.translate(
            "Approvals", "Temporary credit limit"
        ),
        approvals.Kind.HOLD_OVERRIDE: QCoreApplication.translate("Approvals", "Credit hold override"),
        approvals.Kind.REOPEN_PERIOD: QCoreApplication.translate("Approvals", "Reopen a locked period"),
    }.get(code, code)


def request_status(code: str) -> str:
    return {
        approvals.Status.PENDING: QCoreApplication.translate("Approvals", "Pending"),
        approvals.Status.APPROVED: QCoreApplication.translate("Approvals", "Approved"),
        approvals.Status.REJECTED: QCoreApplication.translate("Approvals", "Rejected"),
    }.get(code, code)


def _amount(value) -> str:
    try:
        return formatting.current().decimal(Decimal(str(value)), 2)
    except (InvalidOperation, ValueError):
        return str(value)


def _day(value) -> str:
    try:
        return formatting.current().date(date.fromisoformat(str(value)))
    except ValueError:
        return str(value)


def describe_request(info: approvals.RequestInfo) -> str:
    """What the request would do, in the interface language (the stored summary is English)."""
    p = info.payload
    try:
        if info.kind == approvals.Kind.WRITE_OFF:
            total = sum((Decimal(str(line["amount"])) for line in p["lines"]), Decimal(0))
            return (
                QCoreApplication.translate("Approvals", "Write off %1 of %2 on %3")
                .replace("%1", _amount(total))
                .replace("%2", p["customer"])
                .replace("%3", _day(p["date"]))
            )
        if info.kind == approvals.Kind.CREDIT_LIMIT:
            if p.get("credit_limit") in (None, ""):
                return QCoreApplication.translate("Approvals", "Remove the credit limit of %1").replace(
                    "%1", p["customer"]
                )
            return (
                QCoreApplication.translate("Approvals", "Credit limit of %1 to %2")
                .replace("%1", p["customer"])
                .replace("%2", _amount(p["credit_limit"]))
            )
        if info.kind == approvals.Kind.TEMPORARY_CREDIT_LIMIT:
            return (
                QCoreApplication.translate(
                    "Approvals", "Temporary credit limit of %1: %2 %3 from %4 until %5"
                )
                .replace("%1", p["customer"])
                .replace("%2", _amount(p["credit_limit"]))
                .replace("%3", p.get("currency", ""))
                .replace("%4", _day(p["valid_from"]))
                .replace("%5", _day(p["valid_until"]))
            )
        if info.kind == approvals.Kind.HOLD_OVERRIDE:
            return (
                QCoreApplication.translate("Approvals", "Let invoice %1 of %2 through the credit hold")
                .replace("%1", p["invoice"])
                .replace("%2", p["customer"])
            )
        if info.kind == approvals.Kind.REOPEN_PERIOD:
            if not p.get("lock_date"):
                return QCoreApplication.translate("Approvals", "Remove the lock date")
            return QCoreApplication.translate("Approvals", "Move the lock date back to %1").replace(
                "%1", _day(p["lock_date"])
            )
    except (KeyError, TypeError):
        pass
    return info.summary


@dataclass(frozen=True)
class Approver:
    """Who is acting and how many requests wait for them (the status bar's badge)."""

    actor: auth.Actor | None
    waiting: int

    @property
    def may_approve(self) -> bool:
        return self.actor is not None and self.actor.may(auth.Action.APPROVE)


def approver_state(session: Session, user: str) -> Approver:
    """The acting user's role and the pending requests someone else filed (those they could decide)."""
    try:
        actor = auth.resolve_actor(session, user)
    except DomainError:
        return Approver(None, 0)
    if not actor.may(auth.Action.APPROVE):
        return Approver(actor, 0)
    pending = approvals.list_requests(session, approvals.Status.PENDING)
    return Approver(actor, sum(1 for request in pending if request.requested_by != actor.name))


class ApprovalsDialog(QDialog):
    """Requests by status (pending first); approve, or reject with a note."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Approvals"))
        self.resize(1040, 560)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        self.header = PageHeader(
            self.tr("Approvals"),
            self.tr("One person requests, another decides; approving carries the change out."),
        )
        self.status_filter = combo(
            [
                (self.tr("Pending"), approvals.Status.PENDING.value),
                (self.tr("Approved"), approvals.Status.APPROVED.value),
                (self.tr("Rejected"), approvals.Status.REJECTED.value),
                (self.tr("All requests"), ""),
            ]
        )
        self.status_filter.currentIndexChanged.connect(lambda _i: self.refresh())
        self.header.add_button(QLabel(self.tr("Show")))
        self.header.add_button(self.status_filter)
        layout.addWidget(self.header)

        self.model = StaticTableModel(
            self._columns(), row_style=lambda r: None if r.status == approvals.Status.PENDING else SETTLED
        )
        self.table = DataTable("approvals.requests", exportable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(DataTable.SelectionMode.SingleSelection)
        self.table.empty_text = self.tr("No requests")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.table, 1)

        self.detail = QLabel("")
        self.detail.setWordWrap(True)
        self.detail.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.detail.setStyleSheet("color: #344054;")
        layout.addWidget(self.detail)
        decide_row = QHBoxLayout()
        self.note = QLineEdit()
        self.note.setPlaceholderText(self.tr("Note for the requester (needed to reject)"))
        decide_row.addWidget(self.note, 1)
        self.approve_button = QPushButton(self.tr("Approve"))
        self.reject_button = QPushButton(self.tr("Reject"))
        self.approve_button.clicked.connect(lambda: self.decide(approve=True))
        self.reject_button.clicked.connect(lambda: self.decide(approve=False))
        decide_row.addWidget(self.approve_button)
        decide_row.addWidget(self.reject_button)
        layout.addLayout(decide_row)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.done_label = QLabel("")
        self.done_label.setStyleSheet("color: #067647;")
        self.done_label.hide()
        layout.addWidget(self.done_label)
        bottom = QHBoxLayout()
        bottom.addStretch(1)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        bottom.addWidget(close)
        layout.addLayout(bottom)
        self.note.textChanged.connect(lambda _t: self.message.show_message(""))
        ctx.ops.operation_did_execute.connect(self._operation_did_execute)
        self._selection_changed()
        self.refresh()

    def _columns(self) -> list[Column]:
        return [
            Column("id", self.tr("No."), lambda r: r.id, "int", width=44),
            Column("kind", self.tr("Kind"), lambda r: request_kind(r.kind), width=170),
            Column("request", self.tr("Request"), describe_request, width=290),
            Column("requested_by", self.tr("Requested by"), lambda r: r.requested_by, width=96),
            Column(
                "requested_at",
                self.tr("Requested at"),
                lambda r: r.requested_at,
                display=local_time_text,
                width=130,
            ),
            Column("reason", self.tr("Reason"), lambda r: r.reason, width=200),
            Column("status", self.tr("Status"), lambda r: request_status(r.status), width=70),
            Column("decided_by", self.tr("Decided by"), lambda r: r.decided_by or "", width=90),
            Column("note", self.tr("Note"), lambda r: r.decision_note, width=160),
        ]

    # -- loading -----------------------------------------------------------------------------------

    def refresh(self) -> None:
        status = self.status_filter.currentData() or None
        self.ctx.query(
            lambda session: approvals.list_requests(session, status), success=self._loaded, parent=self
        )

    def _loaded(self, requests) -> None:
        selected = self.selected()
        self.model.set_rows(requests)
        if selected is not None:
            for row, request in enumerate(requests):
                if request.id == selected.id:
                    self.table.selectRow(row)
        self._selection_changed()

    def _operation_did_execute(self, changes, _initiator) -> None:
        if "approvals" in changes.kinds:
            self.refresh()

    def selected(self):
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_request(self, request_id: int) -> bool:
        for row, request in enumerate(self.model.rows):
            if request.id == request_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        request = self.selected()
        pending = request is not None and request.status == approvals.Status.PENDING
        self.approve_button.setEnabled(pending)
        self.reject_button.setEnabled(pending)
        self.note.setEnabled(pending)
        self.message.show_message("")
        if request is None:
            self.detail.setText(self.tr("Choose a request to decide it."))
            return
        self.detail.setText(
            self.tr("Request %1 by %2: %3. Reason: %4")
            .replace("%1", str(request.id))
            .replace("%2", request.requested_by)
            .replace("%3", describe_request(request))
            .replace("%4", request.reason)
        )

    # -- deciding ----------------------------------------------------------------------------------

    def decide(self, *, approve: bool) -> None:
        request = self.selected()
        if request is None:
            return
        note = self.note.text().strip()
        if not approve and not note:
            self.message.show_message(
                self.tr("Say why the request is rejected: the requester reads the note")
            )
            self.note.setFocus()
            return
        self.approve_button.setEnabled(False)
        self.reject_button.setEnabled(False)
        self.done_label.hide()
        request_id = request.id
        self.ctx.change(
            lambda uow: approvals.decide(uow, request_id, approve=approve, note=note),
            success=self._decided,
            failure=self._refused,
            parent=self,
            initiator=self,
        )

    def _decided(self, info) -> None:
        self.note.clear()
        text = self.tr("Request %1 approved") if info.status == approvals.Status.APPROVED else None
        text = text or self.tr("Request %1 rejected")
        self.done_label.setText(text.replace("%1", str(info.id)))
        self.done_label.show()

    def _refused(self, error: BaseException) -> None:
        """Own request, a role that may not approve, a request decided meanwhile: said here, as it is."""
        self._selection_changed()
        self.message.show_message(error_message(error))
