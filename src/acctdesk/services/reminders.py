"""The daily reminder run (催款): which customers get which reminder today, and the tasks it makes.

Each open installment reaches the level of its customer's policy that its days overdue allow,
raised by the levels broken promises added. One reminder per customer and currency covers all
its due items (open amounts, partial payments taken off) at the highest level reached; it is made
only when some item reached a level it was never reminded at, so running twice on a day, or on
two days with nothing new, adds nothing. Disputed items and items under a live promise are left
out. Each reminder puts one task on the customer's collector's worklist: send the e-mail, make
the call, send the letter.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    CollectionProfile,
    CollectionTask,
    Customer,
    Reminder,
    ReminderItem,
)
from acctdesk.model.money import Money
from acctdesk.services.auth import Action
from acctdesk.services.collections import (
    DueItem,
    check_promises,
    disputed_installment_ids,
    due_items,
    paused_by_promises,
)
from acctdesk.services.errors import NotFound
from acctdesk.services.i18n import _
from acctdesk.services.ledger import locked_series
from acctdesk.services.reminder_policy import CustomerPolicy, LevelRule, late_interest, policies_for
from acctdesk.services.uow import UnitOfWork

SERIES = "DN"  # 催款通知 numbers: DN-000001


@dataclass(frozen=True)
class PlannedItem:
    installment_id: int
    due_date: date
    days_overdue: int  # negative: due in that many days
    level: int
    open_amount: Money
    interest: Money


@dataclass(frozen=True)
class Plan:
    """A reminder to make: one customer, one currency, the level of its most advanced item."""

    customer_id: int
    currency: str
    policy_name: str
    rule: LevelRule
    items: tuple[PlannedItem, ...]
    amount: Money  # Σ open amounts of the items
    fee: Money
    interest: Money

    @property
    def total(self) -> Money:
        return self.amount + self.fee + self.interest


def plan_reminder(
    items: Sequence[DueItem],
    customer_policy: CustomerPolicy,
    last_levels: Mapping[int, int],
    as_of: date,
    *,
    force_level: int | None = None,
) -> Plan | None:
    """The reminder one customer's due items in one currency call for today, or None.

    Pure: the items, the customer's policy and escalation, and the highest level each item was
    reminded at before. A reminder is due when an overdue item reached a level it was never reminded
    at (or, for a customer with nothing overdue, an item reached the friendly level). `force_level`
    makes the letter of that level whatever the items reached (a preview, a letter asked for by hand)."""
    policy, bump = customer_policy.policy, customer_policy.level_bump
    reached: list[tuple[DueItem, int, int]] = []
    for item in items:
        days = item.days_overdue(as_of)
        level = policy.level_for(days)
        if level:
            # Broken promises push the overdue items up; a reminder ahead of the due date stays friendly.
            reached.append((item, days, min(level + bump, policy.max_level) if days > 0 else level))
    if not reached:
        return None
    if force_level is None:
        level = max(level for _, _, level in reached)
        # An item that moved up a level calls for a reminder; one not yet due only for a reminder
        # of its own (friendly) level: a customer already being dunned hears about it once it is due.
        moved = [
            (days, item_level)
            for item, days, item_level in reached
            if item_level > last_levels.get(item.installment_id, 0)
        ]
        if not any(days > 0 or item_level == level for days, item_level in moved):
            return None
    else:
        level = force_level
    rule = policy.rule(level)
    currency = reached[0][0].currency
    planned = tuple(
        PlannedItem(
            installment_id=item.installment_id,
            due_date=item.due_date,
            days_overdue=days,
            level=item_level,
            open_amount=Money.from_minor(item.open_minor, currency),
            interest=late_interest(Money.from_minor(item.open_minor, currency), rule.interest_rate, days),
        )
        for item, days, item_level in reached
    )
    zero = Money.zero(currency)
    amount, interest = zero, zero
    for item in planned:
        amount, interest = amount + item.open_amount, interest + item.interest
    return Plan(
        customer_id=reached[0][0].customer_id,
        currency=currency,
        policy_name=policy.name,
        rule=rule,
        items=planned,
        amount=amount,
        fee=rule.fee_in(currency),
        interest=interest,
    )


@dataclass(frozen=True)
class ReminderSummary:
    number: str
    customer_code: str
    customer_name: str
    currency: str
    level: int
    action: str
    template: str
    items: int
    amount: Money
    fee: Money
    interest: Money
    total: Money
    task_id: int | None


@dataclass(frozen=True)
class RunResult:
    as_of: date
    dry_run: bool
    reminders: tuple[ReminderSummary, ...]
    tasks_created: int
    promises_kept: int
    promises_broken: int
    left_out_disputed: int  # items that would have been reminded but are disputed
    left_out_promised: int  # … or under a live promise
    escalations_cleared: int  # customers whose broken-promise escalation ended (nothing overdue)


def horizon(policies: Mapping[int, CustomerPolicy], as_of: date) -> date:
    """The latest due date any policy reminds about today (−3 days: three days ahead)."""
    earliest = min((p.policy.levels[0].offset_days for p in policies.values() if p.policy.levels), default=0)
    return as_of + timedelta(days=max(0, -earliest))


def last_levels(session: Session, installment_ids: Sequence[int]) -> dict[int, int]:
    """The highest level each installment was reminded at (absent: never)."""
    if not installment_ids:
        return {}
    query = select(ReminderItem.installment_id, func.max(ReminderItem.level)).group_by(
        ReminderItem.installment_id
    )
    wanted = set(installment_ids)
    return {iid: level for iid, level in session.execute(query) if iid in wanted}


def _reserve_numbers(session: Session, count: int) -> list[str]:
    row = locked_series(session, SERIES)
    first = row.next_value
    row.next_value = first + count
    return [f"{SERIES}-{value:06d}" for value in range(first, first + count)]


def run_reminders(uow: UnitOfWork, as_of: date, *, dry_run: bool = False) -> RunResult:
    """The daily run: check promises, then make the reminders and tasks due on `as_of`.

    With `dry_run` it says what it would make and writes nothing."""
    with uow:
        uow.require(Action.COLLECT)
        session = uow.session
        # Two runs at once (a team book) take turns here: the second reads what the first made.
        _reserve_numbers(session, 0)
        decided = check_promises(uow, as_of)
        customer_ids = session.scalars(select(Customer.id).order_by(Customer.id)).all()
        policies = policies_for(session, customer_ids, as_of)
        candidates = due_items(session, as_of, due_by=horizon(policies, as_of))
        disputed = disputed_installment_ids(session, as_of)
        paused = paused_by_promises(session, as_of)
        reminded = last_levels(session, [item.installment_id for item in candidates])

        groups: dict[tuple[int, str], list[DueItem]] = defaultdict(list)
        left_out = {"disputed": 0, "promised": 0}
        for item in candidates:
            if item.installment_id in disputed or paused.covers(item):
                policy = policies[item.customer_id].policy
                if policy.level_for(item.days_overdue(as_of)):
                    left_out["disputed" if item.installment_id in disputed else "promised"] += 1
                continue
            groups[(item.customer_id, item.currency)].append(item)
        plans = [
            plan
            for (customer_id, _), items in sorted(groups.items())
            if (plan := plan_reminder(items, policies[customer_id], reminded, as_of)) is not None
        ]
        overdue_customers = {item.customer_id for item in candidates if item.days_overdue(as_of) > 0}
        cleared = _clear_escalations(session, overdue_customers)
        summaries = _make_reminders(uow, plans, as_of) if plans else []
        result = RunResult(
            as_of=as_of,
            dry_run=dry_run,
            reminders=tuple(summaries),
            tasks_created=sum(1 for s in summaries if s.task_id is not None),
            promises_kept=sum(1 for p in decided if p.status == "kept"),
            promises_broken=sum(1 for p in decided if p.status == "broken"),
            left_out_disputed=left_out["disputed"],
            left_out_promised=left_out["promised"],
            escalations_cleared=len(cleared),
        )
        if summaries or cleared:
            uow.audit(
                "reminders.run",
                "book",
                1,
                after={
                    "as_of": as_of,
                    "reminders": [s.number for s in summaries],
                    "escalations_cleared": cleared,
                },
            )
        if not dry_run and (summaries or cleared or decided):
            uow.commit()
        return result


def _clear_escalations(session: Session, overdue_customers: set[int]) -> list[str]:
    """A customer with nothing overdue any more starts again at its policy's plain levels."""
    profiles = session.scalars(select(CollectionProfile).where(CollectionProfile.level_bump > 0)).all()
    cleared = []
    for profile in profiles:
        if profile.customer_id not in overdue_customers:
            profile.level_bump = 0
            cleared.append(session.get(Customer, profile.customer_id).code)
    session.flush()
    return cleared


