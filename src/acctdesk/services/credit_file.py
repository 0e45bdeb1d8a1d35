"""The credit file (信用档案) of a customer: business facts, the manual inputs of its rating, the
documents kept in the book (contracts, business licence, financial statements), insurance, and
the rating history."""

from __future__ import annotations

import hashlib
import mimetypes
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import select
from sqlalchemy.orm import Session

from acctdesk.model.entities import CreditDocument, CreditFile, CreditInsurance
from acctdesk.model.money import Money, MoneyError, normalise_currency
from acctdesk.services import credit
from acctdesk.services.auth import Action
from acctdesk.services.credit_alerts import AlertInfo, open_alerts
from acctdesk.services.credit_rating import (
    BUSINESS_STATUS,
    INDUSTRY_RISK,
    Rating,
    RatingRecord,
    Recommendation,
    rate_customer,
    rating_history,
    recommendation,
)
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork

MAX_BYTES_SETTING = "credit.document_max_bytes"
DEFAULT_MAX_BYTES = 10 * 1024 * 1024
FACTS = (
    "registered_capital",
    "capital_currency",
    "industry",
    "industry_risk",
    "business_status",
    "established_on",
    "contacts",
    "notes",
)


@dataclass(frozen=True)
class DocumentInfo:
    id: int
    file_name: str
    mime_type: str
    size: int
    sha256: str
    description: str
    uploaded_at: datetime
    uploaded_by: str


@dataclass(frozen=True)
class CreditFileInfo:
    customer_code: str
    customer_name: str
    registered_capital: Money | None
    industry: str
    industry_risk: str
    business_status: str
    established_on: date | None
    contacts: tuple[str, ...]
    notes: str
    insurer: str | None
    insured: Money | None
    insured_until: date | None
    documents: tuple[DocumentInfo, ...]
    ratings: tuple[RatingRecord, ...]
    version: int  # 0 while the customer has no file yet


def _documents(session: Session, customer_id: int) -> tuple[DocumentInfo, ...]:
    rows = session.execute(
        select(
            CreditDocument.id,
            CreditDocument.file_name,
            CreditDocument.mime_type,
            CreditDocument.size,
            CreditDocument.sha256,
            CreditDocument.description,
            CreditDocument.uploaded_at,
            CreditDocument.uploaded_by,
        )
        .where(CreditDocument.customer_id == customer_id)
        .order_by(CreditDocument.uploaded_at, CreditDocument.id)
    )
    return tuple(DocumentInfo(*row) for row in rows)


def credit_file(session: Session, customer_code: str) -> CreditFileInfo:
    customer = customer_by_code(session, customer_code)
    row = session.get(CreditFile, customer.id) or CreditFile(
        customer_id=customer.id,
        industry="",
        industry_risk="medium",
        business_status="normal",
        contacts="",
        notes="",
    )
    insurance = session.get(CreditInsurance, customer.id)
    capital = None
    if row.registered_capital_minor is not None and row.capital_currency:
        capital = Money.from_minor(row.registered_capital_minor, row.capital_currency)
    return CreditFileInfo(
        customer_code=customer.code,
        customer_name=customer.name,
        registered_capital=capital,
        industry=row.industry,
        industry_risk=row.industry_risk,
        business_status=row.business_status,
        established_on=row.established_on,
        contacts=tuple(line for line in (row.contacts or "").splitlines() if line.strip()),
        notes=row.notes,
        insurer=insurance.insurer if insurance else None,
        insured=insurance.insured if insurance else None,
        insured_until=insurance.valid_until if insurance else None,
        documents=_documents(session, customer.id),
        ratings=tuple(rating_history(session, customer.code)),
        version=row.version or 0,
    )


def _apply(row: CreditFile, values: dict) -> None:
    unknown = set(values) - set(FACTS)
    if unknown:
        raise ValidationError(
            _("not a credit-file fact: {choices}").format(choices=", ".join(sorted(unknown))),
            field=sorted(unknown)[0],
        )
    if "industry_risk" in values and values["industry_risk"] not in INDUSTRY_RISK:
        raise ValidationError(
            _("industry risk is one of {choices}").format(choices=", ".join(INDUSTRY_RISK)),
            field="industry_risk",
        )
    if "business_status" in values and values["business_status"] not in BUSINESS_STATUS:
        raise ValidationError(
            _("business status is one of {choices}").format(choices=", ".join(BUSINESS_STATUS)),
            field="business_status",
        )
    if "registered_capital" in values or "capital_currency" in values:
        currency = values.get("capital_currency") or row.capital_currency or "CNY"
        amount = values.get("registered_capital")
        if amount is None and row.registered_capital_minor is not None:
            amount = Money.from_minor(row.registered_capital_minor, row.capital_currency).amount
        try:
            currency = normalise_currency(currency)
            money = None if amount in (None, "") else Money.of(amount, currency)
        except MoneyError as error:
            raise ValidationError(
                _("registered capital: {error}").format(error=error), field="registered_capital"
            ) from None
        row.registered_capital_minor = money.minor if money else None
        row.capital_currency = currency if money else None
    for key in ("industry", "industry_risk", "business_status", "notes"):
        if key in values:
            setattr(row, key, str(values[key]).strip())
    if "established_on" in values:
        row.established_on = values["established_on"]
    if "contacts" in values:
        contacts = values["contacts"]
        lines = contacts.splitlines() if isinstance(contacts, str) else list(contacts)
        row.contacts = "\n".join(line.strip() for line in lines if line.strip())


