"""The Reports area, one tab each: the aging as of a date (table, stacked bar chart, drill-down to the items
behind a cell, tie-out to the ledger and the statements); the month's metrics as tiles with a 12-month trend
chart and table; the bad-debt provision; the 13-week cash forecast. Each tab exports to Excel.

Every number comes from the services (reports, tie_out, provisions, forecast) — the same calls as the
command line; this view only lays them out, reading on the worker thread."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

from PySide6.QtCharts import (
    QBarCategoryAxis,
    QBarSeries,
    QBarSet,
    QCategoryAxis,
    QChart,
    QChartView,
    QHorizontalStackedBarSeries,
    QLineSeries,
    QValueAxis,
)
from PySide6.QtCore import QMargins, QModelIndex, QSettings, Qt, Signal
from PySide6.QtGui import QColor, QFont, QPainter, QPen
from PySide6.QtWidgets import (
    QComboBox,
    QFileDialog,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QSplitter,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from acctdesk.model.money import Money
from acctdesk.services.aging import AgingReport, AgingRow, Basis, GroupBy
from acctdesk.services.balances import OpenItem
from acctdesk.services.forecast import Forecast, cash_forecast
from acctdesk.services.metrics import Metrics
from acctdesk.services.provisions import (
    ProvisionLineInfo,
    ProvisionRunInfo,
    ProvisionSheet,
    ProvisionTotal,
    compute_provision,
)
from acctdesk.services.reports import ReportData, cell_items, report_data
from acctdesk.services.tie_out import ThreeWayTieOut, three_way_tie_out
from acctdesk.ui import formatting, labels
from acctdesk.ui.context import AppContext
from acctdesk.ui.models.paged import OVERDUE, Column, RowStyle, StaticTableModel
from acctdesk.ui.widgets.common import (
    ERROR_COLOUR,
    OK_COLOUR,
    PageHeader,
    Tile,
    date_edit,
    default_export_folder,
    pydate,
    qdate,
)
from acctdesk.ui.widgets.table import DataTable

TOTAL_ROW = RowStyle(bold=True, background="#f2f4f7")
# Not yet due in blue, then warmer as the items age; the columns apart in purple and grey.
BUCKET_COLOURS = ("#2e90fa", "#fdb022", "#f79009", "#ef6820", "#d92d20", "#b42318", "#7a271a")
OTHER_COLOURS = {"awaiting": "#98a2b3", "retention": "#7f56d9", "disputed": "#c11574"}
CHART_ROWS = 10  # the largest rows in the aging chart; the rest together as one bar
TABS = ("aging", "metrics", "provision", "forecast")
METRIC_KEYS = (
    "dso",
    "cei",
    "add",
    "overdue_ratio",
    "bad_debt_rate",
    "collection_rate",
    "top10_concentration",
)
FRACTIONS = {"overdue_ratio", "bad_debt_rate", "collection_rate", "top10_concentration"}
DAYS = {"dso", "add"}


@dataclass(frozen=True)
class Cell:
    """An aging cell the person opened: a row's key and currency, and which column."""

    key: str
    currency: str
    column: str  # a bucket key, "awaiting", "retention", "disputed" or "total"


@dataclass(frozen=True)
class MetricsLine:
    """One month's metrics of one currency, a row of the trend table."""

    month: str
    metrics: Metrics


@dataclass(frozen=True)
class ForecastLine:
    """A row of the forecast table: a week (or what is expected later, or not at all), per currency."""

    key: str
    label: str
    start: date | None
    end: date | None
    amounts: dict[str, Money]


def metric_value(metrics: Metrics | None, key: str) -> Decimal | None:
    """A metric as the tiles and the chart show it: days, or percent (fractions × 100)."""
    if metrics is None:
        return None
    value = getattr(metrics, key)
    if value is None:
        return None
    return value * 100 if key in FRACTIONS else value


def forecast_lines(forecast: Forecast, names: dict[str, str]) -> list[ForecastLine]:
    """The forecast laid out as rows: the weeks, then later, beyond the history, awaiting an event and
    disputed; per currency they add up to the open items (the service shares each item out exactly)."""
    lines = [
        ForecastLine(
            f"week-{week.index}",
            names["week"].replace("%1", str(week.index)),
            week.start,
            week.end,
            {c.currency: c.weeks[week.index - 1] for c in forecast.currencies},
        )
        for week in forecast.weeks
    ]
    for key in ("later", "beyond_history", "awaiting_event", "disputed"):
        lines.append(
            ForecastLine(
                key, names[key], None, None, {c.currency: getattr(c, key) for c in forecast.currencies}
            )
        )
    return lines


