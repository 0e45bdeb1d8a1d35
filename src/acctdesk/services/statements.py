"""Statements of account (对账单): opening balance, movements, closing balance, its aging and open items.

The movements and balances come from the ledger entries; the aging of the closing balance from
`aging.aging_report`; the open items and unapplied credits from `balances`. Three paths meet at
the closing balance (invariant 4), so each section carries both figures and says whether they tie.
Amounts of different currencies are never added: a customer who trades in two currencies gets
one section per currency.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass, fields
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import LedgerEntry
from acctdesk.model.money import Money, MoneyError, normalise_currency
from acctdesk.services.aging import AgingRow, Bucket, aging_report, book_buckets
from acctdesk.services.amount_words import amount_in_chinese, amount_in_english
from acctdesk.services.balances import OpenItem, UnappliedCredit, open_items, unapplied_credits
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.settings import get_setting, put_setting
from acctdesk.services.statement_labels import LANGUAGES, labels
from acctdesk.services.uow import UnitOfWork

__all__ = [
    "COMPANY_SETTING",
    "CompanyHeader",
    "CurrencySection",
    "Movement",
    "Statement",
    "StatementCustomer",
    "amount_in_chinese",
    "amount_in_english",
    "company_header",
    "set_company_header",
    "statement",
]

COMPANY_SETTING = "company"


@dataclass(frozen=True)
class CompanyHeader:
    """Our company as printed at the top of a statement (setting "company")."""

    name: str = ""
    address: str = ""
    tax_id: str = ""
    bank_name: str = ""
    bank_account: str = ""
    phone: str = ""
    email: str = ""
    logo_path: str = ""
    name_en: str = ""  # printed on English statements when set
    address_en: str = ""

    def display_name(self, language: str) -> str:
        return (self.name_en if language == "en" and self.name_en else self.name) or ""

    def display_address(self, language: str) -> str:
        return self.address_en if language == "en" and self.address_en else self.address

    @classmethod
    def from_setting(cls, value: dict | None) -> CompanyHeader:
        known = {f.name for f in fields(cls)}
        return cls(**{k: str(v) for k, v in (value or {}).items() if k in known and v is not None})


def company_header(session: Session) -> CompanyHeader:
    return CompanyHeader.from_setting(get_setting(session, COMPANY_SETTING, {}))


def set_company_header(uow: UnitOfWork, **values: str) -> CompanyHeader:
    """Change some fields of the company header; the others keep their values."""
    known = {f.name for f in fields(CompanyHeader)}
    unknown = sorted(set(values) - known)
    if unknown:
        raise ValidationError(
            _("the company header has no field {choices} (it has {known})").format(
                choices=", ".join(unknown), known=", ".join(sorted(known))
            ),
            field=unknown[0],
        )
    with uow.book.sessions() as session:
        current = get_setting(session, COMPANY_SETTING, {}) or {}
    merged = {**current, **{k: (v or "").strip() for k, v in values.items()}}
    put_setting(uow, COMPANY_SETTING, merged)
    return CompanyHeader.from_setting(merged)


@dataclass(frozen=True)
class StatementCustomer:
    id: int
    code: str
    name: str
    tax_id: str
    language: str


@dataclass(frozen=True)
class Movement:
    """One ledger entry in the period: debit raises what the customer owes, credit lowers it."""

    entry_date: date
    document_number: str
    kind: str  # a DocumentKind value
    is_reversal: bool
    description: str
    debit: Money
    credit: Money
    balance: Money  # running balance after this entry


@dataclass(frozen=True)
class CurrencySection:
    currency: str
    opening: Money  # Σ entries dated before the start
    movements: tuple[Movement, ...]
    closing: Money  # opening + movements
    total_debit: Money
    total_credit: Money
    aging: AgingRow  # the closing balance by age, as of the end
    open_items: tuple[OpenItem, ...]
    unapplied: tuple[UnappliedCredit, ...]  # receipts and credit notes not yet applied, as of the end

    @property
    def ties(self) -> bool:
        """Closing balance (ledger entries) = aging total (installments and allocations)."""
        return self.closing == self.aging.total


@dataclass(frozen=True)
class Statement:
    customer: StatementCustomer
    start: date
    end: date
    language: str
    company: CompanyHeader
    buckets: tuple[Bucket, ...]
    sections: tuple[CurrencySection, ...]

    @property
    def currencies(self) -> tuple[str, ...]:
        return tuple(s.currency for s in self.sections)

    def section(self, currency: str) -> CurrencySection:
        for section in self.sections:
            if section.currency == currency:
                return section
        raise ValidationError(
            _("the statement has no {currency} section").format(currency=currency), field="currency"
        )

    @property
    def ties(self) -> bool:
        return all(s.ties for s in self.sections)


def statement(
    session: Session,
    customer_code: str,
    *,
    start: date,
    end: date,
    currency: str | None = None,
    language: str | None = None,
) -> Statement:
    """The statement of one customer for start..end (both days included), in its language."""
    if start > end:
        raise ValidationError(
            _("the period starts {start}, after it ends {end}").format(
                start=start.isoformat(), end=end.isoformat()
            ),
            field="start",
        )
    customer = customer_by_code(session, customer_code)
    language = language or (customer.language if customer.language in LANGUAGES else "en")
    labels(language)  # refuses an unknown language
    wanted = _currency(currency) if currency else None
    openings, movements = _ledger_rows(session, customer.id, start, end, wanted)
    report = aging_report(session, end, customer_id=customer.id, buckets=book_buckets(session))
    aging_rows = {row.currency: row for row in report.rows}
    items = open_items(session, end, customer.id)
    credits = unapplied_credits(session, end, customer.id)
    currencies = {wanted} if wanted else set(openings) | set(movements) | set(aging_rows)
    sections = tuple(
        _section(
            code,
            openings.get(code, 0),
            movements.get(code, []),
            aging_rows.get(code) or _empty_aging(code, len(report.buckets)),
            tuple(i for i in items if i.open_amount.currency == code),
            tuple(c for c in credits if c.unapplied.currency == code),
        )
        for code in sorted(currencies or {customer.currency})
    )
    return Statement(
        customer=StatementCustomer(customer.id, customer.code, customer.name, customer.tax_id, language),
        start=start,
        end=end,
        language=language,
        company=company_header(session),
        buckets=report.buckets,
        sections=sections,
    )


def _currency(code: str) -> str:
    try:
        return normalise_currency(code)
    except MoneyError as error:
        raise ValidationError(str(error), field="currency") from None


def _ledger_rows(session: Session, customer_id: int, start: date, end: date, currency: str | None):
    """Opening balance per currency, and the period's entries per currency in posting order."""
    opening_query = (
        select(LedgerEntry.currency, func.sum(LedgerEntry.amount_minor))
        .where(LedgerEntry.customer_id == customer_id, LedgerEntry.entry_date < start)
        .group_by(LedgerEntry.currency)
    )
    movement_query = (
        select(LedgerEntry)
        .where(
            LedgerEntry.customer_id == customer_id,
            LedgerEntry.entry_date >= start,
            LedgerEntry.entry_date <= end,
        )
        .order_by(LedgerEntry.currency, LedgerEntry.entry_date, LedgerEntry.id)
    )
    if currency:
        opening_query = opening_query.where(LedgerEntry.currency == currency)
        movement_query = movement_query.where(LedgerEntry.currency == currency)
    # A customer whose entries net to zero before the start still has a (zero) opening balance.
    openings = {code: int(minor or 0) for code, minor in session.execute(opening_query)}
    movements: dict[str, list[LedgerEntry]] = defaultdict(list)
    for entry in session.scalars(movement_query):
        movements[entry.currency].append(entry)
    return openings, movements