def _make_reminders(uow: UnitOfWork, plans: list[Plan], as_of: date) -> list[ReminderSummary]:
    session = uow.session
    numbers = _reserve_numbers(session, len(plans))
    customers = {
        c.id: c
        for c in session.scalars(select(Customer).where(Customer.id.in_({p.customer_id for p in plans})))
    }
    reminders = [
        Reminder(
            number=number,
            customer_id=plan.customer_id,
            currency=plan.currency,
            level=plan.rule.level,
            policy_name=plan.policy_name,
            action=plan.rule.action,
            template=plan.rule.template,
            run_on=as_of,
            amount_minor=plan.amount.minor,
            fee_minor=plan.fee.minor,
            interest_minor=plan.interest.minor,
            created_by=uow.user,
        )
        for number, plan in zip(numbers, plans, strict=True)
    ]
    session.add_all(reminders)
    session.flush()
    items = [
        ReminderItem(
            reminder_id=reminder.id,
            installment_id=item.installment_id,
            level=item.level,
            due_date=item.due_date,
            days_overdue=item.days_overdue,
            open_minor=item.open_amount.minor,
            interest_minor=item.interest.minor,
        )
        for reminder, plan in zip(reminders, plans, strict=True)
        for item in plan.items
    ]
    session.add_all(items)
    _supersede_tasks(session, plans, uow.user)
    tasks = [
        CollectionTask(
            customer_id=reminder.customer_id,
            kind=reminder.action,
            reminder_id=reminder.id,
            due_on=as_of,
            collector=customers[reminder.customer_id].collector,
            created_by=uow.user,
        )
        for reminder in reminders
    ]
    session.add_all(tasks)
    session.flush()
    for reminder in reminders:
        uow.changes.add("collections", reminder.customer_id)
    return [
        ReminderSummary(
            number=reminder.number,
            customer_code=customers[plan.customer_id].code,
            customer_name=customers[plan.customer_id].name,
            currency=plan.currency,
            level=plan.rule.level,
            action=plan.rule.action,
            template=plan.rule.template,
            items=len(plan.items),
            amount=plan.amount,
            fee=plan.fee,
            interest=plan.interest,
            total=plan.total,
            task_id=task.id,
        )
        for reminder, plan, task in zip(reminders, plans, tasks, strict=True)
    ]


