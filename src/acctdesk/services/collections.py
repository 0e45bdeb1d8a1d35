"""Promises to pay (承诺付款) and disputes (争议款): what a customer said, and what it keeps out of dunning.

A promise pauses reminders for the items it covers (or for the whole account when it names none)
until its date plus the grace days; `check_promises` then finds it kept — enough money arrived
from the day it was made to that last day — or broken, which raises a credit alert and moves the
customer's reminders a level up. A disputed installment leaves dunning, and the aging shows it in
its own column, from the day the dispute is opened until the day it is resolved.

Also here: the query of due items that the daily run and the worklist share.
"""

from __future__ import annotations

import importlib
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import Decimal

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    Allocation,
    CollectionProfile,
    Customer,
    Dispute,
    DocumentKind,
    Installment,
    Invoice,
    PromiseItem,
    PromiseStatus,
    PromiseToPay,
    Receipt,
)
from acctdesk.model.money import Money
from acctdesk.services.auth import Action
from acctdesk.services.balances import allocated_for_installment, not_reversed_by
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import NotFound, ValidationError
from acctdesk.services.i18n import N_, _
from acctdesk.services.ledger import document_currency, positive_amount
from acctdesk.services.settings import get_setting
from acctdesk.services.uow import UnitOfWork

GRACE_SETTING = "collections.grace_days"
DEFAULT_GRACE_DAYS = 3


def grace_days(session: Session) -> int:
    """Days after a promised date that money may still arrive before the promise counts as broken."""
    return int(get_setting(session, GRACE_SETTING, DEFAULT_GRACE_DAYS))


# ---------------------------------------------------------------------------------------------
# Due items: the open installments the daily run and the worklist look at


@dataclass(frozen=True)
class DueItem:
    installment_id: int
    customer_id: int
    currency: str
    due_date: date
    open_minor: int

    def days_overdue(self, as_of: date) -> int:
        """As-of − due date: negative while not yet due, 0 on the due date."""
        return (as_of - self.due_date).days


def due_items(
    session: Session, as_of: date, *, due_by: date, customer_ids: Iterable[int] | None = None
) -> list[DueItem]:
    """Open installments (as of D, partial payments taken off) due on or before `due_by`."""
    open_minor = (Installment.amount_minor - func.coalesce(allocated_for_installment(as_of), 0)).label(
        "open_minor"
    )
    inner = select(
        Installment.id,
        Installment.customer_id,
        Installment.currency,
        Installment.due_date,
        open_minor,
    ).where(
        Installment.due_date <= due_by,
        Installment.invoice_date <= as_of,
        not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, as_of),
    )
    if customer_ids is not None:
        inner = inner.where(Installment.customer_id.in_(sorted(set(customer_ids))))
    rows = inner.subquery()
    query = select(rows).where(rows.c.open_minor > 0).order_by(rows.c.customer_id, rows.c.due_date, rows.c.id)
    return [DueItem(*row) for row in session.execute(query)]


# ---------------------------------------------------------------------------------------------
# Promises to pay


@dataclass(frozen=True)
class PromiseInfo:
    id: int
    customer_code: str
    amount: Money
    made_on: date
    promised_on: date
    status: str
    decided_on: date | None
    received: Money
    items: tuple[str, ...]  # "INV-1" or "INV-1/2"; empty: the whole account
    note: str


def broken_promises(session: Session, customer_id: int, *, start: date, end: date) -> int:
    """How many of a customer's promises falling due in start..end (the promised dates) were broken.

    Credit control reads this for the rating; an open promise is not counted until it is checked.
    """
    return session.scalar(
        select(func.count(PromiseToPay.id)).where(
            PromiseToPay.customer_id == customer_id,
            PromiseToPay.status == PromiseStatus.BROKEN,
            PromiseToPay.promised_on >= start,
            PromiseToPay.promised_on <= end,
        )
    )


def _item_label(number: str, seq: int, installments_of_invoice: int) -> str:
    return number if installments_of_invoice == 1 else f"{number}/{seq}"


