"""The bank view: imported bank lines waiting to be matched, each beside its proposal and the reasons
for it; import a file, confirm or ignore a line, or let the sure proposals match themselves.

Self-contained: the main window embeds it. Every read and change goes through the services on the
worker thread (`AppContext.query` / `change`); the view refreshes itself when bank lines, receipts or
allocations changed.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QCoreApplication, QModelIndex, QObject, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QInputDialog,
    QLabel,
    QPushButton,
    QSpinBox,
    QSplitter,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services.bank_import import BankLineInfo, ImportResult, import_bank_file, list_bank_lines
from acctdesk.services.matching import (
    DEFAULT_MIN_SCORE,
    AutoMatchResult,
    Proposal,
    auto_match,
    confirm_match,
    ignore_line,
    propose_matches,
    unmatch_line,
)
from acctdesk.ui import formatting
from acctdesk.ui.bank_import_wizard import BankImportWizard
from acctdesk.ui.context import AppContext
from acctdesk.ui.match_panel import MatchPanel
from acctdesk.ui.widgets.common import PageHeader, combo

REFRESH_KINDS = {"bank_lines", "receipts", "allocations", "customers", "invoices"}
STATUSES = ("unmatched", "matched", "ignored", "outgoing")


@dataclass(frozen=True)
class BankRow:
    line: BankLineInfo
    proposal: Proposal | None


def load_rows(session, status: str | None) -> list[BankRow]:
    """The lines of a status (all when None), with the proposal of each unmatched one."""
    lines = list_bank_lines(session, status=status)
    wanted = {line.id for line in lines if line.status == "unmatched"}
    proposals = {p.line_id: p for p in propose_matches(session, line_ids=sorted(wanted))} if wanted else {}
    return [BankRow(line, proposals.get(line.id)) for line in lines]


def status_label(status: str) -> str:
    """A bank line's status in words."""
    return {
        "unmatched": QCoreApplication.translate("BankView", "Waiting to be matched"),
        "matched": QCoreApplication.translate("BankView", "Matched"),
        "ignored": QCoreApplication.translate("BankView", "Ignored"),
        "outgoing": QCoreApplication.translate("BankView", "Money out"),
    }.get(status, status)


class BankLinesModel(QAbstractTableModel):
    """One row per bank line: the bank's fields, then the proposed customer, score and items."""

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.rows: list[BankRow] = []
        self.headers = [
            self.tr("Date"),
            self.tr("Currency"),
            self.tr("Amount"),
            self.tr("Counterparty"),
            self.tr("Memo"),
            self.tr("Status"),
            self.tr("Customer"),
            self.tr("Score"),
            self.tr("Pays"),
        ]

    def set_rows(self, rows: list[BankRow]) -> None:
        self.beginResetModel()
        self.rows = list(rows)
        self.endResetModel()

    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008 - Qt's signature
        return 0 if parent.isValid() else len(self.headers)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        horizontal = orientation == Qt.Orientation.Horizontal
        if role == Qt.ItemDataRole.DisplayRole and horizontal and 0 <= section < len(self.headers):
            return self.headers[section]
        return None

    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not 0 <= index.row() < len(self.rows):
            return None
        row = self.rows[index.row()]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return self._text(row, column)
        if role == Qt.ItemDataRole.TextAlignmentRole and column in (2, 7):
            return int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        if role == Qt.ItemDataRole.ToolTipRole and row.proposal is not None:
            return "\n".join(row.proposal.reasons)
        if role == Qt.ItemDataRole.UserRole:
            return row
        return None

    def _text(self, row: BankRow, column: int) -> str:
        line, proposal = row.line, row.proposal
        fmt = formatting.fmt
        if column == 0:
            return fmt.date(line.booking_date)
        if column == 1:
            return line.amount.currency
        if column == 2:
            return fmt.money(line.amount)
        if column == 3:
            return line.counterparty_name
        if column == 4:
            return line.memo or line.reference
        if column == 5:
            return line.receipt_number or line.note or status_label(line.status)
        if proposal is None:
            return ""
        if column == 6:
            return f"{proposal.customer_code} {proposal.customer_name}"
        if column == 7:
            return str(proposal.score)
        return ", ".join(
            f"{a.invoice_number}{'' if a.seq == 1 else f'/{a.seq}'} {fmt.money(a.amount)}"
            for a in proposal.allocations
        )


