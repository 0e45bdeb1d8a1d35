"""Settings → Payment terms: the book's named terms, and an editor that keeps a table of lines and the
shorthand in step both ways, with a live preview of the installments for a sample invoice.

Reading and writing the shorthand is `services.terms` (parse_term, parse_line, format_line); storing is
`services.term_library` (add_term, update_term), which keeps the canonical spelling and refuses a bad term
or a name that reads as another term. Nothing here knows the grammar beyond splitting a term into lines.
"""

from __future__ import annotations

import contextlib
import re
import unicodedata
from decimal import Decimal, InvalidOperation

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QVBoxLayout,
    QWidget,
)

from acctdesk.model.money import Money, parse_amount
from acctdesk.services import term_library, terms
from acctdesk.services.errors import DomainError
from acctdesk.ui import formatting, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.invoice_entry import amount_problem
from acctdesk.ui.models.paged import ATTENTION, Column, StaticTableModel
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import FieldMessage, date_edit, intro_bar, pydate
from acctdesk.ui.widgets.table import DataTable

SAMPLE_AMOUNT = "100,000.00"
EVENT_BASES = ("signing", "delivery", "acceptance")

# The editor's columns, in the order of the shorthand's words where that reads naturally.
PORTION, VALUE, BASIS, MILESTONE, DAY, CUTOFF, MONTHS, DAYS, DISCOUNT, DISCOUNT_DAYS, RETENTION = range(11)


def basis_choices() -> list[tuple[str, str]]:
    return [
        (QCoreApplication.translate("TermEditor", "Invoice date (N)"), "invoice"),
        (QCoreApplication.translate("TermEditor", "Invoice received (RCV, 票到)"), "received"),
        (QCoreApplication.translate("TermEditor", "End of invoice month (EOM, 月结)"), "end_of_month"),
        (QCoreApplication.translate("TermEditor", "End of next month (EONM)"), "end_of_next_month"),
        (QCoreApplication.translate("TermEditor", "Fixed day of next month (DAY)"), "fixed_day"),
        (QCoreApplication.translate("TermEditor", "Contract signing (SIGN)"), "signing"),
        (QCoreApplication.translate("TermEditor", "Delivery (DELIVERY)"), "delivery"),
        (QCoreApplication.translate("TermEditor", "Acceptance (ACCEPT)"), "acceptance"),
        (QCoreApplication.translate("TermEditor", "Milestone (@name)"), "milestone"),
    ]


def basis_key(line: terms.TermLine) -> str:
    if line.basis == terms.Basis.EVENT:
        return line.event if line.event in EVENT_BASES else "milestone"
    return line.basis.value


def split_lines(text: str) -> list[str]:
    """A term's lines as typed (`;`, `；` or a new line between them), for reading them one at a time."""
    parts = re.split(r"[;\n]", unicodedata.normalize("NFKC", text or ""))
    return [part.strip() for part in parts if part.strip()]


def shorthand_of(lines: list[terms.TermLine]) -> str:
    """The lines in the shorthand, as format_term writes them, even while they do not yet make a valid
    term (percents not yet adding up): a balance line among several is marked BAL."""
    if len(lines) == 1:
        return terms.format_line(lines[0])
    return "; ".join(
        f"BAL {terms.format_line(line)}" if line.portion_kind == "balance" else terms.format_line(line)
        for line in lines
    )


