"""Credit-control commands: a customer's credit page, the rating run, risk checks, alerts, limit
requests, overrides, holds, the policy, the credit file, factoring and insurance."""

from __future__ import annotations

import argparse
from datetime import date
from pathlib import Path

from acctdesk.cli.common import (
    CliError,
    Commands,
    done,
    emit_json,
    emit_table,
    jsonable,
    open_existing,
    parse_date,
    parse_decimal,
    positive_int,
    with_uow,
    write,
)
from acctdesk.model.money import Money


def _read(args: argparse.Namespace, read):
    book = open_existing(args)
    try:
        with book.sessions() as session:
            return read(session)
    finally:
        book.close()


def _amount(value) -> str:
    return "—" if value is None else f"{value.amount:,}"


def _percent(value) -> str:
    return "—" if value is None else f"{value} %"


# ---------------------------------------------------------------------------------------------
# acctdesk credit CUSTOMER | rate | check


def cmd_credit(args: argparse.Namespace) -> None:
    as_of = args.as_of or date.today()
    if args.subject == "rate":
        return _rate(args, as_of)
    if args.subject == "check":
        if args.customer:
            return _check_invoice(args, as_of)
        return _risk_checks(args, as_of)
    if args.customer:
        raise CliError(f"'credit {args.subject}' takes no second argument (did you mean 'credit check'?)")
    return _overview(args, as_of)


def _overview_json(view) -> dict:
    e = view.exposure
    return {
        "customer": e.customer_code,
        "name": e.customer_name,
        "status": e.status,
        "as_of": e.as_of,
        "currency": e.currency,
        "receivables": e.receivables,
        "factored_out": e.factored_out,
        "uninvoiced_contracts": e.uninvoiced_contracts,
        "exposure": e.exposure,
        "standing_limit": e.standing_limit,
        "temporary_limit": e.temporary_limit,
        "temporary_until": e.temporary_until,
        "limit": e.limit,
        "utilisation_percent": e.utilisation,
        "available": e.available,
        "insured": e.insured,
        "net_of_insurance": e.net_of_insurance,
        "other_currencies": e.other_currencies,
        "notes": e.notes,
        "group": None
        if view.group is None
        else {
            "code": view.group.group_code,
            "exposure": view.group.exposure,
            "limit": view.group.limit,
            "utilisation_percent": view.group.utilisation,
        },
        "rating": {
            "score": view.rating.score,
            "grade": view.rating.grade,
            "factors": view.rating.factors,
        },
        "recorded_rating": view.recorded,
        "recommendation": view.recommendation,
        "policy": {"scope": view.policy.scope, "rules": [r.describe() for r in view.policy.rules]},
        "open_alerts": view.alerts,
    }


def _overview(args: argparse.Namespace, as_of: date) -> None:
    from acctdesk.services.credit_file import credit_overview

    view = _read(args, lambda session: credit_overview(session, args.subject, as_of))
    if args.json:
        emit_json(_overview_json(view))
        return
    e = view.exposure
    hold = "  ** CREDIT HOLD: new invoices are refused **" if e.on_hold else ""
    print(f"{e.customer_code}  {e.customer_name}  status: {e.status}{hold}")
    print(f"as of {as_of.isoformat()}, in {e.currency}")
    temporary = f"{_amount(e.temporary_limit)} until {e.temporary_until}" if e.temporary_limit else "—"
    insured = f"{_amount(e.insured)} (net exposure {_amount(e.net_of_insurance)})" if e.insured else "—"
    emit_table(
        ["", "amount"],
        [
            ["receivables", _amount(e.receivables)],
            ["factored without recourse", _amount(-e.factored_out)],
            ["uninvoiced contracts", _amount(e.uninvoiced_contracts)],
            ["exposure", _amount(e.exposure)],
            ["standing limit", _amount(e.standing_limit)],
            ["temporary limit", temporary],
            ["limit in force", _amount(e.limit)],
            ["utilisation", _percent(e.utilisation)],
            ["available", _amount(e.available)],
            ["insured", insured],
        ],
    )
    if view.group is not None:
        g = view.group
        print(
            f"group {g.group_code} {g.group_name}: exposure {_amount(g.exposure)} of limit "
            f"{_amount(g.limit)} {g.currency} ({_percent(g.utilisation)})"
        )
    recorded = f"{view.recorded.grade} on {view.recorded.as_of}" if view.recorded else "none yet"
    print(f"\ngrade {view.rating.grade}, score {view.rating.score} (last recorded: {recorded})")
    emit_table(
        ["factor", "value", "points", "of"],
        [[f.name, f.value, f.points, f.weight] for f in view.rating.factors],
    )
    r = view.recommendation
    print(
        f"\nrecommended for grade {r.grade}: term {r.term} (now {r.current_term or '—'}), "
        f"limit {_amount(r.limit)} (now {_amount(r.current_limit)}){'; ' + r.note if r.note else ''}"
    )
    print(f"policy ({view.policy.scope}): {'; '.join(rule.describe() for rule in view.policy.rules)}")
    for note in e.notes:
        print(f"note: {note}")
    if view.alerts:
        print("\nopen alerts")
        _alert_table(view.alerts)


