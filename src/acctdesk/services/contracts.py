"""Contracts and their events: when signing, delivery, acceptance or a milestone (or 票到, the
invoice's receipt) happens, the installments waiting for it get their due dates.

Recording an event changes no amount and no balance: it fills in the due date that the term
could not know when the invoice was posted (`Installment.due_date` NULL, `awaiting_event` set).
The due date comes from the installment's own term line (`Installment.term_line`, the snapshot
taken at posting) with the engine in services.terms and the book's business calendar.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from dataclasses import dataclass, replace
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import case, func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    Allocation,
    Contract,
    ContractEvent,
    DocumentKind,
    Installment,
    Invoice,
    Reversal,
)
from acctdesk.model.money import Money
from acctdesk.services import terms
from acctdesk.services.auth import Action
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import InvariantViolation, NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.ledger import (
    book_settings,
    contract_events,
    document_currency,
    find_document,
    positive_amount,
)
from acctdesk.services.term_library import resolve
from acctdesk.services.uow import UnitOfWork

SIGNING = "signing"
RECEIVED = "received"  # the awaited event of a 票到 (RCV) line


@dataclass(frozen=True)
class ContractInfo:
    number: str
    customer_code: str
    amount: Money
    signed_date: date | None
    term: str | None
    description: str
    warnings: tuple[str, ...] = ()  # credit control's warnings when the contract was entered


@dataclass(frozen=True)
class DatedInstallment:
    invoice_number: str
    seq: int
    amount: Money
    due_before: date | None
    due_date: date
    discount_until: date | None


@dataclass(frozen=True)
class EventResult:
    """What recording an event did: the event's old and new date and the installments it dated."""

    number: str  # the contract's or, for 票到, the invoice's
    event: str
    date_before: date | None
    event_date: date
    installments: tuple[DatedInstallment, ...]


def canonical_event(name: str) -> str:
    """signing, delivery, acceptance or a milestone's name; aliases (验收, ACCEPT, @试运行) as the
    term engine reads them."""
    text = unicodedata.normalize("NFKC", name or "").strip().removeprefix("@")
    if _reads_as_receipt(text):
        raise ValidationError(
            _(
                "'{name}' is invoice receipt (票到), a date of one invoice rather than of the "
                "contract: record it with `acctdesk invoice-received NUMBER DATE`"
            ).format(name=name),
            field="event",
        )
    try:
        event = terms.TermLine(basis=terms.Basis.EVENT, event=text).event
    except ValidationError as error:
        raise ValidationError(
            _("contract event '{name}': {message}").format(name=name, message=error.message), field="event"
        ) from None
    assert event is not None
    return event


def _reads_as_receipt(text: str) -> bool:
    try:
        return terms.parse_line(text).basis == terms.Basis.RECEIVED
    except ValidationError:
        return False


def contract_by_number(session: Session, number: str) -> Contract:
    contract = session.scalar(select(Contract).where(Contract.number == (number or "").strip()))
    if contract is None:
        raise NotFound(_("unknown contract '{number}'").format(number=number), field="contract")
    return contract


def _info(contract: Contract) -> ContractInfo:
    return ContractInfo(
        contract.number,
        contract.customer.code,
        contract.amount,
        contract.signed_date,
        contract.term_shorthand,
        contract.description,
    )


def create_contract(
    uow: UnitOfWork,
    *,
    number: str,
    customer_code: str,
    amount: Decimal | str,
    currency: str | None = None,
    signed_date: date | None = None,
    term: str | None = None,
    description: str = "",
) -> ContractInfo:
    """A contract with its customer, amount and, if known, signing date and payment term (a
    stored name or shorthand, kept in canonical shorthand).

    Credit control judges the contract as it would an invoice of its whole amount, on its signing
    date (today when not yet signed): a signed contract's value still to invoice is exposure, and its
    invoices then add none up to that value. A warning comes back in `warnings`; a block or a credit
    hold refuses it (CreditBlocked) unless an approver let this contract number through."""
    with uow:
        uow.require(Action.POST)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        number = (number or "").strip()
        if not number:
            raise ValidationError(_("a contract needs a number"), field="number")
        if session.scalar(select(Contract.id).where(Contract.number == number)) is not None:
            raise ValidationError(_("contract {number} exists already").format(number=number), field="number")
        currency = document_currency(customer, currency)
        money = positive_amount(amount, currency, _("contract {number}").format(number=number))
        shorthand = resolve(session, term).shorthand if term and term.strip() else None
        from acctdesk.services.credit import enforce_credit_policy

        # Refuses before anything is written, as ledger.post_invoice does for an invoice.
        warnings = enforce_credit_policy(
            uow,
            customer=customer,
            invoice_number=number,
            amount=money,
            on=signed_date or date.today(),
            document="contract",
        )
        contract = Contract(
            number=number,
            customer_id=customer.id,
            currency=currency,
            amount_minor=money.minor,
            signed_date=signed_date,
            term_shorthand=shorthand,
            description=description,
        )
        session.add(contract)
        session.flush()
        info = replace(_info(contract), warnings=warnings)
        uow.audit("contract.create", "contract", number, after=info.__dict__)
        uow.changes.add("contracts", customer.id)
        uow.commit()
        return info


