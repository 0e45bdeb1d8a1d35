"""Internal control in the window: logging in, the approvals queue, the audit log, users in Settings, and
automatic backups and restoring one. The services decide; these tests check that the window asks them
through the worker thread and shows their answers where the person is looking."""

from __future__ import annotations

import sqlite3
import time
from pathlib import Path

import pytest
import shiboken6
from openpyxl import load_workbook
from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication
from sqlalchemy import text

from acctdesk.services import approvals, auth
from acctdesk.services.customers import create_customer, customer_by_code
from acctdesk.services.errors import NotFound
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui import app as app_module
from acctdesk.ui import audit_view, backups
from acctdesk.ui.approvals_view import ApprovalsDialog
from acctdesk.ui.audit_view import AuditDialog, AuditModel
from acctdesk.ui.context import AppContext
from acctdesk.ui.login import LoginDialog
from acctdesk.ui.mainwindow import MainWindow
from tests.ui.conftest import AS_OF, settle

PASSWORD = "kumquat-42"


def add_user(book, name: str, role: str, password: str | None = None) -> None:
    auth.add_user(UnitOfWork(book, "tester"), name, role, password=password)


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def shown(kind) -> list:
    return [w for w in QApplication.topLevelWidgets() if isinstance(w, kind) and w.isVisible()]


def load_all(ctx, model) -> None:
    """Every page, as scrolling to the end would (the view asks on a timer; a test asks itself)."""
    settle(ctx)
    while model.canFetchMore() or not ctx.ops.idle:  # the view may have asked for a page meanwhile
        if model.canFetchMore():
            model.fetchMore()
        settle(ctx)


def window_for(qtbot, ctx: AppContext, user: str) -> MainWindow:
    """The same book in a window acting as another user (one operations runner, so `settle` waits for it)."""
    other = AppContext(ctx.book, ctx.ops, user=user, as_of=AS_OF)
    window = MainWindow(other)
    qtbot.addWidget(window)
    window.show()
    settle(ctx)
    return window


# -- logging in ---------------------------------------------------------------------------------------


def test_a_wrong_password_is_refused_in_place_and_the_right_one_logs_in(qtbot, ctx):
    add_user(ctx.book, "wang", "credit_manager", PASSWORD)
    dialog = LoginDialog(ctx.book, ctx.ops, "wang")
    qtbot.addWidget(dialog)
    dialog.show()
    logged_in = []
    dialog.logged_in.connect(logged_in.append)
    dialog.password.setText("not-the-password")
    dialog.log_in()
    settle(ctx)
    assert dialog.isVisible() and logged_in == []
    assert dialog.message.isVisible()
    assert dialog.message.text() == "Wrong password for wang"
    dialog.user.setText("nobody")
    dialog.log_in()
    settle(ctx)
    assert dialog.message.text() == "There is no user nobody in this book"
    auth.change_user(UnitOfWork(ctx.book, "tester"), "wang", active=False)
    dialog.user.setText("wang")
    dialog.password.setText(PASSWORD)
    dialog.log_in()
    settle(ctx)
    assert dialog.message.text() == "The user wang is disabled; ask an administrator"
    auth.change_user(UnitOfWork(ctx.book, "tester"), "wang", active=True)
    dialog.password.clear()
    assert not dialog.message.isVisible()  # typing clears the refusal
    dialog.password.setText(PASSWORD)
    dialog.log_in()
    settle(ctx)
    assert logged_in == [auth.Actor("wang", auth.Role.CREDIT_MANAGER)]
    assert closed(dialog)
    assert QSettings().value("login/user") == "wang"  # offered first next time


def _book_with_passwords(book_url: str) -> None:
    from acctdesk.services.book import open_book

    book = open_book(book_url)
    try:
        add_user(book, "wang", "credit_manager", PASSWORD)
        add_user(book, "lin", "accountant", PASSWORD)
    finally:
        book.close()


