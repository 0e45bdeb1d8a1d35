"""The app's language is the services' language too: a service error shown on a screen follows it."""

from __future__ import annotations

from datetime import date

import pytest

from acctdesk.services import i18n as service_i18n
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import DomainError
from acctdesk.ui import i18n, ops
from acctdesk.ui.credit_view import CreditView


@pytest.fixture
def view(qtbot, book):
    widget = CreditView(book, "tester", as_of=date(2026, 4, 30))
    qtbot.addWidget(widget)
    return widget


def service_error(book) -> DomainError:
    try:
        with book.sessions() as session:
            customer_by_code(session, "NOPE")
    except DomainError as error:
        return error
    raise AssertionError("the customer was found")


def test_an_unknown_customer_on_the_credit_page_reads_in_chinese(qapp, view):
    assert i18n.install(qapp, "zh_CN") == "zh_CN"
    assert not view.show_customer("NOPE")
    assert view.message.text() == "找不到客户“NOPE”"


def test_and_in_english_when_the_app_is_in_english(qapp, view):
    i18n.install(qapp, "zh_CN")
    i18n.install(qapp, "en")
    assert not view.show_customer("NOPE")
    assert view.message.text() == "unknown customer 'NOPE'"


def test_error_message_follows_the_language(qapp, book):
    i18n.install(qapp, "zh_CN")
    assert ops.error_message(service_error(book)) == "找不到客户“NOPE”"
    i18n.install(qapp, "en")
    assert ops.error_message(service_error(book)) == "unknown customer 'NOPE'"


def test_each_test_starts_in_english():
    assert service_i18n.current_language() == "en"