def _rate(args: argparse.Namespace, as_of: date) -> None:
    from acctdesk.services.credit_rating import record_ratings

    run = write(args, lambda uow: record_ratings(uow, as_of, [args.customer] if args.customer else None))
    if args.json:
        emit_json(
            {
                "as_of": run.as_of,
                "rated": run.rated,
                "grades": run.grades,
                "changed": [{"customer": c, "from": before, "to": after} for c, before, after in run.changed],
                "ratings": [
                    {"customer": r.customer_code, "score": r.score, "grade": r.grade, "factors": r.factors}
                    for r in run.ratings
                ],
            }
        )
        return
    print(
        f"rated {run.rated} customers as of {run.as_of}: "
        + ", ".join(f"{g} {n}" for g, n in run.grades.items())
    )
    if run.changed:
        emit_table(
            ["customer", "was", "now"], [[c, before or "—", after] for c, before, after in run.changed]
        )


def _risk_checks(args: argparse.Namespace, as_of: date) -> None:
    from acctdesk.services.credit_alerts import run_risk_checks

    run = write(args, lambda uow: run_risk_checks(uow, as_of))
    if args.json:
        emit_json(run)
        return
    print(
        f"checked {run.customers} customers as of {run.as_of}: {len(run.raised)} new alerts, "
        f"{run.cleared} cleared, on hold now: {', '.join(run.put_on_hold) or 'none'}"
    )
    if run.raised:
        _alert_table(run.raised)


def _check_invoice(args: argparse.Namespace, as_of: date) -> None:
    """`credit check CUSTOMER --amount A`: what credit control would say of such an invoice."""
    from acctdesk.services.credit import assess_invoice
    from acctdesk.services.customers import customer_by_code

    if args.amount is None:
        raise CliError("credit check CUSTOMER needs --amount (without a customer it runs the risk checks)")

    def read(session):
        customer = customer_by_code(session, args.customer)
        currency = (args.currency or customer.currency).upper()
        return currency, assess_invoice(session, customer.id, currency, args.amount, as_of)

    currency, decision = _read(args, read)
    if args.json:
        emit_json(
            {
                "customer": args.customer,
                "amount": Money.of(args.amount, currency),
                "as_of": as_of,
                "level": decision.level,
                "allowed": decision.allowed,
                "reasons": decision.reasons,
                "notes": decision.notes,
                "policy": decision.policy,
            }
        )
        return
    verdict = {"ok": "would post", "warn": "would post with warnings", "block": "would be refused"}
    print(
        f"{args.customer} {Money.of(args.amount, currency)} on {as_of}: {decision.level} — "
        f"{verdict.get(decision.level, 'would be refused (credit hold)')} (policy: {decision.policy})"
    )
    for reason in decision.reasons:
        print(f"  {reason}")
    for note in decision.notes:
        print(f"  note: {note}")


