"""Commands over the ledger: books, customers, postings, open items and balances."""

from __future__ import annotations

import argparse
import sys
from collections.abc import Callable
from dataclasses import asdict
from datetime import date

from acctdesk.cli.admin import register_audit
from acctdesk.cli.common import (
    CliError,
    Commands,
    acting_user,
    customer_id_for,
    done,
    emit_json,
    emit_table,
    installment_lines,
    open_existing,
    parse_date,
    parse_decimal,
    positive_int,
    resolve_url,
    with_uow,
)


def cmd_init(args: argparse.Namespace) -> None:
    from acctdesk.services.settings import initialise_book

    book, created = initialise_book(
        resolve_url(args), name=args.name, base_currency=args.currency, user=acting_user(args)
    )
    result = {"book": book.display_name, "created": created}
    book.close()
    if args.json:
        emit_json(result)
    else:
        print(f"{'Created' if created else 'Opened and upgraded'} {result['book']}")


def cmd_demo(args: argparse.Namespace) -> None:
    from acctdesk.services.demo import DemoSpec, generate_demo
    from acctdesk.services.settings import initialise_book

    book, _ = initialise_book(resolve_url(args), name="Demo", user=acting_user(args))
    try:
        spec = DemoSpec(customers=args.customers, invoices=args.invoices, seed=args.seed, today=args.as_of)
        summary = generate_demo(book, spec, user=acting_user(args), progress=_progress(args))
    finally:
        book.close()
    if args.json:
        emit_json(summary)
    else:
        for key, value in asdict(summary).items():
            print(f"{key}: {value}")


def _progress(args: argparse.Namespace) -> Callable[[int, int], None] | None:
    if args.json or not sys.stderr.isatty():
        return None

    def report(done: int, total: int) -> None:
        print(f"\r{done:,} / {total:,} invoices", end="", file=sys.stderr, flush=True)
        if done >= total:
            print(file=sys.stderr)

    return report


def cmd_customers(args: argparse.Namespace) -> None:
    from acctdesk.services.customers import list_customers

    book = open_existing(args)
    with book.sessions() as session:
        customers = list_customers(session, args.search or "")
    book.close()
    if args.json:
        emit_json(customers)
        return
    emit_table(
        ["code", "name", "currency", "group", "collector", "status"],
        [[c.code, c.name, c.currency, c.group_code, c.collector, c.status] for c in customers],
    )


def cmd_customer_add(args: argparse.Namespace) -> None:
    from acctdesk.services.customers import create_customer
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    values = {
        key: value
        for key, value in {
            "group": args.group,
            "salesperson": args.salesperson,
            "collector": args.collector,
            "default_term": args.term,
            "credit_limit": args.credit_limit,
            "tax_id": args.tax_id,
            "language": args.language,
        }.items()
        if value is not None
    }
    try:
        create_customer(UnitOfWork(book, acting_user(args)), args.code, args.name, args.currency, **values)
    finally:
        book.close()
    done(args, {"customer": args.code})


def cmd_open_items(args: argparse.Namespace) -> None:
    from acctdesk.services.balances import open_items, unapplied_credits

    as_of = args.as_of or date.today()
    book = open_existing(args)
    with book.sessions() as session:
        customer_id = customer_id_for(session, args.customer)
        items = open_items(session, as_of, customer_id)
        credits = unapplied_credits(session, as_of, customer_id)
    book.close()
    if args.json:
        emit_json({"as_of": as_of, "open_items": items, "unapplied": credits})
        return
    emit_table(
        [
            "customer",
            "invoice",
            "#",
            "invoice date",
            "due date",
            "days overdue",
            "currency",
            "open",
        ],
        [
            [
                i.customer_code,
                i.invoice_number,
                i.seq,
                i.invoice_date,
                i.due_date or f"({i.awaiting_event})",
                i.days_overdue or "",
                i.open_amount.currency,
                i.open_amount,
            ]
            for i in items
        ],
    )
    if credits:
        print()
        emit_table(
            ["customer", "unapplied", "date", "currency", "amount"],
            [
                [c.customer_code, c.number, c.document_date, c.unapplied.currency, c.unapplied]
                for c in credits
            ],
        )


def cmd_balance(args: argparse.Namespace) -> None:
    from acctdesk.services.balances import balance_summary, ledger_balances

    as_of = args.as_of or date.today()
    book = open_existing(args)
    with book.sessions() as session:
        customer_id = customer_id_for(session, args.customer)
        summaries = balance_summary(session, as_of, customer_id)
        customers = ledger_balances(session, as_of, customer_id) if args.by_customer else []
    book.close()
    if args.json:
        emit_json(
            {
                "as_of": as_of,
                "currencies": [
                    {
                        "currency": s.currency,
                        "open_items": str(s.open_items.amount),
                        "unapplied_cash": str(s.unapplied_cash.amount),
                        "unallocated_credit": str(s.unallocated_credit.amount),
                        "balance": str(s.balance.amount),
                        "ledger_balance": str(s.ledger_balance.amount),
                        "ties": s.ties,
                    }
                    for s in summaries
                ],
                "customers": customers,
            }
        )
        return
    emit_table(
        [
            "currency",
            "open items",
            "unapplied cash",
            "unallocated credit",
            "balance",
            "ledger",
            "ties",
        ],
        [
            [
                s.currency,
                s.open_items,
                s.unapplied_cash,
                s.unallocated_credit,
                s.balance,
                s.ledger_balance,
                "✓" if s.ties else "✗",
            ]
            for s in summaries
        ],
    )
    if customers:
        print()
        emit_table(
            ["customer", "name", "currency", "balance"],
            [[c.customer_code, c.customer_name, c.currency, c.balance] for c in customers],
        )


def cmd_invoice_post(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    with_uow(
        args,
        lambda uow: ledger.post_invoice(
            uow,
            customer_code=args.customer,
            number=args.number,
            invoice_date=args.date,
            amount=args.amount,
            currency=args.currency,
            due_date=args.due,
            term=args.term,
            received_date=args.received,
            contract_number=args.contract,
            description=args.description or "",
        ),
    )


def cmd_receipt_post(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    with_uow(
        args,
        lambda uow: ledger.post_receipt(
            uow,
            customer_code=args.customer,
            amount=args.amount,
            receipt_date=args.date,
            number=args.number,
            currency=args.currency,
            payer=args.payer or "",
            method=args.method,
            bill_maturity=args.maturity,
            reference=args.reference or "",
        ),
    )


def cmd_credit_note_post(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    with_uow(
        args,
        lambda uow: ledger.post_credit_note(
            uow,
            customer_code=args.customer,
            amount=args.amount,
            note_date=args.date,
            reason=args.reason,
            number=args.number,
            currency=args.currency,
            invoice_number=args.invoice,
        ),
    )


def cmd_allocate(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    def action(uow):
        lines = None
        if args.line:
            with uow.book.sessions() as session:
                lines = installment_lines(session, args.line)
        return ledger.allocate(uow, kind=args.kind, number=args.number, on=args.date, lines=lines)

    with_uow(args, action)


def cmd_unallocate(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    with_uow(
        args,
        lambda uow: ledger.unallocate(uow, allocation_id=args.allocation, on=args.date, amount=args.amount),
    )


def cmd_write_off(args: argparse.Namespace) -> None:
    """Files a write-off request; it is posted when another user approves it."""
    from acctdesk.services.approvals import request_write_off

    def action(uow):
        with uow.book.sessions() as session:
            lines = installment_lines(session, args.line)
        filed = request_write_off(
            uow, customer_code=args.customer, on=args.date, reason=args.reason, lines=lines
        )
        return {"request": filed.id, "status": filed.status, "summary": filed.summary}

    with_uow(args, action)


def cmd_reverse(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    with_uow(
        args,
        lambda uow: ledger.reverse(uow, kind=args.kind, number=args.number, on=args.date, reason=args.reason),
    )


def cmd_lock(args: argparse.Namespace) -> None:
    """Moves the lock date forward; moving it back files a request for approval."""
    from acctdesk.services.approvals import request_reopen_period
    from acctdesk.services.settings import book_info, set_lock_date

    def action(uow):
        with uow.book.sessions() as session:
            version = book_info(session).version
        with uow.book.sessions() as session:
            current = book_info(session).lock_date
        if current is not None and (args.date is None or args.date < current):
            filed = request_reopen_period(uow, lock_date=args.date, reason=args.reason or "")
            return {"request": filed.id, "status": filed.status, "summary": filed.summary}
        info = set_lock_date(uow, args.date, version)
        return {"lock_date": info.lock_date.isoformat() if info.lock_date else None}

    with_uow(args, action)


def cmd_audit_verify(args: argparse.Namespace) -> None:
    from acctdesk.services.audit import verify_chain

    book = open_existing(args)
    with book.sessions() as session:
        report = verify_chain(session)
    book.close()
    if args.json:
        emit_json(report)
    elif report.ok:
        print(f"audit chain verified: {report.events} events")
    if not report.ok:
        raise CliError(f"audit chain broken at event {report.first_broken_seq}: {report.reason}")


def register(commands: Commands) -> None:
    command = commands.command
    sub = command("init", cmd_init, "create a book or upgrade it to the current schema")
    sub.add_argument("--name", default="acctdesk", help="the book's name")
    sub.add_argument("--currency", default="CNY", help="base currency (ISO 4217)")

    sub = command("demo", cmd_demo, "fill an empty book with realistic demo data")
    sub.add_argument("--customers", type=positive_int, default=200)
    sub.add_argument("--invoices", type=positive_int, default=20_000)
    sub.add_argument("--seed", type=int, default=1)
    sub.add_argument("--as-of", type=parse_date, help="the demo's today (default: today)")

    sub = command("customers", cmd_customers, "list customers")
    sub.add_argument("--search", help="code, name, alias or tax id contains this")

    sub = command("customer-add", cmd_customer_add, "add a customer")
    sub.add_argument("code")
    sub.add_argument("name")
    sub.add_argument("--currency", default="CNY")
    for option in ("--group", "--salesperson", "--collector", "--term", "--tax-id", "--language"):
        sub.add_argument(option)
    sub.add_argument("--credit-limit", type=parse_decimal)

    sub = command("open-items", cmd_open_items, "open installments and unapplied cash as of a date")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")

    sub = command("balance", cmd_balance, "receivables balance as of a date, by both paths")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")
    sub.add_argument("--by-customer", action="store_true", help="list each customer's balance")

    sub = command("invoice", cmd_invoice_post, "post an invoice")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("number")
    sub.add_argument("amount", type=parse_decimal)
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--due", type=parse_date, help="a single due date")
    sub.add_argument("--term", help="a payment term name or shorthand (e.g. N30)")
    sub.add_argument("--received", type=parse_date, help="when the customer received it (票到)")
    sub.add_argument("--contract")
    sub.add_argument("--currency")
    sub.add_argument("--description")

    sub = command("receipt", cmd_receipt_post, "post a receipt")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("amount", type=parse_decimal)
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--number")
    sub.add_argument("--currency")
    sub.add_argument("--payer")
    sub.add_argument("--method", default="bank_transfer")
    sub.add_argument("--maturity", type=parse_date, help="maturity of an acceptance bill")
    sub.add_argument("--reference")

    sub = command("credit-note", cmd_credit_note_post, "post a credit note")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("amount", type=parse_decimal)
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--reason", required=True)
    sub.add_argument("--number")
    sub.add_argument("--currency")
    sub.add_argument("--invoice", help="the invoice it corrects")

    sub = command("allocate", cmd_allocate, "apply a receipt or credit note (oldest due first)")
    sub.add_argument("number", help="receipt or credit note number")
    sub.add_argument("--kind", choices=["receipt", "credit_note"], default="receipt")
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--line", action="append", metavar="INVOICE[/N]=AMOUNT")

    sub = command("unallocate", cmd_unallocate, "take back an allocation from a date on")
    sub.add_argument("allocation", type=positive_int)
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--amount", type=parse_decimal)

    sub = command("write-off", cmd_write_off, "request a write-off (posted when another user approves it)")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--reason", required=True)
    sub.add_argument("--line", action="append", required=True, metavar="INVOICE[/N]=AMOUNT")

    sub = command("reverse", cmd_reverse, "reverse a posted document")
    sub.add_argument("kind", choices=["invoice", "receipt", "credit_note", "write_off"])
    sub.add_argument("number")
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--reason", required=True)

    sub = command("lock", cmd_lock, "lock the books up to a date (moving it back needs approval)")
    sub.add_argument("date", type=parse_date, nargs="?", help="omit to unlock")
    sub.add_argument("--reason", help="why a locked period is to be reopened")

    audit = commands.group("audit", "the audit log")
    audit.command("verify", cmd_audit_verify, "verify the audit chain end to end")
    register_audit(audit)
