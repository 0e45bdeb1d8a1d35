"""The command line for payment terms and contracts: printed figures, JSON, and clean refusals."""

from __future__ import annotations

import json
import subprocess
import sys

import pytest

from acctdesk.cli import main

PLAN = "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M"


@pytest.fixture(autouse=True)
def no_default_book(monkeypatch, tmp_path):
    """Previews without --db must not find the developer's own book."""
    monkeypatch.delenv("ACCTDESK_DB_URL", raising=False)
    monkeypatch.setattr("acctdesk.cli.terms.default_book_path", lambda: tmp_path / "absent.sqlite")


def run(capsys, *args) -> list[str]:
    code = main(list(args))
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return captured.out.splitlines()


def run_json(capsys, *args):
    code = main([*args, "--json"])
    captured = capsys.readouterr()
    assert code == 0, captured.err
    return json.loads(captured.out)


def refused(capsys, *args) -> tuple[int, str]:
    code = main(list(args))
    captured = capsys.readouterr()
    assert captured.out == ""
    return code, captured.err


def test_preview_without_a_book_prints_each_installment(capsys):
    lines = run(capsys, "terms", "preview", "2/10 n/30", "--date", "2026-03-12", "--amount", "1,000.00")

    assert lines == [
        "2/10 N30: 1,000.00 CNY invoiced 2026-03-12",
        "#  due         amount    retention  discount until  discounted",
        "1  2026-04-11  1,000.00             2026-03-22      980.00",
    ]


def test_preview_of_an_installment_plan_with_events_as_json(capsys):
    result = run_json(
        capsys,
        "terms",
        "preview",
        "30%签订；60%验收后30天；余款 质保金 验收后12个月",
        "--date",
        "2026-03-12",
        "--amount",
        "100000",
        "--event",
        "signing=2026-03-10",
        "--event",
        "验收=2026-06-30",
    )

    assert (result["term"], result["name"], result["amount"], result["calendar"]) == (
        PLAN,
        None,
        "100000.00",
        "none",
    )
    assert [
        (i["seq"], i["due_date"], i["amount"], i["retention"], i["term_line"]) for i in result["installments"]
    ] == [
        (1, "2026-03-10", "30000.00", False, "30% SIGN"),
        (2, "2026-07-30", "60000.00", False, "60% ACCEPT+30"),
        (3, "2027-06-30", "10000.00", True, "RETENTION ACCEPT+12M"),
    ]


def test_preview_shows_awaited_events_and_rolls_with_a_calendar(capsys):
    awaiting = run(capsys, "terms", "preview", "2/10 票到30", "--date", "2026-03-12", "--amount", "1000")
    # 2025-09-30 is the end of the month; +1 day is the National Day holiday, due on 2025-10-09.
    rolled = run_json(
        capsys, "terms", "preview", "EOM+1", "--date", "2025-09-12", "--amount", "1", "--calendar", "china"
    )

    assert awaiting[1:] == [
        "#  due                amount    retention  discount until          discounted",
        "1  awaiting received  1,000.00             10 days after received  980.00",
    ]
    assert rolled["installments"][0]["due_date"] == "2025-10-09"


@pytest.mark.parametrize(
    ("shorthand", "message"),
    [
        ("N30 EOM", "'N30' and 'EOM' both give the due basis in 'N30 EOM'; keep one"),
        (
            "30% SIGN; 60% ACCEPT",
            "percents add up to 90%, not 100%; correct them or add a balance line such as 'BAL N30'",
        ),
        ("EOM-5", "negative offset in 'EOM-5': a due date cannot come before its basis date"),
    ],
)
def test_a_bad_term_is_refused_in_one_line_and_nothing_is_saved(capsys, book_url, shorthand, message):
    code, err = refused(capsys, "terms", "add", "坏条件", shorthand, "--db-url", book_url)
    preview_code, preview_err = refused(
        capsys, "terms", "preview", shorthand, "--date", "2026-03-12", "--amount", "100"
    )

    assert code == 1
    assert err.splitlines() == [f"acctdesk: error: {message}"]
    assert preview_code == 1
    assert preview_err.splitlines() == [f"acctdesk: error: {message}"]
    assert run_json(capsys, "terms", "list", "--db-url", book_url) == []
    # the two events are the book's creation and its administrator
    assert run(capsys, "audit", "verify", "--db-url", book_url) == ["audit chain verified: 2 events"]


def test_bad_preview_options_are_usage_errors(capsys):
    code, err = refused(
        capsys, "terms", "preview", "N30", "--date", "2026-03-12", "--amount", "1", "--event", "验收"
    )
    assert code == 2
    assert "write EVENT=YYYY-MM-DD" in err

    with pytest.raises(SystemExit) as usage:
        main(["terms", "preview", "N30", "--date", "2026-03-12", "--amount", "1", "--calendar", "mars"])
    assert usage.value.code == 2


