"""Benchmark: start the desktop app on a 1,000,000-invoice demo book and show the dashboard; then scroll
the invoice list to its end, dragging the scroll bar step by step and jumping straight to the end, and
watch the memory. Linux only: memory is read from /proc/self/status (VmRSS now, VmHWM the peak).

    uv run acctdesk demo --db /tmp/bench1m.sqlite --customers 2000 --invoices 1000000 --seed 7 \\
        --as-of 2026-11-24
    QT_QPA_PLATFORM=offscreen uv run python benchmarks/bench_dashboard.py --db /tmp/bench1m.sqlite

The app's modules are compiled to bytecode first, as an install compiles them (see compile_the_app).
One run is one process, timed from the process's start: imports, the QApplication, the book opened as
`acctdesk --db` opens it (on the worker thread), the main window, and the dashboard's background query
until its figures are on the screen (the operation's success callback, `DashboardView._show`). The
floor is the bare SQL the dashboard ran (captured from the engine), run again through sqlite3 on the
same file. Targets: the dashboard in under 2 s, under 400 MB, and memory flat while scrolling (the
list keeps a bounded cache of pages). `--runs N` makes N runs in fresh processes and gives the range.
The last line is the ratio of the dashboard time to the floor.
"""

from __future__ import annotations

import os
import time

STARTED = time.perf_counter()  # before anything heavy is imported


def process_age() -> float:
    """Seconds since this process started (interpreter start-up before the first line included)."""
    with open("/proc/self/stat") as stat:
        start_ticks = int(stat.read().rsplit(")", 1)[1].split()[19])
    with open("/proc/uptime") as uptime:
        now = float(uptime.read().split()[0])
    return max(now - start_ticks / os.sysconf("SC_CLK_TCK"), 0.0)


AGE_AT_START = process_age()

import argparse  # noqa: E402
import json  # noqa: E402
import sqlite3  # noqa: E402
import subprocess  # noqa: E402
import sys  # noqa: E402
import tempfile  # noqa: E402
import threading  # noqa: E402
from datetime import date  # noqa: E402
from pathlib import Path  # noqa: E402

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")


def memory_mb() -> dict[str, float]:
    """VmRSS and VmHWM of this process in MB (Linux)."""
    values = {}
    with open("/proc/self/status") as status:
        for line in status:
            key, _, rest = line.partition(":")
            if key in ("VmRSS", "VmHWM"):
                values[key] = int(rest.split()[0]) / 1024
    return values


def since_start() -> float:
    return time.perf_counter() - STARTED + AGE_AT_START


# PySide6 6.12.0 on CPython 3.11 drops a reference to None on every call of a void method (processEvents,
# setValue, …) and one to True on every signal emit; 3.12 made both immortal, 3.11 did not, so a long
# run ends in "Fatal Python error: none_dealloc". These references keep the run alive (5 MB).
BALLAST = (None, True, False) * 200_000 if sys.version_info < (3, 12) else ()


