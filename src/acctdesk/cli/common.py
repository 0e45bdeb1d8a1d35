"""What every command shares: argument types, opening the book, and printing tables or JSON."""

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
    """Open the book and make sure the acting user is who they say: a user with a password gives
    it through $ACCTDESK_PASSWORD or at a prompt in a terminal."""
    from acctdesk.services.auth import login, needs_password
    from acctdesk.services.book import open_book

    book = open_book(resolve_url(args))
    try:
        user = acting_user(args)
        with book.sessions() as session:
            password = None
            if needs_password(session, user):
                password = os.environ.get("ACCTDESK_PASSWORD")
                if password is None and sys.stdin.isatty():
                    password = getpass.getpass(f"password for {user}: ")
                if password is None:
                    raise CliError(
                        f"user {user} needs a password: set ACCTDESK_PASSWORD or run in a terminal"
                    )
            login(session, user, password)
    except BaseException:
        book.close()
        raise
    return book


def done(args: argparse.Namespace, result: Any) -> None:
    if args.json:
        emit_json(result)
    elif is_dataclass(result):
        print(", ".join(f"{k}: {jsonable(v)}" for k, v in asdict(result).items() if k != "allocations"))
    else:
        print(", ".join(f"{k}: {v}" for k, v in result.items()))


def write(args: argparse.Namespace, action: Callable[[Any], Any]) -> Any:
    """Run one service call in a unit of work on the book and return its result to print."""
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    try:
        return action(UnitOfWork(book, acting_user(args)))
    finally:
        book.close()


def with_uow(args: argparse.Namespace, action: Callable[[Any], Any]) -> None:
    done(args, write(args, action))


def customer_id_for(session, code: str | None) -> int | None:
    from acctdesk.services.customers import customer_by_code

    return customer_by_code(session, code).id if code else None


def book_options(parser: argparse.ArgumentParser, *, sub: bool = True) -> None:
    # On a subcommand the defaults are suppressed so that `acctdesk --db X balance` and
    # `acctdesk balance --db X` both work (argparse lets sub-parser defaults win otherwise).
    default = argparse.SUPPRESS if sub else None
    group = parser.add_argument_group("book")
    group.add_argument("--db", metavar="PATH", default=default, help="a SQLite book file")
    group.add_argument(
        "--db-url", metavar="URL", default=default, help="a database URL (postgresql+psycopg://…)"
    )
    group.add_argument("--user", default=default, help="acting user (default: $ACCTDESK_USER or your login)")
    group.add_argument(
        "--json",
        action="store_true",
        default=argparse.SUPPRESS if sub else False,
        help="machine-readable output",
    )


class Commands:
    """Where a module of commands adds itself: `command(name, handler, help)` or a `group`."""

    def __init__(self, subparsers) -> None:
        self._subparsers = subparsers

    def command(self, name: str, handler, help_text: str) -> argparse.ArgumentParser:
        sub = self._subparsers.add_parser(name, help=help_text, description=help_text)
        book_options(sub)
        sub.set_defaults(handler=handler)
        return sub

    def group(self, name: str, help_text: str) -> Commands:
        sub = self._subparsers.add_parser(name, help=help_text, description=help_text)
        return Commands(sub.add_subparsers(dest=f"{name}_command", metavar="COMMAND", required=True))


def installment_lines(session, specs: Sequence[str]):
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