def test_run_app_logs_in_before_the_window(qtbot, monkeypatch, book_url, shown_errors):
    _book_with_passwords(book_url)
    monkeypatch.delenv("ACCTDESK_USER", raising=False)
    QCoreApplication.setOrganizationName(app_module.ORGANISATION)  # the names run_app gives the settings
    QCoreApplication.setApplicationName(app_module.APPLICATION)
    QSettings().setValue("login/user", "wang")
    seen: dict = {}

    def exec_with_a_person(_self) -> int:
        for _ in range(600):
            QCoreApplication.processEvents()
            logins = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()
            ]
            windows = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            ]
            if logins and "login_user" not in seen:
                assert not windows  # the login comes before the window
                seen["login_user"] = logins[0].user.text()
                logins[0].password.setText(PASSWORD)
                logins[0].log_in()
            if windows:
                window = windows[0]
                window.ctx.ops.wait()
                QCoreApplication.processEvents()
                seen["user"] = window.ctx.user
                seen["label"] = window.user_label.text()
                window.close()
                return 0
            time.sleep(0.02)
        return 3

    monkeypatch.setattr(QApplication, "exec", exec_with_a_person)
    assert app_module.run_app(url=book_url) == 0
    assert seen["login_user"] == "wang"  # the remembered name
    assert seen["user"] == "wang"
    assert seen["label"] == "User: wang (Credit manager)"


def test_cancelling_the_login_quits_without_a_window(qtbot, monkeypatch, book_url, shown_errors):
    _book_with_passwords(book_url)
    monkeypatch.setenv("ACCTDESK_USER", "lin")
    windows_seen = []

    def exec_and_cancel(_self) -> int:
        for _ in range(600):
            QCoreApplication.processEvents()
            windows_seen.extend(shown(MainWindow))
            logins = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, LoginDialog) and w.isVisible()
            ]
            if logins:
                assert logins[0].user.text() == "lin"
                logins[0].reject()
                QCoreApplication.processEvents()
                return 0
            time.sleep(0.02)
        return 3

    monkeypatch.setattr(QApplication, "exec", exec_and_cancel)
    assert app_module.run_app(url=book_url) == 0
    assert windows_seen == []


def test_switch_user_keeps_the_book_and_changes_who_acts(qtbot, qapp, book_url, shown_errors):
    _book_with_passwords(book_url)
    controller = app_module.Application(qapp)
    controller.auto_backup = False
    controller.open(book_url, user="tester")  # tester has no password: no login
    controller.ops.wait()
    first = controller.window
    assert first.ctx.user == "tester"
    book = first.ctx.book
    first.switch_user_requested.emit()  # File → Switch user…
    dialog = controller.login
    assert isinstance(dialog, LoginDialog) and dialog.isVisible()
    dialog.user.setText("lin")
    dialog.password.setText(PASSWORD)
    dialog.log_in()
    controller.ops.wait()
    QCoreApplication.processEvents()
    second = controller.window
    qtbot.addWidget(second)
    assert second is not first and closed(first)
    assert second.ctx.user == "lin" and second.ctx.book is book  # the same open book
    controller.ops.wait()
    QCoreApplication.processEvents()
    assert second.user_label.text() == "User: lin (Accountant)"
    controller.close()


# -- approvals --------------------------------------------------------------------------------------


def _file_credit_limit_request(book) -> int:
    filed = approvals.request_credit_limit(
        UnitOfWork(book, "tester"), customer_code="C00001", credit_limit="500000", reason="年度框架合同"
    )
    return filed.id


