"""The bank-file import wizard: choose a file, see what would be read, adjust which column holds
which field (CSV and sheets only), import, and see what was added or why nothing was.

Every read and the import run on the worker thread (`AppContext.query` / `change`); outcomes and
refusals are shown inside the dialog, never in a message box.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, replace
from decimal import Decimal
from pathlib import Path

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QStackedWidget,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from acctdesk.model.money import Money
from acctdesk.services.bank_import import (
    ImportRejected,
    ImportResult,
    import_bank_file,
    read_with_templates,
)
from acctdesk.services.importing import ColumnMapping, ReadResult, RowError
from acctdesk.services.importing.keys import finish_lines
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import FieldMessage, RowErrorTable, note_label

PREVIEW_LINES = 50
CHOOSE, PREVIEW, ADJUST, SUMMARY = range(4)
# The mapping fields a clerk may change, in the order shown.
FIELDS = (
    "date",
    "amount",
    "credit",
    "debit",
    "counterparty_name",
    "counterparty_account",
    "reference",
    "memo",
    "currency",
)
CURRENCIES = ("CNY", "USD", "EUR", "HKD", "JPY", "GBP")
SEP = "\x1f"  # between the memo columns in a combo item's data


@dataclass(frozen=True)
class Preview:
    """A file as it would be imported now, and the template it was read with (if any)."""

    read: ReadResult
    template: str | None


def read_preview(session: Session, path: str, mapping: ColumnMapping | None, currency: str | None) -> Preview:
    """Read the file as `import_bank_file` would (`bank_import.read_with_templates`), its lines keyed."""
    (read, drafts), template = read_with_templates(session, Path(path), mapping, currency, None)
    read.lines.extend(finish_lines(drafts))
    return Preview(read, template)


def _table(headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setHorizontalHeaderLabels(headers)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.verticalHeader().hide()
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
    table.horizontalHeader().setStretchLastSection(True)
    return table


def _fill(table: QTableWidget, rows: list[list[str]], right: tuple[int, ...] = ()) -> None:
    table.setRowCount(len(rows))
    for r, cells in enumerate(rows):
        for c, text in enumerate(cells):
            item = QTableWidgetItem(text)
            if c in right:
                item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            table.setItem(r, c, item)


def _amount(amount: Decimal, currency: str) -> str:
    try:
        return formatting.current().amount(amount, currency)
    except Exception:  # an unknown currency: show the number as read
        return str(amount)


def _totals(money: list[Money] | tuple[Money, ...]) -> str:
    fmt = formatting.current()
    return ", ".join(f"{m.currency} {fmt.money(m)}" for m in money)


class BankImportWizard(QDialog):
    """Choose → preview → adjust (CSV and sheets) → import → summary, in one dialog."""

    imported = Signal(object)  # the ImportResult

    def __init__(self, ctx: AppContext, parent: QWidget | None = None, *, initiator: object = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.initiator = initiator if initiator is not None else self
        self.path: str | None = None
        self.preview: Preview | None = None  # the last preview read
        self.base_mapping: ColumnMapping | None = None  # as first read, before any adjusting
        self.mapping: ColumnMapping | None = None  # as adjusted
        self.result: ImportResult | None = None
        self.rejected_errors: tuple[RowError, ...] = ()
        self.reading = False
        self.importing = False
        self._generation = 0
        self.setWindowTitle(self.tr("Import a bank file"))
        self.setMinimumSize(900, 620)

        layout = QVBoxLayout(self)
        self.step_label = QLabel()
        self.step_label.setStyleSheet("font-size: 15px; font-weight: 600;")
        layout.addWidget(self.step_label)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._choose_page())
        self.stack.addWidget(self._preview_page())
        self.stack.addWidget(self._adjust_page())
        self.stack.addWidget(self._summary_page())
        layout.addWidget(self.stack, 1)

        buttons = QHBoxLayout()
        self.back_button = QPushButton(self.tr("Back"))
        self.back_button.clicked.connect(self.back)
        self.next_button = QPushButton(self.tr("Next"))
        self.next_button.setDefault(True)
        self.next_button.clicked.connect(self.next)
        self.close_button = QPushButton(self.tr("Cancel"))
        self.close_button.clicked.connect(self._close)
        buttons.addStretch(1)
        for button in (self.back_button, self.next_button, self.close_button):
            buttons.addWidget(button)
        layout.addLayout(buttons)
        self._go(CHOOSE)

    # ------------------------------------------------------------------------------------ pages

    def _choose_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            note_label(
                self.tr(
                    "Choose a statement exported from the bank or a payment platform: CSV, Excel, "
                    "MT940, CAMT.053 or OFX. Nothing is imported before the last step."
                )
            )
        )
        form = QFormLayout()
        row = QHBoxLayout()
        self.file_edit = QLineEdit()
        self.file_edit.setReadOnly(True)
        self.file_edit.setPlaceholderText(self.tr("No file chosen"))
        self.browse_button = QPushButton(self.tr("Choose file…"))
        self.browse_button.clicked.connect(self.choose_file)
        row.addWidget(self.file_edit, 1)
        row.addWidget(self.browse_button)
        form.addRow(self.tr("File"), row)
        self.currency_box = QComboBox()
        self.currency_box.addItem(self.tr("As the file says"), None)
        for code in dict.fromkeys((self.ctx.base_currency, *CURRENCIES)):
            self.currency_box.addItem(code, code)
        self.currency_box.setToolTip(self.tr("The account's currency, for files that do not name one"))
        self.currency_box.currentIndexChanged.connect(lambda _i: self._currency_changed())
        form.addRow(self.tr("Account currency"), self.currency_box)
        layout.addLayout(form)
        layout.addStretch(1)
        return page

    def _preview_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.reading_label = QLabel()
        layout.addWidget(self.reading_label)
        self.read_error = FieldMessage()
        layout.addWidget(self.read_error)
        info = QFormLayout()
        self.format_label = QLabel()
        self.mapping_label = QLabel()
        self.mapping_label.setWordWrap(True)
        self.mapping_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.counts_label = QLabel()
        self.counts_label.setWordWrap(True)
        info.addRow(self.tr("File format"), self.format_label)
        info.addRow(self.tr("Columns"), self.mapping_label)
        info.addRow(self.tr("Lines"), self.counts_label)
        layout.addLayout(info)
        self.preview_table = _table(
            [
                self.tr("Row"),
                self.tr("Date"),
                self.tr("Amount"),
                self.tr("Currency"),
                self.tr("Payer"),
                self.tr("Memo"),
                self.tr("Reference"),
            ]
        )
        layout.addWidget(self.preview_table, 3)
        self.warnings_label = QLabel()
        self.warnings_label.setWordWrap(True)
        self.warnings_label.setStyleSheet("color: #9a6700;")
        layout.addWidget(self.warnings_label)
        self.errors_title = QLabel()
        layout.addWidget(self.errors_title)
        self.errors_table = RowErrorTable()
        layout.addWidget(self.errors_table, 1)
        return page

    def _adjust_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(
            note_label(
                self.tr(
                    "Say which column holds which field. Use either one amount column (+ money in, "
                    "− money out) or separate money-in and money-out columns. The preview is read "
                    "again after each change."
                )
            )
        )
        box = QGroupBox(self.tr("Columns"))
        grid = QGridLayout(box)
        labels = {
            "date": self.tr("Date"),
            "amount": self.tr("Amount (signed)"),
            "credit": self.tr("Money in"),
            "debit": self.tr("Money out"),
            "counterparty_name": self.tr("Payer"),
            "counterparty_account": self.tr("Payer account"),
            "reference": self.tr("Reference"),
            "memo": self.tr("Memo"),
            "currency": self.tr("Currency"),
        }
        self.field_boxes: dict[str, QComboBox] = {}
        for number, name in enumerate(FIELDS):
            box_ = QComboBox()
            box_.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            box_.setMinimumWidth(160)
            box_.currentIndexChanged.connect(lambda _i, name=name: self._field_changed(name))
            self.field_boxes[name] = box_
            row, column = divmod(number, 3)
            grid.addWidget(QLabel(labels[name]), row, column * 2)
            grid.addWidget(box_, row, column * 2 + 1)
        layout.addWidget(box)
        template_row = QFormLayout()
        self.template_name = QLineEdit()
        self.template_name.setPlaceholderText(self.tr("Optional: a name, e.g. 工行对公流水"))
        self.template_name.setToolTip(
            self.tr("Saved with the import; the next file with these headers is read the same way")
        )
        template_row.addRow(self.tr("Save this mapping as template"), self.template_name)
        layout.addLayout(template_row)
        self.adjust_counts = QLabel()
        self.adjust_counts.setWordWrap(True)
        layout.addWidget(self.adjust_counts)
        self.adjust_error = FieldMessage()
        layout.addWidget(self.adjust_error)
        self.adjust_table = _table(
            [self.tr("Date"), self.tr("Amount"), self.tr("Currency"), self.tr("Payer"), self.tr("Memo")]
        )
        layout.addWidget(self.adjust_table, 1)
        return page

    def _summary_page(self) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        self.progress_label = QLabel()
        layout.addWidget(self.progress_label)
        self.outcome_label = QLabel()
        self.outcome_label.setWordWrap(True)
        self.outcome_label.setStyleSheet("font-weight: 600;")
        layout.addWidget(self.outcome_label)
        self.summary_form = QFormLayout()
        self.summary_values: dict[str, QLabel] = {}
        for key, text in (
            ("read", self.tr("Lines read")),
            ("added", self.tr("Added")),
            ("incoming", self.tr("Money in")),
            ("outgoing", self.tr("Money out")),
            ("duplicates", self.tr("Duplicates skipped")),
            ("already", self.tr("Already imported")),
            ("template", self.tr("Template")),
            ("warnings", self.tr("Warnings")),
        ):
            value = QLabel()
            value.setWordWrap(True)
            value.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
            self.summary_values[key] = value
            self.summary_form.addRow(text, value)
        self.summary_box = QWidget()
        self.summary_box.setLayout(self.summary_form)
        layout.addWidget(self.summary_box)
        self.rejected_table = RowErrorTable()
        layout.addWidget(self.rejected_table, 1)
        layout.addStretch(0)
        return page

    # ------------------------------------------------------------------------------- navigation

    @property
    def step(self) -> int:
        return self.stack.currentIndex()

    @property
    def has_mapping(self) -> bool:
        """A CSV file or a sheet, whose columns can be chosen (MT940, CAMT and OFX have none)."""
        return self.base_mapping is not None

    def _go(self, step: int) -> None:
        self.stack.setCurrentIndex(step)
        self.step_label.setText(
            {
                CHOOSE: self.tr("1. Choose the file"),
                PREVIEW: self.tr("2. Check what will be read"),
                ADJUST: self.tr("3. Adjust the columns"),
                SUMMARY: self.tr("4. Import"),
            }[step]
        )
        self._update_buttons()

    def _update_buttons(self) -> None:
        step = self.step
        ready = self.preview is not None and not self.reading
        self.back_button.setVisible(step != CHOOSE)
        self.back_button.setEnabled(
            step in (PREVIEW, ADJUST) or (step == SUMMARY and not self.importing and self.result is None)
        )
        self.next_button.setVisible(step != SUMMARY)
        if step == CHOOSE:
            self.next_button.setText(self.tr("Next"))
            self.next_button.setEnabled(self.path is not None)
        elif step == PREVIEW:
            self.next_button.setText(self.tr("Next") if self.has_mapping else self.tr("Import"))
            self.next_button.setEnabled(ready)
        elif step == ADJUST:
            self.next_button.setText(self.tr("Import"))
            self.next_button.setEnabled(ready)
        self.close_button.setText(self.tr("Close") if step == SUMMARY else self.tr("Cancel"))
        self.close_button.setEnabled(not self.importing)

    def next(self) -> None:
        if self.step == CHOOSE and self.path is not None:
            self._go(PREVIEW)
        elif self.step == PREVIEW and self.preview is not None and not self.reading:
            if self.has_mapping:
                self._go(ADJUST)
            else:
                self.start_import()
        elif self.step == ADJUST and self.preview is not None and not self.reading:
            self.start_import()

    def back(self) -> None:
        if self.step == SUMMARY:
            self._go(ADJUST if self.has_mapping else PREVIEW)
        elif self.step == ADJUST:
            self._go(PREVIEW)
        elif self.step == PREVIEW:
            self._go(CHOOSE)

    def _close(self) -> None:
        if self.result is not None:
            self.accept()
        else:
            self.reject()

    # ------------------------------------------------------------------------------- choosing

    def choose_file(self) -> None:
        path, _ = QFileDialog.getOpenFileName(
            self,
            self.tr("Import a bank file"),
            "",
            self.tr("Bank files (*.csv *.xlsx *.xls *.sta *.mt940 *.xml *.ofx *.qfx);;All files (*)"),
        )
        if path:
            self.set_file(path)

    def set_file(self, path: str | Path) -> None:
        """Take this file and read its preview (in the background)."""
        self.path = str(path)
        self.file_edit.setText(self.path)
        self.preview = None
        self.base_mapping = self.mapping = None
        self.result = None
        self.template_name.clear()
        self._go(PREVIEW)
        self._read(None)

    @property
    def currency(self) -> str | None:
        return self.currency_box.currentData()

    def _currency_changed(self) -> None:
        if self.path is not None:
            self._read(self.mapping if self.mapping != self.base_mapping else None)

    # -------------------------------------------------------------------------------- reading

    def _read(self, mapping: ColumnMapping | None) -> None:
        assert self.path is not None
        self._generation += 1
        generation, path, currency = self._generation, self.path, self.currency
        self.reading = True
        self.reading_label.setText(self.tr("Reading %1…").replace("%1", Path(path).name))
        self.read_error.show_message("")
        self.adjust_error.show_message("")
        self._update_buttons()
        self.ctx.query(
            lambda session: read_preview(session, path, mapping, currency),
            success=lambda preview: self._read_done(generation, preview),
            failure=lambda error: self._read_failed(generation, error),
            parent=self,
        )

    def _read_done(self, generation: int, preview: Preview) -> None:
        if generation != self._generation:
            return  # a later read is on its way
        self.reading = False
        self.preview = preview
        read = preview.read
        if self.base_mapping is None or self.mapping is None:
            self.base_mapping = self.mapping = read.mapping
        elif read.mapping is not None:
            self.mapping = read.mapping
        self.reading_label.setText(Path(read.path).name)
        self._show_read(preview)
        self._fill_boxes()
        self._update_buttons()

    def _read_failed(self, generation: int, error: BaseException) -> None:
        if generation != self._generation:
            return
        self.reading = False
        self.preview = None  # nothing to import until the file (or its columns) can be read
        message = error_message(error)
        self.reading_label.setText("")
        self.read_error.show_message(message)
        self.adjust_error.show_message(message)
        self._update_buttons()

    def _show_read(self, preview: Preview) -> None:
        read = preview.read
        encoding = read.encoding or "—"
        if read.mapping is not None:
            where = self.tr("%1, encoding %2, header on row %3").replace("%3", str(read.header_row or "—"))
        else:
            where = self.tr("%1, encoding %2")
        self.format_label.setText(where.replace("%1", read.format.upper()).replace("%2", encoding))
        self.mapping_label.setText(self.describe_mapping(read.mapping, preview.template))
        counts = self.counts_text(read)
        self.counts_label.setText(counts)
        self.adjust_counts.setText(counts)
        lines = read.lines[:PREVIEW_LINES]
        _fill(
            self.preview_table,
            [
                [
                    str(line.source_row),
                    formatting.current().date(line.booking_date),
                    _amount(line.amount, line.currency),
                    line.currency,
                    line.counterparty_name,
                    line.memo,
                    line.reference,
                ]
                for line in lines
            ],
            right=(0, 2),
        )
        _fill(
            self.adjust_table,
            [
                [
                    formatting.current().date(line.booking_date),
                    _amount(line.amount, line.currency),
                    line.currency,
                    line.counterparty_name,
                    line.memo,
                ]
                for line in lines
            ],
            right=(1,),
        )
        self.warnings_label.setText("\n".join(f"• {warning}" for warning in read.warnings))
        self.warnings_label.setVisible(bool(read.warnings))
        self.errors_title.setText(
            self.tr("%1 rows cannot be read: the file cannot be imported until they are fixed.").replace(
                "%1", str(len(read.errors))
            )
        )
        self.errors_title.setVisible(bool(read.errors))
        self.errors_table.show_errors(read.errors)
        self.errors_table.setVisible(bool(read.errors))

    def counts_text(self, read: ReadResult) -> str:
        incoming: dict[str, Decimal] = defaultdict(Decimal)
        outgoing: dict[str, Decimal] = defaultdict(Decimal)
        ins = outs = 0
        for line in read.lines:
            if line.amount > 0:
                ins += 1
                incoming[line.currency] += line.amount
            elif line.amount < 0:
                outs += 1
                outgoing[line.currency] += line.amount

        def sums(by: dict[str, Decimal]) -> str:
            return ", ".join(f"{c} {_amount(a, c)}" for c, a in sorted(by.items()))

        text = (
            self.tr("%1 lines; money in %2 (%3); money out %4 (%5); %6 rows cannot be read")
            .replace("%1", str(len(read.lines)))
            .replace("%2", str(ins))
            .replace("%3", sums(incoming) or "0")
            .replace("%4", str(outs))
            .replace("%5", sums(outgoing) or "0")
            .replace("%6", str(len(read.errors)))
        )
        if len(read.lines) > PREVIEW_LINES:
            text += "\n" + self.tr("The first %1 are shown below.").replace("%1", str(PREVIEW_LINES))
        return text

    def describe_mapping(self, mapping: ColumnMapping | None, template: str | None) -> str:
        if mapping is None:
            return self.tr("Read by the file format's own fields (no columns to choose)")
        labels = (
            ("date", self.tr("Date")),
            ("amount", self.tr("Amount")),
            ("credit", self.tr("Money in")),
            ("debit", self.tr("Money out")),
            ("direction", self.tr("Direction")),
            ("currency", self.tr("Currency")),
            ("counterparty_name", self.tr("Payer")),
            ("counterparty_account", self.tr("Payer account")),
            ("reference", self.tr("Reference")),
            ("balance", self.tr("Balance")),
        )
        parts = [f"{label} ← {getattr(mapping, name)}" for name, label in labels if getattr(mapping, name)]
        if mapping.memo:
            parts.append(f"{self.tr('Memo')} ← {' + '.join(mapping.memo)}")
        text = "; ".join(parts)
        if template:
            text = self.tr("Template %1: %2").replace("%1", template).replace("%2", text)
        elif mapping == self.base_mapping:
            text = self.tr("Detected: %1").replace("%1", text)
        else:
            text = self.tr("Adjusted: %1").replace("%1", text)
        return text

    # ------------------------------------------------------------------------------- adjusting

    def _fill_boxes(self) -> None:
        """One combo per field; an item's data is the header ("" for none; memo headers joined by SEP)."""
        mapping = self.mapping
        for name, box in self.field_boxes.items():
            box.blockSignals(True)
            box.clear()
            if mapping is not None:
                box.addItem(self.tr("(none)"), "")
                if name == "memo" and len(mapping.memo) > 1:
                    box.addItem(" + ".join(mapping.memo), SEP.join(mapping.memo))
                for header in mapping.headers:
                    box.addItem(header, header)
                current = SEP.join(mapping.memo) if name == "memo" else getattr(mapping, name) or ""
                box.setCurrentIndex(max(box.findData(current), 0))
            box.setEnabled(mapping is not None)
            box.blockSignals(False)

    def set_field(self, name: str, header: str | None) -> None:
        """Choose the column of a field (as picking it in its combo does): the preview is read again."""
        box = self.field_boxes[name]
        index = box.findData(header or "")
        if index < 0:
            raise KeyError(header)
        box.setCurrentIndex(index)

    def _field_changed(self, name: str) -> None:
        if self.mapping is None:
            return
        data = self.field_boxes[name].currentData() or ""
        value = tuple(h for h in data.split(SEP) if h) if name == "memo" else (data or None)
        self.mapping = replace(self.mapping, **{name: value})
        self._read(self.mapping if self.mapping != self.base_mapping else None)

    # ------------------------------------------------------------------------------- importing

    def start_import(self) -> None:
        if self.path is None or self.importing:
            return
        path, currency = self.path, self.currency
        mapping = self.mapping if self.has_mapping and self.mapping != self.base_mapping else None
        template = self.template_name.text().strip() if self.has_mapping else ""
        self.importing = True
        self.result = None
        self.rejected_errors = ()
        self.progress_label.setText(self.tr("Importing %1…").replace("%1", Path(path).name))
        self.outcome_label.setText("")
        self.summary_box.hide()
        self.rejected_table.hide()
        self._go(SUMMARY)
        self.ctx.change(
            lambda uow: import_bank_file(
                uow, path, mapping=mapping, currency=currency, save_template_as=template or None
            ),
            success=self._imported,
            failure=self._refused,
            parent=self,
            initiator=self.initiator,
        )

    def _imported(self, result: ImportResult) -> None:
        self.importing = False
        self.result = result
        self.progress_label.setText("")
        fmt = formatting.current()
        if result.already_imported:
            self.outcome_label.setText(
                self.tr("%1 was imported already: nothing added.").replace("%1", result.file_name)
            )
        else:
            self.outcome_label.setText(
                self.tr("%1 imported: %2 lines added.")
                .replace("%1", result.file_name)
                .replace("%2", fmt.integer(result.added))
            )
        values = self.summary_values
        values["read"].setText(fmt.integer(result.lines_read))
        values["added"].setText(fmt.integer(result.added))
        values["incoming"].setText(self._with_totals(result.incoming, result.incoming_totals))
        values["outgoing"].setText(self._with_totals(result.outgoing, result.outgoing_totals))
        values["duplicates"].setText(fmt.integer(result.duplicates))
        values["already"].setText(self.tr("Yes") if result.already_imported else self.tr("No"))
        values["template"].setText(
            self.tr("Saved as %1").replace("%1", result.saved_template)
            if result.saved_template
            else (result.template_name or "—")
        )
        values["warnings"].setText("\n".join(result.warnings) or "—")
        self.summary_box.show()
        self._update_buttons()
        self.imported.emit(result)

    def _with_totals(self, count: int, totals: tuple[Money, ...]) -> str:
        text = formatting.current().integer(count)
        return f"{text} ({_totals(totals)})" if totals else text

    def _refused(self, error: BaseException) -> None:
        self.importing = False
        self.progress_label.setText("")
        if isinstance(error, ImportRejected):
            self.rejected_errors = error.row_errors
            self.outcome_label.setText(
                self.tr(
                    "Nothing was imported: %1 rows cannot be read. Fix the file or the columns and try again."
                ).replace("%1", str(len(error.row_errors)))
            )
            self.rejected_table.show_errors(error.row_errors)
            self.rejected_table.show()
        else:
            self.outcome_label.setText(
                self.tr("Nothing was imported: %1").replace("%1", error_message(error))
            )
        self._update_buttons()
