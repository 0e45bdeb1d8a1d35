"""Commands over payment terms: the named terms of a book, and previews of any term on an invoice."""

from __future__ import annotations

import argparse
import os
from datetime import date

from acctdesk.cli.common import (
    CliError,
    Commands,
    default_book_path,
    emit_json,
    emit_table,
    open_existing,
    parse_date,
    parse_decimal,
    write,
)
from acctdesk.model.money import Money


def cmd_terms_list(args: argparse.Namespace) -> None:
    from acctdesk.services.term_library import list_terms

    book = open_existing(args)
    try:
        with book.sessions() as session:
            terms = list_terms(session)
    finally:
        book.close()
    if args.json:
        emit_json(terms)
        return
    emit_table(
        ["name", "term", "lines", "customers"],
        [[t.name, t.shorthand, t.line_count, t.customer_count] for t in terms],
    )


def cmd_terms_add(args: argparse.Namespace) -> None:
    from acctdesk.services.term_library import add_term

    info = write(args, lambda uow: add_term(uow, args.name, args.shorthand))
    if args.json:
        emit_json(info)
    else:
        print(f"added term {info.name}: {info.shorthand}")


def cmd_terms_update(args: argparse.Namespace) -> None:
    from acctdesk.services.term_library import update_term

    info = write(args, lambda uow: update_term(uow, args.name, args.shorthand))
    if args.json:
        emit_json(info)
    else:
        print(f"term {info.name} is now {info.shorthand}; invoices already posted keep their own dates")


def cmd_terms_preview(args: argparse.Namespace) -> None:
    from acctdesk.services.term_library import preview, resolve

    events = _events(args.event or [])
    book = _book_for_preview(args)
    try:
        session = book.sessions() if book else None
        try:
            resolved = resolve(session, args.term)
            installments = preview(
                session,
                args.term,
                invoice_date=args.date,
                amount=args.amount,
                currency=args.currency,
                received_date=args.received,
                events=events,
                calendar_name=args.calendar,
            )
            calendar = args.calendar or _book_calendar(session)
        finally:
            if session is not None:
                session.close()
    finally:
        if book is not None:
            book.close()
    rows = [_preview_row(i, args.currency) for i in installments]
    if args.json:
        emit_json(
            {
                "term": resolved.shorthand,
                "name": resolved.name,
                "invoice_date": args.date,
                "amount": Money.of(args.amount, args.currency).amount,
                "currency": rows[0]["amount"].currency if rows else args.currency.upper(),
                "calendar": calendar,
                "installments": [{k: _plain(v) for k, v in row.items()} for row in rows],
            }
        )
        return
    named = f"{resolved.name} = " if resolved.name else ""
    total = Money.of(args.amount, args.currency)
    print(f"{named}{resolved.shorthand}: {total.amount:,} {total.currency} invoiced {args.date.isoformat()}")
    emit_table(
        ["#", "due", "amount", "retention", "discount until", "discounted"],
        [
            [
                row["seq"],
                row["due_date"] or f"awaiting {row['awaiting_event']}",
                row["amount"],
                "yes" if row["retention"] else "",
                row["discount_until"] or _awaited_window(row),
                row["discounted_amount"],
            ]
            for row in rows
        ],
    )


def _awaited_window(row: dict) -> str:
    if row["discounted_amount"] is None:
        return ""
    return f"{row['discount_days']} days after {row['awaiting_event']}"


def _preview_row(installment, currency: str) -> dict:
    money = Money(installment.amount, currency)
    has_discount = installment.line.discount_percent is not None
    return {
        "seq": installment.seq,
        "term_line": _line_text(installment.line),
        "due_date": installment.due_date,
        "awaiting_event": installment.awaiting_event,
        "amount": money,
        "retention": installment.retention,
        "discount_until": installment.discount_until,
        "discount_days": installment.line.discount_days,
        "discount_amount": Money(installment.discount_amount, currency) if has_discount else None,
        "discounted_amount": (
            Money(installment.amount - installment.discount_amount, currency) if has_discount else None
        ),
    }


def _line_text(line) -> str:
    from acctdesk.services.terms import format_line

    return format_line(line)


def _plain(value):
    """JSON for the preview rows: amounts as bare decimal strings, dates in ISO form."""
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, date):
        return value.isoformat()
    return value


def _events(specs: list[str]) -> dict[str, date]:
    from acctdesk.services.contracts import canonical_event

    events = {}
    for spec in specs:
        name, sep, day = spec.partition("=")
        if not sep or not name.strip():
            raise CliError(f"--event '{spec}': write EVENT=YYYY-MM-DD, e.g. acceptance=2026-06-30")
        try:
            events[canonical_event(name)] = parse_date(day)
        except argparse.ArgumentTypeError as error:
            raise CliError(f"--event '{spec}': {error}") from None
    return events


def _book_for_preview(args: argparse.Namespace):
    """A book only when one is named, or when the term is not shorthand and may be a stored name."""
    from acctdesk.services.errors import ValidationError
    from acctdesk.services.terms import parse_term

    if args.db or args.db_url:
        return open_existing(args)
    try:
        parse_term(args.term)
        return None
    except ValidationError:
        pass
    if os.environ.get("ACCTDESK_DB_URL") or default_book_path().exists():
        return open_existing(args)
    return None


def _book_calendar(session) -> str:
    from acctdesk.model.entities import BookSettings

    settings = session.get(BookSettings, 1) if session is not None else None
    return settings.business_calendar if settings is not None else "none"


def register(commands: Commands) -> None:
    group = commands.group("terms", "payment terms: named terms and previews")
    group.command("list", cmd_terms_list, "the book's named payment terms")

    sub = group.command("add", cmd_terms_add, "store a named payment term")
    sub.add_argument("name", help="e.g. 月结30天")
    sub.add_argument("shorthand", help="e.g. EOM+30 (see docs/terms.md)")

    sub = group.command(
        "update", cmd_terms_update, "give a named term new lines (posted invoices keep theirs)"
    )
    sub.add_argument("name")
    sub.add_argument("shorthand")

    sub = group.command(
        "preview",
        cmd_terms_preview,
        "the installments a term gives an invoice; needs no book unless a stored name is given",
    )
    sub.add_argument("term", metavar="TERM", help="shorthand such as '2/10 N30', or a stored term's name")
    sub.add_argument("--date", type=parse_date, required=True, help="the invoice date")
    sub.add_argument("--amount", type=parse_decimal, required=True, help="the invoice amount")
    sub.add_argument("--currency", default="CNY")
    sub.add_argument("--received", type=parse_date, help="when the customer received the invoice (票到)")
    sub.add_argument(
        "--event",
        action="append",
        metavar="EVENT=DATE",
        help="a contract event's date: signing, delivery, acceptance, 验收, a milestone; repeatable",
    )
    sub.add_argument("--calendar", choices=["none", "weekends", "china"], help="default: the book's, or none")