def _promise_info(session: Session, promise: PromiseToPay) -> PromiseInfo:
    customer = session.get(Customer, promise.customer_id)
    labels = []
    rows = session.execute(
        select(Invoice.number, Installment.seq, Invoice.id)
        .join(Installment, Installment.invoice_id == Invoice.id)
        .join(PromiseItem, PromiseItem.installment_id == Installment.id)
        .where(PromiseItem.promise_id == promise.id)
        .order_by(Invoice.number, Installment.seq)
    ).all()
    for number, seq, invoice_id in rows:
        count = session.scalar(select(func.count(Installment.id)).where(Installment.invoice_id == invoice_id))
        labels.append(_item_label(number, seq, count))
    return PromiseInfo(
        id=promise.id,
        customer_code=customer.code,
        amount=promise.amount,
        made_on=promise.made_on,
        promised_on=promise.promised_on,
        status=promise.status,
        decided_on=promise.decided_on,
        received=Money.from_minor(promise.received_minor, promise.currency),
        items=tuple(labels),
        note=promise.note,
    )


def resolve_items(session: Session, customer: Customer, references: Sequence[str]) -> list[Installment]:
    """'INV-1' (every installment of the invoice) or 'INV-1/2' (its second installment) → installments."""
    found: list[Installment] = []
    for reference in references:
        reference = reference.strip()
        if not reference:
            continue
        number, _slash, seq_text = reference.partition("/") if "/" in reference else (reference, "", "")
        invoice = session.scalar(select(Invoice).where(Invoice.number == number.strip()))
        if invoice is None:
            raise NotFound(_("unknown invoice '{number}'").format(number=number), field="items")
        if invoice.customer_id != customer.id:
            raise ValidationError(
                _("invoice {number} is not {code}'s").format(number=invoice.number, code=customer.code),
                field="items",
            )
        installments = list(invoice.installments)
        if seq_text:
            try:
                seq = int(seq_text)
            except ValueError:
                raise ValidationError(
                    _("'{reference}' is not INVOICE/INSTALLMENT").format(reference=reference), field="items"
                ) from None
            installments = [i for i in installments if i.seq == seq]
            if not installments:
                raise NotFound(
                    _("invoice {number} has no installment {seq}").format(number=invoice.number, seq=seq),
                    field="items",
                )
        found.extend(i for i in installments if i not in found)
    return found


def record_promise(
    uow: UnitOfWork,
    customer_code: str,
    amount: Decimal | str,
    promised_on: date,
    items: Sequence[str] | None = None,
    *,
    made_on: date | None = None,
    currency: str | None = None,
    note: str = "",
) -> PromiseInfo:
    """The customer promised to pay `amount` by `promised_on`, for some items or for the account."""
    made_on = made_on or date.today()
    with uow:
        uow.require(Action.COLLECT)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        currency = document_currency(customer, currency)
        money = positive_amount(amount, currency, _("promise to pay"))
        if promised_on < made_on:
            raise ValidationError(
                _("a promise made on {made_on} cannot fall due earlier, on {promised_on}").format(
                    made_on=made_on.isoformat(), promised_on=promised_on.isoformat()
                ),
                field="promised_on",
            )
        installments = resolve_items(session, customer, items or [])
        if any(i.currency != currency for i in installments):
            raise ValidationError(
                _("a promise in {currency} covers only {currency} items").format(currency=currency),
                field="items",
            )
        promise = PromiseToPay(
            customer_id=customer.id,
            currency=currency,
            amount_minor=money.minor,
            made_on=made_on,
            promised_on=promised_on,
            note=note.strip(),
            created_by=uow.user,
        )
        session.add(promise)
        session.flush()
        for installment in installments:
            session.add(PromiseItem(promise_id=promise.id, installment_id=installment.id))
        session.flush()
        info = _promise_info(session, promise)
        uow.audit(
            "promise.record",
            "promise",
            promise.id,
            after={
                "customer": customer.code,
                "amount": money,
                "promised_on": promised_on,
                "items": info.items,
            },
        )
        uow.changes.add("collections", customer.id)
        uow.commit()
        return info


def _received_minor(session: Session, promise: PromiseToPay, as_of: date, last_day: date) -> int:
    """Money that arrived from the day the promise was made to its last day (and was known by D):
    receipts allocated to the covered items, or all the customer's receipts for an account promise."""
    until = min(as_of, last_day)
    covered = select(PromiseItem.installment_id).where(PromiseItem.promise_id == promise.id)
    has_items = session.scalar(select(func.count()).select_from(covered.subquery()))
    window = and_(
        Receipt.receipt_date >= promise.made_on,
        Receipt.receipt_date <= until,
        not_reversed_by(DocumentKind.RECEIPT, Receipt.id, as_of),
    )
    if has_items:
        query = (
            select(func.coalesce(func.sum(Allocation.amount_minor), 0))
            .join(Receipt, Receipt.id == Allocation.receipt_id)
            .where(window, Allocation.installment_id.in_(covered), Allocation.alloc_date <= as_of)
        )
    else:
        query = select(func.coalesce(func.sum(Receipt.amount_minor), 0)).where(
            window, Receipt.customer_id == promise.customer_id, Receipt.currency == promise.currency
        )
    return int(session.scalar(query))


