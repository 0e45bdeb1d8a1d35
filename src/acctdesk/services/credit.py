"""Credit control: exposure against limits, the credit policy that meets every new invoice, holds,
overrides, temporary limits, factoring and credit insurance.

Exposure (信用敞口) of a customer as of D, in the customer's currency (a limit is in that currency;
other currencies are listed apart and never added):

    receivables          open items − unapplied cash and credit notes (= the aging total, invariant 4)
    − factored out       what is still open on invoices factored without recourse (保理, 无追索权)
    + uninvoiced         contract amount − what has been invoiced on it, for each open contract
    = exposure           compared with the limit: the standing one, or a larger temporary one

The policy is a list of rules (trigger → warn, hold or block). `assess_invoice` is a read-only
judgement; `enforce_credit_policy` is what `ledger.post_invoice` calls: a warning travels back
with the posted invoice, a block or hold refuses it unless an approver allowed exactly that invoice.
"""

from __future__ import annotations

import json
from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum, StrEnum

from sqlalchemy import and_, func, or_, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    ApprovalRequest,
    Contract,
    CreditInsurance,
    CreditOverrideUse,
    CreditPolicyRule,
    CreditRating,
    Customer,
    CustomerGroup,
    CustomerStatus,
    DocumentKind,
    FactoredInvoice,
    Installment,
    Invoice,
    LedgerEntry,
    Setting,
    TemporaryCreditLimit,
)
from acctdesk.model.money import Money, MoneyError
from acctdesk.services import approvals
from acctdesk.services.auth import Action
from acctdesk.services.balances import allocated_for_installment, not_reversed_by, open_items
from acctdesk.services.customers import customer_by_code, group_by_code
from acctdesk.services.errors import DomainError, InvariantViolation, NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork

GRADES = ("A", "B", "C", "D", "E")  # A best


# ---------------------------------------------------------------------------------------------
# Exposure


@dataclass(frozen=True)
class Exposure:
    customer_code: str
    customer_name: str
    status: str
    group_code: str | None
    as_of: date
    currency: str
    receivables: Money
    factored_out: Money
    uninvoiced_contracts: Money
    standing_limit: Money | None
    temporary_limit: Money | None
    temporary_until: date | None
    insured: Money | None
    other_currencies: tuple[Money, ...] = ()
    notes: tuple[str, ...] = ()

    @property
    def exposure(self) -> Money:
        return self.receivables - self.factored_out + self.uninvoiced_contracts

    @property
    def limit(self) -> Money | None:
        """The limit in force: a valid temporary limit if it is larger than the standing one."""
        if self.temporary_limit is None:
            return self.standing_limit
        if self.standing_limit is None or self.standing_limit < self.temporary_limit:
            return self.temporary_limit
        return self.standing_limit

    @property
    def utilisation(self) -> Decimal | None:
        return utilisation(self.exposure, self.limit)

    @property
    def available(self) -> Money | None:
        return None if self.limit is None else self.limit - self.exposure

    @property
    def net_of_insurance(self) -> Money:
        if self.insured is None:
            return self.exposure
        net = self.exposure - self.insured
        return net if net.amount > 0 else Money.zero(self.currency)

    @property
    def on_hold(self) -> bool:
        return self.status == CustomerStatus.HOLD


def utilisation(exposure: Money, limit: Money | None) -> Decimal | None:
    """Exposure as a percent of the limit, to one decimal; None without a (non-zero) limit."""
    if limit is None or limit.amount <= 0:
        return None
    return (exposure.amount * 100 / limit.amount).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


@dataclass(frozen=True)
class GroupExposure:
    group_code: str
    group_name: str
    currency: str
    limit: Money | None
    members: tuple[tuple[str, Money], ...]  # (customer code, its exposure) in the group's currency
    notes: tuple[str, ...] = ()

    @property
    def exposure(self) -> Money:
        result = Money.zero(self.currency)
        for _member, amount in self.members:
            result = result + amount
        return result

    @property
    def utilisation(self) -> Decimal | None:
        return utilisation(self.exposure, self.limit)


def _within(query, column, ids: list[int] | None):
    return query if ids is None else query.where(column.in_(ids))


def _receivables(session: Session, as_of: date, ids: list[int] | None) -> dict[tuple[int, str], Money]:
    """{(customer id, currency): receivables} from the ledger entries dated by D — the balance path
    that invariant 4 ties to the aging total (open items + retention + awaiting − unapplied) to the
    cent, read in one grouped query however many customers are asked for."""
    query = (
        select(LedgerEntry.customer_id, LedgerEntry.currency, func.sum(LedgerEntry.amount_minor))
        .where(LedgerEntry.entry_date <= as_of)
        .group_by(LedgerEntry.customer_id, LedgerEntry.currency)
    )
    rows = session.execute(_within(query, LedgerEntry.customer_id, ids))
    return {(cid, currency): Money.from_minor(minor, currency) for cid, currency, minor in rows if minor}


