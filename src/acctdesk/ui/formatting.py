"""Numbers, money, percents and dates as the interface language writes them (Babel, exact with Decimal)."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from functools import lru_cache

from babel.dates import format_date
from babel.numbers import format_currency, format_decimal

from acctdesk.model.money import Money, minor_digits

BABEL_LOCALES = {"zh_CN": "zh_CN", "en": "en_US"}


class Formatter:
    """One per interface language; `fmt` below is the application's."""

    def __init__(self, language: str = "zh_CN") -> None:
        self.language = language if language in BABEL_LOCALES else "en"
        self.locale = BABEL_LOCALES[self.language]

    @staticmethod
    @lru_cache(maxsize=16)
    def _pattern(digits: int) -> str:
        return "#,##0" + ("." + "0" * digits if digits else "")

    def amount(self, amount: Decimal, currency: str) -> str:
        """1,234,567.80 — an amount without its currency (tables show the currency in its own column)."""
        pattern = self._pattern(minor_digits(currency))
        return format_decimal(amount, format=pattern, locale=self.locale, decimal_quantization=True)

    def money(self, money: Money | None, *, symbol: bool = False) -> str:
        if money is None:
            return ""
        if symbol:
            return format_currency(money.amount, money.currency, locale=self.locale)
        return self.amount(money.amount, money.currency)

    def plain(self, money: Money | None) -> str:
        """For the clipboard: no grouping, a dot for decimals, so a spreadsheet reads it as a number."""
        return "" if money is None else str(money.amount)

    def date(self, day: date | None) -> str:
        if day is None:
            return ""
        if self.language == "zh_CN":
            return day.isoformat()
        return format_date(day, "d MMM yyyy", locale=self.locale)

    def month(self, day: date) -> str:
        if self.language == "zh_CN":
            return f"{day.year}年{day.month}月"
        return format_date(day, "MMMM yyyy", locale=self.locale)

    def integer(self, value: int | None) -> str:
        return "" if value is None else format_decimal(value, format="#,##0", locale=self.locale)

    def percent(self, value: Decimal | None, digits: int = 1) -> str:
        """A value that is already in percent (48.7 → 48.7%)."""
        if value is None:
            return "—"
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(value, format=pattern, locale=self.locale) + "%"

    def decimal(self, value: Decimal | None, digits: int = 1) -> str:
        if value is None:
            return "—"
        pattern = "#,##0" + ("." + "0" * digits if digits else "")
        return format_decimal(value, format=pattern, locale=self.locale)


fmt = Formatter("zh_CN")


def set_language(language: str) -> Formatter:
    global fmt
    fmt = Formatter(language)
    return fmt


def current() -> Formatter:
    return fmt
