"""The Reports area on a small demo book: the aging table, its drill-down, the tie-out line, the metric
tiles and the trend chart, each showing what the services compute."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select, update

from acctdesk.model.entities import LedgerEntry
from acctdesk.services.aging import GroupBy, aging_report
from acctdesk.services.metrics import metrics_trend
from acctdesk.ui import formatting
from acctdesk.ui.reports_view import ReportsView, metric_value
from tests.ui.conftest import AS_OF, settle


@pytest.fixture
def view(qtbot, ctx):
    widget = ReportsView(ctx)
    qtbot.addWidget(widget)
    settle(ctx)
    return widget


def test_the_aging_table_shows_the_service_rows_and_totals(view, ctx):
    with ctx.book.sessions() as session:
        report = aging_report(session, AS_OF)
    model = view.aging_model
    assert model.rowCount() == len(report.rows) + len(report.totals())
    headers = [model.headerData(c, view.aging_table.horizontalHeader().orientation()) for c in range(5)]
    assert headers[:3] == ["Customer", "Name", "Currency"]
    assert [c.key for c in model.columns][3:10] == [b.key for b in report.buckets]
    last = model.row_at(model.rowCount() - 1)
    assert (last.key, last.total) == (report.totals()[-1].currency, report.totals()[-1].total)


def test_the_tie_out_line_shows_a_check_mark(view):
    assert view.tie_out and all(line.ties for line in view.tie_out)
    assert "aging = ledger = statements" in view.tie_out_label.text()
    assert "✓" in view.tie_out_label.text() and "#067647" in view.tie_out_label.styleSheet()


def test_a_difference_is_shown_in_red(view, ctx):
    with ctx.book.sessions() as session:  # a ledger entry changed behind acctdesk's back
        entry = session.scalar(select(LedgerEntry.id).where(LedgerEntry.currency == "CNY").limit(1))
        session.execute(
            update(LedgerEntry)
            .where(LedgerEntry.id == entry)
            .values(amount_minor=LedgerEntry.amount_minor + 100)
        )
        session.commit()
    view.refresh()
    settle(ctx)
    text = view.tie_out_label.text()
    assert "✗" in text and "differences -1.00 and 0.00" in text
    assert "#b42318" in view.tie_out_label.styleSheet()


def test_drill_down_lists_the_items_behind_a_cell(view, ctx, qtbot):
    model = view.aging_model
    bucket_column = next(i for i, c in enumerate(model.columns) if c.key == "1-30")
    row = next(r for r in range(model.rowCount()) if not model.row_at(r).buckets[1].is_zero())
    with qtbot.waitSignal(view.items_loaded, timeout=15_000):
        view.aging_table.doubleClicked.emit(model.index(row, bucket_column))
    items = view.items_model.rows
    expected = model.row_at(row).buckets[1]
    assert items and sum((i.open_amount.amount for i in items), Decimal(0)) == expected.amount
    assert all(1 <= i.days_overdue <= 30 for i in items)
    assert formatting.current().amount(expected.amount, expected.currency) in view.items_title.text()


def test_drill_down_by_collector(view, ctx, qtbot):
    view.group_box.setCurrentIndex(view.group_box.findData(GroupBy.COLLECTOR))
    settle(ctx)
    model = view.aging_model
    total_column = next(i for i, c in enumerate(model.columns) if c.key == "total")
    row = model.row_at(0)
    with qtbot.waitSignal(view.items_loaded, timeout=15_000):
        view.aging_table.doubleClicked.emit(model.index(0, total_column))
    open_total = sum((i.open_amount.amount for i in view.items_model.rows), Decimal(0))
    assert open_total == (row.total - row.unapplied).amount  # the row's items, before unapplied cash


def test_tiles_and_trend_show_the_metrics(view, ctx):
    view.currency_box.setCurrentText("CNY")
    with ctx.book.sessions() as session:
        trend = metrics_trend(session, AS_OF, months=12)
    this_month = next(m for m in trend[-1].metrics if m.currency == "CNY")
    f = formatting.current()
    assert view.tiles["dso"].value.text() == f"{f.decimal(this_month.dso)} days"
    assert view.tiles["cei"].value.text() == f.percent(this_month.cei)
    assert view.tiles["overdue_ratio"].value.text() == f.percent(this_month.overdue_ratio * 100)
    view.tiles["collection_rate"].clicked.emit()
    values = view.trend_values()
    assert [month for month, _ in values] == [p.month for p in trend]
    expected = [
        metric_value(next(m for m in p.metrics if m.currency == "CNY"), "collection_rate") for p in trend
    ]
    assert [v for _, v in values] == expected
    series = view.chart.series()[0]
    assert series.count() == sum(1 for v in expected if v is not None)
    assert view.chart.title() == f"Collection rate, {trend[0].month} – {trend[-1].month}"


def test_an_earlier_date_gives_the_figures_as_they_stood(view, ctx):
    earlier = AS_OF.replace(year=AS_OF.year - 1)
    view.as_of_edit.setDate(view.as_of_edit.date().addYears(-1))
    settle(ctx)
    with ctx.book.sessions() as session:
        report = aging_report(session, earlier)
    assert [r.total for r in view.data.report.totals()] == [r.total for r in report.totals()]
    assert view.data.trend[-1].period.end == earlier


def test_the_aging_chart_stacks_the_largest_rows_by_bucket(view, ctx):
    view.currency_box.setCurrentText("CNY")
    with ctx.book.sessions() as session:
        rows = [r for r in aging_report(session, AS_OF).rows if r.currency == "CNY" and not r.total.is_zero()]
    rows.sort(key=lambda r: (-(r.total - r.unapplied).amount, r.key))
    bars = view.chart_rows()
    assert len(rows) > 10 and [label for label, _ in bars] == [r.label for r in rows[:10]]
    assert bars[0][1] == [*rows[0].buckets, rows[0].awaiting_event, rows[0].retention, rows[0].disputed]
    (series,) = view.aging_chart.series()
    sets = {bar_set.label(): bar_set for bar_set in series.barSets()}
    assert "Not due" in sets and sets["Not due"].count() == len(bars)
    # the chart draws the largest row at the top (last category of a horizontal chart), in thousands
    assert abs(sets["Not due"].at(len(bars) - 1) - float(bars[0][1][0].amount) / 1000) < 1e-6
    assert view.aging_chart.title() == "Aging of the 10 largest balances, CNY"


def test_the_provision_tab_shows_the_service_sheet(view, ctx):
    from acctdesk.services.provisions import compute_provision

    with ctx.book.sessions() as session:
        sheet = compute_provision(session, AS_OF)
    model = view.provision_model
    assert model.rowCount() == len(sheet.lines) + len(sheet.totals())
    total = sheet.totals()[0]
    shown = model.row_at(sum(1 for line in sheet.lines if line.currency == total.currency))
    assert (shown.currency, shown.provision, shown.base) == (total.currency, total.provision, total.base)
    headers = [c.title for c in model.columns]
    assert headers[4:10] == [
        "Within 1 year",
        "1–2 years",
        "2–3 years",
        "3–4 years",
        "4–5 years",
        "Over 5 years",
    ]
    assert "Provision as of" in view.provision_label.text()


def test_the_forecast_tab_adds_up_to_the_open_items(view, ctx):
    from acctdesk.services.forecast import cash_forecast

    with ctx.book.sessions() as session:
        forecast = cash_forecast(session, AS_OF)
    lines = view.forecast_model.rows
    assert len(lines) == len(forecast.weeks) + 4
    for currency in forecast.currencies:
        shown = sum((line.amounts[currency.currency].amount for line in lines), Decimal(0))
        assert shown == currency.open_items.amount
    assert lines[0].start == forecast.weeks[0].start and lines[0].label == "Week 1"
    view.currency_box.setCurrentText("CNY")
    (series,) = view.forecast_chart.series()
    assert series.barSets()[0].count() == len(forecast.weeks)


def _export(view, qtbot, tab: str, tmp_path):
    from openpyxl import load_workbook

    view.tabs.setCurrentIndex(("aging", "metrics", "provision", "forecast").index(tab))
    path = tmp_path / f"{tab}.xlsx"
    with qtbot.waitSignal(view.exported, timeout=15_000):
        view.export(str(path))
    return load_workbook(path)


def test_each_tab_exports_to_excel_with_formatting(view, ctx, qtbot, tmp_path):
    from acctdesk.services.forecast import cash_forecast
    from acctdesk.services.provisions import compute_provision

    with ctx.book.sessions() as session:
        report = aging_report(session, AS_OF)
        sheet = compute_provision(session, AS_OF)
        forecast = cash_forecast(session, AS_OF)
    cny = next(r for r in report.totals() if r.currency == "CNY")

    aging = _export(view, qtbot, "aging", tmp_path).active
    last = [c.value for c in aging[aging.max_row]]
    assert (
        last[0] == report.totals()[-1].currency and Decimal(str(last[-1])) == report.totals()[-1].total.amount
    )
    cny_row = next(row for row in aging.iter_rows() if row[0].value == "CNY" and row[0].font.bold)
    assert Decimal(str(cny_row[-1].value)) == cny.total.amount and "#,##0.00" in cny_row[-1].number_format

    provision = _export(view, qtbot, "provision", tmp_path)
    first = provision[sheet.totals()[0].currency]
    assert "preview" in first["D2"].value
    total_row = next(row for row in first.iter_rows() if row[0].value == "合计 Total")
    assert Decimal(str(total_row[-3].value)) == sheet.totals()[0].provision.amount

    metrics = _export(view, qtbot, "metrics", tmp_path).active
    assert [c.value for c in metrics[1]][:4] == ["Month", "Currency", "DSO", "CEI"]
    assert metrics["D2"].number_format == "0.0%" and metrics["A1"].font.bold

    workbook = _export(view, qtbot, "forecast", tmp_path).active
    for currency in forecast.currencies:
        column = [c.value for c in workbook[1]].index(currency.currency)
        total = next(row for row in workbook.iter_rows() if row[0].value == f"Total {currency.currency}")
        assert Decimal(str(total[column].value)) == currency.open_items.amount


def test_the_reports_follow_the_windows_as_of_date(view, ctx):
    earlier = AS_OF.replace(month=AS_OF.month - 1)
    ctx.set_as_of(earlier)
    settle(ctx)
    assert view.as_of == earlier
    assert view.data.report.as_of == earlier and view.provision.as_of == earlier
    assert view.forecast.as_of == earlier