def _factored_out(session: Session, as_of: date, ids: list[int] | None) -> dict[tuple[int, str], int]:
    """Open minor units on invoices factored without recourse by D, per (customer id, currency)."""
    open_minor = Installment.amount_minor - func.coalesce(allocated_for_installment(as_of), 0)
    query = (
        select(Installment.customer_id, Installment.currency, func.sum(open_minor))
        .join(FactoredInvoice, FactoredInvoice.invoice_id == Installment.invoice_id)
        .where(
            FactoredInvoice.with_recourse.is_(False),
            FactoredInvoice.factored_on <= as_of,
            Installment.invoice_date <= as_of,
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, as_of),
        )
        .group_by(Installment.customer_id, Installment.currency)
    )
    rows = session.execute(_within(query, Installment.customer_id, ids))
    return {(cid, currency): int(minor or 0) for cid, currency, minor in rows}


def contract_remaining(
    session: Session, as_of: date, customer_ids: list[int] | None = None, contract_id: int | None = None
):
    """[(contract id, customer id, currency, not-yet-invoiced minor units)] of contracts signed by D
    (or not dated), counting invoices in the contract's currency that were not reversed by D."""
    invoiced = (
        select(func.coalesce(func.sum(Invoice.amount_minor), 0))
        .where(
            Invoice.contract_id == Contract.id,
            Invoice.currency == Contract.currency,
            Invoice.invoice_date <= as_of,
            not_reversed_by(DocumentKind.INVOICE, Invoice.id, as_of),
        )
        .scalar_subquery()
    )
    query = select(
        Contract.id, Contract.customer_id, Contract.currency, Contract.amount_minor - invoiced
    ).where(or_(Contract.signed_date.is_(None), Contract.signed_date <= as_of))
    query = _within(query, Contract.customer_id, customer_ids)
    if contract_id is not None:
        query = query.where(Contract.id == contract_id)
    return [(cid, cust, currency, max(int(rest), 0)) for cid, cust, currency, rest in session.execute(query)]


def _temporary_limits(session: Session, as_of: date, ids: list[int] | None):
    query = select(TemporaryCreditLimit).where(
        TemporaryCreditLimit.valid_from <= as_of, TemporaryCreditLimit.valid_until >= as_of
    )
    query = _within(query, TemporaryCreditLimit.customer_id, ids)
    best: dict[int, TemporaryCreditLimit] = {}
    for row in session.scalars(query):
        kept = best.get(row.customer_id)
        if kept is None or row.limit_minor > kept.limit_minor:
            best[row.customer_id] = row
    return best


def _insurance(session: Session, as_of: date, ids: list[int] | None) -> dict[int, CreditInsurance]:
    query = select(CreditInsurance).where(
        or_(CreditInsurance.valid_until.is_(None), CreditInsurance.valid_until >= as_of)
    )
    query = _within(query, CreditInsurance.customer_id, ids)
    return {row.customer_id: row for row in session.scalars(query)}


def exposures(
    session: Session, as_of: date, customer_id: int | None = None, *, customer_ids=None
) -> dict[int, Exposure]:
    """Exposure as of D of every customer, of one, or of some, in a handful of grouped queries."""
    ids = [customer_id] if customer_id is not None else (None if customer_ids is None else list(customer_ids))
    customers = session.scalars(_within(select(Customer).order_by(Customer.code), Customer.id, ids)).all()
    receivables = _receivables(session, as_of, ids)
    factored = _factored_out(session, as_of, ids)
    uninvoiced: dict[int, int] = defaultdict(int)
    foreign_contracts: dict[int, list[str]] = defaultdict(list)
    currency_of = {c.id: c.currency for c in customers}
    for contract_id, cust, currency, rest in contract_remaining(session, as_of, ids):
        if cust not in currency_of or not rest:
            continue
        if currency == currency_of[cust]:
            uninvoiced[cust] += rest
        else:
            foreign_contracts[cust].append(f"{Money.from_minor(rest, currency)} (contract {contract_id})")
    temporary = _temporary_limits(session, as_of, ids)
    insured = _insurance(session, as_of, ids)
    return {
        customer.id: _exposure(
            customer,
            as_of,
            receivables,
            factored,
            uninvoiced[customer.id],
            foreign_contracts[customer.id],
            temporary.get(customer.id),
            insured.get(customer.id),
        )
        for customer in customers
    }


