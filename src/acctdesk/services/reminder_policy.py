"""Reminder policies (催款策略): levels relative to the due date, each with an action, a letter
template, an optional fee and late interest; which customer gets which policy.

A customer's policy is its own (collection profile), else the one mapped to its credit grade
(A–E, from credit control when it rates the customer), else the book's policy named "default",
else the built-in default: −3 days friendly reminder, +1 first notice, +15 second notice,
+30 final demand, +60 escalation. Levels and interest are pure functions over plain values.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from datetime import date
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import and_, func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    CollectionProfile,
    CreditRating,
    GradePolicy,
    ReminderAction,
    ReminderLevel,
    ReminderPolicy,
)
from acctdesk.model.money import Money, MoneyError, normalise_currency, quantum
from acctdesk.services.auth import Action
from acctdesk.services.customers import customer_by_code
from acctdesk.services.dunning_templates import TEMPLATE_KEYS
from acctdesk.services.errors import NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork

GRADES = ("A", "B", "C", "D", "E")
DEFAULT_NAME = "default"
DAYS_IN_YEAR = Decimal(365)

# How much a grade weighs in the worklist's priority (amount × days overdue × weight).
GRADE_WEIGHTS = {
    "A": Decimal("0.5"),
    "B": Decimal("0.75"),
    "C": Decimal("1"),
    "D": Decimal("1.5"),
    "E": Decimal("2"),
}


@dataclass(frozen=True)
class LevelRule:
    level: int
    offset_days: int  # after the due date; negative: before it
    action: str  # a ReminderAction
    template: str  # a key of dunning_templates.TEMPLATES
    fee: Money | None = None  # charged only on reminders in the fee's currency
    interest_rate: Decimal = Decimal(0)  # yearly, as a fraction: 0.12 = 12 %

    def fee_in(self, currency: str) -> Money:
        if self.fee is None or self.fee.currency != currency:
            return Money.zero(currency)
        return self.fee


@dataclass(frozen=True)
class Policy:
    name: str
    levels: tuple[LevelRule, ...]
    description: str = ""
    id: int | None = field(default=None, compare=False)

    @property
    def max_level(self) -> int:
        return self.levels[-1].level if self.levels else 0

    def level_for(self, days_overdue: int) -> int:
        """The highest level whose day has come: days_overdue ≥ its offset; 0 before the first."""
        reached = 0
        for rule in self.levels:
            if days_overdue >= rule.offset_days:
                reached = rule.level
        return reached

    def rule(self, level: int) -> LevelRule:
        for rule in self.levels:
            if rule.level == level:
                return rule
        raise NotFound(
            _("policy {name} has no level {level}").format(name=self.name, level=level), field="level"
        )


DEFAULT_POLICY = Policy(
    DEFAULT_NAME,
    (
        LevelRule(1, -3, ReminderAction.EMAIL, "friendly"),
        LevelRule(2, 1, ReminderAction.EMAIL, "first"),
        LevelRule(3, 15, ReminderAction.CALL, "second"),
        LevelRule(4, 30, ReminderAction.LETTER, "final"),
        LevelRule(5, 60, ReminderAction.CALL, "escalation"),
    ),
    "built in: −3 friendly, +1 first notice, +15 second, +30 final demand, +60 escalation",
)


def late_interest(open_amount: Money, yearly_rate: Decimal, days_overdue: int) -> Money:
    """open × yearly rate × days overdue ÷ 365, rounded half up to the currency (10,000.00 at 12 %
    for 30 days is 98.63). Nothing before the due date or without a rate."""
    if days_overdue <= 0 or not yearly_rate:
        return Money.zero(open_amount.currency)
    value = open_amount.amount * Decimal(yearly_rate) * days_overdue / DAYS_IN_YEAR
    return Money(value.quantize(quantum(open_amount.currency), rounding=ROUND_HALF_UP), open_amount.currency)


def validate_levels(levels: Sequence[LevelRule]) -> tuple[LevelRule, ...]:
    """Levels 1..n in order, their days strictly increasing, known actions and templates."""
    if not levels:
        raise ValidationError(_("a policy needs at least one level"), field="levels")
    for expected, rule in enumerate(levels, start=1):
        if rule.level != expected:
            raise ValidationError(
                _("levels are numbered 1, 2, 3 …; level {level} is out of place").format(level=rule.level)
            )
        if rule.action not in set(ReminderAction):
            raise ValidationError(
                _("level {level}: '{action}' is not an action ({choices})").format(
                    level=rule.level, action=rule.action, choices=", ".join(ReminderAction)
                ),
                field="action",
            )
        if rule.template not in TEMPLATE_KEYS:
            raise ValidationError(
                _("level {level}: '{template}' is not a template ({choices})").format(
                    level=rule.level, template=rule.template, choices=", ".join(TEMPLATE_KEYS)
                ),
                field="template",
            )
        if not Decimal(0) <= Decimal(rule.interest_rate) < Decimal(1):
            raise ValidationError(
                _("level {level}: the yearly interest rate is a fraction from 0 to 1 (0.12 = 12 %)").format(
                    level=rule.level
                ),
                field="interest_rate",
            )
        if Decimal(rule.interest_rate) * 10_000 != int(Decimal(rule.interest_rate) * 10_000):
            raise ValidationError(
                _("level {level}: the interest rate is kept to 0.01 % ({interest_rate})").format(
                    level=rule.level, interest_rate=rule.interest_rate
                ),
                field="interest_rate",
            )
        if rule.fee is not None and rule.fee.amount <= 0:
            raise ValidationError(
                _("level {level}: a fee must be positive").format(level=rule.level), field="fee"
            )
    offsets = [rule.offset_days for rule in levels]
    if offsets != sorted(set(offsets)):
        raise ValidationError(_("each level comes later than the one before it (days must increase)"))
    return tuple(levels)


def _policy(record: ReminderPolicy) -> Policy:
    levels = tuple(
        LevelRule(
            level=row.level,
            offset_days=row.offset_days,
            action=row.action,
            template=row.template,
            fee=Money.from_minor(row.fee_minor, row.fee_currency) if row.fee_minor else None,
            interest_rate=Decimal(row.interest_bp) / 10_000,
        )
        for row in record.levels
    )
    return Policy(record.name, levels, record.description, record.id)


def list_policies(session: Session) -> list[Policy]:
    """The book's policies, and the built-in default when the book has none named 'default'."""
    policies = [_policy(p) for p in session.scalars(select(ReminderPolicy).order_by(ReminderPolicy.name))]
    if not any(p.name == DEFAULT_NAME for p in policies):
        policies.insert(0, DEFAULT_POLICY)
    return policies


