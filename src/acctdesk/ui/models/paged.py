"""A table model that pages rows from the database: the first page and the count on refresh, then
`fetchMore` pulls the next ~200 rows when the view scrolls near the end. Sorting and filtering are the
query's (`ListQuery`), never a proxy over a full copy; all reads run on the worker thread."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QModelIndex, QPersistentModelIndex, Qt, Signal
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session

from acctdesk.model.money import Money
from acctdesk.services.lists import ListQuery
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext

PAGE_SIZE = 200
ROOT = QModelIndex()  # the invisible root: the default parent of a table's rows
RAW_ROLE = Qt.ItemDataRole.UserRole + 1  # the value as the service gave it (Money, date, …)
ROW_ROLE = Qt.ItemDataRole.UserRole + 2  # the whole row object

NUMERIC_KINDS = ("money", "int", "percent", "days", "decimal")


@dataclass(frozen=True)
class Column:
    key: str  # stable name: settings, exports and tests refer to it
    title: str  # translated
    value: Callable[[Any], Any]
    kind: str = "text"  # text, money, date, int, days, percent, decimal, bool
    sort_key: str | None = None  # the list query's sort key; None: not sortable
    hidden: bool = False  # hidden until the person shows it from the header menu
    width: int | None = None
    tooltip: str = ""
    display: Callable[[Any], str] | None = None  # custom text (status labels, kinds)
    style: Callable[[Any], RowStyle | None] | None = None  # this cell's colour, from the row

    @property
    def numeric(self) -> bool:
        return self.kind in NUMERIC_KINDS


@dataclass(frozen=True)
class RowStyle:
    foreground: str | None = None
    background: str | None = None
    italic: bool = False
    strike: bool = False
    bold: bool = False


# Status colours, shared by every list: readable on a white background and in print.
OVERDUE = RowStyle(foreground="#b42318")
SEVERE = RowStyle(foreground="#b42318", background="#fef3f2")
DUE_SOON = RowStyle(foreground="#b54708")
SETTLED = RowStyle(foreground="#667085")
REVERSED = RowStyle(foreground="#98a2b3", strike=True)
FUTURE = RowStyle(foreground="#667085", italic=True)
ATTENTION = RowStyle(foreground="#175cd3")


def cell_text(column: Column, value: Any) -> str:
    f = formatting.current()
    if column.display is not None:
        return column.display(value)
    if value is None:
        return ""
    if column.kind == "money":
        return f.money(value) if isinstance(value, Money) else str(value)
    if column.kind == "date":
        return f.date(value)
    if column.kind == "int":
        return f.integer(value)
    if column.kind == "days":
        return f.integer(value) if value else ""
    if column.kind == "percent":
        return f.percent(value)
    if column.kind == "decimal":
        return f.decimal(value)
    if column.kind == "bool":
        return "✓" if value else ""
    return str(value)


def clipboard_text(column: Column, value: Any) -> str:
    """Cell text for the clipboard: numbers without grouping so a spreadsheet reads them as numbers."""
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date) and column.display is None:
        return value.isoformat()
    return cell_text(column, value).replace("\t", " ").replace("\n", " ")


FetchPage = Callable[..., Sequence[Any]]  # (session, as_of, query, *, limit, offset)
FetchCount = Callable[[Session, date, ListQuery], int]


class PagedTableModel(QAbstractTableModel):
    """Rows of one list query; `set_query` and `refresh` reload, `fetchMore` appends the next page."""

    loaded = Signal()  # after a refresh delivered its first page (tests and status labels wait on it)
    count_changed = Signal(object)  # total rows, or None when the list does not count

    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[Column],
        fetch_page: FetchPage,
        fetch_count: FetchCount | None = None,
        *,
        row_style: Callable[[Any], RowStyle | None] | None = None,
        query: ListQuery | None = None,
        page_size: int = PAGE_SIZE,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = list(columns)
        self.fetch_page = fetch_page
        self.fetch_count = fetch_count
        self.row_style = row_style
        self.page_size = page_size
        self._query = query or ListQuery()
        self._rows: list[Any] = []
        self._total: int | None = None
        self._has_more = False
        self._fetching = False
        self._generation = 0
        self.loading = False
        self.load_error: str | None = None

    # -- loading ---------------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int | None:
        return self._total

    def set_query(self, query: ListQuery, *, reload: bool = True) -> None:
        """A new search, filter or order; `reload=False` leaves the reload to the caller (a hidden page
        reloads when it is shown)."""
        self._query = query
        if reload:
            self.refresh()

    def refresh(self) -> None:
        self._generation += 1
        generation, query, as_of = self._generation, self._query, self.ctx.as_of
        fetch_page, fetch_count, size = self.fetch_page, self.fetch_count, self.page_size
        self.loading = True
        self._fetching = False

        def read(session: Session):
            rows = list(fetch_page(session, as_of, query, limit=size, offset=0))
            total = fetch_count(session, as_of, query) if fetch_count is not None else None
            return rows, total

        def loaded(result) -> None:
            if generation != self._generation:
                return  # a newer refresh is on its way
            rows, total = result
            self.beginResetModel()
            self._rows = rows
            self._total = total
            self._has_more = len(rows) < total if total is not None else len(rows) == size
            self.loading = False
            self.load_error = None
            self.endResetModel()
            self.count_changed.emit(total)
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            from acctdesk.ui.ops import error_message

            self.loading = False
            self.load_error = error_message(error)
            self.beginResetModel()
            self._rows, self._total, self._has_more = [], None, False
            self.endResetModel()
            self.count_changed.emit(None)
            self.loaded.emit()

        self.ctx.query(read, success=loaded, failure=failed)

    def canFetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> bool:
        return not parent.isValid() and self._has_more and not self._fetching and not self.loading

    def fetchMore(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> None:
        if not self.canFetchMore(parent):
            return
        self._fetching = True
        generation, query, as_of = self._generation, self._query, self.ctx.as_of
        offset, size, fetch_page = len(self._rows), self.page_size, self.fetch_page

        def appended(rows) -> None:
            if generation != self._generation:
                return
            rows = list(rows)
            if self._total is not None:
                self._has_more = bool(rows) and len(self._rows) + len(rows) < self._total
            else:
                self._has_more = len(rows) == size
            if rows:
                start = len(self._rows)
                # The last row is inclusive: start + n - 1 (Qt's own fetchmore example is off by one).
                # `_fetching` stays set meanwhile: a listener asking for more during the insertion
                # would otherwise fetch the same offset again.
                self.beginInsertRows(QModelIndex(), start, start + len(rows) - 1)
                self._rows.extend(rows)
                self.endInsertRows()
            self._fetching = False

        def failed(error: BaseException) -> None:
            if generation == self._generation:
                self._fetching = False
                self._has_more = False

        self.ctx.query(
            lambda session: fetch_page(session, as_of, query, limit=size, offset=offset),
            success=appended,
            failure=failed,
        )

    # -- the model -------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._rows)):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        row = self._rows[index.row()]
        column = self.columns[index.column()]
        if role == Qt.ItemDataRole.DisplayRole:
            return cell_text(column, column.value(row))
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        if role == RAW_ROLE:
            return column.value(row)
        if role == ROW_ROLE:
            return row
        if role in (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.FontRole):
            return self._style(row, role, column)
        if role == Qt.ItemDataRole.ToolTipRole:  # the whole text of a cell that may be cut short
            text = cell_text(column, column.value(row))
            return text if not column.numeric and len(text) > 8 else None
        return None

    def _style(self, row: Any, role: int, column: Column | None = None) -> Any:
        style = column.style(row) if column is not None and column.style else None
        if style is None and self.row_style:
            style = self.row_style(row)
        if style is None:
            return None
        if role == Qt.ItemDataRole.ForegroundRole and style.foreground:
            return QBrush(QColor(style.foreground))
        if role == Qt.ItemDataRole.BackgroundRole and style.background:
            return QBrush(QColor(style.background))
        if role == Qt.ItemDataRole.FontRole and (style.italic or style.strike or style.bold):
            font = QFont()
            font.setItalic(style.italic)
            font.setStrikeOut(style.strike)
            font.setBold(style.bold)
            return font
        return None

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation != Qt.Orientation.Horizontal or not (0 <= section < len(self.columns)):
            return None
        column = self.columns[section]
        if role == Qt.ItemDataRole.DisplayRole:
            return column.title
        if role == Qt.ItemDataRole.ToolTipRole:
            return column.tooltip or column.title
        if role == Qt.ItemDataRole.TextAlignmentRole:
            horizontal = Qt.AlignmentFlag.AlignRight if column.numeric else Qt.AlignmentFlag.AlignLeft
            return horizontal | Qt.AlignmentFlag.AlignVCenter
        return None

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Sorting is the query's: a new ORDER BY, then a reload. -1 returns to the list's own order."""
        if column < 0 or column >= len(self.columns):
            self.set_query(self._query.with_(sort="", descending=False))
            return
        key = self.columns[column].sort_key
        if key is None:
            return
        self.set_query(self._query.with_(sort=key, descending=order == Qt.SortOrder.DescendingOrder))

    def is_sortable(self, column: int) -> bool:
        return 0 <= column < len(self.columns) and self.columns[column].sort_key is not None


class StaticTableModel(QAbstractTableModel):
    """A few rows already in memory (top ten, a schedule preview), with the same columns and styles."""

    def __init__(self, columns: Sequence[Column], rows: Sequence[Any] = (), *, row_style=None, parent=None):
        super().__init__(parent)
        self.columns = list(columns)
        self._rows = list(rows)
        self.row_style = row_style

    def set_rows(self, rows: Sequence[Any]) -> None:
        self.beginResetModel()
        self._rows = list(rows)
        self.endResetModel()

    @property
    def rows(self) -> list[Any]:
        return list(self._rows)

    def row_at(self, row: int) -> Any:
        return self._rows[row] if 0 <= row < len(self._rows) else None

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self._rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    data = PagedTableModel.data
    _style = PagedTableModel._style
    headerData = PagedTableModel.headerData
    column_index = PagedTableModel.column_index
