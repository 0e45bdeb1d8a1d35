"""The collections commands end to end: run, worklist, follow-up, promise, dispute, letter, collectors."""

from __future__ import annotations

import json
import subprocess

import pytest

from acctdesk.cli import main
from tests.builders import Ledger


@pytest.fixture
def cli(book, book_url, capsys):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司", collector="孙丽")
    ledger.customer("C2", "Northwind Trading Ltd", language="en", collector="Emily")
    ledger.invoice("INV-1", "10000.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("INV-2", "3000.00", "2026-01-10", due="2026-02-09")
    ledger.receipt("1000.00", "2026-02-05", number="RC-1")
    ledger.allocate("RC-1", "2026-02-05", {"INV-2": "1000.00"})
    ledger.invoice("N-1", "500.00", "2026-01-20", due="2026-02-11", customer="C2")

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db-url", book_url, "--user", "tester"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_the_daily_run_and_the_worklist(cli):
    code, out, err = cli("collections", "run", "--as-of", "2026-02-12")
    assert code == 0, err
    lines = out.splitlines()
    assert lines[0] == (
        "reminder run 2026-02-12: made 2 reminders, 2 tasks; promises kept 0, broken 0; "
        "left out: 0 disputed, 0 under a promise"
    )
    assert lines[2].split() == [
        *["DN-000001", "C1", "上海华信科技有限公司", "2", "email", "2"],
        *["CNY", "12,000.00", "0.00", "0.00"],
    ]
    assert lines[3].split()[:4] == ["DN-000002", "C2", "Northwind", "Trading"]
    code, out, err = cli("reminders", "run", "--as-of", "2026-02-12")
    assert (code, out.splitlines()[0].split(": made ")[1][:11]) == (0, "0 reminders")
    code, out, err = cli("worklist", "--as-of", "2026-02-12", "--json")
    assert code == 0, err
    tasks = json.loads(out)["tasks"]
    # C1: 10,000 × 12 days + 2,000 × 3 days = 126,000; C2: 500 × 1 day
    assert [(t["customer_code"], t["priority"], t["kind"]) for t in tasks] == [
        ("C1", "126000.00", "email"),
        ("C2", "500.00", "email"),
    ]
    assert tasks[0]["exposures"] == [
        {"currency": "CNY", "overdue": {"amount": "12000.00", "currency": "CNY"}, "oldest_days": 12}
        | {"amount_days": "126000.00"}
    ]
    code, out, err = cli("worklist", "--as-of", "2026-02-12", "--collector", "Emily")
    assert code == 0, err
    header, row = out.splitlines()
    assert header.split()[:4] == ["priority", "task", "kind", "customer"]
    assert row.split()[:4] == ["500", "2", "email", "C2"]


def test_dry_run_as_json(cli):
    code, out, err = cli("reminders", "run", "--as-of", "2026-02-12", "--dry-run", "--json")
    assert code == 0, err
    result = json.loads(out)
    assert result["dry_run"] is True
    assert [(r["customer_code"], r["level"], r["total"]["amount"]) for r in result["reminders"]] == [
        ("C1", 2, "12000.00"),
        ("C2", 2, "500.00"),
    ]
    code, out, err = cli("reminders", "list", "--json")
    assert json.loads(out) == []


def test_follow_up_promise_and_task_commands(cli):
    cli("collections", "run", "--as-of", "2026-02-12")
    code, out, err = cli(
        "follow-up",
        "C1",
        "--channel",
        "call",
        "--contact",
        "王芳",
        "--summary",
        "答应 3 月 5 日前付清",
        "--outcome",
        "promise",
        "--next",
        "2026-03-06",
        "--date",
        "2026-02-12",
        "--task",
        "1",
    )
    assert code == 0, err
    assert out.strip() == "follow-up 1 logged for C1 (call); follow-up task 3 on 2026-03-06"
    code, out, err = cli("promise", "C1", "12000", "--date", "2026-03-05", "--made-on", "2026-02-12")
    assert code == 0, err
    assert out.strip() == (
        "promise 1: C1 pays 12,000.00 CNY by 2026-03-05 (covers the whole account); "
        "reminders for it are paused until then"
    )
    code, out, err = cli(
        "promise", "C1", "100", "--date", "2026-03-05", "--items", "INV-9", "--made-on", "2026-02-12"
    )
    assert (code, err.strip()) == (1, "acctdesk: error: unknown invoice 'INV-9'")
    code, out, err = cli("task", "snooze", "2", "--until", "2026-02-25", "--reason", "对方休假")
    assert (code, out.strip()) == (0, "task 2 (email, C2) snoozed until 2026-02-25")
    code, out, err = cli("task", "done", "2")
    assert (code, out.strip()) == (0, "task 2 (email, C2) done")
    code, out, err = cli("task", "done", "2")
    assert (code, err.strip()) == (1, "acctdesk: error: task 2 is done already")
    code, out, err = cli("follow-ups", "C1")
    assert "答应 3 月 5 日前付清" in out and "王芳" in out
    code, out, err = cli("promises", "--json")
    assert [(p["status"], p["amount"]["amount"]) for p in json.loads(out)] == [("open", "12000.00")]


def test_dispute_and_resolve_commands(cli):
    code, out, err = cli("dispute", "INV-2", "--reason", "数量不符", "--date", "2026-02-10")
    assert code == 0, err
    assert out.strip() == (
        "dispute 1: INV-2/1 (C1, open 2,000.00 CNY) disputed from 2026-02-10: "
        "out of dunning, shown apart in aging"
    )
    code, out, err = cli("collections", "run", "--as-of", "2026-02-12")
    assert "left out: 1 disputed" in out
    code, out, err = cli("disputes", "--open", "--json")
    assert [(x["invoice_number"], x["reason"]) for x in json.loads(out)] == [("INV-2", "数量不符")]
    code, out, err = cli("resolve-dispute", "INV-2", "--note", "已补发", "--date", "2026-02-21")
    assert (code, out.strip()) == (0, "dispute 1: INV-2/1 resolved on 2026-02-21: 已补发")
    code, out, err = cli("resolve-dispute", "INV-2", "--note", "again")
    assert (code, err.strip()) == (1, "acctdesk: error: invoice INV-2 has no open dispute")


def test_letter_command(cli, tmp_path):
    out_file = tmp_path / "c1.pdf"
    code, out, err = cli("letter", "C1", "--as-of", "2026-02-12", "--out", str(out_file))
    assert code == 0, err
    assert out.strip() == f"催款函 (zh_CN, level 2, 2 items, total CNY 12,000.00) written to {out_file}"
    text = subprocess.run(
        ["pdftotext", str(out_file), "-"], capture_output=True, text=True, check=True
    ).stdout
    assert "催款函" in text and "12,000.00" in text
    code, out, err = cli(
        "letter", "C1", "--as-of", "2026-02-12", "--level", "4", "--language", "en", "--out", str(out_file)
    )
    assert "Final Demand (en, level 4" in out
    cli("collections", "run", "--as-of", "2026-02-12")
    code, out, err = cli("letter", "--reminder", "DN-000002", "--out", str(out_file), "--json")
    assert json.loads(out)["title"] == "Overdue Notice"
    code, out, err = cli("letter", "--out", str(out_file))
    assert (code, err.strip()) == (
        2,
        "acctdesk: error: name the customer (a preview as of --as-of) or --reminder DN-…",
    )


def test_collectors_and_policy_commands(cli):
    code, out, err = cli("collectors", "--month", "2026-02")
    assert code == 0, err
    rows = [line.split() for line in out.splitlines()]
    assert rows[0][:4] == ["collector", "currency", "due", "collected"]
    # 孙丽: INV-1 (10,000, due 01-31) is January's; INV-2 3,000 falls due in February, 1,000 collected
    assert rows[1][:5] == ["Emily", "CNY", "500.00", "0.00", "0.0"]
    assert rows[2][:6] == ["孙丽", "CNY", "3,000.00", "1,000.00", "33.3", "%"]
    code, out, err = cli("collectors", "--month", "2026-2")
    assert (code, err.strip()) == (1, "acctdesk: error: '2026-2' is not a month (use YYYY-MM)")
    code, out, err = cli(
        "collections", "policy", "strict", "--level=-1:email:friendly", "--level", "10:letter:final:12:50"
    )
    assert code == 0, err
    assert [line.split() for line in out.splitlines()[1:]] == [
        ["strict", "1", "-1", "email", "friendly"],
        ["strict", "2", "+10", "letter", "final", "12.00", "%", "50.00", "CNY"],
    ]
    code, out, err = cli("collections", "assign", "strict", "--customer", "C1")
    assert (code, out.strip()) == (0, "customer C1: policy strict")
    code, out, err = cli("collections", "assign", "strict", "--grade", "D")
    code, out, err = cli("collections", "policies")
    assert out.splitlines()[-1] == "grades: D → strict"
    code, out, err = cli("collections", "run", "--as-of", "2026-02-12", "--json")
    (c1,) = [r for r in json.loads(out)["reminders"] if r["customer_code"] == "C1"]
    # strict level 2 at +10: 12,000 open, fee 50, interest at 12 % a year:
    # 10,000 × 12 % × 12 / 365 = 39.45 and 2,000 × 12 % × 3 / 365 = 1.97
    assert (c1["level"], c1["fee"]["amount"], c1["interest"]["amount"], c1["total"]["amount"]) == (
        2,
        "50.00",
        "41.42",
        "12091.42",
    )
    code, out, err = cli("collections", "policy", "bad", "--level", "5:fax:first")
    assert (code, err.strip()) == (
        1,
        "acctdesk: error: level 1: 'fax' is not an action (email, call, letter)",
    )
