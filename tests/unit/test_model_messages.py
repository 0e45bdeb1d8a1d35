"""The model's messages a person sees (money, the book's URL) follow the services' language."""

from __future__ import annotations

from datetime import date

import pytest

from acctdesk.model.db import book_url
from acctdesk.model.money import Money, MoneyError, parse_amount
from acctdesk.services import i18n
from acctdesk.services.collector_performance import month_range
from acctdesk.services.errors import ValidationError
from acctdesk.services.forecast import forecast_weeks


@pytest.fixture
def language():
    yield i18n.set_language
    i18n.set_language("en")


def message(raises, call, *args) -> str:
    with pytest.raises(raises) as caught:
        call(*args)
    return str(caught.value)


def test_a_money_error_is_chinese_when_the_services_are(language):
    assert message(MoneyError, parse_amount, "abc", "CNY") == "'abc' is not an amount"
    assert language("zh_CN") == "zh_CN"
    assert message(MoneyError, parse_amount, "abc", "CNY") == "“abc”不是金额"
    assert message(MoneyError, parse_amount, "1.234", "CNY") == "“1.234”的小数位超过 CNY 允许的 2 位"
    assert message(MoneyError, Money.of, "1", "RMBX") == "“RMBX”不是三位字母的 ISO 4217 币种代码"
    yuan, dollars = Money.of("1", "CNY"), Money.of("1", "USD")
    assert message(MoneyError, Money.__add__, yuan, dollars) == "CNY 与 USD 不能合并计算"
    assert message(ValueError, book_url) == "打开账套需要指定 --db 路径或 --db-url 地址"
    assert language("en") == "en"
    assert message(MoneyError, parse_amount, "abc", "CNY") == "'abc' is not an amount"
    assert message(ValueError, book_url) == "a book needs --db PATH or --db-url URL"


def test_a_service_validation_error_is_chinese_when_asked_for(language):
    language("zh_CN")
    assert message(ValidationError, month_range, "2026-13") == "“2026-13”不是月份（请使用 YYYY-MM 格式）"
    assert message(ValidationError, forecast_weeks, date(2026, 11, 25), 0) == (
        "预测期间应为 1 至 104 周，而不是 0 周"
    )
    language("en")
    assert message(ValidationError, forecast_weeks, date(2026, 11, 25), 0) == (
        "a forecast covers 1 to 104 weeks, not 0"
    )