def _supersede_tasks(session: Session, plans: list[Plan], user: str) -> None:
    """A new reminder replaces the customer's open reminder tasks in that currency."""
    accounts = {(p.customer_id, p.currency) for p in plans}
    open_tasks = session.execute(
        select(CollectionTask, Reminder.currency)
        .join(Reminder, Reminder.id == CollectionTask.reminder_id)
        .where(
            CollectionTask.status == "open",
            CollectionTask.customer_id.in_({p.customer_id for p in plans}),
        )
    ).all()
    for task, currency in open_tasks:
        if (task.customer_id, currency) in accounts:
            task.status = "superseded"
            task.completed_by = user


def reminder_record(session: Session, number: str) -> Reminder:
    reminder = session.scalar(select(Reminder).where(Reminder.number == number.strip()))
    if reminder is None:
        raise NotFound(_("unknown reminder '{number}'").format(number=number), field="reminder")
    return reminder


@dataclass(frozen=True)
class ReminderInfo:
    number: str
    customer_code: str
    currency: str
    level: int
    action: str
    template: str
    run_on: date
    amount: Money
    fee: Money
    interest: Money
    status: str
    sent_via: str
    sent_to: str


def list_reminders(
    session: Session, customer_code: str | None = None, *, limit: int = 200
) -> list[ReminderInfo]:
    """Reminders made, newest first."""
    query = (
        select(Reminder, Customer.code)
        .join(Customer, Customer.id == Reminder.customer_id)
        .order_by(Reminder.run_on.desc(), Reminder.id.desc())
        .limit(limit)
    )
    if customer_code:
        query = query.where(Customer.code == customer_code.strip())
    return [
        ReminderInfo(
            number=r.number,
            customer_code=code,
            currency=r.currency,
            level=r.level,
            action=r.action,
            template=r.template,
            run_on=r.run_on,
            amount=Money.from_minor(r.amount_minor, r.currency),
            fee=Money.from_minor(r.fee_minor, r.currency),
            interest=Money.from_minor(r.interest_minor, r.currency),
            status=r.status,
            sent_via=r.sent_via,
            sent_to=r.sent_to,
        )
        for r, code in session.execute(query)
    ]
