"""`acctdesk import customers|invoices|opening-balances|receipts FILE` and `acctdesk import template
KIND`: master data from sheets, and the template sheets to fill in (services.master_import)."""

from __future__ import annotations

import argparse
from dataclasses import asdict
from pathlib import Path

from acctdesk.cli.common import CliError, Commands, acting_user, emit_json, open_existing

# The command line's names of the kinds (services.master_import.KINDS).
KIND_NAMES = {
    "customers": "customers",
    "invoices": "invoices",
    "opening-balances": "opening_balances",
    "receipts": "receipts",
}


def cmd_import_master(args: argparse.Namespace) -> None:
    from acctdesk.services.master_import import import_master_file
    from acctdesk.services.uow import UnitOfWork

    book = open_existing(args)
    try:
        result = import_master_file(
            UnitOfWork(book, acting_user(args)), args.file, KIND_NAMES[args.kind], dry_run=args.dry_run
        )
    finally:
        book.close()
    if args.json:
        emit_json(asdict(result))
        return
    where = f" (sheet '{result.sheet}')" if result.sheet else ""
    verb = "would be added (dry run: nothing written)" if result.dry_run else "added"
    print(
        f"{result.file_name}{where}: {result.rows_read} rows read, {result.added} {verb}, "
        f"{result.already_in_book} in the book already"
    )
    if result.totals:
        print("  amounts: " + ", ".join(f"{m.currency} {m.amount:,}" for m in result.totals))
    for warning in result.warnings:
        print(f"  warning: {warning}")


def cmd_import_template(args: argparse.Namespace) -> None:
    from acctdesk.services.master_import import template_file_name, template_workbook

    kind = KIND_NAMES[args.kind]
    path = args.out or Path(template_file_name(kind, args.language))
    if path.exists() and not args.force:
        raise CliError(f"{path} exists; choose another --out or add --force")
    path.write_bytes(template_workbook(kind, args.language))
    print(f"{path}: the {args.kind} template; fill in its first sheet and run `acctdesk import {args.kind}`")


def register_import(group: Commands) -> None:
    """The master-data commands of the `import` group (the bank file is `import bank`)."""
    for name, help_text in (
        ("customers", "import customers from a sheet (客户档案): code, name, currency, terms, limits …"),
        ("invoices", "import invoices from a sheet: customer, number, date, amount, term or due date"),
        ("opening-balances", "import opening balances (期初余额): open items carried over, with due dates"),
        ("receipts", "import receipts from a sheet: customer, date, amount, method, reference"),
    ):
        sub = group.command(name, cmd_import_master, help_text + "; the whole file or nothing")
        sub.set_defaults(kind=name)
        sub.add_argument("file", type=Path, metavar="FILE", help="an .xlsx, .xls or .csv file")
        sub.add_argument("--dry-run", action="store_true", help="check every row and write nothing")
    sub = group.command("template", cmd_import_template, "write an empty template sheet to fill in")
    sub.add_argument("kind", choices=sorted(KIND_NAMES), metavar="KIND", help=", ".join(KIND_NAMES))
    sub.add_argument("--out", type=Path, metavar="FILE", help="default: a file named after the kind, here")
    sub.add_argument("--language", choices=["zh_CN", "en"], default="zh_CN", help="the headers' language")
    sub.add_argument("--force", action="store_true", help="replace the file if it exists")
