"""Service errors raised through real calls read in Chinese once zh_CN is set, in English otherwise."""

from __future__ import annotations

import pytest

from acctdesk.services import i18n, ledger
from acctdesk.services.auth import Action, Actor, Role
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import NotFound, PermissionDenied, ValidationError
from tests.builders import Ledger, d


@pytest.fixture
def chinese():
    i18n.set_language("zh_CN")
    yield
    i18n.set_language("en")


def test_unknown_customer(book, chinese):
    with book.sessions() as session, pytest.raises(NotFound) as raised:
        customer_by_code(session, "NOPE")
    assert str(raised.value) == "找不到客户“NOPE”"


def test_the_same_error_in_english(book):
    with book.sessions() as session, pytest.raises(NotFound) as raised:
        customer_by_code(session, "NOPE")
    assert str(raised.value) == "unknown customer 'NOPE'"


def test_a_composed_message_is_chinese_throughout(book, chinese):
    books = Ledger(book)
    books.customer("C1", "上海华信科技有限公司")
    with pytest.raises(ValidationError) as raised:
        ledger.post_receipt(books.uow(), customer_code="C1", amount="-5", receipt_date=d("2026-03-01"))
    assert str(raised.value) == "收款：金额必须为正数，而不是 -5.00"


def test_a_refused_action_names_it_in_chinese(chinese):
    with pytest.raises(PermissionDenied) as raised:
        Actor("lin", Role.ACCOUNTANT).require(Action.USERS)
    assert str(raised.value) == "lin（会计）无权管理用户"
