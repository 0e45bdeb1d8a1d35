"""Statement commands: one statement (screen, PDF, Excel), the month-end batch, confirmations, e-mail."""

from __future__ import annotations

import argparse
import calendar
import sys
from datetime import date
from pathlib import Path

from acctdesk.cli.common import (
    CliError,
    Commands,
    acting_user,
    emit_json,
    emit_table,
    jsonable,
    open_existing,
    parse_date,
    parse_decimal,
)

LANGUAGE_CHOICES = ("zh_CN", "en")


def _period(args: argparse.Namespace) -> tuple[date, date]:
    """--from/--to, or --period YYYY-MM for a calendar month."""
    if args.period:
        if args.start or args.end:
            raise CliError("give either --period or --from/--to, not both")
        try:
            year, month = (int(part) for part in args.period.split("-"))
            return date(year, month, 1), date(year, month, calendar.monthrange(year, month)[1])
        except ValueError:
            raise CliError(f"'{args.period}' is not a month (use YYYY-MM)") from None
    if not (args.start and args.end):
        raise CliError("give the period with --from D --to D (or --period YYYY-MM)")
    return args.start, args.end


def _uow(book, args):
    from acctdesk.services.uow import UnitOfWork

    return UnitOfWork(book, acting_user(args))


def _outputs(args: argparse.Namespace) -> list[tuple[str, Path]]:
    outputs = []
    if args.out:
        fmt = args.format or Path(args.out).suffix.lstrip(".").lower() or "pdf"
        if fmt not in ("pdf", "xlsx"):
            raise CliError(f"'{args.out}': give --format pdf or xlsx")
        outputs.append((fmt, Path(args.out)))
    elif args.format:
        raise CliError("--format needs --out FILE")
    if args.pdf:
        outputs.append(("pdf", Path(args.pdf)))
    if args.xlsx:
        outputs.append(("xlsx", Path(args.xlsx)))
    return outputs


def statement_json(statement, files, number) -> dict:
    from acctdesk.services.statements import aging_lines, amount_words, kind_label

    return {
        "customer": {"code": statement.customer.code, "name": statement.customer.name},
        "start": statement.start,
        "end": statement.end,
        "language": statement.language,
        "number": number,
        "files": [str(f) for f in files],
        "sections": [
            {
                "currency": s.currency,
                "opening": str(s.opening.amount),
                "debit": str(s.total_debit.amount),
                "credit": str(s.total_credit.amount),
                "closing": str(s.closing.amount),
                "aging_total": str(s.aging.total.amount),
                "ties": s.ties,
                "in_words": [words for _, words in amount_words(s.closing, statement.language)],
                "aging": [
                    {"label": label, "amount": str(a.amount)} for label, a in aging_lines(statement, s)
                ],
                "movements": [
                    {
                        "date": m.entry_date,
                        "document": m.document_number,
                        "kind": kind_label(m, statement.language),
                        "description": m.description,
                        "debit": str(m.debit.amount),
                        "credit": str(m.credit.amount),
                        "balance": str(m.balance.amount),
                    }
                    for m in s.movements
                ],
                "open_items": s.open_items,
                "unapplied": s.unapplied,
            }
            for s in statement.sections
        ],
    }


def _print_statement(statement, files, number) -> None:
    from acctdesk.services.statements import aging_lines, amount_words, kind_label

    print(f"{statement.customer.code}  {statement.customer.name}  {statement.start} – {statement.end}")
    if number:
        print(f"statement {number}")
    for s in statement.sections:
        print()
        rows = [["", "", "", "opening balance", "", "", s.opening]]
        rows += [
            [
                m.entry_date,
                m.document_number,
                kind_label(m, statement.language),
                m.description,
                "" if m.debit.is_zero() else m.debit,
                "" if m.credit.is_zero() else m.credit,
                m.balance,
            ]
            for m in s.movements
        ]
        rows.append(["", "", "", "period total", s.total_debit, s.total_credit, ""])
        rows.append(["", "", "", "closing balance", "", "", s.closing])
        emit_table(
            ["date", "document", "type", "description", "debit", "credit", f"balance {s.currency}"], rows
        )
        for _label, words in amount_words(s.closing, statement.language):
            print(f"  {words}")
        print()
        emit_table(["aging", s.currency], [[label, amount] for label, amount in aging_lines(statement, s)])
        check = "ties" if s.ties else "DOES NOT TIE"
        print(f"aging total {s.aging.total.amount:,} = closing balance {s.closing.amount:,}: {check}")
    for path in files:
        print(f"wrote {path}")