def test_approvals_queue_refuses_the_requester_and_other_roles_then_an_approver_decides(qtbot, window, ctx):
    add_user(ctx.book, "lin", "accountant")
    add_user(ctx.book, "wang", "credit_manager")
    request_id = _file_credit_limit_request(ctx.book)
    window.refresh_identity()
    settle(ctx)
    assert not window.approvals_badge.isVisible()  # tester filed it: nothing waits for tester

    # The requester cannot decide their own request: the service says so, in the dialog.
    dialog = window.show_approvals()
    settle(ctx)
    assert [r.id for r in dialog.model.rows] == [request_id]
    assert dialog.model.rows[0].requested_by == "tester"
    assert dialog.select_request(request_id)
    assert "Credit limit of C00001 to 500,000.00" in dialog.detail.text()
    dialog.decide(approve=True)
    settle(ctx)
    assert dialog.message.isVisible()
    assert dialog.message.text() == f"tester filed request {request_id} and cannot decide it"
    dialog.reject()

    # An accountant may not approve at all.
    lin = window_for(qtbot, ctx, "lin")
    assert not lin.approvals_badge.isVisible()
    dialog = lin.show_approvals()
    settle(ctx)
    dialog.select_request(request_id)
    dialog.decide(approve=True)
    settle(ctx)
    assert dialog.message.text() == "lin (accountant) may not approve requests"
    dialog.reject()

    # The credit manager sees the badge, must give a reason to reject, and approves.
    wang = window_for(qtbot, ctx, "wang")
    assert wang.approvals_badge.isVisible()
    assert wang.approvals_badge.text() == "1 request to approve"
    assert wang.user_label.text() == "User: wang (Credit manager)"
    wang.approvals_badge.click()
    settle(ctx)
    dialog = next(d for d in wang.findChildren(ApprovalsDialog) if d.isVisible())
    dialog.select_request(request_id)
    dialog.decide(approve=False)
    assert dialog.message.text() == "Say why the request is rejected: the requester reads the note"
    with ctx.book.sessions() as session:
        assert approvals.list_requests(session)[0].status == "pending"  # nothing was sent to the service
    dialog.note.setText("同意，按合同执行")
    dialog.decide(approve=True)
    settle(ctx)
    assert dialog.done_label.text() == f"Request {request_id} approved"
    assert dialog.model.rows == []  # the pending list refreshed itself
    assert not wang.approvals_badge.isVisible()
    with ctx.book.sessions() as session:
        decided = approvals.list_requests(session, None)[0]
        limit = customer_by_code(session, "C00001").credit_limit_minor
    assert (decided.status, decided.decided_by, decided.decision_note) == (
        "approved",
        "wang",
        "同意，按合同执行",
    )
    assert limit == 50_000_000
    dialog.status_filter.setCurrentIndex(dialog.status_filter.findData(""))
    settle(ctx)
    assert [r.status for r in dialog.model.rows] == ["approved"]
    assert not dialog.approve_button.isEnabled()  # a decided request has nothing left to decide


# -- the audit log ------------------------------------------------------------------------------------


def test_audit_log_filters_and_pages_with_before_seq(qtbot, qtmodeltester, ctx, monkeypatch):
    for name in ("a1", "a2", "a3", "a4", "a5"):
        add_user(ctx.book, name, "collector")
    auth.change_user(UnitOfWork(ctx.book, "tester"), "a1", role="auditor")
    monkeypatch.setattr(audit_view, "PAGE", 2)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    # On its own, without a view asking for more: 3 events from the demo book, 5 user.add and
    # 1 user.change, newest first, two at a time.
    model = AuditModel(ctx, dialog._columns())
    model.reload(audit_view.AuditFilter())
    settle(ctx)
    assert [r.seq for r in model.rows] == [9, 8]
    inserted = []
    model.rowsInserted.connect(lambda _parent, first, last: inserted.append((first, last)))
    assert model.canFetchMore()
    model.fetchMore()
    assert not model.canFetchMore()  # one page at a time
    settle(ctx)
    load_all(ctx, model)
    assert [r.seq for r in model.rows] == list(range(9, 0, -1))
    assert inserted == [(2, 3), (4, 5), (6, 7), (8, 8)]  # the last row is inclusive
    qtmodeltester.check(model, force_py=True)
    settle(ctx)
    model = dialog.model  # the dialog's own, under its table, which asks for pages as they fit
    dialog.show()
    load_all(ctx, model)
    assert [r.seq for r in model.rows] == list(range(9, 0, -1))
    assert dialog.count_label.text() == "9 events shown"

    dialog.action_filter.setText("user.")
    dialog.action_filter.flush()
    settle(ctx)
    load_all(ctx, model)
    assert [r.action for r in model.rows] == ["user.change", *["user.add"] * 6]
    dialog.action_filter.setText("user.change")
    dialog.action_filter.flush()
    settle(ctx)
    assert [(r.seq, r.entity_id) for r in model.rows] == [(9, "a1")]
    dialog.table.selectRow(0)
    assert '"role": "collector"' in dialog.before.toPlainText()
    assert '"role": "auditor"' in dialog.after.toPlainText()

    dialog.action_filter.setText("")
    dialog.action_filter.flush()
    dialog.user_filter.setCurrentIndex(dialog.user_filter.findData("tester"))
    settle(ctx)
    assert {r.user for r in model.rows} == {"tester"}
    today = model.rows[0].local_day
    dialog.dates.set_range(today.replace(year=today.year + 1), None)  # a range with no events
    dialog.reload()
    settle(ctx)
    assert model.rows == [] and not model.canFetchMore()
    dialog.dates.set_range(today, today)
    dialog.reload()
    load_all(ctx, model)
    assert [r.seq for r in model.rows] == list(range(9, 0, -1))  # all of today's, page by page


