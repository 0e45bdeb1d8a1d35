"""Customers and key-account groups: who owes us, in which currency, on which terms."""

from __future__ import annotations

from dataclasses import dataclass
from decimal import Decimal

from babel.numbers import is_currency
from sqlalchemy import func, or_, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import Customer, CustomerGroup, CustomerStatus, PaymentTermRecord
from acctdesk.model.money import Money, MoneyError, normalise_currency
from acctdesk.services.auth import Action
from acctdesk.services.errors import Conflict, NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork, last_writer


@dataclass(frozen=True)
class CustomerInfo:
    id: int
    code: str
    name: str
    aliases: tuple[str, ...]
    tax_id: str
    group_code: str | None
    salesperson: str
    collector: str
    currency: str
    language: str
    default_term: str | None
    credit_limit: Money | None
    status: str
    version: int


def _info(customer: Customer) -> CustomerInfo:
    return CustomerInfo(
        id=customer.id,
        code=customer.code,
        name=customer.name,
        aliases=tuple(a for a in customer.aliases.splitlines() if a),
        tax_id=customer.tax_id,
        group_code=customer.group.code if customer.group else None,
        salesperson=customer.salesperson,
        collector=customer.collector,
        currency=customer.currency,
        language=customer.language,
        default_term=customer.default_term.name if customer.default_term else None,
        credit_limit=customer.credit_limit,
        status=customer.status,
        version=customer.version,
    )


def customer_by_code(session: Session, code: str) -> Customer:
    customer = session.scalar(select(Customer).where(Customer.code == code.strip()))
    if customer is None:
        raise NotFound(_("unknown customer '{code}'").format(code=code), field="customer")
    return customer


def group_by_code(session: Session, code: str) -> CustomerGroup:
    group = session.scalar(select(CustomerGroup).where(CustomerGroup.code == code.strip()))
    if group is None:
        raise NotFound(_("unknown customer group '{code}'").format(code=code), field="group")
    return group


def _currency(code: str) -> str:
    try:
        normalised = normalise_currency(code)
    except MoneyError as error:
        raise ValidationError(str(error), field="currency") from None
    if not is_currency(normalised):
        raise ValidationError(
            _("'{code}' is not an ISO 4217 currency").format(code=normalised), field="currency"
        )
    return normalised


def _credit_limit(limit: Decimal | str | None, currency: str) -> int | None:
    if limit is None or limit == "":
        return None
    try:
        money = Money.of(limit, currency)
    except MoneyError as error:
        raise ValidationError(_("credit limit: {error}").format(error=error), field="credit_limit") from None
    if money.amount < 0:
        raise ValidationError(_("a credit limit cannot be negative"), field="credit_limit")
    return money.minor


def create_group(
    uow: UnitOfWork, code: str, name: str, currency: str, credit_limit: Decimal | str | None = None
) -> int:
    with uow:
        uow.require(Action.EDIT_CUSTOMERS)
        code = code.strip()
        if not code or not name.strip():
            raise ValidationError(_("a group needs a code and a name"), field="code")
        if uow.session.scalar(select(CustomerGroup.id).where(CustomerGroup.code == code)):
            raise ValidationError(
                _("a customer group '{code}' exists already").format(code=code), field="code"
            )
        currency = _currency(currency)
        group = CustomerGroup(
            code=code,
            name=name.strip(),
            currency=currency,
            credit_limit_minor=_credit_limit(credit_limit, currency),
        )
        uow.session.add(group)
        uow.session.flush()
        uow.audit("group.create", "customer_group", code, after={"code": code, "name": name})
        uow.changes.add("customers")
        uow.commit()
        return group.id


EDITABLE_FIELDS = (
    "name",
    "aliases",
    "tax_id",
    "group",
    "salesperson",
    "collector",
    "language",
    "default_term",
    "credit_limit",
    "status",
)


def _apply(session: Session, customer: Customer, values: dict) -> None:
    for key, value in values.items():
        if key not in EDITABLE_FIELDS:
            raise ValidationError(
                _("'{key}' is not a customer field that can be changed").format(key=key), field=key
            )
        if key == "aliases":
            customer.aliases = "\n".join(a.strip() for a in value if a.strip())
        elif key == "group":
            customer.group_id = group_by_code(session, value).id if value else None
        elif key == "default_term":
            customer.default_term_id = _term_id(session, value) if value else None
        elif key == "credit_limit":
            customer.credit_limit_minor = _credit_limit(value, customer.currency)
        elif key == "status":
            if value not in set(CustomerStatus):
                raise ValidationError(
                    _("'{value}' is not a customer status").format(value=value), field="status"
                )
            customer.status = value
        elif key == "name":
            if not str(value).strip():
                raise ValidationError(_("a customer needs a name"), field="name")
            customer.name = str(value).strip()
        else:
            setattr(customer, key, str(value).strip())


def _term_id(session: Session, name: str) -> int:
    term_id = session.scalar(select(PaymentTermRecord.id).where(PaymentTermRecord.name == name))
    if term_id is None:
        raise NotFound(_("unknown payment term '{name}'").format(name=name), field="default_term")
    return term_id


def create_customer(uow: UnitOfWork, code: str, name: str, currency: str, **values) -> int:
    with uow:
        uow.require(Action.EDIT_CUSTOMERS)
        code = code.strip()
        if not code:
            raise ValidationError(_("a customer needs a code"), field="code")
        if uow.session.scalar(select(Customer.id).where(Customer.code == code)):
            raise ValidationError(_("a customer '{code}' exists already").format(code=code), field="code")
        customer = Customer(code=code, name=name.strip(), currency=_currency(currency))
        _apply(uow.session, customer, {"name": name, **values})
        uow.session.add(customer)
        uow.session.flush()
        uow.audit("customer.create", "customer", code, after=_info(customer).__dict__)
        uow.changes.add("customers", customer.id)
        uow.commit()
        return customer.id


def update_customer(uow: UnitOfWork, code: str, expected_version: int, **values) -> CustomerInfo:
    """Change a customer's master data; refuses if someone else changed it since it was read."""
    with uow:
        uow.require(Action.EDIT_CUSTOMERS)
        if "credit_limit" in values:
            uow.require_approval("credit_limit", f"changing the credit limit of {code}")
        customer = customer_by_code(uow.session, code)
        if customer.version != expected_version:
            who = last_writer(uow.book, "customer", code)
            message = (
                _("customer '{code}' was changed meanwhile by {user} — reload and try again")
                if who
                else _("customer '{code}' was changed meanwhile — reload and try again")
            )
            raise Conflict(message.format(code=code, user=who))
        before = _info(customer).__dict__
        _apply(uow.session, customer, values)
        uow.session.flush()
        after = _info(customer)
        uow.audit("customer.update", "customer", code, before=before, after=after.__dict__)
        uow.changes.add("customers", customer.id)
        uow.commit()
        return after


def get_customer(session: Session, code: str) -> CustomerInfo:
    return _info(customer_by_code(session, code))


def list_customers(
    session: Session, search: str = "", *, limit: int | None = None, offset: int = 0
) -> list[CustomerInfo]:
    query = select(Customer).order_by(Customer.code)
    if search.strip():
        pattern = f"%{search.strip().lower()}%"
        query = query.where(
            or_(
                func.lower(Customer.code).like(pattern),
                func.lower(Customer.name).like(pattern),
                func.lower(Customer.aliases).like(pattern),
                Customer.tax_id.like(pattern),
            )
        )
    if limit is not None:
        query = query.limit(limit).offset(offset)
    return [_info(c) for c in session.scalars(query)]
