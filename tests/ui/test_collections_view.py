"""The Collections view: the daily run from its button, the worklist by priority, the one-click actions."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtCore import QDate

from acctdesk.services import collections, followups, reminder_policy
from acctdesk.services.reminder_policy import LevelRule
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui.collections_view import (
    CollectionsView,
    FollowUpDialog,
    PromiseDialog,
    SendReminderDialog,
    SnoozeDialog,
)
from tests.ui.conftest import AS_OF, settle


@pytest.fixture
def view(qtbot, ctx):
    widget = CollectionsView(ctx)
    qtbot.addWidget(widget)
    widget.resize(1200, 760)
    widget.show()
    settle(ctx)
    return widget


def run_daily(view, ctx, qtbot):
    with qtbot.waitSignal(view.run_finished, timeout=15_000) as finished:
        view.run_button.click()
    settle(ctx)
    return finished.args[0]


def select(view, predicate) -> followups.WorkItem:
    for row, item in enumerate(view.model.rows):
        if predicate(item):
            view.table.selectRow(row)
            return item
    raise AssertionError("no such task on the worklist")


def test_the_run_fills_the_worklist_by_priority(view, ctx, qtbot):
    assert view.model.rows == []
    result = run_daily(view, ctx, qtbot)
    assert len(result.reminders) > 0
    rows = view.model.rows
    assert len(rows) == result.tasks_created
    priorities = [item.priority for item in rows]
    assert priorities == sorted(priorities, reverse=True)
    assert view.status.text().startswith("Reminder run: ")
    # the same list the service gives
    with ctx.book.sessions() as session:
        expected = followups.worklist(session, AS_OF)
    assert [i.task_id for i in rows] == [i.task_id for i in expected]
    # running again adds nothing
    assert run_daily(view, ctx, qtbot).reminders == ()


def test_the_collector_filter(view, ctx, qtbot):
    run_daily(view, ctx, qtbot)
    everyone = len(view.model.rows)
    name = view.model.rows[0].collector
    view.set_collector(name)
    settle(ctx)
    assert 0 < len(view.model.rows) < everyone
    assert {item.collector for item in view.model.rows} == {name}


def test_log_a_call_from_the_worklist(view, ctx, qtbot):
    run_daily(view, ctx, qtbot)
    item = select(view, lambda i: True)
    settle(ctx)
    dialog = view.log_call()
    assert isinstance(dialog, FollowUpDialog)
    dialog.contact.setText("王芳")
    dialog.summary.setPlainText("财务说本周五付款")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("promise"))
    dialog.has_next.setChecked(True)
    dialog.next_on.setDate(QDate(2026, 11, 27))
    dialog.ok_button.click()
    settle(ctx)
    assert not dialog.isVisible()
    assert item.task_id not in [i.task_id for i in view.model.rows]
    with ctx.book.sessions() as session:
        (logged,) = followups.follow_ups(session, item.customer_code)
        later = followups.worklist(session, AS_OF + timedelta(days=3))
    assert (logged.channel, logged.contact, logged.outcome) == ("call", "王芳", "promise")
    assert logged.next_task_id in [i.task_id for i in later]


def test_a_call_nobody_answered_leaves_the_task_and_shows_in_the_log(view, ctx, qtbot):
    run_daily(view, ctx, qtbot)
    item = select(view, lambda i: True)
    dialog = view.log_call()
    dialog.summary.setPlainText("电话无人接听")
    dialog.outcome.setCurrentIndex(dialog.outcome.findData("no_answer"))
    assert not dialog.completes_task.isChecked()
    with qtbot.waitSignal(view.follow_ups_loaded, timeout=15_000):
        dialog.ok_button.click()
        settle(ctx)
    assert item.task_id in [i.task_id for i in view.model.rows]
    assert view.current_item().task_id == item.task_id  # the selection survives the refresh
    assert [(r.summary, r.outcome) for r in view.log_model.rows] == [("电话无人接听", "no_answer")]
    assert view.log_title.text().startswith(f"Follow-up log: {item.customer_code}")


def test_record_a_promise_pauses_the_customer(view, ctx, qtbot):
    run_daily(view, ctx, qtbot)
    item = select(view, lambda i: len(i.exposures) == 1)
    dialog = view.record_promise()
    assert isinstance(dialog, PromiseDialog)
    assert dialog.amount.text() == str(item.exposures[0].overdue.amount)
    dialog.promised_on.setDate(QDate(2026, 12, 1))
    dialog.ok_button.click()
    settle(ctx)
    assert not dialog.isVisible()
    with ctx.book.sessions() as session:
        (promise,) = collections.promises(session, item.customer_code)
        paused = followups.worklist(session, AS_OF)
    assert (promise.promised_on.isoformat(), promise.amount, promise.status) == (
        "2026-12-01",
        item.exposures[0].overdue,
        "open",
    )
    # the customer's items are under a live promise: its priority drops to nothing
    assert [i.priority for i in paused if i.customer_code == item.customer_code] == [0]


def test_snooze_needs_a_reason_and_hides_the_task_until_its_day(view, ctx, qtbot, shown_errors):
    run_daily(view, ctx, qtbot)
    item = select(view, lambda i: True)
    dialog = view.snooze()
    assert isinstance(dialog, SnoozeDialog)
    dialog.ok_button.click()
    settle(ctx)
    assert dialog.isVisible() and "say why" in dialog.message.text()
    assert shown_errors == []  # refused in place, not in a message box
    dialog.reason.setText("客户财务休假，下周一再联系")
    dialog.until.setDate(QDate(2026, 11, 30))
    dialog.ok_button.click()
    settle(ctx)
    assert not dialog.isVisible()
    assert item.task_id not in [i.task_id for i in view.model.rows]
    with ctx.book.sessions() as session:
        monday = followups.worklist(session, AS_OF + timedelta(days=6))
    (back,) = [i for i in monday if i.task_id == item.task_id]
    assert back.snooze_reason == "客户财务休假，下周一再联系"


def test_send_the_reminder_and_mark_a_task_done(view, ctx, qtbot):
    # a book policy "default" that e-mails at every level but the last, so e-mail tasks are made
    levels = [
        LevelRule(1, -3, "email", "friendly"),
        LevelRule(2, 1, "email", "first"),
        LevelRule(3, 90, "call", "final"),
    ]
    reminder_policy.set_policy(UnitOfWork(ctx.book, "tester"), "default", levels)
    run_daily(view, ctx, qtbot)
    sent = []
    view.sender = sent.append
    item = select(view, lambda i: i.kind == "email")
    assert view.send_button.isEnabled()
    dialog = view.send_reminder()
    assert isinstance(dialog, SendReminderDialog)
    settle(ctx)
    dialog.to.setText("ap@customer.example")
    dialog.ok_button.click()
    settle(ctx)
    (message,) = sent
    assert message["To"] == "ap@customer.example"
    assert next(message.iter_attachments()).get_filename().startswith(item.reminder_number)
    assert item.task_id not in [i.task_id for i in view.model.rows]
    other = select(view, lambda i: i.kind != "email")
    assert not view.send_button.isEnabled()
    view.done_button.click()
    settle(ctx)
    assert other.task_id not in [i.task_id for i in view.model.rows]
    assert view.status.text() == "Task done"


def _open_with_the_app(qapp, qtbot, book_url, user):
    from acctdesk.ui import app as app_module

    controller = app_module.Application(qapp, as_of=AS_OF)
    controller.auto_backup = False
    controller.open(book_url, user=user)
    controller.ops.wait()
    qtbot.addWidget(controller.window)
    controller.ops.wait()  # the daily run, queued when the window appeared
    return controller


def test_opening_a_book_runs_the_days_reminders_once(qapp, qtbot, demo_book, book_url, shown_errors):
    from acctdesk.services.reminders import list_reminders

    with demo_book.sessions() as session:
        assert list_reminders(session) == []
        expected = reminders_due(demo_book)
    controller = _open_with_the_app(qapp, qtbot, book_url, "tester")
    with demo_book.sessions() as session:
        made = list_reminders(session, limit=10_000)
    assert len(made) == expected > 0 and {r.run_on for r in made} == {AS_OF}
    assert controller.window.statusBar().currentMessage() == (
        f"Today's reminders: {expected} made, 0 promises kept, 0 broken"
    )
    controller.close()
    again = _open_with_the_app(qapp, qtbot, book_url, "tester")  # the same day again: nothing new
    with demo_book.sessions() as session:
        assert len(list_reminders(session, limit=10_000)) == expected
    again.close()
    assert shown_errors == []


def test_opening_a_book_as_an_auditor_runs_nothing_and_says_nothing(
    qapp, qtbot, demo_book, book_url, shown_errors
):
    from acctdesk.services import auth
    from acctdesk.services.reminders import list_reminders

    auth.add_user(UnitOfWork(demo_book, "tester"), "zhao", "auditor")
    controller = _open_with_the_app(qapp, qtbot, book_url, "zhao")
    assert controller.window.ctx.user == "zhao"
    with demo_book.sessions() as session:
        assert list_reminders(session) == []
    assert shown_errors == []
    controller.close()


def reminders_due(book) -> int:
    from acctdesk.services import reminders

    with UnitOfWork(book, "tester") as uow:
        return len(reminders.run_reminders(uow, AS_OF, dry_run=True).reminders)