def cmd_statement(args: argparse.Namespace) -> None:
    from acctdesk.services.confirmations import issue_statement
    from acctdesk.services.statement_pdf import render_pdf
    from acctdesk.services.statement_xlsx import render_xlsx
    from acctdesk.services.statements import statement

    start, end = _period(args)
    outputs = _outputs(args)
    renderers = {"pdf": render_pdf, "xlsx": render_xlsx}
    book = open_existing(args)
    try:
        number = None
        if args.issue:
            issued = issue_statement(
                _uow(book, args),
                args.customer,
                start=start,
                end=end,
                currency=args.currency,
                language=args.language,
            )
            number, currency = issued.number, issued.currency
        else:
            currency = args.currency
        with book.sessions() as session:
            result = statement(
                session, args.customer, start=start, end=end, currency=currency, language=args.language
            )
    finally:
        book.close()
    for fmt, path in outputs:
        renderers[fmt](result, path, number=number)
    files = [path for _, path in outputs]
    if args.json:
        emit_json(statement_json(result, files, number))
    else:
        _print_statement(result, files, number)
    if not result.ties:
        raise CliError("the closing balance does not tie to the aging; run `acctdesk aging --tie-out`")


def cmd_statements(args: argparse.Namespace) -> None:
    from acctdesk.services.statement_batch import statements_batch

    start, end = _period(args)
    formats = args.format or ["pdf", "xlsx"]

    def report(done: int, total: int) -> None:
        if sys.stderr.isatty() and not args.json:
            print(
                f"\r{done:,} / {total:,} customers",
                end="" if done < total else "\n",
                file=sys.stderr,
                flush=True,
            )

    book = open_existing(args)
    try:
        result = statements_batch(
            book,
            start=start,
            end=end,
            folder=args.out,
            formats=formats,
            language=args.language,
            issue=args.issue,
            user=acting_user(args),
            progress=report,
        )
    finally:
        book.close()
    if args.json:
        emit_json(
            {
                "folder": str(result.folder),
                "customers": result.customers,
                "statements": result.statements,
                "files": [str(f) for f in result.files],
                "issued": list(result.issued),
                "seconds": round(result.seconds, 2),
            }
        )
        return
    print(
        f"{result.customers} customers, {result.statements} statements, {len(result.files)} files "
        f"in {result.folder} ({result.seconds:.1f} s)"
    )
    if result.issued:
        print(f"issued {result.issued[0]} … {result.issued[-1]}")


def cmd_confirmations(args: argparse.Namespace) -> None:
    from acctdesk.services.confirmations import list_confirmations

    book = open_existing(args)
    try:
        with book.sessions() as session:
            issued = list_confirmations(session, args.status, customer_code=args.customer)
    finally:
        book.close()
    if args.json:
        emit_json(issued)
        return
    emit_table(
        [
            "number",
            "customer",
            "name",
            "period end",
            "currency",
            "closing",
            "sent",
            "status",
            "confirmed",
            "difference",
        ],
        [
            [
                i.number,
                i.customer_code,
                i.customer_name,
                i.end,
                i.currency,
                i.closing,
                f"{i.sent_via} {i.sent_at:%Y-%m-%d}" if i.sent_at else "",
                i.status,
                i.confirmed_balance,
                i.difference,
            ]
            for i in issued
        ],
    )


def cmd_confirm(args: argparse.Namespace) -> None:
    from acctdesk.services.confirmations import record_confirmation

    book = open_existing(args)
    try:
        result = record_confirmation(
            _uow(book, args),
            args.number,
            confirmed_balance=args.balance,
            confirmed_on=args.date or date.today(),
            differs=args.differs,
            disputed=args.items or [],
            note=args.note or "",
        )
    finally:
        book.close()
    if args.json:
        payload = jsonable(result)
        payload["items"] = [{**jsonable(i), "explains": jsonable(i.explains)} for i in result.items]
        emit_json(payload)
        return
    print(f"{result.number}: {result.status}")
    print(f"our balance {result.ours}, theirs {result.theirs}, difference {result.difference}")
    if result.items:
        emit_table(
            ["document", "where", "ours", "theirs", "explains"],
            [[i.reference, i.side, i.ours, i.theirs, i.explains] for i in result.items],
        )
    if not result.unexplained.is_zero():
        print(f"unexplained {result.unexplained}")
        if result.candidates:
            print(f"documents of exactly that amount: {', '.join(result.candidates)}")


def cmd_send_statement(args: argparse.Namespace) -> None:
    from acctdesk.services.statement_mail import send_statement

    book = open_existing(args)
    try:
        sent = send_statement(_uow(book, args), args.number, to=args.to)
    finally:
        book.close()
    if args.json:
        emit_json(sent)
    else:
        print(f"sent {sent.number} to {sent.to}: {sent.subject} ({sent.attachment}, {sent.size:,} bytes)")


