"""Master data from sheets: customers, invoices, opening balances or receipts from an Excel workbook or a
CSV file. Choose what to import, download its template if needed, choose the file, Check (a dry run that
writes nothing) and Import. The whole file goes in or nothing does: a file with bad rows lists every
problem (row, column, reason) in the dialog.

The service (`services.master_import`) runs on the worker thread; a real import goes through
`AppContext.change`, so the open views refresh through the usual change notification.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QSettings, Qt, Signal
from PySide6.QtWidgets import (
    QDialog,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services.bank_import import ImportRejected
from acctdesk.services.master_import import (
    KINDS,
    MasterImportResult,
    columns_of,
    import_master_file,
    template_file_name,
    template_workbook,
)
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import (
    ERROR_COLOUR,
    MUTED,
    OK_COLOUR,
    RowErrorTable,
    combo,
    default_export_folder,
    note_label,
    select_data,
)


def ui_language() -> str:
    """The interface language now in use ("zh_CN" or "en"): templates are written in it."""
    return formatting.current().language


class MasterImportDialog(QDialog):
    """Import one kind of master data from a sheet: check first, then import; results shown in place."""

    imported = Signal(object)  # the MasterImportResult of a real import

    def __init__(self, ctx: AppContext, kind: str = "customers", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.busy = False
        self.last_result: MasterImportResult | None = None
        self.last_error: BaseException | None = None
        self.setWindowTitle(self.tr("Import master data"))
        self.setMinimumWidth(640)
        layout = QVBoxLayout(self)

        intro = self.tr(
            "Customers, invoices, opening balances or receipts from an Excel workbook or a CSV file. "
            "Check reads every row and writes nothing; Import adds the rows not in the book yet. "
            "A file with any bad row imports nothing."
        )
        layout.addWidget(note_label(intro))

        form = QFormLayout()
        self.kind_box = combo([(self.kind_label(k), k) for k in KINDS])
        select_data(self.kind_box, kind if kind in KINDS else KINDS[0])
        self.kind_box.currentIndexChanged.connect(lambda _i: self._kind_changed())
        self.template_button = QPushButton(self.tr("Download template…"))
        self.template_button.setToolTip(self.tr("An empty sheet with the right columns, to fill in"))
        self.template_button.clicked.connect(lambda: self.save_template())
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_box)
        kind_row.addWidget(self.template_button)
        kind_row.addStretch(1)
        form.addRow(self.tr("What to import:"), kind_row)
        self.columns_label = QLabel()
        self.columns_label.setWordWrap(True)
        self.columns_label.setStyleSheet(MUTED)
        form.addRow(self.tr("Columns:"), self.columns_label)

        self.file_edit = QLineEdit()
        self.file_edit.setPlaceholderText(self.tr("An .xlsx, .xls or .csv file"))
        self.file_edit.textChanged.connect(lambda _t: self._file_changed())
        self.choose_button = QPushButton(self.tr("Choose file…"))
        self.choose_button.clicked.connect(lambda: self.choose_file())
        file_row = QHBoxLayout()
        file_row.addWidget(self.file_edit, 1)
        file_row.addWidget(self.choose_button)
        form.addRow(self.tr("File:"), file_row)
        layout.addLayout(form)

        self.summary = QLabel()
        self.summary.setWordWrap(True)
        self.summary.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.summary)
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet(MUTED)
        self.warnings.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        layout.addWidget(self.warnings)

        self.problems = RowErrorTable()
        layout.addWidget(self.problems, 1)
        layout.addStretch(1)  # takes the room while the problems table is hidden
        self._filler = layout.count() - 1
        self._layout = layout

        buttons = QHBoxLayout()
        buttons.addStretch(1)
        self.check_button = QPushButton(self.tr("Check"))
        self.check_button.setToolTip(
            self.tr("Read every row and say what would be added; nothing is written")
        )
        self.check_button.clicked.connect(self.check)
        self.check_button.setDefault(True)  # Enter checks; importing takes a deliberate click
        self.import_button = QPushButton(self.tr("Import"))
        self.import_button.setToolTip(
            self.tr("Add the rows not in the book yet; a file with bad rows adds nothing")
        )
        self.import_button.clicked.connect(self.run_import)
        self.close_button = QPushButton(self.tr("Close"))
        self.close_button.clicked.connect(self.reject)
        for button in (self.check_button, self.import_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)

        self._kind_changed()
        self._update_buttons()
        self.resize(760, 520)

    # -------------------------------------------------------------------------------------- choosing

    def kind_label(self, kind: str) -> str:
        return {
            "customers": self.tr("Customers"),
            "invoices": self.tr("Invoices"),
            "opening_balances": self.tr("Opening balances"),
            "receipts": self.tr("Receipts"),
        }[kind]

    @property
    def kind(self) -> str:
        return self.kind_box.currentData()

    def set_kind(self, kind: str) -> None:
        select_data(self.kind_box, kind)

    @property
    def file_path(self) -> str:
        return self.file_edit.text().strip()

    def set_file(self, path: str | Path) -> None:
        self.file_edit.setText(str(path))

    def _kind_changed(self) -> None:
        chinese = ui_language().startswith("zh")
        names = [
            (column.zh if chinese else column.en) + ("*" if column.required else "")
            for column in columns_of(self.kind)
        ]
        self.columns_label.setText(
            self.tr("%1 (* must be filled in; Chinese or English names, in any order)").replace(
                "%1", ("、" if chinese else ", ").join(names)
            )
        )
        self.clear_outcome()

    def _file_changed(self) -> None:
        self.clear_outcome()
        self._update_buttons()

    def _update_buttons(self) -> None:
        ready = bool(self.file_path) and not self.busy
        self.check_button.setEnabled(ready)
        self.import_button.setEnabled(ready)
        for widget in (self.kind_box, self.file_edit, self.choose_button, self.template_button):
            widget.setEnabled(not self.busy)

    def choose_file(self) -> None:
        start = str(Path(self.file_path).parent) if self.file_path else default_export_folder()
        path, _filter = QFileDialog.getOpenFileName(
            self,
            self.tr("Choose a sheet to import"),
            start,
            self.tr("Sheets (*.xlsx *.xls *.csv);;All files (*)"),
        )
        if path:
            self.set_file(path)

    def save_template(self, path: str | Path | None = None) -> Path | None:
        """Write the chosen kind's template sheet (in the interface language); without a path, ask where."""
        kind, language = self.kind, ui_language()
        if path is None:
            suggested = Path(default_export_folder()) / template_file_name(kind, language)
            chosen, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Save the template"), str(suggested), self.tr("Excel workbook (*.xlsx)")
            )
            if not chosen:
                return None
            QSettings().setValue("export/folder", str(Path(chosen).parent))
            path = chosen
        target = Path(path)
        if target.suffix.lower() != ".xlsx":
            target = target.with_name(target.name + ".xlsx")
        try:
            target.write_bytes(template_workbook(kind, language))
        except OSError as problem:
            self.clear_outcome()
            self._show_line(error_message(problem), ERROR_COLOUR)
            return None
        self.set_file(target)
        self._show_line(
            self.tr("Template saved to %1. Fill it in, save it, then press Check.").replace(
                "%1", str(target)
            ),
            OK_COLOUR,
        )
        return target

    # ------------------------------------------------------------------------------------- running

    def check(self) -> None:
        """A dry run on the worker thread: every row read and checked, nothing written."""
        self._run(dry_run=True)

    def run_import(self) -> None:
        """The real import, as one change to the book (all rows or none)."""
        self._run(dry_run=False)

    def _run(self, *, dry_run: bool) -> None:
        path, kind = self.file_path, self.kind
        if not path or self.busy:
            return
        self.busy = True
        self._update_buttons()
        self.clear_outcome()
        self._show_line(self.tr("Checking…") if dry_run else self.tr("Importing…"), None)
        if dry_run:  # writes nothing: no change notification, the views need not reload
            book, user = self.ctx.book, self.ctx.user
            self.ctx.ops.run(
                lambda _control: import_master_file(UnitOfWork(book, user), path, kind, dry_run=True),
                success=self._finished,
                failure=self._failed,
                parent=self,
                label=self.tr("Checking the file…"),
            )
        else:
            self.ctx.change(
                lambda uow: import_master_file(uow, path, kind),
                success=self._finished,
                failure=self._failed,
                parent=self,
                initiator=self,
                label=self.tr("Importing…"),
            )

    def _finished(self, result: MasterImportResult) -> None:
        self.busy = False
        self.last_result, self.last_error = result, None
        self._update_buttons()
        self.show_result(result)
        if not result.dry_run:
            self.imported.emit(result)

    def _failed(self, error: BaseException) -> None:
        self.busy = False
        self.last_result, self.last_error = None, error
        self._update_buttons()
        if isinstance(error, ImportRejected):
            self.show_problems(error)
        else:
            self.clear_outcome()
            self._show_line(error_message(error), ERROR_COLOUR)

    def reject(self) -> None:
        if self.busy:  # the work finishes first: its result has nowhere to go otherwise
            return
        super().reject()

    # ------------------------------------------------------------------------------------- showing

    def clear_outcome(self) -> None:
        self.summary.clear()
        self.warnings.clear()
        self.warnings.hide()
        self.problems.setRowCount(0)
        self.problems.hide()
        self._layout.setStretch(self._filler, 1)

    def _show_line(self, text: str, colour: str | None) -> None:
        self.summary.setText(text)
        self.summary.setStyleSheet(f"color: {colour};" if colour else "")

    def summary_text(self, result: MasterImportResult) -> str:
        fmt = formatting.current()
        where = result.file_name + (f" [{result.sheet}]" if result.sheet else "")
        if result.dry_run:
            counts = self.tr("%1: rows read %2; would be added %3; already in the book %4.")
        else:
            counts = self.tr("%1: rows read %2; added %3; already in the book %4.")
        lines = [
            counts.replace("%1", where)
            .replace("%2", fmt.integer(result.rows_read))
            .replace("%3", fmt.integer(result.added))
            .replace("%4", fmt.integer(result.already_in_book))
        ]
        if result.totals:
            amounts = "; ".join(f"{money.currency} {fmt.money(money)}" for money in result.totals)
            label = (
                self.tr("Amounts that would be added: %1") if result.dry_run else self.tr("Amounts added: %1")
            )
            lines.append(label.replace("%1", amounts))
        if result.dry_run:
            lines.append(
                self.tr("Checked only: nothing was written. Press Import to add the rows.")
                if result.added
                else self.tr("Checked only: there is nothing new to add.")
            )
        elif not result.added:
            lines.append(self.tr("Nothing new: every row is in the book already."))
        return "\n".join(lines)

    def show_result(self, result: MasterImportResult) -> None:
        self.clear_outcome()
        self._show_line(self.summary_text(result), None if result.dry_run else OK_COLOUR)
        if result.warnings:
            self.warnings.setText(
                "\n".join([self.tr("Notes:"), *(f"• {warning}" for warning in result.warnings)])
            )
            self.warnings.show()

    def show_problems(self, error: ImportRejected) -> None:
        self.clear_outcome()
        count = len(error.row_errors)
        self._show_line(
            self.tr(
                "Nothing was imported: %1 problem(s) found, listed below. "
                "Correct the file and check it again."
            ).replace("%1", formatting.current().integer(count)),
            ERROR_COLOUR,
        )
        self.problems.show_errors(error.row_errors)
        self.problems.show()
        self._layout.setStretch(self._filler, 0)

    def problem_rows(self) -> list[tuple[str, ...]]:
        """The problems table as text (row, column, reason), for tests and copying."""
        return self.problems.texts()
