"""Small widgets the screens share: a page header, a debounced search box, a date-range filter, a
clickable figure tile, an in-place field message, and the list page (filters, table, footer, export)."""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date, timedelta
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QDate, QSettings, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtGui import QCursor, QFont
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services.lists import ListQuery
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext
from acctdesk.ui.export import write_xlsx
from acctdesk.ui.models.paged import PagedTableModel
from acctdesk.ui.widgets.table import DataTable

ERROR_COLOUR = "#b42318"
OK_COLOUR = "#067647"


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


def pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def date_edit(day: date, parent: QWidget | None = None) -> QDateEdit:
    edit = QDateEdit(qdate(day), parent)
    edit.setCalendarPopup(True)
    edit.setDisplayFormat("yyyy-MM-dd")
    return edit


class PageHeader(QWidget):
    """A screen's title, an optional subtitle, and room on the right for its buttons."""

    def __init__(self, title: str, subtitle: str = "", parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 4)
        texts = QVBoxLayout()
        texts.setSpacing(0)
        self.title = QLabel(title)
        font = QFont(self.title.font())
        font.setPointSizeF(font.pointSizeF() * 1.45)
        font.setBold(True)
        self.title.setFont(font)
        texts.addWidget(self.title)
        self.subtitle = QLabel(subtitle)
        self.subtitle.setStyleSheet("color: #667085;")
        self.subtitle.setVisible(bool(subtitle))
        texts.addWidget(self.subtitle)
        layout.addLayout(texts)
        layout.addStretch(1)
        self.buttons = QHBoxLayout()
        layout.addLayout(self.buttons)

    def add_button(self, button: QWidget) -> QWidget:
        self.buttons.addWidget(button)
        return button

    def set_subtitle(self, text: str) -> None:
        self.subtitle.setText(text)
        self.subtitle.setVisible(bool(text))