# ---------------------------------------------------------------------------------------------
# Events


def record_event(uow: UnitOfWork, *, contract_number: str, event: str, on: date) -> EventResult:
    """Record (or move) a contract event's date and date the installments waiting for it.

    Installments already dated from the event move with it, unless money was applied to any of
    them: then the date stays, since the customer paid against the due date they were given.
    """
    with uow:
        uow.require(Action.POST)
        session = uow.session
        contract = contract_by_number(session, contract_number)
        name = canonical_event(event)
        before = contract_events(contract).get(name)
        _check_event_date(contract, name, on)
        waiting = _waiting_for(_contract_installments(session, contract.id), name)
        changes = _new_dates(session, waiting, events={name: on})
        _refuse_if_paid(
            session,
            changes,
            _("{name} of contract {number}").format(name=name, number=contract.number),
            before,
        )
        if before == on and not changes:
            return EventResult(contract.number, name, before, on, ())
        _store_event(session, contract, name, on)
        result = EventResult(contract.number, name, before, on, _apply(session, changes))
        uow.audit("contract.event", "contract", contract.number, **_audit_values(result))
        uow.changes.add("contracts", contract.customer_id)
        if changes:
            uow.changes.add("invoices", contract.customer_id)
        uow.commit()
        return result


def record_invoice_received(uow: UnitOfWork, *, invoice_number: str, on: date) -> EventResult:
    """票到: the customer received the invoice on a date; RCV lines count from it.

    This records a fact about the invoice; its amounts and lines stay as posted.
    """
    with uow:
        uow.require(Action.POST)
        session = uow.session
        invoice = find_document(session, DocumentKind.INVOICE, invoice_number)
        if _is_reversed(session, invoice.id):
            raise InvariantViolation(_("invoice {number} is reversed").format(number=invoice.number))
        if on < invoice.invoice_date:
            raise ValidationError(
                _(
                    "invoice {number} is dated {invoice_date}; the customer cannot have received it on {on}"
                ).format(
                    number=invoice.number, invoice_date=invoice.invoice_date.isoformat(), on=on.isoformat()
                ),
                field="date",
            )
        before = invoice.received_date
        changes = _new_dates(session, _waiting_for(invoice.installments, RECEIVED), received_date=on)
        _refuse_if_paid(
            session, changes, _("the receipt of invoice {number}").format(number=invoice.number), before
        )
        if before == on and not changes:
            return EventResult(invoice.number, RECEIVED, before, on, ())
        invoice.received_date = on
        result = EventResult(invoice.number, RECEIVED, before, on, _apply(session, changes))
        uow.audit("invoice.received", "invoice", invoice.number, **_audit_values(result))
        uow.changes.add("invoices", invoice.customer_id)
        uow.commit()
        return result


def _check_event_date(contract: Contract, name: str, on: date) -> None:
    others = {event: day for event, day in contract_events(contract).items() if event != SIGNING}
    if name != SIGNING and contract.signed_date is not None and on < contract.signed_date:
        raise ValidationError(
            _("{name} on {on} would come before contract {number} was signed ({signed_date})").format(
                name=name,
                on=on.isoformat(),
                number=contract.number,
                signed_date=contract.signed_date.isoformat(),
            ),
            field="date",
        )
    if name == SIGNING and others and on > min(others.values()):
        first = min(others, key=others.__getitem__)
        raise ValidationError(
            _("contract {number} cannot be signed on {on}, after its {first} on {others}").format(
                number=contract.number, on=on.isoformat(), first=first, others=others[first].isoformat()
            ),
            field="date",
        )


def _store_event(session: Session, contract: Contract, name: str, on: date) -> None:
    # Signing is the contract's own column; other events are rows (a stray signing row, which
    # posting would prefer to the column, moves along with it).
    if name == SIGNING:
        contract.signed_date = on
    row = next((e for e in contract.events if e.event == name), None)
    if row is not None:
        row.event_date = on
    elif name != SIGNING:
        contract.events.append(ContractEvent(event=name, event_date=on))
    session.flush()