class ReportsView(QWidget):
    loaded = Signal()  # the aging and the metrics arrived
    tie_out_loaded = Signal()
    items_loaded = Signal()
    provision_loaded = Signal()
    forecast_loaded = Signal()
    exported = Signal(str)  # the file written

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.data: ReportData | None = None
        self.tie_out: list[ThreeWayTieOut] = []
        self.provision: ProvisionSheet | None = None
        self.forecast: Forecast | None = None
        self.cell: Cell | None = None
        self._stale = False
        layout = QVBoxLayout(self)
        layout.setContentsMargins(20, 16, 20, 16)
        layout.setSpacing(10)
        layout.addWidget(self._controls())
        self.tabs = QTabWidget()
        self.tabs.setDocumentMode(True)
        self.tabs.addTab(self._aging_tab(), self.tr("Aging"))
        self.tabs.addTab(self._metrics_tab(), self.tr("Metrics"))
        self.tabs.addTab(self._provision_tab(), self.tr("Bad-debt provision"))
        self.tabs.addTab(self._forecast_tab(), self.tr("Cash forecast"))
        self.tabs.currentChanged.connect(self._tab_changed)
        layout.addWidget(self.tabs, 1)
        ctx.ops.operation_did_execute.connect(self._operation_did_execute)
        ctx.as_of_changed.connect(self._as_of_changed)
        self._tab_changed(0)
        self.refresh()

    # -- layout ------------------------------------------------------------------------------------

    def _controls(self) -> QWidget:
        self.header = PageHeader(self.tr("Reports"))
        self.as_of_edit = date_edit(self.ctx.as_of)
        self.basis_box = QComboBox()
        self.basis_box.addItem(self.tr("By due date"), Basis.DUE)
        self.basis_box.addItem(self.tr("By invoice date"), Basis.INVOICE)
        self.basis_box.setToolTip(self.tr("Age the items by days overdue, or by days since the invoice"))
        self.group_box = QComboBox()
        for group_by, text in (
            (GroupBy.CUSTOMER, self.tr("Customer")),
            (GroupBy.GROUP, self.tr("Key-account group")),
            (GroupBy.SALESPERSON, self.tr("Salesperson")),
            (GroupBy.COLLECTOR, self.tr("Collector")),
            (GroupBy.CURRENCY, self.tr("Currency")),
        ):
            self.group_box.addItem(text, group_by)
        self.currency_box = QComboBox()
        self.currency_box.setToolTip(self.tr("Amounts in different currencies are never added together"))
        self.currency_box.currentIndexChanged.connect(self._currency_changed)
        self.refresh_button = QPushButton(self.tr("Refresh"))
        self.refresh_button.clicked.connect(self.refresh)
        self.export_button = QPushButton(self.tr("Export to Excel…"))
        self.export_button.setToolTip(self.tr("Save the report on this tab as a formatted Excel workbook"))
        self.export_button.clicked.connect(lambda: self.export())
        self.basis_label, self.group_label = QLabel(self.tr("Basis")), QLabel(self.tr("Rows"))
        for widget in (
            QLabel(self.tr("As of")),
            self.as_of_edit,
            self.basis_label,
            self.basis_box,
            self.group_label,
            self.group_box,
            QLabel(self.tr("Currency")),
            self.currency_box,
            self.refresh_button,
            self.export_button,
        ):
            self.header.add_button(widget)
        self.as_of_edit.dateChanged.connect(lambda _day: self.refresh())
        self.basis_box.currentIndexChanged.connect(lambda _i: self.refresh())
        self.group_box.currentIndexChanged.connect(lambda _i: self.refresh())
        return self.header

    def _aging_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.aging_model = StaticTableModel([], row_style=self._aging_style)
        self.aging_table = DataTable("reports.aging")
        self.aging_table.setModel(self.aging_model)
        self.aging_table.setToolTip(self.tr("Double-click an amount to list the items behind it"))
        self.aging_table.doubleClicked.connect(self._cell_opened)
        self.tie_out_label = QLabel("")
        self.tie_out_label.setWordWrap(True)
        self.tie_out_label.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        upper = QWidget()
        upper_layout = QVBoxLayout(upper)
        upper_layout.setContentsMargins(0, 0, 0, 0)
        upper_layout.addWidget(self.aging_table, 1)
        upper_layout.addWidget(self.tie_out_label)
        self.aging_chart = self._new_chart()
        self.aging_chart_view = self._chart_view(self.aging_chart, 260)
        items = QWidget()
        items_layout = QVBoxLayout(items)
        items_layout.setContentsMargins(0, 0, 0, 0)
        self.items_title = QLabel(self.tr("Double-click an aging amount to see its items"))
        self.items_title.setWordWrap(True)
        self.items_model = StaticTableModel(self._item_columns(), row_style=self._item_style)
        self.items_table = DataTable("reports.items")
        self.items_table.setModel(self.items_model)
        items_layout.addWidget(self.items_title)
        items_layout.addWidget(self.items_table, 1)
        lower = QSplitter(Qt.Orientation.Horizontal)
        lower.addWidget(self.aging_chart_view)
        lower.addWidget(items)
        lower.setSizes([560, 640])  # proportions: the splitter scales them to its width
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(upper)
        splitter.addWidget(lower)
        splitter.setSizes([450, 330])
        layout.addWidget(splitter, 1)
        return tab

    def _metrics_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        layout.addLayout(self._tiles())
        self.metric_box = QComboBox()
        for key in METRIC_KEYS:
            self.metric_box.addItem(self.tiles[key].caption.text(), key)
        self.metric_box.currentIndexChanged.connect(lambda _i: self._draw_trend())
        self.chart = self._new_chart()
        self.chart_view = self._chart_view(self.chart, 240)
        chart = QWidget()
        chart_layout = QVBoxLayout(chart)
        chart_layout.setContentsMargins(0, 0, 0, 0)
        picker = QHBoxLayout()
        picker.addWidget(QLabel(self.tr("Trend of")))
        picker.addWidget(self.metric_box)
        picker.addStretch(1)
        chart_layout.addLayout(picker)
        chart_layout.addWidget(self.chart_view, 1)
        self.metrics_model = StaticTableModel(self._metrics_columns())
        self.metrics_table = DataTable("reports.metrics")
        self.metrics_table.setModel(self.metrics_model)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(chart)
        splitter.addWidget(self.metrics_table)
        splitter.setSizes([500, 700])
        layout.addWidget(splitter, 1)
        return tab

    def _tiles(self) -> QGridLayout:
        grid = QGridLayout()
        grid.setSpacing(10)
        captions = {
            "dso": (self.tr("DSO"), self.tr("AR at the end ÷ credit sales of the month × days")),
            "cei": (
                self.tr("CEI"),
                self.tr("Collected ÷ (AR at the start + credit sales − current AR at the end) × 100"),
            ),
            "add": (self.tr("Days delinquent"), self.tr("Average days delinquent: DSO − best possible DSO")),
            "overdue_ratio": (self.tr("Overdue"), self.tr("Overdue open items ÷ open items")),
            "bad_debt_rate": (self.tr("Bad-debt rate"), self.tr("Written off ÷ credit sales of the month")),
            "collection_rate": (
                self.tr("Collection rate"),
                self.tr("Collected of what fell due in the month ÷ what fell due"),
            ),
            "top10_concentration": (
                self.tr("Top-10 share"),
                self.tr("Share of the receivables owed by the 10 largest customers"),
            ),
        }
        self.tiles: dict[str, Tile] = {}
        for index, key in enumerate(METRIC_KEYS):
            caption, tooltip = captions[key]
            tile = Tile(caption)
            tile.setToolTip(tooltip)
            tile.clicked.connect(lambda key=key: self.show_trend(key))
            self.tiles[key] = tile
            grid.addWidget(tile, 0, index)
        return grid

    def _provision_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.provision_label = QLabel("")
        self.provision_label.setWordWrap(True)
        self.provision_label.setStyleSheet("color: #475467;")
        self.provision_model = StaticTableModel([], row_style=self._total_style)
        self.provision_table = DataTable("reports.provision")
        self.provision_table.setModel(self.provision_model)
        layout.addWidget(self.provision_label)
        layout.addWidget(self.provision_table, 1)
        return tab

    def _forecast_tab(self) -> QWidget:
        tab = QWidget()
        layout = QVBoxLayout(tab)
        layout.setContentsMargins(0, 8, 0, 0)
        self.forecast_label = QLabel(
            self.tr(
                "Open items spread over the coming weeks by how late each customer has paid over the last "
                "12 months; items awaiting an event or in dispute are shown apart."
            )
        )
        self.forecast_label.setWordWrap(True)
        self.forecast_label.setStyleSheet("color: #475467;")
        self.forecast_model = StaticTableModel([], row_style=self._forecast_style)
        self.forecast_table = DataTable("reports.forecast")
        self.forecast_table.setModel(self.forecast_model)
        self.forecast_chart = self._new_chart()
        self.forecast_chart_view = self._chart_view(self.forecast_chart, 240)
        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.addWidget(self.forecast_table)
        splitter.addWidget(self.forecast_chart_view)
        splitter.setSizes([680, 520])
        layout.addWidget(self.forecast_label)
        layout.addWidget(splitter, 1)
        return tab

    @staticmethod
    def _new_chart() -> QChart:
        chart = QChart()
        chart.legend().hide()
        chart.setMargins(QMargins(6, 6, 6, 6))
        chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        chart.setBackgroundVisible(False)
        return chart

    @staticmethod
    def _chart_view(chart: QChart, height: int) -> QChartView:
        view = QChartView(chart)
        view.setRenderHint(QPainter.RenderHint.Antialiasing)
        view.setMinimumHeight(height)
        view.setStyleSheet("background: white; border: 1px solid #eaecf0;")
        return view

    @staticmethod
    def _clear(chart: QChart) -> None:
        chart.removeAllSeries()
        for axis in chart.axes():
            chart.removeAxis(axis)

    def _scale(self, currency: str) -> tuple[int, str]:
        """Chart axes in 万 for Chinese readers, in thousands otherwise."""
        chinese = formatting.current().language == "zh_CN"
        scale, unit = (10_000, self.tr("10k")) if chinese else (1_000, self.tr("thousand"))
        return scale, self.tr("%1 (%2)").replace("%1", unit).replace("%2", currency)

    # -- columns -------------------------------------------------------------------------------------

    def _aging_columns(self, report: AgingReport) -> list[Column]:
        columns = [
            Column("key", self.group_box.currentText(), lambda r: r.key),
            Column("name", self.tr("Name"), lambda r: r.label, width=210),
            Column("currency", self.tr("Currency"), lambda r: r.currency, width=70),
        ]
        for index, bucket in enumerate(report.buckets):
            columns.append(
                Column(
                    bucket.key,
                    labels.bucket_label(bucket.key, bucket.low, bucket.high, short=True),
                    lambda r, i=index: r.buckets[i],
                    kind="money",
                    tooltip=labels.bucket_label(bucket.key, bucket.low, bucket.high),
                    style=(lambda r, i=index: OVERDUE if i and not r.buckets[i].is_zero() else None),
                )
            )
        columns += [
            Column(
                "awaiting",
                labels.bucket_label("awaiting", None, None, short=True),
                lambda r: r.awaiting_event,
                kind="money",
                tooltip=labels.bucket_label("awaiting", None, None),
            ),
            Column(
                "retention", labels.bucket_label("retention", None, None), lambda r: r.retention, kind="money"
            ),
            Column("disputed", self.tr("Disputed"), lambda r: r.disputed, kind="money"),
            Column(
                "unapplied",
                self.tr("Unapplied"),
                lambda r: r.unapplied,
                kind="money",
                tooltip=self.tr("Unapplied receipts and credit notes"),
            ),
            Column("total", self.tr("Total"), lambda r: r.total, kind="money"),
        ]
        return columns

    def _item_columns(self) -> list[Column]:
        return [
            Column("customer", self.tr("Customer"), lambda i: i.customer_code),
            Column("invoice", self.tr("Invoice"), lambda i: f"{i.invoice_number}/{i.seq}", width=150),
            Column("invoice_date", self.tr("Invoice date"), lambda i: i.invoice_date, kind="date"),
            Column("due_date", self.tr("Due date"), lambda i: i.due_date, kind="date"),
            Column("days", self.tr("Days overdue"), lambda i: i.days_overdue, kind="days"),
            Column("open", self.tr("Open"), lambda i: i.open_amount, kind="money"),
        ]

    def _metrics_columns(self) -> list[Column]:
        columns = [
            Column("month", self.tr("Month"), lambda line: line.month, width=80),
            Column("currency", self.tr("Currency"), lambda line: line.metrics.currency, width=70),
        ]
        for key in METRIC_KEYS:
            columns.append(
                Column(
                    key,
                    self.tiles[key].caption.text(),
                    lambda line, key=key: metric_value(line.metrics, key),
                    kind="decimal" if key in DAYS else "percent",
                    tooltip=self.tiles[key].toolTip(),
                )
            )
        return columns

    def _provision_columns(self, sheet: ProvisionSheet) -> list[Column]:
        columns = [
            Column("customer", self.tr("Customer"), lambda line: getattr(line, "customer_code", "")),
            Column(
                "name",
                self.tr("Name"),
                lambda line: getattr(line, "customer_name", self.tr("Total")),
                width=210,
            ),
            Column("currency", self.tr("Currency"), lambda line: line.currency, width=70),
            Column("method", self.tr("Method"), self._provision_method),
        ]
        for index, band in enumerate(sheet.method.bands):
            columns.append(
                Column(
                    f"band-{band.key}",
                    self._band_title(band.low_years, band.high_years),
                    lambda line, i=index: line.bands[i],
                    kind="money",
                    tooltip=self.tr("Open items of this age, provided for at %1").replace(
                        "%1", formatting.current().percent(band.rate)
                    ),
                )
            )
        columns += [
            Column("base", self.tr("Open items"), lambda line: line.base, kind="money"),
            Column("provision", self.tr("Provision"), lambda line: line.provision, kind="money"),
            Column("previous", self.tr("Previous month"), lambda line: line.previous, kind="money"),
            Column(
                "movement",
                self.tr("Charge (release)"),
                lambda line: line.movement,
                kind="money",
                tooltip=self.tr(
                    "Provision − previous month: charged to the period, or released when negative"
                ),
            ),
        ]
        return columns

    def _band_title(self, low: int, high: int | None) -> str:
        if high is None:
            return self.tr("Over %1 years").replace("%1", str(low))
        if low == 0:
            return self.tr("Within %n year(s)", "", high)
        return self.tr("%1–%2 years").replace("%1", str(low)).replace("%2", str(high))

    def _provision_method(self, line: ProvisionLineInfo | ProvisionTotal) -> str:
        method = getattr(line, "method", "")
        return {"rates": self.tr("Age rates"), "individual": self.tr("Individual")}.get(method, method)

    def _forecast_columns(self, currencies: list[str]) -> list[Column]:
        columns = [
            Column("line", self.tr("Expected"), lambda line: line.label, width=230),
            Column("start", self.tr("From"), lambda line: line.start, kind="date"),
            Column("end", self.tr("To"), lambda line: line.end, kind="date"),
        ]
        for currency in currencies:
            columns.append(
                Column(currency, currency, lambda line, c=currency: line.amounts.get(c), kind="money")
            )
        return columns

    def _forecast_names(self) -> dict[str, str]:
        return {
            "week": self.tr("Week %1"),
            "later": self.tr("Later"),
            "beyond_history": self.tr("No date to expect (later than any past payment)"),
            "awaiting_event": self.tr("Awaiting an event (delivery, acceptance…)"),
            "disputed": self.tr("In dispute"),
        }

    @staticmethod
    def _item_style(item: OpenItem):
        return OVERDUE if item.days_overdue > 0 else None

    def _aging_style(self, row: AgingRow):
        return TOTAL_ROW if self.data is not None and row in self.data.report.totals() else None

    @staticmethod
    def _total_style(line):
        return TOTAL_ROW if isinstance(line, ProvisionTotal) else None

    @staticmethod
    def _forecast_style(line: ForecastLine):
        return None if line.key.startswith("week-") else RowStyle(foreground="#475467", italic=True)

    # -- loading -------------------------------------------------------------------------------------

    @property
    def as_of(self) -> date:
        return pydate(self.as_of_edit.date())

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def _as_of_changed(self, day: date) -> None:
        """The window's as-of date moved: the reports follow it (the date here can still be set apart)."""
        if day != self.as_of:
            self.as_of_edit.setDate(qdate(day))

    def _operation_did_execute(self, changes, _initiator) -> None:
        if changes.kinds - {"approvals", "users", "settings"}:
            self.mark_stale()

    def refresh(self) -> None:
        self._stale = False
        as_of, basis, group_by = self.as_of, self.basis_box.currentData(), self.group_box.currentData()
        # The aging and the metrics first; the tie-out reads every customer's statement, so it follows,
        # then the provision and the forecast (their tabs are opened less often).
        self.ctx.query(
            lambda session: report_data(session, as_of, basis=basis, group_by=group_by),
            success=self._loaded,
            parent=self,
        )
        self.tie_out_label.setText(self.tr("Checking the aging against the ledger and the statements…"))
        self.tie_out_label.setStyleSheet("color: #667085;")
        self.ctx.query(lambda session: three_way_tie_out(session, as_of), success=self._tied, parent=self)
        self.ctx.query(
            lambda session: compute_provision(session, as_of), success=self._provisioned, parent=self
        )
        self.ctx.query(lambda session: cash_forecast(session, as_of), success=self._forecast, parent=self)

    @staticmethod
    def _set_columns(table: DataTable, model: StaticTableModel, columns: list[Column]) -> None:
        """Columns that depend on the data (buckets, age bands, currencies): when they change, size them
        as the table sizes its first columns, then bring back the widths the person chose."""
        same = [(c.key, c.title) for c in model.columns] == [(c.key, c.title) for c in columns]
        model.columns = columns
        if same:
            return
        model.beginResetModel()
        model.endResetModel()
        header = table.horizontalHeader()
        for index, column in enumerate(columns):
            header.resizeSection(index, column.width or table._default_width(column))
        table.restore_state()

    def _loaded(self, data: ReportData) -> None:
        self.data = data
        self._set_columns(self.aging_table, self.aging_model, self._aging_columns(data.report))
        self.aging_model.set_rows([*data.report.rows, *data.report.totals()])
        self.metrics_model.set_rows(
            [MetricsLine(point.month, m) for point in reversed(data.trend) for m in point.metrics]
        )
        currencies = sorted(
            {m.currency for p in data.trend for m in p.metrics} | {r.currency for r in data.report.rows}
        )
        current = self.currency_box.currentText() or self.ctx.base_currency
        self.currency_box.blockSignals(True)
        self.currency_box.clear()
        self.currency_box.addItems(currencies)
        if current in currencies:
            self.currency_box.setCurrentText(current)
        self.currency_box.blockSignals(False)
        self._currency_changed()
        self.loaded.emit()

    def _currency_changed(self) -> None:
        self._show_metrics()
        self._draw_aging()
        self._draw_forecast()

    def _tab_changed(self, index: int) -> None:
        aging = TABS[index] == "aging"
        for widget in (self.basis_label, self.basis_box, self.group_label, self.group_box):
            widget.setVisible(aging)

    def _tied(self, lines: list[ThreeWayTieOut]) -> None:
        self.tie_out = lines
        f = formatting.current()
        parts, ties = [], True
        for line in lines:
            if line.ties:
                parts.append(
                    self.tr("%1: aging = ledger = statements = %2 ✓")
                    .replace("%1", line.currency)
                    .replace("%2", f.money(line.aging_total))
                )
            else:
                ties = False
                parts.append(
                    self.tr("%1: aging %2, ledger %3, statements %4 — differences %5 and %6 ✗")
                    .replace("%1", line.currency)
                    .replace("%2", f.money(line.aging_total))
                    .replace("%3", f.money(line.ledger_balance))
                    .replace("%4", f.money(line.statements_total))
                    .replace("%5", f.money(line.difference))
                    .replace("%6", f.money(line.statements_difference))
                )
        self.tie_out_label.setText("    ".join(parts) or self.tr("No receivables on this date"))
        self.tie_out_label.setStyleSheet(f"color: {OK_COLOUR if ties else ERROR_COLOUR}; font-weight: bold;")
        self.tie_out_loaded.emit()

    def _provisioned(self, sheet: ProvisionSheet) -> None:
        self.provision = sheet
        self._set_columns(self.provision_table, self.provision_model, self._provision_columns(sheet))
        rows: list[ProvisionLineInfo | ProvisionTotal] = []
        for total in sheet.totals():
            rows += [line for line in sheet.lines if line.currency == total.currency]
            rows.append(total)
        self.provision_model.set_rows(rows)
        f = formatting.current()
        rates = ", ".join(
            f"{self._band_title(b.low_years, b.high_years)} {f.percent(b.rate)}" for b in sheet.method.bands
        )
        previous = sheet.previous_month or self.tr("none")
        self.provision_label.setText(
            self.tr(
                "Provision as of %1 by the age of the open items since their invoice dates — %2. Customers "
                "with an individual provision use their own rate or amount. Previous month's run: %3. "
                "A preview: the month-end run is recorded with acctdesk provision run."
            )
            .replace("%1", f.date(sheet.as_of))
            .replace("%2", rates)
            .replace("%3", previous)
        )
        self.provision_loaded.emit()

    def _forecast(self, forecast: Forecast) -> None:
        self.forecast = forecast
        currencies = [c.currency for c in forecast.currencies]
        self._set_columns(self.forecast_table, self.forecast_model, self._forecast_columns(currencies))
        self.forecast_model.set_rows(forecast_lines(forecast, self._forecast_names()))
        self._draw_forecast()
        self.forecast_loaded.emit()

    # -- aging chart -------------------------------------------------------------------------------

    def chart_rows(self) -> list[tuple[str, list[Money]]]:
        """The aging chart's bars for the chosen currency, the largest ten rows by open items: (label, the
        amounts of each bucket, awaiting, retention and disputed). The table has every row."""
        if not self.data:
            return []
        currency = self.currency_box.currentText()
        rows = sorted(
            (r for r in self.data.report.rows if r.currency == currency and not r.total.is_zero()),
            key=lambda r: (-(r.total - r.unapplied).amount, r.key),
        )
        return [
            (row.label, [*row.buckets, row.awaiting_event, row.retention, row.disputed])
            for row in rows[:CHART_ROWS]
        ]

    def _draw_aging(self) -> None:
        chart = self.aging_chart
        self._clear(chart)
        bars = self.chart_rows()
        if not bars or self.data is None:
            chart.setTitle(self.tr("No receivables in this currency"))
            return
        currency = self.currency_box.currentText()
        scale, unit = self._scale(currency)
        report = self.data.report
        names = [labels.bucket_label(b.key, b.low, b.high, short=True) for b in report.buckets]
        keys = [b.key for b in report.buckets]
        names += [
            labels.bucket_label("awaiting", None, None, short=True),
            labels.bucket_label("retention", None, None),
            self.tr("Disputed"),
        ]
        keys += ["awaiting", "retention", "disputed"]
        series = QHorizontalStackedBarSeries()
        series.setBarWidth(0.7)
        ordered = list(reversed(bars))  # a horizontal chart draws its first category at the bottom
        for index, (key, name) in enumerate(zip(keys, names, strict=True)):
            if all(amounts[index].is_zero() for _, amounts in bars):
                continue
            # A float only to draw the bar; the table shows the exact amounts.
            bar_set = QBarSet(name)
            bar_set.append([float(amounts[index].amount) / scale for _, amounts in ordered])
            colour = OTHER_COLOURS.get(key) or BUCKET_COLOURS[min(index, len(BUCKET_COLOURS) - 1)]
            bar_set.setColor(QColor(colour))
            bar_set.setBorderColor(QColor(colour))
            series.append(bar_set)
        chart.addSeries(series)
        categories = QBarCategoryAxis()
        categories.append([self._short(label) for label, _ in ordered])
        categories.setTruncateLabels(False)  # the names are shortened here, to a width that fits
        small = QFont(categories.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.9)
        categories.setLabelsFont(small)
        chart.addAxis(categories, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(categories)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(unit)
        values.setLabelsFont(small)
        chart.addAxis(values, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(values)
        values.applyNiceNumbers()
        chart.legend().setVisible(True)
        chart.legend().setAlignment(Qt.AlignmentFlag.AlignBottom)
        chart.legend().setFont(small)
        chart.setTitle(
            self.tr("Aging of the %1 largest balances, %2")
            .replace("%1", str(len(bars)))
            .replace("%2", currency)
        )

    @staticmethod
    def _short(text: str, width: int = 16) -> str:
        shown, used = "", 0
        for ch in text:
            used += 2 if ord(ch) > 0x2E80 else 1
            if used > width:
                return shown + "…"
            shown += ch
        return shown

    # -- metrics -------------------------------------------------------------------------------------

    def current_metrics(self) -> Metrics | None:
        if not self.data or not self.data.trend:
            return None
        currency = self.currency_box.currentText()
        return next((m for m in self.data.trend[-1].metrics if m.currency == currency), None)

    def _show_metrics(self) -> None:
        metrics = self.current_metrics()
        f = formatting.current()
        for key, tile in self.tiles.items():
            value = metric_value(metrics, key)
            if value is None:
                tile.set_figure("—", self.tr("not defined this month"))
            elif key in DAYS:
                tile.set_figure(self.tr("%1 days").replace("%1", f.decimal(value)), self._month_text())
            else:
                tile.set_figure(
                    f.percent(value), self._month_text(), alert=key == "overdue_ratio" and value > 50
                )
        self._draw_trend()

    def _month_text(self) -> str:
        if not self.data or not self.data.trend:
            return ""
        period = self.data.trend[-1].period
        return (
            self.tr("%1 to %2").replace("%1", period.start.isoformat()).replace("%2", f"{period.end:%m-%d}")
        )

    def show_trend(self, key: str) -> None:
        self.tabs.setCurrentIndex(TABS.index("metrics"))
        self.metric_box.setCurrentIndex(METRIC_KEYS.index(key))

    def trend_values(self) -> list[tuple[str, Decimal | None]]:
        """(month, value) of the chosen metric for the chosen currency, oldest first."""
        if not self.data:
            return []
        key, currency = self.metric_box.currentData(), self.currency_box.currentText()
        values = []
        for point in self.data.trend:
            metrics = next((m for m in point.metrics if m.currency == currency), None)
            values.append((point.month, metric_value(metrics, key)))
        return values

    def _draw_trend(self) -> None:
        self._clear(self.chart)
        values = self.trend_values()
        if not values:
            return
        series = QLineSeries()
        series.setPen(QPen(QColor("#2e6bd9"), 2))
        series.setPointsVisible(True)
        for index, (_, value) in enumerate(values):
            if value is not None:  # a float only to draw the line; the tiles show the exact figure
                series.append(index, float(value))
        self.chart.addSeries(series)
        months = QCategoryAxis()
        months.setLabelsPosition(QCategoryAxis.AxisLabelsPosition.AxisLabelsPositionOnValue)
        for index, (month, _) in enumerate(values):
            months.append(month[5:], index)  # "11": the title gives the years
        months.setRange(-0.5, len(values) - 0.5)  # the first and last points not on the plot's edge
        self.chart.addAxis(months, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(months)
        axis = QValueAxis()
        axis.setLabelFormat("%.0f")
        key = self.metric_box.currentData()
        axis.setTitleText(self.tr("days") if key in DAYS else "%")
        self.chart.addAxis(axis, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(axis)
        present = [float(v) for _, v in values if v is not None]
        axis.setRange(min([0.0, *present]), max([1.0, *present]))
        axis.applyNiceNumbers()
        self.chart.setTitle(
            self.tr("%1, %2 – %3")
            .replace("%1", self.metric_box.currentText())
            .replace("%2", values[0][0])
            .replace("%3", values[-1][0])
        )

    # -- forecast chart ----------------------------------------------------------------------------

    def _draw_forecast(self) -> None:
        chart = self.forecast_chart
        self._clear(chart)
        currency = self.currency_box.currentText()
        if self.forecast is None:
            return
        found = next((c for c in self.forecast.currencies if c.currency == currency), None)
        if found is None:
            chart.setTitle(self.tr("No open items in this currency"))
            return
        scale, unit = self._scale(currency)
        bar_set = QBarSet(currency)
        bar_set.append([float(amount.amount) / scale for amount in found.weeks])
        bar_set.setColor(QColor("#2e90fa"))
        bar_set.setBorderColor(QColor("#2e90fa"))
        series = QBarSeries()
        series.setBarWidth(0.7)
        series.append(bar_set)
        chart.addSeries(series)
        weeks = QBarCategoryAxis()
        weeks.append([week.end.strftime("%m-%d") for week in self.forecast.weeks])
        weeks.setTitleText(self.tr("Week ending"))
        weeks.setLabelsAngle(-60)
        weeks.setTruncateLabels(False)
        small = QFont(weeks.labelsFont())
        small.setPointSizeF(small.pointSizeF() * 0.85)
        weeks.setLabelsFont(small)
        chart.addAxis(weeks, Qt.AlignmentFlag.AlignBottom)
        series.attachAxis(weeks)
        values = QValueAxis()
        values.setLabelFormat("%.0f")
        values.setTitleText(unit)
        chart.addAxis(values, Qt.AlignmentFlag.AlignLeft)
        series.attachAxis(values)
        values.applyNiceNumbers()
        chart.setTitle(
            self.tr("Receipts expected per week, %1 (total %2)")
            .replace("%1", currency)
            .replace("%2", formatting.current().money(sum(found.weeks, Money.zero(currency))))
        )

    # -- drill-down ----------------------------------------------------------------------------------

    def _cell_opened(self, index: QModelIndex) -> None:
        row = self.aging_model.row_at(index.row())
        column = self.aging_model.columns[index.column()].key
        if row is None or self.data is None or column in ("key", "name", "currency", "unapplied"):
            return
        self.open_cell(Cell(row.key, row.currency, column), row)

    def open_cell(self, cell: Cell, row: AgingRow | None = None) -> None:
        """List the open items behind one aging cell (a totals row lists the whole currency)."""
        self.cell = cell
        as_of, basis, group_by = self.as_of, self.basis_box.currentData(), self.group_box.currentData()
        is_total = row is not None and self.data is not None and row in self.data.report.totals()

        def read(session: Session) -> list[OpenItem]:
            return cell_items(
                session,
                as_of,
                basis=basis,
                group_by=group_by,
                key=None if is_total else cell.key,
                currency=cell.currency,
                column=cell.column,
            )

        self.ctx.query(read, success=self._items_arrived, parent=self)

    def _column_title(self, key: str) -> str:
        return next((c.title for c in self.aging_model.columns if c.key == key), key)

    def _items_arrived(self, items: list[OpenItem]) -> None:
        self.items_model.set_rows(items)
        cell = self.cell
        total = sum((i.open_amount.amount for i in items), Decimal(0))
        self.items_title.setText(
            self.tr("%1 (%2), %3: %Ln item(s), %4", "", len(items))
            .replace("%1", cell.key)
            .replace("%2", cell.currency)
            .replace("%3", self._column_title(cell.column))
            .replace("%4", formatting.current().amount(total, cell.currency))
        )
        self.items_loaded.emit()

    # -- export ----------------------------------------------------------------------------------------

    def current_tab(self) -> str:
        return TABS[self.tabs.currentIndex()]

    def export(self, path: str | None = None):
        """Save the current tab's report as a formatted workbook: the aging and the provision as the
        command line writes them, the metrics and the forecast with the columns shown here."""
        tab = self.current_tab()
        if path is None:
            title = self.tabs.tabText(self.tabs.currentIndex())
            suggested = str(Path(default_export_folder()) / f"{title} {self.as_of.isoformat()}.xlsx")
            path, _filter = QFileDialog.getSaveFileName(
                self, self.tr("Export to Excel"), suggested, self.tr("Excel workbook (*.xlsx)")
            )
            if not path:
                return None
            QSettings().setValue("export/folder", str(Path(path).parent))
        if not path.lower().endswith(".xlsx"):
            path += ".xlsx"
        write = self._writer(tab, path)
        if write is None:
            return None
        return self.ctx.ops.run(
            lambda _control: write(),
            success=lambda _result: self._exported(path),
            parent=self,
            label=self.tr("Exporting to Excel…"),
        )

    def _writer(self, tab: str, path: str):
        # openpyxl is imported at the first export, not when the screen opens
        from acctdesk.services.aging_xlsx import render_aging_xlsx
        from acctdesk.services.provision_xlsx import render_provision_xlsx
        from acctdesk.ui.export import write_xlsx

        total = self.tr("Total")
        if tab == "aging" and self.data is not None:
            report = self.data.report
            return lambda: render_aging_xlsx(report, path)
        if tab == "provision" and self.provision is not None:
            sheet = self.provision
            preview = ProvisionRunInfo(
                0,
                sheet.as_of.strftime("%Y-%m"),
                0,
                sheet.as_of,
                "preview",
                self.ctx.user,
                datetime.now(UTC),
                sheet,
            )
            return lambda: render_provision_xlsx(preview, Path(path))
        if tab in ("metrics", "forecast"):
            model = self.metrics_model if tab == "metrics" else self.forecast_model
            if not model.rows:
                return None
            title = self.tabs.tabText(self.tabs.currentIndex())
            columns, rows = list(model.columns), model.rows
            return lambda: write_xlsx(
                path,
                title=title,
                columns=columns,
                fetch=lambda limit, offset: rows[offset : offset + limit],
                total_rows=len(rows),
                total_label=total,
            )
        return None

    def _exported(self, path: str) -> None:
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(self.tr("Exported to %1").replace("%1", path), 8000)
        self.exported.emit(path)