# ---------------------------------------------------------------------------------------------
# Alerts


def _alert_table(alerts) -> None:
    emit_table(
        ["id", "customer", "raised", "rule", "severity", "message", "cleared"],
        [
            [a.id, a.customer_code, a.raised_on, a.rule, a.severity, a.message, a.cleared_on or ""]
            for a in alerts
        ],
    )


def cmd_alerts(args: argparse.Namespace) -> None:
    from acctdesk.services.credit_alerts import open_alerts

    found = _read(args, lambda session: open_alerts(session, args.customer))
    if args.json:
        emit_json(found)
    elif found:
        _alert_table(found)
    else:
        print("no open alerts")


def cmd_alert_ack(args: argparse.Namespace) -> None:
    from acctdesk.services.credit_alerts import acknowledge_alert

    def action(uow):
        alert = acknowledge_alert(uow, args.id, args.note)
        return {"alert": alert.id, "status": alert.status, "by": alert.acknowledged_by, "note": alert.note}

    with_uow(args, action)


# ---------------------------------------------------------------------------------------------
# Requests, holds and the policy


def cmd_credit_limit(args: argparse.Namespace) -> None:
    from acctdesk.services.credit import request_limit_change

    amount = None if args.amount.lower() == "none" else parse_decimal(args.amount)
    if args.valid_from and not args.until:
        raise CliError("--from goes with --until (a temporary limit)")

    def action(uow):
        filed = request_limit_change(
            uow,
            customer_code=args.customer,
            amount=amount,
            reason=args.reason,
            until=args.until,
            valid_from=(args.valid_from or date.today()) if args.until else None,
        )
        return {"request": filed.id, "kind": filed.kind, "summary": filed.summary, "status": filed.status}

    with_uow(args, action)


def cmd_credit_override(args: argparse.Namespace) -> None:
    from acctdesk.services.credit import request_hold_override

    def action(uow):
        filed = request_hold_override(
            uow, customer_code=args.customer, invoice_number=args.invoice, reason=args.reason
        )
        return {"request": filed.id, "kind": filed.kind, "summary": filed.summary, "status": filed.status}

    with_uow(args, action)


def cmd_credit_hold(args: argparse.Namespace) -> None:
    from acctdesk.services.credit import place_on_hold

    with_uow(
        args,
        lambda uow: {
            "customer": args.customer,
            "status": place_on_hold(uow, args.customer, reason=args.reason),
        },
    )


def cmd_credit_release(args: argparse.Namespace) -> None:
    from acctdesk.services.credit import release_hold

    with_uow(
        args,
        lambda uow: {
            "customer": args.customer,
            "status": release_hold(uow, args.customer, reason=args.reason),
        },
    )


def cmd_credit_policy(args: argparse.Namespace) -> None:
    from acctdesk.services.credit import latest_rating, policy_for, scope_policy, set_policy
    from acctdesk.services.customers import customer_by_code

    if args.rules and args.clear:
        raise CliError("give rules or --clear, not both")
    if args.rules or args.clear:
        policy = write(
            args, lambda uow: set_policy(uow, args.rules, customer_code=args.customer, grade=args.grade)
        )
    else:

        def read(session):
            if not args.customer:
                return scope_policy(session, grade=args.grade)
            customer = customer_by_code(session, args.customer)  # the policy in force for it
            rating = latest_rating(session, customer.id, args.as_of or date.today())
            return policy_for(session, customer.id, rating.grade if rating else None)

        policy = _read(args, read)
    if args.json:
        emit_json({"scope": policy.scope, "rules": policy.rules})
        return
    print(f"policy ({policy.scope}):")
    for rule in policy.rules:
        print(f"  {rule.describe()}")
    if not policy.rules:
        print("  (no rules of its own: the next scope's apply)")


# ---------------------------------------------------------------------------------------------
# Credit file, factoring, insurance, thresholds


