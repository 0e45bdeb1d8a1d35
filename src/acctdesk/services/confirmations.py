"""Issued statements and balance confirmations (对账确认 / 函证).

Issuing gives a statement a number (ST-2026-000001) and keeps a snapshot of its closing balance
and of the open items and unapplied credits behind it. The customer's reply is recorded against
that snapshot: the difference (ours − theirs) and which documents explain it, item by item.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session, selectinload

from acctdesk.model.entities import (
    Confirmation,
    Customer,
    DocumentKind,
    NumberSequence,
    StatementIssue,
    StatementStatus,
)
from acctdesk.model.money import Money, MoneyError, parse_amount, to_minor
from acctdesk.services.auth import Action
from acctdesk.services.errors import Conflict, NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.ledger import next_number
from acctdesk.services.statements import CurrencySection, Statement, statement
from acctdesk.services.uow import UnitOfWork

SEND_CHANNELS = ("email", "post", "courier", "hand", "portal", "fax")


def statement_series(issued_at: datetime) -> str:
    return f"ST-{issued_at.year}"


@dataclass(frozen=True)
class IssuedStatement:
    number: str
    customer_code: str
    customer_name: str
    start: date
    end: date
    currency: str
    closing: Money
    language: str
    issued_at: datetime
    sent_via: str
    sent_to: str
    sent_at: datetime | None
    status: str  # outstanding, agreed or differs (from the latest reply)
    confirmed_on: date | None = None
    confirmed_balance: Money | None = None
    difference: Money | None = None  # ours − theirs


def _issued(row: StatementIssue) -> IssuedStatement:
    latest = row.confirmations[-1] if row.confirmations else None
    currency = row.currency
    return IssuedStatement(
        number=row.number,
        customer_code=row.customer.code,
        customer_name=row.customer.name,
        start=row.period_start,
        end=row.period_end,
        currency=currency,
        closing=Money.from_minor(row.closing_minor, currency),
        language=row.language,
        issued_at=row.issued_at,
        sent_via=row.sent_via,
        sent_to=row.sent_to,
        sent_at=row.sent_at,
        status=latest.status if latest else StatementStatus.OUTSTANDING,
        confirmed_on=latest.confirmed_on if latest else None,
        confirmed_balance=Money.from_minor(latest.confirmed_minor, currency) if latest else None,
        difference=Money.from_minor(latest.difference_minor, currency) if latest else None,
    )


# ---------------------------------------------------------------------------------------------
# Issuing


def snapshot_items(section: CurrencySection) -> list[dict]:
    """The documents behind a closing balance: open invoices (all their open installments) and
    unapplied receipts and credit notes (negative), with amounts in minor units."""
    invoices: dict[str, dict] = {}
    for item in section.open_items:
        entry = invoices.setdefault(
            item.invoice_number,
            {
                "number": item.invoice_number,
                "kind": DocumentKind.INVOICE.value,
                "date": item.invoice_date.isoformat(),
                "due": item.due_date.isoformat() if item.due_date else None,
                "minor": 0,
            },
        )
        entry["minor"] += item.open_amount.minor
    credits = [
        {
            "number": credit.number,
            "kind": credit.kind,
            "date": credit.document_date.isoformat(),
            "due": None,
            "minor": -credit.unapplied.minor,
        }
        for credit in section.unapplied
    ]
    return [*invoices.values(), *credits]


def next_statement_numbers(session: Session, count: int, issued_at: datetime | None = None) -> list[str]:
    """The numbers the next `count` issues will get (a batch prints them before it issues)."""
    series = statement_series(issued_at or datetime.now(UTC))
    row = session.get(NumberSequence, series)
    first = row.next_value if row else 1
    return [f"{series}-{value:06d}" for value in range(first, first + count)]


def issue_statements(
    uow: UnitOfWork,
    drafts: Sequence[tuple[Statement, str]],
    *,
    issued_at: datetime | None = None,
    expected_numbers: Sequence[str] | None = None,
) -> list[IssuedStatement]:
    """Issue (statement, currency) pairs in one transaction: numbers, snapshots, audit events.

    `expected_numbers` are the numbers already printed on the documents; if someone issued a
    statement meanwhile the numbers moved on, and nothing is issued (Conflict)."""
    issued_at = issued_at or datetime.now(UTC)
    with uow:
        uow.require(Action.STATEMENTS)
        session = uow.session
        rows = []
        for index, (statement_, currency) in enumerate(drafts):
            section = statement_.section(currency)
            number = next_number(session, statement_series(issued_at))
            if expected_numbers is not None and number != expected_numbers[index]:
                raise Conflict(
                    _(
                        "statement numbers moved on while the documents were made ({number} instead of "
                        "{expected_numbers}); make them again"
                    ).format(number=number, expected_numbers=expected_numbers[index])
                )
            row = StatementIssue(
                number=number,
                customer_id=statement_.customer.id,
                period_start=statement_.start,
                period_end=statement_.end,
                currency=currency,
                closing_minor=section.closing.minor,
                language=statement_.language,
                items_json=json.dumps(snapshot_items(section), ensure_ascii=False),
                issued_at=issued_at,
                issued_by=uow.user,
            )
            session.add(row)
            rows.append(row)
            uow.audit(
                "statement.issue",
                "statement_issue",
                number,
                after={
                    "customer": statement_.customer.code,
                    "start": statement_.start,
                    "end": statement_.end,
                    "closing": section.closing,
                    "language": statement_.language,
                },
            )
            uow.changes.add("statements", statement_.customer.id)
        if not rows:
            raise ValidationError(_("there is no statement to issue"))
        session.flush()
        for row in rows:
            session.refresh(row, ["customer", "confirmations"])
        result = [_issued(row) for row in rows]
        uow.commit()
        return result


def issue_statement(
    uow: UnitOfWork,
    customer_code: str,
    *,
    start: date,
    end: date,
    currency: str | None = None,
    language: str | None = None,
    issued_at: datetime | None = None,
) -> IssuedStatement:
    """Number one customer's statement for a period and currency and keep its snapshot."""
    with uow.book.sessions() as session:
        statement_ = statement(
            session, customer_code, start=start, end=end, currency=currency, language=language
        )
    if len(statement_.sections) > 1:
        raise ValidationError(
            _(
                "customer {customer_code} has balances in {choices}: choose the currency of the "
                "statement to issue"
            ).format(customer_code=customer_code, choices=", ".join(statement_.currencies)),
            field="currency",
        )
    return issue_statements(uow, [(statement_, statement_.sections[0].currency)], issued_at=issued_at)[0]