def cmd_company(args: argparse.Namespace) -> None:
    from acctdesk.services.statements import company_header, set_company_header

    values = {
        key: getattr(args, key)
        for key in (
            *("name", "address", "tax_id", "bank_name", "bank_account", "phone", "email", "logo_path"),
            *("name_en", "address_en"),
        )
        if getattr(args, key) is not None
    }
    book = open_existing(args)
    try:
        if values:
            header = set_company_header(_uow(book, args), **values)
        else:
            with book.sessions() as session:
                header = company_header(session)
    finally:
        book.close()
    if args.json:
        emit_json(header)
    else:
        for key, value in jsonable(header).items():
            print(f"{key}: {value}")


def cmd_smtp(args: argparse.Namespace) -> None:
    from acctdesk.services.statement_mail import set_smtp_settings, smtp_settings

    options = {"host": "host", "port": "port", "security": "security", "user": "smtp_user"}
    options |= {"sender": "sender", "sender_name": "sender_name"}
    values = {key: getattr(args, dest) for key, dest in options.items() if getattr(args, dest) is not None}
    book = open_existing(args)
    try:
        if values:
            settings = set_smtp_settings(_uow(book, args), **values)
        else:
            with book.sessions() as session:
                settings = smtp_settings(session)
    finally:
        book.close()
    if args.json:
        emit_json(settings)
    else:
        for key, value in jsonable(settings).items():
            print(f"{key}: {value}")


def _period_options(sub: argparse.ArgumentParser) -> None:
    sub.add_argument("--from", dest="start", type=parse_date, metavar="YYYY-MM-DD", help="first day")
    sub.add_argument("--to", dest="end", type=parse_date, metavar="YYYY-MM-DD", help="last day")
    sub.add_argument("--period", metavar="YYYY-MM", help="a calendar month instead of --from/--to")
    sub.add_argument("--language", "--lang", choices=LANGUAGE_CHOICES, help="default: the customer's")
    sub.add_argument("--issue", action="store_true", help="number the statement(s) and keep a snapshot")


def register(commands: Commands) -> None:
    sub = commands.command("statement", cmd_statement, "a customer's statement of account (对账单)")
    sub.add_argument("customer", metavar="CUSTOMER")
    _period_options(sub)
    sub.add_argument("--currency", help="only this currency")
    sub.add_argument("--format", choices=["pdf", "xlsx"], help="format of --out (default: its suffix)")
    sub.add_argument("--out", metavar="FILE", help="write the statement to this file")
    sub.add_argument("--pdf", metavar="FILE", help="write a PDF")
    sub.add_argument("--xlsx", metavar="FILE", help="write an Excel workbook")

    sub = commands.command(
        "statements", cmd_statements, "statements of every customer with a balance or a movement"
    )
    _period_options(sub)
    sub.add_argument("--out", metavar="FOLDER", required=True)
    sub.add_argument("--format", action="append", choices=["pdf", "xlsx"], help="repeat for both (default)")

    sub = commands.command("confirmations", cmd_confirmations, "issued statements and their confirmations")
    sub.add_argument("--status", choices=["outstanding", "differing", "agreed"])
    sub.add_argument("--customer", metavar="CODE")

    sub = commands.command("confirm", cmd_confirm, "record a customer's confirmation of an issued statement")
    sub.add_argument("number", metavar="NUMBER", help="statement number, e.g. ST-2026-000001")
    sub.add_argument(
        "--balance", type=parse_decimal, required=True, help="the balance the customer confirmed"
    )
    sub.add_argument(
        "--date", type=parse_date, metavar="YYYY-MM-DD", help="when they confirmed (default today)"
    )
    sub.add_argument("--differs", action="store_true", help="the customer ticked 'balance differs'")
    sub.add_argument(
        "--items",
        nargs="+",
        metavar="DOC[=AMOUNT]",
        help="disputed documents; =AMOUNT is the amount in their books",
    )
    sub.add_argument("--note")

    sub = commands.command("send-statement", cmd_send_statement, "e-mail an issued statement as PDF")
    sub.add_argument("number", metavar="NUMBER")
    sub.add_argument("--to", required=True, metavar="ADDRESS")

    sub = commands.command("company", cmd_company, "show or set the company header printed on statements")
    for option in ("--name", "--address", "--tax-id", "--bank-name", "--bank-account", "--phone", "--email"):
        sub.add_argument(option)
    sub.add_argument("--logo", dest="logo_path", metavar="IMAGE")
    sub.add_argument("--name-en", help="the company's name on English statements")
    sub.add_argument("--address-en", help="the company's address on English statements")

    sub = commands.command("smtp", cmd_smtp, "show or set the mail server for sending statements")
    sub.add_argument("--host")
    sub.add_argument("--port", type=int)
    sub.add_argument("--security", choices=["starttls", "ssl", "none"])
    sub.add_argument("--login", dest="smtp_user", metavar="USER", help="SMTP user (password: system keyring)")
    sub.add_argument("--sender", metavar="ADDRESS")
    sub.add_argument("--sender-name")