def _exposure(customer, as_of, receivables, factored, uninvoiced_minor, foreign, temporary, insured):
    currency = customer.currency
    own = receivables.get((customer.id, currency), Money.zero(currency))
    others = tuple(
        amount for (cid, cur), amount in sorted(receivables.items()) if cid == customer.id and cur != currency
    )
    notes = [
        f"{amount} receivable is in another currency and not counted against the limit" for amount in others
    ]
    notes += [f"uninvoiced contract value {text} is in another currency and not counted" for text in foreign]
    temp_limit = temp_until = None
    if temporary is not None and temporary.currency == currency:
        temp_limit, temp_until = temporary.credit_limit, temporary.valid_until
    insured_amount = None
    if insured is not None:
        if insured.currency == currency:
            insured_amount = insured.insured
        else:
            notes.append(f"the insured limit is in {insured.currency} and not netted")
    return Exposure(
        customer_code=customer.code,
        customer_name=customer.name,
        status=customer.status,
        group_code=customer.group.code if customer.group else None,
        as_of=as_of,
        currency=currency,
        receivables=own,
        factored_out=Money.from_minor(factored.get((customer.id, currency), 0), currency),
        uninvoiced_contracts=Money.from_minor(uninvoiced_minor, currency),
        standing_limit=customer.credit_limit,
        temporary_limit=temp_limit,
        temporary_until=temp_until,
        insured=insured_amount,
        other_currencies=others,
        notes=tuple(notes),
    )


def customer_exposure(session: Session, customer_code: str, as_of: date) -> Exposure:
    customer = customer_by_code(session, customer_code)
    return exposures(session, as_of, customer.id)[customer.id]


def group_exposure(session: Session, group_code: str, as_of: date) -> GroupExposure:
    """A key account's exposure: its members' exposures in the group's currency, against the group limit."""
    group = group_by_code(session, group_code)
    member_ids = session.scalars(select(Customer.id).where(Customer.group_id == group.id)).all()
    members, notes = [], []
    for exposure in exposures(session, as_of, customer_ids=member_ids).values():
        if exposure.currency == group.currency:
            members.append((exposure.customer_code, exposure.exposure))
        else:
            notes.append(f"{exposure.customer_code} is in {exposure.currency}; not counted in the group")
    return GroupExposure(
        group.code, group.name, group.currency, group.credit_limit, tuple(sorted(members)), tuple(notes)
    )


# ---------------------------------------------------------------------------------------------
# Policy


class Trigger(StrEnum):
    OVER_LIMIT = "over_limit"  # exposure after the invoice over the customer's or group's limit
    OVERDUE_DAYS = "overdue_days"  # any open item more than N days overdue
    BROKEN_PROMISE = "broken_promise"  # a promise to pay broken in the last N days
    GRADE = "grade"  # the latest rating at or below a grade


class Level(IntEnum):
    OK = 0
    WARN = 1
    BLOCK = 2
    HOLD = 3  # refuse, and the next credit check puts the customer on hold

    @property
    def label(self) -> str:
        return self.name.lower()


ACTIONS = {"warn": Level.WARN, "block": Level.BLOCK, "hold": Level.HOLD}
DEFAULT_PARAMETER = {Trigger.OVERDUE_DAYS: "90", Trigger.BROKEN_PROMISE: "90", Trigger.GRADE: "E"}


@dataclass(frozen=True)
class PolicyRule:
    trigger: str
    action: str  # warn, block, hold
    parameter: str = ""  # days for overdue_days and broken_promise, a grade letter for grade

    def describe(self) -> str:
        text = {
            Trigger.OVER_LIMIT: "exposure over the limit",
            Trigger.OVERDUE_DAYS: f"an item more than {self.parameter} days overdue",
            Trigger.BROKEN_PROMISE: f"a promise broken in the last {self.parameter} days",
            Trigger.GRADE: f"grade {self.parameter} or worse",
        }[Trigger(self.trigger)]
        return f"{text} → {self.action}"


# Without any rule in the book: warn only, so nothing is refused until someone sets a policy.
BUILT_IN_POLICY = (
    PolicyRule(Trigger.OVER_LIMIT, "warn"),
    PolicyRule(Trigger.OVERDUE_DAYS, "warn", "90"),
)


def parse_rule(text: str) -> PolicyRule:
    """`over_limit=block`, `overdue_days:60=hold`, `grade:D=warn`, `broken_promise:30=block`."""
    head, sep, action = text.partition("=")
    trigger, _colon, parameter = head.partition(":")
    if not sep:
        raise ValidationError(
            _("'{text}': write a rule as trigger[:parameter]=action").format(text=text), field="rule"
        )
    return checked_rule(PolicyRule(trigger.strip(), action.strip(), parameter.strip()))


def checked_rule(rule: PolicyRule) -> PolicyRule:
    if rule.trigger not in set(Trigger):
        raise ValidationError(
            _("'{trigger}' is not a credit trigger ({choices})").format(
                trigger=rule.trigger, choices=", ".join(Trigger)
            ),
            field="trigger",
        )
    if rule.action not in ACTIONS:
        raise ValidationError(
            _("'{action}' is not a credit action (warn, block, hold)").format(action=rule.action),
            field="action",
        )
    trigger = Trigger(rule.trigger)
    parameter = rule.parameter or DEFAULT_PARAMETER.get(trigger, "")
    if trigger in (Trigger.OVERDUE_DAYS, Trigger.BROKEN_PROMISE):
        if not parameter.isdigit():
            raise ValidationError(
                _("{trigger}: '{parameter}' is not a number of days").format(
                    trigger=trigger, parameter=parameter
                ),
                field="parameter",
            )
        parameter = str(int(parameter))
    elif trigger == Trigger.GRADE:
        parameter = parameter.upper()
        if parameter not in GRADES:
            raise ValidationError(
                _("grade: '{parameter}' is not a grade (A–E)").format(parameter=parameter), field="parameter"
            )
    elif parameter:
        raise ValidationError(_("{trigger} takes no parameter").format(trigger=trigger), field="parameter")
    return PolicyRule(trigger, rule.action, parameter)