def profile_for(session: Session, customer_id: int) -> CollectionProfile:
    profile = session.get(CollectionProfile, customer_id)
    if profile is None:
        profile = CollectionProfile(customer_id=customer_id, level_bump=0)
        session.add(profile)
        session.flush()
    return profile


def _raise_credit_alert(uow: UnitOfWork, **alert) -> bool:
    """Raise a credit-control alert through `credit.raise_alert` when credit control is installed.

    Credit control is built beside collections; where `acctdesk.services.credit.raise_alert` does
    not exist the alert is skipped (the broken promise itself is still recorded and audited).
    Returns whether it was raised."""
    try:
        credit = importlib.import_module("acctdesk.services.credit")
    except ModuleNotFoundError as error:
        if error.name != "acctdesk.services.credit":
            raise
        return False
    raise_alert = getattr(credit, "raise_alert", None)
    if raise_alert is None:
        return False
    raise_alert(uow, **alert)
    return True


def check_promises(uow: UnitOfWork, as_of: date) -> list[PromiseInfo]:
    """Decide the open promises: kept once enough arrived, broken once the last day has passed.

    Returns the promises decided now. Runs inside the daily reminder run, before its levels."""
    with uow:
        uow.require(Action.COLLECT)
        session = uow.session
        grace = timedelta(days=grace_days(session))
        decided = []
        open_promises = session.scalars(
            select(PromiseToPay)
            .where(PromiseToPay.status == PromiseStatus.OPEN, PromiseToPay.made_on <= as_of)
            .order_by(PromiseToPay.promised_on, PromiseToPay.id)
        ).all()
        for promise in open_promises:
            last_day = promise.promised_on + grace
            received = _received_minor(session, promise, as_of, last_day)
            if received >= promise.amount_minor:
                promise.status = PromiseStatus.KEPT
            elif as_of > last_day:
                promise.status = PromiseStatus.BROKEN
            else:
                continue
            promise.decided_on = min(as_of, last_day)
            promise.received_minor = received
            session.flush()
            info = _promise_info(session, promise)
            if promise.status == PromiseStatus.BROKEN:
                _escalate(uow, promise, info)
            uow.audit(
                f"promise.{promise.status}",
                "promise",
                promise.id,
                before={"status": PromiseStatus.OPEN},
                after={"status": promise.status, "received": info.received, "decided_on": promise.decided_on},
            )
            uow.changes.add("collections", promise.customer_id)
            decided.append(info)
        if decided:
            uow.commit()
        return decided


def _escalate(uow: UnitOfWork, promise: PromiseToPay, info: PromiseInfo) -> None:
    """A broken promise moves the customer's reminders one level up and tells credit control."""
    profile = profile_for(uow.session, promise.customer_id)
    profile.level_bump += 1
    uow.session.flush()
    _raise_credit_alert(
        uow,
        customer_code=info.customer_code,
        rule="broken_promise",
        template=N_("promise {promise} to pay {amount} by {date} was broken: {received} received"),
        params={
            "promise": promise.id,
            "amount": info.amount,
            "date": promise.promised_on.isoformat(),
            "received": info.received,
        },
        severity="warning",
        key=str(promise.id),
        on=promise.decided_on,
    )


def promises(
    session: Session, customer_code: str | None = None, *, status: str | None = None
) -> list[PromiseInfo]:
    query = select(PromiseToPay).order_by(PromiseToPay.promised_on.desc(), PromiseToPay.id.desc())
    if customer_code:
        query = query.where(PromiseToPay.customer_id == customer_by_code(session, customer_code).id)
    if status:
        query = query.where(PromiseToPay.status == status)
    return [_promise_info(session, p) for p in session.scalars(query)]


@dataclass(frozen=True)
class Paused:
    """What live promises keep out of dunning on a day: some installments, some whole accounts."""

    installment_ids: frozenset[int]
    accounts: frozenset[tuple[int, str]]  # (customer id, currency)

    def covers(self, item: DueItem) -> bool:
        return (
            item.installment_id in self.installment_ids or (item.customer_id, item.currency) in self.accounts
        )