def test_named_terms_are_listed_and_previewed_from_the_book(capsys, book_url):
    assert run(
        capsys,
        "terms",
        "add",
        "质保合同",
        "30%签订；60%验收后30天；余款 质保金 验收后12个月",
        "--db-url",
        book_url,
    ) == [f"added term 质保合同: {PLAN}"]
    run(capsys, "terms", "add", "月结30天", "月结30天", "--db-url", book_url)
    run(capsys, "customer-add", "C1", "上海华信", "--term", "月结30天", "--db-url", book_url)

    listed = run(capsys, "terms", "list", "--db-url", book_url)
    preview = run(
        capsys,
        "terms",
        "preview",
        "质保合同",
        "--db-url",
        book_url,
        "--date",
        "2026-03-12",
        "--amount",
        "100000",
    )
    code, err = refused(capsys, "terms", "preview", "质保合同", "--date", "2026-03-12", "--amount", "1")
    unknown, unknown_err = refused(
        capsys, "terms", "preview", "质保", "--db-url", book_url, "--date", "2026-03-12", "--amount", "1"
    )

    assert listed == [
        "name      term                                               lines  customers",
        "月结30天  EOM+30                                             1      1",
        f"质保合同  {PLAN}  3      0",
    ]
    assert preview == [
        f"质保合同 = {PLAN}: 100,000.00 CNY invoiced 2026-03-12",
        "#  due                  amount     retention  discount until  discounted",
        "1  awaiting signing     30,000.00",
        "2  awaiting acceptance  60,000.00",
        "3  awaiting acceptance  10,000.00  yes",
    ]
    assert code == 1
    assert "if it is the name of a stored term, give the book with --db" in err
    assert unknown == 1
    assert unknown_err.endswith(
        "has no due basis; add one such as N30, EOM+30, RCV+30 or ACCEPT+30; "
        "no stored term has that name either\n"
    )


def test_updating_a_term_says_posted_invoices_keep_their_dates(capsys, book_url):
    run(capsys, "terms", "add", "标准", "N30", "--db-url", book_url)

    assert run(capsys, "terms", "update", "标准", "net 45", "--db-url", book_url) == [
        "term 标准 is now N45; invoices already posted keep their own dates"
    ]


def test_a_contract_from_signing_to_acceptance(capsys, book_url):
    db = ("--db-url", book_url)
    run(capsys, "customer-add", "C1", "上海华信科技有限公司", *db)
    added = run(
        capsys, "contract", "add", "HT-1", "C1", "100000", "--signed", "2026-03-10", "--term", PLAN, *db
    )
    run(
        capsys,
        "invoice",
        "C1",
        "INV-1",
        "100000.00",
        "--date",
        "2026-03-12",
        "--term",
        PLAN,
        "--contract",
        "HT-1",
        *db,
    )

    accepted = run(capsys, "contract", "event", "HT-1", "验收", "2026-06-30", *db)
    shown = run(capsys, "contract", "show", "HT-1", "--as-of", "2026-08-01", *db)
    as_json = run_json(capsys, "contract", "show", "HT-1", "--as-of", "2026-08-01", *db)
    code, err = refused(capsys, "contract", "event", "HT-1", "delivery", "2026-03-01", *db)

    assert added == [f"added contract HT-1 for C1: 100,000.00 CNY, signed 2026-03-10, term {PLAN}"]
    assert accepted == [
        "contract HT-1: acceptance on 2026-06-30",
        "invoice  #  amount     due before             due",
        "INV-1    2  60,000.00  (awaiting acceptance)  2026-07-30",
        "INV-1    3  10,000.00  (awaiting acceptance)  2027-06-30",
    ]
    assert shown[:4] == [
        "contract HT-1  C1 上海华信科技有限公司",
        f"amount 100,000.00 CNY  term {PLAN}",
        "events: signing 2026-03-10, acceptance 2026-06-30",
        "invoiced 100,000.00  open 100,000.00  as of 2026-08-01",
    ]
    assert shown[6:] == [
        "INV-1    1  30% SIGN              2026-03-10  30,000.00  30,000.00  overdue              144",
        "INV-1    2  60% ACCEPT+30         2026-07-30  60,000.00  60,000.00  overdue              2",
        "INV-1    3  RETENTION ACCEPT+12M  2027-06-30  10,000.00  10,000.00  not_due (retention)",
    ]
    assert [
        (i["seq"], i["due_date"], i["open_amount"]["amount"], i["status"])
        for i in as_json["invoices"][0]["installments"]
    ] == [
        (1, "2026-03-10", "30000.00", "overdue"),
        (2, "2026-07-30", "60000.00", "overdue"),
        (3, "2027-06-30", "10000.00", "not_due"),
    ]
    assert code == 1
    assert (
        err
        == "acctdesk: error: delivery on 2026-03-01 would come before contract HT-1 was signed (2026-03-10)\n"
    )


def test_invoice_received_dates_a_rcv_invoice(capsys, book_url):
    db = ("--db-url", book_url)
    run(capsys, "customer-add", "C1", "上海华信", *db)
    run(capsys, "invoice", "C1", "INV-R", "1000", "--date", "2026-03-12", "--term", "票到30天", *db)

    lines = run(capsys, "invoice-received", "INV-R", "2026-03-15", *db)
    code, err = refused(capsys, "invoice-received", "INV-R", "2026-03-11", *db)
    unknown, unknown_err = refused(capsys, "invoice-received", "INV-404", "2026-03-15", *db)

    assert lines == [
        "invoice INV-R: received on 2026-03-15",
        "invoice  #  amount    due before           due",
        "INV-R    1  1,000.00  (awaiting received)  2026-04-14",
    ]
    assert code == 1
    assert "cannot have received it on 2026-03-11" in err
    assert unknown == 1
    assert unknown_err == "acctdesk: error: unknown invoice 'INV-404'\n"


def test_preview_as_a_separate_process():
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "acctdesk.cli",
            "terms",
            "preview",
            "30% N0; BAL EOM+30",
            "--date",
            "2026-01-15",
            "--amount",
            "333.33",
            "--json",
        ],
        capture_output=True,
        text=True,
        check=False,
    )

    assert result.returncode == 0, result.stderr
    installments = json.loads(result.stdout)["installments"]
    assert [(i["due_date"], i["amount"]) for i in installments] == [
        ("2026-01-15", "100.00"),
        ("2026-03-02", "233.33"),
    ]
