"""Analytics commands: receivables metrics and their trend, the bad-debt provision, the cash forecast."""

from __future__ import annotations

import argparse
from datetime import date
from decimal import Decimal
from pathlib import Path

from acctdesk.cli.common import (
    CliError,
    Commands,
    emit_json,
    emit_table,
    open_existing,
    parse_date,
    parse_decimal,
    positive_int,
    write,
)
from acctdesk.model.money import Money

# ---------------------------------------------------------------------------------------------
# Metrics

METRIC_COLUMNS = ("DSO", "best DSO", "ADD", "CEI %", "overdue %", "bad debt %", "collection %", "top 10 %")


def _days(value: Decimal | None) -> str:
    return "—" if value is None else f"{value:.1f}"


def _percent(value: Decimal | None) -> str:
    return "—" if value is None else f"{value * 100:.2f}"


def _metric_cells(m) -> list[str]:
    return [
        _days(m.dso),
        _days(m.best_possible_dso),
        _days(m.add),
        "—" if m.cei is None else f"{m.cei:.2f}",
        _percent(m.overdue_ratio),
        _percent(m.bad_debt_rate),
        _percent(m.collection_rate),
        _percent(m.top10_concentration),
    ]


def _text(value) -> str | None:
    if value is None:
        return None
    if isinstance(value, Money):
        return str(value.amount)
    if isinstance(value, date):
        return value.isoformat()
    return str(value)


def metrics_json(m) -> dict:
    """Flat: the currency once, amounts and ratios as decimal strings, undefined ones null."""
    return {name: value if name in ("currency", "days") else _text(value) for name, value in vars(m).items()}


def _period(args: argparse.Namespace) -> tuple[date, date]:
    from acctdesk.services.metrics import month_period

    if args.period and (args.start or args.end):
        raise CliError("give --period or --from/--to, not both")
    if args.period:
        period = month_period(args.period)
        return period.start, period.end
    end = args.end or date.today()
    return args.start or end.replace(day=1), end


def cmd_metrics(args: argparse.Namespace) -> None:
    from acctdesk.services.metrics import metrics_by, period_metrics

    start, end = _period(args)
    book = open_existing(args)
    try:
        with book.sessions() as session:
            if args.by:
                rows = metrics_by(session, start, end, args.by)
            else:
                metrics = period_metrics(session, start, end, customer=args.customer, group=args.group)
    finally:
        book.close()
    if args.by:
        if args.json:
            emit_json([{"key": r.key, "label": r.label, **metrics_json(r.metrics)} for r in rows])
            return
        emit_table(
            [args.by, "name", "currency", "AR", "overdue", *METRIC_COLUMNS[:-1]],
            [
                [
                    r.key,
                    r.label,
                    r.metrics.currency,
                    r.metrics.ar_end,
                    r.metrics.overdue_end,
                    *_metric_cells(r.metrics)[:-1],
                ]
                for r in rows
            ],
        )
        return
    if args.json:
        emit_json({"start": start, "end": end, "currencies": [metrics_json(m) for m in metrics]})
        return
    scope = f"customer {args.customer}" if args.customer else f"group {args.group}" if args.group else "book"
    print(f"metrics of the {scope}, {start.isoformat()} – {end.isoformat()} ({(end - start).days + 1} days)")
    if not metrics:
        print("no receivables in this period")
        return
    figures = [
        ("AR at start", "ar_start"),
        ("credit sales", "credit_sales"),
        ("AR at end", "ar_end"),
        ("  current", "current_end"),
        ("  overdue", "overdue_end"),
        ("open items", "open_items_end"),
        ("written off", "write_offs"),
        ("fell due", "fell_due"),
        ("  collected", "collected"),
        ("top 10 customers", "top10_share"),
    ]
    rows = [[label, *[getattr(m, name) for m in metrics]] for label, name in figures]
    cells = [_metric_cells(m) for m in metrics]
    rows += [[label, *[c[i] for c in cells]] for i, label in enumerate(METRIC_COLUMNS)]
    emit_table(["", *[m.currency for m in metrics]], rows)