def _issue_row(session: Session, number: str) -> StatementIssue:
    row = session.scalar(
        select(StatementIssue)
        .options(selectinload(StatementIssue.confirmations), selectinload(StatementIssue.customer))
        .where(StatementIssue.number == number.strip())
    )
    if row is None:
        raise NotFound(
            _("no statement was issued with the number '{number}'").format(number=number), field="number"
        )
    return row


def get_issued(session: Session, number: str) -> IssuedStatement:
    return _issued(_issue_row(session, number))


def mark_sent(
    uow: UnitOfWork, number: str, *, via: str, to: str = "", sent_at: datetime | None = None
) -> IssuedStatement:
    """Record how and when an issued statement went out (e-mail, post, courier …)."""
    if via not in SEND_CHANNELS:
        raise ValidationError(
            _("'{via}' is not a way to send ({choices})").format(via=via, choices=", ".join(SEND_CHANNELS)),
            field="via",
        )
    sent_at = sent_at or datetime.now(UTC)
    with uow:
        uow.require(Action.STATEMENTS)
        row = _issue_row(uow.session, number)
        before = {"sent_via": row.sent_via, "sent_to": row.sent_to, "sent_at": row.sent_at}
        row.sent_via, row.sent_to, row.sent_at = via, to.strip(), sent_at
        uow.session.flush()
        uow.audit(
            "statement.send",
            "statement_issue",
            row.number,
            before=before,
            after={"sent_via": via, "sent_to": row.sent_to, "sent_at": sent_at},
        )
        uow.changes.add("statements", row.customer_id)
        result = _issued(row)
        uow.commit()
        return result


# ---------------------------------------------------------------------------------------------
# Confirmations


@dataclass(frozen=True)
class DisputedItem:
    """One line of the customer's list of differences: a document and the amount in *their*
    books (None: not in their books at all). Amounts are signed as owed to us: a payment they
    made that we have not received is negative."""

    reference: str
    amount: Decimal | None = None
    note: str = ""


def parse_disputed(text: str) -> DisputedItem:
    """'INV-7' (not in their books), 'INV-7=800' (800 in theirs), 'TT-0630=-5000' (theirs only)."""
    reference, sep, amount = text.partition("=")
    reference = reference.strip()
    if not reference:
        raise ValidationError(
            _("'{text}': a disputed item needs a document number").format(text=text), field="items"
        )
    if not sep:
        return DisputedItem(reference)
    try:
        return DisputedItem(reference, Decimal(amount.replace(",", "").strip()))
    except ArithmeticError:
        raise ValidationError(
            _("'{text}': '{amount}' is not an amount").format(text=text, amount=amount), field="items"
        ) from None


@dataclass(frozen=True)
class ExplainedItem:
    reference: str
    side: str  # ours_only, theirs_only, both
    ours: Money  # what the item adds to our closing balance
    theirs: Money  # what it adds to theirs
    note: str = ""

    @property
    def explains(self) -> Money:
        return self.ours - self.theirs


@dataclass(frozen=True)
class ConfirmationResult:
    number: str
    status: str
    ours: Money
    theirs: Money
    difference: Money  # ours − theirs
    items: tuple[ExplainedItem, ...]
    unexplained: Money  # difference − Σ items; zero when the list accounts for it all
    candidates: tuple[str, ...]  # our open documents whose amount equals what is unexplained


