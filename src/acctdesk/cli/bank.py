"""Commands over bank files: import, the imported lines, matching them to invoices, templates."""

from __future__ import annotations

import argparse
from dataclasses import fields
from decimal import Decimal, InvalidOperation
from pathlib import Path

from acctdesk.cli.common import (
    Commands,
    acting_user,
    emit_json,
    emit_table,
    open_existing,
    parse_date,
    positive_int,
)


def _money_list(totals) -> str:
    return ", ".join(f"{m.currency} {m.amount:,}" for m in totals)


def cmd_import(args: argparse.Namespace) -> None:
    from acctdesk.services.bank_import import import_bank_file
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    try:
        result = import_bank_file(
            UnitOfWork(book, acting_user(args)),
            args.file,
            currency=args.currency,
            template_name=args.template,
            save_template_as=args.save_template,
            dry_run=args.dry_run,
        )
    finally:
        book.close()
    if args.json:
        emit_json({**_fields_of(result), "mapping": result.mapping.to_dict() if result.mapping else None})
        return
    if result.already_imported:
        print(
            f"{result.file_name}: imported already on {result.imported_at:%Y-%m-%d} "
            f"(batch {result.batch_id}, {result.lines_read} lines); nothing added"
        )
    elif result.dry_run:
        print(
            f"{result.file_name} ({result.importer}): {result.lines_read} lines read, {result.added} "
            f"would be added, {result.duplicates} duplicates skipped (dry run: nothing written)"
        )
    else:
        print(
            f"{result.file_name} ({result.importer}): {result.lines_read} lines read, {result.added} added, "
            f"{result.duplicates} duplicates skipped (batch {result.batch_id})"
        )
        incoming = f" ({_money_list(result.incoming_totals)})" if result.incoming_totals else ""
        outgoing = f" ({_money_list(result.outgoing_totals)})" if result.outgoing_totals else ""
        print(f"  incoming: {result.incoming}{incoming}, to match")
        print(f"  outgoing: {result.outgoing}{outgoing}")
    if result.saved_template:
        print(f"  column mapping saved as template '{result.saved_template}'")
    for warning in result.warnings:
        print(f"  warning: {warning}")


def _fields_of(result) -> dict:
    """A dataclass's fields, shallow, so that nested values can be given their own JSON form."""
    return {f.name: getattr(result, f.name) for f in fields(result)}


def cmd_bank_lines(args: argparse.Namespace) -> None:
    from acctdesk.services.bank_import import list_bank_lines

    book = open_existing(args)
    with book.sessions() as session:
        lines = list_bank_lines(session, status=args.status, batch_id=args.batch)
    book.close()
    if args.json:
        emit_json(lines)
        return
    emit_table(
        ["id", "date", "currency", "amount", "counterparty", "memo", "status", "receipt"],
        [
            [
                line.id,
                line.booking_date,
                line.amount.currency,
                line.amount,
                _short(line.counterparty_name, 24),
                _short(line.memo or line.reference, 30),
                line.status,
                line.receipt_number or line.note,
            ]
            for line in lines
        ],
    )


def _short(text: str, width: int) -> str:
    return text if len(text) <= width else text[: width - 1] + "…"


def cmd_match(args: argparse.Namespace) -> None:
    from acctdesk.services.matching import BANK_FEE_TOLERANCE, auto_match, propose_matches
    from acctdesk.services.uow import UnitOfWork

    fee_tolerance = BANK_FEE_TOLERANCE if args.fee_tolerance is None else args.fee_tolerance
    book = open_existing(args)
    try:
        if args.auto:
            result = auto_match(
                UnitOfWork(book, acting_user(args)),
                min_score=args.min_score,
                batch_id=args.batch,
                fee_tolerance=fee_tolerance,
            )
        else:
            with book.sessions() as session:
                proposals = propose_matches(session, batch_id=args.batch, fee_tolerance=fee_tolerance)
    finally:
        book.close()
    if args.auto:
        _print_auto(args, result)
    elif args.json:
        emit_json([{**_fields_of(p), "unapplied": p.unapplied} for p in proposals])
    else:
        _print_proposals(proposals)


def _print_proposals(proposals) -> None:
    if not proposals:
        print("no proposals: no unmatched line of money in has a recognised payer")
        return
    for p in proposals:
        paid = ", ".join(f"{_label(a)} {a.amount.amount:,}" for a in p.allocations) or "—"
        print(
            f"line {p.line_id}  {p.booking_date}  {p.amount.currency} {p.amount.amount:,}  "
            f"{p.counterparty_name or '(no name)'}  →  {p.customer_code} {p.customer_name}  score {p.score}"
        )
        fee = f"; bank fee {p.bank_fee.amount:,} left open" if p.bank_fee else ""
        print(
            f"    pays: {paid}" + (f"; unapplied {p.unapplied.amount:,}" if p.unapplied.amount else "") + fee
        )
        for reason in p.reasons:
            print(f"    - {reason}")


def _label(allocation) -> str:
    return (
        allocation.invoice_number if allocation.seq == 1 else f"{allocation.invoice_number}/{allocation.seq}"
    )


def _print_auto(args: argparse.Namespace, result) -> None:
    if args.json:
        emit_json(result)
        return
    print(
        f"{result.confirmed} of {result.proposals} proposals confirmed (score ≥ {args.min_score}); "
        f"{result.below_threshold} left for review"
    )
    if result.allocated_totals:
        print(f"  allocated: {_money_list(result.allocated_totals)}")
    if result.receipts:
        print(f"  receipts: {result.receipts[0]} … {result.receipts[-1]}")
    for line_id, reason in result.skipped:
        print(f"  skipped line {line_id}: {reason}")