def get_policy(session: Session, name: str) -> Policy:
    for policy in list_policies(session):
        if policy.name == name:
            return policy
    raise NotFound(_("unknown reminder policy '{name}'").format(name=name), field="policy")


def set_policy(uow: UnitOfWork, name: str, levels: Sequence[LevelRule], *, description: str = "") -> Policy:
    """Create a policy or replace its levels (reminders already made keep theirs)."""
    name = name.strip()
    if not name:
        raise ValidationError(_("a policy needs a name"), field="name")
    levels = validate_levels(levels)
    with uow:
        uow.require(Action.SETTINGS)
        session = uow.session
        record = session.scalar(select(ReminderPolicy).where(ReminderPolicy.name == name))
        before = _policy(record) if record else None
        if record is None:
            record = ReminderPolicy(name=name)
            session.add(record)
        record.description = description.strip()
        record.levels.clear()
        session.flush()
        for rule in levels:
            record.levels.append(
                ReminderLevel(
                    level=rule.level,
                    offset_days=rule.offset_days,
                    action=rule.action,
                    template=rule.template,
                    fee_minor=rule.fee.minor if rule.fee else None,
                    fee_currency=rule.fee.currency if rule.fee else None,
                    interest_bp=int(Decimal(rule.interest_rate) * 10_000),
                )
            )
        session.flush()
        after = _policy(record)
        uow.audit(
            "policy.set",
            "reminder_policy",
            name,
            before=_policy_json(before) if before else None,
            after=_policy_json(after),
        )
        uow.changes.add("settings")
        uow.commit()
        return after


def _policy_json(policy: Policy) -> dict:
    return {
        "description": policy.description,
        "levels": [
            {
                "level": r.level,
                "days": r.offset_days,
                "action": r.action,
                "template": r.template,
                "fee": r.fee,
                "interest_rate": str(r.interest_rate),
            }
            for r in policy.levels
        ],
    }


def _stored_policy_id(session: Session, name: str) -> int:
    policy_id = session.scalar(select(ReminderPolicy.id).where(ReminderPolicy.name == name))
    if policy_id is None:
        if name == DEFAULT_NAME:
            raise ValidationError(
                _(
                    "the built-in default applies without being assigned; to change it, save a "
                    "policy named 'default'"
                ),
                field="policy",
            )
        raise NotFound(_("unknown reminder policy '{name}'").format(name=name), field="policy")
    return policy_id


