"""The credit page of one customer: exposure against the limit, the rating with each factor's
points, the rating history as a chart, and the open alerts to acknowledge with a note.

A self-contained widget the main window embeds (`CreditView(book, user, as_of=…)`, then
`show_customer(code)`). It reads through `credit_file.credit_overview` — the same call as
`acctdesk credit CUSTOMER` — and changes the book only through the credit services.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from PySide6.QtCharts import QChart, QChartView, QDateTimeAxis, QLineSeries, QScatterSeries, QValueAxis
from PySide6.QtCore import QCoreApplication, QDate, QDateTime, Qt, QTime, Signal
from PySide6.QtGui import QPainter
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDateEdit,
    QFormLayout,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QProgressBar,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services.book import Book
from acctdesk.services.credit_alerts import acknowledge_alert
from acctdesk.services.credit_file import CreditOverview, credit_overview
from acctdesk.services.credit_rating import record_ratings
from acctdesk.services.errors import DomainError
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui import formatting, labels


def _qdate(value: date) -> QDate:
    return QDate(value.year, value.month, value.day)


def _moment(value: date, hour: int = 0) -> QDateTime:
    return QDateTime(_qdate(value), QTime(hour, 0))


def _pydate(value: QDate) -> date:
    return date(value.year(), value.month(), value.day())


def factor_name(name: str) -> str:
    return {
        "days_late": QCoreApplication.translate("CreditView", "Average days late"),
        "on_time": QCoreApplication.translate("CreditView", "Paid on time"),
        "worst_overdue": QCoreApplication.translate("CreditView", "Worst overdue"),
        "overdue_ratio": QCoreApplication.translate("CreditView", "Overdue share"),
        "broken_promises": QCoreApplication.translate("CreditView", "Broken promises"),
        "trend": QCoreApplication.translate("CreditView", "Trend"),
        "relationship": QCoreApplication.translate("CreditView", "Relationship"),
        "business_status": QCoreApplication.translate("CreditView", "Business status"),
        "industry_risk": QCoreApplication.translate("CreditView", "Industry risk"),
    }.get(name, name)


def rule_name(rule: str) -> str:
    return {
        "dso": QCoreApplication.translate("CreditView", "DSO"),
        "overdue_ratio": QCoreApplication.translate("CreditView", "Overdue share"),
        "utilisation": QCoreApplication.translate("CreditView", "Limit used"),
        "overdue_item": QCoreApplication.translate("CreditView", "Item overdue"),
        "broken_promise": QCoreApplication.translate("CreditView", "Broken promise"),
        "downgrade": QCoreApplication.translate("CreditView", "Downgrade"),
        "credit_hold": QCoreApplication.translate("CreditView", "Credit hold"),
    }.get(rule, rule)


def severity_name(severity: str) -> str:
    return {
        "info": QCoreApplication.translate("CreditView", "Info"),
        "warning": QCoreApplication.translate("CreditView", "Warning"),
        "critical": QCoreApplication.translate("CreditView", "Critical"),
    }.get(severity, severity)


def _manual(value: str) -> str:
    return {
        "normal": QCoreApplication.translate("CreditView", "normal"),
        "watch": QCoreApplication.translate("CreditView", "watch"),
        "distressed": QCoreApplication.translate("CreditView", "distressed"),
        "low": QCoreApplication.translate("CreditView", "low"),
        "medium": QCoreApplication.translate("CreditView", "medium"),
        "high": QCoreApplication.translate("CreditView", "high"),
    }.get(value, value)


def policy_rule_text(rule) -> str:
    """A credit-policy rule in the interface language: what triggers it → what it does."""
    parameter = rule.parameter
    trigger = {
        "over_limit": QCoreApplication.translate("CreditView", "exposure over the limit"),
        "overdue_days": QCoreApplication.translate("CreditView", "an item more than %1 days overdue"),
        "broken_promise": QCoreApplication.translate("CreditView", "a promise broken in the last %1 days"),
        "grade": QCoreApplication.translate("CreditView", "grade %1 or worse"),
    }.get(str(rule.trigger), str(rule.trigger))
    action = {
        "warn": QCoreApplication.translate("CreditView", "warn"),
        "block": QCoreApplication.translate("CreditView", "block"),
        "hold": QCoreApplication.translate("CreditView", "credit hold"),
    }.get(str(rule.action), str(rule.action))
    return f"{trigger.replace('%1', parameter)} → {action}"


def policy_scope(scope: str) -> str:
    """Whose policy applies: built-in, the book's, a grade's or the customer's own."""
    kind, _, which = scope.partition(" ")
    return {
        "built-in": QCoreApplication.translate("CreditView", "built-in"),
        "book": QCoreApplication.translate("CreditView", "the book's"),
        "grade": QCoreApplication.translate("CreditView", "grade %1").replace("%1", which),
        "customer": QCoreApplication.translate("CreditView", "customer %1's own").replace("%1", which),
    }.get(kind, scope)