def cmd_metrics_trend(args: argparse.Namespace) -> None:
    from acctdesk.services.metrics import metrics_trend

    book = open_existing(args)
    try:
        with book.sessions() as session:
            points = metrics_trend(
                session,
                args.end or date.today(),
                months=args.months,
                customer=args.customer,
                group=args.group,
            )
    finally:
        book.close()
    if args.json:
        emit_json(
            [
                {
                    "month": p.month,
                    "start": p.period.start,
                    "end": p.period.end,
                    "currencies": [metrics_json(m) for m in p.metrics],
                }
                for p in points
            ]
        )
        return
    emit_table(
        ["month", "to", "currency", "AR", "sales", *METRIC_COLUMNS],
        [
            [p.month, p.period.end.isoformat(), m.currency, m.ar_end, m.credit_sales, *_metric_cells(m)]
            for p in points
            for m in p.metrics
        ],
    )


def _scope_options(parser: argparse.ArgumentParser) -> None:
    scope = parser.add_mutually_exclusive_group()
    scope.add_argument("--customer", metavar="CODE")
    scope.add_argument("--group", metavar="CODE", help="a key-account group")


# ---------------------------------------------------------------------------------------------
# Provision


def _provision_table(sheet) -> None:
    bands = [band.key for band in sheet.method.bands]
    rows = [
        [
            line.customer_code,
            line.customer_name,
            line.currency,
            line.method,
            *line.bands,
            line.base,
            line.provision,
            line.previous,
            line.movement,
        ]
        for line in sheet.lines
    ]
    rows += [
        ["total", "", t.currency, "", *t.bands, t.base, t.provision, t.previous, t.movement]
        for t in sheet.totals()
    ]
    emit_table(
        ["customer", "name", "currency", "method", *bands, "open items", "provision", "previous", "movement"],
        rows,
    )


def _provision_json(info, sheet) -> dict:
    def line(item) -> dict:
        return {k: [_text(b) for b in v] if k == "bands" else _text(v) for k, v in vars(item).items()}

    return {
        **info,
        "as_of": sheet.as_of,
        "previous_month": sheet.previous_month,
        "method": {b.key: str(b.rate) for b in sheet.method.bands},
        "lines": [line(item) for item in sheet.lines],
        "totals": [line(t) for t in sheet.totals()],
    }


def _run_header(info) -> dict:
    return {
        "id": info.id,
        "month": info.month,
        "revision": info.revision,
        "status": info.status,
        "created_by": info.created_by,
    }


def cmd_provision_run(args: argparse.Namespace) -> None:
    from acctdesk.services.provisions import run_provision

    info = write(
        args, lambda uow: run_provision(uow, args.as_of, supersede=args.supersede, reason=args.reason or "")
    )
    if args.json:
        emit_json(_provision_json(_run_header(info), info.sheet))
        return
    previous = info.sheet.previous_month or "none"
    print(f"provision {info.month} revision {info.revision} as of {info.as_of.isoformat()}", end="")
    print(f" (previous: {previous})")
    _provision_table(info.sheet)


def cmd_provision_show(args: argparse.Namespace) -> None:
    from acctdesk.services.provision_xlsx import render_provision_xlsx
    from acctdesk.services.provisions import provision_run

    book = open_existing(args)
    try:
        with book.sessions() as session:
            info = provision_run(session, args.as_of)
    finally:
        book.close()
    if args.xlsx:
        path = render_provision_xlsx(info, Path(args.xlsx))
        if not args.json:
            print(f"wrote {path}")
    if args.json:
        emit_json(_provision_json(_run_header(info), info.sheet))
    elif not args.xlsx:
        print(
            f"provision {info.month} revision {info.revision} as of {info.as_of.isoformat()}, "
            f"run by {info.created_by} (previous: {info.sheet.previous_month or 'none'})"
        )
        _provision_table(info.sheet)


def cmd_provision_preview(args: argparse.Namespace) -> None:
    from acctdesk.services.provisions import compute_provision

    book = open_existing(args)
    try:
        with book.sessions() as session:
            sheet = compute_provision(session, args.as_of)
    finally:
        book.close()
    if args.json:
        emit_json(_provision_json({"recorded": False}, sheet))
        return
    print(
        f"provision as of {args.as_of.isoformat()}, not recorded (previous: {sheet.previous_month or 'none'})"
    )
    _provision_table(sheet)


