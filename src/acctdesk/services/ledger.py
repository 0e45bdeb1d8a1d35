"""Posting to the receivables ledger: invoices, credit notes, receipts, allocations, write-offs, reversals.

Every function here is one unit of work: it checks everything first, writes the documents, their
ledger entries and one audit event, and commits — or raises a DomainError and writes nothing.
Posted rows are never updated or deleted; a correction is a reversal or a negative allocation.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from itertools import groupby

from sqlalchemy import func, select
from sqlalchemy.dialects.postgresql import insert as postgresql_insert
from sqlalchemy.dialects.sqlite import insert as sqlite_insert
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    Allocation,
    BookSettings,
    Contract,
    CreditNote,
    Customer,
    DocumentKind,
    Installment,
    Invoice,
    LedgerEntry,
    NumberSequence,
    PaymentTermRecord,
    Receipt,
    ReceiptMethod,
    Reversal,
    WriteOff,
)
from acctdesk.model.money import Money, MoneyError, normalise_currency
from acctdesk.services import terms as terms_engine
from acctdesk.services.auth import Action
from acctdesk.services.balances import refresh_settled_on
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import (
    InvariantViolation,
    NotFound,
    PeriodLocked,
    ValidationError,
)
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork

SERIES_PREFIX = {
    DocumentKind.RECEIPT: "RC",
    DocumentKind.CREDIT_NOTE: "CN",
    DocumentKind.WRITE_OFF: "WO",
    "reversal": "RV",
}

# Documents that carry money to apply to installments.
SOURCE_KINDS = (DocumentKind.RECEIPT, DocumentKind.CREDIT_NOTE, DocumentKind.WRITE_OFF)


# ---------------------------------------------------------------------------------------------
# Checks shared by every posting


def book_settings(session: Session) -> BookSettings:
    settings = session.get(BookSettings, 1)
    if settings is None:
        raise NotFound(_("this book has not been initialised (run `acctdesk init`)"))
    return settings


def check_open_period(session: Session, on: date, what: str) -> None:
    lock_date = book_settings(session).lock_date
    if lock_date is not None and on <= lock_date:
        raise PeriodLocked(
            _("{what} dated {on} falls in a locked period (the book is locked up to {lock_date})").format(
                what=what, on=on.isoformat(), lock_date=lock_date.isoformat()
            )
        )


def positive_amount(amount: Decimal | str | int, currency: str, what: str) -> Money:
    try:
        money = Money.of(amount, currency)
    except MoneyError as error:
        raise ValidationError(_("{what}: {error}").format(what=what, error=error), field="amount") from None
    if money.amount <= 0:
        raise ValidationError(
            _("{what}: the amount must be positive, not {amount}").format(what=what, amount=money.amount),
            field="amount",
        )
    return money


def document_currency(customer: Customer, currency: str | None) -> str:
    try:
        return normalise_currency(currency or customer.currency)
    except MoneyError as error:
        raise ValidationError(str(error), field="currency") from None


def locked_series(session: Session, series: str) -> NumberSequence:
    """A numbering series' row, locked until the transaction ends; made at its first use. Two first
    uses at once both find no row to lock, so the row is made with INSERT … ON CONFLICT DO NOTHING
    (the second waits for the first to commit and then inserts nothing) and locked after."""
    row = session.get(NumberSequence, series, with_for_update=True)
    if row is not None:
        return row
    dialect = session.get_bind().dialect.name
    insert = postgresql_insert if dialect == "postgresql" else sqlite_insert
    session.execute(
        insert(NumberSequence)
        .values(series=series, next_value=1)
        .on_conflict_do_nothing(index_elements=["series"])
    )
    return session.get(NumberSequence, series, with_for_update=True, populate_existing=True)


def next_number(session: Session, series: str) -> str:
    row = locked_series(session, series)
    value = row.next_value
    row.next_value = value + 1
    session.flush()
    return f"{series}-{value:06d}"


def _unique_number(session: Session, model, number: str, what: str) -> str:
    number = number.strip()
    if not number:
        raise ValidationError(_("{what} needs a number").format(what=what), field="number")
    if session.scalar(select(model.id).where(model.number == number)) is not None:
        raise ValidationError(
            _("{what} {number} is posted already").format(what=what, number=number), field="number"
        )
    return number


def _entry(session: Session, document, kind: str, on: date, minor: int, text: str, *, reversal=False):
    session.add(
        LedgerEntry(
            customer_id=document.customer_id,
            currency=document.currency,
            entry_date=on,
            document_kind=kind,
            document_id=document.id,
            document_number=document.number,
            is_reversal=reversal,
            amount_minor=minor,
            description=text,
        )
    )


# ---------------------------------------------------------------------------------------------
# Invoices


@dataclass(frozen=True)
class InstallmentInfo:
    id: int
    seq: int
    amount: Money
    due_date: date | None
    awaiting_event: str | None
    retention: bool


@dataclass(frozen=True)
class InvoiceResult:
    id: int
    number: str
    amount: Money
    term: str
    installments: tuple[InstallmentInfo, ...]
    warnings: tuple[str, ...] = ()  # credit control's warnings (services.credit)


def resolve_term(
    session: Session, customer: Customer, term: str | None, due_date, invoice_date, contract=None
):
    """The payment term an invoice is posted with: a due date, a term name or shorthand, the
    contract's term, or the customer's default term — the first one given."""
    if due_date is not None:
        if due_date < invoice_date:
            raise ValidationError(
                _("the due date {due_date} is before the invoice date {invoice_date}").format(
                    due_date=due_date.isoformat(), invoice_date=invoice_date.isoformat()
                ),
                field="due_date",
            )
        return terms_engine.net_days((due_date - invoice_date).days)
    if term:
        named = session.scalar(select(PaymentTermRecord).where(PaymentTermRecord.name == term))
        return terms_engine.parse_term(named.shorthand if named else term)
    if contract is not None and contract.term_shorthand:
        return terms_engine.parse_term(contract.term_shorthand)
    if customer.default_term is not None:
        return terms_engine.parse_term(customer.default_term.shorthand)
    raise ValidationError(
        _("customer {code} has no default payment term: give a due date or a term").format(
            code=customer.code
        ),
        field="term",
    )


def contract_events(contract: Contract | None, signed_date: date | None = None) -> dict[str, date]:
    events: dict[str, date] = {}
    if contract is not None:
        if contract.signed_date:
            events["signing"] = contract.signed_date
        events.update({e.event: e.event_date for e in contract.events if e.event_date})
    return events


def post_invoice(
    uow: UnitOfWork,
    *,
    customer_code: str,
    number: str,
    invoice_date: date,
    amount: Decimal | str,
    currency: str | None = None,
    due_date: date | None = None,
    term: str | None = None,
    received_date: date | None = None,
    contract_number: str | None = None,
    description: str = "",
    events: Mapping[str, date] | None = None,
) -> InvoiceResult:
    with uow:
        uow.require(Action.POST)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        currency = document_currency(customer, currency)
        money = positive_amount(amount, currency, _("invoice {number}").format(number=number))
        number = _unique_number(session, Invoice, number, _("invoice"))
        check_open_period(session, invoice_date, _("invoice {number}").format(number=number))
        contract = None
        if contract_number:
            contract = session.scalar(select(Contract).where(Contract.number == contract_number))
            if contract is None:
                raise NotFound(
                    _("unknown contract '{contract_number}'").format(contract_number=contract_number),
                    field="contract",
                )
            if contract.customer_id != customer.id:
                raise ValidationError(
                    _("contract {contract_number} belongs to another customer").format(
                        contract_number=contract_number
                    ),
                    field="contract",
                )
        payment_term = resolve_term(session, customer, term, due_date, invoice_date, contract)
        known_events = {**contract_events(contract), **(events or {})}
        calendar = terms_engine.calendar_by_name(book_settings(session).business_calendar)
        scheduled = terms_engine.schedule(
            payment_term,
            invoice_date=invoice_date,
            amount=money.amount,
            currency=currency,
            received_date=received_date,
            events=known_events,
            calendar=calendar,
        )
        from acctdesk.services.credit import enforce_credit_policy

        # Refuses (CreditBlocked) before anything is written, unless an approved override names it.
        warnings = enforce_credit_policy(
            uow,
            customer=customer,
            invoice_number=number,
            amount=money,
            on=invoice_date,
            contract_id=contract.id if contract else None,
        )
        invoice = Invoice(
            number=number,
            customer_id=customer.id,
            contract_id=contract.id if contract else None,
            currency=currency,
            amount_minor=money.minor,
            invoice_date=invoice_date,
            received_date=received_date,
            term_shorthand=terms_engine.format_term(payment_term),
            description=description,
            posted_by=uow.user,
        )
        session.add(invoice)
        session.flush()
        rows = [
            Installment(
                invoice_id=invoice.id,
                seq=part.seq,
                customer_id=customer.id,
                currency=currency,
                amount_minor=Money(part.amount, currency).minor,
                invoice_date=invoice_date,
                due_date=part.due_date,
                awaiting_event=part.awaiting_event,
                term_line=terms_engine.format_line(part.line),
                discount_until=part.discount_until,
                discount_minor=Money(part.discount_amount, currency).minor,
                retention=part.retention,
            )
            for part in scheduled
            if part.amount > 0
        ]
        session.add_all(rows)
        _entry(session, invoice, DocumentKind.INVOICE, invoice_date, money.minor, description)
        session.flush()
        result = InvoiceResult(
            id=invoice.id,
            number=number,
            amount=money,
            term=invoice.term_shorthand,
            installments=tuple(
                InstallmentInfo(r.id, r.seq, r.amount, r.due_date, r.awaiting_event, r.retention)
                for r in rows
            ),
            warnings=warnings,
        )
        uow.audit(
            "invoice.post",
            "invoice",
            number,
            after={
                "customer": customer.code,
                "date": invoice_date,
                "amount": money,
                "term": result.term,
                "installments": [[i.seq, i.amount, i.due_date] for i in result.installments],
            },
        )
        uow.changes.add("invoices", customer.id)
        uow.commit()
        return result


# ---------------------------------------------------------------------------------------------
# Credit notes and receipts


@dataclass(frozen=True)
class DocumentResult:
    id: int
    number: str
    kind: str
    amount: Money
    allocations: tuple[int, ...] = field(default=())


def post_credit_note(
    uow: UnitOfWork,
    *,
    customer_code: str,
    amount: Decimal | str,
    note_date: date,
    reason: str,
    number: str | None = None,
    currency: str | None = None,
    invoice_number: str | None = None,
) -> DocumentResult:
    with uow:
        uow.require(Action.POST)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        currency = document_currency(customer, currency)
        money = positive_amount(amount, currency, _("credit note"))
        check_open_period(session, note_date, _("credit note"))
        if not reason.strip():
            raise ValidationError(_("a credit note needs a reason"), field="reason")
        invoice_id = None
        if invoice_number:
            invoice = _invoice(session, invoice_number)
            if invoice.customer_id != customer.id:
                raise ValidationError(
                    _("invoice {invoice_number} belongs to another customer").format(
                        invoice_number=invoice_number
                    )
                )
            invoice_id = invoice.id
        number = (
            _unique_number(session, CreditNote, number, _("credit note"))
            if number
            else next_number(session, SERIES_PREFIX[DocumentKind.CREDIT_NOTE])
        )
        note = CreditNote(
            number=number,
            customer_id=customer.id,
            invoice_id=invoice_id,
            currency=currency,
            amount_minor=money.minor,
            note_date=note_date,
            reason=reason.strip(),
            posted_by=uow.user,
        )
        session.add(note)
        session.flush()
        _entry(session, note, DocumentKind.CREDIT_NOTE, note_date, -money.minor, reason)
        uow.audit(
            "credit_note.post",
            "credit_note",
            number,
            after={"customer": customer.code, "date": note_date, "amount": money, "reason": reason},
        )
        uow.changes.add("credit_notes", customer.id)
        uow.commit()
        return DocumentResult(note.id, number, DocumentKind.CREDIT_NOTE, money)


def post_receipt(
    uow: UnitOfWork,
    *,
    customer_code: str,
    amount: Decimal | str,
    receipt_date: date,
    number: str | None = None,
    currency: str | None = None,
    payer: str = "",
    method: str = ReceiptMethod.BANK_TRANSFER,
    bill_maturity: date | None = None,
    reference: str = "",
    memo: str = "",
) -> DocumentResult:
    with uow:
        uow.require(Action.POST)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        currency = document_currency(customer, currency)
        money = positive_amount(amount, currency, _("receipt"))
        check_open_period(session, receipt_date, _("receipt"))
        if method not in set(ReceiptMethod):
            raise ValidationError(
                _("'{method}' is not a receipt method").format(method=method), field="method"
            )
        is_bill = method in (ReceiptMethod.BANK_ACCEPTANCE_BILL, ReceiptMethod.COMMERCIAL_BILL)
        if is_bill and bill_maturity is None:
            raise ValidationError(_("an acceptance bill needs its maturity date"), field="bill_maturity")
        if bill_maturity is not None and bill_maturity < receipt_date:
            raise ValidationError(_("a bill cannot mature before it was received"), field="bill_maturity")
        number = (
            _unique_number(session, Receipt, number, _("receipt"))
            if number
            else next_number(session, SERIES_PREFIX[DocumentKind.RECEIPT])
        )
        receipt = Receipt(
            number=number,
            customer_id=customer.id,
            currency=currency,
            amount_minor=money.minor,
            receipt_date=receipt_date,
            payer=payer,
            method=method,
            bill_maturity=bill_maturity,
            reference=reference,
            memo=memo,
            posted_by=uow.user,
        )
        session.add(receipt)
        session.flush()
        _entry(session, receipt, DocumentKind.RECEIPT, receipt_date, -money.minor, memo or payer)
        uow.audit(
            "receipt.post",
            "receipt",
            number,
            after={
                "customer": customer.code,
                "date": receipt_date,
                "amount": money,
                "method": method,
            },
        )
        uow.changes.add("receipts", customer.id)
        uow.commit()
        return DocumentResult(receipt.id, number, DocumentKind.RECEIPT, money)


# ---------------------------------------------------------------------------------------------
# Allocation arithmetic


def running_total_range(rows: Sequence[tuple[date, int]]) -> tuple[int, int]:
    """The lowest and highest end-of-day running total of dated amounts (0 before the first).

    An installment's allocations must stay within [0, amount] on every day, not only in the end:
    a back-dated allocation can over-allocate a past day even when today's total is fine.
    """
    running = low = high = 0
    for _day, day_rows in groupby(sorted(rows), key=lambda row: row[0]):
        running += sum(amount for _, amount in day_rows)
        low, high = min(low, running), max(high, running)
    return low, high


def _source_column(kind: str):
    return {
        DocumentKind.RECEIPT: Allocation.receipt_id,
        DocumentKind.CREDIT_NOTE: Allocation.credit_note_id,
        DocumentKind.WRITE_OFF: Allocation.write_off_id,
    }[kind]


def _source_model(kind: str):
    return {
        DocumentKind.RECEIPT: Receipt,
        DocumentKind.CREDIT_NOTE: CreditNote,
        DocumentKind.WRITE_OFF: WriteOff,
        DocumentKind.INVOICE: Invoice,
    }[kind]


def _document_date(document) -> date:
    for name in ("receipt_date", "note_date", "write_off_date", "invoice_date"):
        if hasattr(document, name):
            return getattr(document, name)
    raise AssertionError(document)


def _kind_label(kind: str) -> str:
    return kind.replace("_", " ")


def _kind_text(kind: str) -> str:
    """The document kind as a clerk reads it in a message, in the current language."""
    texts = {
        DocumentKind.INVOICE: _("invoice"),
        DocumentKind.CREDIT_NOTE: _("credit note"),
        DocumentKind.RECEIPT: _("receipt"),
        DocumentKind.WRITE_OFF: _("write off"),
        DocumentKind.ALLOCATION: _("allocation"),
    }
    return texts.get(kind, _kind_label(kind))


def find_document(session: Session, kind: str, number: str):
    if kind not in (*SOURCE_KINDS, DocumentKind.INVOICE):
        raise ValidationError(_("'{kind}' is not a document kind").format(kind=kind), field="kind")
    model = _source_model(kind)
    document = session.scalar(select(model).where(model.number == number.strip()))
    if document is None:
        raise NotFound(
            _("unknown {kind_label} '{number}'").format(kind_label=_kind_text(kind), number=number),
            field="number",
        )
    return document


def _invoice(session: Session, number: str) -> Invoice:
    return find_document(session, DocumentKind.INVOICE, number)


def _reversal_of(session: Session, kind: str, document_id: int) -> Reversal | None:
    return session.scalar(
        select(Reversal).where(Reversal.document_kind == kind, Reversal.document_id == document_id)
    )


def _rows(session: Session, column, value) -> list[tuple[date, int]]:
    return [
        (row.alloc_date, row.amount_minor)
        for row in session.execute(
            select(Allocation.alloc_date, Allocation.amount_minor).where(column == value)
        )
    ]


def lock_rows(session: Session, model, ids) -> None:
    """Row locks, always in id order so that two users never wait for each other in a circle.

    Two people allocating the same receipt or to the same installment at once are serialised
    here on PostgreSQL, and the second one checks the bounds against what the first committed.
    (SQLite takes the whole database's write lock when the unit of work begins.)"""
    if ids and session.get_bind().dialect.name != "sqlite":
        session.execute(
            select(model.id).where(model.id.in_(sorted(set(ids)))).order_by(model.id).with_for_update()
        )


def _check_bounds(rows, new_rows, upper: int, what: str, currency: str) -> None:
    low, high = running_total_range([*rows, *new_rows])
    if high > upper:
        over = Money.from_minor(high - upper, currency)
        raise InvariantViolation(_("{what} would be over-allocated by {over}").format(what=what, over=over))
    if low < 0:
        raise InvariantViolation(_("{what} would be unallocated below zero").format(what=what))


@dataclass(frozen=True)
class AllocationLine:
    installment_id: int
    amount: Decimal


def _open_installments(session: Session, customer_id: int, currency: str, on: date):
    """Open installments (all allocations counted) of unreversed invoices dated ≤ on, oldest due
    first; installments awaiting an event come last."""
    allocated = (
        select(Allocation.installment_id, func.sum(Allocation.amount_minor).label("allocated"))
        .where(Allocation.customer_id == customer_id)
        .group_by(Allocation.installment_id)
        .subquery()
    )
    reversed_invoices = select(Reversal.document_id).where(Reversal.document_kind == DocumentKind.INVOICE)
    open_minor = Installment.amount_minor - func.coalesce(allocated.c.allocated, 0)
    query = (
        select(Installment.id, open_minor.label("open_minor"))
        .outerjoin(allocated, allocated.c.installment_id == Installment.id)
        .where(
            Installment.customer_id == customer_id,
            Installment.currency == currency,
            Installment.invoice_date <= on,
            Installment.invoice_id.not_in(reversed_invoices),
            open_minor > 0,
        )
        .order_by(
            Installment.due_date.is_(None),
            Installment.due_date,
            Installment.invoice_date,
            Installment.id,
        )
    )
    return session.execute(query).all()


def _allocate_rows(
    session: Session, uow: UnitOfWork, kind: str, source, on: date, lines: list[tuple[int, int]]
) -> list[Allocation]:
    """Insert allocation rows for (installment id, minor amount) after checking every bound."""
    what = _("{kind_label} {number}").format(kind_label=_kind_text(kind), number=source.number)
    lock_rows(session, type(source), [source.id])
    lock_rows(session, Installment, [installment_id for installment_id, _ in lines])
    source_rows = _rows(session, _source_column(kind), source.id)
    new_source_rows = [(on, amount) for _, amount in lines]
    _check_bounds(source_rows, new_source_rows, source.amount_minor, what, source.currency)
    written = []
    for installment_id, amount in lines:
        installment = session.get(Installment, installment_id)
        if installment is None:
            raise NotFound(_("unknown installment {installment_id}").format(installment_id=installment_id))
        invoice = installment.invoice
        label = _("invoice {number} installment {seq}").format(number=invoice.number, seq=installment.seq)
        if installment.customer_id != source.customer_id:
            raise InvariantViolation(
                _("{label} belongs to another customer than {what}").format(label=label, what=what)
            )
        if installment.currency != source.currency:
            raise InvariantViolation(
                _("cannot apply {currency} from {what} to {label} in {currency2}").format(
                    currency=source.currency, what=what, label=label, currency2=installment.currency
                )
            )
        if on < installment.invoice_date:
            raise ValidationError(
                _("{label} is dated {invoice_date}, after the allocation date {on}").format(
                    label=label, invoice_date=installment.invoice_date.isoformat(), on=on.isoformat()
                ),
                field="date",
            )
        if _reversal_of(session, DocumentKind.INVOICE, invoice.id) is not None:
            raise InvariantViolation(_("invoice {number} is reversed").format(number=invoice.number))
        _check_bounds(
            _rows(session, Allocation.installment_id, installment.id),
            [(on, amount)],
            installment.amount_minor,
            label,
            installment.currency,
        )
        row = Allocation(
            installment_id=installment.id,
            customer_id=source.customer_id,
            currency=source.currency,
            amount_minor=amount,
            alloc_date=on,
            created_by=uow.user,
            **{_source_column(kind).key: source.id},
        )
        session.add(row)
        session.flush()
        written.append(row)
    _refresh_settled(session, written)
    return written


def _refresh_settled(session: Session, rows: Sequence[Allocation]) -> None:
    """Keep `settled_on` of the installments and documents these allocation rows touch."""
    refresh_settled_on(session, Installment, [row.installment_id for row in rows])
    refresh_settled_on(session, Receipt, [row.receipt_id for row in rows])
    refresh_settled_on(session, CreditNote, [row.credit_note_id for row in rows])


def _check_source_usable(session: Session, kind: str, source, on: date) -> None:
    if _reversal_of(session, kind, source.id) is not None:
        raise InvariantViolation(
            _("{kind_label} {number} is reversed").format(kind_label=_kind_text(kind), number=source.number)
        )
    if on < _document_date(source):
        raise ValidationError(
            _("the allocation date {on} is before {kind_label} {number} dated {document_date}").format(
                on=on.isoformat(),
                kind_label=_kind_text(kind),
                number=source.number,
                document_date=_document_date(source).isoformat(),
            ),
            field="date",
        )


def suggest_allocation(session: Session, kind: str, number: str, on: date) -> list[AllocationLine]:
    """Oldest-due-first lines that use up what is left of a receipt or credit note."""
    source = find_document(session, kind, number)
    remaining = source.amount_minor - sum(a for _, a in _rows(session, _source_column(kind), source.id))
    lines = []
    for installment_id, open_minor in _open_installments(session, source.customer_id, source.currency, on):
        if remaining <= 0:
            break
        take = min(open_minor, remaining)
        lines.append(AllocationLine(installment_id, Money.from_minor(take, source.currency).amount))
        remaining -= take
    return lines


def allocate(
    uow: UnitOfWork,
    *,
    kind: str,
    number: str,
    on: date,
    lines: Sequence[AllocationLine] | None = None,
) -> DocumentResult:
    """Apply a receipt or credit note to installments: the given lines, or oldest-due-first."""
    with uow:
        uow.require(Action.ALLOCATE)
        session = uow.session
        if kind not in (DocumentKind.RECEIPT, DocumentKind.CREDIT_NOTE):
            raise ValidationError(_("only receipts and credit notes are allocated"), field="kind")
        source = find_document(session, kind, number)
        check_open_period(session, on, _("the allocation"))
        _check_source_usable(session, kind, source, on)
        if lines is None:
            lines = suggest_allocation(session, kind, number, on)
            if not lines:
                raise InvariantViolation(
                    _(
                        "nothing to allocate: {kind_label} {number} is fully applied or the customer has "
                        "no open items in {currency}"
                    ).format(kind_label=_kind_text(kind), number=number, currency=source.currency)
                )
        minor_lines = [
            (line.installment_id, positive_amount(line.amount, source.currency, _("allocation")).minor)
            for line in lines
        ]
        rows = _allocate_rows(session, uow, kind, source, on, minor_lines)
        uow.audit(
            "allocation.post",
            _kind_label(kind).replace(" ", "_"),
            number,
            after={
                "date": on,
                "lines": [[r.installment.invoice.number, r.installment.seq, r.amount] for r in rows],
            },
        )
        uow.changes.add("allocations", source.customer_id)
        uow.commit()
        total = Money.from_minor(sum(a for _, a in minor_lines), source.currency)
        return DocumentResult(source.id, number, kind, total, tuple(r.id for r in rows))


def _active_allocations(session: Session, column, value) -> list[tuple[Allocation, int]]:
    """Positive allocation rows of a source or installment with what is still applied of each."""
    originals = session.scalars(
        select(Allocation).where(column == value, Allocation.reverses_id.is_(None))
    ).all()
    undone = dict(
        session.execute(
            select(Allocation.reverses_id, func.sum(Allocation.amount_minor))
            .where(Allocation.reverses_id.in_([a.id for a in originals]))
            .group_by(Allocation.reverses_id)
        ).all()
    )
    return [
        (a, a.amount_minor + undone.get(a.id, 0))
        for a in originals
        if a.amount_minor + undone.get(a.id, 0) > 0
    ]


def _unallocate_row(session: Session, uow: UnitOfWork, original: Allocation, minor: int, on: date):
    if on < original.alloc_date:
        raise ValidationError(
            _(
                "allocation {id} is dated {alloc_date}; it cannot be undone before that (asked for {on})"
            ).format(id=original.id, alloc_date=original.alloc_date.isoformat(), on=on.isoformat()),
            field="date",
        )
    row = Allocation(
        installment_id=original.installment_id,
        receipt_id=original.receipt_id,
        credit_note_id=original.credit_note_id,
        write_off_id=original.write_off_id,
        reverses_id=original.id,
        customer_id=original.customer_id,
        currency=original.currency,
        amount_minor=-minor,
        alloc_date=on,
        created_by=uow.user,
    )
    session.add(row)
    session.flush()
    _refresh_settled(session, [row])
    return row


def unallocate(
    uow: UnitOfWork, *, allocation_id: int, on: date, amount: Decimal | str | None = None
) -> DocumentResult:
    """Take back all or part of an allocation from a date on (a negative allocation row)."""
    with uow:
        uow.require(Action.ALLOCATE)
        session = uow.session
        original = session.get(Allocation, allocation_id)
        if original is None or original.reverses_id is not None:
            raise NotFound(_("unknown allocation {allocation_id}").format(allocation_id=allocation_id))
        source_model = Receipt if original.receipt_id else CreditNote
        lock_rows(session, source_model, [original.receipt_id or original.credit_note_id])
        lock_rows(session, Installment, [original.installment_id])
        if original.write_off_id is not None:
            raise ValidationError(_("a write-off is taken back by reversing the write-off"))
        check_open_period(session, on, _("the unallocation"))
        remaining = dict(
            (a.id, left) for a, left in _active_allocations(session, Allocation.id, original.id)
        ).get(original.id, 0)
        minor = (
            remaining
            if amount is None
            else positive_amount(amount, original.currency, _("unallocation")).minor
        )
        if minor > remaining:
            raise InvariantViolation(
                _("allocation {allocation_id} has {left} left to take back, not {asked}").format(
                    allocation_id=allocation_id,
                    left=Money.from_minor(remaining, original.currency),
                    asked=Money.from_minor(minor, original.currency),
                )
            )
        if minor == 0:
            raise InvariantViolation(
                _("allocation {allocation_id} is already fully taken back").format(
                    allocation_id=allocation_id
                )
            )
        row = _unallocate_row(session, uow, original, minor, on)
        uow.audit(
            "allocation.reverse",
            "allocation",
            allocation_id,
            after={"date": on, "amount": Money.from_minor(minor, original.currency)},
        )
        uow.changes.add("allocations", original.customer_id)
        uow.commit()
        return DocumentResult(row.id, str(allocation_id), DocumentKind.ALLOCATION, row.amount)


# ---------------------------------------------------------------------------------------------
# Write-offs and reversals


def write_off(
    uow: UnitOfWork,
    *,
    customer_code: str,
    on: date,
    reason: str,
    lines: Sequence[AllocationLine],
    number: str | None = None,
) -> DocumentResult:
    """坏账核销: remove uncollectable amounts from installments; the write-off is their sum.

    Carried out only when an approved write-off request is (services.approvals)."""
    with uow:
        uow.require_approval("write_off", "a write-off")
        session = uow.session
        customer = customer_by_code(session, customer_code)
        check_open_period(session, on, _("write-off"))
        if not reason.strip():
            raise ValidationError(_("a write-off needs a reason"), field="reason")
        if not lines:
            raise ValidationError(_("a write-off needs at least one installment"), field="lines")
        installments = [session.get(Installment, line.installment_id) for line in lines]
        if any(i is None for i in installments):
            raise NotFound(_("unknown installment in the write-off"))
        currencies = {i.currency for i in installments}
        if len(currencies) > 1:
            raise InvariantViolation(
                _("a write-off cannot mix currencies ({choices})").format(
                    choices=", ".join(sorted(currencies))
                )
            )
        currency = currencies.pop()
        minor_lines = [
            (line.installment_id, positive_amount(line.amount, currency, _("write-off line")).minor)
            for line in lines
        ]
        total = sum(a for _, a in minor_lines)
        number = (
            _unique_number(session, WriteOff, number, _("write-off"))
            if number
            else next_number(session, SERIES_PREFIX[DocumentKind.WRITE_OFF])
        )
        document = WriteOff(
            number=number,
            customer_id=customer.id,
            currency=currency,
            amount_minor=total,
            write_off_date=on,
            reason=reason.strip(),
            posted_by=uow.user,
        )
        session.add(document)
        session.flush()
        _allocate_rows(session, uow, DocumentKind.WRITE_OFF, document, on, minor_lines)
        _entry(session, document, DocumentKind.WRITE_OFF, on, -total, reason)
        uow.audit(
            "write_off.post",
            "write_off",
            number,
            after={
                "customer": customer.code,
                "date": on,
                "amount": document.amount,
                "reason": reason,
            },
        )
        uow.changes.add("write_offs", customer.id)
        uow.commit()
        return DocumentResult(document.id, number, DocumentKind.WRITE_OFF, document.amount)


def reverse(uow: UnitOfWork, *, kind: str, number: str, on: date, reason: str) -> DocumentResult:
    """Reverse a posted document on a date. Its allocations are taken back on that date: cash
    applied to a reversed invoice becomes unapplied again; a reversed receipt releases the
    installments it paid. An invoice with a write-off must have the write-off reversed first."""
    with uow:
        uow.require(Action.REVERSE)
        session = uow.session
        document = find_document(session, kind, number)
        lock_rows(session, type(document), [document.id])
        if not reason.strip():
            raise ValidationError(_("a reversal needs a reason"), field="reason")
        check_open_period(session, on, _("the reversal"))
        if _reversal_of(session, kind, document.id) is not None:
            raise InvariantViolation(
                _("{kind_label} {number} is reversed already").format(
                    kind_label=_kind_text(kind), number=number
                )
            )
        if on < _document_date(document):
            raise ValidationError(
                _("{kind_label} {number} is dated {document_date}; it cannot be reversed on {on}").format(
                    kind_label=_kind_text(kind),
                    number=number,
                    document_date=_document_date(document).isoformat(),
                    on=on.isoformat(),
                ),
                field="date",
            )
        released = _release_allocations(session, uow, kind, document, on)
        reversal = Reversal(
            number=next_number(session, SERIES_PREFIX["reversal"]),
            document_kind=kind,
            document_id=document.id,
            reversal_date=on,
            reason=reason.strip(),
            created_by=uow.user,
        )
        session.add(reversal)
        entry_minor = document.amount_minor if kind == DocumentKind.INVOICE else -document.amount_minor
        _entry(session, document, kind, on, -entry_minor, f"{reversal.number}: {reason}", reversal=True)
        uow.audit(
            f"{kind}.reverse",
            kind,
            number,
            after={"date": on, "reason": reason, "released_allocations": released},
        )
        uow.changes.add(f"{kind}s", document.customer_id)
        uow.changes.add("allocations", document.customer_id)
        uow.commit()
        return DocumentResult(document.id, number, kind, document.amount)


def _release_allocations(session: Session, uow: UnitOfWork, kind: str, document, on: date) -> list[int]:
    if kind == DocumentKind.INVOICE:
        active = []
        for installment in document.installments:
            active += _active_allocations(session, Allocation.installment_id, installment.id)
        written_off = [a for a, _ in active if a.write_off_id is not None]
        if written_off:
            raise InvariantViolation(
                _("invoice {number} has a write-off; reverse the write-off first").format(
                    number=document.number
                )
            )
    else:
        active = _active_allocations(session, _source_column(kind), document.id)
    for original, left in active:
        _unallocate_row(session, uow, original, left, on)
    return [original.id for original, _ in active]