def update_credit_file(uow: UnitOfWork, customer_code: str, **facts) -> CreditFileInfo:
    """Change some facts of a customer's credit file (creating it on first use)."""
    with uow:
        uow.require(Action.CREDIT)
        customer = customer_by_code(uow.session, customer_code)
        row = uow.session.get(CreditFile, customer.id)
        before = None
        if row is None:
            row = CreditFile(customer_id=customer.id)
            uow.session.add(row)
        else:
            before = {k: _fact(row, k) for k in FACTS}
        _apply(row, facts)
        row.updated_by, row.updated_at = uow.user, datetime.now(UTC)
        uow.session.flush()
        uow.audit(
            "credit.file", "customer", customer.code, before=before, after={k: _fact(row, k) for k in FACTS}
        )
        uow.changes.add("credit", customer.id)
        uow.commit()
        return credit_file(uow.session, customer.code)


def _fact(row: CreditFile, key: str):
    if key == "registered_capital":
        return None if row.registered_capital_minor is None else str(row.registered_capital_minor)
    return getattr(row, key)


def max_document_bytes(session: Session) -> int:
    return int(credit.get_credit_setting(session, MAX_BYTES_SETTING, DEFAULT_MAX_BYTES))


def _size(count: int) -> str:
    if count >= 1024 * 1024:
        return f"{Decimal(count) / (1024 * 1024):.1f} MB"
    return f"{Decimal(count) / 1024:.1f} KB"


def attach_document(
    uow: UnitOfWork,
    customer_code: str,
    *,
    file_name: str,
    content: bytes,
    mime_type: str | None = None,
    description: str = "",
) -> DocumentInfo:
    """Keep a document in the book, in the customer's credit file (once: the same bytes twice are refused)."""
    with uow:
        uow.require(Action.CREDIT)
        customer = customer_by_code(uow.session, customer_code)
        name = (file_name or "").strip().replace("\\", "/").rsplit("/", 1)[-1]
        if not name:
            raise ValidationError(_("a document needs a file name"), field="file_name")
        if not content:
            raise ValidationError(_("{name} is empty").format(name=name), field="content")
        limit = max_document_bytes(uow.session)
        if len(content) > limit:
            raise ValidationError(
                _(
                    "{name} is {size}; the book keeps documents up to {limit} — attach a smaller "
                    "scan or a PDF of the pages that matter"
                ).format(name=name, size=_size(len(content)), limit=_size(limit)),
                field="content",
            )
        digest = hashlib.sha256(content).hexdigest()
        same = uow.session.scalar(
            select(CreditDocument.file_name).where(
                CreditDocument.customer_id == customer.id, CreditDocument.sha256 == digest
            )
        )
        if same is not None:
            raise ValidationError(
                _("{name} is in {code}'s credit file already (as {same})").format(
                    name=name, code=customer.code, same=same
                ),
                field="content",
            )
        row = CreditDocument(
            customer_id=customer.id,
            file_name=name,
            mime_type=mime_type or mimetypes.guess_type(name)[0] or "application/octet-stream",
            size=len(content),
            sha256=digest,
            content=content,
            description=description.strip(),
            uploaded_by=uow.user,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "credit.document",
            "customer",
            customer.code,
            after={"file": name, "size": row.size, "sha256": digest, "mime_type": row.mime_type},
        )
        uow.changes.add("credit", customer.id)
        uow.commit()
        return DocumentInfo(
            row.id, name, row.mime_type, row.size, digest, row.description, row.uploaded_at, row.uploaded_by
        )


def document_content(session: Session, document_id: int) -> tuple[DocumentInfo, bytes]:
    row = session.get(CreditDocument, document_id)
    if row is None:
        raise NotFound(_("unknown document {document_id}").format(document_id=document_id))
    info = DocumentInfo(
        row.id,
        row.file_name,
        row.mime_type,
        row.size,
        row.sha256,
        row.description,
        row.uploaded_at,
        row.uploaded_by,
    )
    return info, row.content


# ---------------------------------------------------------------------------------------------
# The customer's credit page: one call for the command line and the view


@dataclass(frozen=True)
class CreditOverview:
    exposure: credit.Exposure
    group: credit.GroupExposure | None
    rating: Rating  # as earned on the as-of date
    recorded: RatingRecord | None  # the latest stored rating on or before it
    recommendation: Recommendation
    policy: credit.Policy
    alerts: tuple[AlertInfo, ...]
    temporary_limits: tuple[credit.TemporaryLimitInfo, ...]
    history: tuple[RatingRecord, ...]


def credit_overview(session: Session, customer_code: str, as_of: date) -> CreditOverview:
    customer = customer_by_code(session, customer_code)
    exposure = credit.customer_exposure(session, customer.code, as_of)
    group = None
    if customer.group is not None:
        group = credit.group_exposure(session, customer.group.code, as_of)
    rating = rate_customer(session, customer.code, as_of)
    history = tuple(r for r in rating_history(session, customer.code) if r.as_of <= as_of)
    recorded = history[-1] if history else None
    policy = credit.policy_for(session, customer.id, recorded.grade if recorded else None)
    return CreditOverview(
        exposure=exposure,
        group=group,
        rating=rating,
        recorded=recorded,
        recommendation=recommendation(session, customer.code, rating.grade),
        policy=policy,
        alerts=tuple(open_alerts(session, customer.code)),
        temporary_limits=tuple(credit.temporary_limits(session, customer.code)),
        history=history,
    )