def main_run(args) -> dict:
    # As `acctdesk --db BOOK` starts: the command line's module, then the dashboard's query on a thread of
    # its own (ui/early.py) while Qt and the screens are imported.
    from sqlalchemy import Engine, event

    import acctdesk.cli  # noqa: F401
    from acctdesk.model.db import book_url
    from acctdesk.services.lists import dashboard_figures
    from acctdesk.ui import early

    marks: dict[str, float] = {}
    statements: list[tuple[str, tuple]] = []
    in_dashboard = threading.local()
    query_seconds: list[float] = []

    def timed_figures(session, as_of):  # the dashboard's own query, on whichever thread runs it
        started = time.perf_counter()
        in_dashboard.on = True
        try:
            return dashboard_figures(session, as_of)
        finally:
            in_dashboard.on = False
            query_seconds.append(time.perf_counter() - started)

    @event.listens_for(Engine, "before_cursor_execute")
    def capture(_conn, _cursor, statement, parameters, _context, _many) -> None:
        if getattr(in_dashboard, "on", False):
            statements.append((statement, tuple(parameters)))

    early.dashboard_figures = timed_figures
    marks["early query started"] = since_start()
    early.start(book_url(args.db), args.as_of)

    from PySide6.QtCore import QCoreApplication, QSettings

    from acctdesk.ui import dashboard
    from acctdesk.ui.app import Application, make_application

    imported = since_start()
    # Private settings: the run neither reads nor changes the person's window layout or language.
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, tempfile.mkdtemp())
    original_show = dashboard.DashboardView._show

    def shown(view, figures) -> None:  # the operation's success callback, on the UI thread
        original_show(view, figures)
        marks.setdefault("dashboard", since_start())

    dashboard.dashboard_figures = timed_figures  # the usual query, if the early figures are not taken
    dashboard.DashboardView._show = shown

    app = make_application([sys.argv[0]])
    marks["application"] = since_start()
    controller = Application(app, as_of=args.as_of)
    if hasattr(controller, "auto_backup"):
        controller.auto_backup = False  # a daily backup of a 1.3 GB book is not the dashboard
    controller.open(book_url(args.db))
    deadline = time.perf_counter() + args.timeout
    while "dashboard" not in marks:
        pump(app)
        if controller.window is not None and "window" not in marks:
            marks["window"] = since_start()
        if getattr(controller, "login", None) is not None:
            raise SystemExit("the book asks for a login; benchmark a book whose users have no password")
        if controller.failed or time.perf_counter() > deadline:
            raise SystemExit("the dashboard did not appear")
    cpu_at_dashboard = time.process_time()
    at_dashboard = memory_mb()
    floor = sql_floor(args.db, statements, args.floor_repeat)  # now, under the load the dashboard saw
    window = controller.window
    figures = window.dashboard.figures
    base = figures.for_currency(figures.base_currency) or figures.currencies[0]

    # The invoice list: a row for each of the million, read a page at a time as they come into view.
    view = window.show_page("invoices")
    model, table = view.model, view.page.table
    opened = time.perf_counter()
    wait_until(app, lambda: model.total is not None and not model.loading, args.timeout)
    list_seconds = time.perf_counter() - opened
    settle(app, controller)
    before = memory_mb()
    pages_read = []
    model.dataChanged.connect(lambda first, _last, _roles: pages_read.append(first.row()))
    bar = table.verticalScrollBar()
    step_seconds, peak_rss, tenth = [], before["VmRSS"], before["VmRSS"]
    for step in range(1, args.steps + 1):  # a drag of the thumb from the top to the bottom
        started = time.perf_counter()
        bar.setValue(round(bar.maximum() * step / args.steps))
        app.processEvents()
        wait_until(app, lambda: visible_rows_loaded(table, model), args.timeout)
        step_seconds.append(time.perf_counter() - started)
        if step % 50 == 0:
            peak_rss = max(peak_rss, memory_mb()["VmRSS"])
        if step == args.steps // 10:  # the cache is full by now: from here on memory should stay put
            tenth = memory_mb()["VmRSS"]
    settle(app, controller)
    after_drag = memory_mb()
    peak_rss = max(peak_rss, after_drag["VmRSS"])
    table.scrollToTop()
    wait_until(app, lambda: visible_rows_loaded(table, model), args.timeout)
    started = time.perf_counter()
    table.scrollToBottom()  # End: straight to the last row
    app.processEvents()
    wait_until(app, lambda: visible_rows_loaded(table, model) and model.is_loaded(model.rowCount() - 1), 60)
    jump_seconds = time.perf_counter() - started
    settle(app, controller)
    after = memory_mb()
    last_row = model.row_at(model.rowCount() - 1)

    controller.close()
    QCoreApplication.processEvents()
    with sqlite3.connect(f"file:{args.db}?mode=ro", uri=True) as connection:
        customers = connection.execute("SELECT count(*) FROM customer").fetchone()[0]
    return {
        "invoices": model.rowCount(),
        "customers": customers,
        "early": marks["early query started"],
        "imported": imported,
        "application": marks["application"],
        "window": marks.get("window", marks["dashboard"]),
        "dashboard": marks["dashboard"],
        "query": query_seconds[-1] if query_seconds else None,
        "cpu": cpu_at_dashboard,
        "statements": len(statements),
        "peak_at_dashboard": at_dashboard["VmHWM"],
        "receivables": str(base.receivables),
        "overdue": str(base.overdue),
        "list_seconds": list_seconds,
        "rss_before": before["VmRSS"],
        "steps": args.steps,
        "pages_read": len(pages_read),
        "step_mean": sum(step_seconds) / len(step_seconds),
        "step_max": max(step_seconds),
        "rss_peak_scrolling": peak_rss,
        "rss_after_drag": after_drag["VmRSS"],
        "rss_tenth": tenth,
        "jump_seconds": jump_seconds,
        "last_row": getattr(last_row, "number", None),
        "rss_after": after["VmRSS"],
        "cached_rows": model.cached_rows,
        "cached_pages": len(model.cached_pages),
        "peak": after["VmHWM"],
        "floor": floor,
        "indexes_missing": missing_indexes(args.db),
    }