def cmd_credit_file(args: argparse.Namespace) -> None:
    from acctdesk.services.credit_file import attach_document, credit_file, update_credit_file

    facts = {
        key: value
        for key, value in {
            "registered_capital": args.capital,
            "capital_currency": args.capital_currency,
            "industry": args.industry,
            "industry_risk": args.industry_risk,
            "business_status": args.business_status,
            "established_on": args.established,
            "contacts": args.contact,
            "notes": args.notes,
        }.items()
        if value is not None
    }
    if facts:
        write(args, lambda uow: update_credit_file(uow, args.customer, **facts))
    for path in args.attach or []:
        file = Path(path)
        if not file.is_file():
            raise CliError(f"no such file: {path}")
        content = file.read_bytes()
        write(
            args,
            lambda uow, file=file, content=content: attach_document(
                uow, args.customer, file_name=file.name, content=content, description=args.description or ""
            ),
        )
    info = _read(args, lambda session: credit_file(session, args.customer))
    if args.json:
        emit_json(info)
        return
    print(f"{info.customer_code}  {info.customer_name}")
    emit_table(
        ["fact", "value"],
        [
            ["registered capital", str(info.registered_capital) if info.registered_capital else "—"],
            ["industry", info.industry or "—"],
            ["industry risk", info.industry_risk],
            ["business status", info.business_status],
            ["established", info.established_on or "—"],
            ["contacts", "; ".join(info.contacts) or "—"],
            ["insurer", f"{info.insurer}: {info.insured}" if info.insurer else "—"],
            ["notes", info.notes or "—"],
        ],
    )
    if info.documents:
        print("\ndocuments")
        emit_table(
            ["id", "file", "type", "bytes", "sha256", "uploaded by"],
            [[d.id, d.file_name, d.mime_type, d.size, d.sha256[:12], d.uploaded_by] for d in info.documents],
        )
    if info.ratings:
        print("\nrating history")
        emit_table(["as of", "grade", "score"], [[r.as_of, r.grade, r.score] for r in info.ratings])


def cmd_factor(args: argparse.Namespace) -> None:
    from acctdesk.services.credit import mark_factored

    with_uow(
        args,
        lambda uow: mark_factored(
            uow,
            invoice_number=args.invoice,
            bank=args.bank,
            on=args.date,
            with_recourse=args.with_recourse,
            note=args.note or "",
        ),
    )


def cmd_credit_insurance(args: argparse.Namespace) -> None:
    from acctdesk.services.credit import set_credit_insurance

    def action(uow):
        insured = set_credit_insurance(
            uow,
            args.customer,
            insurer=args.insurer,
            amount=args.amount,
            valid_until=args.until,
            policy_number=args.policy or "",
        )
        return {"customer": args.customer, "insurer": args.insurer, "insured": insured}

    with_uow(args, action)