def cmd_provision_rates(args: argparse.Namespace) -> None:
    from acctdesk.services.provisions import book_method, set_provision_rates

    if args.set:
        bounds = [b.strip() for b in args.bounds.split(",")] if args.bounds else [1, 2, 3, 4, 5]
        method = write(args, lambda uow: set_provision_rates(uow, args.set.split(","), bounds))
    else:
        book = open_existing(args)
        try:
            with book.sessions() as session:
                method = book_method(session)
        finally:
            book.close()
    if args.json:
        emit_json({b.key: str(b.rate) for b in method.bands})
    else:
        emit_table(["age", "rate %"], [[b.key, str(b.rate)] for b in method.bands])


def cmd_provision_individual(args: argparse.Namespace) -> None:
    from acctdesk.services.provisions import end_individual_provision, set_individual_provision

    if args.end:
        info = write(
            args, lambda uow: end_individual_provision(uow, args.customer, on=args.on, currency=args.currency)
        )
        text = f"{info.customer_code} {info.currency}: back at the age rates from {args.on.isoformat()}"
    else:
        if (args.rate is None) == (args.amount is None):
            raise CliError("give --rate PERCENT or --amount AMOUNT")
        if not args.reason:
            raise CliError("an individual provision needs --reason")
        info = write(
            args,
            lambda uow: set_individual_provision(
                uow,
                args.customer,
                on=args.on,
                reason=args.reason,
                rate=args.rate,
                amount=args.amount,
                currency=args.currency,
            ),
        )
        what = f"{info.rate} %" if info.rate is not None else str(info.amount)
        since = info.effective_from.isoformat()
        text = f"{info.customer_code} {info.currency}: provided for at {what} from {since}"
    if args.json:
        emit_json(info)
    else:
        print(text)


# ---------------------------------------------------------------------------------------------
# Forecast


def _forecast_json(forecast) -> dict:
    return {
        "as_of": forecast.as_of,
        "weeks": [{"week": w.index, "start": w.start, "end": w.end} for w in forecast.weeks],
        "currencies": [
            {
                "currency": c.currency,
                "weeks": [str(m.amount) for m in c.weeks],
                "later": str(c.later.amount),
                "beyond_history": str(c.beyond_history.amount),
                "awaiting_event": str(c.awaiting_event.amount),
                "disputed": str(c.disputed.amount),
                "open_items": str(c.open_items.amount),
            }
            for c in forecast.currencies
        ],
    }


def cmd_forecast(args: argparse.Namespace) -> None:
    from acctdesk.services.forecast import backtest, cash_forecast

    as_of = args.as_of or date.today()
    book = open_existing(args)
    try:
        with book.sessions() as session:
            if args.backtest:
                if args.backtest >= as_of:
                    raise CliError("--backtest takes a date before --as-of (the last day with data)")
                result = backtest(session, args.backtest, weeks=args.weeks, until=as_of)
            else:
                forecast = cash_forecast(session, as_of, weeks=args.weeks)
    finally:
        book.close()
    if args.backtest:
        _print_backtest(args, result)
        return
    if args.json:
        emit_json(_forecast_json(forecast))
        return
    print(f"expected receipts after {as_of.isoformat()}, by week")
    currencies = forecast.currencies
    rows = [
        [f"{w.index:>2}", w.start.isoformat(), w.end.isoformat(), *[c.weeks[w.index - 1] for c in currencies]]
        for w in forecast.weeks
    ]
    for label, name in (
        ("later", "later"),
        ("beyond history", "beyond_history"),
        ("awaiting event", "awaiting_event"),
        ("disputed", "disputed"),
        ("open items", "open_items"),
    ):
        rows.append([label, "", "", *[getattr(c, name) for c in currencies]])
    emit_table(["week", "from", "to", *[c.currency for c in currencies]], rows)


