"""Internal-control commands: users, approvals, backups and the audit log."""

from __future__ import annotations

import argparse
import getpass
import os
import sys
from pathlib import Path

from acctdesk.cli.common import (
    CliError,
    Commands,
    acting_user,
    done,
    emit_json,
    emit_table,
    open_existing,
    positive_int,
    resolve_url,
    with_uow,
)


def _new_password(args: argparse.Namespace) -> str | None:
    if not args.password:
        return None
    password = os.environ.get("ACCTDESK_NEW_PASSWORD")
    if password is None and sys.stdin.isatty():
        password = getpass.getpass(f"new password for {args.name}: ")
    if not password:
        raise CliError("give the new password in $ACCTDESK_NEW_PASSWORD or at the prompt")
    return password


def cmd_users(args: argparse.Namespace) -> None:
    from acctdesk.services.auth import list_users

    book = open_existing(args)
    with book.sessions() as session:
        users = list_users(session)
    book.close()
    if args.json:
        emit_json(users)
        return
    emit_table(
        ["user", "name", "role", "password", "active"],
        [
            [u.name, u.display_name, u.role, "yes" if u.has_password else "", "yes" if u.active else "no"]
            for u in users
        ],
    )


def cmd_user_add(args: argparse.Namespace) -> None:
    from acctdesk.services.auth import add_user

    password = _new_password(args)
    with_uow(
        args,
        lambda uow: add_user(
            uow, args.name, args.role, display_name=args.display_name or "", password=password
        ),
    )


def cmd_user_change(args: argparse.Namespace) -> None:
    from acctdesk.services.auth import change_user

    active = True if args.enable else False if args.disable else None
    password = _new_password(args)
    with_uow(args, lambda uow: change_user(uow, args.name, role=args.role, active=active, password=password))


def cmd_approvals(args: argparse.Namespace) -> None:
    from acctdesk.services.approvals import list_requests

    book = open_existing(args)
    with book.sessions() as session:
        requests = list_requests(session, None if args.status == "all" else args.status)
    book.close()
    if args.json:
        emit_json(requests)
        return
    emit_table(
        ["#", "kind", "summary", "requested by", "reason", "status", "decided by"],
        [[r.id, r.kind, r.summary, r.requested_by, r.reason, r.status, r.decided_by] for r in requests],
    )


def cmd_decide(args: argparse.Namespace, approve: bool) -> None:
    from acctdesk.services.approvals import decide

    def action(uow):
        decided = decide(uow, args.request, approve=approve, note=args.note or "")
        return {"request": decided.id, "status": decided.status, "summary": decided.summary}

    with_uow(args, action)


def cmd_backup(args: argparse.Namespace) -> None:
    from acctdesk.services.backup import backup_book

    book = open_existing(args)
    try:
        path = backup_book(
            book, Path(args.file) if args.file else None, user=acting_user(args), keep=args.keep
        )
    finally:
        book.close()
    done(args, {"backup": str(path)})


def cmd_restore(args: argparse.Namespace) -> None:
    from acctdesk.model.db import sqlite_path
    from acctdesk.services.backup import restore_book

    target = sqlite_path(resolve_url(args))
    if target is None:
        raise CliError("restore works on a SQLite book: give --db PATH")
    result = restore_book(Path(args.file), target, user=acting_user(args))
    done(
        args,
        {
            "restored": str(result.book),
            "from": str(result.restored_from),
            "previous_copy": str(result.previous_copy) if result.previous_copy else None,
        },
    )


def _as_url(text: str) -> str:
    from acctdesk.model.db import book_url

    return text if "://" in text else book_url(text)


def cmd_move_book(args: argparse.Namespace) -> None:
    from acctdesk.services.move_book import move_book

    def progress(table: str, done_rows: int, total: int) -> None:
        if not args.json and sys.stderr.isatty():
            print(f"\r{table}: {done_rows:,} / {total:,}", end="", file=sys.stderr, flush=True)

    report = move_book(_as_url(args.source), _as_url(args.target), user=acting_user(args), progress=progress)
    if args.json:
        emit_json(
            {
                "tables": report.tables,
                "checked_dates": report.checked_dates,
                "balances_agree": report.balances_agree,
                "audit_events": report.audit_events,
                "ok": report.ok,
            }
        )
        return
    if sys.stderr.isatty():
        print(file=sys.stderr)
    print(f"copied {sum(report.tables.values()):,} rows in {len(report.tables)} tables")
    print(f"balances agree on {', '.join(d.isoformat() for d in report.checked_dates)}")
    print(f"audit chain verified on both sides: {report.audit_events} events")


def cmd_audit_list(args: argparse.Namespace) -> None:
    from acctdesk.services.audit import list_events

    book = open_existing(args)
    with book.sessions() as session:
        events = list_events(session, user=args.by, action=args.action, limit=args.limit)
    book.close()
    if args.json:
        emit_json(events)
        return
    emit_table(
        ["#", "time (UTC)", "user", "action", "entity", "id"],
        [
            [e.seq, e.occurred_at.strftime("%Y-%m-%d %H:%M:%S"), e.user, e.action, e.entity, e.entity_id]
            for e in events
        ],
    )


def register(commands: Commands) -> None:
    from acctdesk.services.auth import Role

    commands.command("users", cmd_users, "list the book's users and roles")
    sub = commands.command("user-add", cmd_user_add, "add a user with a role")
    sub.add_argument("name")
    sub.add_argument("--role", required=True, choices=[r.value for r in Role])
    sub.add_argument("--display-name")
    sub.add_argument(
        "--password", action="store_true", help="set a password ($ACCTDESK_NEW_PASSWORD or prompt)"
    )
    sub = commands.command("user-change", cmd_user_change, "change a user's role, password or status")
    sub.add_argument("name")
    sub.add_argument("--role", choices=[r.value for r in Role])
    sub.add_argument("--enable", action="store_true")
    sub.add_argument("--disable", action="store_true")
    sub.add_argument("--password", action="store_true", help="set a new password")

    sub = commands.command("approvals", cmd_approvals, "requests waiting for approval")
    sub.add_argument("--status", choices=["pending", "approved", "rejected", "all"], default="pending")
    sub = commands.command("approve", lambda a: cmd_decide(a, True), "approve a request and carry it out")
    sub.add_argument("request", type=positive_int)
    sub.add_argument("--note")
    sub = commands.command("reject", lambda a: cmd_decide(a, False), "reject a request, saying why")
    sub.add_argument("request", type=positive_int)
    sub.add_argument("--note", required=True)

    sub = commands.command("backup", cmd_backup, "copy the book (default: into its backups folder)")
    sub.add_argument("file", nargs="?")
    sub.add_argument("--keep", type=positive_int, default=10, help="backups to keep in the folder")
    sub = commands.command("restore", cmd_restore, "replace the book with a checked backup")
    sub.add_argument("file")
    sub = commands.command("move-book", cmd_move_book, "copy a book into an empty database and verify it")
    sub.add_argument("--from", dest="source", required=True, metavar="URL_OR_PATH")
    sub.add_argument("--to", dest="target", required=True, metavar="URL_OR_PATH")


def register_audit(audit: Commands) -> None:
    sub = audit.command("list", cmd_audit_list, "the newest audit events")
    sub.add_argument("--by", metavar="USER")
    sub.add_argument("--action")
    sub.add_argument("--limit", type=positive_int, default=50)
