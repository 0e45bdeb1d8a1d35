"""Money as a value: a Decimal amount with its ISO 4217 currency, stored as integer minor units."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation
from functools import cache, lru_cache

from babel.numbers import get_currency_precision


def _untranslated(message: str) -> str:
    return message


_translator: Callable[[str], str] = _untranslated


def _(message: str) -> str:
    """A message a person sees, in the language the services chose (English until they install theirs)."""
    return _translator(message)


def use_translator(function: Callable[[str], str] | None) -> None:
    """Translate the model's messages with `function` (the services' gettext); None for English."""
    global _translator
    _translator = function or _untranslated


class MoneyError(ValueError):
    """An amount or currency that cannot be money (letters, too many decimals, unknown code)."""


@cache
def minor_digits(currency: str) -> int:
    """Digits after the decimal point for a currency: CNY 2, JPY 0, KWD 3."""
    code = normalise_currency(currency)
    return int(get_currency_precision(code))


def normalise_currency(currency: str) -> str:
    code = (currency or "").strip().upper()
    if len(code) != 3 or not code.isalpha():
        raise MoneyError(
            _("'{currency}' is not a three-letter ISO 4217 currency code").format(currency=currency)
        )
    return code


@cache
def quantum(currency: str) -> Decimal:
    return Decimal(1).scaleb(-minor_digits(currency))


@lru_cache(maxsize=512)
def _known_code(currency: str) -> str:
    """normalise_currency, remembered for the codes a book uses (errors are raised each time)."""
    return normalise_currency(currency)


def read_amount(text: str | int | Decimal) -> Decimal:
    """An amount as a person writes it ("12,345.6", "¥1 000") as an exact Decimal, whatever its
    decimals (parse_amount checks them against a currency); anything not a number is refused."""
    if isinstance(text, float):  # pragma: no cover - defensive: floats never carry money
        raise MoneyError("an amount must not be a float")
    if isinstance(text, Decimal | int):
        value = Decimal(text)
    else:
        cleaned = str(text).strip().replace(",", "").replace(" ", "")
        for symbol in ("¥", "￥", "$", "€", "£", "RMB", "CNY"):
            cleaned = cleaned.replace(symbol, "")
        try:
            value = Decimal(cleaned)
        except InvalidOperation:
            raise MoneyError(_("'{text}' is not an amount").format(text=text)) from None
    if not value.is_finite():
        raise MoneyError(_("'{text}' is not an amount").format(text=text))
    return value


def parse_amount(text: str | int | Decimal, currency: str) -> Decimal:
    """Read an amount a person typed ("12,345.6", "¥1 000") exactly; refuse anything not money.

    More decimals than the currency has is an error rather than a silent rounding.
    """
    value = read_amount(text)
    digits = minor_digits(currency)
    if value != value.quantize(quantum(currency), rounding=ROUND_HALF_UP):
        raise MoneyError(
            _("'{text}' has more than {digits} decimals for {currency}").format(
                text=text, digits=digits, currency=currency
            )
        )
    return value.quantize(quantum(currency))


def to_minor(amount: Decimal, currency: str) -> int:
    """Decimal amount -> integer minor units; refuses amounts finer than the currency allows."""
    scaled = Decimal(amount).scaleb(minor_digits(currency))
    if scaled != scaled.to_integral_value():
        raise MoneyError(
            _("{amount} has more decimals than {currency} allows").format(amount=amount, currency=currency)
        )
    return int(scaled)


def from_minor(minor: int, currency: str) -> Decimal:
    return Decimal(int(minor)).scaleb(-minor_digits(currency)).quantize(quantum(currency))


@dataclass(frozen=True, slots=True)
class Money:
    amount: Decimal
    currency: str

    def __post_init__(self) -> None:
        if isinstance(self.amount, float):
            raise MoneyError("an amount must not be a float")
        code = _known_code(self.currency)
        object.__setattr__(self, "currency", code)
        object.__setattr__(self, "amount", Decimal(self.amount).quantize(quantum(code)))

    @classmethod
    def of(cls, amount: str | int | Decimal, currency: str) -> Money:
        return cls(parse_amount(amount, currency), currency)

    @classmethod
    def from_minor(cls, minor: int, currency: str) -> Money:
        # The hot path of every report: an integer scaled by the currency's digits is already exact at
        # the currency's quantum, so the checks of __post_init__ are skipped.
        code = _known_code(currency)
        money = object.__new__(cls)
        object.__setattr__(money, "amount", Decimal(int(minor)).scaleb(-minor_digits(code)))
        object.__setattr__(money, "currency", code)
        return money

    @classmethod
    def zero(cls, currency: str) -> Money:
        return cls(Decimal(0), currency)

    @property
    def minor(self) -> int:
        return to_minor(self.amount, self.currency)

    def __composite_values__(self) -> tuple[int, str]:
        return self.minor, self.currency

    def _same(self, other: Money) -> None:
        if not isinstance(other, Money):
            raise TypeError(f"cannot combine Money with {type(other).__name__}")
        if other.currency != self.currency:
            raise MoneyError(_("cannot combine {a} with {b}").format(a=self.currency, b=other.currency))

    def __add__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount + other.amount, self.currency)

    def __sub__(self, other: Money) -> Money:
        self._same(other)
        return Money(self.amount - other.amount, self.currency)

    def __neg__(self) -> Money:
        return Money(-self.amount, self.currency)

    def __lt__(self, other: Money) -> bool:
        self._same(other)
        return self.amount < other.amount

    def __le__(self, other: Money) -> bool:
        self._same(other)
        return self.amount <= other.amount

    def is_zero(self) -> bool:
        return self.amount == 0

    def __str__(self) -> str:
        return f"{self.amount:,.{minor_digits(self.currency)}f} {self.currency}"


def money_from_db(minor: int | None, currency: str | None) -> Money | None:
    """Composite factory for (minor units, currency) column pairs."""
    if minor is None or currency is None:
        return None
    return Money.from_minor(minor, currency)


def total(amounts: Iterable[Money], currency: str) -> Money:
    result = Money.zero(currency)
    for amount in amounts:
        result = result + amount
    return result


def split(amount: Decimal, weights: Sequence[Decimal], currency: str) -> list[Decimal]:
    """Split an amount by weights into parts that add up exactly to the amount.

    Parts are rounded down to the minor unit; the remainder goes one minor unit at a time to
    the parts with the largest rounding loss (ties: the earlier part), so the result is
    deterministic and exact.
    """
    if not weights:
        raise MoneyError(_("nothing to split into"))
    weight_sum = sum(weights, Decimal(0))
    if weight_sum <= 0 or any(w < 0 for w in weights):
        raise MoneyError(_("split weights must be non-negative and not all zero"))
    total_minor = to_minor(amount, currency)
    sign = -1 if total_minor < 0 else 1
    magnitude = abs(total_minor)
    exact = [Decimal(magnitude) * w / weight_sum for w in weights]
    parts = [int(x) for x in exact]  # floor for non-negative values
    remainder = magnitude - sum(parts)
    order = sorted(range(len(parts)), key=lambda i: (-(exact[i] - parts[i]), i))
    for i in order[:remainder]:
        parts[i] += 1
    return [from_minor(sign * p, currency) for p in parts]
