"""Collections on a real book: the daily run, promises, disputes, the worklist, follow-ups and
collector performance, with every figure worked out by hand."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import (
    AuditEvent,
    CollectionTask,
    CreditAlert,
    CreditRating,
    Customer,
    Reminder,
    ReminderItem,
)
from acctdesk.model.money import Money
from acctdesk.services import collections, collector_performance, followups, reminder_policy, reminders
from acctdesk.services.aging import aging_items, aging_report, tie_out
from acctdesk.services.errors import Conflict, ValidationError
from acctdesk.services.reminder_policy import LevelRule
from acctdesk.services.settings import put_setting
from tests.builders import Ledger, d


def cny(text: str) -> Money:
    return Money.of(text, "CNY")


@pytest.fixture
def ledger(book) -> Ledger:
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司", collector="孙丽")
    return ledger


def run(ledger: Ledger, on: str, **kw) -> reminders.RunResult:
    return reminders.run_reminders(ledger.uow(), d(on), **kw)


def counts(book) -> tuple[int, int, int, int]:
    with book.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(table))
            for table in (Reminder, ReminderItem, CollectionTask, AuditEvent)
        )


def customer_id(book, code: str = "C1") -> int:
    with book.sessions() as session:
        return session.scalar(select(Customer.id).where(Customer.code == code))


# ---------------------------------------------------------------------------------------------
# The daily run


def test_levels_fire_on_their_days_across_month_ends(ledger):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    made = {}
    for on in [
        "2026-01-27",  # −4: nothing yet
        "2026-01-28",  # −3: friendly reminder
        "2026-01-31",  # due today: still the friendly level, nothing new
        "2026-02-01",  # +1: first notice
        "2026-02-14",  # +14
        "2026-02-15",  # +15: second notice (a call)
        "2026-03-01",  # +29
        "2026-03-02",  # +30 (February has 28 days): final demand (a letter)
        "2026-03-31",  # +59
        "2026-04-01",  # +60: escalation
        "2026-05-01",
    ]:
        made[on] = [(r.level, r.action, r.template) for r in run(ledger, on).reminders]
    assert made == {
        "2026-01-27": [],
        "2026-01-28": [(1, "email", "friendly")],
        "2026-01-31": [],
        "2026-02-01": [(2, "email", "first")],
        "2026-02-14": [],
        "2026-02-15": [(3, "call", "second")],
        "2026-03-01": [],
        "2026-03-02": [(4, "letter", "final")],
        "2026-03-31": [],
        "2026-04-01": [(5, "call", "escalation")],
        "2026-05-01": [],
    }


def test_a_run_after_some_days_off_jumps_to_the_level_reached(ledger):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    (reminder,) = run(ledger, "2026-03-05").reminders  # 33 days: straight to the final demand
    assert (reminder.level, reminder.template) == (4, "final")


def test_running_twice_adds_nothing(ledger, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("INV-2", "500.00", "2026-01-05", due="2026-02-04")
    first = run(ledger, "2026-02-10")
    assert [(r.number, r.level, r.items) for r in first.reminders] == [("DN-000001", 2, 2)]
    after_first = counts(book)
    again = run(ledger, "2026-02-10")
    later = run(ledger, "2026-02-12")  # nothing reached a new level
    assert (again.reminders, later.reminders) == ((), ())
    assert counts(book) == after_first  # no reminder, item, task, nor audit event


def test_a_dry_run_writes_nothing(ledger, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    before = counts(book)
    result = run(ledger, "2026-02-10", dry_run=True)
    assert result.dry_run and len(result.reminders) == 1
    assert counts(book) == before
    assert len(run(ledger, "2026-02-10").reminders) == 1


def test_partial_payments_reduce_the_reminded_amount(ledger, book):
    ledger.invoice("INV-1", "10000.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("INV-2", "3000.00", "2026-01-10", due="2026-02-09")
    ledger.receipt("4000.00", "2026-02-05", number="RC-1")
    ledger.allocate("RC-1", "2026-02-05", {"INV-1": "4000.00"})
    (reminder,) = run(ledger, "2026-02-10").reminders
    # one reminder for the customer: INV-1 6,000.00 open + INV-2 3,000.00
    assert (reminder.level, reminder.items, reminder.amount) == (2, 2, cny("9000.00"))
    with book.sessions() as session:
        rows = session.execute(
            select(ReminderItem.level, ReminderItem.days_overdue, ReminderItem.open_minor).order_by(
                ReminderItem.due_date
            )
        ).all()
    assert rows == [(2, 10, 600000), (2, 1, 300000)]


def test_fee_and_interest_of_a_policy_level(ledger, book):
    reminder_policy.set_policy(
        ledger.uow(),
        "strict",
        [
            LevelRule(1, 1, "email", "first"),
            LevelRule(2, 30, "letter", "final", fee=cny("50.00"), interest_rate=Decimal("0.12")),
        ],
    )
    reminder_policy.assign_policy(ledger.uow(), "strict", customer_code="C1")
    ledger.invoice("INV-1", "10000.00", "2026-01-01", due="2026-01-31")
    (reminder,) = run(ledger, "2026-03-02").reminders  # 30 days overdue
    # 10,000.00 × 12 % × 30 / 365 = 98.63
    assert (reminder.amount, reminder.fee, reminder.interest, reminder.total) == (
        cny("10000.00"),
        cny("50.00"),
        cny("98.63"),
        cny("10148.63"),
    )


def test_a_grade_gets_its_policy_once_credit_control_rates_the_customer(ledger, book):
    reminder_policy.set_policy(ledger.uow(), "gentle", [LevelRule(1, 10, "email", "first")])
    reminder_policy.assign_policy(ledger.uow(), "gentle", grade="A")
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    assert run(ledger, "2026-02-05", dry_run=True).reminders[0].template == "first"  # default policy, +1
    with book.sessions() as session:
        session.add(
            CreditRating(customer_id=customer_id(book), as_of=d("2026-01-15"), score_tenths=900, grade="A")
        )
        session.commit()
    assert run(ledger, "2026-02-05").reminders == ()  # gentle: nothing before +10
    (reminder,) = run(ledger, "2026-02-10").reminders
    assert (reminder.level, reminder.template) == (1, "first")
    with book.sessions() as session:
        assert reminder_policy.grade_policies(session) == {"A": "gentle"}


def test_the_run_puts_a_task_on_the_collectors_worklist_and_replaces_the_older_one(ledger, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    first = run(ledger, "2026-02-01").reminders[0]
    second = run(ledger, "2026-02-15").reminders[0]
    with book.sessions() as session:
        open_tasks = followups.tasks(session)
        old = session.get(CollectionTask, first.task_id)
    assert [(t.id, t.kind, t.collector, t.reminder_number) for t in open_tasks] == [
        (second.task_id, "call", "孙丽", second.number)
    ]
    assert old.status == "superseded"


# ---------------------------------------------------------------------------------------------
# Disputes


def test_a_disputed_item_is_never_reminded(ledger, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("INV-2", "500.00", "2026-01-05", due="2026-02-04")
    (opened,) = collections.open_dispute(ledger.uow(), "INV-1", "货物质量问题", on=d("2026-01-20"))
    assert (opened.invoice_number, opened.seq, opened.open_amount) == ("INV-1", 1, cny("1000.00"))
    for on in ("2026-02-01", "2026-02-15", "2026-03-10", "2026-04-20"):
        result = run(ledger, on)
        with book.sessions() as session:
            reminded = session.scalars(
                select(ReminderItem.installment_id).where(
                    ReminderItem.installment_id == ledger.installment_id("INV-1")
                )
            ).all()
        assert reminded == [], on
        assert result.left_out_disputed == 1
    collections.resolve_dispute(ledger.uow(), "INV-1", "补发合格品，客户同意付款", on=d("2026-04-21"))
    (reminder,) = run(ledger, "2026-04-21").reminders
    assert (reminder.level, reminder.items, reminder.amount) == (5, 2, cny("1500.00"))


def test_a_customer_with_only_disputed_items_gets_no_reminder(ledger):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")
    collections.open_dispute(ledger.uow(), "INV-1", "价格争议", on=d("2026-02-01"))
    result = run(ledger, "2026-02-10")
    assert (result.reminders, result.left_out_disputed) == ((), 1)


def test_dispute_rules(ledger):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", term="50% N30; BAL N60")
    with pytest.raises(ValidationError, match="needs a reason"):
        collections.open_dispute(ledger.uow(), "INV-1", " ", on=d("2026-02-01"))
    (second,) = collections.open_dispute(ledger.uow(), "INV-1/2", "第二期验收未通过", on=d("2026-02-01"))
    assert second.seq == 2
    (first,) = collections.open_dispute(ledger.uow(), "INV-1", "整单有争议", on=d("2026-02-02"))
    assert first.seq == 1  # the second is disputed already
    with pytest.raises(ValidationError, match="disputed already"):
        collections.open_dispute(ledger.uow(), "INV-1", "again", on=d("2026-02-03"))
    with pytest.raises(ValidationError, match="cannot be resolved earlier"):
        collections.resolve_dispute(ledger.uow(), "INV-1", "ok", on=d("2026-01-15"))
    resolved = collections.resolve_dispute(ledger.uow(), "INV-1", "双方确认", on=d("2026-02-10"))
    assert [r.seq for r in resolved] == [2, 1]
    with pytest.raises(ValidationError, match="no open dispute"):
        collections.resolve_dispute(ledger.uow(), "INV-1", "ok", on=d("2026-02-11"))


def test_a_dispute_moves_the_item_to_the_disputed_column_of_the_aging(ledger, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-01", due="2026-01-31")  # 30 days overdue on 03-02
    ledger.invoice("INV-2", "400.00", "2026-02-01", due="2026-03-10")  # not yet due on 03-02
    ledger.invoice("RET", "600.00", "2026-01-01", term="50% N0; BAL RETENTION N365")
    ledger.receipt("250.00", "2026-02-20", number="RC-1")
    ledger.allocate("RC-1", "2026-02-20", {"INV-1": "100.00"})  # INV-1 open 900; 150 unapplied
    as_of = d("2026-03-02")
    with book.sessions() as session:
        before = aging_report(session, as_of).rows[0]
        ties_before = tie_out(session, as_of)
    collections.open_dispute(ledger.uow(), "INV-1", "数量不符", on=d("2026-02-25"))
    collections.open_dispute(ledger.uow(), "RET/2", "质保期内故障", on=d("2026-02-25"))
    with book.sessions() as session:
        after = aging_report(session, as_of).rows[0]
        ties_after = tie_out(session, as_of)
        earlier = aging_report(session, d("2026-02-24")).rows[0]
        disputed_items = aging_items(session, as_of, column="disputed")
        retention_items = aging_items(session, as_of, column="retention")
    # before: current 400; 1–30: INV-1 900; 31–60: RET/1 300 (due 01-01); retention 300; unapplied −150
    assert [str(m.amount) for m in before.buckets[:3]] == ["400.00", "900.00", "300.00"]
    assert (before.retention, before.disputed, before.total) == (cny("300.00"), cny("0.00"), cny("1750.00"))
    # after: INV-1 (900) and the retention (300) are disputed; the total stays
    assert [str(m.amount) for m in after.buckets[:3]] == ["400.00", "0.00", "300.00"]
    assert (after.retention, after.disputed, after.unapplied) == (cny("0.00"), cny("1200.00"), cny("-150.00"))
    assert after.total == before.total == cny("1750.00")
    assert [t.ties for t in ties_before] == [t.ties for t in ties_after] == [True]
    assert earlier.disputed == cny("0.00")  # before the dispute was opened
    assert sorted((i.invoice_number, i.seq) for i in disputed_items) == [("INV-1", 1), ("RET", 2)]
    assert retention_items == []
    collections.resolve_dispute(ledger.uow(), "INV-1", "已核对", on=d("2026-03-02"))
    with book.sessions() as session:
        resolved = aging_report(session, as_of).rows[0]
    assert (resolved.disputed, resolved.buckets[1], resolved.total) == (
        cny("300.00"),
        cny("900.00"),
        cny("1750.00"),
    )


# ---------------------------------------------------------------------------------------------
# Promises


def test_a_promise_pauses_reminders_and_is_kept_within_the_grace_days(ledger, book):
    ledger.invoice("INV-1", "5000.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("INV-2", "800.00", "2026-01-02", due="2026-02-01")
    promise = collections.record_promise(
        ledger.uow(), "C1", Decimal("5000.00"), d("2026-02-10"), ["INV-1"], made_on=d("2026-02-03")
    )
    assert (promise.items, promise.status) == (("INV-1",), "open")
    result = run(ledger, "2026-02-05")
    (reminder,) = result.reminders
    assert (reminder.items, reminder.amount, result.left_out_promised) == (1, cny("800.00"), 1)
    ledger.receipt("5000.00", "2026-02-12", number="RC-1")  # two days late: within the 3 grace days
    ledger.allocate("RC-1", "2026-02-12", {"INV-1": "5000.00"})
    result = run(ledger, "2026-02-12")
    assert (result.promises_kept, result.promises_broken) == (1, 0)
    with book.sessions() as session:
        (kept,) = collections.promises(session, "C1")
        assert (
            collections.broken_promises(
                session, customer_id(book), start=d("2026-01-01"), end=d("2026-12-31")
            )
            == 0
        )
    assert (kept.status, kept.received, kept.decided_on) == ("kept", cny("5000.00"), d("2026-02-12"))


def test_a_broken_promise_raises_an_alert_and_moves_the_customer_a_level_up(ledger, book):
    ledger.invoice("INV-1", "5000.00", "2026-01-01", due="2026-01-31")
    collections.record_promise(
        ledger.uow(), "C1", Decimal("5000.00"), d("2026-02-10"), ["INV-1"], made_on=d("2026-02-03")
    )
    ledger.receipt("1000.00", "2026-02-12", number="RC-1")
    ledger.allocate("RC-1", "2026-02-12", {"INV-1": "1000.00"})
    # 02-13 is the last day (10th + 3 grace days): still open, still paused
    on_last_day = run(ledger, "2026-02-13")
    assert (on_last_day.promises_broken, on_last_day.reminders, on_last_day.left_out_promised) == (0, (), 1)
    result = run(ledger, "2026-02-14")
    assert result.promises_broken == 1
    # 14 days overdue is level 2; the broken promise moves it to 3 (second notice, a call)
    (reminder,) = result.reminders
    assert (reminder.level, reminder.action, reminder.template) == (3, "call", "second")
    assert reminder.amount == cny("4000.00")
    with book.sessions() as session:
        (broken,) = collections.promises(session, "C1")
        count = collections.broken_promises(
            session, customer_id(book), start=d("2026-02-01"), end=d("2026-02-28")
        )
        outside = collections.broken_promises(
            session, customer_id(book), start=d("2026-03-01"), end=d("2026-03-31")
        )
        alerts = session.execute(
            select(CreditAlert.rule, CreditAlert.condition_key, CreditAlert.raised_on)
        ).all()
        assert collections.dunning_contact(session, "C1").level_bump == 1
    assert (broken.status, broken.received, broken.decided_on) == ("broken", cny("1000.00"), d("2026-02-13"))
    assert (count, outside) == (1, 0)
    assert alerts == [("broken_promise", str(broken.id), d("2026-02-13"))]
    ledger.receipt("4000.00", "2026-03-01", number="RC-2")
    ledger.allocate("RC-2", "2026-03-01", {"INV-1": "4000.00"})
    assert run(ledger, "2026-03-02").escalations_cleared == 1  # nothing overdue: back to plain levels
    with book.sessions() as session:
        assert collections.dunning_contact(session, "C1").level_bump == 0


def test_the_grace_days_are_a_setting(ledger):
    put_setting(ledger.uow(), collections.GRACE_SETTING, 0)
    ledger.invoice("INV-1", "5000.00", "2026-01-01", due="2026-01-31")
    collections.record_promise(ledger.uow(), "C1", "5000.00", d("2026-02-10"), made_on=d("2026-02-03"))
    assert run(ledger, "2026-02-10").promises_broken == 0
    assert run(ledger, "2026-02-11").promises_broken == 1


def test_a_promise_for_the_account_counts_every_receipt_from_the_day_it_was_made(ledger):
    ledger.invoice("INV-1", "3000.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("INV-2", "3000.00", "2026-01-02", due="2026-02-01")
    ledger.receipt("500.00", "2026-02-01", number="RC-0")  # before the promise: not counted
    collections.record_promise(ledger.uow(), "C1", "2000.00", d("2026-02-10"), made_on=d("2026-02-03"))
    result = run(ledger, "2026-02-05")
    assert (result.reminders, result.left_out_promised) == ((), 2)  # the whole account is paused
    ledger.receipt("1200.00", "2026-02-06", number="RC-1")  # unallocated cash counts too
    ledger.receipt("800.00", "2026-02-09", number="RC-2")
    assert run(ledger, "2026-02-09").promises_kept == 1


def test_promise_rules(ledger):
    ledger.invoice("INV-1", "3000.00", "2026-01-01", due="2026-01-31")
    ledger.customer("C2", "另一家公司")
    ledger.invoice("X-1", "100.00", "2026-01-01", due="2026-01-31", customer="C2")
    with pytest.raises(ValidationError, match="cannot fall due earlier"):
        collections.record_promise(ledger.uow(), "C1", "10", d("2026-02-01"), made_on=d("2026-02-03"))
    with pytest.raises(ValidationError, match="must be positive"):
        collections.record_promise(ledger.uow(), "C1", "0", d("2026-02-10"), made_on=d("2026-02-03"))
    with pytest.raises(ValidationError, match="is not C1's"):
        collections.record_promise(
            ledger.uow(), "C1", "10", d("2026-02-10"), ["X-1"], made_on=d("2026-02-03")
        )
    with pytest.raises(Exception, match="unknown invoice 'NOPE'"):
        collections.record_promise(
            ledger.uow(), "C1", "10", d("2026-02-10"), ["NOPE"], made_on=d("2026-02-03")
        )


# ---------------------------------------------------------------------------------------------
# Worklist, follow-ups, tasks


@pytest.fixture
def three(book):
    ledger = Ledger(book)
    ledger.customer("A", "甲公司", collector="孙丽")
    ledger.customer("B", "乙公司", collector="孙丽")
    ledger.customer("C", "丙公司", collector="马超")
    ledger.invoice("A-1", "10000.00", "2026-01-01", due="2026-02-20", customer="A")  # 10 days × 10,000
    ledger.invoice("B-1", "1000.00", "2025-12-01", due="2026-01-01", customer="B")  # 60 days × 1,000
    ledger.invoice("C-1", "5000.00", "2026-01-01", due="2026-01-21", customer="C")  # 40 days × 5,000
    reminders.run_reminders(ledger.uow(), d("2026-03-02"))
    return ledger


def test_the_worklist_is_ordered_by_amount_times_days_times_risk(three, book):
    with book.sessions() as session:
        items = followups.worklist(session, d("2026-03-02"))
        mine = followups.worklist(session, d("2026-03-02"), collector="孙丽")
    # C 5,000 × 40 = 200,000; A 10,000 × 10 = 100,000; B 1,000 × 60 = 60,000
    assert [(i.customer_code, i.priority) for i in items] == [
        ("C", Decimal("200000.00")),
        ("A", Decimal("100000.00")),
        ("B", Decimal("60000.00")),
    ]
    assert [i.customer_code for i in mine] == ["A", "B"]
    assert [(e.currency, e.overdue, e.oldest_days) for e in items[0].exposures] == [
        ("CNY", cny("5000.00"), 40)
    ]
    # B is rated E (weight 2): 120,000 puts it ahead of A
    with book.sessions() as session:
        session.add(
            CreditRating(
                customer_id=customer_id(book, "B"), as_of=d("2026-02-01"), score_tenths=200, grade="E"
            )
        )
        session.commit()
        items = followups.worklist(session, d("2026-03-02"))
    assert [(i.customer_code, i.grade, i.priority) for i in items] == [
        ("C", None, Decimal("200000.00")),
        ("B", "E", Decimal("120000.00")),
        ("A", None, Decimal("100000.00")),
    ]


def test_snooze_complete_and_follow_up(three, book):
    with book.sessions() as session:
        task_a, task_b, task_c = (
            next(i.task_id for i in followups.worklist(session, d("2026-03-02")) if i.customer_code == code)
            for code in "ABC"
        )
    with pytest.raises(ValidationError, match="say why"):
        followups.snooze(three.uow(), task_c, d("2026-03-05"), "")
    with pytest.raises(ValidationError, match="snooze it to a later day"):
        followups.snooze(three.uow(), task_c, d("2026-03-02"), "客户出差")
    followups.snooze(three.uow(), task_c, d("2026-03-05"), "客户财务出差，周四回电")
    followups.complete_task(three.uow(), task_b, "已寄出")
    info = followups.log_follow_up(
        three.uow(),
        "A",
        channel="call",
        contact="王芳（财务经理）",
        summary="答应下周安排付款",
        outcome="promise",
        next_action_on=d("2026-03-09"),
        on=d("2026-03-02"),
        task_id=task_a,
    )
    with book.sessions() as session:
        today = followups.worklist(session, d("2026-03-02"))
        thursday = followups.worklist(session, d("2026-03-05"))
        next_week = followups.worklist(session, d("2026-03-09"))
        log = followups.follow_ups(session, "A")
        reminders_made = {r.customer_code: r for r in reminders.list_reminders(session)}
    assert today == []
    assert [(i.customer_code, i.snooze_reason) for i in thursday] == [("C", "客户财务出差，周四回电")]
    assert [(i.customer_code, i.kind, i.task_id) for i in next_week] == [
        ("C", "letter", task_c),
        ("A", "follow_up", info.next_task_id),
    ]
    assert [(f.channel, f.contact, f.outcome, f.next_action_on) for f in log] == [
        ("call", "王芳（财务经理）", "promise", d("2026-03-09"))
    ]
    # a reminder task done means the reminder went out that way
    assert (reminders_made["A"].status, reminders_made["A"].sent_via) == ("sent", "email")
    assert (reminders_made["B"].status, reminders_made["B"].sent_via) == ("sent", "call")
    with pytest.raises(Conflict, match="is done already"):
        followups.complete_task(three.uow(), task_b)


def test_follow_up_rules(ledger):
    with pytest.raises(ValidationError, match="'fax' is not a channel"):
        followups.log_follow_up(ledger.uow(), "C1", channel="fax", summary="x")
    with pytest.raises(ValidationError, match="needs a summary"):
        followups.log_follow_up(ledger.uow(), "C1", channel="call", summary=" ")
    with pytest.raises(ValidationError, match="next action comes after"):
        followups.log_follow_up(
            ledger.uow(),
            "C1",
            channel="wechat",
            summary="x",
            on=d("2026-03-02"),
            next_action_on=d("2026-03-01"),
        )


# ---------------------------------------------------------------------------------------------
# Collector performance


def test_collector_performance_for_a_month(book):
    ledger = Ledger(book)
    ledger.customer("A", "甲公司", collector="孙丽")
    ledger.customer("B", "乙公司", collector="马超")
    ledger.customer("U", "Northwind Ltd", currency="USD", collector="孙丽")
    ledger.invoice("A-1", "10000.00", "2026-01-11", due="2026-02-10", customer="A")
    ledger.invoice("A-2", "2000.00", "2026-01-20", due="2026-03-05", customer="A")  # due in March
    ledger.invoice("B-1", "4000.00", "2026-01-15", due="2026-02-14", customer="B")
    ledger.invoice("U-1", "500.00", "2026-02-01", due="2026-02-28", customer="U")
    # A pays 8,000 on 02-20, applied on 02-25: 6,000 to A-1 (40 days after its invoice), 2,000 to A-2 (31)
    ledger.receipt("8000.00", "2026-02-20", customer="A", number="RC-A")
    ledger.allocate("RC-A", "2026-02-25", {"A-1": "6000.00", "A-2": "2000.00"})
    # B pays B-1 in full in March: collected in March, not in February
    ledger.receipt("4000.00", "2026-03-03", customer="B", number="RC-B")
    ledger.allocate("RC-B", "2026-03-03", {"B-1": "4000.00"})
    # A promised twice in February: one kept, one broken
    collections.record_promise(
        ledger.uow(), "A", "6000.00", d("2026-02-20"), ["A-1"], made_on=d("2026-02-11")
    )
    collections.record_promise(
        ledger.uow(), "A", "4000.00", d("2026-02-24"), ["A-1"], made_on=d("2026-02-21")
    )
    reminders.run_reminders(ledger.uow(), d("2026-03-01"))
    with book.sessions() as session:
        rows = {
            (r.collector, r.currency): r
            for r in collector_performance.collector_performance(session, "2026-02")
        }
        march = collector_performance.collector_performance(session, "2026-03", collector="马超")
    sun = rows[("孙丽", "CNY")]
    assert (sun.due, sun.collected, sun.collection_rate) == (cny("10000.00"), cny("6000.00"), Decimal("60.0"))
    # cash in February: (6,000 × 40 days + 2,000 × 31 days) ÷ 8,000 = 302,000 ÷ 8,000 = 37.75 → 37.8 days
    assert (sun.cash_collected, sun.average_days_to_collect) == (cny("8000.00"), Decimal("37.8"))
    assert (sun.promises_kept, sun.promises_broken, sun.promises_kept_rate) == (1, 1, Decimal("50.0"))
    ma = rows[("马超", "CNY")]
    assert (ma.due, ma.collected, ma.collection_rate, ma.cash_collected) == (
        cny("4000.00"),
        cny("0.00"),
        Decimal("0.0"),
        cny("0.00"),
    )
    assert ma.average_days_to_collect is None and ma.promises_kept_rate is None
    usd = rows[("孙丽", "USD")]
    assert (usd.due, usd.collection_rate) == (Money.of("500.00", "USD"), Decimal("0.0"))
    (ma_march,) = march
    assert (ma_march.due, ma_march.cash_collected, ma_march.average_days_to_collect) == (
        cny("0.00"),
        cny("4000.00"),
        Decimal("47.0"),  # 01-15 → 03-03
    )


def test_a_month_is_yyyy_mm(book):
    with book.sessions() as session, pytest.raises(ValidationError, match="not a month"):
        collector_performance.collector_performance(session, "2026-13")
    assert collector_performance.month_range("2028-02") == (date(2028, 2, 1), date(2028, 2, 29))