def paused_by_promises(session: Session, as_of: date) -> Paused:
    """Items under a promise that is still open and whose last day (date + grace) is not past."""
    grace = grace_days(session)
    live = select(PromiseToPay.id, PromiseToPay.customer_id, PromiseToPay.currency).where(
        PromiseToPay.status == PromiseStatus.OPEN,
        PromiseToPay.made_on <= as_of,
        PromiseToPay.promised_on >= as_of - timedelta(days=grace),
    )
    promises_ = session.execute(live).all()
    if not promises_:
        return Paused(frozenset(), frozenset())
    ids = [p.id for p in promises_]
    items = session.execute(
        select(PromiseItem.promise_id, PromiseItem.installment_id).where(PromiseItem.promise_id.in_(ids))
    ).all()
    with_items = {promise_id for promise_id, _ in items}
    return Paused(
        frozenset(installment_id for _, installment_id in items),
        frozenset((p.customer_id, p.currency) for p in promises_ if p.id not in with_items),
    )


# ---------------------------------------------------------------------------------------------
# Disputes


@dataclass(frozen=True)
class DisputeInfo:
    id: int
    customer_code: str
    invoice_number: str
    seq: int
    reason: str
    opened_on: date
    resolved_on: date | None
    resolution: str
    open_amount: Money | None = None


def disputed_at(as_of: date):
    """SQL condition on Dispute: the dispute is open on D (opened on or before, not resolved by then)."""
    return and_(Dispute.opened_on <= as_of, or_(Dispute.resolved_on.is_(None), Dispute.resolved_on > as_of))


def disputed_installment_ids(session: Session, as_of: date) -> frozenset[int]:
    return frozenset(session.scalars(select(Dispute.installment_id).where(disputed_at(as_of))))


def _invoice_installments(session: Session, invoice: str, seq: int | None) -> tuple[Invoice, list]:
    number, _slash, seq_text = invoice.partition("/")
    if seq_text and seq is None:
        try:
            seq = int(seq_text)
        except ValueError:
            raise ValidationError(
                _("'{invoice}' is not INVOICE/INSTALLMENT").format(invoice=invoice), field="invoice"
            ) from None
    record = session.scalar(select(Invoice).where(Invoice.number == number.strip()))
    if record is None:
        raise NotFound(_("unknown invoice '{number}'").format(number=number), field="invoice")
    installments = [i for i in record.installments if seq is None or i.seq == seq]
    if not installments:
        raise NotFound(
            _("invoice {number} has no installment {seq}").format(number=record.number, seq=seq),
            field="invoice",
        )
    return record, installments


def _open_minor(session: Session, installment: Installment, on: date) -> int:
    allocated = session.scalar(
        select(func.coalesce(func.sum(Allocation.amount_minor), 0)).where(
            Allocation.installment_id == installment.id, Allocation.alloc_date <= on
        )
    )
    return installment.amount_minor - int(allocated)


def _dispute_info(session: Session, dispute: Dispute, invoice: Invoice, installment: Installment):
    customer = session.get(Customer, dispute.customer_id)
    return DisputeInfo(
        id=dispute.id,
        customer_code=customer.code,
        invoice_number=invoice.number,
        seq=installment.seq,
        reason=dispute.reason,
        opened_on=dispute.opened_on,
        resolved_on=dispute.resolved_on,
        resolution=dispute.resolution,
        open_amount=Money.from_minor(
            _open_minor(session, installment, dispute.opened_on), installment.currency
        ),
    )


def open_dispute(
    uow: UnitOfWork, invoice: str, reason: str, *, seq: int | None = None, on: date | None = None
) -> list[DisputeInfo]:
    """Mark an invoice's open installments (or one: 'INV-1/2' or seq=2) disputed from `on`."""
    on = on or date.today()
    if not reason.strip():
        raise ValidationError(_("a dispute needs a reason the customer gave"), field="reason")
    with uow:
        uow.require(Action.COLLECT)
        session = uow.session
        record, installments = _invoice_installments(session, invoice, seq)
        already = set(
            session.scalars(
                select(Dispute.installment_id).where(
                    Dispute.installment_id.in_([i.id for i in installments]), Dispute.resolved_on.is_(None)
                )
            )
        )
        targets = [i for i in installments if i.id not in already and _open_minor(session, i, on) > 0]
        if not targets:
            what = "disputed already" if already else f"fully paid on {on.isoformat()}"
            raise ValidationError(
                _("invoice {number} is {what}: nothing to dispute").format(number=record.number, what=what),
                field="invoice",
            )
        opened = []
        for installment in targets:
            dispute = Dispute(
                installment_id=installment.id,
                customer_id=installment.customer_id,
                reason=reason.strip(),
                opened_on=on,
                opened_by=uow.user,
            )
            session.add(dispute)
            session.flush()
            opened.append(_dispute_info(session, dispute, record, installment))
        uow.audit(
            "dispute.open",
            "invoice",
            record.number,
            after={"installments": [d.seq for d in opened], "reason": reason.strip(), "on": on},
        )
        uow.changes.add("collections", record.customer_id)
        uow.changes.add("aging", record.customer_id)
        uow.commit()
        return opened


