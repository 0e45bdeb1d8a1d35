"""The Statements area: a statement saved from the form, the batch on a worker with progress
and cancel, and the confirmations list."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QDate

from acctdesk.services import statement_batch
from acctdesk.services.confirmations import record_confirmation
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui import statements_view
from acctdesk.ui.statements_view import StatementsView
from tests.statement_cases import march_ledger


@pytest.fixture
def view(qtbot, book):
    march_ledger(book)
    widget = StatementsView(book, "tester", today=date(2026, 4, 15))
    qtbot.addWidget(widget)
    yield widget
    widget.cancel_batch()
    widget.wait()


def test_defaults_to_last_month_and_shows_the_tie_out(view):
    assert view.single_start.date() == QDate(2026, 3, 1) and view.single_end.date() == QDate(2026, 3, 31)
    view.customer_edit.setText("C1")
    view.preview_button.click()
    text = view.summary.text()
    assert "上海华信科技有限公司" in text
    assert "CNY: opening 600.00, closing 1,900.00, aging total 1,900.00 ✓" in text
    view.customer_edit.setText("NOPE")
    view.preview_button.click()
    assert view.summary.text() == "unknown customer 'NOPE'"


def test_save_a_statement(view, tmp_path):
    view.customer_edit.setText("C1")
    path = view.save_single("pdf", str(tmp_path / "c1.pdf"))
    assert path.read_bytes().startswith(b"%PDF")
    assert view.save_single("xlsx", str(tmp_path / "c1.xlsx")).exists()


def run_batch(view, qtbot):
    """Start the batch and wait for its end, whichever signal ends it; a failure shows its message."""
    ended = []
    view.batch_finished.connect(lambda result: ended.append(result))
    view.batch_failed.connect(lambda message: ended.append(message))
    started = view.start_batch()
    qtbot.waitUntil(lambda: bool(ended), timeout=60_000)
    assert not isinstance(ended[0], str), f"the batch failed: {ended[0]}"
    return started, ended[0]


def test_batch_runs_on_a_worker_with_progress_and_issues(view, qtbot, tmp_path):
    out = tmp_path / "out"
    view.folder_edit.setText(str(out))
    view.xlsx_check.setChecked(False)
    view.issue_check.setChecked(True)
    busy = []
    view.progress.valueChanged.connect(
        lambda _v: busy.append((view.run_button.isEnabled(), view.cancel_button.isEnabled()))
    )
    started, result = run_batch(view, qtbot)
    assert started and busy and busy[0] == (False, True)  # while it ran: Run off, Cancel on
    assert not result.cancelled and len(result.files) == 2
    assert sorted(p.name for p in out.iterdir()) == [
        "C1_CNY_2026-03-01_2026-03-31.pdf",
        "C2_CNY_2026-03-01_2026-03-31.pdf",
    ]
    assert (view.progress.value(), view.progress.maximum()) == (2, 2)
    assert "Issued ST-" in view.batch_status.text()
    assert view.run_button.isEnabled() and not view.cancel_button.isEnabled()
    assert view.confirmations.rowCount() == 2  # the list refreshed itself


def test_cancel_stops_the_batch_and_leaves_no_files(view, qtbot, tmp_path, monkeypatch):
    real = statement_batch.statements_batch

    def cancel_after_the_first_customer(**kwargs):
        report = kwargs.pop("progress")

        def progress(done, total):
            report(done, total)
            if done >= 1:
                view.cancel_batch()  # as if Cancel were pressed while the first file was written

        return real(progress=progress, **kwargs)

    monkeypatch.setattr(statements_view, "statements_batch", cancel_after_the_first_customer)
    out = tmp_path / "out"
    view.folder_edit.setText(str(out))
    _started, result = run_batch(view, qtbot)
    assert result.cancelled
    assert list(out.iterdir()) == []
    assert view.batch_status.text() == "Cancelled: no files were written."


def test_batch_needs_a_folder(view):
    assert not view.start_batch()
    assert "Choose a folder" in view.batch_status.text()


def test_confirmations_filter_by_status(view, book, tmp_path):
    from acctdesk.services.confirmations import issue_statement

    number = issue_statement(
        UnitOfWork(book, "tester"), "C1", start=date(2026, 3, 1), end=date(2026, 3, 31)
    ).number
    issue_statement(UnitOfWork(book, "tester"), "C2", start=date(2026, 3, 1), end=date(2026, 3, 31))
    record_confirmation(
        UnitOfWork(book, "tester"), number, confirmed_balance="1800", confirmed_on=date(2026, 4, 9)
    )
    view.refresh_confirmations()
    assert view.confirmations.rowCount() == 2
    view.status_combo.setCurrentIndex(view.status_combo.findData("differing"))
    assert view.confirmations.rowCount() == 1
    row = [view.confirmations.item(0, c).text() for c in range(8)]
    assert row[0] == number and row[5] == "differs" and row[6] == "1,800.00" and row[7] == "100.00"
