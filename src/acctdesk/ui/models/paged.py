"""Table models: `PagedTableModel`, a window on a list query of any length (the rows of the pages in view,
read on the worker thread, in a bounded cache), and `StaticTableModel` for a few rows already in memory.
Both share the columns, cell texts and status colours every table uses."""

from __future__ import annotations

from collections import OrderedDict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QBrush, QColor, QFont
from sqlalchemy.orm import Session

from acctdesk.model.money import Money
from acctdesk.services.lists import ListQuery, ListSource
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext

PAGE_SIZE = 200  # rows read at a time
CACHE_PAGES = 50  # pages kept in memory: 10,000 rows, a few MB whatever the list's length
WANTED_PAGES = 4  # pages asked for and not yet read that are remembered (the newest)
PAGES_PER_READ = 2  # a view shows parts of two pages at most
KEEP_ON_REFRESH = 3  # pages last shown, read again with the first page on a refresh
PLACEHOLDER = "#98a2b3"  # "Loading…" in a row whose page is on its way
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


class ColumnsModel(QAbstractTableModel):
    """What every table model here shares: its columns, their text, alignment and colours, the header."""

    columns: list[Column]
    row_style: Callable[[Any], RowStyle | None] | None

    def row_at(self, row: int) -> Any:
        raise NotImplementedError

    def _shown_row(self, row: int) -> Any:
        """The row object to show at `row`, or None for a placeholder (a windowed model asks for it)."""
        return self.row_at(row)

    def _placeholder(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        return None

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable | Qt.ItemFlag.ItemNeverHasChildren

    def column_index(self, key: str) -> int:
        return next(i for i, column in enumerate(self.columns) if column.key == key)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or not (0 <= index.row() < self.rowCount()):
            return None
        if not (0 <= index.column() < len(self.columns)):
            return None
        row = self._shown_row(index.row())
        if row is None:
            return self._placeholder(index, role)
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


def _read_pages(
    source: ListSource,
    session: Session,
    as_of: date,
    query: ListQuery,
    ids: Sequence[int] | None,
    pages: Iterable[int],
    size: int,
) -> dict[int, list[Any]]:
    """Rows of some pages: by their ids when the list has an id list, else by OFFSET (worker thread)."""
    result = {}
    for page in pages:
        start = page * size
        if ids is not None:
            result[page] = list(source.rows(session, as_of, ids[start : start + size]))
        else:
            result[page] = list(source.page(session, as_of, query, limit=size, offset=start))
    return result


class PagedTableModel(ColumnsModel):
    """Rows of one list query in a window: `rowCount` is the whole query's, rows are read a page at a time
    when the view first asks for one, and only the pages used last stay in memory.

    A refresh reads the ordered ids of the whole query once (for a million invoices, 8 MB and under a
    second) with the first page and the pages shown last; a row outside the cache shows "Loading…" while
    the worker thread reads its page by its ids (`IN (…)` on the primary key: 15–35 ms of CPU for 200
    invoices with their open amounts on the 1,000,000-invoice demo book, more than a frame, hence not
    on the UI thread), and `dataChanged` fills it in. At most two pages are read at a time and only the
    pages asked for last are remembered, so dragging the scroll bar over the whole list reads the pages
    it stops at, not every page it passed. A list without an id list (`fetch_page` and `fetch_count`)
    pages by OFFSET instead, in the same window. Sorting and filtering are the query's (`ListQuery`),
    never a proxy over a copy.
    """

    loaded = Signal()  # after a refresh delivered the count and its first page
    count_changed = Signal(object)  # total rows, or None after an error

    def __init__(
        self,
        ctx: AppContext,
        columns: Sequence[Column],
        source: ListSource | FetchPage,
        fetch_count: FetchCount | None = None,
        *,
        row_style: Callable[[Any], RowStyle | None] | None = None,
        query: ListQuery | None = None,
        page_size: int = PAGE_SIZE,
        cache_pages: int = CACHE_PAGES,
        parent=None,
    ) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.columns = list(columns)
        if not isinstance(source, ListSource):
            if fetch_count is None:
                raise TypeError("a paged list needs its count to know how many rows it has")
            source = ListSource(page=source, count=fetch_count)
        self.source = source
        self.row_style = row_style
        self.page_size = page_size
        self.cache_pages = max(cache_pages, 4)
        self._query = query or ListQuery()
        self._ids: Sequence[int] | None = None
        self._total: int | None = None
        self._pages: OrderedDict[int, list[Any]] = OrderedDict()  # least recently used first
        self._page_errors: dict[int, str] = {}
        self._wanted: OrderedDict[int, None] = OrderedDict()  # pages asked for, most recent last
        self._reading: tuple[int, ...] = ()
        self._generation = 0
        self._dispatch_timer = QTimer(self)
        self._dispatch_timer.setSingleShot(True)
        self._dispatch_timer.setInterval(0)  # after the paint that asked: its rows go in one read
        self._dispatch_timer.timeout.connect(self._dispatch)
        self.loading = False
        self.load_error: str | None = None

    # -- the query ---------------------------------------------------------------------------------

    @property
    def query(self) -> ListQuery:
        return self._query

    @property
    def total(self) -> int | None:
        return self._total

    @property
    def fetch_page(self) -> FetchPage:
        """Pages of the whole query for an export, on the worker thread in the export's own session. A list
        with an id list reads the ids there once (so they are current) and then the rows by ids, which
        keeps a million rows linear where OFFSET would skip ever more rows for each page."""
        source = self.source
        if source.ids is None:
            return source.page
        read: dict[tuple[date, ListQuery], Sequence[int]] = {}

        def fetch_page(session: Session, as_of: date, query: ListQuery, *, limit: int, offset: int):
            if (as_of, query) not in read:
                read[(as_of, query)] = source.ids(session, as_of, query)
            ids = read[(as_of, query)][offset : offset + limit]
            return [row for row in source.rows(session, as_of, ids) if row is not None]

        return fetch_page

    def set_query(self, query: ListQuery, *, reload: bool = True) -> None:
        """A new search, filter or order; `reload=False` leaves the reload to the caller (a hidden page
        reloads when it is shown)."""
        self._query = query
        if reload:
            self.refresh()

    def refresh(self) -> None:
        """Read the query's ids (or its count) again, with the first page and the pages shown last, so a
        refresh after a change does not blank the rows in view."""
        self._generation += 1
        generation, query, as_of = self._generation, self._query, self.ctx.as_of
        source, size = self.source, self.page_size
        pages = sorted({0, *list(reversed(self._pages))[:KEEP_ON_REFRESH]})
        self.loading = True
        self._wanted.clear()
        self._reading = ()

        def read(session: Session):
            ids = source.ids(session, as_of, query) if source.ids is not None else None
            total = len(ids) if ids is not None else source.count(session, as_of, query)
            shown = [page for page in pages if page * size < total]
            return ids, total, _read_pages(source, session, as_of, query, ids, shown, size)

        def loaded(result) -> None:
            if generation != self._generation:
                return  # a newer refresh is on its way
            ids, total, rows = result
            self.beginResetModel()
            self._ids, self._total = ids, total
            self._pages = OrderedDict(sorted(rows.items()))
            self._page_errors.clear()
            self._wanted.clear()
            self.loading = False
            self.load_error = None
            self.endResetModel()
            self.count_changed.emit(total)
            self.loaded.emit()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            from acctdesk.ui.ops import error_message

            self.beginResetModel()
            self._ids, self._total = None, None
            self._pages.clear()
            self.loading = False
            self.load_error = error_message(error)
            self.endResetModel()
            self.count_changed.emit(None)
            self.loaded.emit()

        self.ctx.query(read, success=loaded, failure=failed)

    # -- the window of pages -----------------------------------------------------------------------

    def is_loaded(self, row: int) -> bool:
        return row // self.page_size in self._pages

    @property
    def cached_pages(self) -> list[int]:
        """The pages in memory, least recently used first."""
        return list(self._pages)

    @property
    def cached_rows(self) -> int:
        return sum(len(rows) for rows in self._pages.values())

    def _shown_row(self, row: int) -> Any:
        page, offset = divmod(row, self.page_size)
        rows = self._pages.get(page)
        if rows is None:
            self._want(page)
            return None
        self._pages.move_to_end(page)
        return rows[offset] if offset < len(rows) else None

    def _placeholder(self, index: QModelIndex | QPersistentModelIndex, role: int) -> Any:
        page = index.row() // self.page_size
        if role == Qt.ItemDataRole.DisplayRole and index.column() == 0 and page not in self._pages:
            return self._page_errors.get(page) or QCoreApplication.translate("DataTable", "Loading…")
        if role == Qt.ItemDataRole.ForegroundRole:
            return QBrush(QColor(PLACEHOLDER))
        return None

    def _want(self, page: int) -> None:
        if page in self._reading or page in self._page_errors or self._total is None:
            return
        self._wanted[page] = None
        self._wanted.move_to_end(page)
        while len(self._wanted) > WANTED_PAGES:  # pages scrolled past: no longer in view
            self._wanted.popitem(last=False)
        if not self._dispatch_timer.isActive():
            self._dispatch_timer.start()

    def _dispatch(self) -> None:
        """Read the pages asked for last (one read at a time: the worker thread serves everyone)."""
        if self._reading or self.loading or not self._wanted:
            return
        pages: list[int] = []
        while self._wanted and len(pages) < PAGES_PER_READ:
            page, _ = self._wanted.popitem(last=True)
            if page not in self._pages:
                pages.append(page)
        if not pages:
            return
        self._reading = tuple(sorted(pages))
        generation, query, as_of = self._generation, self._query, self.ctx.as_of
        source, ids, size, reading = self.source, self._ids, self.page_size, self._reading

        def arrived(result: dict[int, list[Any]]) -> None:
            if generation != self._generation:
                return  # the list was read again meanwhile
            self._reading = ()
            last_column = len(self.columns) - 1
            for page, rows in result.items():
                self._pages[page] = rows
                self._pages.move_to_end(page)
                first, last = page * size, min(page * size + len(rows), self._total or 0) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
            while len(self._pages) > self.cache_pages:
                self._pages.popitem(last=False)
            self._dispatch()

        def failed(error: BaseException) -> None:
            if generation != self._generation:
                return
            from acctdesk.ui.ops import error_message

            self._reading = ()
            message = error_message(error)
            last_column = len(self.columns) - 1
            for page in reading:  # shown in the page's rows until the next refresh; not asked again
                self._page_errors[page] = message
                first, last = page * size, min((page + 1) * size, self._total or 0) - 1
                if last >= first:
                    self.dataChanged.emit(self.index(first, 0), self.index(last, last_column))
            self._dispatch()

        self.ctx.query(
            lambda session: _read_pages(source, session, as_of, query, ids, reading, size),
            success=arrived,
            failure=failed,
        )

    # -- the model ---------------------------------------------------------------------------------

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = ROOT) -> int:
        return 0 if parent.isValid() or self._total is None else self._total

    def row_at(self, row: int) -> Any:
        """The row object if its page is in memory, else None (nothing is read)."""
        rows = self._pages.get(row // self.page_size) if row >= 0 else None
        offset = row % self.page_size
        return rows[offset] if rows is not None and offset < len(rows) else None

    @property
    def rows(self) -> list[Any]:
        """The rows in memory from the top down to the first page that is not."""
        result: list[Any] = []
        page = 0
        while page in self._pages:
            result.extend(self._pages[page])
            page += 1
        return result

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


class StaticTableModel(ColumnsModel):
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