def test_audit_log_model_passes_the_model_tester_while_loading(qtbot, qtmodeltester, ctx, monkeypatch):
    monkeypatch.setattr(audit_view, "PAGE", 1)
    model = AuditModel(ctx, AuditDialog(ctx)._columns())
    qtmodeltester.check(model, force_py=True)
    model.reload(audit_view.AuditFilter())
    settle(ctx)
    assert [r.seq for r in model.rows][:1] == [3]


def test_verify_chain_shows_a_tick_or_the_first_broken_place(qtbot, ctx, on_postgres):
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(ctx)
    dialog.verify_button.click()
    assert dialog.progress.isVisible() and not dialog.verify_button.isEnabled()
    settle(ctx)
    assert not dialog.progress.isVisible()
    assert dialog.verify_result.text() == (
        "✓ The audit chain is intact: 3 events and every sealed row verified"
    )
    with ctx.book.engine.begin() as connection:  # someone edits the book behind acctdesk's back
        connection.execute(text("UPDATE receipt SET amount_minor = 1 WHERE id = 1"))
    dialog.verify()
    settle(ctx)
    assert dialog.verify_result.text() == (
        "✗ The audit chain is broken at event 3: receipt 1 was altered after event 3 wrote it"
    )
    assert dialog.show_broken_button.isVisible()
    assert dialog.show_broken_button.text() == "Show event 3"
    dialog.action_filter.setText("book.")
    dialog.action_filter.flush()
    settle(ctx)
    dialog.show_broken_button.click()
    settle(ctx)
    assert dialog.action_filter.text() == ""  # filters cleared
    assert [r.seq for r in dialog.model.rows] == [3, 2, 1]
    assert dialog.selected().seq == 3


def test_audit_log_exports_every_matching_event(qtbot, ctx, tmp_path, monkeypatch):
    for name in ("b1", "b2", "b3"):
        add_user(ctx.book, name, "collector")
    monkeypatch.setattr(audit_view, "PAGE", 2)
    dialog = AuditDialog(ctx)
    qtbot.addWidget(dialog)
    dialog.action_filter.setText("user.")
    dialog.action_filter.flush()
    settle(ctx)
    path = tmp_path / "audit.xlsx"
    dialog.export(str(path))
    settle(ctx)
    sheet = load_workbook(path).active
    rows = list(sheet.iter_rows(values_only=True))
    assert rows[0][:4] == ("No.", "Time", "User", "Action")
    assert [row[0] for row in rows[1:]] == [6, 5, 4, 2]  # every user event, read page by page
    assert [row[3] for row in rows[1:]] == ["user.add"] * 4
    assert "Exported 4 events" in dialog.count_label.text()


# -- users -----------------------------------------------------------------------------------------


