"""Aging commands: the aging report as of a date and its tie-out to the ledger."""

from __future__ import annotations

import argparse
from datetime import date

from acctdesk.cli.common import (
    CliError,
    Commands,
    customer_id_for,
    emit_json,
    emit_table,
    open_existing,
    parse_date,
)
from acctdesk.services.aging import Basis, GroupBy, aging_report, tie_out


def cmd_aging(args: argparse.Namespace) -> None:
    as_of = args.as_of or date.today()
    book = open_existing(args)
    try:
        with book.sessions() as session:
            customer = customer_id_for(session, args.customer)
            report = aging_report(session, as_of, basis=args.basis, group_by=args.by, customer_id=customer)
            checks = tie_out(session, as_of) if args.tie_out else []
    finally:
        book.close()
    if args.json:
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
                        "difference": str(c.difference.amount),
                        "ties": c.ties,
                    }
                    for c in checks
                ],
            }
        )
        return
    headers = [args.by, "name", "currency", *[b.key for b in report.buckets]]
    headers += ["awaiting", "retention", "unapplied", "total"]
    emit_table(headers, [_row_cells(r) for r in (*report.rows, *report.totals())])
    if checks:
        print()
        emit_table(
            ["currency", "aging total", "ledger balance", "difference", "ties"],
            [
                [c.currency, c.aging_total, c.ledger_balance, c.difference, "✓" if c.ties else "✗"]
                for c in checks
            ],
        )
        if not all(c.ties for c in checks):
            raise CliError("the aging does not tie to the ledger")


def _row_cells(row) -> list:
    return [
        row.key,
        row.label,
        row.currency,
        *row.buckets,
        row.awaiting_event,
        row.retention,
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
        "unapplied": str(row.unapplied.amount),
        "total": str(row.total.amount),
    }


def register(commands: Commands) -> None:
    sub = commands.command("aging", cmd_aging, "aging (账龄) as of a date")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")
    sub.add_argument("--basis", choices=[b.value for b in Basis], default="due")
    sub.add_argument("--by", choices=[g.value for g in GroupBy], default="customer")
    sub.add_argument("--customer", metavar="CODE")
    sub.add_argument("--tie-out", action="store_true", help="show the aging beside the ledger balance")