@dataclass(frozen=True)
class Policy:
    scope: str  # "customer C1", "grade D", "book", "built-in"
    rules: tuple[PolicyRule, ...]


def latest_rating(session: Session, customer_id: int, as_of: date) -> CreditRating | None:
    return session.scalar(
        select(CreditRating)
        .where(CreditRating.customer_id == customer_id, CreditRating.as_of <= as_of)
        .order_by(CreditRating.as_of.desc())
        .limit(1)
    )


def _rules(session: Session, where) -> tuple[PolicyRule, ...]:
    rows = session.scalars(select(CreditPolicyRule).where(where).order_by(CreditPolicyRule.id))
    return tuple(PolicyRule(r.trigger, r.action, r.parameter) for r in rows)


def policy_for(session: Session, customer_id: int, grade: str | None) -> Policy:
    """The customer's own rules, else those of its grade, else the book's, else the built-in ones."""
    own = _rules(session, CreditPolicyRule.customer_id == customer_id)
    if own:
        code = session.scalar(select(Customer.code).where(Customer.id == customer_id))
        return Policy(f"customer {code}", own)
    if grade:
        by_grade = _rules(session, CreditPolicyRule.grade == grade)
        if by_grade:
            return Policy(f"grade {grade}", by_grade)
    book = _rules(session, and_(CreditPolicyRule.customer_id.is_(None), CreditPolicyRule.grade.is_(None)))
    if book:
        return Policy("book", book)
    return Policy("built-in", BUILT_IN_POLICY)


def scope_policy(session: Session, *, customer_code: str | None = None, grade: str | None = None) -> Policy:
    """The rules of exactly one scope (a customer, a grade, or the book when neither is given)."""
    if customer_code:
        customer = customer_by_code(session, customer_code)
        return Policy(
            f"customer {customer.code}", _rules(session, CreditPolicyRule.customer_id == customer.id)
        )
    if grade:
        return Policy(f"grade {grade.upper()}", _rules(session, CreditPolicyRule.grade == grade.upper()))
    book = _rules(session, and_(CreditPolicyRule.customer_id.is_(None), CreditPolicyRule.grade.is_(None)))
    return Policy("book", book) if book else Policy("built-in", BUILT_IN_POLICY)


def set_policy(
    uow: UnitOfWork,
    rules: Sequence[PolicyRule | str],
    *,
    customer_code: str | None = None,
    grade: str | None = None,
) -> Policy:
    """Replace the rules of one scope: a customer, a grade, or (neither given) the whole book.
    An empty list removes the scope's rules, so the next scope's apply."""
    with uow:
        uow.require(Action.CREDIT)
        session = uow.session
        if customer_code and grade:
            raise ValidationError(_("a policy is for a customer or for a grade, not both"), field="grade")
        checked = [parse_rule(r) if isinstance(r, str) else checked_rule(r) for r in rules]
        customer_id = customer_by_code(session, customer_code).id if customer_code else None
        if grade is not None:
            grade = grade.strip().upper()
            if grade not in GRADES:
                raise ValidationError(_("'{grade}' is not a grade (A–E)").format(grade=grade), field="grade")
        scope = (
            CreditPolicyRule.customer_id == customer_id
            if customer_id
            else (
                CreditPolicyRule.grade == grade
                if grade
                else and_(CreditPolicyRule.customer_id.is_(None), CreditPolicyRule.grade.is_(None))
            )
        )
        before = _rules(session, scope)
        for row in session.scalars(select(CreditPolicyRule).where(scope)):
            session.delete(row)
        session.flush()
        for rule in checked:
            session.add(
                CreditPolicyRule(
                    customer_id=customer_id,
                    grade=grade,
                    trigger=rule.trigger,
                    parameter=rule.parameter,
                    action=rule.action,
                    created_by=uow.user,
                )
            )
        session.flush()
        label = f"customer {customer_code}" if customer_code else (f"grade {grade}" if grade else "book")
        uow.audit(
            "credit.policy",
            "credit_policy",
            label,
            before=[r.describe() for r in before],
            after=[r.describe() for r in checked],
        )
        uow.changes.add("credit", customer_id)
        uow.commit()
        return Policy(label, tuple(checked))


# ---------------------------------------------------------------------------------------------
# Judging an invoice


@dataclass(frozen=True)
class Finding:
    trigger: str
    level: Level
    message: str


@dataclass(frozen=True)
class CreditDecision:
    level: str  # ok, warn, block, hold
    reasons: tuple[str, ...] = ()
    notes: tuple[str, ...] = ()  # facts that did not count (another currency …)
    findings: tuple[Finding, ...] = field(default=(), repr=False)
    policy: str = ""

    @property
    def allowed(self) -> bool:
        return self.level in ("ok", "warn")