def test_an_administrator_adds_changes_and_disables_users(qtbot, window, ctx):
    panel = window.show_settings("users")
    settle(ctx)
    assert [u.name for u in panel.model.rows] == ["tester"]
    dialog = panel.add_user()
    dialog.name.setText("lin")
    dialog.role.setCurrentIndex(dialog.role.findData("accountant"))
    dialog.password.setText("short")
    assert dialog._messages["password"].text() == "A password needs at least 8 characters"
    assert not dialog.save_button.isEnabled()
    dialog.password.setText(PASSWORD)
    dialog.confirm.setText(PASSWORD + "x")
    assert dialog._messages["confirm"].text() == "The two passwords differ"
    dialog.confirm.setText(PASSWORD)
    assert dialog.save_button.isEnabled()
    assert dialog.save()
    settle(ctx)
    assert closed(dialog)
    rows = {u.name: u for u in panel.model.rows}
    assert rows["lin"].role == "accountant" and rows["lin"].has_password
    cells = [panel.model.index(0, c).data() for c in range(panel.model.columnCount())]
    assert cells == ["lin", "lin", "Accountant", "Active", "✓"]

    # A name that is taken is refused under the name, by the service.
    dialog = panel.add_user()
    dialog.name.setText("lin")
    dialog.save()
    settle(ctx)
    assert dialog._messages["name"].text() == "a user 'lin' exists already"
    dialog.reject()

    assert panel.select_user("lin")
    dialog = panel.edit_user()
    assert dialog.name.isReadOnly()
    assert not dialog.save_button.isEnabled()  # nothing changed yet
    dialog.role.setCurrentIndex(dialog.role.findData("collector"))
    dialog.save()
    settle(ctx)
    assert {u.name: u.role for u in panel.model.rows}["lin"] == "collector"
    panel.select_user("lin")
    assert panel.active_button.text() == "Disable"
    panel.active_button.click()
    settle(ctx)
    lin = {u.name: u for u in panel.model.rows}["lin"]
    assert not lin.active and panel.active_button.text() == "Enable"
    # The last administrator cannot be disabled: the service keeps one.
    panel.select_user("tester")
    panel.toggle_active()
    settle(ctx)
    assert panel.message.text() == "the book must keep at least one active administrator"


def test_only_administrators_manage_users_and_the_service_says_so(qtbot, ctx):
    add_user(ctx.book, "lin", "accountant", PASSWORD)
    window = window_for(qtbot, ctx, "lin")
    panel = window.show_settings("users")
    settle(ctx)
    dialog = panel.add_user()
    dialog.name.setText("zhao")
    dialog.save()
    settle(ctx)
    assert dialog.general.text() == "lin (accountant) may not manage users"
    dialog.reject()
    panel.select_user("tester")
    panel.toggle_active()
    settle(ctx)
    assert panel.message.text() == "lin (accountant) may not manage users"
    # Everyone may change their own password.
    panel.select_user("lin")
    dialog = panel.edit_user()
    dialog.password.setText("a-new-password")
    dialog.confirm.setText("a-new-password")
    dialog.save()
    settle(ctx)
    assert closed(dialog)
    with ctx.book.sessions() as session:
        assert auth.login(session, "lin", "a-new-password").name == "lin"


# -- backups ---------------------------------------------------------------------------------------


def _backups(ctx) -> list[Path]:
    return sorted((ctx.book.path.parent / "backups").glob("*.sqlite"))


def test_automatic_backup_once_a_day_and_on_closing_after_changes(qtbot, ctx, on_postgres):
    if on_postgres:
        pytest.skip("a team book is backed up with the server's tools")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    auto = window.enable_auto_backup()
    settle(ctx)
    assert len(_backups(ctx)) == 1  # none yet: the daily one is due
    assert "Backed up automatically to" in window.statusBar().currentMessage()
    auto.check()  # an hour later: not due again
    settle(ctx)
    assert len(_backups(ctx)) == 1
    window.close()  # nothing changed since: no backup on closing
    assert len(_backups(ctx)) == 1

    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    window.enable_auto_backup()
    settle(ctx)
    ctx.change(lambda uow: auth.add_user(uow, "lin", "accountant"))
    settle(ctx)
    window.close()
    assert len(_backups(ctx)) == 2  # a change since the last backup: one more on closing


