"""The Collections area (催收): a collector's worklist for the day by priority, one-click actions on the
selected task — log a call, record a promise, send the reminder, snooze with a reason, mark it done —
and the selected customer's follow-up log.

A self-contained widget the main window embeds. It reads and writes only through the collections
services, on the worker thread (`ctx.query` / `ctx.change`), and refreshes itself when any operation
reports a change to collections, receipts or allocations.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import timedelta
from decimal import Decimal, InvalidOperation
from typing import Any

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services import collections, dunning_letter, followups, reminders
from acctdesk.services.followups import FollowUpInfo, WorkItem
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import OVERDUE, SEVERE, Column, StaticTableModel
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import FieldMessage, PageHeader, combo, date_edit, pydate
from acctdesk.ui.widgets.table import DataTable

REFRESH_KINDS = {"collections", "receipts", "allocations", "invoices", "aging"}


# Written out as QCoreApplication.translate(context, literal) so that lupdate finds every label.


def task_kind_label(kind: str) -> str:
    return {
        "email": QCoreApplication.translate("CollectionsView", "Send e-mail reminder"),
        "call": QCoreApplication.translate("CollectionsView", "Call"),
        "letter": QCoreApplication.translate("CollectionsView", "Send letter"),
        "follow_up": QCoreApplication.translate("CollectionsView", "Follow up"),
    }.get(kind, kind)


def channel_label(channel: str) -> str:
    return {
        "call": QCoreApplication.translate("CollectionsView", "Phone call"),
        "visit": QCoreApplication.translate("CollectionsView", "Visit"),
        "email": QCoreApplication.translate("CollectionsView", "E-mail"),
        "wechat": QCoreApplication.translate("CollectionsView", "WeChat"),
        "letter": QCoreApplication.translate("CollectionsView", "Letter"),
    }.get(channel, channel)


def outcome_label(outcome: str) -> str:
    return {
        "": "",
        "reached": QCoreApplication.translate("CollectionsView", "Reached"),
        "no_answer": QCoreApplication.translate("CollectionsView", "No answer"),
        "promise": QCoreApplication.translate("CollectionsView", "Promised to pay"),
        "dispute": QCoreApplication.translate("CollectionsView", "Disputes the items"),
        "paid": QCoreApplication.translate("CollectionsView", "Says it is paid"),
        "refused": QCoreApplication.translate("CollectionsView", "Refused"),
        "wrong_contact": QCoreApplication.translate("CollectionsView", "Wrong contact"),
        "other": QCoreApplication.translate("CollectionsView", "Other"),
    }.get(outcome, outcome)


def _overdue_text(item: WorkItem) -> str:
    f = formatting.current()
    return " + ".join(f.money(e.overdue, symbol=True) for e in item.exposures) or "—"


def _oldest(item: WorkItem) -> int:
    return max((e.oldest_days for e in item.exposures), default=0)


def _note(item: WorkItem) -> str:
    return item.snooze_reason or (item.note.splitlines()[0] if item.note else "")


def _work_style(item: WorkItem):
    days = _oldest(item)
    return SEVERE if days > 60 else OVERDUE if days > 0 else None


# ---------------------------------------------------------------------------------------------
# The action dialogs: each runs one service call and stays open with the message if it is refused


class ActionDialog(QDialog):
    """A small form for one action on a task; OK runs it as one unit of work."""

    done = Signal(object)

    def __init__(self, ctx: AppContext, item: WorkItem, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.item = item
        self.setMinimumWidth(440)
        layout = QVBoxLayout(self)
        self.form = QFormLayout()
        layout.addLayout(self.form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.ok_button = QPushButton(self.tr("OK"))
        self.ok_button.setDefault(True)
        buttons.addButton(self.ok_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.ok_button.clicked.connect(self.submit)
        layout.addWidget(buttons)

    def operation(self) -> Callable[[Any], Any]:
        raise NotImplementedError

    def submit(self) -> None:
        try:
            operation = self.operation()
        except ValueError as error:  # a field that is not a number or a date
            self.message.show_message(str(error))
            return
        self.ok_button.setEnabled(False)
        self.message.show_message("")
        self.ctx.change(operation, success=self._done, failure=self._refused, parent=self, initiator=self)

    def _done(self, result: Any) -> None:
        self.done.emit(result)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.ok_button.setEnabled(True)
        self.message.show_message(error_message(error))


class FollowUpDialog(ActionDialog):
    """Log a call (or a visit, e-mail, WeChat, letter); the task it answers is done."""

    def __init__(self, ctx: AppContext, item: WorkItem, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, parent)
        self.setWindowTitle(self.tr("Log a follow-up with %1").replace("%1", item.customer_name))
        self.channel = combo([(channel_label(c), c) for c in followups.CHANNELS])
        self.contact = QLineEdit()
        self.contact.setPlaceholderText(self.tr("Whom you spoke to"))
        self.summary = QPlainTextEdit()
        self.summary.setPlaceholderText(self.tr("What was said"))
        self.summary.setFixedHeight(80)
        self.outcome = combo([(outcome_label(o), o) for o in ("", *followups.OUTCOMES)])
        self.has_next = QCheckBox(self.tr("Follow up on"))
        self.next_on = date_edit(ctx.as_of + timedelta(days=7))
        self.next_on.setEnabled(False)
        self.has_next.toggled.connect(self.next_on.setEnabled)
        next_row = QHBoxLayout()
        next_row.addWidget(self.has_next)
        next_row.addWidget(self.next_on)
        next_row.addStretch(1)
        # A call nobody answered leaves the task open; anything else does it.
        self.completes_task = QCheckBox(self.tr("This does the task"))
        self.completes_task.setChecked(True)
        self.outcome.currentIndexChanged.connect(
            lambda _i: self.completes_task.setChecked(self.outcome.currentData() != "no_answer")
        )
        self.form.addRow(self.tr("Channel"), self.channel)
        self.form.addRow(self.tr("Contact"), self.contact)
        self.form.addRow(self.tr("Summary"), self.summary)
        self.form.addRow(self.tr("Outcome"), self.outcome)
        self.form.addRow(self.tr("Next action"), next_row)
        self.form.addRow("", self.completes_task)

    def operation(self):
        code, on = self.item.customer_code, self.ctx.as_of
        task_id = self.item.task_id if self.completes_task.isChecked() else None
        values = {
            "channel": self.channel.currentData(),
            "summary": self.summary.toPlainText(),
            "contact": self.contact.text(),
            "outcome": self.outcome.currentData(),
            "next_action_on": pydate(self.next_on.date()) if self.has_next.isChecked() else None,
        }
        return lambda uow: followups.log_follow_up(uow, code, on=on, task_id=task_id, **values)


class PromiseDialog(ActionDialog):
    """承诺付款: an amount by a date, for some invoices or for the whole account."""

    def __init__(self, ctx: AppContext, item: WorkItem, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, parent)
        self.setWindowTitle(self.tr("Record a promise to pay from %1").replace("%1", item.customer_name))
        overdue = item.exposures[0].overdue if item.exposures else None
        self.currency = overdue.currency if overdue else None
        self.amount = QLineEdit(f"{overdue.amount}" if overdue else "")
        self.promised_on = date_edit(ctx.as_of + timedelta(days=7))
        self.items = QLineEdit()
        self.items.setPlaceholderText(self.tr("INV-1, INV-2/2 — empty: the whole account"))
        self.form.addRow(self.tr("Amount"), self.amount)
        self.form.addRow(self.tr("Promised date"), self.promised_on)
        self.form.addRow(self.tr("Invoices"), self.items)

    def operation(self):
        try:
            amount = Decimal(self.amount.text().replace(",", "").strip())
        except InvalidOperation:
            raise ValueError(self.tr("'%1' is not an amount").replace("%1", self.amount.text())) from None
        items = [part.strip() for part in self.items.text().split(",") if part.strip()] or None
        code, promised_on, made_on, currency = (
            self.item.customer_code,
            pydate(self.promised_on.date()),
            self.ctx.as_of,
            self.currency,
        )
        return lambda uow: collections.record_promise(
            uow, code, amount, promised_on, items, made_on=made_on, currency=currency
        )


class SnoozeDialog(ActionDialog):
    def __init__(self, ctx: AppContext, item: WorkItem, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, parent)
        self.setWindowTitle(self.tr("Snooze the task for %1").replace("%1", item.customer_name))
        self.until = date_edit(ctx.as_of + timedelta(days=3))
        self.reason = QLineEdit()
        self.reason.setPlaceholderText(self.tr("Why (the customer asked to be called back, …)"))
        self.form.addRow(self.tr("Until"), self.until)
        self.form.addRow(self.tr("Reason"), self.reason)

    def operation(self):
        task_id, until, reason = self.item.task_id, pydate(self.until.date()), self.reason.text()
        return lambda uow: followups.snooze(uow, task_id, until, reason)


class SendReminderDialog(ActionDialog):
    """E-mail the reminder's letter; `sender` replaces the mail server (tests, a preview)."""

    def __init__(self, ctx: AppContext, item: WorkItem, sender=None, parent: QWidget | None = None) -> None:
        super().__init__(ctx, item, parent)
        self.setWindowTitle(self.tr("Send reminder %1").replace("%1", item.reminder_number or ""))
        self.sender = sender
        self.to = QLineEdit()
        self.to.setPlaceholderText(self.tr("The customer's dunning contact"))
        self.form.addRow(self.tr("To"), self.to)
        self.ok_button.setText(self.tr("Send"))
        ctx.query(lambda s: collections.dunning_contact(s, item.customer_code), success=self._contact)

    def _contact(self, contact: collections.DunningContact) -> None:
        if not self.to.text():
            self.to.setText(contact.email)

    def operation(self):
        number, to, sender = self.item.reminder_number, self.to.text().strip() or None, self.sender
        return lambda uow: dunning_letter.send_reminder(uow, number, to=to, send=sender)