def factor_value(name: str, behaviour) -> str:
    """The factor's value in the interface language, from the plain behaviour figures."""
    f = formatting.current()
    if name == "days_late":
        value = behaviour.weighted_days_late
        return (
            QCoreApplication.translate("CreditView", "no payments")
            if value is None
            else QCoreApplication.translate("CreditView", "%1 days").replace("%1", f.decimal(value))
        )
    if name == "on_time":
        share = behaviour.on_time_share
        return (
            QCoreApplication.translate("CreditView", "no payments")
            if share is None
            else f.percent(share * 100, 0)
        )
    if name == "worst_overdue":
        return QCoreApplication.translate("CreditView", "%1 days").replace(
            "%1", f.integer(behaviour.worst_days_overdue)
        )
    if name == "overdue_ratio":
        return f.percent(behaviour.overdue_ratio * 100, 0)
    if name == "broken_promises":
        return f.integer(behaviour.broken_promises)
    if name == "trend":
        sign = "+" if behaviour.trend_days > 0 else ""
        return QCoreApplication.translate("CreditView", "%1 days").replace(
            "%1", sign + f.decimal(behaviour.trend_days)
        )
    if name == "relationship":
        return QCoreApplication.translate("CreditView", "%1 months").replace(
            "%1", f.integer(behaviour.relationship_months)
        )
    return _manual(getattr(behaviour, name))