class BankView(QWidget):
    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.last_message = ""
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 12)
        self.header = PageHeader(self.tr("Bank"), self.tr("Imported bank lines and the matches proposed"))
        self.import_button = QPushButton(self.tr("Import file…"))
        self.import_button.clicked.connect(lambda: self.import_file())
        self.min_score = QSpinBox()
        self.min_score.setRange(50, 100)
        self.min_score.setValue(DEFAULT_MIN_SCORE)
        self.min_score.setPrefix(self.tr("score ≥ "))
        self.min_score.setToolTip(
            self.tr("Proposals scoring at least this are confirmed by Match the sure ones")
        )
        self.auto_button = QPushButton(self.tr("Match the sure ones"))
        self.auto_button.setToolTip(self.tr("Confirm every proposal scoring at least the score beside"))
        self.auto_button.clicked.connect(self.match_automatically)
        self.confirm_button = QPushButton(self.tr("Confirm"))
        self.confirm_button.setToolTip(self.tr("Accept the selected line's proposal as it is"))
        self.confirm_button.clicked.connect(self.confirm_selected)
        self.ignore_button = QPushButton(self.tr("Ignore…"))
        self.ignore_button.clicked.connect(lambda: self.ignore_selected())
        self.unmatch_button = QPushButton(self.tr("Unmatch…"))
        self.unmatch_button.setToolTip(
            self.tr("Reverse a matched line's receipt (its allocations are released) and put the line back")
        )
        self.unmatch_button.clicked.connect(lambda: self.unmatch_selected())
        for button in (
            self.import_button,
            self.min_score,
            self.auto_button,
            self.confirm_button,
            self.ignore_button,
            self.unmatch_button,
        ):
            self.header.add_button(button)
        layout.addWidget(self.header)

        self.status_box = combo(
            [(self.tr("Waiting to be matched"), "unmatched"), (self.tr("All lines"), None)]
            + [(self._status_label(s), s) for s in STATUSES[1:]]
        )
        self.status_box.currentIndexChanged.connect(lambda _i: self.reload())
        layout.addWidget(self.status_box, 0, Qt.AlignmentFlag.AlignLeft)

        self.model = BankLinesModel(self)
        self.table = QTableView()
        self.table.setModel(self.model)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().hide()
        self.table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        self.panel = MatchPanel(ctx)
        self.panel.confirmed.connect(self._match_confirmed)
        self.splitter = QSplitter(Qt.Orientation.Horizontal)
        self.splitter.addWidget(self.table)
        self.splitter.addWidget(self.panel)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)
        layout.addWidget(self.splitter, 1)

        self.reasons = QLabel()
        self.reasons.setWordWrap(True)
        self.reasons.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.reasons)
        self.summary = QLabel()
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)

        ctx.ops.operation_did_execute.connect(self._operation_did_execute)
        self._selection_changed()
        self.reload()

    def _status_label(self, status: str) -> str:
        return status_label(status)

    # ----------------------------------------------------------------------------------- reading

    def reload(self) -> None:
        status = self.status_box.currentData()
        self.ctx.query(lambda session: load_rows(session, status), success=self._loaded, parent=self)

    def _loaded(self, rows: list[BankRow]) -> None:
        self.model.set_rows(rows)
        self._selection_changed()

    def _operation_did_execute(self, changes, initiator) -> None:
        if initiator is not self and changes.kinds & REFRESH_KINDS:
            self.reload()

    def selected_row(self) -> BankRow | None:
        indexes = self.table.selectionModel().selectedRows()
        return self.model.rows[indexes[0].row()] if indexes else None

    def select_line(self, line_id: int) -> None:
        for number, row in enumerate(self.model.rows):
            if row.line.id == line_id:
                self.table.selectRow(number)
                return

    def _selection_changed(self) -> None:
        row = self.selected_row()
        unmatched = row is not None and row.line.status == "unmatched"
        self.confirm_button.setEnabled(unmatched and row.proposal is not None)
        self.ignore_button.setEnabled(unmatched)
        self.unmatch_button.setEnabled(row is not None and row.line.status == "matched")
        self.panel.show_line(row.line if row else None, row.proposal if row else None)
        if row is None or row.proposal is None:
            self.reasons.setText("" if row is None else self.tr("No proposal: the payer is not recognised."))
        else:
            self.reasons.setText("\n".join(f"• {reason}" for reason in row.proposal.reasons))

    # ---------------------------------------------------------------------------------- changing

    def _changed(self, message: str) -> None:
        self.last_message = message
        self.summary.setText(message)
        self.reload()

    def import_file(self, path: str | Path | None = None) -> BankImportWizard | None:
        """Without a path, the import wizard (choose, preview, adjust, import); with one, the file is
        imported straight away as read by its suggested mapping or saved template."""
        if path is None:
            wizard = BankImportWizard(self.ctx, self, initiator=self)
            wizard.imported.connect(self._imported)
            wizard.open()
            return wizard
        self.ctx.change(
            lambda uow: import_bank_file(uow, path),
            success=self._imported,
            parent=self,
            initiator=self,
            label=self.tr("Importing…"),
        )
        return None

    def _imported(self, result: ImportResult) -> None:
        if result.already_imported:
            message = self.tr("%1 was imported already: nothing added.").replace("%1", result.file_name)
        else:
            message = (
                self.tr("%1: %2 lines read, %3 added (%4 money in, %5 money out), %6 already in the book.")
                .replace("%1", result.file_name)
                .replace("%2", str(result.lines_read))
                .replace("%3", str(result.added))
                .replace("%4", str(result.incoming))
                .replace("%5", str(result.outgoing))
                .replace("%6", str(result.duplicates))
            )
        self._changed(message)

    def match_automatically(self) -> None:
        min_score = self.min_score.value()
        self.ctx.change(
            lambda uow: auto_match(uow, min_score=min_score),
            success=self._auto_matched,
            parent=self,
            initiator=self,
            label=self.tr("Matching…"),
        )

    def _auto_matched(self, result: AutoMatchResult) -> None:
        message = (
            self.tr("%1 of %2 proposals confirmed; %3 wait for review.")
            .replace("%1", str(result.confirmed))
            .replace("%2", str(result.proposals))
            .replace("%3", str(result.below_threshold + len(result.skipped)))
        )
        skipped = [
            self.tr("Line %1: %2").replace("%1", str(i)).replace("%2", why) for i, why in result.skipped
        ]
        self._changed("\n".join([message, *skipped]))

    def confirm_selected(self) -> None:
        row = self.selected_row()
        if row is None or row.proposal is None:
            return
        proposal = row.proposal
        self.ctx.change(
            lambda uow: confirm_match(
                uow, proposal.line_id, proposal.customer_code, proposal.allocation_lines()
            ),
            success=lambda result: self._changed(
                self.tr("Line %1 is receipt %2 of %3.")
                .replace("%1", str(result.line_id))
                .replace("%2", result.receipt_number)
                .replace("%3", result.customer_code)
            ),
            parent=self,
            initiator=self,
        )

    def _match_confirmed(self, result) -> None:
        self._changed(
            self.tr("Line %1 is receipt %2 of %3.")
            .replace("%1", str(result.line_id))
            .replace("%2", result.receipt_number)
            .replace("%3", result.customer_code)
        )

    def unmatch_selected(self, reason: str | None = None) -> None:
        """Undo a confirmed match: its receipt is reversed as of the app's date, with a reason."""
        row = self.selected_row()
        if row is None or row.line.status != "matched":
            return
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self, self.tr("Unmatch the line"), self.tr("Why is the match wrong?")
            )
            if not accepted:
                return
        line_id, on = row.line.id, max(self.ctx.as_of, row.line.booking_date)
        self.ctx.change(
            lambda uow: unmatch_line(uow, line_id, on=on, reason=reason),
            success=lambda _: self._changed(
                self.tr("Line %1 is waiting to be matched again; its receipt was reversed.").replace(
                    "%1", str(line_id)
                )
            ),
            parent=self,
            initiator=self,
        )

    def ignore_selected(self, reason: str | None = None) -> None:
        row = self.selected_row()
        if row is None:
            return
        if reason is None:
            reason, accepted = QInputDialog.getText(
                self, self.tr("Ignore the line"), self.tr("Why is it not a customer payment?")
            )
            if not accepted:
                return
        line_id = row.line.id
        self.ctx.change(
            lambda uow: ignore_line(uow, line_id, reason),
            success=lambda _: self._changed(self.tr("Line %1 ignored.").replace("%1", str(line_id))),
            parent=self,
            initiator=self,
        )
