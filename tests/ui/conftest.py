"""pytest-qt fixtures for the desktop app: offscreen Qt, private settings, and a small demo book."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")  # before Qt is imported anywhere

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication, QSettings, QThread

from acctdesk.services.book import open_book
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.ui import i18n, ops
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import Ops

AS_OF = date(2026, 11, 24)
DEMO = DemoSpec(customers=30, invoices=600, seed=3, today=AS_OF)


@pytest.fixture(autouse=True)
def private_settings(qapp, tmp_path):
    """Each test gets its own QSettings folder and English (the UI's and the services' messages);
    nothing leaks into the user's settings."""
    QCoreApplication.setOrganizationName("acctdesk-tests")
    QCoreApplication.setApplicationName("acctdesk-tests")
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path / "settings"))
    i18n.install(qapp, "en")
    yield
    i18n.install(qapp, "en")


@pytest.fixture(autouse=True)
def _exit_only_a_running_loop(monkeypatch):
    """Tests that replace `QApplication.exec` reach the app's `exit()` with no event loop running; seen
    here, a real `exit()` then left a later test's thread pool never running its task. Outside a loop
    there is nothing to leave, so the call is dropped."""
    real_exit = QCoreApplication.exit

    def exit_(code: int = 0) -> None:
        if QThread.currentThread().loopLevel() > 0:
            real_exit(code)

    monkeypatch.setattr(QCoreApplication, "exit", staticmethod(exit_))


@pytest.fixture
def shown_errors(_no_message_boxes):
    """Messages the app would have shown in a message box (none, unless a test expects some)."""
    return _no_message_boxes


@pytest.fixture(autouse=True)
def _no_message_boxes(monkeypatch, request):
    """No test ever waits on a modal message box: the messages are collected instead, and a test that
    did not ask for them (through `shown_errors`) fails if any was shown."""
    messages: list[str] = []
    monkeypatch.setattr(ops, "show_error", lambda _parent, message: messages.append(message))
    yield messages
    if "shown_errors" not in request.fixturenames:
        assert messages == [], f"the app showed: {messages}"


@pytest.fixture
def demo_book(book_url):
    book = open_book(book_url)
    generate_demo(book, DEMO, user="tester")
    yield book
    book.close()


@pytest.fixture
def ctx(demo_book, shown_errors):
    context = AppContext(demo_book, Ops(), user="tester", as_of=AS_OF)
    yield context
    context.ops.wait()
    assert shown_errors == [], shown_errors


@pytest.fixture
def window(qtbot, ctx):
    from acctdesk.ui.mainwindow import MainWindow

    main = MainWindow(ctx)
    qtbot.addWidget(main)
    main.show()
    settle(ctx)
    yield main
    settle(ctx)


def settle(ctx: AppContext) -> None:
    """Let every background operation finish and its results reach the views (twice: loads chain)."""
    for _ in range(3):
        assert ctx.ops.wait(15_000), "background work did not finish"
        QCoreApplication.processEvents()


def post_receipt(ctx: AppContext, customer_code: str, amount: str):
    """A receipt posted straight through the service, to be allocated in a test."""
    from decimal import Decimal

    from acctdesk.services import ledger
    from acctdesk.services.uow import UnitOfWork

    return ledger.post_receipt(
        UnitOfWork(ctx.book, "tester"),
        customer_code=customer_code,
        amount=Decimal(amount),
        receipt_date=AS_OF,
    )