def _is_reversed(session: Session, invoice_id: int) -> bool:
    return (
        session.scalar(
            select(Reversal.id).where(
                Reversal.document_kind == DocumentKind.INVOICE, Reversal.document_id == invoice_id
            )
        )
        is not None
    )


def _contract_installments(session: Session, contract_id: int) -> list[Installment]:
    reversed_invoices = select(Reversal.document_id).where(Reversal.document_kind == DocumentKind.INVOICE)
    return list(
        session.scalars(
            select(Installment)
            .join(Invoice, Invoice.id == Installment.invoice_id)
            .where(Invoice.contract_id == contract_id, Invoice.id.not_in(reversed_invoices))
            .order_by(Invoice.invoice_date, Invoice.number, Installment.seq)
        )
    )


def _waiting_for(installments: Iterable[Installment], event: str) -> list[Installment]:
    """The installments whose term line counts from the event, whether dated yet or not."""

    def waits(installment: Installment) -> bool:
        if not installment.term_line:
            return installment.awaiting_event == event
        line = terms.parse_line(installment.term_line)
        if line.basis == terms.Basis.RECEIVED:
            return event == RECEIVED
        return line.basis == terms.Basis.EVENT and line.event == event

    return [i for i in installments if waits(i)]


def _new_dates(
    session: Session,
    installments: list[Installment],
    *,
    events: dict[str, date] | None = None,
    received_date: date | None = None,
) -> list[tuple[Installment, DatedInstallment]]:
    """The installments whose due date (or discount window) the event's date changes."""
    calendar = terms.calendar_by_name(book_settings(session).business_calendar)
    changes = []
    for installment in installments:
        label = _("invoice {number} installment {seq}").format(
            number=installment.invoice.number, seq=installment.seq
        )
        if not installment.term_line:
            raise InvariantViolation(
                _("{label} has no term line to compute its due date from").format(label=label)
            )
        line = terms.parse_line(installment.term_line)
        known = {"invoice_date": installment.invoice_date, "received_date": received_date, "events": events}
        due = terms.due_date_for(line, calendar=calendar, **known)
        basis = terms.basis_date_for(line, **known)
        if due is None or basis is None:
            raise InvariantViolation(
                _("{label} ({term_line}) does not count from this event").format(
                    label=label, term_line=installment.term_line
                )
            )
        discount_until = None
        if line.discount_days is not None:  # the window is rolled like a due date, as in schedule()
            discount_until = calendar.roll_forward(basis + timedelta(days=line.discount_days))
        unchanged = installment.awaiting_event is None and installment.due_date == due
        if unchanged and installment.discount_until == discount_until:
            continue
        dated = DatedInstallment(
            installment.invoice.number,
            installment.seq,
            installment.amount,
            installment.due_date,
            due,
            discount_until,
        )
        changes.append((installment, dated))
    return changes


def _refuse_if_paid(
    session: Session, changes: list[tuple[Installment, DatedInstallment]], what: str, was: date | None
) -> None:
    """A due date the customer may have paid against does not move."""
    moved = [installment for installment, dated in changes if dated.due_before is not None]
    applied = _allocated_minor(session, [i.id for i in moved])
    paid = [i for i in moved if applied.get(i.id, 0) != 0]
    if paid:
        labels = ", ".join(f"{i.invoice.number} #{i.seq}" for i in paid)
        recorded = (
            _("was recorded as {date}").format(date=was.isoformat())
            if was
            else _("was known when they were posted")
        )
        raise InvariantViolation(
            _(
                "{what} {recorded} and the due dates of {labels} count from it; money has been "
                "applied to them since, so the date can no longer change. Unallocate those "
                "payments first if the date really was wrong"
            ).format(what=what, recorded=recorded, labels=labels)
        )


def _apply(
    session: Session, changes: list[tuple[Installment, DatedInstallment]]
) -> tuple[DatedInstallment, ...]:
    for installment, dated in changes:
        installment.due_date = dated.due_date
        installment.discount_until = dated.discount_until
        installment.awaiting_event = None
    session.flush()
    return tuple(dated for _, dated in changes)


def _allocated_minor(
    session: Session, installment_ids: list[int], as_of: date | None = None
) -> dict[int, int]:
    query = select(Allocation.installment_id, func.sum(Allocation.amount_minor)).where(
        Allocation.installment_id.in_(installment_ids)
    )
    if as_of is not None:
        query = query.where(Allocation.alloc_date <= as_of)
    return dict(session.execute(query.group_by(Allocation.installment_id)).all())


