"""The audit log: every change to the book, newest first, filtered by user, action prefix and date, paged
from the database as you scroll (`services.audit.list_events` with `before_seq`); verifying the chain in
the background; exporting the filtered log to Excel.

An event's before and after values are shown as they were recorded, below the list.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import UTC, date, datetime
from pathlib import Path

from PySide6.QtCore import QModelIndex, QPersistentModelIndex, QSettings, Qt
from PySide6.QtWidgets import (
    QCompleter,
    QDialog,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QProgressBar,
    QPushButton,
    QSplitter,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from acctdesk.services import audit, auth
from acctdesk.ui import formatting
from acctdesk.ui.approvals_view import local_time_text
from acctdesk.ui.context import AppContext
from acctdesk.ui.export import write_xlsx
from acctdesk.ui.models.paged import ROOT, Column, StaticTableModel
from acctdesk.ui.widgets.common import (
    ERROR_COLOUR,
    DateRangeFilter,
    PageHeader,
    SearchBox,
    combo,
    default_export_folder,
)
from acctdesk.ui.widgets.table import DataTable

PAGE = 200
# The first words of the actions the services record; any other prefix can be typed.
ACTION_PREFIXES = (
    "invoice.",
    "receipt.",
    "allocation.",
    "credit_note.",
    "write_off.",
    "reversal.",
    "customer.",
    "credit.",
    "approval.",
    "user.",
    "term.",
    "book.",
    "statement.",
    "bank_file.",
    "bank_match.",
    "reminder.",
    "promise.",
    "dispute.",
)


@dataclass(frozen=True)
class AuditRow:
    seq: int
    occurred_at: datetime
    user: str
    action: str
    entity: str
    entity_id: str
    before_json: str
    after_json: str
    rows_count: int

    @property
    def local_day(self) -> date:
        moment = self.occurred_at if self.occurred_at.tzinfo else self.occurred_at.replace(tzinfo=UTC)
        return moment.astimezone().date()


@dataclass(frozen=True)
class AuditFilter:
    user: str | None = None
    action: str | None = None
    first: date | None = None  # local dates, both inclusive
    last: date | None = None


@dataclass(frozen=True)
class AuditPage:
    rows: list[AuditRow]
    cursor: int | None  # continue with events before this sequence number
    has_more: bool


def audit_page(session: Session, where: AuditFilter, *, before_seq: int | None, limit: int) -> AuditPage:
    """Up to `limit` events matching `where`, newest first, before `before_seq`.

    The service filters by user and action; the date range is applied here while walking back through
    its pages (events are numbered in time order, so the walk stops at the first day before the range).
    """
    rows: list[AuditRow] = []
    cursor = before_seq
    batch_size = max(limit, PAGE)
    while len(rows) < limit:
        batch = audit.list_events(
            session, user=where.user, action=where.action, limit=batch_size, before_seq=cursor
        )
        for event in batch:
            cursor = event.seq
            row = AuditRow(
                event.seq,
                event.occurred_at,
                event.user,
                event.action,
                event.entity,
                event.entity_id,
                event.before_json,
                event.after_json,
                event.rows_count,
            )
            day = row.local_day
            if where.last is not None and day > where.last:
                continue
            if where.first is not None and day < where.first:
                return AuditPage(rows, cursor, False)
            rows.append(row)
            if len(rows) == limit:
                return AuditPage(rows, cursor, True)
        if len(batch) < batch_size:
            return AuditPage(rows, cursor, False)
    return AuditPage(rows, cursor, True)


def pretty_json(text: str) -> str:
    if not text:
        return "—"
    try:
        return json.dumps(json.loads(text), ensure_ascii=False, indent=2, sort_keys=True)
    except ValueError:
        return text


class AuditModel(StaticTableModel):
    """Events a page at a time: `fetchMore` asks the service for the events before the last one read."""

    def __init__(self, ctx: AppContext, columns, parent=None) -> None:
        super().__init__(columns, parent=parent)
        self.ctx = ctx
        self.where = AuditFilter()
        self.start_before: int | None = None
        self._cursor: int | None = None
        self._has_more = False
        self._requests = 0
        self._waiting_for: int | None = None  # the one request in flight (a reload or the next page)
        self.loading = False

    def reload(self, where: AuditFilter, *, start_before: int | None = None) -> None:
        self.where, self.start_before = where, start_before
        self._cursor, self._has_more = start_before, False
        self.loading = True
        self.set_rows([])
        self._request(reset=True)

    def _request(self, *, reset: bool) -> None:
        self._requests += 1
        token, where, cursor = self._requests, self.where, self._cursor
        self._waiting_for = token  # a newer request makes every older answer stale
        self.ctx.query(
            lambda session: audit_page(session, where, before_seq=cursor, limit=PAGE),
            success=lambda page: self._arrived(token, page, reset),
            failure=lambda _error: self._failed(token),
        )

    def _arrived(self, token: int, page: AuditPage, reset: bool) -> None:
        if token != self._waiting_for:
            return  # the filters changed meanwhile
        # The state is complete before the rows go in: a view asking for more while they are
        # inserted starts the next page from the right place.
        self._waiting_for = None
        self._cursor, self._has_more = page.cursor, page.has_more
        if reset:
            self.loading = False
            self.set_rows(page.rows)
        elif page.rows:
            start = len(self._rows)
            self.beginInsertRows(QModelIndex(), start, start + len(page.rows) - 1)  # last row inclusive
            self._rows.extend(page.rows)
            self.endInsertRows()

    def _failed(self, token: int) -> None:
        if token == self._waiting_for:
            self._waiting_for, self.loading, self._has_more = None, False, False

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        return not parent.isValid() and self._has_more and self._waiting_for is None and not self.loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:
        if self.canFetchMore(parent):
            self._request(reset=False)


class AuditDialog(QDialog):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setWindowTitle(self.tr("Audit log"))
        self.resize(1100, 720)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 14)
        header = PageHeader(
            self.tr("Audit log"),
            self.tr("Every change to the book, newest first; each event's hash covers the one before it."),
        )
        self.verify_button = header.add_button(QPushButton(self.tr("Verify chain")))
        self.verify_button.setToolTip(
            self.tr("Recompute every event's hash and every sealed row's, and name the first broken place")
        )
        self.verify_button.clicked.connect(self.verify)
        layout.addWidget(header)

        filters = QHBoxLayout()
        filters.addWidget(QLabel(self.tr("User")))
        self.user_filter = combo([(self.tr("Any user"), "")])
        self.user_filter.setMinimumWidth(130)
        filters.addWidget(self.user_filter)
        filters.addWidget(QLabel(self.tr("Action")))
        self.action_filter = SearchBox(self.tr("Action starts with, e.g. invoice."))
        self.action_filter.setMinimumWidth(220)
        completer = QCompleter(list(ACTION_PREFIXES), self.action_filter)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        self.action_filter.setCompleter(completer)
        filters.addWidget(self.action_filter)
        filters.addWidget(QLabel(self.tr("Date")))
        self.dates = DateRangeFilter(ctx)
        filters.addWidget(self.dates)
        filters.addStretch(1)
        layout.addLayout(filters)

        verify_row = QHBoxLayout()
        self.progress = QProgressBar()
        self.progress.setRange(0, 0)  # the chain is walked in one go: a busy indicator
        self.progress.setMaximumWidth(160)
        self.progress.setTextVisible(False)
        self.progress.hide()
        verify_row.addWidget(self.progress)
        self.verify_result = QLabel("")
        self.verify_result.setWordWrap(True)
        self.verify_result.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        verify_row.addWidget(self.verify_result, 1)
        self.show_broken_button = QPushButton("")
        self.show_broken_button.hide()
        self.show_broken_button.clicked.connect(self.show_broken_event)
        verify_row.addWidget(self.show_broken_button)
        layout.addLayout(verify_row)

        self.model = AuditModel(ctx, self._columns(), parent=self)
        self.table = DataTable("audit.events", exportable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(DataTable.SelectionMode.SingleSelection)
        self.table.empty_text = self.tr("No events match the filters")
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._show_values())
        self.before = QPlainTextEdit()
        self.after = QPlainTextEdit()
        for box in (self.before, self.after):
            box.setReadOnly(True)
            box.setLineWrapMode(QPlainTextEdit.LineWrapMode.NoWrap)
        values = QWidget()
        values_layout = QHBoxLayout(values)
        values_layout.setContentsMargins(0, 0, 0, 0)
        for caption, box in ((self.tr("Before"), self.before), (self.tr("After"), self.after)):
            column = QVBoxLayout()
            column.addWidget(QLabel(caption))
            column.addWidget(box, 1)
            values_layout.addLayout(column, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(self.table)
        splitter.addWidget(values)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([430, 150])
        layout.addWidget(splitter, 1)

        footer = QHBoxLayout()
        self.count_label = QLabel("")
        self.count_label.setStyleSheet("color: #475467;")
        footer.addWidget(self.count_label)
        footer.addStretch(1)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        footer.addWidget(self.export_button)
        close = QPushButton(self.tr("Close"))
        close.clicked.connect(self.accept)
        footer.addWidget(close)
        layout.addLayout(footer)

        self.user_filter.currentIndexChanged.connect(lambda _i: self.reload())
        self.action_filter.search.connect(lambda _t: self.reload())
        self.dates.changed.connect(self.reload)
        self.model.modelReset.connect(self._count_changed)
        self.model.rowsInserted.connect(lambda *_: self._count_changed())
        self.broken_seq: int | None = None
        ctx.query(auth.list_users, success=self._fill_users, parent=self)
        self.reload()

    def _columns(self) -> list[Column]:
        return [
            Column("seq", self.tr("No."), lambda r: r.seq, "int", width=70),
            Column("time", self.tr("Time"), lambda r: local_time_text(r.occurred_at), width=140),
            Column("user", self.tr("User"), lambda r: r.user, width=100),
            Column("action", self.tr("Action"), lambda r: r.action, width=170),
            Column("entity", self.tr("Entity"), lambda r: r.entity, width=140),
            Column("entity_id", self.tr("Entity ID"), lambda r: r.entity_id, width=150),
            Column(
                "rows",
                self.tr("Sealed rows"),
                lambda r: r.rows_count,
                "days",
                width=90,
                tooltip=self.tr("Ledger rows this event wrote and sealed"),
            ),
            Column("after", self.tr("Values after"), lambda r: r.after_json, width=260),
        ]

    def _fill_users(self, users) -> None:
        current = self.user_filter.currentData()
        self.user_filter.blockSignals(True)
        for user in users:
            self.user_filter.addItem(user.name, user.name)
        self.user_filter.setCurrentIndex(max(self.user_filter.findData(current), 0))
        self.user_filter.blockSignals(False)

    def where(self) -> AuditFilter:
        first, last = self.dates.range()
        return AuditFilter(
            user=self.user_filter.currentData() or None,
            action=self.action_filter.text().strip() or None,
            first=first,
            last=last,
        )

    def reload(self, *, start_before: int | None = None) -> None:
        self.model.reload(self.where(), start_before=start_before)

    def _count_changed(self) -> None:
        count = self.model.rowCount()
        text = self.tr("%Ln event(s) shown", "", count)
        if self.model.canFetchMore():
            text += " · " + self.tr("scroll down for older events")
        self.count_label.setText(text)

    def selected(self) -> AuditRow | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _show_values(self) -> None:
        row = self.selected()
        self.before.setPlainText(pretty_json(row.before_json) if row else "")
        self.after.setPlainText(pretty_json(row.after_json) if row else "")

    # -- verifying ----------------------------------------------------------------------------------

    def verify(self) -> None:
        self.verify_button.setEnabled(False)
        self.progress.show()
        self.show_broken_button.hide()
        self.verify_result.setStyleSheet("color: #475467;")
        self.verify_result.setText(self.tr("Verifying every event and every sealed row…"))
        self.ctx.query_with_progress(
            lambda session, _control: audit.verify_chain(session),
            label=self.tr("Verifying the audit chain…"),
            success=self._verified,
            failure=self._verify_failed,
            parent=self,
            cancellable=False,
        )

    def _verified(self, report: audit.ChainReport) -> None:
        self.verify_button.setEnabled(True)
        self.progress.hide()
        count = formatting.current().integer(report.events)
        if report.ok:
            self.broken_seq = None
            self.verify_result.setStyleSheet("color: #067647; font-weight: bold;")
            self.verify_result.setText(
                self.tr("✓ The audit chain is intact: %1 events and every sealed row verified").replace(
                    "%1", count
                )
            )
            return
        self.broken_seq = report.first_broken_seq
        self.verify_result.setStyleSheet(f"color: {ERROR_COLOUR}; font-weight: bold;")
        self.verify_result.setText(
            self.tr("✗ The audit chain is broken at event %1: %2")
            .replace("%1", str(report.first_broken_seq))
            .replace("%2", report.reason)
        )
        if report.first_broken_seq is not None:
            self.show_broken_button.setText(
                self.tr("Show event %1").replace("%1", str(report.first_broken_seq))
            )
            self.show_broken_button.show()

    def _verify_failed(self, error: BaseException) -> None:
        from acctdesk.ui.ops import error_message

        self.verify_button.setEnabled(True)
        self.progress.hide()
        self.verify_result.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.verify_result.setText(error_message(error))

    def show_broken_event(self) -> None:
        """The list from the first broken event on, filters cleared, that event selected."""
        if self.broken_seq is None:
            return
        for widget in (self.user_filter, self.action_filter, self.dates):
            widget.blockSignals(True)
        self.user_filter.setCurrentIndex(0)
        self.action_filter.clear()
        self.dates.set_range(None, None)
        for widget in (self.user_filter, self.action_filter, self.dates):
            widget.blockSignals(False)
        self.reload(start_before=self.broken_seq + 1)
        target = self.broken_seq

        def select_it() -> None:
            self.model.modelReset.disconnect(select_it)
            if self.model.rows and self.model.rows[0].seq == target:
                self.table.selectRow(0)

        self.model.modelReset.connect(select_it)

    # -- exporting ----------------------------------------------------------------------------------

    def export(self, path: str | None = None):
        """Every event matching the filters (not only those loaded) to an .xlsx file."""
        if path is None:
            suggested = str(Path(default_export_folder()) / f"{self.tr('Audit log')} {date.today()}.xlsx")
            path, _ = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
            QSettings().setValue("export/folder", str(Path(path).parent))
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        columns = [self.model.columns[i] for i in self.table.visible_columns()]
        where, start_before, title = self.where(), self.model.start_before, self.tr("Audit log")
        total_label = self.tr("Total")

        def work(session, control):
            state = {"cursor": start_before, "more": True}

            def fetch(limit: int, _offset: int):
                if not state["more"]:
                    return []
                page = audit_page(session, where, before_seq=state["cursor"], limit=limit)
                state["cursor"], state["more"] = page.cursor, page.has_more
                return page.rows

            return write_xlsx(
                path,
                title=title,
                columns=columns,
                fetch=fetch,
                total_rows=None,
                total_label=total_label,
                progress=control.progress,
                is_cancelled=control.is_cancelled,
            )

        def done(result) -> None:
            if result is not None:
                self.count_label.setText(
                    self.tr("Exported %1 events to %2")
                    .replace("%1", formatting.current().integer(result.rows))
                    .replace("%2", str(result.path))
                )
                self.exported = result

        return self.ctx.query_with_progress(
            work, label=self.tr("Exporting to Excel…"), success=done, parent=self
        )