def test_automatic_backup_is_skipped_for_a_role_that_may_not_back_up(qtbot, ctx, on_postgres):
    if on_postgres:
        pytest.skip("a team book is backed up with the server's tools")
    add_user(ctx.book, "audrey", "auditor")
    window = window_for(qtbot, ctx, "audrey")
    auto = window.enable_auto_backup()
    settle(ctx)
    assert _backups(ctx) == [] and not auto.enabled
    window.close()
    assert _backups(ctx) == []


def test_restore_refuses_damaged_and_foreign_files(qtbot, window, ctx, tmp_path, monkeypatch, on_postgres):
    if on_postgres:
        assert not window.restore_action.isEnabled()
        return
    refused, requested = [], []
    monkeypatch.setattr(backups, "refuse", lambda _parent, message: refused.append(message))
    monkeypatch.setattr(backups, "confirm", lambda *_: pytest.fail("a bad file must not be offered"))
    window.restore_requested.connect(requested.append)
    garbage = tmp_path / "garbage.sqlite"
    garbage.write_bytes(b"this is not a database at all")
    window.restore_from_backup(str(garbage))
    settle(ctx)
    foreign = tmp_path / "foreign.sqlite"
    with sqlite3.connect(foreign) as connection:
        connection.execute("CREATE TABLE things (id INTEGER)")
    window.restore_from_backup(str(foreign))
    settle(ctx)
    assert refused == [
        "This file cannot be restored: garbage.sqlite: not a SQLite database, so not an acctdesk book",
        "This file cannot be restored: foreign.sqlite: not an acctdesk book",
    ]
    assert requested == []


def test_restore_from_backup_replaces_the_book_and_opens_it_again(
    qtbot, qapp, book_url, monkeypatch, shown_errors, on_postgres
):
    if on_postgres:
        pytest.skip("a team book is restored with the server's tools")
    controller = app_module.Application(qapp)
    controller.auto_backup = False
    controller.open(book_url, user="tester")
    controller.ops.wait()
    window = controller.window
    ctx = window.ctx
    window.back_up()
    controller.ops.wait()
    backup_file = next((ctx.book.path.parent / "backups").glob("*.sqlite"))
    ctx.change(lambda uow: create_customer(uow, "NEW1", "Restored away Ltd", "CNY"))
    controller.ops.wait()
    questions = []
    monkeypatch.setattr(backups, "confirm", lambda _parent, question: questions.append(question) or True)
    window.restore_from_backup(str(backup_file))
    for _ in range(5):
        controller.ops.wait()
        QCoreApplication.processEvents()
    assert questions and backup_file.name in questions[0] and "copied into its backups folder" in questions[0]
    reopened = controller.window
    qtbot.addWidget(reopened)
    assert reopened is not window and reopened.isVisible() and closed(window)
    assert reopened.ctx.user == "tester"
    with reopened.ctx.book.sessions() as session, pytest.raises(NotFound):
        customer_by_code(session, "NEW1")  # the customer made after the backup is gone
    message = reopened.statusBar().currentMessage()
    assert message.startswith(f"Restored from {backup_file.name}; the book it replaced was copied to ")
    assert any("before-restore" in p.name for p in (ctx.book.path.parent / "backups").iterdir())
    controller.close()


def test_a_request_is_described_in_the_interface_language():
    from acctdesk.ui.approvals_view import describe_request

    info = approvals.RequestInfo(
        7,
        "write_off",
        "write off 167556.00 of C00007 on 2026-11-30",
        {
            "customer": "C00007",
            "date": "2026-11-30",
            "reason": "破产清算",
            "lines": [{"installment_id": 1, "amount": "100000.00"}, {"installment_id": 2, "amount": "67556"}],
        },
        "破产清算",
        "lin",
        None,
        "pending",
        None,
        None,
        "",
    )
    assert describe_request(info) == "Write off 167,556.00 of C00007 on 30 Nov 2026"