def _audit_values(result: EventResult) -> dict[str, dict]:
    before = [[i.invoice_number, i.seq, i.amount, i.due_before] for i in result.installments]
    after = [[i.invoice_number, i.seq, i.amount, i.due_date] for i in result.installments]
    return {
        "before": {"event": result.event, "date": result.date_before, "installments": before},
        "after": {"event": result.event, "date": result.event_date, "installments": after},
    }


# ---------------------------------------------------------------------------------------------
# The contract's schedule


@dataclass(frozen=True)
class ScheduleInstallment:
    seq: int
    term_line: str
    amount: Money
    open_amount: Money
    due_date: date | None
    awaiting_event: str | None
    retention: bool
    status: str
    days_overdue: int


@dataclass(frozen=True)
class ScheduleInvoice:
    number: str
    invoice_date: date
    received_date: date | None
    amount: Money
    term: str
    installments: tuple[ScheduleInstallment, ...]


@dataclass(frozen=True)
class ContractSchedule:
    number: str
    customer_code: str
    customer_name: str
    amount: Money
    signed_date: date | None
    term: str | None
    description: str
    events: dict[str, date]
    as_of: date
    invoiced: Money  # invoices in the contract's currency
    open_amount: Money
    invoices: tuple[ScheduleInvoice, ...]


def contract_schedule(session: Session, number: str, *, as_of: date | None = None) -> ContractSchedule:
    """The contract's invoices (those not reversed by `as_of`) and their installments with status
    on `as_of` (default today), counting allocations dated on or before it."""
    as_of = as_of or date.today()
    contract = contract_by_number(session, number)
    reversed_by = select(Reversal.document_id).where(
        Reversal.document_kind == DocumentKind.INVOICE, Reversal.reversal_date <= as_of
    )
    invoices = session.scalars(
        select(Invoice)
        .where(
            Invoice.contract_id == contract.id,
            Invoice.invoice_date <= as_of,
            Invoice.id.not_in(reversed_by),
        )
        .order_by(Invoice.invoice_date, Invoice.number)
    ).all()
    ids = [i.id for inv in invoices for i in inv.installments]
    allocated = _allocated_minor(session, ids, as_of)
    written_off = _written_off_ids(session, ids, as_of)
    rows = tuple(_schedule_invoice(inv, allocated, written_off, as_of) for inv in invoices)
    same_currency = [inv for inv in rows if inv.amount.currency == contract.currency]
    return ContractSchedule(
        number=contract.number,
        customer_code=contract.customer.code,
        customer_name=contract.customer.name,
        amount=contract.amount,
        signed_date=contract.signed_date,
        term=contract.term_shorthand,
        description=contract.description,
        events=contract_events(contract),
        as_of=as_of,
        invoiced=_total((inv.amount for inv in same_currency), contract.currency),
        open_amount=_total(
            (i.open_amount for inv in same_currency for i in inv.installments), contract.currency
        ),
        invoices=rows,
    )


def _schedule_invoice(
    invoice: Invoice, allocated: dict[int, int], written_off: set[int], as_of: date
) -> ScheduleInvoice:
    installments = []
    for row in invoice.installments:
        open_amount = Money.from_minor(row.amount_minor - allocated.get(row.id, 0), row.currency)
        status, days = terms.overdue_status(
            due_date=row.due_date,
            amount=row.amount.amount,
            open_amount=open_amount.amount,
            as_of=as_of,
            written_off=row.id in written_off,
        )
        installments.append(
            ScheduleInstallment(
                seq=row.seq,
                term_line=row.term_line,
                amount=row.amount,
                open_amount=open_amount,
                due_date=row.due_date,
                awaiting_event=row.awaiting_event,
                retention=row.retention,
                status=str(status),
                days_overdue=days,
            )
        )
    return ScheduleInvoice(
        invoice.number,
        invoice.invoice_date,
        invoice.received_date,
        invoice.amount,
        invoice.term_shorthand,
        tuple(installments),
    )


def _written_off_ids(session: Session, installment_ids: list[int], as_of: date) -> set[int]:
    written_off = func.sum(case((Allocation.write_off_id.is_not(None), Allocation.amount_minor), else_=0))
    query = (
        select(Allocation.installment_id)
        .where(Allocation.installment_id.in_(installment_ids), Allocation.alloc_date <= as_of)
        .group_by(Allocation.installment_id)
        .having(written_off > 0)
    )
    return set(session.scalars(query))


def _total(amounts: Iterable[Money], currency: str) -> Money:
    return Money(sum((m.amount for m in amounts), Decimal(0)), currency)
