"""Collections commands: the daily reminder run, the worklist, follow-ups, promises, disputes,
dunning letters, policies and collector performance."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from acctdesk.cli.common import (
    CliError,
    Commands,
    emit_json,
    emit_table,
    open_existing,
    parse_date,
    parse_decimal,
    positive_int,
    write,
)
from acctdesk.model.entities import ReminderAction
from acctdesk.services import (
    collections,
    collector_performance,
    dunning_letter,
    followups,
    reminder_policy,
    reminders,
)
from acctdesk.services.dunning_templates import TEMPLATE_KEYS


def _as_of(args: argparse.Namespace) -> date:
    return getattr(args, "as_of", None) or date.today()


def _read(args: argparse.Namespace, read):
    book = open_existing(args)
    try:
        with book.sessions() as session:
            return read(session)
    finally:
        book.close()


def _money(value) -> str:
    return f"{value.amount:,}"


# ---------------------------------------------------------------------------------------------
# The daily run


def cmd_run(args: argparse.Namespace) -> None:
    as_of = _as_of(args)
    result = write(args, lambda uow: reminders.run_reminders(uow, as_of, dry_run=args.dry_run))
    if args.json:
        emit_json(result)
        return
    what = "would make" if result.dry_run else "made"
    print(
        f"reminder run {as_of.isoformat()}: {what} {len(result.reminders)} reminders, "
        f"{result.tasks_created} tasks; promises kept {result.promises_kept}, "
        f"broken {result.promises_broken}; "
        f"left out: {result.left_out_disputed} disputed, {result.left_out_promised} under a promise"
    )
    if result.reminders:
        emit_table(
            [
                "number",
                "customer",
                "name",
                "level",
                "action",
                "items",
                "currency",
                "amount",
                "fee",
                "interest",
            ],
            [
                [
                    r.number if not result.dry_run else "(dry run)",
                    r.customer_code,
                    r.customer_name,
                    r.level,
                    r.action,
                    r.items,
                    r.currency,
                    r.amount,
                    r.fee,
                    r.interest,
                ]
                for r in result.reminders
            ],
        )


def cmd_reminders(args: argparse.Namespace) -> None:
    rows = _read(args, lambda s: reminders.list_reminders(s, args.customer, limit=args.limit))
    if args.json:
        emit_json(rows)
        return
    emit_table(
        [
            "number",
            "run on",
            "customer",
            "level",
            "action",
            "currency",
            "amount",
            "fee",
            "interest",
            "status",
        ],
        [
            [
                r.number,
                r.run_on,
                r.customer_code,
                r.level,
                r.action,
                r.currency,
                r.amount,
                r.fee,
                r.interest,
                f"{r.status} {r.sent_via} {r.sent_to}".strip(),
            ]
            for r in rows
        ],
    )


def cmd_send(args: argparse.Namespace) -> None:
    sent = write(args, lambda uow: dunning_letter.send_reminder(uow, args.number, to=args.to))
    if args.json:
        emit_json(sent)
    else:
        print(f"sent {sent.number} to {sent.to}: {sent.subject} ({sent.attachment}, {sent.size:,} bytes)")


# ---------------------------------------------------------------------------------------------
# Worklist, tasks, follow-ups


def cmd_worklist(args: argparse.Namespace) -> None:
    as_of = _as_of(args)
    items = _read(args, lambda s: followups.worklist(s, as_of, collector=args.collector))
    if args.json:
        emit_json({"as_of": as_of, "collector": args.collector, "tasks": items})
        return
    if not items:
        print(f"nothing to do on {as_of.isoformat()}" + (f" for {args.collector}" if args.collector else ""))
        return
    emit_table(
        ["priority", "task", "kind", "customer", "name", "collector", "overdue", "days", "reminder", "note"],
        [
            [
                f"{i.priority:,.0f}",
                i.task_id,
                i.kind,
                i.customer_code,
                i.customer_name,
                i.collector,
                " + ".join(f"{e.currency} {_money(e.overdue)}" for e in i.exposures) or "—",
                max((e.oldest_days for e in i.exposures), default=0),
                f"{i.reminder_number} L{i.reminder_level}" if i.reminder_number else "",
                i.snooze_reason or i.note.splitlines()[0] if i.note or i.snooze_reason else "",
            ]
            for i in items
        ],
    )


def cmd_follow_up(args: argparse.Namespace) -> None:
    info = write(
        args,
        lambda uow: followups.log_follow_up(
            uow,
            args.customer,
            channel=args.channel,
            summary=args.summary,
            contact=args.contact or "",
            outcome=args.outcome or "",
            next_action_on=args.next,
            on=args.date,
            task_id=args.task,
        ),
    )
    if args.json:
        emit_json(info)
    else:
        follow = f"; follow-up task {info.next_task_id} on {info.next_action_on}" if info.next_task_id else ""
        print(f"follow-up {info.id} logged for {info.customer_code} ({info.channel}){follow}")


def cmd_follow_ups(args: argparse.Namespace) -> None:
    rows = _read(args, lambda s: followups.follow_ups(s, args.customer, limit=args.limit))
    if args.json:
        emit_json(rows)
        return
    emit_table(
        ["date", "customer", "channel", "contact", "outcome", "summary", "next", "by"],
        [
            [
                f.contacted_on,
                f.customer_code,
                f.channel,
                f.contact,
                f.outcome,
                f.summary,
                f.next_action_on,
                f.logged_by,
            ]
            for f in rows
        ],
    )


def cmd_task_done(args: argparse.Namespace) -> None:
    info = write(args, lambda uow: followups.complete_task(uow, args.task, args.note or ""))
    if args.json:
        emit_json(info)
    else:
        print(f"task {info.id} ({info.kind}, {info.customer_code}) done")


def cmd_task_snooze(args: argparse.Namespace) -> None:
    info = write(args, lambda uow: followups.snooze(uow, args.task, args.until, args.reason))
    if args.json:
        emit_json(info)
    else:
        print(f"task {info.id} ({info.kind}, {info.customer_code}) snoozed until {info.snoozed_until}")


def cmd_tasks(args: argparse.Namespace) -> None:
    rows = _read(args, lambda s: followups.tasks(s, customer_code=args.customer, status=args.status))
    if args.json:
        emit_json(rows)
        return
    emit_table(
        ["task", "customer", "kind", "due", "snoozed until", "status", "collector", "reminder", "note"],
        [
            [
                t.id,
                t.customer_code,
                t.kind,
                t.due_on,
                t.snoozed_until,
                t.status,
                t.collector,
                t.reminder_number,
                t.snooze_reason or t.note.splitlines()[0] if t.note or t.snooze_reason else "",
            ]
            for t in rows
        ],
    )


# ---------------------------------------------------------------------------------------------
# Promises and disputes


def _items(text: str | None) -> list[str] | None:
    return [part.strip() for part in text.split(",") if part.strip()] if text else None


def cmd_promise(args: argparse.Namespace) -> None:
    info = write(
        args,
        lambda uow: collections.record_promise(
            uow,
            args.customer,
            args.amount,
            args.date,
            _items(args.items),
            made_on=args.made_on,
            currency=args.currency,
            note=args.note or "",
        ),
    )
    if args.json:
        emit_json(info)
    else:
        covers = ", ".join(info.items) if info.items else "the whole account"
        print(
            f"promise {info.id}: {info.customer_code} pays {info.amount} by {info.promised_on} "
            f"(covers {covers}); reminders for it are paused until then"
        )


def cmd_promises(args: argparse.Namespace) -> None:
    rows = _read(args, lambda s: collections.promises(s, args.customer, status=args.status))
    if args.json:
        emit_json(rows)
        return
    emit_table(
        ["id", "customer", "made on", "promised on", "currency", "amount", "received", "status", "items"],
        [
            [
                p.id,
                p.customer_code,
                p.made_on,
                p.promised_on,
                p.amount.currency,
                p.amount,
                p.received,
                p.status,
                ", ".join(p.items) or "account",
            ]
            for p in rows
        ],
    )


def cmd_dispute(args: argparse.Namespace) -> None:
    opened = write(args, lambda uow: collections.open_dispute(uow, args.invoice, args.reason, on=args.date))
    if args.json:
        emit_json(opened)
        return
    for d in opened:
        print(
            f"dispute {d.id}: {d.invoice_number}/{d.seq} ({d.customer_code}, open {d.open_amount}) "
            f"disputed from {d.opened_on}: out of dunning, shown apart in aging"
        )


def cmd_resolve(args: argparse.Namespace) -> None:
    resolved = write(
        args, lambda uow: collections.resolve_dispute(uow, args.invoice, args.note, on=args.date)
    )
    if args.json:
        emit_json(resolved)
        return
    for d in resolved:
        print(f"dispute {d.id}: {d.invoice_number}/{d.seq} resolved on {d.resolved_on}: {d.resolution}")


def cmd_disputes(args: argparse.Namespace) -> None:
    rows = _read(args, lambda s: collections.disputes(s, customer_code=args.customer, open_only=args.open))
    if args.json:
        emit_json(rows)
        return
    emit_table(
        ["id", "customer", "invoice", "inst.", "opened", "reason", "resolved", "resolution"],
        [
            [
                d.id,
                d.customer_code,
                d.invoice_number,
                d.seq,
                d.opened_on,
                d.reason,
                d.resolved_on,
                d.resolution,
            ]
            for d in rows
        ],
    )


# ---------------------------------------------------------------------------------------------
# Letters


def cmd_letter(args: argparse.Namespace) -> None:
    if not (args.customer or args.reminder):
        raise CliError("name the customer (a preview as of --as-of) or --reminder DN-…")

    def read(session):
        if args.reminder:
            return dunning_letter.letter_for_reminder(session, args.reminder, language=args.language)
        return dunning_letter.letter_preview(
            session,
            args.customer,
            _as_of(args),
            level=args.level,
            currency=args.currency,
            language=args.language,
        )

    letter = _read(args, read)
    if args.customer and letter.customer_code != args.customer.strip():
        raise CliError(f"reminder {args.reminder} is {letter.customer_code}'s, not {args.customer}'s")
    path = dunning_letter.render_letter_pdf(letter, Path(args.out))
    summary = {
        "file": str(path),
        "number": letter.number,
        "customer": letter.customer_code,
        "language": letter.language,
        "level": letter.level,
        "title": letter.text("title"),
        "items": len(letter.items),
        "subtotal": letter.subtotal,
        "fee": letter.fee,
        "interest": letter.interest,
        "total": letter.total,
    }
    if args.json:
        emit_json(summary)
    else:
        print(
            f"{letter.text('title')} ({letter.language}, level {letter.level}, {len(letter.items)} items, "
            f"total {letter.currency} {_money(letter.total)}) written to {path}"
        )


# ---------------------------------------------------------------------------------------------
# Collector performance


def cmd_collectors(args: argparse.Namespace) -> None:
    month = args.month or date.today().strftime("%Y-%m")
    rows = _read(
        args, lambda s: collector_performance.collector_performance(s, month, collector=args.collector)
    )
    if args.json:
        emit_json({"month": month, "collectors": rows})
        return

    def pct(value: Decimal | None) -> str:
        return "—" if value is None else f"{value} %"

    emit_table(
        [
            "collector",
            "currency",
            "due",
            "collected",
            "rate",
            "cash in month",
            "avg days",
            "kept",
            "broken",
            "kept %",
        ],
        [
            [
                r.collector,
                r.currency,
                r.due,
                r.collected,
                pct(r.collection_rate),
                r.cash_collected,
                "—" if r.average_days_to_collect is None else r.average_days_to_collect,
                r.promises_kept,
                r.promises_broken,
                pct(r.promises_kept_rate),
            ]
            for r in rows
        ],
    )


# ---------------------------------------------------------------------------------------------
# Policies and contacts


def parse_level(text: str) -> tuple[int, str, str, Decimal, Decimal | None]:
    """DAYS:ACTION:TEMPLATE[:INTEREST%[:FEE]], e.g. '-3:email:friendly' or '30:letter:final:12:50'."""
    parts = text.split(":")
    if not 3 <= len(parts) <= 5:
        raise argparse.ArgumentTypeError(f"'{text}' is not DAYS:ACTION:TEMPLATE[:INTEREST%[:FEE]]")
    try:
        days = int(parts[0])
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{parts[0]}' is not a number of days") from None
    interest = parse_decimal(parts[3]) if len(parts) > 3 and parts[3] else Decimal(0)
    fee = parse_decimal(parts[4]) if len(parts) > 4 and parts[4] else None
    return days, parts[1], parts[2], interest, fee


def cmd_policy_set(args: argparse.Namespace) -> None:
    levels = [
        reminder_policy.LevelRule(
            level=number,
            offset_days=days,
            action=action,
            template=template,
            fee=reminder_policy.parse_fee(str(fee), args.fee_currency) if fee is not None else None,
            interest_rate=interest / 100,
        )
        for number, (days, action, template, interest, fee) in enumerate(args.level, start=1)
    ]
    policy = write(
        args,
        lambda uow: reminder_policy.set_policy(uow, args.name, levels, description=args.description or ""),
    )
    _print_policies(args, [policy])


def cmd_policies(args: argparse.Namespace) -> None:
    def read(session):
        return reminder_policy.list_policies(session), reminder_policy.grade_policies(session)

    policies, grades = _read(args, read)
    _print_policies(args, policies, grades)


def _print_policies(args, policies, grades=None) -> None:
    if args.json:
        emit_json({"policies": policies, "grades": grades or {}})
        return
    rows = []
    for policy in policies:
        for rule in policy.levels:
            rows.append(
                [
                    policy.name,
                    rule.level,
                    f"{rule.offset_days:+d}",
                    rule.action,
                    rule.template,
                    f"{rule.interest_rate * 100:.2f} %" if rule.interest_rate else "",
                    str(rule.fee) if rule.fee else "",
                ]
            )
    emit_table(["policy", "level", "days", "action", "template", "interest", "fee"], rows)
    if grades:
        print("grades: " + ", ".join(f"{g} → {name}" for g, name in sorted(grades.items())))


def cmd_policy_assign(args: argparse.Namespace) -> None:
    policy = None if args.policy == "-" else args.policy
    write(
        args,
        lambda uow: reminder_policy.assign_policy(uow, policy, customer_code=args.customer, grade=args.grade),
    )
    target = f"customer {args.customer}" if args.customer else f"grade {args.grade}"
    print(f"{target}: {'policy ' + policy if policy else 'no own policy'}")


def cmd_contact(args: argparse.Namespace) -> None:
    contact = write(
        args,
        lambda uow: collections.set_dunning_contact(
            uow, args.customer, name=args.name, email=args.email, phone=args.phone
        ),
    )
    if args.json:
        emit_json(contact)
    else:
        print(
            f"{contact.customer_code}: reminders go to {contact.name} <{contact.email}> "
            f"{contact.phone}".strip()
        )


def register(commands: Commands) -> None:
    def run_options(sub):
        sub.add_argument(
            "--as-of", type=parse_date, metavar="YYYY-MM-DD", help="the run's day (default: today)"
        )
        sub.add_argument("--dry-run", action="store_true", help="say what would be made, write nothing")

    group = commands.group("collections", "collections: the daily reminder run, policies, contacts")
    run_options(group.command("run", cmd_run, "make today's reminders and tasks (checks promises first)"))
    group.command("policies", cmd_policies, "reminder policies, their levels, and grade mappings")
    sub = group.command("policy", cmd_policy_set, "create a reminder policy or replace its levels")
    sub.add_argument("name")
    sub.add_argument(
        "--level",
        type=parse_level,
        action="append",
        required=True,
        metavar="DAYS:ACTION:TEMPLATE[:INTEREST%[:FEE]]",
        help=f"one per level, in order; actions {', '.join(ReminderAction)}; templates "
        f"{', '.join(TEMPLATE_KEYS)} (e.g. --level=-3:email:friendly --level 30:letter:final:12:50)",
    )
    sub.add_argument("--fee-currency", default="CNY")
    sub.add_argument("--description")
    sub = group.command("assign", cmd_policy_assign, "give a customer or a credit grade a policy ('-': none)")
    sub.add_argument("policy")
    target = sub.add_mutually_exclusive_group(required=True)
    target.add_argument("--customer", metavar="CODE")
    target.add_argument("--grade", choices=reminder_policy.GRADES)
    sub = group.command("contact", cmd_contact, "whom a customer's reminders go to")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--name")
    sub.add_argument("--email")
    sub.add_argument("--phone")

    group = commands.group("reminders", "reminders (催款通知): run, list, send")
    run_options(group.command("run", cmd_run, "make today's reminders and tasks (same as collections run)"))
    sub = group.command("list", cmd_reminders, "reminders made, newest first")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--limit", type=positive_int, default=200)
    sub = group.command("send", cmd_send, "e-mail a reminder's letter and record it as sent")
    sub.add_argument("number", metavar="REMINDER")
    sub.add_argument("--to", help="address (default: the customer's dunning contact)")

    command = commands.command
    sub = command("worklist", cmd_worklist, "today's collection tasks by priority")
    sub.add_argument("--collector", metavar="NAME")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")

    sub = command("follow-up", cmd_follow_up, "log a call, visit, e-mail, WeChat or letter (回访/催收记录)")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--channel", choices=followups.CHANNELS, required=True)
    sub.add_argument("--summary", required=True)
    sub.add_argument("--contact")
    sub.add_argument("--outcome", choices=followups.OUTCOMES)
    sub.add_argument("--next", type=parse_date, metavar="YYYY-MM-DD", help="next action date (makes a task)")
    sub.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="when (default: today)")
    sub.add_argument("--task", type=int, metavar="ID", help="the worklist task this answers (it is done)")

    sub = command("follow-ups", cmd_follow_ups, "the follow-up log, newest first")
    sub.add_argument("customer", metavar="CUSTOMER", nargs="?")
    sub.add_argument("--limit", type=positive_int, default=100)

    group = commands.group("task", "collection tasks: done, snooze, list")
    sub = group.command("done", cmd_task_done, "mark a task done")
    sub.add_argument("task", type=int, metavar="ID")
    sub.add_argument("--note")
    sub = group.command("snooze", cmd_task_snooze, "put a task off until a day, with a reason")
    sub.add_argument("task", type=int, metavar="ID")
    sub.add_argument("--until", type=parse_date, required=True, metavar="YYYY-MM-DD")
    sub.add_argument("--reason", required=True)
    sub = group.command("list", cmd_tasks, "tasks (open ones unless --status)")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--status", default="open", choices=["open", "done", "superseded", ""])

    sub = command("promise", cmd_promise, "record a promise to pay (承诺付款)")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("amount", type=parse_decimal)
    sub.add_argument("--date", type=parse_date, required=True, metavar="YYYY-MM-DD", help="promised date")
    sub.add_argument("--items", metavar="INV-1,INV-2/2", help="the invoices it covers (default: the account)")
    sub.add_argument("--made-on", type=parse_date, metavar="YYYY-MM-DD", help="when it was made (today)")
    sub.add_argument("--currency")
    sub.add_argument("--note")

    sub = command("promises", cmd_promises, "promises to pay and whether they were kept")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--status", choices=["open", "kept", "broken"])

    sub = command("dispute", cmd_dispute, "mark an invoice (or INV/2, one installment) disputed")
    sub.add_argument("invoice", metavar="INVOICE")
    sub.add_argument("--reason", required=True)
    sub.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="disputed from (default: today)")

    sub = command("resolve-dispute", cmd_resolve, "resolve an invoice's dispute; it is dunned again")
    sub.add_argument("invoice", metavar="INVOICE")
    sub.add_argument("--note", required=True)
    sub.add_argument("--date", type=parse_date, metavar="YYYY-MM-DD", help="resolved on (default: today)")

    sub = command("disputes", cmd_disputes, "disputed items")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--open", action="store_true", help="only the unresolved ones")

    sub = command("letter", cmd_letter, "a dunning letter (催款函) as PDF")
    sub.add_argument("customer", metavar="CUSTOMER", nargs="?")
    sub.add_argument("--level", type=int, help="the letter of this level (default: the level reached)")
    sub.add_argument("--reminder", metavar="DN-…", help="the letter of a reminder as it was made")
    sub.add_argument("--out", required=True, metavar="FILE.pdf")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")
    sub.add_argument("--currency")
    sub.add_argument("--language", choices=["zh_CN", "en"], help="default: the customer's")

    sub = command("collectors", cmd_collectors, "collector performance for a month")
    sub.add_argument("--month", metavar="YYYY-MM", help="default: this month")
    sub.add_argument("--collector", metavar="NAME")
