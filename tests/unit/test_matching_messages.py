"""Matching's reasons are service messages: Chinese when the services speak Chinese, English otherwise."""

from __future__ import annotations

from datetime import date

import pytest

from acctdesk.services import i18n, matching
from acctdesk.services.bank_import import import_bank_file
from acctdesk.services.matching import CustomerDirectory, CustomerRef, OpenInstallment, plan_allocation
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger

HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"
PAYER = "南京天元新能源股份有限公司"


@pytest.fixture
def chinese():
    assert i18n.set_language("zh_CN") == "zh_CN"
    try:
        yield
    finally:
        i18n.set_language("en")


@pytest.fixture
def book_with_a_payment(book, tmp_path):
    ledger = Ledger(book)
    ledger.customer("C00008", PAYER)
    ledger.invoice("INV202607-0006945", "41793.00", "2026-07-10", customer="C00008")
    path = tmp_path / "statement.csv"
    path.write_text(f"{HEADER}\n2026-08-03,41793.00,,{PAYER},,付INV202607-0006945货款,S1\n", encoding="utf-8")
    import_bank_file(UnitOfWork(book, "tester"), path)
    return book


def reasons(book) -> tuple[str, ...]:
    with book.sessions() as session:
        (proposal,) = matching.propose_matches(session)
    return proposal.reasons


ENGLISH = (
    f"customer (100): payer '{PAYER}' is customer C00008's name",
    "customer (100): memo names INV202607-0006945 of customer C00008",
    "items (100): memo names INV202607-0006945; the amount equals their open CNY 41,793.00",
)
CHINESE = (
    f"客户（100）：付款人“{PAYER}”是客户 C00008 的名称",
    "客户（100）：摘要写明客户 C00008 的 INV202607-0006945",
    "核销项（100）：摘要写明 INV202607-0006945；金额等于其未清金额 CNY 41,793.00",
)


def test_a_proposal_gives_its_reasons_in_english_by_default(book_with_a_payment):
    assert i18n.current_language() == "en"
    assert reasons(book_with_a_payment) == ENGLISH


def test_a_proposal_made_in_chinese_gives_chinese_reasons(book_with_a_payment, chinese):
    assert reasons(book_with_a_payment) == CHINESE


def item(number: str, open_minor: int, days: int) -> OpenInstallment:
    on = date(2026, 1, 1 + days)
    return OpenInstallment(days + 1, 1, number, 1, on, on, "CNY", open_minor)


ITEMS = [item("INV-1", 100000, 0), item("INV-2", 250000, 1)]


@pytest.mark.parametrize(
    ("amount", "english", "chinese"),
    [
        (
            400000,
            (
                "no open item or combination equals the amount: applied oldest due first to 2 items",
                "CNY 500.00 more than all open items stays unapplied cash",
            ),
            (
                "没有未清项或未清项组合等于该金额：按到期日从早到晚核销了 2 笔",
                "超出全部未清项的 CNY 500.00 作为未核销现金",
            ),
        ),
        (
            50000,
            ("no open item or combination equals the amount: applied oldest due first to 1 item",),
            ("没有未清项或未清项组合等于该金额：按到期日从早到晚核销了 1 笔",),
        ),
        (
            350000,
            ("the amount pays the 2 oldest open items exactly (INV-1, INV-2)",),
            ("金额正好支付最早到期的 2 笔未清项（INV-1, INV-2）",),
        ),
        (
            249000,
            (
                "the amount is CNY 10.00 less than the open CNY 2,500.00 of INV-2: "
                "a bank fee, left open on it",
            ),
            ("金额比 INV-2 的未清金额 CNY 2,500.00 少 CNY 10.00：视为银行手续费，留在该项上未清",),
        ),
    ],
)
def test_allocation_reasons_in_both_languages(amount, english, chinese):
    def plan():
        return plan_allocation(amount, ITEMS, "CNY", fee_tolerance_minor=5000).reasons

    assert plan() == english
    try:
        i18n.set_language("zh_CN")
        assert plan() == chinese
    finally:
        i18n.set_language("en")
    assert plan() == english


def test_a_payer_like_several_customers_in_both_languages(chinese):
    directory = CustomerDirectory(
        [CustomerRef(1, "C1", "上海华信科技有限公司"), CustomerRef(2, "C2", "上海华信科技股份有限公司")]
    )
    found = directory.identify("上海华信科技(中国)有限公司")
    assert found.reasons == (
        "付款人“上海华信科技(中国)有限公司”去掉公司类型和括号后即客户 C1“上海华信科技有限公司”",
        "但客户 C2 也同样符合",
    )
    i18n.set_language("en")
    found = directory.identify("上海华信科技(中国)有限公司")
    assert found.reasons == (
        "payer '上海华信科技(中国)有限公司' is customer C1 '上海华信科技有限公司' "
        "without legal form or brackets",
        "but customer(s) C2 fit as well",
    )