class CreditBlocked(DomainError):
    """An invoice or a contract that credit control refuses (block or hold); nothing was posted."""

    def __init__(
        self, customer_code: str, invoice_number: str, decision: CreditDecision, document: str = "invoice"
    ) -> None:
        self.customer_code = customer_code
        self.invoice_number = invoice_number  # the refused document's number, a contract's too
        self.document = document
        self.decision = decision
        what = "customer on credit hold" if decision.level == "hold" else "credit blocked"
        reasons = "; ".join(decision.reasons)
        super().__init__(
            f"{document} {invoice_number} for {customer_code} refused ({what}): {reasons}. "
            f"An approver can let this {document} through: acctdesk credit-override {customer_code} "
            f"{invoice_number} --reason …",
            field="customer",
        )


def broken_promises(session: Session, customer_id: int, *, start: date, end: date) -> int:
    """Promises to pay broken between two dates, from collections; 0 while collections has none."""
    try:
        from acctdesk.services.collections import broken_promises as count
    except ImportError:
        return 0
    return int(count(session, customer_id, start=start, end=end))


def _worst_overdue(session: Session, customer_id: int, on: date):
    items = [i for i in open_items(session, on, customer_id) if i.days_overdue > 0]
    return max(items, key=lambda i: (i.days_overdue, i.invoice_number), default=None)


def assess_invoice(
    session: Session,
    customer_id: int,
    currency: str,
    amount: Decimal | str,
    on: date,
    *,
    contract_id: int | None = None,
    document: str = "invoice",
) -> CreditDecision:
    """What credit control says of invoicing `amount` to the customer on a date (or, with document
    "contract", of signing a contract of that value). Reads only."""
    customer = session.get(Customer, customer_id)
    if customer is None:
        raise NotFound(
            _("unknown customer id {customer_id}").format(customer_id=customer_id), field="customer"
        )
    try:
        added = Money.of(amount, currency)
    except MoneyError as error:
        raise ValidationError(str(error), field="amount") from None
    exposure = exposures(session, on, customer_id)[customer_id]
    rating = latest_rating(session, customer_id, on)
    grade = rating.grade if rating else None
    policy = policy_for(session, customer_id, grade)
    findings: list[Finding] = []
    notes: list[str] = []
    if customer.status == CustomerStatus.HOLD:
        findings.append(Finding("status", Level.HOLD, f"{customer.code} is on credit hold"))
    if contract_id is not None:
        added = _beyond_contract(session, on, contract_id, added)
        if added.is_zero():
            # Invoicing a signed contract adds no exposure: the limit was judged on the contract.
            notes.append("this invoice is within its contract's value still to invoice: it adds no exposure")
            policy = Policy(policy.scope, tuple(r for r in policy.rules if r.trigger != Trigger.OVER_LIMIT))
    for rule in policy.rules:
        level = ACTIONS[rule.action]
        for message in _fired(session, rule, customer, exposure, added, on, grade, notes, document):
            findings.append(Finding(rule.trigger, level, message))
    level = max((f.level for f in findings), default=Level.OK)
    return CreditDecision(
        level=level.label,
        reasons=tuple(f"{f.message} [{f.level.label}]" for f in findings),
        notes=tuple(dict.fromkeys(notes)),
        findings=tuple(findings),
        policy=policy.scope,
    )


def _beyond_contract(session: Session, on: date, contract_id: int, added: Money) -> Money:
    """An invoice on a contract moves value from uninvoiced to receivable: only what goes beyond
    the contract's remaining value adds exposure."""
    remaining = contract_remaining(session, on, contract_id=contract_id)
    if not remaining or remaining[0][2] != added.currency:
        return added
    rest = Money.from_minor(remaining[0][3], added.currency)
    return added - rest if rest < added else Money.zero(added.currency)


def _fired(session, rule: PolicyRule, customer, exposure: Exposure, added: Money, on, grade, notes, document):
    trigger = Trigger(rule.trigger)
    if trigger == Trigger.OVER_LIMIT:
        yield from _over_limit(session, customer, exposure, added, on, notes, document)
    elif trigger == Trigger.OVERDUE_DAYS:
        worst = _worst_overdue(session, customer.id, on)
        if worst is not None and worst.days_overdue > int(rule.parameter):
            yield (
                f"invoice {worst.invoice_number} is {worst.days_overdue} days overdue "
                f"(more than {rule.parameter})"
            )
    elif trigger == Trigger.BROKEN_PROMISE:
        days = int(rule.parameter)
        count = broken_promises(session, customer.id, start=on - timedelta(days=days), end=on)
        if count:
            yield f"{count} promise(s) to pay broken in the last {days} days"
    elif trigger == Trigger.GRADE and grade is not None and grade >= rule.parameter:
        yield f"credit grade {grade} (at or below {rule.parameter})"


