"""The command line over a demo book: JSON figures agree with each other; bad input fails cleanly."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date
from decimal import Decimal

import pytest

from acctdesk.cli import main
from acctdesk.services.book import open_book
from acctdesk.services.demo import DemoSpec, generate_demo

TODAY = date(2026, 11, 24)


@pytest.fixture(scope="module")
def demo_url(tmp_path_factory, template_url):
    from tests.conftest import copy_of_template, drop_copy

    url = copy_of_template(template_url, tmp_path_factory.mktemp("demo"))
    book = open_book(url)
    generate_demo(book, DemoSpec(customers=40, invoices=1500, seed=11, today=TODAY))
    book.close()
    yield url
    drop_copy(url)


def run_json(capsys, *args):
    code = main([*args, "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


@pytest.mark.parametrize("as_of", ["2024-03-31", "2025-06-30", "2025-12-31", "2026-11-24"])
def test_balance_equals_open_items_less_unapplied(capsys, demo_url, as_of):
    balance = run_json(capsys, "balance", "--db-url", demo_url, "--as-of", as_of)
    items = run_json(capsys, "open-items", "--db-url", demo_url, "--as-of", as_of)
    for line in balance["currencies"]:
        currency = line["currency"]
        open_total = sum(
            Decimal(i["open_amount"]["amount"])
            for i in items["open_items"]
            if i["open_amount"]["currency"] == currency
        )
        unapplied = sum(
            Decimal(c["unapplied"]["amount"])
            for c in items["unapplied"]
            if c["unapplied"]["currency"] == currency
        )
        assert Decimal(line["balance"]) == open_total - unapplied
        assert Decimal(line["ledger_balance"]) == Decimal(line["balance"])
        assert line["ties"] is True


def test_customer_filter_and_aging_tie_out(capsys, demo_url):
    customers = run_json(capsys, "customers", "--db-url", demo_url)
    assert len(customers) == 40
    code = customers[0]["code"]
    items = run_json(capsys, "open-items", "--db-url", demo_url, "--customer", code, "--as-of", "2026-11-24")
    assert {i["customer_code"] for i in items["open_items"]} <= {code}
    aging = run_json(capsys, "aging", "--db-url", demo_url, "--as-of", "2026-11-24", "--tie-out")
    assert all(line["ties"] for line in aging["tie_out"])


def test_post_allocate_and_reverse_through_the_command_line(capsys, book_url):
    assert main(["customer-add", "K1", "杭州远航物流有限公司", "--db-url", book_url]) == 0
    assert capsys.readouterr().out.strip() == "customer: K1"
    invoice = run_json(
        capsys,
        "invoice",
        "K1",
        "INV-77",
        "1000.00",
        "--date",
        "2026-03-01",
        "--term",
        "EOM+30",
        "--db-url",
        book_url,
    )
    assert invoice["installments"][0]["due_date"] == "2026-04-30"
    receipt = run_json(capsys, "receipt", "K1", "400.00", "--date", "2026-04-02", "--db-url", book_url)
    run_json(capsys, "allocate", receipt["number"], "--date", "2026-04-02", "--db-url", book_url)
    balance = run_json(capsys, "balance", "--db-url", book_url, "--as-of", "2026-04-30")
    assert balance["currencies"][0]["balance"] == "600.00"
    run_json(
        capsys,
        "reverse",
        "receipt",
        receipt["number"],
        "--date",
        "2026-05-01",
        "--reason",
        "退票",
        "--db-url",
        book_url,
    )
    balance = run_json(capsys, "balance", "--db-url", book_url, "--as-of", "2026-05-01")
    assert balance["currencies"][0]["balance"] == "1000.00"
    assert main(["audit", "verify", "--db-url", book_url]) == 0


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["open-items", "--customer", "NOPE"], "unknown customer 'NOPE'"),
        (
            ["invoice", "NOPE", "I-1", "10", "--date", "2026-01-01", "--due", "2026-01-31"],
            "unknown customer 'NOPE'",
        ),
        (["receipt", "K1", "-5", "--date", "2026-01-01"], "the amount must be positive"),
        (["allocate", "RC-404", "--date", "2026-01-01"], "unknown receipt 'RC-404'"),
    ],
)
def test_bad_data_prints_one_line_and_exits_non_zero(capsys, book_url, args, message):
    main(["customer-add", "K1", "杭州远航物流有限公司", "--db-url", book_url])
    capsys.readouterr()
    code = main([*args, "--db-url", book_url])
    err = capsys.readouterr().err
    assert code == 1
    assert err.strip().splitlines() == [f"acctdesk: error: {err.strip().split('error: ', 1)[1]}"]
    assert message in err


def test_bad_arguments_exit_with_usage_code(book_url):
    result = subprocess.run(
        [sys.executable, "-m", "acctdesk.cli", "balance", "--as-of", "2026-13-01", "--db-url", book_url],
        capture_output=True,
        text=True,
    )
    assert result.returncode == 2
    assert "'2026-13-01' is not a date (use YYYY-MM-DD)" in result.stderr


def test_a_missing_book_is_a_clear_error(tmp_path, capsys):
    code = main(["balance", "--db", str(tmp_path / "nothing.sqlite")])
    assert code == 1
    assert "no such book (create it with `acctdesk init`)" in capsys.readouterr().err