class CreditView(QWidget):
    """Shows one customer's credit; acknowledging an alert or rating now changes the book."""

    loaded = Signal(str)  # customer code
    alert_acknowledged = Signal(int)
    rated = Signal(str)

    def __init__(
        self,
        book: Book,
        user: str = "system",
        parent: QWidget | None = None,
        *,
        as_of: date | None = None,
        customer_code: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.user = user
        self.overview: CreditOverview | None = None
        layout = QVBoxLayout(self)
        layout.addLayout(self._top_bar(as_of or date.today()))
        self.message = QLabel()
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        grid = QGridLayout()
        grid.addWidget(self._exposure_box(), 0, 0)
        grid.addWidget(self._rating_box(), 0, 1)
        grid.addWidget(self._history_box(), 1, 0)
        grid.addWidget(self._alerts_box(), 1, 1)
        grid.setColumnStretch(0, 1)
        grid.setColumnStretch(1, 1)
        layout.addLayout(grid, 1)
        if customer_code:
            self.customer_edit.setText(customer_code)
            self.show_customer()

    # -- building
    def _top_bar(self, as_of: date) -> QHBoxLayout:
        bar = QHBoxLayout()
        self.customer_edit = QLineEdit()
        self.customer_edit.setPlaceholderText(self.tr("customer code"))
        self.customer_edit.returnPressed.connect(self.show_customer)
        self.as_of_edit = QDateEdit(_qdate(as_of))
        self.as_of_edit.setCalendarPopup(True)
        self.as_of_edit.setDisplayFormat("yyyy-MM-dd")
        self.show_button = QPushButton(self.tr("Show"))
        self.show_button.clicked.connect(self.show_customer)
        self.rate_button = QPushButton(self.tr("Rate now"))
        self.rate_button.setToolTip(self.tr("Compute the rating as of the date and keep it in the history"))
        self.rate_button.clicked.connect(self.rate_now)
        bar.addWidget(QLabel(self.tr("Customer")))
        bar.addWidget(self.customer_edit, 1)
        bar.addWidget(QLabel(self.tr("As of")))
        bar.addWidget(self.as_of_edit)
        bar.addWidget(self.show_button)
        bar.addWidget(self.rate_button)
        return bar

    def _exposure_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Exposure and limit"))
        form = QFormLayout(box)
        self.name_label = QLabel()
        self.status_label = QLabel()
        self.receivables_label = QLabel()
        self.uninvoiced_label = QLabel()
        self.factored_label = QLabel()
        self.exposure_label = QLabel()
        self.limit_label = QLabel()
        self.utilisation_bar = QProgressBar()
        self.utilisation_bar.setRange(0, 100)
        self.available_label = QLabel()
        self.insured_label = QLabel()
        self.group_label = QLabel()
        self.group_label.setWordWrap(True)
        for label in (
            self.receivables_label,
            self.uninvoiced_label,
            self.factored_label,
            self.exposure_label,
            self.available_label,
        ):
            label.setAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
        form.addRow(self.tr("Customer"), self.name_label)
        form.addRow(self.tr("Status"), self.status_label)
        form.addRow(self.tr("Receivables"), self.receivables_label)
        form.addRow(self.tr("Contracts not yet invoiced"), self.uninvoiced_label)
        form.addRow(self.tr("Factored without recourse"), self.factored_label)
        form.addRow(self.tr("Exposure"), self.exposure_label)
        form.addRow(self.tr("Credit limit"), self.limit_label)
        form.addRow(self.tr("Limit used"), self.utilisation_bar)
        form.addRow(self.tr("Available"), self.available_label)
        form.addRow(self.tr("Insured"), self.insured_label)
        form.addRow(self.tr("Group"), self.group_label)
        return box

    def _rating_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rating"))
        layout = QVBoxLayout(box)
        self.grade_label = QLabel()
        font = self.grade_label.font()
        font.setPointSizeF(font.pointSizeF() * 1.6)
        font.setBold(True)
        self.grade_label.setFont(font)
        self.factor_table = QTableWidget(0, 3)
        self.factor_table.setHorizontalHeaderLabels([self.tr("Factor"), self.tr("Value"), self.tr("Points")])
        self.factor_table.verticalHeader().setVisible(False)
        self.factor_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.factor_table.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        self.recommendation_label = QLabel()
        self.recommendation_label.setWordWrap(True)
        self.policy_label = QLabel()
        self.policy_label.setWordWrap(True)
        layout.addWidget(self.grade_label)
        layout.addWidget(self.factor_table, 1)
        layout.addWidget(self.recommendation_label)
        layout.addWidget(self.policy_label)
        return box

    def _history_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Rating history"))
        layout = QVBoxLayout(box)
        self.chart = QChart()
        self.chart.legend().hide()
        self.chart.setAnimationOptions(QChart.AnimationOption.NoAnimation)
        self.history_series = QLineSeries()
        self.history_points = QScatterSeries()
        self.history_points.setMarkerSize(8)
        self.chart.addSeries(self.history_series)
        self.chart.addSeries(self.history_points)
        self.date_axis = QDateTimeAxis()
        self.date_axis.setFormat("yyyy-MM")
        self.date_axis.setTitleText(self.tr("As of"))
        self.score_axis = QValueAxis()
        self.score_axis.setRange(0, 100)
        self.score_axis.setLabelFormat("%d")
        self.score_axis.setTitleText(self.tr("Score"))
        self.chart.addAxis(self.date_axis, Qt.AlignmentFlag.AlignBottom)
        self.chart.addAxis(self.score_axis, Qt.AlignmentFlag.AlignLeft)
        for series in (self.history_series, self.history_points):
            series.attachAxis(self.date_axis)
            series.attachAxis(self.score_axis)
        self.chart_view = QChartView(self.chart)
        self.chart_view.setRenderHint(QPainter.RenderHint.Antialiasing)
        self.chart_view.setMinimumHeight(200)
        self.history_label = QLabel()
        layout.addWidget(self.chart_view, 1)
        layout.addWidget(self.history_label)
        layout.addStretch(0)
        return box

    def _alerts_box(self) -> QGroupBox:
        box = QGroupBox(self.tr("Open alerts"))
        layout = QVBoxLayout(box)
        self.alert_table = QTableWidget(0, 4)
        self.alert_table.setHorizontalHeaderLabels(
            [self.tr("Raised"), self.tr("Rule"), self.tr("Severity"), self.tr("Message")]
        )
        self.alert_table.verticalHeader().setVisible(False)
        self.alert_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.alert_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.alert_table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.alert_table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.alert_table.itemSelectionChanged.connect(self._selection_changed)
        self.note_edit = QLineEdit()
        self.note_edit.setPlaceholderText(self.tr("what was done about it"))
        self.ack_button = QPushButton(self.tr("Acknowledge"))
        self.ack_button.setEnabled(False)
        self.ack_button.clicked.connect(self.acknowledge_selected)
        row = QHBoxLayout()
        row.addWidget(self.note_edit, 1)
        row.addWidget(self.ack_button)
        layout.addWidget(self.alert_table, 1)
        layout.addLayout(row)
        return box

    # -- reading
    @property
    def as_of(self) -> date:
        return _pydate(self.as_of_edit.date())

    def set_as_of(self, as_of: date) -> None:
        self.as_of_edit.setDate(_qdate(as_of))
        if self.overview is not None:
            self.show_customer(self.overview.exposure.customer_code)

    def show_customer(self, code: str | None = None) -> bool:
        """Load and show a customer (the code typed in the box when none is given)."""
        if code:
            self.customer_edit.setText(code)
        code = self.customer_edit.text().strip()
        if not code:
            self.message.setText(self.tr("Type a customer code."))
            return False
        try:
            with self.book.sessions() as session:
                overview = credit_overview(session, code, self.as_of)
        except DomainError as error:
            self.message.setText(str(error))
            return False
        self.overview = overview
        self.message.setText("")
        self._show_exposure(overview)
        self._show_rating(overview)
        self._show_history(overview)
        self._show_alerts(overview)
        self.loaded.emit(overview.exposure.customer_code)
        return True

    def _money(self, money) -> str:
        return "—" if money is None else formatting.current().money(money, symbol=True)

    def _show_exposure(self, overview: CreditOverview) -> None:
        e = overview.exposure
        f = formatting.current()
        self.name_label.setText(f"{e.customer_code}  {e.customer_name}")
        status = labels.customer_status(e.status)
        if e.on_hold:
            status = self.tr("%1 — new invoices are refused").replace("%1", status)
            self.status_label.setStyleSheet("color: #b00020; font-weight: bold;")
        else:
            self.status_label.setStyleSheet("")
        self.status_label.setText(status)
        self.receivables_label.setText(self._money(e.receivables))
        self.uninvoiced_label.setText(self._money(e.uninvoiced_contracts))
        self.factored_label.setText(self._money(-e.factored_out))
        self.exposure_label.setText(self._money(e.exposure))
        limit = self._money(e.limit)
        if e.temporary_limit is not None and e.limit == e.temporary_limit:
            limit = self.tr("%1 (temporary until %2; standing %3)").replace("%1", limit)
            limit = limit.replace("%2", f.date(e.temporary_until)).replace(
                "%3", self._money(e.standing_limit)
            )
        self.limit_label.setText(limit)
        use = e.utilisation
        self.utilisation_bar.setValue(0 if use is None else int(min(use, Decimal(100))))
        self.utilisation_bar.setFormat(f.percent(use) if use is not None else self.tr("no limit"))
        self.utilisation_bar.setStyleSheet(
            "QProgressBar::chunk { background: #b00020; }" if use is not None and use > 100 else ""
        )
        self.available_label.setText(self._money(e.available))
        insured = self.tr("none")
        if e.insured is not None:
            insured = self.tr("%1 (exposure net of it %2)").replace("%1", self._money(e.insured))
            insured = insured.replace("%2", self._money(e.net_of_insurance))
        self.insured_label.setText(insured)
        group = overview.group
        if group is None:
            self.group_label.setText(self.tr("none"))
        else:
            text = self.tr("%1: exposure %2 of limit %3 (%4)")
            for key, value in (
                ("%1", group.group_code),
                ("%2", self._money(group.exposure)),
                ("%3", self._money(group.limit)),
                ("%4", f.percent(group.utilisation)),
            ):
                text = text.replace(key, value)
            self.group_label.setText(text)

    def _show_rating(self, overview: CreditOverview) -> None:
        rating = overview.rating
        f = formatting.current()
        self.grade_label.setText(
            self.tr("Grade %1 · score %2").replace("%1", rating.grade).replace("%2", f.decimal(rating.score))
        )
        self.factor_table.setRowCount(len(rating.factors))
        for row, factor in enumerate(rating.factors):
            points = QTableWidgetItem(
                self.tr("%1 of %2").replace("%1", f.decimal(factor.points)).replace("%2", str(factor.weight))
            )
            points.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
            points.setData(Qt.ItemDataRole.UserRole, str(factor.points))
            self.factor_table.setItem(row, 0, QTableWidgetItem(factor_name(factor.name)))
            self.factor_table.setItem(row, 1, QTableWidgetItem(factor_value(factor.name, rating.behaviour)))
            self.factor_table.setItem(row, 2, points)
        r = overview.recommendation
        text = self.tr("Recommended for grade %1: term %2 (now %3), limit %4 (now %5)")
        for key, value in (
            ("%1", r.grade),
            ("%2", r.term),
            ("%3", r.current_term or "—"),
            ("%4", self._money(r.limit)),
            ("%5", self._money(r.current_limit)),
        ):
            text = text.replace(key, value)
        self.recommendation_label.setText(text)
        rules = "; ".join(policy_rule_text(rule) for rule in overview.policy.rules)
        self.policy_label.setText(
            self.tr("Policy (%1): %2").replace("%1", policy_scope(overview.policy.scope)).replace("%2", rules)
        )

    def _show_history(self, overview: CreditOverview) -> None:
        points = []
        for record in overview.history:
            moment = _moment(record.as_of, 12)
            points.append((moment.toMSecsSinceEpoch(), float(record.score)))  # a chart coordinate, not money
        for series in (self.history_series, self.history_points):
            series.clear()
            for x, y in points:
                series.append(x, y)
        self.chart_view.setVisible(bool(points))  # no empty axes dated 1970
        if points:
            first, last = overview.history[0].as_of, overview.history[-1].as_of
            span = max((last - first).days, 30)
            start = _moment(first).addDays(-(span // 10))
            end = _moment(last).addDays(span // 10 + 1)
            self.date_axis.setRange(start, end)
            grades = " → ".join(r.grade for r in overview.history[-6:])
            self.history_label.setText(self.tr("Grades: %1").replace("%1", grades))
        else:
            self.history_label.setText(self.tr("No rating recorded yet: use Rate now, or the monthly run."))

    def _show_alerts(self, overview: CreditOverview) -> None:
        f = formatting.current()
        self.alert_table.setRowCount(len(overview.alerts))
        for row, alert in enumerate(overview.alerts):
            raised = QTableWidgetItem(f.date(alert.raised_on))
            raised.setData(Qt.ItemDataRole.UserRole, alert.id)
            self.alert_table.setItem(row, 0, raised)
            self.alert_table.setItem(row, 1, QTableWidgetItem(rule_name(alert.rule)))
            self.alert_table.setItem(row, 2, QTableWidgetItem(severity_name(alert.severity)))
            message = alert.message
            if alert.cleared_on is not None:
                message = (
                    self.tr("%1 (cleared %2)").replace("%1", message).replace("%2", f.date(alert.cleared_on))
                )
            self.alert_table.setItem(row, 3, QTableWidgetItem(message))
        self._selection_changed()

    # -- changing
    def selected_alert_id(self) -> int | None:
        rows = self.alert_table.selectionModel().selectedRows()
        if not rows:
            return None
        return self.alert_table.item(rows[0].row(), 0).data(Qt.ItemDataRole.UserRole)

    def _selection_changed(self) -> None:
        self.ack_button.setEnabled(self.selected_alert_id() is not None)

    def acknowledge_selected(self) -> bool:
        alert_id = self.selected_alert_id()
        if alert_id is None:
            return False
        try:
            acknowledge_alert(UnitOfWork(self.book, self.user), alert_id, self.note_edit.text())
        except DomainError as error:
            self.message.setText(str(error))
            return False
        self.note_edit.clear()
        self.alert_acknowledged.emit(alert_id)
        self.show_customer()
        self.message.setText(self.tr("Alert acknowledged."))
        return True

    def rate_now(self) -> bool:
        code = self.customer_edit.text().strip()
        if not code:
            self.message.setText(self.tr("Type a customer code."))
            return False
        try:
            record_ratings(UnitOfWork(self.book, self.user), self.as_of, [code])
        except DomainError as error:
            self.message.setText(str(error))
            return False
        self.rated.emit(code)
        return self.show_customer()
