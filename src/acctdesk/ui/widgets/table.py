"""The table every list uses: sort by the query, choose columns from the header menu, copy as TSV,
export to Excel, and remember column widths, order and visibility between sessions."""

from __future__ import annotations

from collections.abc import Callable, Sequence

from PySide6.QtCore import QByteArray, QModelIndex, QPoint, QSettings, Qt, QTimer, Signal
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence, QPainter, QPalette
from PySide6.QtWidgets import QAbstractItemView, QHeaderView, QMenu, QTableView, QWidget

from acctdesk.ui.models.paged import Column, PagedTableModel, StaticTableModel, clipboard_text


class DataTable(QTableView):
    """A QTableView for a PagedTableModel or StaticTableModel. `name` keys its saved header state.

    A PagedTableModel has a row for every row of its query, read a page at a time when scrolled into
    view; copying takes the selected rows that are in memory, an export every row."""

    row_activated = Signal(object)  # the row object, on double-click or Enter
    export_requested = Signal()

    def __init__(self, name: str, parent: QWidget | None = None, *, exportable: bool = True) -> None:
        super().__init__(parent)
        self.name = name
        self.exportable = exportable
        self.row_actions: Callable[[object], Sequence[QAction]] | None = None
        self.empty_text = self.tr("Nothing to show")
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setAlternatingRowColors(True)
        self.setWordWrap(False)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.verticalHeader().hide()
        self.verticalHeader().setDefaultSectionSize(max(24, self.fontMetrics().height() + 10))
        header = self.horizontalHeader()
        header.setSectionsMovable(True)
        header.setHighlightSections(False)
        header.setStretchLastSection(True)
        header.setDefaultAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)
        header.setSortIndicatorShown(False)
        header.setSectionsClickable(True)
        header.sectionClicked.connect(self._section_clicked)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(self._row_menu)
        self.doubleClicked.connect(self._activated)
        self._save_timer = QTimer(self)
        self._save_timer.setSingleShot(True)
        self._save_timer.setInterval(400)
        self._save_timer.timeout.connect(self.save_state)
        self._sort_column = -1
        self._sort_order = Qt.SortOrder.AscendingOrder

    # -- model and columns -------------------------------------------------------------------------

    def setModel(self, model) -> None:
        super().setModel(model)
        header = self.horizontalHeader()
        for i, column in enumerate(self.columns):
            header.resizeSection(i, column.width or self._default_width(column))
            header.setSectionHidden(i, column.hidden)
        self.restore_state()
        header.sectionResized.connect(self._schedule_save)
        header.sectionMoved.connect(self._schedule_save)
        if isinstance(model, PagedTableModel):
            model.modelReset.connect(self.viewport().update)

    @property
    def columns(self) -> list[Column]:
        model = self.model()
        return list(model.columns) if isinstance(model, PagedTableModel | StaticTableModel) else []

    def _default_width(self, column: Column) -> int:
        metrics = self.fontMetrics()
        title = self.horizontalHeader().fontMetrics().horizontalAdvance(column.title) + 44
        sample = {
            "money": "88,888,888.88",
            "date": "2026-11-24",
            "int": "88,888",
            "days": "8,888",
            "percent": "888.8%",
            "decimal": "888.8",
            "bool": "✓",
        }.get(column.kind, "")
        return max(title, metrics.horizontalAdvance(sample) + 24, 56)

    def visible_columns(self) -> list[int]:
        """Logical indexes of the shown columns in the order the person arranged them."""
        header = self.horizontalHeader()
        logical = [header.logicalIndex(visual) for visual in range(header.count())]
        return [i for i in logical if not header.isSectionHidden(i)]

    def set_column_visible(self, key: str, visible: bool) -> None:
        for i, column in enumerate(self.columns):
            if column.key == key:
                self.horizontalHeader().setSectionHidden(i, not visible)
        self._schedule_save()

    def _header_menu(self, pos: QPoint) -> None:
        menu = self.build_header_menu()
        menu.exec(self.horizontalHeader().mapToGlobal(pos))

    def build_header_menu(self) -> QMenu:
        menu = QMenu(self)
        menu.addSection(self.tr("Columns"))
        header = self.horizontalHeader()
        shown = self.visible_columns()
        for i, column in enumerate(self.columns):
            action = menu.addAction(column.title)
            action.setCheckable(True)
            action.setChecked(not header.isSectionHidden(i))
            action.setEnabled(not (len(shown) == 1 and i in shown))  # keep at least one column
            action.toggled.connect(lambda on, key=column.key: self.set_column_visible(key, on))
        menu.addSeparator()
        menu.addAction(self.tr("Reset columns"), self.reset_columns)
        return menu

    def reset_columns(self) -> None:
        header = self.horizontalHeader()
        for i, column in enumerate(self.columns):
            header.moveSection(header.visualIndex(i), i)
            header.setSectionHidden(i, column.hidden)
            header.resizeSection(i, column.width or self._default_width(column))
        QSettings().remove(self._settings_key())

    # -- sorting by the query ----------------------------------------------------------------------

    def _section_clicked(self, section: int) -> None:
        model = self.model()
        if not isinstance(model, PagedTableModel) or not model.is_sortable(section):
            return
        if section != self._sort_column:
            self._sort_column, self._sort_order = section, Qt.SortOrder.AscendingOrder
        elif self._sort_order == Qt.SortOrder.AscendingOrder:
            self._sort_order = Qt.SortOrder.DescendingOrder
        else:  # a third click returns to the list's own order
            self._sort_column = -1
        self.sort_by(self._sort_column, self._sort_order)

    def sort_by(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        self._sort_column, self._sort_order = column, order
        header = self.horizontalHeader()
        header.setSortIndicatorShown(column >= 0)
        if column >= 0:
            header.setSortIndicator(column, order)
        model = self.model()
        if isinstance(model, PagedTableModel):
            model.sort(column, order)

    def show_sort(self, sort_key: str, descending: bool) -> None:
        """Show a query's order on the header without reloading (the query is set elsewhere)."""
        index = next((i for i, c in enumerate(self.columns) if c.sort_key == sort_key), -1)
        order = Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder
        self._sort_column, self._sort_order = index, order
        header = self.horizontalHeader()
        header.setSortIndicatorShown(index >= 0)
        if index >= 0:
            header.setSortIndicator(index, order)

    def sort_by_key(self, key: str, descending: bool = False) -> None:
        index = next(i for i, c in enumerate(self.columns) if c.key == key)
        self.sort_by(index, Qt.SortOrder.DescendingOrder if descending else Qt.SortOrder.AscendingOrder)

    # -- rows ----------------------------------------------------------------------------------

    def selected_rows(self) -> list[object]:
        """The selected rows that are in memory (a windowed list keeps the pages used last)."""
        model = self.model()
        indexes = sorted({index.row() for index in self.selectionModel().selectedRows()}) if model else []
        return [row for row in map(model.row_at, indexes) if row is not None]

    def current_row(self) -> object | None:
        model = self.model()
        index = self.currentIndex()
        if model is None or not index.isValid():
            rows = self.selected_rows()
            return rows[0] if rows else None
        return model.row_at(index.row())

    def _activated(self, index: QModelIndex) -> None:
        row = self.model().row_at(index.row())
        if row is not None:
            self.row_activated.emit(row)

    def keyPressEvent(self, event) -> None:
        if event.matches(QKeySequence.StandardKey.Copy):
            self.copy_selection()
            return
        if event.key() in (Qt.Key.Key_Return, Qt.Key.Key_Enter) and self.currentIndex().isValid():
            self._activated(self.currentIndex())
            return
        super().keyPressEvent(event)

    def selection_tsv(self, *, headers: bool = False) -> str:
        model = self.model()
        columns = self.columns
        shown = self.visible_columns()
        rows = sorted({index.row() for index in self.selectionModel().selectedIndexes()})
        lines = []
        if headers:
            lines.append("\t".join(columns[i].title for i in shown))
        for r in rows:
            row = model.row_at(r)
            if row is None:  # a row whose page is not in memory (the export has every row)
                continue
            lines.append("\t".join(clipboard_text(columns[i], columns[i].value(row)) for i in shown))
        return "\n".join(lines)

    def copy_selection(self, *, headers: bool = False) -> str:
        text = self.selection_tsv(headers=headers)
        if text:
            QGuiApplication.clipboard().setText(text)
        return text

    def _row_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        row = self.current_row()
        if self.row_actions is not None and row is not None:
            for action in self.row_actions(row):
                menu.addAction(action)
            menu.addSeparator()
        copy = menu.addAction(self.tr("Copy"), self.copy_selection)
        copy.setShortcut(QKeySequence.StandardKey.Copy)
        menu.addAction(self.tr("Copy with headers"), lambda: self.copy_selection(headers=True))
        if self.exportable:
            menu.addSeparator()
            menu.addAction(self.tr("Export to Excel…"), self.export_requested.emit)
        menu.exec(self.viewport().mapToGlobal(pos))

    # -- empty state ---------------------------------------------------------------------------

    def paintEvent(self, event) -> None:
        super().paintEvent(event)
        model = self.model()
        if model is None or model.rowCount() > 0:
            return
        text = self.empty_text
        if isinstance(model, PagedTableModel):
            if model.loading:
                text = self.tr("Loading…")
            elif model.load_error:
                text = model.load_error
        painter = QPainter(self.viewport())
        painter.setPen(self.palette().color(QPalette.ColorGroup.Disabled, QPalette.ColorRole.Text))
        painter.drawText(
            self.viewport().rect().adjusted(12, 24, -12, -12), Qt.AlignmentFlag.AlignHCenter, text
        )

    # -- saved state ---------------------------------------------------------------------------

    def _settings_key(self) -> str:
        return f"tables/{self.name}/header"

    def _schedule_save(self, *_args) -> None:
        self._save_timer.start()

    def save_state(self) -> None:
        if self.model() is not None:
            QSettings().setValue(self._settings_key(), self.horizontalHeader().saveState())

    def restore_state(self) -> None:
        state = QSettings().value(self._settings_key())
        if isinstance(state, QByteArray | bytes) and state:
            header = self.horizontalHeader()
            header.restoreState(QByteArray(state))
            header.setSortIndicatorShown(False)  # the query's order is set again by the view
            header.setSectionResizeMode(QHeaderView.ResizeMode.Interactive)