def cmd_risk_thresholds(args: argparse.Namespace) -> None:
    from acctdesk.services.credit_alerts import risk_thresholds, set_risk_thresholds

    changes = {}
    for name in ("dso_days", "dso_period_days", "overdue_item_days", "broken_promise_days"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = None if value == "off" else value
    for name in ("overdue_ratio", "utilisation"):
        value = getattr(args, name)
        if value is not None:
            changes[name] = None if value == "off" else value
    if args.downgrade is not None:
        changes["downgrade"] = args.downgrade == "on"
    if changes:
        thresholds = write(args, lambda uow: set_risk_thresholds(uow, **changes))
    else:
        thresholds = _read(args, risk_thresholds)
    if args.json:
        emit_json(thresholds)
    else:
        done(args, {k: ("off" if v is None else jsonable(v)) for k, v in jsonable(thresholds).items()})


def register(commands: Commands) -> None:
    command = commands.command
    sub = command(
        "credit",
        cmd_credit,
        "a customer's credit page (exposure, limit, grade, alerts); 'credit rate' rates every customer, "
        "'credit check' runs the risk checks, 'credit check CUSTOMER --amount A' judges an invoice",
    )
    sub.add_argument("subject", metavar="CUSTOMER|rate|check")
    sub.add_argument("customer", nargs="?", metavar="CUSTOMER", help="with rate or check: one customer")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")
    sub.add_argument("--amount", type=parse_decimal, help="with 'check CUSTOMER': the invoice amount")
    sub.add_argument("--currency", help="with 'check CUSTOMER': the invoice currency")

    sub = command("alerts", cmd_alerts, "open credit alerts (not yet acknowledged)")
    sub.add_argument("--customer", metavar="CODE")

    sub = command("alert-ack", cmd_alert_ack, "acknowledge an alert with a note")
    sub.add_argument("id", type=positive_int)
    sub.add_argument("--note", required=True)

    sub = command("credit-limit", cmd_credit_limit, "file a credit-limit change for an approver")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("amount", metavar="AMOUNT", help="the new limit, or 'none'")
    sub.add_argument("--reason", required=True)
    sub.add_argument("--until", type=parse_date, help="a temporary limit valid until this date")
    sub.add_argument(
        "--from", dest="valid_from", type=parse_date, help="a temporary limit from (default today)"
    )

    sub = command(
        "credit-override", cmd_credit_override, "ask an approver to let one refused invoice through"
    )
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("invoice", metavar="INVOICE")
    sub.add_argument("--reason", required=True)

    sub = command("credit-hold", cmd_credit_hold, "put a customer on credit hold")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--reason", required=True)

    sub = command("credit-release", cmd_credit_release, "release a customer from credit hold (approvers)")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--reason", required=True)

    sub = command(
        "credit-policy",
        cmd_credit_policy,
        "show or set the credit policy of a customer, a grade or the book "
        "(rules: over_limit=block overdue_days:60=hold broken_promise:90=warn grade:D=block)",
    )
    scope = sub.add_mutually_exclusive_group()
    scope.add_argument("--customer", metavar="CODE")
    scope.add_argument("--grade", choices=list("ABCDE"))
    sub.add_argument("rules", nargs="*", metavar="RULE")
    sub.add_argument("--clear", action="store_true", help="remove the scope's rules")
    sub.add_argument("--as-of", type=parse_date, help="with --customer: the grade as of this date")

    sub = command("credit-file", cmd_credit_file, "show or change a customer's credit file")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--capital", type=parse_decimal, help="registered capital")
    sub.add_argument("--capital-currency")
    sub.add_argument("--industry")
    sub.add_argument("--industry-risk", choices=["low", "medium", "high"])
    sub.add_argument("--business-status", choices=["normal", "watch", "distressed"])
    sub.add_argument("--established", type=parse_date)
    sub.add_argument("--contact", action="append", help="a contact line (repeat for more)")
    sub.add_argument("--notes")
    sub.add_argument("--attach", action="append", metavar="FILE", help="keep a document in the file")
    sub.add_argument("--description", help="what the attached document is")

    sub = command("factor", cmd_factor, "mark an invoice factored (保理)")
    sub.add_argument("invoice", metavar="INVOICE")
    sub.add_argument("--bank", required=True)
    sub.add_argument("--date", type=parse_date, required=True)
    sub.add_argument("--with-recourse", action="store_true", help="the bank can turn back to us")
    sub.add_argument("--note")

    sub = command("credit-insurance", cmd_credit_insurance, "set a customer's insured limit")
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--insurer", required=True)
    sub.add_argument("--amount", type=parse_decimal, required=True)
    sub.add_argument("--until", type=parse_date)
    sub.add_argument("--policy", help="the insurance policy number")

    sub = command("risk-thresholds", cmd_risk_thresholds, "show or change the risk-warning thresholds")
    for option in ("--dso-days", "--dso-period-days", "--overdue-item-days", "--broken-promise-days"):
        sub.add_argument(option, metavar="N|off")
    sub.add_argument("--overdue-ratio", metavar="SHARE|off", help="e.g. 0.5")
    sub.add_argument("--utilisation", metavar="PERCENT|off", help="e.g. 90")
    sub.add_argument("--downgrade", choices=["on", "off"])