# ---------------------------------------------------------------------------------------------
# The view


class CollectionsView(QWidget):
    run_finished = Signal(object)  # reminders.RunResult
    worklist_loaded = Signal(int)
    follow_ups_loaded = Signal(str)  # customer code

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.sender = None  # a callable(EmailMessage) instead of the book's mail server
        self.dialog: ActionDialog | None = None
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        self.header = PageHeader(self.tr("Collections"), self.tr("Today's worklist by priority"))
        self.run_button = self.header.add_button(QPushButton(self.tr("Run today's reminders")))
        self.run_button.clicked.connect(self.run_reminders)
        layout.addWidget(self.header)

        filters = QHBoxLayout()
        self.collector_box = combo([(self.tr("All collectors"), "")])
        self.collector_box.currentIndexChanged.connect(lambda _i: self.refresh())
        filters.addWidget(QLabel(self.tr("Collector")))
        filters.addWidget(self.collector_box)
        filters.addStretch(1)
        self.status = QLabel()
        self.status.setStyleSheet("color: #475467;")
        filters.addWidget(self.status)
        layout.addLayout(filters)

        splitter = QSplitter(Qt.Orientation.Vertical)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        self.model = StaticTableModel(self._columns(), row_style=_work_style)
        self.table = DataTable("collections.worklist", exportable=False)
        self.table.setModel(self.model)
        self.table.empty_text = self.tr("Nothing to chase today")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.table.row_activated.connect(lambda _row: self.log_call())
        top_layout.addWidget(self.table, 1)
        actions = QHBoxLayout()
        self.call_button = QPushButton(self.tr("Log a call…"))
        self.promise_button = QPushButton(self.tr("Record a promise…"))
        self.send_button = QPushButton(self.tr("Send the reminder…"))
        self.snooze_button = QPushButton(self.tr("Snooze…"))
        self.done_button = QPushButton(self.tr("Done"))
        for button, handler in (
            (self.call_button, self.log_call),
            (self.promise_button, self.record_promise),
            (self.send_button, self.send_reminder),
            (self.snooze_button, self.snooze),
            (self.done_button, self.complete),
        ):
            button.clicked.connect(handler)
            actions.addWidget(button)
        actions.addStretch(1)
        top_layout.addLayout(actions)
        splitter.addWidget(top)

        bottom = QWidget()
        bottom_layout = QVBoxLayout(bottom)
        bottom_layout.setContentsMargins(0, 6, 0, 0)
        self.log_title = QLabel(self.tr("Follow-up log"))
        bottom_layout.addWidget(self.log_title)
        self.log_model = StaticTableModel(self._log_columns())
        self.log_table = DataTable("collections.follow_ups", exportable=False)
        self.log_table.setModel(self.log_model)
        self.log_table.empty_text = self.tr("No follow-ups logged yet")
        bottom_layout.addWidget(self.log_table, 1)
        splitter.addWidget(bottom)
        splitter.setSizes([420, 200])
        layout.addWidget(splitter, 1)

        ctx.ops.operation_did_execute.connect(self._changed)
        ctx.as_of_changed.connect(lambda _d: self.refresh())
        self._loaded = False
        self._selection_changed()

    # -- columns
    def _columns(self) -> list[Column]:
        f = formatting.current
        return [
            Column(
                "priority",
                self.tr("Priority"),
                lambda i: i.priority,
                "decimal",
                display=lambda value: f().decimal(value, 0),
                tooltip=self.tr("Overdue amount × days overdue × risk weight"),
                width=96,
            ),
            Column("kind", self.tr("Task"), lambda i: i.kind, display=task_kind_label, width=130),
            Column("customer", self.tr("Customer"), lambda i: i.customer_code, width=80),
            Column("customer_name", self.tr("Customer name"), lambda i: i.customer_name, width=200),
            Column("overdue", self.tr("Overdue"), _overdue_text, width=150),
            Column("days", self.tr("Days overdue"), _oldest, "days", width=90),
            Column("grade", self.tr("Grade"), lambda i: i.grade or "", width=56),
            Column("reminder", self.tr("Reminder"), lambda i: i.reminder_number or "", width=96),
            Column("level", self.tr("Level"), lambda i: i.reminder_level, "int", width=56),
            Column("due_on", self.tr("Due"), lambda i: i.due_on, "date"),
            Column("collector", self.tr("Collector"), lambda i: i.collector, width=80),
            Column("note", self.tr("Note"), _note),
        ]

    def _log_columns(self) -> list[Column]:
        return [
            Column("contacted_on", self.tr("Date"), lambda r: r.contacted_on, "date"),
            Column("channel", self.tr("Channel"), lambda r: r.channel, display=channel_label, width=90),
            Column("contact", self.tr("Contact"), lambda r: r.contact, width=120),
            Column("outcome", self.tr("Outcome"), lambda r: r.outcome, display=outcome_label, width=120),
            Column("summary", self.tr("Summary"), lambda r: r.summary, width=320),
            Column("next_action_on", self.tr("Next action"), lambda r: r.next_action_on, "date"),
            Column("logged_by", self.tr("By"), lambda r: r.logged_by, width=80),
        ]

    # -- loading
    def showEvent(self, event) -> None:
        super().showEvent(event)
        if not self._loaded:
            self._loaded = True
            self.ctx.query(followups.collectors, success=self._fill_collectors)
            self.refresh()

    def _fill_collectors(self, names: list[str]) -> None:
        current = self.collector_box.currentData()
        self.collector_box.blockSignals(True)
        while self.collector_box.count() > 1:
            self.collector_box.removeItem(1)
        for name in names:
            self.collector_box.addItem(name, name)
        index = self.collector_box.findData(current)
        self.collector_box.setCurrentIndex(max(index, 0))
        self.collector_box.blockSignals(False)

    def set_collector(self, name: str) -> None:
        index = self.collector_box.findData(name)
        if index < 0:
            self.collector_box.addItem(name, name)
            index = self.collector_box.count() - 1
        self.collector_box.setCurrentIndex(index)

    def refresh(self) -> None:
        as_of, collector = self.ctx.as_of, self.collector_box.currentData() or None
        self.ctx.query(
            lambda s: followups.worklist(s, as_of, collector=collector), success=self._show_worklist
        )

    def _show_worklist(self, items: list[WorkItem]) -> None:
        selected = self.current_item()
        self.model.set_rows(items)
        f = formatting.current()
        self.header.set_subtitle(
            self.tr("%1 tasks on %2, highest priority (amount × days overdue × risk) first")
            .replace("%1", str(len(items)))
            .replace("%2", f.date(self.ctx.as_of))
        )
        if selected is not None:
            for row, item in enumerate(items):
                if item.task_id == selected.task_id:
                    self.table.selectRow(row)
                    break
        self._selection_changed()
        self.worklist_loaded.emit(len(items))

    def _changed(self, changes, _initiator) -> None:
        if changes.kinds & REFRESH_KINDS:
            self.refresh()

    # -- the selected task
    def current_item(self) -> WorkItem | None:
        rows = self.table.selectionModel().selectedRows() if self.table.selectionModel() else []
        return self.model.row_at(rows[0].row()) if rows else None

    def select_task(self, task_id: int) -> bool:
        for row, item in enumerate(self.model.rows):
            if item.task_id == task_id:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        item = self.current_item()
        for button in (self.call_button, self.promise_button, self.snooze_button, self.done_button):
            button.setEnabled(item is not None)
        self.send_button.setEnabled(item is not None and item.kind == "email" and bool(item.reminder_number))
        if item is None:
            self.log_model.set_rows([])
            self.log_title.setText(self.tr("Follow-up log"))
            return
        code = item.customer_code
        self.log_title.setText(
            self.tr("Follow-up log: %1 %2").replace("%1", code).replace("%2", item.customer_name)
        )
        self.ctx.query(
            lambda s: followups.follow_ups(s, code), success=lambda rows: self._show_log(code, rows)
        )

    def _show_log(self, code: str, rows: list[FollowUpInfo]) -> None:
        item = self.current_item()
        if item is not None and item.customer_code == code:
            self.log_model.set_rows(rows)
            self.follow_ups_loaded.emit(code)

    # -- one-click actions
    def _open(self, dialog: ActionDialog) -> ActionDialog:
        self.dialog = dialog
        dialog.done.connect(lambda _result: self.status.setText(self.tr("Saved")))
        dialog.open()
        return dialog

    def log_call(self) -> ActionDialog | None:
        item = self.current_item()
        return self._open(FollowUpDialog(self.ctx, item, self)) if item else None

    def record_promise(self) -> ActionDialog | None:
        item = self.current_item()
        return self._open(PromiseDialog(self.ctx, item, self)) if item else None

    def send_reminder(self) -> ActionDialog | None:
        item = self.current_item()
        if item is None or not item.reminder_number:
            return None
        return self._open(SendReminderDialog(self.ctx, item, self.sender, self))

    def snooze(self) -> ActionDialog | None:
        item = self.current_item()
        return self._open(SnoozeDialog(self.ctx, item, self)) if item else None

    def complete(self) -> None:
        item = self.current_item()
        if item is None:
            return
        task_id = item.task_id
        self.ctx.change(
            lambda uow: followups.complete_task(uow, task_id),
            success=lambda _info: self.status.setText(self.tr("Task done")),
            parent=self,
            initiator=self,
        )

    def run_reminders(self) -> None:
        """The daily run for the as-of date (the app calls it on opening; the button runs it again)."""
        as_of = self.ctx.as_of
        self.run_button.setEnabled(False)

        def finished(result: reminders.RunResult) -> None:
            self.run_button.setEnabled(True)
            self.status.setText(
                self.tr("Reminder run: %1 reminders, %2 promises kept, %3 broken")
                .replace("%1", str(len(result.reminders)))
                .replace("%2", str(result.promises_kept))
                .replace("%3", str(result.promises_broken))
            )
            self.run_finished.emit(result)

        def failed(error: BaseException) -> None:
            self.run_button.setEnabled(True)
            self.ctx.ops.report(self, error)

        self.ctx.change(
            lambda uow: reminders.run_reminders(uow, as_of),
            success=finished,
            failure=failed,
            parent=self,
            initiator=self,
            label=self.tr("Running today's reminders…"),
        )
