"""Aging commands: the aging report as of a date and its tie-out to the ledger and the statements."""

from __future__ import annotations

import argparse
import csv
import sys
from datetime import date
from pathlib import Path

from acctdesk.cli.common import (
    CliError,
    Commands,
    customer_id_for,
    emit_json,
    emit_table,
    open_existing,
    parse_date,
)
from acctdesk.services.aging import Basis, GroupBy, aging_report, buckets_from_bounds
from acctdesk.services.tie_out import three_way_tie_out


def _buckets(text: str | None):
    if not text:
        return None
    try:
        bounds = [int(part) for part in text.split(",")]
    except ValueError:
        raise CliError(
            f"--buckets takes whole numbers of days such as 30,60,90,180,365, not '{text}'"
        ) from None
    return buckets_from_bounds(bounds)


def cmd_aging(args: argparse.Namespace) -> None:
    as_of = args.as_of or date.today()
    output = "json" if args.json else args.format
    if output == "xlsx" and not args.output:
        raise CliError("--format xlsx needs -o FILE")
    buckets = _buckets(args.buckets)
    book = open_existing(args)
    try:
        with book.sessions() as session:
            customer = customer_id_for(session, args.customer)
            report = aging_report(
                session, as_of, basis=args.basis, group_by=args.by, customer_id=customer, buckets=buckets
            )
            checks = three_way_tie_out(session, as_of) if args.tie_out else []
    finally:
        book.close()
    if output == "xlsx":
        from acctdesk.services.aging_xlsx import render_aging_xlsx

        print(f"wrote {render_aging_xlsx(report, Path(args.output))}")
    elif output == "csv":
        _write_csv(args, report)
    elif output == "json":
        emit_json(
            {
                "as_of": as_of,
                "basis": report.basis,
                "group_by": report.group_by,
                "buckets": [b.key for b in report.buckets],
                "rows": [_row_json(r) for r in report.rows],
                "totals": [_row_json(r) for r in report.totals()],
                "tie_out": [
                    {
                        "currency": c.currency,
                        "aging_total": str(c.aging_total.amount),
                        "ledger_balance": str(c.ledger_balance.amount),
                        "statements_total": str(c.statements_total.amount),
                        "statements": c.statements,
                        "difference": str(c.difference.amount),
                        "statements_difference": str(c.statements_difference.amount),
                        "ties": c.ties,
                    }
                    for c in checks
                ],
            }
        )
        return
    else:
        headers = [args.by, "name", "currency", *[b.key for b in report.buckets]]
        headers += ["awaiting", "retention", "disputed", "unapplied", "total"]
        emit_table(
            headers,
            [_row_cells(r) for r in report.rows] + [_total_cells(args, r) for r in _totals(args, report)],
        )
    if checks:
        print()
        emit_table(
            [
                "currency",
                "aging total",
                "ledger balance",
                "statements",
                "aging − ledger",
                "statements − ledger",
                "",
            ],
            [
                [
                    c.currency,
                    c.aging_total,
                    c.ledger_balance,
                    c.statements_total,
                    c.difference,
                    c.statements_difference,
                    "✓" if c.ties else "✗",
                ]
                for c in checks
            ],
        )
        if not all(c.ties for c in checks):
            raise CliError("the aging, the ledger and the statements do not tie")


def _write_csv(args: argparse.Namespace, report) -> None:
    """Plain numbers (no grouping) so that a spreadsheet reads them as numbers; UTF-8 with a BOM
    when written to a file, which Excel needs to read Chinese names."""
    from acctdesk.services.aging_xlsx import aging_cells

    target = open(args.output, "w", newline="", encoding="utf-8-sig") if args.output else sys.stdout  # noqa: SIM115
    try:
        out = csv.writer(target)
        out.writerow(
            [
                args.by,
                "name",
                "currency",
                *[b.key for b in report.buckets],
                "awaiting",
                "retention",
                "disputed",
                "unapplied",
                "total",
            ]
        )
        for row in report.rows:
            out.writerow([str(value) for value in aging_cells(row)])
        for row in _totals(args, report):
            out.writerow(["total", *[str(value) for value in aging_cells(row)[1:]]])
    finally:
        if args.output:
            target.close()
            print(f"wrote {args.output}")


def _totals(args: argparse.Namespace, report) -> tuple:
    """One total row per currency, except when the rows are the currencies themselves."""
    return () if args.by == "currency" else tuple(report.totals())


def _total_cells(args: argparse.Namespace, row) -> list:
    return ["total", *_row_cells(row)[1:]]


def _row_cells(row) -> list:
    return [
        row.key,
        row.label,
        row.currency,
        *row.buckets,
        row.awaiting_event,
        row.retention,
        row.disputed,
        row.unapplied,
        row.total,
    ]


def _row_json(row) -> dict:
    return {
        "key": row.key,
        "label": row.label,
        "currency": row.currency,
        "buckets": [str(m.amount) for m in row.buckets],
        "awaiting_event": str(row.awaiting_event.amount),
        "retention": str(row.retention.amount),
        "disputed": str(row.disputed.amount),
        "unapplied": str(row.unapplied.amount),
        "total": str(row.total.amount),
    }


def register(commands: Commands) -> None:
    sub = commands.command("aging", cmd_aging, "aging (账龄) as of a date")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")
    sub.add_argument("--basis", choices=[b.value for b in Basis], default="due")
    sub.add_argument("--by", choices=[g.value for g in GroupBy], default="customer")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--buckets", metavar="D,D,…", help="upper bounds in days, e.g. 30,60,90,180,365")
    sub.add_argument("--format", choices=["table", "json", "csv", "xlsx"], default="table")
    sub.add_argument("-o", "--output", metavar="FILE", help="write csv or xlsx to a file")
    sub.add_argument(
        "--tie-out",
        action="store_true",
        help="the aging total beside the ledger balance and the statements' closing balances",
    )