def visible_rows_loaded(table, model) -> bool:
    top = table.rowAt(0)
    bottom = table.rowAt(table.viewport().height() - 1)
    bottom = model.rowCount() - 1 if bottom < 0 else bottom
    return top >= 0 and model.is_loaded(top) and model.is_loaded(bottom)


def pump(app) -> None:
    """Let queued results and paints through. (processEvents with a time limit has crashed PySide6 with a
    refcount error on None while the worker thread ran; the plain call and a short sleep do not.)"""
    app.processEvents()
    time.sleep(0.003)


def wait_until(app, condition, timeout: float) -> None:
    deadline = time.perf_counter() + timeout
    while not condition():
        if time.perf_counter() > deadline:
            raise SystemExit("timed out waiting for the list")
        pump(app)


def settle(app, controller) -> None:
    controller.ops.wait(60_000)
    app.processEvents()


def sql_floor(db: str, statements: list[tuple[str, tuple]], repeat: int) -> float:
    """The dashboard's statements, as the engine sent them, run bare through sqlite3: best of `repeat`."""
    best = float("inf")
    for _ in range(repeat):
        with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
            started = time.perf_counter()
            for statement, parameters in statements:
                connection.execute(statement, parameters).fetchall()
            best = min(best, time.perf_counter() - started)
    return best


def missing_indexes(db: str) -> list[str]:
    """Indexes the model has that the book lacks (a book built before they were added)."""
    from acctdesk.model.entities import Base

    with sqlite3.connect(f"file:{db}?mode=ro", uri=True) as connection:
        present = {
            name for (name,) in connection.execute("SELECT name FROM sqlite_master WHERE type='index'")
        }
    return sorted(
        index.name
        for table in Base.metadata.tables.values()
        for index in table.indexes
        if index.name not in present
    )


def create_missing_indexes(db: str) -> list[str]:
    from acctdesk.model.db import book_url
    from acctdesk.model.entities import Base
    from acctdesk.services.book import open_book

    missing = set(missing_indexes(db))
    book = open_book(book_url(db))
    try:
        with book.engine.begin() as connection:
            for table in Base.metadata.tables.values():
                for index in table.indexes:
                    if index.name in missing:
                        index.create(connection, checkfirst=True)
    finally:
        book.close()
    return sorted(missing)


