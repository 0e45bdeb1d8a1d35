"""The credit page: exposure against the limit, the rating and its factors, the history chart,
and acknowledging alerts — on a small book stated here."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtCore import QDate, Qt
from sqlalchemy import select

from acctdesk.model.entities import CreditAlert
from acctdesk.services import credit, credit_alerts, credit_rating
from acctdesk.ui.credit_view import CreditView
from tests.builders import Ledger, d


@pytest.fixture
def credit_book(book):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司", credit_limit="10000")
    ledger.invoice("INV-1", "6000.00", "2026-01-10", due="2026-01-31")
    ledger.invoice("INV-2", "3500.00", "2026-03-01", due="2026-03-31")
    ledger.customer("C2", "北京远景贸易有限公司")
    credit_rating.record_ratings(ledger.uow(), d("2026-01-31"))
    credit_rating.record_ratings(ledger.uow(), d("2026-04-30"))
    credit_alerts.run_risk_checks(ledger.uow(), d("2026-04-30"))
    return book


@pytest.fixture
def view(qtbot, credit_book):
    widget = CreditView(credit_book, "tester", as_of=date(2026, 4, 30))
    qtbot.addWidget(widget)
    widget.resize(1100, 750)
    return widget


def rows(table) -> list[list[str]]:
    return [[table.item(r, c).text() for c in range(table.columnCount())] for r in range(table.rowCount())]


def test_exposure_limit_and_utilisation(view, qtbot):
    with qtbot.waitSignal(view.loaded) as loaded:
        assert view.show_customer("C1")
    assert loaded.args == ["C1"]
    assert view.name_label.text() == "C1  上海华信科技有限公司"
    assert view.status_label.text() == "Active"
    assert view.exposure_label.text() == "CN¥9,500.00"
    assert view.limit_label.text() == "CN¥10,000.00"
    assert (view.utilisation_bar.value(), view.utilisation_bar.text()) == (95, "95.0%")
    assert view.available_label.text() == "CN¥500.00"
    assert view.group_label.text() == "none"


def test_rating_factors_and_recommendation(view):
    view.show_customer("C1")
    factors = rows(view.factor_table)
    assert [row[0] for row in factors] == [
        "Average days late",
        "Paid on time",
        "Worst overdue",
        "Overdue share",
        "Broken promises",
        "Trend",
        "Relationship",
        "Business status",
        "Industry risk",
    ]
    assert factors[2] == ["Worst overdue", "89 days", "7.6 of 15"]  # 15 × (1 − 89/180)
    assert factors[3] == ["Overdue share", "100%", "0.0 of 15"]
    points = sum(Decimal(view.factor_table.item(r, 2).data(Qt.ItemDataRole.UserRole)) for r in range(9))
    assert view.grade_label.text() == f"Grade D · score {points}"
    assert view.recommendation_label.text().startswith(
        "Recommended for grade D: term N0 (now —), limit CN¥100,000.00"
    )


def test_rating_history_chart(view):
    view.show_customer("C1")
    assert view.history_series.count() == 2
    scores = [view.history_series.at(i).y() for i in range(2)]
    assert scores[0] > scores[1]  # B on 2026-01-31, D on 2026-04-30
    assert view.history_label.text() == "Grades: B → D"
    view.show_customer("C2")
    assert view.history_series.count() == 2  # rated on both dates, without invoices


def test_acknowledge_an_alert_with_a_note(view, qtbot, credit_book):
    view.show_customer("C1")
    listed = rows(view.alert_table)
    assert {row[1] for row in listed} >= {"Downgrade", "Limit used", "Item overdue"}
    assert not view.ack_button.isEnabled()
    view.alert_table.selectRow(0)
    assert view.ack_button.isEnabled()
    alert_id = view.selected_alert_id()
    assert not view.acknowledge_selected()  # no note
    assert view.message.text() == "acknowledge an alert with a note on what was done"
    view.note_edit.setText("已与客户财务确认付款计划")
    with qtbot.waitSignal(view.alert_acknowledged) as acknowledged:
        assert view.acknowledge_selected()
    assert acknowledged.args == [alert_id]
    assert view.alert_table.rowCount() == len(listed) - 1
    with credit_book.sessions() as session:
        row = session.get(CreditAlert, alert_id)
        assert (row.status, row.note, row.acknowledged_by) == (
            "acknowledged",
            "已与客户财务确认付款计划",
            "tester",
        )


def test_a_customer_on_hold_is_marked(view, credit_book):
    credit.place_on_hold(Ledger(credit_book).uow(), "C1", reason="逾期严重")
    view.show_customer("C1")
    assert view.status_label.text() == "Credit hold — new invoices are refused"


def test_rate_now_adds_to_the_history_and_errors_are_shown(view, credit_book):
    view.as_of_edit.setDate(QDate(2026, 5, 31))
    assert view.rate_now() is False  # nothing typed yet
    assert view.message.text() == "Type a customer code."
    view.customer_edit.setText("C1")
    assert view.rate_now()
    assert view.history_series.count() == 3
    with credit_book.sessions() as session:
        dates = session.scalars(select(CreditAlert.raised_on).where(CreditAlert.rule == "downgrade")).all()
    assert dates == [d("2026-04-30")]
    assert not view.show_customer("NOPE")
    assert view.message.text() == "unknown customer 'NOPE'"
