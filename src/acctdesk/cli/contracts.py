"""Commands over contracts and the events that date their installments (and 票到 on an invoice)."""

from __future__ import annotations

import argparse
from datetime import date

from acctdesk.cli.common import (
    Commands,
    emit_json,
    emit_table,
    open_existing,
    parse_date,
    parse_decimal,
    write,
)


def cmd_contract_add(args: argparse.Namespace) -> None:
    from acctdesk.services.contracts import create_contract

    info = write(
        args,
        lambda uow: create_contract(
            uow,
            number=args.number,
            customer_code=args.customer,
            amount=args.amount,
            currency=args.currency,
            signed_date=args.signed,
            term=args.term,
            description=args.description or "",
        ),
    )
    if args.json:
        emit_json(info)
        return
    details = [f"{info.amount.amount:,} {info.amount.currency}"]
    if info.signed_date:
        details.append(f"signed {info.signed_date.isoformat()}")
    if info.term:
        details.append(f"term {info.term}")
    print(f"added contract {info.number} for {info.customer_code}: {', '.join(details)}")
    for warning in info.warnings:
        print(f"  credit: {warning}")


def cmd_contract_event(args: argparse.Namespace) -> None:
    from acctdesk.services.contracts import record_event

    result = write(
        args, lambda uow: record_event(uow, contract_number=args.number, event=args.event, on=args.date)
    )
    _print_event(args, f"contract {result.number}", result)


def cmd_invoice_received(args: argparse.Namespace) -> None:
    from acctdesk.services.contracts import record_invoice_received

    result = write(args, lambda uow: record_invoice_received(uow, invoice_number=args.number, on=args.date))
    _print_event(args, f"invoice {result.number}", result)


def _print_event(args: argparse.Namespace, subject: str, result) -> None:
    if args.json:
        emit_json(result)
        return
    what = "received" if result.event == "received" else result.event
    if result.date_before not in (None, result.event_date):
        print(f"{subject}: {what} moved from {result.date_before} to {result.event_date}")
    else:
        print(f"{subject}: {what} on {result.event_date}")
    if not result.installments:
        print("no installment's due date changed")
        return
    emit_table(
        ["invoice", "#", "amount", "due before", "due"],
        [
            [i.invoice_number, i.seq, i.amount, i.due_before or f"(awaiting {result.event})", i.due_date]
            for i in result.installments
        ],
    )


def cmd_contract_show(args: argparse.Namespace) -> None:
    from acctdesk.services.contracts import contract_schedule

    book = open_existing(args)
    try:
        with book.sessions() as session:
            schedule = contract_schedule(session, args.number, as_of=args.as_of or date.today())
    finally:
        book.close()
    if args.json:
        emit_json(schedule)
        return
    print(f"contract {schedule.number}  {schedule.customer_code} {schedule.customer_name}")
    print(f"amount {schedule.amount.amount:,} {schedule.amount.currency}  term {schedule.term or '-'}")
    events = ", ".join(f"{name} {day.isoformat()}" for name, day in schedule.events.items())
    print(f"events: {events or 'none recorded'}")
    print(
        f"invoiced {schedule.invoiced.amount:,}  open {schedule.open_amount.amount:,}  "
        f"as of {schedule.as_of.isoformat()}"
    )
    rows = [
        [
            invoice.number,
            i.seq,
            i.term_line,
            i.due_date or f"awaiting {i.awaiting_event}",
            i.amount,
            i.open_amount,
            i.status + (" (retention)" if i.retention else ""),
            i.days_overdue or "",
        ]
        for invoice in schedule.invoices
        for i in invoice.installments
    ]
    if rows:
        print()
        emit_table(["invoice", "#", "term", "due", "amount", "open", "status", "days overdue"], rows)


def register(commands: Commands) -> None:
    contract = commands.group("contract", "contracts and their events (signing, delivery, acceptance …)")
    sub = contract.command("add", cmd_contract_add, "add a contract")
    sub.add_argument("number")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("amount", type=parse_decimal)
    sub.add_argument("--signed", type=parse_date, help="the signing date")
    sub.add_argument("--term", help="a stored term's name or shorthand")
    sub.add_argument("--currency", help="default: the customer's")
    sub.add_argument("--description")

    sub = contract.command(
        "event", cmd_contract_event, "record a contract event and date the installments waiting for it"
    )
    sub.add_argument("number")
    sub.add_argument("event", help="signing, delivery, acceptance (验收, ACCEPT …) or a milestone name")
    sub.add_argument("date", type=parse_date)

    sub = contract.command("show", cmd_contract_show, "a contract's invoices and installments with status")
    sub.add_argument("number")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD", help="default: today")

    sub = commands.command(
        "invoice-received", cmd_invoice_received, "record when the customer received an invoice (票到)"
    )
    sub.add_argument("number", help="the invoice number")
    sub.add_argument("date", type=parse_date)