def _over_limit(session, customer, exposure: Exposure, added: Money, on, notes, document="invoice"):
    if added.currency != exposure.currency:
        notes.append(
            f"the credit limit is in {exposure.currency}; "
            f"this {added.currency} {document} is not counted against it"
        )
        return
    after = exposure.exposure + added
    limit = exposure.limit
    if limit is not None and limit < after:
        yield (
            f"exposure {after} after this {document} is over the credit limit {limit}"
            f" (utilisation {utilisation(after, limit) or '∞'} %)"
        )
    group = customer.group
    if group is not None and group.credit_limit is not None:
        if group.currency != added.currency:
            notes.append(f"group {group.code}'s limit is in {group.currency}; not checked")
            return
        group_after = group_exposure(session, group.code, on).exposure + added
        if group.credit_limit < group_after:
            yield f"group {group.code} exposure {group_after} is over the group limit {group.credit_limit}"


def _approved_override(session: Session, customer_code: str, invoice_number: str) -> ApprovalRequest | None:
    used = select(CreditOverrideUse.request_id)
    rows = session.scalars(
        select(ApprovalRequest)
        .where(
            ApprovalRequest.kind == approvals.Kind.HOLD_OVERRIDE,
            ApprovalRequest.status == approvals.Status.APPROVED,
            ApprovalRequest.id.not_in(used),
        )
        .order_by(ApprovalRequest.id)
    )
    for row in rows:
        payload = json.loads(row.payload_json)
        if payload.get("customer") == customer_code and payload.get("invoice") == invoice_number:
            return row
    return None


def enforce_credit_policy(
    uow: UnitOfWork,
    *,
    customer: Customer,
    invoice_number: str,
    amount: Money,
    on: date,
    contract_id: int | None = None,
    document: str = "invoice",
) -> tuple[str, ...]:
    """Called by ledger.post_invoice (and contracts.create_contract, with document "contract": a new
    contract's whole value is exposure until it is invoiced) inside its unit of work: the warnings to
    hand back with the document, or CreditBlocked — unless an approved override names this document's
    number, which is used up."""
    session = uow.session
    decision = assess_invoice(
        session, customer.id, amount.currency, amount.amount, on, contract_id=contract_id, document=document
    )
    if decision.allowed:
        return decision.reasons
    override = _approved_override(session, customer.code, invoice_number)
    if override is None:
        raise CreditBlocked(customer.code, invoice_number, decision, document)
    session.add(
        CreditOverrideUse(
            request_id=override.id,
            customer_id=customer.id,
            invoice_number=invoice_number,
            level=decision.level,
            reasons="\n".join(decision.reasons),
            used_by=uow.user,
        )
    )
    session.flush()
    uow.audit(
        "credit.override_use",
        "approval_request",
        override.id,
        after={document: invoice_number, "customer": customer.code, "reasons": list(decision.reasons)},
    )
    return (
        f"posted under credit override #{override.id} approved by {override.decided_by}",
        *decision.reasons,
    )


# ---------------------------------------------------------------------------------------------
# Holds, overrides and limit requests


def _set_status(uow: UnitOfWork, customer: Customer, status: str, action: str, reason: str) -> None:
    before = customer.status
    customer.status = status
    uow.session.flush()
    uow.audit(
        action,
        "customer",
        customer.code,
        before={"status": before},
        after={"status": status, "reason": reason},
    )
    uow.changes.add("customers", customer.id)


def place_on_hold(uow: UnitOfWork, customer_code: str, *, reason: str) -> str:
    """信用冻结: new invoices are refused until an approver releases the customer."""
    with uow:
        uow.require(Action.CREDIT)
        if not reason.strip():
            raise ValidationError(_("say why the customer goes on hold"), field="reason")
        customer = customer_by_code(uow.session, customer_code)
        if customer.status == CustomerStatus.HOLD:
            raise InvariantViolation(_("{code} is on credit hold already").format(code=customer.code))
        _set_status(uow, customer, CustomerStatus.HOLD, "credit.hold", reason.strip())
        uow.commit()
        return customer.status


def release_hold(uow: UnitOfWork, customer_code: str, *, reason: str) -> str:
    """Take a customer off credit hold: an approver's decision, with a reason, audited."""
    with uow:
        uow.require(Action.APPROVE)
        if not reason.strip():
            raise ValidationError(_("say why the hold is released"), field="reason")
        customer = customer_by_code(uow.session, customer_code)
        if customer.status != CustomerStatus.HOLD:
            raise InvariantViolation(_("{code} is not on credit hold").format(code=customer.code))
        _set_status(uow, customer, CustomerStatus.ACTIVE, "credit.release", reason.strip())
        uow.commit()
        return customer.status


