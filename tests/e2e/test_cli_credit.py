"""Credit control on the command line: warnings shown, a block refused with a clear message and
nothing written, an approved override letting exactly that invoice through, the credit page,
ratings, risk checks, alerts, and limit requests."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from acctdesk.cli import main
from acctdesk.services import auth, credit
from acctdesk.services.book import open_book
from tests.builders import Ledger


@pytest.fixture
def url(book_url):
    book = open_book(book_url)
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司", credit_limit="10000")
    ledger.invoice("INV-1", "6000.00", "2026-01-10", due="2026-02-09")
    auth.add_user(ledger.uow(), "approver", auth.Role.CREDIT_MANAGER)
    book.close()
    return book_url


def run(capsys, url, *args, user="tester"):
    code = main([*args, "--db-url", url, "--user", user])
    out, err = capsys.readouterr()
    return code, out, err


def invoice_numbers(capsys, url) -> list[str]:
    code, out, _ = run(capsys, url, "open-items", "--customer", "C1", "--as-of", "2026-12-31", "--json")
    assert code == 0
    return sorted({i["invoice_number"] for i in json.loads(out)["open_items"]})


def test_a_warning_is_shown_and_the_invoice_posted(capsys, url):
    code, out, _ = run(
        capsys, url, "invoice", "C1", "INV-2", "5000", "--date", "2026-01-20", "--due", "2026-02-19"
    )
    assert code == 0
    assert (
        "warnings: ['exposure 11,000.00 CNY after this invoice is over the credit limit 10,000.00 CNY "
        "(utilisation 110.0 %) [warn]']" in out
    )
    assert invoice_numbers(capsys, url) == ["INV-1", "INV-2"]


def test_a_block_refuses_with_a_clear_message_and_an_override_lets_that_invoice_through(capsys, url):
    assert run(capsys, url, "credit-policy", "--customer", "C1", "over_limit=block")[0] == 0
    code, out, err = run(
        capsys, url, "invoice", "C1", "INV-2", "5000", "--date", "2026-01-20", "--due", "2026-02-19"
    )
    assert (code, out) == (1, "")
    assert err == (
        "acctdesk: error: invoice INV-2 for C1 refused (credit blocked): exposure 11,000.00 CNY after this "
        "invoice is over the credit limit 10,000.00 CNY (utilisation 110.0 %) [block]. An approver can let "
        "this invoice through: acctdesk credit-override C1 INV-2 --reason …\n"
    )
    assert invoice_numbers(capsys, url) == ["INV-1"]

    code, out, _ = run(capsys, url, "credit-override", "C1", "INV-2", "--reason", "战略客户", "--json")
    request = json.loads(out)
    assert (code, request["kind"], request["status"]) == (0, "hold_override", "pending")
    code, _, err = run(capsys, url, "approve", str(request["request"]))
    assert (code, err) == (
        1,
        f"acctdesk: error: tester filed request {request['request']} and cannot decide it\n",
    )
    assert run(capsys, url, "approve", str(request["request"]), user="approver")[0] == 0

    code, _, err = run(
        capsys, url, "invoice", "C1", "INV-3", "5000", "--date", "2026-01-20", "--due", "2026-02-19"
    )
    assert code == 1 and "invoice INV-3 for C1 refused" in err
    code, out, _ = run(
        capsys, url, "invoice", "C1", "INV-2", "5000", "--date", "2026-01-20", "--due", "2026-02-19", "--json"
    )
    assert code == 0
    assert (
        json.loads(out)["warnings"][0]
        == f"posted under credit override #{request['request']} approved by approver"
    )
    assert invoice_numbers(capsys, url) == ["INV-1", "INV-2"]


def test_the_credit_page(capsys, url):
    code, out, _ = run(capsys, url, "credit", "C1", "--as-of", "2026-03-31", "--json")
    page = json.loads(out)
    assert code == 0
    assert (page["exposure"], page["limit"], page["utilisation_percent"]) == (
        {"amount": "6000.00", "currency": "CNY"},
        {"amount": "10000.00", "currency": "CNY"},
        "60.0",
    )
    assert page["rating"]["grade"] == "D" and page["policy"]["scope"] == "built-in"
    code, out, _ = run(capsys, url, "credit", "C1", "--as-of", "2026-03-31")
    assert code == 0
    assert "utilisation                60.0 %" in out
    assert "grade D, score 51.6 (last recorded: none yet)" in out


def test_rating_run_risk_checks_alerts_and_acknowledgement(capsys, url):
    code, out, _ = run(capsys, url, "credit", "rate", "--as-of", "2026-03-31")
    assert (code, out.splitlines()[0]) == (0, "rated 1 customers as of 2026-03-31: A 0, B 0, C 0, D 1, E 0")
    code, out, _ = run(capsys, url, "credit", "check", "--as-of", "2026-04-30", "--json")
    raised = json.loads(out)["raised"]
    assert code == 0 and [a["rule"] for a in raised] == ["overdue_ratio", "overdue_item"]
    assert run(capsys, url, "credit", "check", "--as-of", "2026-05-01", "--json")[1].count('"rule"') == 0
    code, out, _ = run(capsys, url, "alerts", "--customer", "C1", "--json")
    assert [a["id"] for a in json.loads(out)] == [2, 1]
    code, _, err = run(capsys, url, "alert-ack", "1", "--note", "已催收", user="r_none")
    assert code == 1 and "'r_none' is not a user of this book" in err
    assert run(capsys, url, "alert-ack", "1", "--note", "已催收")[0] == 0
    code, out, _ = run(capsys, url, "alerts", "--json")
    assert [a["id"] for a in json.loads(out)] == [2]


def test_a_temporary_limit_request_approved_and_shown(capsys, url):
    _, out, _ = run(
        capsys,
        url,
        "credit-limit",
        "C1",
        "30000",
        "--reason",
        "旺季备货",
        "--from",
        "2026-03-01",
        "--until",
        "2026-03-31",
        "--json",
    )
    request = json.loads(out)
    assert request["kind"] == "temporary_credit_limit"
    assert run(capsys, url, "approve", str(request["request"]), user="approver")[0] == 0
    during = json.loads(run(capsys, url, "credit", "C1", "--as-of", "2026-03-15", "--json")[1])
    after = json.loads(run(capsys, url, "credit", "C1", "--as-of", "2026-04-01", "--json")[1])
    assert (during["limit"]["amount"], during["temporary_until"], during["utilisation_percent"]) == (
        "30000.00",
        "2026-03-31",
        "20.0",
    )
    assert (after["limit"]["amount"], after["temporary_limit"]) == ("10000.00", None)


def test_credit_check_judges_an_invoice_without_posting_it(capsys, url):
    book = open_book(url)
    credit.set_policy(Ledger(book).uow(), ["over_limit=block"], customer_code="C1")
    book.close()
    code, out, _ = run(
        capsys, url, "credit", "check", "C1", "--amount", "5000", "--as-of", "2026-01-20", "--json"
    )
    verdict = json.loads(out)
    assert (code, verdict["level"], verdict["allowed"]) == (0, "block", False)
    code, out, _ = run(capsys, url, "credit", "check", "C1", "--amount", "3000", "--as-of", "2026-01-20")
    assert out.splitlines()[0] == "C1 3,000.00 CNY on 2026-01-20: ok — would post (policy: customer C1)"
    assert invoice_numbers(capsys, url) == ["INV-1"]
    code, _, err = run(capsys, url, "credit", "check", "C1")
    assert (code, err) == (
        2,
        "acctdesk: error: credit check CUSTOMER needs --amount "
        "(without a customer it runs the risk checks)\n",
    )


def test_holds_on_the_command_line(capsys, url):
    assert run(capsys, url, "credit-hold", "C1", "--reason", "逾期严重")[0] == 0
    code, out, _ = run(capsys, url, "customers", "--json")
    assert json.loads(out)[0]["status"] == "hold"
    code, out, _ = run(capsys, url, "credit", "C1", "--as-of", "2026-01-20")
    assert "status: hold  ** CREDIT HOLD: new invoices are refused **" in out
    code, _, err = run(
        capsys, url, "invoice", "C1", "INV-2", "1", "--date", "2026-01-20", "--due", "2026-02-19"
    )
    assert code == 1 and "refused (customer on credit hold): C1 is on credit hold [hold]" in err
    assert run(capsys, url, "credit-release", "C1", "--reason", "已回款", user="approver")[0] == 0
    assert (
        run(capsys, url, "invoice", "C1", "INV-2", "1", "--date", "2026-01-20", "--due", "2026-02-19")[0] == 0
    )


def test_amounts_stay_decimal_strings(capsys, url):
    page = json.loads(run(capsys, url, "credit", "C1", "--as-of", "2026-03-31", "--json")[1])
    assert Decimal(page["rating"]["score"]) == Decimal("51.6")