class LineEditor(QTableWidget):
    """One row per term line; a cell widget for each part. `edited` when any of them changes."""

    edited = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 11, parent)
        self.setHorizontalHeaderLabels(
            [
                self.tr("Portion"),
                self.tr("Percent or amount"),
                self.tr("Due basis"),
                self.tr("Milestone"),
                self.tr("Day"),
                self.tr("Cutoff"),
                self.tr("+ Months"),
                self.tr("+ Days"),
                self.tr("Discount %"),
                self.tr("within days"),
                self.tr("Retention"),
            ]
        )
        self.setToolTip("")
        self.verticalHeader().setDefaultSectionSize(max(30, self.fontMetrics().height() + 14))
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        header = self.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
        header.setStretchLastSection(True)
        widths = {PORTION: 110, VALUE: 140, BASIS: 230, MILESTONE: 100, DAY: 56, CUTOFF: 64, MONTHS: 74}
        widths |= {DAYS: 70, DISCOUNT: 84, DISCOUNT_DAYS: 84}
        for column, width in widths.items():
            header.resizeSection(column, width)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self._quiet = False

    # -- rows ----------------------------------------------------------------------------------------

    def add_line(self, line: terms.TermLine | None = None) -> int:
        row = self.rowCount()
        self.insertRow(row)
        portion = QComboBox()
        portion.addItem(self.tr("Percent"), "percent")
        portion.addItem(self.tr("Fixed amount"), "fixed")
        portion.addItem(self.tr("Balance"), "balance")
        value = QLineEdit()
        basis = QComboBox()
        for text, key in basis_choices():
            basis.addItem(text, key)
        milestone = QLineEdit()
        day = self._spin(0, 31)  # 0 (shown as —) while the basis is not a fixed day
        day.setSpecialValueText("—")
        cutoff = self._spin(0, 31)
        cutoff.setSpecialValueText("—")
        months = self._spin(0, terms.MAX_OFFSET_MONTHS)
        days = self._spin(0, terms.MAX_OFFSET_DAYS)
        discount = QLineEdit()
        discount.setPlaceholderText("—")
        discount_days = self._spin(0, terms.MAX_OFFSET_DAYS)
        retention = QCheckBox()
        retention.setToolTip(self.tr("Held back as a warranty retention (质保金)"))
        holder = QWidget()
        holder_layout = QHBoxLayout(holder)
        holder_layout.setContentsMargins(8, 0, 0, 0)
        holder_layout.addWidget(retention)
        holder.retention = retention
        widgets = {
            PORTION: portion,
            VALUE: value,
            BASIS: basis,
            MILESTONE: milestone,
            DAY: day,
            CUTOFF: cutoff,
            MONTHS: months,
            DAYS: days,
            DISCOUNT: discount,
            DISCOUNT_DAYS: discount_days,
            RETENTION: holder,
        }
        for column, widget in widgets.items():
            self.setCellWidget(row, column, widget)
        self.set_line(row, line or terms.TermLine(basis=terms.Basis.INVOICE, offset_days=30))
        portion.currentIndexChanged.connect(lambda _i: self._changed())
        basis.currentIndexChanged.connect(lambda _i: self._changed())
        retention.toggled.connect(lambda _on: self._changed())
        for edit in (value, milestone, discount):
            edit.textEdited.connect(lambda _t: self._changed())
        for spin in (day, cutoff, months, days, discount_days):
            spin.valueChanged.connect(lambda _v: self._changed())
        return row

    @staticmethod
    def _spin(low: int, high: int) -> QSpinBox:
        spin = QSpinBox()
        spin.setRange(low, high)
        spin.setButtonSymbols(QSpinBox.ButtonSymbols.NoButtons)
        spin.setAlignment(Qt.AlignmentFlag.AlignRight)
        return spin

    def widget(self, row: int, column: int):
        widget = self.cellWidget(row, column)
        return widget.retention if column == RETENTION else widget

    def remove_line(self, row: int) -> None:
        if 0 <= row < self.rowCount():
            self.removeRow(row)
            self._changed()

    def move_line(self, row: int, step: int) -> None:
        target = row + step
        if not (0 <= row < self.rowCount() and 0 <= target < self.rowCount()):
            return
        lines = self.lines(strict=False)
        lines[row], lines[target] = lines[target], lines[row]
        self.set_lines(lines)
        self.selectRow(target)
        self._changed()

    def _changed(self) -> None:
        self._update_enabled()
        if not self._quiet:
            self.edited.emit()

    def _update_enabled(self) -> None:
        """Only the parts a line's portion and basis use are editable; the others are blank."""
        for row in range(self.rowCount()):
            kind = self.widget(row, PORTION).currentData()
            basis = self.widget(row, BASIS).currentData()
            value = self.widget(row, VALUE)
            value.setEnabled(kind != "balance")
            value.setPlaceholderText({"percent": "30", "fixed": "5,000.00"}.get(kind, ""))
            milestone = self.widget(row, MILESTONE)
            milestone.setEnabled(basis == "milestone")
            milestone.setPlaceholderText(self.tr("e.g. 试运行") if basis == "milestone" else "")
            fixed_day = basis == "fixed_day"
            for column in (DAY, CUTOFF):
                self.widget(row, column).setEnabled(fixed_day)
            day, cutoff = self.widget(row, DAY), self.widget(row, CUTOFF)
            if fixed_day != bool(day.value()):  # the 10th when a fixed day is chosen, blank otherwise
                day.blockSignals(True)
                day.setValue(10 if fixed_day else 0)
                day.blockSignals(False)
            if not fixed_day and cutoff.value():
                cutoff.blockSignals(True)
                cutoff.setValue(0)
                cutoff.blockSignals(False)
            self.widget(row, DISCOUNT_DAYS).setEnabled(bool(self.widget(row, DISCOUNT).text().strip()))

    # -- lines in and out ------------------------------------------------------------------------

    def set_lines(self, lines) -> None:
        """Show these lines (from the shorthand), without announcing an edit."""
        self._quiet = True
        try:
            while self.rowCount() > len(lines):
                self.removeRow(self.rowCount() - 1)
            for row, line in enumerate(lines):
                if row >= self.rowCount():
                    self.add_line(line)
                else:
                    self.set_line(row, line)
        finally:
            self._quiet = False
        self._update_enabled()

    def set_line(self, row: int, line: terms.TermLine | dict) -> None:
        quiet, self._quiet = self._quiet, True
        try:
            if isinstance(line, dict):  # a row that did not make a line: put its texts back as they were
                self._set_texts(row, line)
                return
            portion = self.widget(row, PORTION)
            portion.setCurrentIndex(max(portion.findData(line.portion_kind), 0))
            value = "" if line.portion_kind == "balance" else format(line.portion.normalize(), "f")
            self.widget(row, VALUE).setText(value)
            basis = self.widget(row, BASIS)
            basis.setCurrentIndex(max(basis.findData(basis_key(line)), 0))
            self.widget(row, MILESTONE).setText(line.event if basis_key(line) == "milestone" else "")
            self.widget(row, DAY).setValue(line.day_of_month or 0)
            self.widget(row, CUTOFF).setValue(line.cutoff_day or 0)
            self.widget(row, MONTHS).setValue(line.offset_months)
            self.widget(row, DAYS).setValue(line.offset_days)
            has_discount = line.discount_percent is not None
            self.widget(row, DISCOUNT).setText(
                format(line.discount_percent.normalize(), "f") if has_discount else ""
            )
            self.widget(row, DISCOUNT_DAYS).setValue(line.discount_days or 0)
            self.widget(row, RETENTION).setChecked(line.retention)
        finally:
            self._quiet = quiet
        self._update_enabled()

    def _texts(self, row: int) -> dict:
        return {
            "portion": self.widget(row, PORTION).currentData(),
            "value": self.widget(row, VALUE).text(),
            "basis": self.widget(row, BASIS).currentData(),
            "milestone": self.widget(row, MILESTONE).text(),
            "day": self.widget(row, DAY).value(),
            "cutoff": self.widget(row, CUTOFF).value(),
            "months": self.widget(row, MONTHS).value(),
            "days": self.widget(row, DAYS).value(),
            "discount": self.widget(row, DISCOUNT).text(),
            "discount_days": self.widget(row, DISCOUNT_DAYS).value(),
            "retention": self.widget(row, RETENTION).isChecked(),
        }

    def _set_texts(self, row: int, texts: dict) -> None:
        portion = self.widget(row, PORTION)
        portion.setCurrentIndex(max(portion.findData(texts["portion"]), 0))
        self.widget(row, VALUE).setText(texts["value"])
        basis = self.widget(row, BASIS)
        basis.setCurrentIndex(max(basis.findData(texts["basis"]), 0))
        self.widget(row, MILESTONE).setText(texts["milestone"])
        for column, key in ((DAY, "day"), (CUTOFF, "cutoff"), (MONTHS, "months"), (DAYS, "days")):
            self.widget(row, column).setValue(texts[key])
        self.widget(row, DISCOUNT).setText(texts["discount"])
        self.widget(row, DISCOUNT_DAYS).setValue(texts["discount_days"])
        self.widget(row, RETENTION).setChecked(texts["retention"])

    def line(self, row: int) -> terms.TermLine:
        """The row as a term line; a ValidationError (or a row-number message) when it is not one."""
        t = self._texts(row)
        fields: dict = {"portion_kind": t["portion"], "retention": t["retention"]}
        if t["portion"] != "balance":
            fields["portion"] = self._number(t["value"], t["portion"])
        basis = t["basis"]
        if basis in EVENT_BASES:
            fields |= {"basis": terms.Basis.EVENT, "event": basis}
        elif basis == "milestone":
            fields |= {"basis": terms.Basis.EVENT, "event": t["milestone"].strip() or None}
        else:
            fields["basis"] = terms.Basis(basis)
        if basis == "fixed_day":
            fields["day_of_month"] = t["day"]
            fields["cutoff_day"] = t["cutoff"] or None
        fields["offset_months"], fields["offset_days"] = t["months"], t["days"]
        if t["discount"].strip():
            fields["discount_percent"] = self._number(t["discount"], "discount")
            fields["discount_days"] = t["discount_days"]
        return terms.TermLine(**fields)

    def _number(self, text: str, what: str) -> Decimal:
        cleaned = (
            unicodedata.normalize("NFKC", text).replace(",", "").replace("%", "").replace("元", "").strip()
        )
        try:
            number = Decimal(cleaned)
        except InvalidOperation:
            number = None
        if number is None or not number.is_finite():
            if what == "percent":
                raise DomainError(self.tr("Enter the percent, e.g. 30"))
            if what == "fixed":
                raise DomainError(self.tr("Enter the amount, e.g. 5,000.00"))
            raise DomainError(self.tr("Enter the discount percent, e.g. 2"))
        return number

    def lines(self, *, strict: bool = True) -> list:
        """Every row as a TermLine; with strict=False a row that is not one yet comes back as its texts."""
        result = []
        for row in range(self.rowCount()):
            try:
                result.append(self.line(row))
            except DomainError:
                if strict:
                    raise
                result.append(self._texts(row))
        return result


