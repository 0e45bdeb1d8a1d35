"""Named payment terms kept in the book (月结30天, 预付30% …), and previews of any term on an invoice.

The shorthand and the date arithmetic live in services.terms; this module stores terms under a
name, in their canonical spelling, and resolves "a name or a shorthand" the way posting does.
An invoice keeps its own snapshot of its term (`Invoice.term_shorthand`) and its installments
keep their dates, so changing a named term only affects invoices posted afterwards.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import BookSettings, Customer, PaymentTermRecord
from acctdesk.services import terms
from acctdesk.services.auth import Action
from acctdesk.services.errors import NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork

MAX_NAME_LENGTH = 100  # the column sizes of payment_term
MAX_SHORTHAND_LENGTH = 500


@dataclass(frozen=True)
class TermInfo:
    name: str
    shorthand: str
    line_count: int
    customer_count: int  # customers with this term as their default


@dataclass(frozen=True)
class ResolvedTerm:
    """A term as typed: `name` is set when it was a stored term's name."""

    name: str | None
    shorthand: str
    term: terms.PaymentTerm


def canonical_shorthand(shorthand: str) -> str:
    """The engine's canonical spelling, refused with the engine's message if it does not parse."""
    canonical = terms.format_term(terms.parse_term(shorthand))
    if len(canonical) > MAX_SHORTHAND_LENGTH:
        raise ValidationError(
            _("the payment term is {length} characters long; at most {limit} fit").format(
                length=len(canonical), limit=MAX_SHORTHAND_LENGTH
            ),
            field="payment_term",
        )
    return canonical


def _check_name(name: str, canonical: str) -> str:
    name = (name or "").strip()
    if not name:
        raise ValidationError(_("a payment term needs a name, such as 月结30天"), field="name")
    if len(name) > MAX_NAME_LENGTH:
        raise ValidationError(
            _("a term name has at most {limit} characters").format(limit=MAX_NAME_LENGTH),
            field="name",
        )
    # Posting looks a term up by name before reading it as shorthand, so a name that reads as
    # another term ("N30" meaning N60) would silently post the wrong due dates.
    try:
        reads_as = terms.format_term(terms.parse_term(name))
    except ValidationError:
        return name
    if reads_as != canonical:
        raise ValidationError(
            _(
                "the name '{name}' reads as the term {reads_as}, but the term is {canonical}; "
                "choose a name that does not look like another term"
            ).format(name=name, reads_as=reads_as, canonical=canonical),
            field="name",
        )
    return name


def _record(session: Session, name: str) -> PaymentTermRecord | None:
    return session.scalar(select(PaymentTermRecord).where(PaymentTermRecord.name == name.strip()))


def _info(session: Session, record: PaymentTermRecord) -> TermInfo:
    customers = session.scalar(
        select(func.count()).select_from(Customer).where(Customer.default_term_id == record.id)
    )
    return TermInfo(record.name, record.shorthand, len(terms.parse_term(record.shorthand).lines), customers)


def add_term(uow: UnitOfWork, name: str, shorthand: str) -> TermInfo:
    """Store a named term in its canonical spelling; a bad shorthand or a taken name saves nothing."""
    with uow:
        uow.require(Action.SETTINGS)
        session = uow.session
        canonical = canonical_shorthand(shorthand)
        if name and _record(session, name) is not None:
            raise ValidationError(
                _("a payment term named '{name}' exists already").format(name=name.strip()), field="name"
            )
        name = _check_name(name, canonical)
        record = PaymentTermRecord(name=name, shorthand=canonical)
        session.add(record)
        session.flush()
        uow.audit("term.create", "payment_term", name, after={"name": name, "shorthand": canonical})
        uow.changes.add("terms")
        info = _info(session, record)
        uow.commit()
        return info


def update_term(uow: UnitOfWork, name: str, shorthand: str) -> TermInfo:
    """Give a named term new lines. Invoices already posted keep their snapshot and their dates."""
    with uow:
        uow.require(Action.SETTINGS)
        session = uow.session
        record = _record(session, name)
        if record is None:
            raise NotFound(_("unknown payment term '{name}'").format(name=name), field="name")
        canonical = canonical_shorthand(shorthand)
        _check_name(record.name, canonical)
        before = _info(session, record)
        if canonical == record.shorthand:
            return before  # nothing to change, nothing to audit
        record.shorthand = canonical
        session.flush()
        after = _info(session, record)
        uow.audit(
            "term.update",
            "payment_term",
            record.name,
            before={"shorthand": before.shorthand},
            after={"shorthand": canonical, "customers": after.customer_count},
        )
        uow.changes.add("terms")
        uow.commit()
        return after


def list_terms(session: Session) -> list[TermInfo]:
    counts = dict(
        session.execute(
            select(Customer.default_term_id, func.count())
            .where(Customer.default_term_id.is_not(None))
            .group_by(Customer.default_term_id)
        ).all()
    )
    return [
        TermInfo(r.name, r.shorthand, len(terms.parse_term(r.shorthand).lines), counts.get(r.id, 0))
        for r in session.scalars(select(PaymentTermRecord).order_by(PaymentTermRecord.name))
    ]


def get_term(session: Session, name: str) -> TermInfo:
    record = _record(session, name)
    if record is None:
        raise NotFound(_("unknown payment term '{name}'").format(name=name), field="name")
    return _info(session, record)


def resolve(session: Session | None, text_or_name: str) -> ResolvedTerm:
    """A stored term's name (when a book is given) or else shorthand, as posting reads it."""
    record = _record(session, text_or_name) if session is not None and text_or_name.strip() else None
    if record is not None:
        return ResolvedTerm(record.name, record.shorthand, terms.parse_term(record.shorthand))
    try:
        term = terms.parse_term(text_or_name)
    except ValidationError as error:
        if not _unreadable(error):
            raise
        hint = (
            "no stored term has that name either"
            if session is not None
            else "if it is the name of a stored term, give the book with --db"
        )
        raise ValidationError(
            _("{message}; {hint}").format(message=error.message, hint=hint), field=error.field
        ) from None
    return ResolvedTerm(None, terms.format_term(term), term)


def _unreadable(error: ValidationError) -> bool:
    """The engine found words it cannot read (as a name would be), not a term that breaks a rule."""
    return "cannot read" in error.message or "has no due basis" in error.message


def preview(
    session: Session | None,
    text_or_name: str,
    *,
    invoice_date: date,
    amount: Decimal | str,
    currency: str = "CNY",
    received_date: date | None = None,
    events: Mapping[str, date] | None = None,
    calendar_name: str | None = None,
) -> list[terms.ScheduledInstallment]:
    """The installments a term would give an invoice, without posting anything.

    Without a calendar name the book's business calendar applies, or none without a book.
    """
    resolved = resolve(session, text_or_name)
    if calendar_name is None:
        settings = session.get(BookSettings, 1) if session is not None else None
        calendar_name = settings.business_calendar if settings is not None else "none"
    return terms.schedule(
        resolved.term,
        invoice_date=invoice_date,
        amount=amount,  # type: ignore[arg-type] - money.parse_amount reads typed text too
        currency=currency,
        received_date=received_date,
        events=events,
        calendar=terms.calendar_by_name(calendar_name),
    )