def resolve_dispute(
    uow: UnitOfWork, invoice: str, note: str, *, seq: int | None = None, on: date | None = None
) -> list[DisputeInfo]:
    """Close the open disputes of an invoice (or of one installment); from `on` they are dunned again."""
    on = on or date.today()
    if not note.strip():
        raise ValidationError(_("say how the dispute was resolved"), field="note")
    with uow:
        uow.require(Action.COLLECT)
        session = uow.session
        record, installments = _invoice_installments(session, invoice, seq)
        by_id = {i.id: i for i in installments}
        disputes = session.scalars(
            select(Dispute)
            .where(Dispute.installment_id.in_(list(by_id)), Dispute.resolved_on.is_(None))
            .order_by(Dispute.id)
        ).all()
        if not disputes:
            raise ValidationError(
                _("invoice {number} has no open dispute").format(number=record.number), field="invoice"
            )
        resolved = []
        for dispute in disputes:
            if on < dispute.opened_on:
                raise ValidationError(
                    _("the dispute was opened on {opened_on}: it cannot be resolved earlier, on {on}").format(
                        opened_on=dispute.opened_on.isoformat(), on=on.isoformat()
                    ),
                    field="on",
                )
            dispute.resolved_on = on
            dispute.resolution = note.strip()
            dispute.resolved_by = uow.user
            session.flush()
            resolved.append(_dispute_info(session, dispute, record, by_id[dispute.installment_id]))
        uow.audit(
            "dispute.resolve",
            "invoice",
            record.number,
            after={"installments": [d.seq for d in resolved], "note": note.strip(), "on": on},
        )
        uow.changes.add("collections", record.customer_id)
        uow.changes.add("aging", record.customer_id)
        uow.commit()
        return resolved


def disputes(
    session: Session, *, customer_code: str | None = None, open_only: bool = False
) -> list[DisputeInfo]:
    query = (
        select(Dispute, Invoice, Installment)
        .join(Installment, Installment.id == Dispute.installment_id)
        .join(Invoice, Invoice.id == Installment.invoice_id)
        .order_by(Dispute.opened_on.desc(), Dispute.id.desc())
    )
    if customer_code:
        query = query.where(Dispute.customer_id == customer_by_code(session, customer_code).id)
    if open_only:
        query = query.where(Dispute.resolved_on.is_(None))
    return [_dispute_info(session, d, inv, inst) for d, inv, inst in session.execute(query)]


# ---------------------------------------------------------------------------------------------
# Whom reminders go to


@dataclass(frozen=True)
class DunningContact:
    customer_code: str
    name: str
    email: str
    phone: str
    level_bump: int


def dunning_contact(session: Session, customer_code: str) -> DunningContact:
    customer = customer_by_code(session, customer_code)
    profile = session.get(CollectionProfile, customer.id)
    if profile is None:
        return DunningContact(customer.code, "", "", "", 0)
    return DunningContact(
        customer.code, profile.contact_name, profile.contact_email, profile.contact_phone, profile.level_bump
    )


def set_dunning_contact(
    uow: UnitOfWork,
    customer_code: str,
    *,
    name: str | None = None,
    email: str | None = None,
    phone: str | None = None,
) -> DunningContact:
    """Whom the customer's reminders are addressed and e-mailed to (fields not given keep their value)."""
    if email and "@" not in email:
        raise ValidationError(_("'{email}' is not an e-mail address").format(email=email), field="email")
    with uow:
        uow.require(Action.COLLECT)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        profile = profile_for(session, customer.id)
        before = dunning_contact(session, customer.code)
        for attribute, value in (("contact_name", name), ("contact_email", email), ("contact_phone", phone)):
            if value is not None:
                setattr(profile, attribute, value.strip())
        session.flush()
        after = dunning_contact(session, customer.code)
        uow.audit(
            "dunning_contact.set",
            "customer",
            customer.code,
            before={"name": before.name, "email": before.email, "phone": before.phone},
            after={"name": after.name, "email": after.email, "phone": after.phone},
        )
        uow.changes.add("collections", customer.id)
        uow.commit()
        return after
