"""The dashboard: receivables, overdue, collected this month and DSO as tiles, the aging as a bar chart,
the ten customers most overdue, and alerts. Every figure comes from `lists.dashboard_figures`; tiles and
bars open the list behind them."""

from __future__ import annotations

from PySide6.QtCharts import QBarCategoryAxis, QBarSet, QChart, QChartView, QStackedBarSeries, QValueAxis
from PySide6.QtCore import QMargins, Qt, Signal
from PySide6.QtGui import QColor, QCursor, QFont, QPainter
from PySide6.QtWidgets import (
    QComboBox,
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services.lists import (
    CurrencyFigures,
    DashboardFigures,
    ListQuery,
    dashboard_figures,
    dso_period,
)
from acctdesk.ui import early, formatting, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import OVERDUE, Column, StaticTableModel
from acctdesk.ui.widgets.common import PageHeader, Tile
from acctdesk.ui.widgets.table import DataTable

LEDGER_KINDS = {"invoices", "receipts", "allocations", "credit_notes", "write_offs", "customers", "settings"}
# From "not yet due" to "over a year": calm to alarming; retention and awaiting in neutral tones.
BUCKET_COLOURS = ("#2e90fa", "#fdb022", "#f79009", "#ef6820", "#d92d20", "#b42318", "#7a271a")
OTHER_COLOURS = {"retention": "#7f56d9", "awaiting": "#98a2b3"}


class DashboardView(QWidget):
    navigate = Signal(
        str, object
    )  # target ("customers", "customer", "invoices", "open_items", "receipts"), query
    loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.figures: DashboardFigures | None = None
        self.currency = ctx.base_currency
        self._stale = True
        self._bars: list = []
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(12)
        self.header = PageHeader(self.tr("Dashboard"))
        self.currency_box = QComboBox()
        self.currency_box.setToolTip(self.tr("Amounts in different currencies are never added together"))
        self.currency_box.currentIndexChanged.connect(self._currency_changed)
        self.header.add_button(QLabel(self.tr("Currency")))
        self.header.add_button(self.currency_box)
        layout.addWidget(self.header)

        tiles = QHBoxLayout()
        tiles.setSpacing(12)
        self.receivables_tile = Tile(self.tr("Total receivables"))
        self.overdue_tile = Tile(self.tr("Overdue"))
        self.collected_tile = Tile(self.tr("Collected this month"))
        self.dso_tile = Tile(self.tr("DSO, last 90 days"))
        self.dso_tile.setToolTip(
            self.tr("Days sales outstanding = receivables ÷ credit sales of the last 90 days × 90")
        )
        for tile in (self.receivables_tile, self.overdue_tile, self.collected_tile, self.dso_tile):
            tiles.addWidget(tile)
        self.receivables_tile.clicked.connect(self.open_receivables)
        self.overdue_tile.clicked.connect(self.open_overdue)
        self.collected_tile.clicked.connect(self.open_collected)
        self.dso_tile.clicked.connect(self.open_credit_sales)
        layout.addLayout(tiles)

        middle = QGridLayout()
        middle.setHorizontalSpacing(12)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setBackgroundRoundness(8)
        self.chart.setMargins(QMargins(8, 8, 8, 8))
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.chart.setBackgroundVisible(False)
        self.chart.setPlotAreaBackgroundVisible(False)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(280)
        self.chart_view.setStyleSheet("background: white; border: none;")
        self.chart_view.setCursor(QCursor(Qt.CursorShape.PointingHandCursor))
        middle.addWidget(
            self._panel(self.tr("Aging of receivables (by days overdue)"), self.chart_view), 0, 0
        )
        self.unapplied_label = QLabel("")
        self.unapplied_label.setStyleSheet("color: #667085;")
        middle.addWidget(self.unapplied_label, 1, 0)

        self.top_model = StaticTableModel(self._top_columns(), row_style=lambda row: OVERDUE)
        self.top_table = DataTable("dashboard.top_overdue", exportable=False)
        self.top_table.setModel(self.top_model)
        self.top_table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.top_table.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.top_table.empty_text = self.tr("No customer is overdue")
        self.top_table.row_activated.connect(lambda row: self.navigate.emit("customer", row.code))
        middle.addWidget(self._panel(self.tr("Top 10 overdue customers"), self.top_table), 0, 1, 2, 1)
        middle.setColumnStretch(0, 3)
        middle.setColumnStretch(1, 2)
        layout.addLayout(middle, 1)

        alerts = QLabel(
            self.tr(
                "No alerts. Customers over their credit limit, broken promises to pay and credit holds "
                "will be listed here."
            )
        )
        alerts.setWordWrap(True)
        alerts.setStyleSheet("color: #667085; padding: 6px 2px;")
        self.alerts_empty = alerts
        layout.addWidget(self._panel(self.tr("Alerts"), alerts))

        ctx.ops.operation_did_execute.connect(lambda changes, _i: self._changed(changes.kinds))
        ctx.as_of_changed.connect(lambda _day: self.mark_stale())
        # The home screen asks for its figures at once: on a big book its query then runs on the worker
        # thread while the rest of the main window is built, not only after the window is shown.
        self.refresh()

    def _panel(self, title: str, body: QWidget) -> QFrame:
        frame = QFrame()
        frame.setObjectName("panel")
        frame.setStyleSheet("#panel { background: white; border: 1px solid #d0d5dd; border-radius: 8px; }")
        layout = QVBoxLayout(frame)
        layout.setContentsMargins(12, 10, 12, 10)
        caption = QLabel(title)
        font = QFont(caption.font())
        font.setBold(True)
        caption.setFont(font)
        layout.addWidget(caption)
        layout.addWidget(body, 1)
        return frame

    def _top_columns(self) -> list[Column]:
        return [
            Column("code", self.tr("Code"), lambda r: r.code, width=80),
            Column("name", self.tr("Customer"), lambda r: r.name, width=200),
            Column("overdue", self.tr("Overdue"), lambda r: r.overdue, "money"),
            Column("days_overdue", self.tr("Oldest, days"), lambda r: r.days_overdue, "days"),
            Column("balance", self.tr("Balance"), lambda r: r.balance, "money"),
        ]

    # -- loading -----------------------------------------------------------------------------------

    def _changed(self, kinds: set[str]) -> None:
        if kinds & LEDGER_KINDS:
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
        as_of, url = self.ctx.as_of, self.ctx.book.url

        def figures(session) -> DashboardFigures:  # on the worker: the figures started at launch, if any
            started = early.take(url, as_of)
            return started if started is not None else dashboard_figures(session, as_of)

        self.ctx.query(figures, success=self._show, parent=self)

    def _show(self, figures: DashboardFigures) -> None:
        self.figures = figures
        self.currency_box.blockSignals(True)
        self.currency_box.clear()
        for currency_figures in figures.currencies:
            self.currency_box.addItem(currency_figures.currency, currency_figures.currency)
        if figures.for_currency(self.currency) is None:
            self.currency = figures.currencies[0].currency if figures.currencies else self.ctx.base_currency
        index = self.currency_box.findData(self.currency)
        self.currency_box.setCurrentIndex(max(index, 0))
        self.currency_box.blockSignals(False)
        self._show_currency()
        self.loaded.emit()

    def _currency_changed(self) -> None:
        if self.currency_box.currentData():
            self.currency = self.currency_box.currentData()
            self._show_currency()

    def current(self) -> CurrencyFigures | None:
        return self.figures.for_currency(self.currency) if self.figures else None

    def _show_currency(self) -> None:
        f = formatting.current()
        figures = self.current()
        as_of = self.figures.as_of if self.figures else self.ctx.as_of
        self.header.set_subtitle(self.tr("As of %1").replace("%1", f.date(as_of)))
        if figures is None:
            for tile in (self.receivables_tile, self.overdue_tile, self.collected_tile, self.dso_tile):
                tile.set_figure("—", self.tr("No postings yet"))
            self.top_model.set_rows([])
            self._draw_chart(None)
            return
        self.receivables_tile.set_figure(
            f.money(figures.receivables, symbol=True),
            self.tr("Unapplied cash and credit %1").replace("%1", f.money(figures.unapplied, symbol=True)),
        )
        share = figures.overdue_share
        self.overdue_tile.set_figure(
            f.money(figures.overdue, symbol=True),
            self.tr("%1 of receivables").replace("%1", f.percent(share)),
            alert=share is not None and share >= 30,
        )
        self.collected_tile.set_figure(
            f.money(figures.collected_this_month, symbol=True),
            self.tr("%1, up to %2").replace("%1", f.month(as_of)).replace("%2", f.date(as_of)),
        )
        dso_text = (
            self.tr("%1 days").replace("%1", f.decimal(figures.dso)) if figures.dso is not None else "—"
        )
        self.dso_tile.set_figure(
            dso_text,
            self.tr("Credit sales %1").replace("%1", f.money(figures.credit_sales, symbol=True)),
        )
        self.top_model.set_rows(figures.top_overdue)
        for column in (0, 2, 3, 4):  # the name takes what the figures leave
            self.top_table.resizeColumnToContents(column)
        self._draw_chart(figures)
        self.unapplied_label.setText(
            self.tr("Unapplied cash and credit (not in the bars): %1").replace(
                "%1", f.money(figures.unapplied, symbol=True)
            )
        )

    # -- the aging chart ---------------------------------------------------------------------------

    def bars(self):
        """The bars drawn: buckets, then retention and awaiting when they hold anything."""
        figures = self.current()
        if figures is None:
            return []
        return [
            bar
            for bar in figures.aging
            if bar.low is not None or bar.key == "current" or not bar.amount.is_zero()
        ]

    def _draw_chart(self, figures: CurrencyFigures | None) -> None:
        self.chart.removeAllSeries()
        for axis in self.chart.axes():
            self.chart.removeAxis(axis)
        self._bars = self.bars() if figures is not None else []
        if not self._bars:
            return
        chinese = formatting.current().language == "zh_CN"
        scale, unit = (10_000, self.tr("10k")) if chinese else (1_000, self.tr("thousand"))
        series = QStackedBarSeries()
        series.setBarWidth(0.7)
        count = len(self._bars)
        for i, bar in enumerate(self._bars):
            # A float only to draw the bar's height; the tooltip and the tiles show the exact amount.
            values = [0.0] * count
            values[i] = float(bar.amount.amount) / scale
            bar_set = QBarSet(labels.bucket_label(bar.key, bar.low, bar.high))
            bar_set.append(values)
            colour = OTHER_COLOURS.get(bar.key) or BUCKET_COLOURS[min(i, len(BUCKET_COLOURS) - 1)]
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            series.append(bar_set)
        series.clicked.connect(lambda index, _set: self.open_bucket(index))
        series.hovered.connect(self._hovered)
        self.chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([labels.bucket_label(bar.key, bar.low, bar.high, short=True) for bar in self._bars])
        categories.setTitleText(self.tr("Days overdue"))
        small = QFont(categories.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        categories.setLabelsFont(small)
        self.chart.addAxis(categories, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(self.tr("%1 (%2)").replace("%1", unit).replace("%2", figures.currency))
        self.chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        values.applyNiceNumbers()

    def _hovered(self, status: bool, index: int, _bar_set) -> None:
        if status and 0 <= index < len(self._bars):
            bar = self._bars[index]
            label = labels.bucket_label(bar.key, bar.low, bar.high)
            text = f"{label}: {formatting.current().money(bar.amount, symbol=True)}"
            QToolTip.showText(QCursor.pos(), text, self.chart_view)
        else:
            QToolTip.hideText()

    # -- click-through -----------------------------------------------------------------------------

    def open_bucket(self, index: int) -> None:
        if not (0 <= index < len(self._bars)):
            return
        bar = self._bars[index]
        query = ListQuery(currency=self.currency)
        if bar.key in ("current", "retention", "awaiting"):
            query = query.with_(status=bar.key)
        else:
            query = query.with_(status="overdue", days_from=bar.low, days_to=bar.high)
        self.navigate.emit("open_items", query)

    def open_receivables(self) -> None:
        self.navigate.emit("customers", ListQuery(currency=self.currency, sort="balance", descending=True))

    def open_overdue(self) -> None:
        self.navigate.emit("open_items", ListQuery(currency=self.currency, status="overdue"))

    def open_collected(self) -> None:
        as_of = self.ctx.as_of
        self.navigate.emit(
            "receipts", ListQuery(currency=self.currency, date_from=as_of.replace(day=1), date_to=as_of)
        )

    def open_credit_sales(self) -> None:
        first, last = dso_period(self.ctx.as_of)
        self.navigate.emit("invoices", ListQuery(currency=self.currency, date_from=first, date_to=last))