def report(result: dict) -> list[str]:
    mb = "MB"
    drift = result["rss_after"] - result["rss_before"]
    flat = abs(result["rss_peak_scrolling"] - result["rss_before"]) < 50
    lines = [
        f"book: {result['invoices']:,} invoices, {result['customers']:,} customers; "
        f"{result['statements']} dashboard statements",
        f"start → services imported and the dashboard's query started: {result['early']:.2f} s; "
        f"imports done: {result['imported']:.2f} s; QApplication: {result['application']:.2f} s; "
        f"main window: {result['window']:.2f} s",
        f"start → dashboard figures shown: {result['dashboard']:.2f} s "
        f"(its query, on a thread of its own from the start, {result['query']:.2f} s; "
        f"process CPU {result['cpu']:.2f} s)",
        f"dashboard: receivables {result['receivables']}, overdue {result['overdue']}",
        f"peak memory at the dashboard (VmHWM): {result['peak_at_dashboard']:.0f} {mb}",
        f"invoice list: {result['invoices']:,} rows, ids and first page in {result['list_seconds']:.2f} s; "
        f"RSS before scrolling {result['rss_before']:.0f} {mb}",
        f"drag to the end: {result['steps']} steps, {result['pages_read']} pages read, "
        f"{result['step_mean'] * 1000:.0f} ms per step on average (max {result['step_max'] * 1000:.0f} ms); "
        f"RSS at most {result['rss_peak_scrolling']:.0f} {mb}",
        f"jump to the end: last row ({result['last_row']}) shown in {result['jump_seconds'] * 1000:.0f} ms",
        f"RSS a tenth of the way down {result['rss_tenth']:.0f} {mb}, after scrolling "
        f"{result['rss_after']:.0f} {mb} ({drift:+.0f} {mb} in all); "
        f"{result['cached_rows']:,} rows in memory ({result['cached_pages']} pages)",
        f"peak memory overall (VmHWM): {result['peak']:.0f} {mb}",
        f"floor (the dashboard's SQL bare through sqlite3, same file, right after): {result['floor']:.2f} s; "
        f"the query alone {result['query'] / result['floor']:.2f}× the floor",
        f"targets: dashboard < 2 s {'met' if result['dashboard'] < 2 else 'NOT met'}; "
        f"peak < 400 MB {'met' if result['peak'] < 400 else 'NOT met'}; "
        f"memory flat while scrolling {'yes' if flat else 'NO'}",
    ]
    if result["indexes_missing"]:
        lines.insert(0, f"warning: the book lacks the model's indexes {result['indexes_missing']}")
    return lines


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--db", default="/tmp/bench1m.sqlite")
    parser.add_argument("--as-of", type=date.fromisoformat, default=date(2026, 11, 24))
    parser.add_argument("--steps", type=int, default=1000, help="scroll bar positions on the way down")
    parser.add_argument("--floor-repeat", type=int, default=2)
    parser.add_argument("--timeout", type=float, default=600)
    parser.add_argument("--runs", type=int, default=1, help="runs, each in a fresh process")
    parser.add_argument("--json", action="store_true", help="print the figures as JSON (one run)")
    parser.add_argument("--compiled", action="store_true", help=argparse.SUPPRESS)  # a run of several
    parser.add_argument(
        "--create-missing-indexes", action="store_true", help="add the model's indexes the book lacks first"
    )
    args = parser.parse_args()
    if not sys.platform.startswith("linux"):
        raise SystemExit("this benchmark reads /proc/self/status: Linux only")
    if not Path(args.db).exists():
        raise SystemExit(f"{args.db}: no such book; build it with `acctdesk demo` (see the docstring)")
    if args.create_missing_indexes:
        print(f"created: {create_missing_indexes(args.db)}", flush=True)
        return
    if not args.compiled:
        compile_the_app()
    if args.runs > 1:
        return several_runs(args)
    result = main_run(args)
    if args.json:
        print(json.dumps(result))
    else:
        for line in report(result):
            print(line)
        print(f"ratio to floor: {result['dashboard'] / result['floor']:.2f}")
    sys.stdout.flush()
    if BALLAST:  # the references PySide6 dropped would fail the interpreter's clean-up (see BALLAST)
        os._exit(0)


def compile_the_app() -> None:
    """Give the libraries and the app their bytecode first, as installing them does (pip and the
    installers compile at install time). Where PYTHONDONTWRITEBYTECODE is set, as on the build machines,
    nothing is ever cached, and every start compiles SQLAlchemy, PySide6's Python and the app from
    source again: about 0.6 s that a person's start does not pay."""
    import compileall
    import sysconfig

    import acctdesk

    started = time.perf_counter()
    for folder in {sysconfig.get_path("purelib"), sysconfig.get_path("platlib"), acctdesk.__path__[0]}:
        compileall.compile_dir(folder, quiet=2, workers=0)
    seconds = time.perf_counter() - started
    print(f"bytecode: the libraries and the app compiled as installed ({seconds:.1f} s)")


def several_runs(args) -> None:
    command = [sys.executable, __file__, "--db", args.db, "--as-of", args.as_of.isoformat()]
    command += ["--steps", str(args.steps), "--floor-repeat", str(args.floor_repeat), "--json", "--compiled"]
    results = []
    for run in range(1, args.runs + 1):
        load = os.getloadavg()[0]
        output = subprocess.run(command, check=True, capture_output=True, text=True).stdout
        result = json.loads(output.strip().splitlines()[-1])
        results.append(result)
        print(f"-- run {run} (load average {load:.1f} before it)")
        for line in report(result):
            print(line)
        print(f"ratio to floor: {result['dashboard'] / result['floor']:.2f}", flush=True)

    def spread(key: str, unit: str, scale: float = 1, digits: int = 2) -> str:
        values = [r[key] * scale for r in results]
        return f"{min(values):.{digits}f}–{max(values):.{digits}f} {unit}"

    print(f"-- {len(results)} runs")
    print(f"dashboard shown: {spread('dashboard', 's')} (its query {spread('query', 's')})")
    print(
        f"peak memory: {spread('peak', 'MB', digits=0)}; RSS drift while scrolling: "
        f"{min(r['rss_after'] - r['rss_before'] for r in results):+.0f} to "
        f"{max(r['rss_after'] - r['rss_before'] for r in results):+.0f} MB"
    )
    print(f"floor: {spread('floor', 's')}")
    ratios = [r["dashboard"] / r["floor"] for r in results]
    print(f"ratio to floor: {min(ratios):.2f}–{max(ratios):.2f}")


if __name__ == "__main__":
    main()