def assign_policy(
    uow: UnitOfWork, policy: str | None, *, customer_code: str | None = None, grade: str | None = None
) -> None:
    """Give a customer, or every customer of a credit grade, a policy (None: take it away)."""
    if (customer_code is None) == (grade is None):
        raise ValidationError(_("assign a policy to a customer or to a credit grade, one of them"))
    if grade is not None and grade not in GRADES:
        raise ValidationError(
            _("'{grade}' is not a credit grade ({choices})").format(grade=grade, choices=", ".join(GRADES)),
            field="grade",
        )
    with uow:
        uow.require(Action.SETTINGS)
        session = uow.session
        policy_id = _stored_policy_id(session, policy) if policy else None
        if customer_code is not None:
            customer = customer_by_code(session, customer_code)
            profile = session.get(CollectionProfile, customer.id)
            if profile is None:
                profile = CollectionProfile(customer_id=customer.id, level_bump=0)
                session.add(profile)
            profile.policy_id = policy_id
            target, key = "customer", customer.code
        else:
            row = session.get(GradePolicy, grade)
            if policy_id is None:
                if row is not None:
                    session.delete(row)
            elif row is None:
                session.add(GradePolicy(grade=grade, policy_id=policy_id))
            else:
                row.policy_id = policy_id
            target, key = "grade", grade
        session.flush()
        uow.audit("policy.assign", target, key, after={"policy": policy})
        uow.changes.add("settings")
        uow.commit()


def grade_policies(session: Session) -> dict[str, str]:
    """grade → policy name, as stored (it applies once credit control rates customers)."""
    rows = session.execute(
        select(GradePolicy.grade, ReminderPolicy.name).join(
            ReminderPolicy, ReminderPolicy.id == GradePolicy.policy_id
        )
    )
    return dict(rows.all())


def customer_grades(session: Session, customer_ids: Iterable[int], as_of: date) -> dict[int, str]:
    """Customers' credit grades as of D: the latest rating credit control recorded on or before D
    (table credit_rating), in one query for any number of customers. Unrated: not in the result."""
    latest = (
        select(CreditRating.customer_id, func.max(CreditRating.as_of).label("as_of"))
        .where(CreditRating.as_of <= as_of)
        .group_by(CreditRating.customer_id)
        .subquery()
    )
    rows = session.execute(
        select(CreditRating.customer_id, CreditRating.grade).join(
            latest,
            and_(latest.c.customer_id == CreditRating.customer_id, latest.c.as_of == CreditRating.as_of),
        )
    )
    wanted = set(customer_ids)
    return {customer_id: grade for customer_id, grade in rows if customer_id in wanted and grade in GRADES}


@dataclass(frozen=True)
class CustomerPolicy:
    policy: Policy
    grade: str | None
    level_bump: int  # levels added by broken promises
    weight: Decimal  # risk weight in the worklist priority


def policies_for(
    session: Session, customer_ids: Iterable[int], as_of: date | None = None
) -> dict[int, CustomerPolicy]:
    """Each customer's policy, grade (as of D), escalation and risk weight."""
    customer_ids = sorted(set(customer_ids))
    records = {p.id: p for p in list_policies(session) if p.id is not None}
    default = next((p for p in records.values() if p.name == DEFAULT_NAME), DEFAULT_POLICY)
    by_grade = {
        grade: records[policy_id]
        for grade, policy_id in session.execute(select(GradePolicy.grade, GradePolicy.policy_id))
    }
    wanted = set(customer_ids)
    profiles = {
        row.customer_id: row
        for row in session.scalars(select(CollectionProfile))
        if row.customer_id in wanted
    }
    grades = customer_grades(session, customer_ids, as_of or date.today())
    result = {}
    for customer_id in customer_ids:
        profile = profiles.get(customer_id)
        grade = grades.get(customer_id)
        policy = (
            (records.get(profile.policy_id) if profile and profile.policy_id else None)
            or by_grade.get(grade)
            or default
        )
        bump = profile.level_bump if profile else 0
        weight = GRADE_WEIGHTS.get(grade, Decimal(1)) * (1 + Decimal("0.25") * bump)
        result[customer_id] = CustomerPolicy(policy, grade, bump, weight)
    return result


def parse_fee(text: str | None, currency: str | None) -> Money | None:
    if not text:
        return None
    try:
        return Money.of(text, normalise_currency(currency or "CNY"))
    except MoneyError as error:
        raise ValidationError(str(error), field="fee") from None