class SearchBox(QLineEdit):
    """Emits `search(text)` a moment after typing stops."""

    search = Signal(str)

    def __init__(self, placeholder: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setPlaceholderText(placeholder)
        self.setClearButtonEnabled(True)
        self.setMinimumWidth(240)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(250)
        self._timer.timeout.connect(lambda: self.search.emit(self.text().strip()))
        self.textChanged.connect(lambda _text: self._timer.start())
        self.returnPressed.connect(self.flush)

    def flush(self) -> None:
        self._timer.stop()
        self.search.emit(self.text().strip())


def combo(items: Iterable[tuple[str, object]], parent: QWidget | None = None) -> QComboBox:
    box = QComboBox(parent)
    for text, data in items:
        box.addItem(text, data)
    box.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
    return box


def select_data(box: QComboBox, data: object) -> None:
    index = box.findData(data)
    box.setCurrentIndex(max(index, 0))


class DateRangeFilter(QWidget):
    """Any date, this month, last month, the last 90 days, this year, or a custom range; relative to as-of."""

    changed = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.preset = combo(
            [
                (self.tr("Any date"), "any"),
                (self.tr("This month"), "month"),
                (self.tr("Last month"), "last_month"),
                (self.tr("Last 90 days"), "90"),
                (self.tr("This year"), "year"),
                (self.tr("Custom…"), "custom"),
            ]
        )
        self.first = date_edit(ctx.as_of.replace(day=1))
        self.last = date_edit(ctx.as_of)
        self.dash = QLabel("–")
        layout.addWidget(self.preset)
        layout.addWidget(self.first)
        layout.addWidget(self.dash)
        layout.addWidget(self.last)
        self.preset.currentIndexChanged.connect(self._preset_changed)
        self.first.dateChanged.connect(lambda _d: self.changed.emit())
        self.last.dateChanged.connect(lambda _d: self.changed.emit())
        self._show_custom(False)

    def _show_custom(self, on: bool) -> None:
        for widget in (self.first, self.dash, self.last):
            widget.setVisible(on)

    def _preset_changed(self) -> None:
        self._show_custom(self.preset.currentData() == "custom")
        self.changed.emit()

    def range(self) -> tuple[date | None, date | None]:
        key, as_of = self.preset.currentData(), self.ctx.as_of
        if key == "month":
            return as_of.replace(day=1), as_of
        if key == "last_month":
            last = as_of.replace(day=1) - timedelta(days=1)
            return last.replace(day=1), last
        if key == "90":
            return as_of - timedelta(days=89), as_of
        if key == "year":
            return as_of.replace(month=1, day=1), as_of
        if key == "custom":
            return pydate(self.first.date()), pydate(self.last.date())
        return None, None

    def set_range(self, first: date | None, last: date | None) -> None:
        self.blockSignals(True)
        if first is None and last is None:
            select_data(self.preset, "any")
        else:
            select_data(self.preset, "custom")
            self.first.setDate(qdate(first or date(2000, 1, 1)))
            self.last.setDate(qdate(last or self.ctx.as_of))
        self._show_custom(self.preset.currentData() == "custom")
        self.blockSignals(False)


class Tile(QFrame):
    """A dashboard figure: a caption, a big number, a line of detail. A click opens the list behind it."""

    clicked = Signal()

    def __init__(self, caption: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tile")
        self.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        self.setStyleSheet(
            "#tile { background: white; border: 1px solid #d0d5dd; border-radius: 8px; }"
            "#tile:hover { border-color: #2e6bd9; background: #f5f8ff; }"
        )
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(16, 12, 16, 12)
        layout.setSpacing(2)
        self.caption = QLabel(caption)
        self.caption.setStyleSheet("color: #475467; border: none; background: transparent;")
        self.value = QLabel("—")
        font = QFont(self.value.font())
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.value.setFont(font)
        self.value.setStyleSheet("color: #101828; border: none; background: transparent;")
        self.detail = QLabel("")
        self.detail.setStyleSheet("color: #667085; border: none; background: transparent;")
        for label in (self.caption, self.value, self.detail):
            label.setTextInteractionFlags(Qt.TextInteractionFlag.NoTextInteraction)
            layout.addWidget(label)

    def set_figure(self, value: str, detail: str = "", *, alert: bool = False) -> None:
        self.value.setText(value)
        colour = ERROR_COLOUR if alert else "#101828"
        self.value.setStyleSheet(f"color: {colour}; border: none; background: transparent;")
        self.detail.setText(detail)

    def mouseReleaseEvent(self, event) -> None:
        if event.button() == Qt.MouseButton.LeftButton and self.rect().contains(event.position().toPoint()):
            self.clicked.emit()
        super().mouseReleaseEvent(event)


MUTED = "color: #475467;"


def note_label(text: str) -> QLabel:
    """An explanation above a panel or a form: wrapped, in the muted colour."""
    label = QLabel(text)
    label.setWordWrap(True)
    label.setStyleSheet(MUTED)
    return label


def intro_bar(text: str, *buttons: QWidget) -> QHBoxLayout:
    """A settings panel's top line: its explanation, then its buttons on the right."""
    bar = QHBoxLayout()
    bar.addWidget(note_label(text), 1)
    for button in buttons:
        bar.addWidget(button)
    return bar


class RowErrorTable(QTableWidget):
    """The rows of a file that cannot be used: row, column and the reason, one line each."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(0, 3, parent)
        self.setHorizontalHeaderLabels([self.tr("Row"), self.tr("Column"), self.tr("Problem")])
        self.setEditTriggers(QTableWidget.EditTrigger.NoEditTriggers)
        self.setSelectionBehavior(QTableWidget.SelectionBehavior.SelectRows)
        self.setAlternatingRowColors(True)
        self.verticalHeader().hide()
        header = self.horizontalHeader()
        header.setSectionResizeMode(0, header.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(1, header.ResizeMode.ResizeToContents)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)

    def show_errors(self, errors) -> None:
        """`errors`: importing.RowError (file, row, column, reason)."""
        self.setRowCount(len(errors))
        for row, problem in enumerate(errors):
            cells = ("" if problem.row is None else str(problem.row), problem.column or "", problem.reason)
            for column, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setToolTip(text)
                if column == 0:
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.setItem(row, column, item)

    def texts(self) -> list[tuple[str, ...]]:
        """The table as text, row by row."""
        return [tuple(self.item(r, c).text() for c in range(3)) for r in range(self.rowCount())]


class FieldMessage(QLabel):
    """The message under a field that refuses its input, in place; empty when the input is fine."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWordWrap(True)
        self.setStyleSheet(f"color: {ERROR_COLOUR};")
        self.hide()

    def show_message(self, text: str) -> None:
        self.setText(text)
        self.setVisible(bool(text))


def mark_invalid(widget: QWidget, invalid: bool) -> None:
    widget.setProperty("invalid", invalid)
    widget.setStyleSheet(f"border: 1px solid {ERROR_COLOUR}; border-radius: 3px;" if invalid else "")


def default_export_folder() -> str:
    saved = QSettings().value("export/folder", "")
    if saved and Path(saved).is_dir():
        return saved
    return QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation) or str(
        Path.home()
    )


class ListPage(QWidget):
    """Filters on top, the paged table, and a footer with the row count and the Excel export.

    The page refreshes itself when an operation changed one of `refresh_kinds` or the as-of date moved;
    while hidden it only notes that it is stale and reloads when shown again.
    """

    exported = Signal(object)  # ExportResult

    def __init__(
        self,
        ctx: AppContext,
        name: str,
        title: str,
        model: PagedTableModel,
        *,
        refresh_kinds: Iterable[str],
        count_text: Callable[[int], str],
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.title = title
        self.model = model
        self.refresh_kinds = set(refresh_kinds)
        self.count_text = count_text
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.filters = QHBoxLayout()
        layout.addLayout(self.filters)
        self.table = DataTable(name, self)
        self.table.setModel(model)
        self.table.export_requested.connect(self.export)
        layout.addWidget(self.table, 1)
        footer = QHBoxLayout()
        self.count_label = QLabel("")
        self.count_label.setStyleSheet("color: #475467;")
        footer.addWidget(self.count_label)
        self.extra_footer = QLabel("")
        self.extra_footer.setStyleSheet("color: #475467;")
        footer.addWidget(self.extra_footer)
        footer.addStretch(1)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.clicked.connect(lambda: self.export())
        footer.addWidget(self.export_button)
        layout.addLayout(footer)
        model.count_changed.connect(self._count_changed)
        ctx.ops.operation_did_execute.connect(self._operation_did_execute)
        ctx.as_of_changed.connect(lambda _day: self.mark_stale())

    def add_filter(self, widget: QWidget, stretch: int = 0) -> QWidget:
        self.filters.addWidget(widget, stretch)
        return widget

    def add_filter_stretch(self) -> None:
        self.filters.addStretch(1)

    def _count_changed(self, total: int | None) -> None:
        self.count_label.setText(self.count_text(total) if total is not None else "")

    def _operation_did_execute(self, changes, _initiator) -> None:
        if changes.kinds & self.refresh_kinds:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.model.refresh()

    def set_query(self, query: ListQuery) -> None:
        self.model.set_query(query, reload=False)
        self.mark_stale()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def export(self, path: str | None = None):
        """Export every row of the list's query (not only the rows loaded so far) to an .xlsx file."""
        if path is None:
            suggested = str(Path(default_export_folder()) / f"{self.title} {self.ctx.as_of.isoformat()}.xlsx")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
            QSettings().setValue("export/folder", str(Path(path).parent))
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        model, table = self.model, self.table
        columns = [model.columns[i] for i in table.visible_columns()]
        query, as_of, fetch_page, total = model.query, self.ctx.as_of, model.fetch_page, model.total
        title, total_label = self.title, self.tr("Total")

        def work(session, control):
            return write_xlsx(
                path,
                title=title,
                columns=columns,
                fetch=lambda limit, offset: fetch_page(session, as_of, query, limit=limit, offset=offset),
                total_rows=total,
                total_label=total_label,
                progress=control.progress,
                is_cancelled=control.is_cancelled,
            )

        def done(result) -> None:
            if result is not None:
                window = self.window()
                if hasattr(window, "statusBar"):
                    message = self.tr("Exported %1 rows to %2")
                    window.statusBar().showMessage(
                        message.replace("%1", formatting.current().integer(result.rows)).replace("%2", path),
                        8000,
                    )
                self.exported.emit(result)

        return self.ctx.query_with_progress(
            work, label=self.tr("Exporting to Excel…"), success=done, parent=self
        )


class ListFilters:
    """A list page's filter bar: a search box, a status choice, a date range (optional) and the currency,
    each narrowing the page's query as it changes. `extra` widgets sit between the status and the
    currency; `after_change` runs after every change (a label that describes the query). `show(query)`
    sets the filters from a query, as when a dashboard tile opens the list."""

    def __init__(
        self,
        page: ListPage,
        search_hint: str,
        statuses: Iterable[tuple[str, object]],
        *,
        dates: bool = True,
        status_resets: dict | None = None,
        extra: Iterable[QWidget] = (),
        after_change: Callable[[], None] | None = None,
    ) -> None:
        self.page = page
        self.after_change = after_change
        self.search = SearchBox(search_hint)
        self.search.search.connect(lambda text: self.update(search=text))
        self.status_box = combo(statuses)
        resets = status_resets or {}
        self.status_box.currentIndexChanged.connect(
            lambda _i: self.update(status=self.status_box.currentData(), **resets)
        )
        self.dates = DateRangeFilter(page.ctx) if dates else None
        if self.dates is not None:
            self.dates.changed.connect(self._dates_changed)
        self.currency_box = combo([(QCoreApplication.translate("ListFilters", "All currencies"), "")])
        self.currency_box.currentIndexChanged.connect(
            lambda _i: self.update(currency=self.currency_box.currentData())
        )
        page.add_filter(self.search, 1)
        for widget in (self.status_box, self.dates, *extra, self.currency_box):
            if widget is not None:
                page.add_filter(widget)

    def update(self, **changes) -> None:
        self.page.model.set_query(self.page.model.query.with_(**changes))
        if self.after_change is not None:
            self.after_change()

    def _dates_changed(self) -> None:
        first, last = self.dates.range()
        self.update(date_from=first, date_to=last)

    def fill_currencies(self, codes: Iterable[str]) -> None:
        """The book's currencies after "All currencies", keeping the one chosen."""
        box = self.currency_box
        current = box.currentData()
        box.blockSignals(True)
        while box.count() > 1:
            box.removeItem(1)
        for code in codes:
            box.addItem(code, code)
        select_data(box, current)
        box.blockSignals(False)

    def show(self, query: ListQuery) -> None:
        self.search.blockSignals(True)
        self.search.setText(query.search)
        self.search.blockSignals(False)
        for box, value in ((self.status_box, query.status), (self.currency_box, query.currency)):
            box.blockSignals(True)
            if value and box.findData(value) < 0:
                box.addItem(value, value)
            select_data(box, value)
            box.blockSignals(False)
        if self.dates is not None:
            self.dates.set_range(query.date_from, query.date_to)
        self.page.table.show_sort(query.sort, query.descending)
        self.page.set_query(query)
        if self.after_change is not None:
            self.after_change()