def explain_difference(
    currency: str, snapshot: Sequence[dict], difference_minor: int, disputed: Sequence[DisputedItem]
) -> tuple[tuple[ExplainedItem, ...], Money, tuple[str, ...]]:
    """Which documents account for the difference, given the customer's list."""
    ours = {item["number"]: item for item in snapshot}
    explained = []
    for dispute in disputed:
        mine = ours.get(dispute.reference)
        try:
            theirs = Money.of(dispute.amount, currency) if dispute.amount is not None else None
        except MoneyError as error:
            raise ValidationError(
                _("{reference}: {error}").format(reference=dispute.reference, error=error), field="items"
            ) from None
        if mine is None and theirs is None:
            raise ValidationError(
                _(
                    "{reference} is not among our open items as of the statement date; give the "
                    "amount it has in the customer's books (e.g. PAY-1=-5000.00)"
                ).format(reference=dispute.reference),
                field="items",
            )
        ours_amount = Money.from_minor(mine["minor"], currency) if mine else Money.zero(currency)
        side = "both" if mine and theirs is not None else "ours_only" if mine else "theirs_only"
        explained.append(
            ExplainedItem(dispute.reference, side, ours_amount, theirs or Money.zero(currency), dispute.note)
        )
    unexplained = Money.from_minor(difference_minor, currency)
    for item in explained:
        unexplained = unexplained - item.explains
    disputed_refs = {d.reference for d in disputed}
    candidates = tuple(
        item["number"]
        for item in snapshot
        if not unexplained.is_zero()
        and item["minor"] == unexplained.minor
        and item["number"] not in disputed_refs
    )
    return tuple(explained), unexplained, candidates


def record_confirmation(
    uow: UnitOfWork,
    number: str,
    *,
    confirmed_balance: Decimal | str,
    confirmed_on: date,
    differs: bool = False,
    disputed: Sequence[DisputedItem | str] = (),
    note: str = "",
) -> ConfirmationResult:
    """Record the customer's reply to an issued statement and explain any difference."""
    items = [d if isinstance(d, DisputedItem) else parse_disputed(d) for d in disputed]
    with uow:
        uow.require(Action.STATEMENTS)
        row = _issue_row(uow.session, number)
        currency = row.currency
        try:
            theirs_minor = to_minor(parse_amount(confirmed_balance, currency), currency)
        except MoneyError as error:
            raise ValidationError(
                _("confirmed balance: {error}").format(error=error), field="balance"
            ) from None
        if confirmed_on < row.period_end:
            raise ValidationError(
                _("a confirmation of the balance at {period_end} cannot be dated {confirmed_on}").format(
                    period_end=row.period_end.isoformat(), confirmed_on=confirmed_on.isoformat()
                ),
                field="confirmed_on",
            )
        difference = row.closing_minor - theirs_minor
        explained, unexplained, candidates = explain_difference(
            currency, json.loads(row.items_json or "[]"), difference, items
        )
        status = StatementStatus.DIFFERS if differs or difference or items else StatementStatus.AGREED
        disputed_json = [
            {"reference": d.reference, "amount": None if d.amount is None else str(d.amount), "note": d.note}
            for d in items
        ]
        uow.session.add(
            Confirmation(
                statement_id=row.id,
                confirmed_on=confirmed_on,
                confirmed_minor=theirs_minor,
                difference_minor=difference,
                status=status,
                disputed_json=json.dumps(disputed_json, ensure_ascii=False),
                note=note.strip(),
                recorded_by=uow.user,
            )
        )
        uow.audit(
            "statement.confirm",
            "statement_issue",
            row.number,
            after={
                "status": status,
                "confirmed_on": confirmed_on,
                "confirmed": Money.from_minor(theirs_minor, currency),
                "difference": Money.from_minor(difference, currency),
                "disputed": disputed_json,
            },
        )
        uow.changes.add("statements", row.customer_id)
        uow.commit()
    return ConfirmationResult(
        number=row.number,
        status=status,
        ours=Money.from_minor(row.closing_minor, currency),
        theirs=Money.from_minor(theirs_minor, currency),
        difference=Money.from_minor(difference, currency),
        items=explained,
        unexplained=unexplained,
        candidates=candidates,
    )


STATUS_FILTERS = {
    "outstanding": StatementStatus.OUTSTANDING,
    "differing": StatementStatus.DIFFERS,
    "differs": StatementStatus.DIFFERS,
    "agreed": StatementStatus.AGREED,
}


def list_confirmations(
    session: Session, status: str | None = None, *, customer_code: str | None = None
) -> list[IssuedStatement]:
    """Issued statements with where each stands: outstanding (no reply), differing or agreed."""
    if status is not None and status not in STATUS_FILTERS:
        raise ValidationError(
            _("'{status}' is not a confirmation status ({choices})").format(
                status=status, choices=", ".join(sorted(STATUS_FILTERS))
            ),
            field="status",
        )
    query = (
        select(StatementIssue)
        .options(selectinload(StatementIssue.confirmations), selectinload(StatementIssue.customer))
        .order_by(StatementIssue.number)
    )
    if customer_code:
        query = query.join(Customer, Customer.id == StatementIssue.customer_id).where(
            Customer.code == customer_code.strip()
        )
    issued = [_issued(row) for row in session.scalars(query)]
    if status is None:
        return issued
    return [i for i in issued if i.status == STATUS_FILTERS[status]]