def request_hold_override(
    uow: UnitOfWork, *, customer_code: str, invoice_number: str, reason: str
) -> approvals.RequestInfo:
    """Ask an approver to let one refused invoice — or contract, by its number — through (it is used
    up when that invoice posts or that contract is entered)."""
    with uow:
        uow.require(approvals.REQUEST_ACTION[approvals.Kind.HOLD_OVERRIDE])
        customer = customer_by_code(uow.session, customer_code)
        number = (invoice_number or "").strip()
        if not number:
            raise ValidationError(_("name the invoice the override is for"), field="invoice")
        if uow.session.scalar(select(Invoice.id).where(Invoice.number == number)) is not None:
            raise ValidationError(
                _("invoice {number} is posted already").format(number=number), field="invoice"
            )
        if uow.session.scalar(select(Contract.id).where(Contract.number == number)) is not None:
            raise ValidationError(
                _("contract {number} exists already").format(number=number), field="invoice"
            )
        filed = approvals.request(
            uow,
            approvals.Kind.HOLD_OVERRIDE,
            {"customer": customer.code, "invoice": number},
            summary=f"let invoice {number} of {customer.code} through credit control",
            reason=reason,
        )
        uow.commit()
        return filed


def request_limit_change(
    uow: UnitOfWork,
    *,
    customer_code: str,
    amount: Decimal | str | None,
    reason: str,
    until: date | None = None,
    valid_from: date | None = None,
) -> approvals.RequestInfo:
    """File a credit-limit change for an approver: the standing limit, or with `until` a temporary
    limit valid from `valid_from` to `until` (both inclusive); after that the standing one applies."""
    with uow:
        uow.require(Action.CREDIT)
        customer = customer_by_code(uow.session, customer_code)
        if until is None:
            if amount not in (None, ""):
                _limit_money(amount, customer.currency)
            filed = approvals.request_credit_limit(
                uow, customer_code=customer.code, credit_limit=amount, reason=reason
            )
            uow.commit()
            return filed
        if amount in (None, ""):
            raise ValidationError(_("a temporary limit needs an amount"), field="amount")
        money = _limit_money(amount, customer.currency)
        if valid_from is None:
            raise ValidationError(_("a temporary limit needs the date it starts"), field="valid_from")
        start = valid_from
        if until < start:
            raise ValidationError(_("a temporary limit cannot end before it starts"), field="until")
        payload = {
            "customer": customer.code,
            "credit_limit": money.amount,
            "currency": money.currency,
            "valid_from": start,
            "valid_until": until,
            "reason": reason,
        }
        filed = approvals.request(
            uow,
            approvals.Kind.TEMPORARY_CREDIT_LIMIT,
            payload,
            summary=f"temporary credit limit of {customer.code} {money} from {start} until {until}",
            reason=reason,
        )
        uow.commit()
        return filed


def _limit_money(amount: Decimal | str, currency: str) -> Money:
    try:
        money = Money.of(amount, currency)
    except MoneyError as error:
        raise ValidationError(_("credit limit: {error}").format(error=error), field="amount") from None
    if money.amount < 0:
        raise ValidationError(_("a credit limit cannot be negative"), field="amount")
    return money


def grant_temporary_limit(uow: UnitOfWork, payload: dict) -> int:
    """Carried out by approving a temporary-limit request (approvals.Kind.TEMPORARY_CREDIT_LIMIT)."""
    with uow:
        uow.require(Action.CREDIT)
        code = payload["customer"]
        uow.require_approval(approvals.Kind.TEMPORARY_CREDIT_LIMIT, f"a temporary credit limit for {code}")
        customer = customer_by_code(uow.session, code)
        money = _limit_money(payload["credit_limit"], payload["currency"])
        if money.currency != customer.currency:
            raise ValidationError(
                _("{code}'s limit is in {currency}, not {currency2}").format(
                    code=code, currency=customer.currency, currency2=money.currency
                )
            )
        row = TemporaryCreditLimit(
            customer_id=customer.id,
            currency=money.currency,
            limit_minor=money.minor,
            valid_from=date.fromisoformat(payload["valid_from"]),
            valid_until=date.fromisoformat(payload["valid_until"]),
            reason=payload.get("reason", ""),
            request_id=uow.approval.id,
            created_by=uow.user,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "credit.temporary_limit",
            "customer",
            code,
            after={"limit": money, "from": row.valid_from, "until": row.valid_until},
        )
        uow.changes.add("customers", customer.id)
        uow.commit()
        return row.id


@dataclass(frozen=True)
class TemporaryLimitInfo:
    id: int
    customer_code: str
    credit_limit: Money
    valid_from: date
    valid_until: date
    reason: str
    request_id: int | None


def temporary_limits(session: Session, customer_code: str) -> list[TemporaryLimitInfo]:
    customer = customer_by_code(session, customer_code)
    rows = session.scalars(
        select(TemporaryCreditLimit)
        .where(TemporaryCreditLimit.customer_id == customer.id)
        .order_by(TemporaryCreditLimit.valid_from, TemporaryCreditLimit.id)
    )
    return [
        TemporaryLimitInfo(
            r.id, customer.code, r.credit_limit, r.valid_from, r.valid_until, r.reason, r.request_id
        )
        for r in rows
    ]


# ---------------------------------------------------------------------------------------------
# Factoring and credit insurance