class TermEditorDialog(QDialog):
    """A new named term, or new lines for an existing one; the shorthand and the table follow each other."""

    saved = Signal(object)  # term_library.TermInfo

    def __init__(
        self, ctx: AppContext, term: term_library.TermInfo | None = None, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.term = term
        self.setWindowTitle(
            self.tr("New payment term")
            if term is None
            else self.tr("Payment term %1").replace("%1", term.name)
        )
        self.resize(1180, 700)
        self._generation = 0
        self._syncing = False
        self.canonical = ""
        self.problem = ""
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.name = QLineEdit(term.name if term else "")
        self.name.setReadOnly(term is not None)
        self.name.setPlaceholderText(self.tr("e.g. 月结30天, 质保合同"))
        self.name_message = FieldMessage()
        form.addRow(self.tr("Name"), self._stack(self.name, self.name_message))
        self.shorthand = QLineEdit(term.shorthand if term else "")
        self.shorthand.setPlaceholderText(
            self.tr("e.g. EOM+30, 月结30天, 30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M")
        )
        self.shorthand.setToolTip(self.tr("The shorthand of docs/terms.md; Chinese and English words alike"))
        self.canonical_label = QLabel("")
        self.canonical_label.setStyleSheet("color: #475467;")
        self.canonical_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.shorthand_message = FieldMessage()
        form.addRow(
            self.tr("Shorthand"), self._stack(self.shorthand, self.canonical_label, self.shorthand_message)
        )
        layout.addLayout(form)

        lines_row = QHBoxLayout()
        lines_row.addWidget(QLabel(self.tr("Lines (one installment each)")))
        lines_row.addStretch(1)
        self.add_button = QPushButton(self.tr("Add line"))
        self.remove_button = QPushButton(self.tr("Remove line"))
        self.up_button = QPushButton(self.tr("Move up"))
        self.down_button = QPushButton(self.tr("Move down"))
        for button in (self.add_button, self.remove_button, self.up_button, self.down_button):
            lines_row.addWidget(button)
        layout.addLayout(lines_row)
        self.table = LineEditor()
        self.table.setMinimumHeight(150)
        layout.addWidget(self.table, 1)
        self.add_button.clicked.connect(self.add_line)
        self.remove_button.clicked.connect(lambda: self.table.remove_line(self._current_row()))
        self.up_button.clicked.connect(lambda: self.table.move_line(self._current_row(), -1))
        self.down_button.clicked.connect(lambda: self.table.move_line(self._current_row(), 1))

        sample = QHBoxLayout()
        sample.addWidget(QLabel(self.tr("Preview for an invoice dated")))
        self.sample_date = date_edit(ctx.as_of)
        sample.addWidget(self.sample_date)
        sample.addWidget(QLabel(self.tr("of")))
        self.sample_amount = QLineEdit(SAMPLE_AMOUNT)
        self.sample_amount.setMaximumWidth(150)
        self.sample_amount.setAlignment(Qt.AlignmentFlag.AlignRight)
        sample.addWidget(self.sample_amount)
        sample.addWidget(QLabel(ctx.base_currency))
        self.calendar_label = QLabel(
            self.tr("Due dates follow the book's calendar: %1").replace(
                "%1", labels.calendar_name(ctx.info.business_calendar if ctx.info else "none")
            )
        )
        self.calendar_label.setStyleSheet("color: #667085;")
        sample.addSpacing(12)
        sample.addWidget(self.calendar_label)
        sample.addStretch(1)
        layout.addLayout(sample)
        self.preview_model = StaticTableModel(
            self._preview_columns(), row_style=lambda r: ATTENTION if r.due_date is None else None
        )
        self.preview = DataTable("term_editor.preview", exportable=False)
        self.preview.setModel(self.preview_model)
        self.preview.empty_text = self.tr("The installments appear here once the term reads")
        self.preview.setMinimumHeight(140)
        layout.addWidget(self.preview, 1)
        self.preview_message = FieldMessage()
        layout.addWidget(self.preview_message)

        self.general = FieldMessage()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save term"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)

        self.name.textChanged.connect(lambda _t: self._name_edited())
        self.shorthand.textChanged.connect(lambda _t: self.shorthand_edited())
        self.table.edited.connect(self.lines_edited)
        self.sample_date.dateChanged.connect(lambda _d: self.update_preview())
        self.sample_amount.textChanged.connect(lambda _t: self.update_preview())
        if term is None and not self.shorthand.text():
            self.table.add_line()
            self.lines_edited()
        else:
            self.shorthand_edited()

    @staticmethod
    def _stack(*widgets: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        for widget in widgets:
            column.addWidget(widget)
        return box

    def _preview_columns(self) -> list[Column]:
        currency = self.ctx.base_currency
        return [
            Column("seq", self.tr("No."), lambda r: r.seq, "int", width=44),
            Column("line", self.tr("Term line"), lambda r: terms.format_line(r.line), width=230),
            Column(
                "due",
                self.tr("Due date"),
                lambda r: r,
                display=lambda r: (
                    formatting.current().date(r.due_date)
                    or self.tr("awaiting %1").replace("%1", labels.event_name(r.awaiting_event))
                ),
                width=200,
            ),
            Column("amount", self.tr("Amount"), lambda r: Money(r.amount, currency), "money", width=120),
            Column(
                "discount_until", self.tr("Discount until"), lambda r: r.discount_until, "date", width=120
            ),
            Column(
                "discounted",
                self.tr("Pay within the discount"),
                lambda r: Money(r.amount - r.discount_amount, currency) if r.discount_amount else None,
                "money",
                width=160,
            ),
            Column("retention", self.tr("Retention"), lambda r: r.retention, "bool", width=80),
        ]

    def _current_row(self) -> int:
        return self.table.currentRow() if self.table.currentRow() >= 0 else self.table.rowCount() - 1

    def add_line(self) -> None:
        self.table.add_line(terms.TermLine())  # a balance line on the invoice date: edit from there
        self.lines_edited()

    # -- keeping the two in step ---------------------------------------------------------------------

    def shorthand_edited(self) -> None:
        """The shorthand was typed: read it, and show its lines in the table when they read."""
        if self._syncing:
            return
        text = self.shorthand.text()
        try:
            term = terms.parse_term(text)
        except DomainError as error:
            self._set_problem(error.message)
            # Each line may read although the term as a whole breaks a rule (percents not 100).
            with contextlib.suppress(DomainError):
                self.table.set_lines([terms.parse_line(part) for part in split_lines(text)])
            return
        self.table.set_lines(list(term.lines))
        self._set_problem("", terms.format_term(term))

    def lines_edited(self) -> None:
        """A line was changed in the table: write the shorthand from the lines."""
        try:
            lines = self.table.lines()
        except DomainError as error:
            row = self._failing_row()
            self._set_problem(self.tr("Line %1: %2").replace("%1", str(row + 1)).replace("%2", error.message))
            return
        if not lines:
            self._write_shorthand("")
            self._set_problem(self.tr("Add at least one line"))
            return
        text = shorthand_of(lines)
        self._write_shorthand(text)
        try:
            canonical = terms.format_term(terms.parse_term(text))
        except DomainError as error:
            self._set_problem(error.message)
            return
        self._set_problem("", canonical)

    def _failing_row(self) -> int:
        for row in range(self.table.rowCount()):
            try:
                self.table.line(row)
            except DomainError:
                return row
        return 0

    def _write_shorthand(self, text: str) -> None:
        self._syncing = True
        try:
            self.shorthand.setText(text)
        finally:
            self._syncing = False

    def _set_problem(self, problem: str, canonical: str = "") -> None:
        self.problem, self.canonical = problem, canonical
        self.shorthand_message.show_message(
            self.tr("Not a valid term: %1").replace("%1", problem) if problem else ""
        )
        self.canonical_label.setText(self.tr("Saved as: %1").replace("%1", canonical) if canonical else "")
        self.canonical_label.setVisible(bool(canonical))
        self.general.show_message("")
        self._update_save()
        self.update_preview()

    def _name_edited(self) -> None:
        self.name_message.show_message("")
        self._update_save()

    def _update_save(self) -> None:
        self.save_button.setEnabled(bool(self.canonical) and bool(self.name.text().strip()))

    # -- preview -------------------------------------------------------------------------------------

    def update_preview(self) -> None:
        self._generation += 1
        generation, canonical, currency = self._generation, self.canonical, self.ctx.base_currency
        problem = amount_problem(self.sample_amount.text(), currency)
        self.preview_message.show_message(problem)
        if not canonical or problem:
            self.preview_model.set_rows([])
            return
        invoice_date, amount = (
            pydate(self.sample_date.date()),
            parse_amount(self.sample_amount.text(), currency),
        )

        def read(session):
            return term_library.preview(
                session, canonical, invoice_date=invoice_date, amount=amount, currency=currency
            )

        def shown(rows) -> None:
            if generation == self._generation:
                self.preview_message.show_message("")
                self.preview_model.set_rows(rows)

        def refused(error: BaseException) -> None:  # a fixed amount larger than the sample invoice
            if generation == self._generation:
                self.preview_model.set_rows([])
                self.preview_message.show_message(error_message(error))

        self.ctx.query(read, success=shown, failure=refused, parent=self)

    # -- saving ----------------------------------------------------------------------------------

    def save(self) -> bool:
        if not self.canonical or not self.name.text().strip():
            if not self.name.text().strip():
                self.name_message.show_message(self.tr("Give the term a name, such as 月结30天"))
            return False
        self.save_button.setEnabled(False)
        name, shorthand = self.name.text().strip(), self.canonical
        if self.term is None:

            def operation(uow):
                return term_library.add_term(uow, name, shorthand)

        else:

            def operation(uow):
                return term_library.update_term(uow, name, shorthand)

        self.ctx.change(operation, success=self._saved, failure=self._refused, parent=self, initiator=self)
        return True

    def _saved(self, info) -> None:
        self.saved.emit(info)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self._update_save()
        field = getattr(error, "field", None)
        target = {"name": self.name_message, "payment_term": self.shorthand_message}.get(field, self.general)
        target.show_message(error_message(error))


class TermsPanel(QWidget):
    """The book's named terms; New and Edit open the editor. Refreshes when terms change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.new_button = QPushButton(self.tr("New term…"))
        self.edit_button = QPushButton(self.tr("Edit…"))
        self.new_button.clicked.connect(lambda: self.new_term())
        self.edit_button.clicked.connect(lambda: self.edit_term())
        intro = self.tr(
            "Named payment terms for customers and invoices. Changing a term affects only invoices "
            "posted afterwards: a posted invoice keeps its own term and due dates."
        )
        layout.addLayout(intro_bar(intro, self.new_button, self.edit_button))
        self.model = StaticTableModel(self._columns())
        self.table = DataTable("settings.terms", exportable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(DataTable.SelectionMode.SingleSelection)
        self.table.empty_text = self.tr("No named terms yet: New term… adds one")
        self.table.row_activated.connect(lambda term: self.edit_term(term))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.table, 1)
        ctx.ops.operation_did_execute.connect(self._operation_did_execute)
        self._selection_changed()

    def _columns(self) -> list[Column]:
        return [
            Column("name", self.tr("Name"), lambda t: t.name, width=200),
            Column("lines", self.tr("Installments"), lambda t: t.line_count, "int", width=90),
            Column(
                "customers",
                self.tr("Customers"),
                lambda t: t.customer_count,
                "int",
                width=90,
                tooltip=self.tr("Customers with this term as their default"),
            ),
            Column("shorthand", self.tr("Term"), lambda t: t.shorthand, width=420),
        ]

    def _operation_did_execute(self, changes, _initiator) -> None:
        if changes.kinds & {"terms", "customers"}:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.ctx.query(term_library.list_terms, success=self._loaded, parent=self)

    def _loaded(self, rows) -> None:
        self.model.set_rows(rows)
        self._selection_changed()

    def selected(self):
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def _selection_changed(self) -> None:
        self.edit_button.setEnabled(self.selected() is not None)

    def new_term(self) -> TermEditorDialog:
        dialog = TermEditorDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_term(self, term=None) -> TermEditorDialog | None:
        term = term or self.selected()
        if term is None:
            return None
        dialog = TermEditorDialog(self.ctx, term, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog
