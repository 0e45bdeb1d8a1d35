"""The command line: argument parsing and printing only; every command is a service call.

`acctdesk` with no command opens the window. Every command takes `--db PATH` or `--db-url URL`,
prints one clear line to stderr and exits non-zero on bad input, and prints amounts as decimal
strings with `--json`.
"""

from __future__ import annotations

import argparse
import getpass
import json
import os
import sys
from collections.abc import Callable, Sequence
from dataclasses import asdict, is_dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import Any

from acctdesk.model.money import Money

EXIT_DOMAIN_ERROR = 1
EXIT_USAGE = 2


class CliError(Exception):
    """Bad input on the command line: shown as one line, exit code 2."""


def parse_date(text: str) -> date:
    try:
        return date.fromisoformat(text.strip())
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a date (use YYYY-MM-DD)") from None


def parse_decimal(text: str) -> Decimal:
    try:
        value = Decimal(text.replace(",", "").strip())
    except ArithmeticError:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount") from None
    if not value.is_finite():
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount")
    return value


def positive_int(text: str) -> int:
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"'{text}' is not a whole number") from None
    if value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' must not be negative")
    return value


# ---------------------------------------------------------------------------------------------
# Output


def jsonable(value: Any) -> Any:
    if isinstance(value, Money):
        return {"amount": str(value.amount), "currency": value.currency}
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if is_dataclass(value) and not isinstance(value, type):
        return {k: jsonable(v) for k, v in asdict(value).items()}
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set):
        return [jsonable(v) for v in value]
    return value


def emit_json(value: Any) -> None:
    json.dump(jsonable(value), sys.stdout, ensure_ascii=False, indent=2)
    sys.stdout.write("\n")


def emit_table(headers: Sequence[str], rows: Sequence[Sequence[Any]]) -> None:
    def cell(value: Any) -> str:
        if value is None:
            return ""
        if isinstance(value, Money):
            return f"{value.amount:,}"
        return str(value)

    text_rows = [[cell(v) for v in row] for row in rows]
    widths = [len(h) for h in headers]
    for row in text_rows:
        widths = [max(w, _display_width(c)) for w, c in zip(widths, row, strict=True)]
    print("  ".join(_pad(h, w) for h, w in zip(headers, widths, strict=True)).rstrip())
    for row in text_rows:
        print("  ".join(_pad(c, w) for c, w in zip(row, widths, strict=True)).rstrip())


def _display_width(text: str) -> int:
    # CJK characters take two columns in a terminal.
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _pad(text: str, width: int) -> str:
    return text + " " * (width - _display_width(text))


# ---------------------------------------------------------------------------------------------
# Opening the book


def default_book_path() -> Path:
    from platformdirs import user_data_path

    return user_data_path("acctdesk", appauthor=False) / "book.sqlite"


def resolve_url(args: argparse.Namespace) -> str:
    from acctdesk.model.db import book_url

    if args.db and args.db_url:
        raise CliError("give either --db or --db-url, not both")
    if args.db_url:
        return args.db_url
    if args.db:
        return book_url(args.db)
    if os.environ.get("ACCTDESK_DB_URL"):
        return os.environ["ACCTDESK_DB_URL"]
    return book_url(default_book_path())


def acting_user(args: argparse.Namespace) -> str:
    return args.user or os.environ.get("ACCTDESK_USER") or getpass.getuser() or "system"


def open_existing(args: argparse.Namespace):
    from acctdesk.services.book import open_book

    return open_book(resolve_url(args))


# ---------------------------------------------------------------------------------------------
# Commands


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
        spec = DemoSpec(
            customers=args.customers, invoices=args.invoices, seed=args.seed, today=args.as_of
        )
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
    _done(args, {"customer": args.code})


def _customer_id(session, code: str | None) -> int | None:
    from acctdesk.services.customers import customer_by_code

    return customer_by_code(session, code).id if code else None


def cmd_open_items(args: argparse.Namespace) -> None:
    from acctdesk.services.balances import open_items, unapplied_credits

    as_of = args.as_of or date.today()
    book = open_existing(args)
    with book.sessions() as session:
        customer_id = _customer_id(session, args.customer)
        items = open_items(session, as_of, customer_id)
        credits = unapplied_credits(session, as_of, customer_id)
    book.close()
    if args.json:
        emit_json({"as_of": as_of, "open_items": items, "unapplied": credits})
        return
    emit_table(
        ["customer", "invoice", "#", "invoice date", "due date", "days overdue", "currency", "open"],
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
            [[c.customer_code, c.number, c.document_date, c.unapplied.currency, c.unapplied] for c in credits],
        )


def cmd_balance(args: argparse.Namespace) -> None:
    from acctdesk.services.balances import balance_summary, ledger_balances

    as_of = args.as_of or date.today()
    book = open_existing(args)
    with book.sessions() as session:
        customer_id = _customer_id(session, args.customer)
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
        ["currency", "open items", "unapplied cash", "unallocated credit", "balance", "ledger", "ties"],
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


def _done(args: argparse.Namespace, result: Any) -> None:
    if args.json:
        emit_json(result)
    elif is_dataclass(result):
        print(", ".join(f"{k}: {jsonable(v)}" for k, v in asdict(result).items() if k != "allocations"))
    else:
        print(", ".join(f"{k}: {v}" for k, v in result.items()))


def _with_uow(args: argparse.Namespace, action: Callable[[Any], Any]) -> None:
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    try:
        result = action(UnitOfWork(book, acting_user(args)))
    finally:
        book.close()
    _done(args, result)


def cmd_invoice_post(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    _with_uow(
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

    _with_uow(
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

    _with_uow(
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


def _installment_lines(session, specs: Sequence[str]):
    """'INV-1=100.00' or 'INV-1/2=100.00' → allocation lines on installment ids."""
    from sqlalchemy import select

    from acctdesk.model.entities import Installment, Invoice
    from acctdesk.services.ledger import AllocationLine

    lines = []
    for spec in specs:
        target, sep, amount = spec.partition("=")
        if not sep:
            raise CliError(f"'{spec}': write INVOICE[/INSTALLMENT]=AMOUNT")
        number, _, seq = target.partition("/")
        query = select(Installment.id).join(Invoice).where(Invoice.number == number.strip())
        query = query.where(Installment.seq == int(seq)) if seq else query.order_by(Installment.seq)
        installment_id = session.scalars(query).first()
        if installment_id is None:
            raise CliError(f"'{spec}': no such invoice or installment")
        try:
            lines.append(AllocationLine(installment_id, parse_decimal(amount)))
        except argparse.ArgumentTypeError as error:
            raise CliError(f"'{spec}': {error}") from None
    return lines


def cmd_allocate(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    def action(uow):
        lines = None
        if args.line:
            with uow.book.sessions() as session:
                lines = _installment_lines(session, args.line)
        return ledger.allocate(uow, kind=args.kind, number=args.number, on=args.date, lines=lines)

    _with_uow(args, action)


def cmd_unallocate(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    _with_uow(
        args,
        lambda uow: ledger.unallocate(uow, allocation_id=args.allocation, on=args.date, amount=args.amount),
    )


def cmd_write_off(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    def action(uow):
        with uow.book.sessions() as session:
            lines = _installment_lines(session, args.line)
        return ledger.write_off(uow, customer_code=args.customer, on=args.date, reason=args.reason, lines=lines)

    _with_uow(args, action)


def cmd_reverse(args: argparse.Namespace) -> None:
    from acctdesk.services import ledger

    _with_uow(
        args,
        lambda uow: ledger.reverse(uow, kind=args.kind, number=args.number, on=args.date, reason=args.reason),
    )


def cmd_lock(args: argparse.Namespace) -> None:
    from acctdesk.services.settings import book_info, set_lock_date

    def action(uow):
        with uow.book.sessions() as session:
            version = book_info(session).version
        info = set_lock_date(uow, args.date, version)
        return {"lock_date": info.lock_date.isoformat() if info.lock_date else None}

    _with_uow(args, action)


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


def cmd_open_app(args: argparse.Namespace) -> int:
    try:
        from acctdesk.ui.app import run_app
    except ImportError as error:  # the window is optional for scripted use
        raise CliError(f"the desktop app is not available here: {error}") from None
    return run_app(url=resolve_url(args) if (args.db or args.db_url) else None, demo=args.demo)


# ---------------------------------------------------------------------------------------------
# Parser


def _book_options(parser: argparse.ArgumentParser, *, sub: bool = True) -> None:
    # On a subcommand the defaults are suppressed so that `acctdesk --db X balance` and
    # `acctdesk balance --db X` both work (argparse lets sub-parser defaults win otherwise).
    default = argparse.SUPPRESS if sub else None
    group = parser.add_argument_group("book")
    group.add_argument("--db", metavar="PATH", default=default, help="a SQLite book file")
    group.add_argument(
        "--db-url", metavar="URL", default=default, help="a database URL (postgresql+psycopg://…)"
    )
    group.add_argument(
        "--user", default=default, help="acting user (default: $ACCTDESK_USER or your login)"
    )
    group.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if sub else False,
        help="machine-readable output",
    )


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acctdesk",
        description="Receivables ledger, aging, credit control and collections.",
    )
    _book_options(parser, sub=False)
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo book")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")

    def command(name: str, handler, help_text: str) -> argparse.ArgumentParser:
        sub = commands.add_parser(name, help=help_text, description=help_text)
        _book_options(sub)
        sub.set_defaults(handler=handler)
        return sub

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

    sub = command("write-off", cmd_write_off, "write off uncollectable installments")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--reason", required=True)
    sub.add_argument("--line", action="append", required=True, metavar="INVOICE[/N]=AMOUNT")

    sub = command("reverse", cmd_reverse, "reverse a posted document")
    sub.add_argument("kind", choices=["invoice", "receipt", "credit_note", "write_off"])
    sub.add_argument("number")
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--reason", required=True)

    sub = command("lock", cmd_lock, "lock the books up to a date")
    sub.add_argument("date", type=parse_date, nargs="?", help="omit to unlock")

    audit = commands.add_parser("audit", help="the audit log")
    audit_commands = audit.add_subparsers(dest="audit_command", metavar="COMMAND", required=True)
    sub = audit_commands.add_parser("verify", help="verify the audit chain end to end")
    _book_options(sub)
    sub.set_defaults(handler=cmd_audit_verify)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    from sqlalchemy.exc import OperationalError

    from acctdesk.services.errors import DomainError

    parser = build_parser()
    args = parser.parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return cmd_open_app(args) or 0
        handler(args)
        return 0
    except CliError as error:
        print(f"acctdesk: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DomainError as error:
        print(f"acctdesk: error: {error}", file=sys.stderr)
        return EXIT_DOMAIN_ERROR
    except OperationalError as error:
        print(f"acctdesk: error: cannot use the book: {error.orig}", file=sys.stderr)
        return EXIT_DOMAIN_ERROR
    except KeyboardInterrupt:
        print("acctdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `acctdesk open-items | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