def mark_factored(
    uow: UnitOfWork, *, invoice_number: str, bank: str, on: date, with_recourse: bool, note: str = ""
) -> dict:
    """保理: record that an invoice was sold to a bank. Without recourse its open amount leaves the
    customer's exposure from that date (collections can leave it alone: `factored_invoice_ids`)."""
    with uow:
        uow.require(Action.POST)
        session = uow.session
        invoice = session.scalar(select(Invoice).where(Invoice.number == (invoice_number or "").strip()))
        if invoice is None:
            raise NotFound(
                _("unknown invoice '{invoice_number}'").format(invoice_number=invoice_number), field="invoice"
            )
        if not bank.strip():
            raise ValidationError(_("name the factoring bank"), field="bank")
        if on < invoice.invoice_date:
            raise ValidationError(_("an invoice cannot be factored before its date"), field="on")
        if session.get(FactoredInvoice, invoice.id) is not None:
            raise InvariantViolation(_("invoice {number} is factored already").format(number=invoice.number))
        session.add(
            FactoredInvoice(
                invoice_id=invoice.id,
                bank=bank.strip(),
                factored_on=on,
                with_recourse=with_recourse,
                note=note,
                created_by=uow.user,
            )
        )
        session.flush()
        result = {"invoice": invoice.number, "bank": bank.strip(), "on": on, "with_recourse": with_recourse}
        uow.audit("credit.factor", "invoice", invoice.number, after=result)
        uow.changes.add("invoices", invoice.customer_id)
        uow.commit()
        return result


def factored_invoice_ids(session: Session, as_of: date, *, with_recourse: bool | None = False) -> set[int]:
    """Invoices factored by D (without recourse by default: those are the bank's to collect)."""
    query = select(FactoredInvoice.invoice_id).where(FactoredInvoice.factored_on <= as_of)
    if with_recourse is not None:
        query = query.where(FactoredInvoice.with_recourse.is_(with_recourse))
    return set(session.scalars(query))


def set_credit_insurance(
    uow: UnitOfWork,
    customer_code: str,
    *,
    insurer: str,
    amount: Decimal | str,
    valid_until: date | None = None,
    policy_number: str = "",
) -> Money:
    """The customer's insured limit (信用保险) in its currency; amount 0 ends the cover."""
    with uow:
        uow.require(Action.CREDIT)
        customer = customer_by_code(uow.session, customer_code)
        money = _limit_money(amount, customer.currency)
        row = uow.session.get(CreditInsurance, customer.id)
        before = None if row is None else {"insurer": row.insurer, "amount": row.insured}
        if row is None:
            row = CreditInsurance(
                customer_id=customer.id, insurer="", currency=customer.currency, insured_minor=0
            )
            uow.session.add(row)
        if not insurer.strip():
            raise ValidationError(_("name the insurer"), field="insurer")
        row.insurer, row.currency, row.insured_minor = insurer.strip(), money.currency, money.minor
        row.valid_until, row.policy_number, row.updated_by = valid_until, policy_number, uow.user
        uow.session.flush()
        uow.audit(
            "credit.insurance",
            "customer",
            customer.code,
            before=before,
            after={"insurer": row.insurer, "amount": money, "until": valid_until},
        )
        uow.changes.add("customers", customer.id)
        uow.commit()
        return money


# ---------------------------------------------------------------------------------------------
# Credit-control settings (the credit manager's, not the book administrator's)


def get_credit_setting(session: Session, key: str, default=None):
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value_json)


def put_credit_setting(uow: UnitOfWork, key: str, value) -> None:
    """A `credit.*` setting, changed by whoever may change credit control."""
    if not key.startswith("credit."):
        raise ValidationError(_("'{key}' is not a credit-control setting").format(key=key), field="key")
    with uow:
        uow.require(Action.CREDIT)
        row = uow.session.get(Setting, key)
        before = None if row is None else json.loads(row.value_json)
        if row is None:
            row = Setting(key=key, value_json="")
            uow.session.add(row)
        row.value_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
        uow.session.flush()
        uow.audit("setting.put", "setting", key, before=before, after=value)
        uow.changes.add("settings")
        uow.commit()


def customers_on_hold(session: Session) -> list[str]:
    return list(
        session.scalars(
            select(Customer.code).where(Customer.status == CustomerStatus.HOLD).order_by(Customer.code)
        )
    )


def groups_over_limit(session: Session, as_of: date) -> list[GroupExposure]:
    codes = session.scalars(
        select(CustomerGroup.code)
        .where(CustomerGroup.credit_limit_minor.is_not(None))
        .order_by(CustomerGroup.code)
    )
    result = []
    for code in codes:
        exposure = group_exposure(session, code, as_of)
        if exposure.limit is not None and exposure.limit < exposure.exposure:
            result.append(exposure)
    return result


def __getattr__(name: str):
    # The alert functions live in credit_alerts; collections and the views may reach them here too.
    if name in ("raise_alert", "open_alerts", "acknowledge_alert"):
        from acctdesk.services import credit_alerts

        return getattr(credit_alerts, name)
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