def _section(currency, opening_minor, entries, aging, items, credits) -> CurrencySection:
    zero = Money.zero(currency)
    running = opening_minor
    debit_minor = credit_minor = 0
    movements = []
    for entry in entries:
        running += entry.amount_minor
        if entry.amount_minor >= 0:
            debit_minor += entry.amount_minor
        else:
            credit_minor -= entry.amount_minor
        movements.append(
            Movement(
                entry_date=entry.entry_date,
                document_number=entry.document_number,
                kind=entry.document_kind,
                is_reversal=entry.is_reversal,
                description=entry.description or "",
                debit=Money.from_minor(max(entry.amount_minor, 0), currency),
                credit=Money.from_minor(max(-entry.amount_minor, 0), currency),
                balance=Money.from_minor(running, currency),
            )
        )
    return CurrencySection(
        currency=currency,
        opening=Money.from_minor(opening_minor, currency),
        movements=tuple(movements),
        closing=Money.from_minor(running, currency),
        total_debit=Money.from_minor(debit_minor, currency) if movements else zero,
        total_credit=Money.from_minor(credit_minor, currency) if movements else zero,
        aging=aging,
        open_items=items,
        unapplied=credits,
    )


def _empty_aging(currency: str, width: int) -> AgingRow:
    zero = Money.zero(currency)
    return AgingRow("", "", currency, (zero,) * width, zero, zero, zero)


# ---------------------------------------------------------------------------------------------
# Wording shared by the PDF, the workbook and the e-mail


def kind_label(movement: Movement, language: str) -> str:
    text = labels(language)
    kind = text.get(f"kind_{movement.kind}", movement.kind)
    return text["kind_reversal"].format(kind=kind) if movement.is_reversal else kind


def bucket_label(bucket: Bucket, language: str) -> str:
    text = labels(language)
    if bucket.low is None:
        return text["bucket_current"]
    if bucket.high is None:
        return text["bucket_over"].format(low=bucket.low - 1)
    return text["bucket_range"].format(low=bucket.low, high=bucket.high)


def aging_lines(statement_: Statement, section: CurrencySection) -> list[tuple[str, Money]]:
    """(label, amount) for each bucket, then the special columns that are not zero; no total."""
    text = labels(statement_.language)
    lines = [
        (bucket_label(bucket, statement_.language), amount)
        for bucket, amount in zip(statement_.buckets, section.aging.buckets, strict=True)
    ]
    for key, amount in (
        ("awaiting_event", section.aging.awaiting_event),
        ("retention", section.aging.retention),
        ("disputed", section.aging.disputed),
        ("unapplied", section.aging.unapplied),
    ):
        if not amount.is_zero():
            lines.append((text[key], amount))
    return lines


def amount_words(amount: Money, language: str) -> list[tuple[str, str]]:
    """(label, words) lines for a closing balance: 人民币大写 for CNY, English words in English."""
    text = labels(language)
    lines = []
    if amount.currency == "CNY":
        lines.append((text["in_words"], amount_in_chinese(amount.amount)))
    if language == "en":
        lines.append((text["in_words_other"], amount_in_english(amount.amount, amount.currency)))
    return lines


def format_amount(amount: Money | Decimal | None, *, blank_zero: bool = False) -> str:
    """12,345.67 with the currency's decimals; '' for None (and for zero when asked)."""
    if amount is None:
        return ""
    money = amount if isinstance(amount, Money) else None
    value = money.amount if money else Decimal(amount)
    if blank_zero and value == 0:
        return ""
    return f"{value:,}"
