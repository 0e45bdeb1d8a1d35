"""The collector's day: the worklist by priority, the follow-up log (回访/催收记录) and tasks.

Priority is amount × days overdue × risk weight: for each customer with a task today, the open
amounts overdue (disputed items and items under a live promise left out) times their days
overdue, times the weight of the customer's credit grade and broken-promise escalation. It is a
score for ordering, not money: amounts of different currencies are taken at face value.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal

from sqlalchemy import or_, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import CollectionTask, Customer, FollowUp, Reminder
from acctdesk.model.money import Money
from acctdesk.services.auth import Action
from acctdesk.services.collections import disputed_installment_ids, due_items, paused_by_promises
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import Conflict, NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.reminder_policy import policies_for
from acctdesk.services.uow import UnitOfWork

CHANNELS = ("call", "visit", "email", "wechat", "letter")
OUTCOMES = ("reached", "no_answer", "promise", "dispute", "paid", "refused", "wrong_contact", "other")
TASK_KINDS = ("email", "call", "letter", "follow_up")


@dataclass(frozen=True)
class TaskInfo:
    id: int
    customer_code: str
    kind: str
    due_on: date
    snoozed_until: date | None
    snooze_reason: str
    status: str
    collector: str
    reminder_number: str | None
    note: str


@dataclass(frozen=True)
class FollowUpInfo:
    id: int
    customer_code: str
    contacted_on: date
    channel: str
    contact: str
    summary: str
    outcome: str
    next_action_on: date | None
    logged_by: str
    next_task_id: int | None


@dataclass(frozen=True)
class Exposure:
    """What a customer has overdue in one currency, and the days × amount behind its priority."""

    currency: str
    overdue: Money
    oldest_days: int
    amount_days: Decimal  # Σ open amount × days overdue


@dataclass(frozen=True)
class WorkItem:
    task_id: int
    kind: str
    due_on: date  # the task's date, or the end of its snooze
    customer_code: str
    customer_name: str
    collector: str
    grade: str | None
    weight: Decimal
    exposures: tuple[Exposure, ...]
    priority: Decimal
    reminder_number: str | None
    reminder_level: int | None
    note: str
    snooze_reason: str


def _task_info(session: Session, task: CollectionTask) -> TaskInfo:
    code = session.scalar(select(Customer.code).where(Customer.id == task.customer_id))
    number = (
        session.scalar(select(Reminder.number).where(Reminder.id == task.reminder_id))
        if task.reminder_id
        else None
    )
    return TaskInfo(
        id=task.id,
        customer_code=code,
        kind=task.kind,
        due_on=task.due_on,
        snoozed_until=task.snoozed_until,
        snooze_reason=task.snooze_reason,
        status=task.status,
        collector=task.collector,
        reminder_number=number,
        note=task.note,
    )


def _open_task(session: Session, task_id: int) -> CollectionTask:
    task = session.get(CollectionTask, task_id)
    if task is None:
        raise NotFound(_("unknown task {task_id}").format(task_id=task_id), field="task")
    if task.status != "open":
        raise Conflict(_("task {task_id} is {status} already").format(task_id=task_id, status=task.status))
    return task


def _close_task(uow: UnitOfWork, task: CollectionTask, note: str) -> None:
    """Done; a reminder task being done means its reminder went out the way the task said."""
    task.status = "done"
    task.completed_at = datetime.now(UTC)
    task.completed_by = uow.user
    if note:
        task.note = f"{task.note}\n{note}".strip()
    if task.reminder_id:
        reminder = uow.session.get(Reminder, task.reminder_id)
        if reminder.status == "open":
            reminder.status = "sent"
            reminder.sent_via = reminder.sent_via or task.kind
            reminder.sent_at = reminder.sent_at or task.completed_at


def complete_task(uow: UnitOfWork, task_id: int, note: str = "") -> TaskInfo:
    with uow:
        uow.require(Action.COLLECT)
        task = _open_task(uow.session, task_id)
        _close_task(uow, task, note.strip())
        uow.session.flush()
        uow.audit("task.complete", "collection_task", task.id, after={"note": note.strip()})
        uow.changes.add("collections", task.customer_id)
        uow.commit()
        return _task_info(uow.session, task)


def snooze(uow: UnitOfWork, task_id: int, until: date, reason: str) -> TaskInfo:
    """Put a task off until a date, saying why (the customer asked to be called back, …)."""
    if not reason.strip():
        raise ValidationError(_("say why the task is put off"), field="reason")
    with uow:
        uow.require(Action.COLLECT)
        task = _open_task(uow.session, task_id)
        if until <= task.due_on:
            raise ValidationError(
                _("task {task_id} is due on {due_on}: snooze it to a later day").format(
                    task_id=task_id, due_on=task.due_on.isoformat()
                ),
                field="until",
            )
        before = {"snoozed_until": task.snoozed_until, "reason": task.snooze_reason}
        task.snoozed_until = until
        task.snooze_reason = reason.strip()
        uow.session.flush()
        uow.audit(
            "task.snooze",
            "collection_task",
            task.id,
            before=before,
            after={"snoozed_until": until, "reason": reason.strip()},
        )
        uow.changes.add("collections", task.customer_id)
        uow.commit()
        return _task_info(uow.session, task)


def log_follow_up(
    uow: UnitOfWork,
    customer_code: str,
    *,
    channel: str,
    summary: str,
    contact: str = "",
    outcome: str = "",
    next_action_on: date | None = None,
    on: date | None = None,
    task_id: int | None = None,
) -> FollowUpInfo:
    """Record a contact with a customer; a next-action date puts a follow-up task on the worklist,
    and a task it answers (`task_id`) is done."""
    on = on or date.today()
    if channel not in CHANNELS:
        raise ValidationError(
            _("'{channel}' is not a channel ({choices})").format(
                channel=channel, choices=", ".join(CHANNELS)
            ),
            field="channel",
        )
    if outcome and outcome not in OUTCOMES:
        raise ValidationError(
            _("'{outcome}' is not an outcome ({choices})").format(
                outcome=outcome, choices=", ".join(OUTCOMES)
            ),
            field="outcome",
        )
    if not summary.strip():
        raise ValidationError(_("say what was said: a follow-up needs a summary"), field="summary")
    if next_action_on is not None and next_action_on <= on:
        raise ValidationError(_("the next action comes after this contact"), field="next_action_on")
    with uow:
        uow.require(Action.COLLECT)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        done_task = None
        if task_id is not None:
            done_task = _open_task(session, task_id)
            if done_task.customer_id != customer.id:
                raise ValidationError(
                    _("task {task_id} is not about {code}").format(task_id=task_id, code=customer.code),
                    field="task",
                )
            _close_task(uow, done_task, f"{channel}: {summary.strip()}")
        next_task = None
        if next_action_on is not None:
            next_task = CollectionTask(
                customer_id=customer.id,
                kind="follow_up",
                due_on=next_action_on,
                collector=customer.collector,
                note=summary.strip()[:200],
                created_by=uow.user,
            )
            session.add(next_task)
            session.flush()
        record = FollowUp(
            customer_id=customer.id,
            contacted_on=on,
            channel=channel,
            contact=contact.strip(),
            summary=summary.strip(),
            outcome=outcome,
            next_action_on=next_action_on,
            task_id=done_task.id if done_task else None,
            next_task_id=next_task.id if next_task else None,
            logged_by=uow.user,
        )
        session.add(record)
        session.flush()
        uow.audit(
            "follow_up.log",
            "customer",
            customer.code,
            after={"channel": channel, "outcome": outcome, "on": on, "next": next_action_on},
        )
        uow.changes.add("collections", customer.id)
        uow.commit()
        return _follow_up_info(record, customer.code)


def _follow_up_info(record: FollowUp, code: str) -> FollowUpInfo:
    return FollowUpInfo(
        id=record.id,
        customer_code=code,
        contacted_on=record.contacted_on,
        channel=record.channel,
        contact=record.contact,
        summary=record.summary,
        outcome=record.outcome,
        next_action_on=record.next_action_on,
        logged_by=record.logged_by,
        next_task_id=record.next_task_id,
    )


def follow_ups(session: Session, customer_code: str | None = None, *, limit: int = 200) -> list[FollowUpInfo]:
    """The follow-up log, newest first (a customer's timeline when a code is given)."""
    query = (
        select(FollowUp, Customer.code)
        .join(Customer, Customer.id == FollowUp.customer_id)
        .order_by(FollowUp.contacted_on.desc(), FollowUp.id.desc())
        .limit(limit)
    )
    if customer_code:
        query = query.where(FollowUp.customer_id == customer_by_code(session, customer_code).id)
    return [_follow_up_info(record, code) for record, code in session.execute(query)]


def tasks(session: Session, *, customer_code: str | None = None, status: str = "open") -> list[TaskInfo]:
    query = select(CollectionTask).order_by(CollectionTask.due_on, CollectionTask.id)
    if status:
        query = query.where(CollectionTask.status == status)
    if customer_code:
        query = query.where(CollectionTask.customer_id == customer_by_code(session, customer_code).id)
    return [_task_info(session, task) for task in session.scalars(query)]


def exposures(session: Session, as_of: date, customer_ids: set[int]) -> dict[int, list[Exposure]]:
    """Per customer and currency: the overdue amounts dunning would chase, and amount × days."""
    disputed = disputed_installment_ids(session, as_of)
    paused = paused_by_promises(session, as_of)
    sums: dict[tuple[int, str], list] = defaultdict(lambda: [0, 0, Decimal(0)])
    for item in due_items(session, as_of, due_by=as_of, customer_ids=customer_ids):
        days = item.days_overdue(as_of)
        if days <= 0 or item.installment_id in disputed or paused.covers(item):
            continue
        entry = sums[(item.customer_id, item.currency)]
        entry[0] += item.open_minor
        entry[1] = max(entry[1], days)
        entry[2] += Money.from_minor(item.open_minor, item.currency).amount * days
    result: dict[int, list[Exposure]] = defaultdict(list)
    for (customer_id, currency), (minor, oldest, amount_days) in sorted(sums.items()):
        result[customer_id].append(Exposure(currency, Money.from_minor(minor, currency), oldest, amount_days))
    return result


def worklist(session: Session, as_of: date, *, collector: str | None = None) -> list[WorkItem]:
    """Today's open tasks (snoozed ones once their day comes), highest priority first."""
    effective = CollectionTask.snoozed_until
    query = (
        select(CollectionTask, Customer.code, Customer.name, Reminder.number, Reminder.level)
        .join(Customer, Customer.id == CollectionTask.customer_id)
        .outerjoin(Reminder, Reminder.id == CollectionTask.reminder_id)
        .where(
            CollectionTask.status == "open",
            CollectionTask.due_on <= as_of,
            or_(effective.is_(None), effective <= as_of),
        )
    )
    if collector:
        query = query.where(CollectionTask.collector == collector)
    rows = session.execute(query).all()
    customer_ids = {task.customer_id for task, *_ in rows}
    policies = policies_for(session, customer_ids, as_of)
    overdue = exposures(session, as_of, customer_ids)
    items = []
    for task, code, name, number, level in rows:
        policy = policies[task.customer_id]
        amount_days = sum((e.amount_days for e in overdue.get(task.customer_id, [])), Decimal(0))
        items.append(
            WorkItem(
                task_id=task.id,
                kind=task.kind,
                due_on=max(task.due_on, task.snoozed_until or task.due_on),
                customer_code=code,
                customer_name=name,
                collector=task.collector,
                grade=policy.grade,
                weight=policy.weight,
                exposures=tuple(overdue.get(task.customer_id, [])),
                priority=(amount_days * policy.weight).quantize(Decimal("0.01")),
                reminder_number=number,
                reminder_level=level,
                note=task.note,
                snooze_reason=task.snooze_reason,
            )
        )
    items.sort(key=lambda i: (-i.priority, i.due_on, i.task_id))
    return items


def collectors(session: Session) -> list[str]:
    """Everyone customers name as their collector."""
    return sorted(
        name for name in session.scalars(select(Customer.collector).distinct()) if name and name.strip()
    )