def cmd_bank_confirm(args: argparse.Namespace) -> None:
    from acctdesk.cli.common import installment_lines
    from acctdesk.services.matching import confirm_match
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    try:
        lines = None
        if args.line:
            with book.sessions() as session:
                lines = installment_lines(session, args.line)
        elif args.unapplied:
            lines = []
        result = confirm_match(UnitOfWork(book, acting_user(args)), args.line_id, args.customer, lines)
    finally:
        book.close()
    if args.json:
        emit_json(result)
        return
    print(
        f"line {result.line_id} → receipt {result.receipt_number} of {result.customer_code}: "
        f"{result.amount.currency} {result.amount.amount:,}, allocated {result.allocated.amount:,}, "
        f"unapplied {result.unapplied.amount:,}"
    )
    if result.alias_learned:
        print(f"  '{result.alias_learned}' is now an alias of {result.customer_code}")


def cmd_bank_ignore(args: argparse.Namespace) -> None:
    from acctdesk.services.matching import ignore_line
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    try:
        ignore_line(UnitOfWork(book, acting_user(args)), args.line_id, args.reason)
    finally:
        book.close()
    if args.json:
        emit_json({"line": args.line_id, "status": "ignored"})
    else:
        print(f"line {args.line_id} ignored: {args.reason}")


def cmd_bank_unmatch(args: argparse.Namespace) -> None:
    from acctdesk.services.matching import unmatch_line
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    try:
        unmatch_line(UnitOfWork(book, acting_user(args)), args.line_id, on=args.date, reason=args.reason)
    finally:
        book.close()
    if args.json:
        emit_json({"line": args.line_id, "status": "unmatched"})
    else:
        print(f"line {args.line_id} is unmatched again; its receipt was reversed on {args.date}")


def cmd_templates(args: argparse.Namespace) -> None:
    from acctdesk.services.bank_import import list_templates

    book = open_existing(args)
    with book.sessions() as session:
        templates = list_templates(session)
    book.close()
    if args.json:
        emit_json([{**_fields_of(t), "mapping": t.mapping.to_dict()} for t in templates])
        return
    if not templates:
        print("no templates: save one with `acctdesk import bank FILE --save-template NAME`")
        return
    emit_table(
        ["name", "signature", "date", "amount", "counterparty", "saved", "by"],
        [
            [
                t.name,
                t.signature,
                t.mapping.date,
                t.mapping.amount or f"{t.mapping.credit} / {t.mapping.debit}",
                t.mapping.counterparty_name,
                f"{t.created_at:%Y-%m-%d}",
                t.created_by,
            ]
            for t in templates
        ],
    )


def _fee_tolerance(text: str) -> Decimal:
    try:
        value = Decimal(text)
    except InvalidOperation:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount") from None
    if not value.is_finite() or value < 0:
        raise argparse.ArgumentTypeError(f"'{text}' is not an amount of zero or more")
    return value


def _score(text: str) -> int:
    value = positive_int(text)
    if value > 100:
        raise argparse.ArgumentTypeError(f"'{text}' is not a score from 0 to 100")
    return value


def register(commands: Commands) -> None:
    from acctdesk.cli.master_data import register_import

    imports = commands.group(
        "import", "import a bank file, or master data (customers, invoices …) from a sheet"
    )
    sub = imports.command(
        "bank", cmd_import, "import a bank or payment file (CSV, XLSX/XLS, MT940, CAMT.053, OFX)"
    )
    sub.add_argument("file", type=Path, metavar="FILE")
    sub.add_argument("--currency", help="the bank account's currency, for files that do not say")
    sub.add_argument(
        "--mapping",
        "--template",
        dest="template",
        metavar="NAME",
        help="read a CSV or sheet with this saved column mapping (template)",
    )
    sub.add_argument("--save-template", metavar="NAME", help="save the column mapping used under this name")
    sub.add_argument("--dry-run", action="store_true", help="read, check and count; write nothing")
    register_import(imports)

    sub = commands.command("match", cmd_match, "propose matches of unmatched bank lines to open invoices")
    sub.add_argument(
        "--auto", action="store_true", help="confirm every proposal scoring at least --min-score"
    )
    sub.add_argument("--min-score", type=_score, default=90, metavar="N", help="0–100 (default 90)")
    sub.add_argument("--batch", type=positive_int, metavar="ID", help="only the lines of one import")
    sub.add_argument(
        "--fee-tolerance",
        type=_fee_tolerance,
        metavar="AMOUNT",
        help="a payment short of an invoice by at most this (and 5%%) is taken as paid less a bank fee "
        "(default 50.00; 0: never)",
    )

    commands.command("templates", cmd_templates, "list saved column-mapping templates")

    bank = commands.group("bank", "imported bank lines")
    sub = bank.command("lines", cmd_bank_lines, "list imported bank lines")
    sub.add_argument("--status", choices=["unmatched", "matched", "ignored", "outgoing"])
    sub.add_argument("--batch", type=positive_int, metavar="ID")

    sub = bank.command("confirm", cmd_bank_confirm, "post a bank line as a customer's receipt and apply it")
    sub.add_argument("line_id", type=positive_int, metavar="LINE")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument(
        "--line", action="append", metavar="INVOICE[/N]=AMOUNT", help="default: oldest due first"
    )
    sub.add_argument("--unapplied", action="store_true", help="post the receipt without applying it")

    sub = bank.command(
        "ignore", cmd_bank_ignore, "set aside a line of money in that is not a customer payment"
    )
    sub.add_argument("line_id", type=positive_int, metavar="LINE")
    sub.add_argument("--reason", required=True)

    sub = bank.command("unmatch", cmd_bank_unmatch, "reverse a matched line's receipt and put it back")
    sub.add_argument("line_id", type=positive_int, metavar="LINE")
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--reason", required=True)