def _print_backtest(args: argparse.Namespace, result) -> None:
    if args.json:
        emit_json(
            {
                "made_on": result.made_on,
                "until": result.until,
                "currencies": [
                    {
                        "currency": c.currency,
                        "weeks": [
                            {
                                "week": w.week.index,
                                "start": w.week.start,
                                "end": w.week.end,
                                "forecast": str(w.forecast.amount),
                                "actual": str(w.actual.amount),
                                "error": str(w.error.amount),
                            }
                            for w in c.weeks
                        ],
                        "absolute_error": str(c.absolute_error.amount),
                        "wape_percent": _text(c.wape),
                    }
                    for c in result.currencies
                ],
            }
        )
        return
    print(f"forecast made on {result.made_on.isoformat()} against receipts to {result.until.isoformat()}")
    emit_table(
        ["currency", "week", "from", "to", "forecast", "actual", "error"],
        [
            [
                c.currency,
                w.week.index,
                w.week.start.isoformat(),
                w.week.end.isoformat(),
                w.forecast,
                w.actual,
                w.error,
            ]
            for c in result.currencies
            for w in c.weeks
        ],
    )
    for c in result.currencies:
        wape = "—" if c.wape is None else f"{c.wape} %"
        print(
            f"{c.currency}: forecast {c.forecast_total}, received {c.actual_total}, "
            f"absolute error {c.absolute_error}, WAPE {wape}"
        )


# ---------------------------------------------------------------------------------------------


def register(commands: Commands) -> None:
    sub = commands.command("metrics", cmd_metrics, "DSO, CEI, ADD and other receivables metrics for a period")
    sub.add_argument(
        "--from", dest="start", type=parse_date, metavar="YYYY-MM-DD", help="default: month start"
    )
    sub.add_argument("--to", dest="end", type=parse_date, metavar="YYYY-MM-DD", help="default: today")
    sub.add_argument("--period", metavar="YYYY-MM", help="a calendar month instead of --from/--to")
    _scope_options(sub)
    sub.add_argument("--by", choices=["customer", "group"], help="one line per customer or key-account group")
    trend = Commands(sub.add_subparsers(dest="metrics_command", metavar="COMMAND"))
    sub = trend.command("trend", cmd_metrics_trend, "the metrics month by month (the last month to date)")
    sub.add_argument("--months", type=positive_int, default=12)
    sub.add_argument("--to", dest="end", type=parse_date, metavar="YYYY-MM-DD", help="default: today")
    _scope_options(sub)

    group = commands.group("provision", "bad-debt provision (坏账准备): rates, month-end runs, export")
    sub = group.command("run", cmd_provision_run, "record the month-end provision and its movement")
    sub.add_argument("--as-of", type=parse_date, required=True, metavar="YYYY-MM-DD")
    sub.add_argument("--supersede", action="store_true", help="replace the month's current run")
    sub.add_argument("--reason", help="why the current run is superseded")
    sub = group.command("show", cmd_provision_show, "a recorded run (the latest, or the month of --as-of)")
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD")
    sub.add_argument("--xlsx", metavar="FILE", help="write the run as an Excel workbook")
    sub = group.command("preview", cmd_provision_preview, "what a run would record, without recording it")
    sub.add_argument("--as-of", type=parse_date, required=True, metavar="YYYY-MM-DD")
    sub = group.command("rates", cmd_provision_rates, "the book's rates by invoice age (show, or --set)")
    sub.add_argument("--set", metavar="P,P,…", help="percent per age band, e.g. 5,10,30,50,80,100")
    sub.add_argument("--bounds", metavar="Y,Y,…", help="age bands in years (default 1,2,3,4,5)")
    sub = group.command(
        "individual", cmd_provision_individual, "provide for one customer by judgment (单项计提)"
    )
    sub.add_argument("customer", metavar="CUSTOMER")
    sub.add_argument("--rate", type=parse_decimal, metavar="PERCENT")
    sub.add_argument("--amount", type=parse_decimal)
    sub.add_argument(
        "--on", type=parse_date, required=True, metavar="YYYY-MM-DD", help="from (or, with --end, to)"
    )
    sub.add_argument("--reason")
    sub.add_argument("--currency")
    sub.add_argument("--end", action="store_true", help="end the customer's individual provision on --on")

    sub = commands.command("forecast", cmd_forecast, "expected receipts by week (cash forecast)")
    sub.add_argument("--weeks", type=positive_int, default=13)
    sub.add_argument("--as-of", type=parse_date, metavar="YYYY-MM-DD", help="default: today")
    sub.add_argument(
        "--backtest",
        type=parse_date,
        metavar="YYYY-MM-DD",
        help="the forecast made on this date against what arrived until --as-of",
    )
