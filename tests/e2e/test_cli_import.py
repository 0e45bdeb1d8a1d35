"""The bank commands end to end: import, re-import, refused files, lines, matching, templates."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from acctdesk.cli import main
from tests.builders import Ledger

HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"
ROWS = [
    "2026-03-02,1000.00,,上海华信科技,6222000011112222,货款,S1",
    "2026-03-03,2500.00,,北京东方电子有限公司,,付INV-2,S2",
    "2026-03-04,,80.00,中国移动,,话费,S3",
    "2026-03-05,99.00,,不认识的公司,,往来款,S4",
]


@pytest.fixture
def bank_book(book, book_url, tmp_path):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.customer("C2", "北京东方电子有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-01-10", customer="C1")
    ledger.invoice("INV-2", "2500.00", "2026-01-20", customer="C2")
    path = tmp_path / "工行流水.csv"
    path.write_text("\n".join([HEADER, *ROWS]) + "\n", encoding="utf-8")
    return book_url, path


def run(capsys, *args):
    code = main([*args])
    captured = capsys.readouterr()
    return code, captured.out, captured.err


def test_import_prints_counts_and_a_second_import_adds_nothing(capsys, bank_book):
    url, path = bank_book
    code, out, err = run(capsys, "import", "bank", str(path), "--db-url", url, "--user", "tester")
    assert (code, err) == (0, "")
    assert out.splitlines() == [
        "工行流水.csv (csv, suggested mapping): 4 lines read, 4 added, 0 duplicates skipped (batch 1)",
        "  incoming: 3 (CNY 3,599.00), to match",
        "  outgoing: 1 (CNY -80.00)",
    ]
    code, out, _ = run(capsys, "import", "bank", str(path), "--db-url", url, "--json")
    result = json.loads(out)
    assert (code, result["already_imported"], result["added"], result["batch_id"]) == (0, True, 0, 1)


def test_a_dry_run_counts_and_writes_nothing(capsys, bank_book):
    url, path = bank_book
    args = ("import", "bank", str(path), "--db-url", url, "--mapping", "工行")
    code, out, err = run(capsys, *args[:5], "--dry-run", "--save-template", "工行")
    assert (code, err) == (0, "")
    assert out.splitlines()[0] == (
        "工行流水.csv (csv, suggested mapping): 4 lines read, 4 would be added, 0 duplicates skipped "
        "(dry run: nothing written)"
    )
    code, out, _ = run(capsys, "bank", "lines", "--db-url", url, "--json")
    assert json.loads(out) == []
    code, out, _ = run(capsys, "templates", "--db-url", url, "--json")
    assert json.loads(out) == []  # the template it would have saved is not kept either
    code, out, _ = run(capsys, "import", "bank", str(path), "--db-url", url, "--save-template", "工行")
    assert "4 added" in out
    code, out, _ = run(capsys, *args, "--json")  # --mapping names the saved template
    assert json.loads(out)["already_imported"] is True


def test_import_json_gives_counts_and_totals(capsys, bank_book):
    url, path = bank_book
    code, out, _ = run(
        capsys, "import", "bank", str(path), "--db-url", url, "--json", "--save-template", "工行"
    )
    result = json.loads(out)
    assert code == 0
    assert (result["lines_read"], result["added"], result["incoming"], result["outgoing"]) == (4, 4, 3, 1)
    assert result["incoming_totals"] == [{"amount": "3599.00", "currency": "CNY"}]
    assert result["outgoing_totals"] == [{"amount": "-80.00", "currency": "CNY"}]
    assert result["saved_template"] == "工行"
    assert result["mapping"]["credit"] == "收入金额"

    code, out, _ = run(capsys, "templates", "--db-url", url)
    assert code == 0 and out.splitlines()[1].startswith("工行  ")


def test_a_file_with_bad_rows_prints_every_error_and_exits_non_zero(capsys, bank_book, tmp_path):
    url, _ = bank_book
    bad = tmp_path / "bad.csv"
    bad.write_text(
        "\n".join(
            [
                HEADER,
                "2026-03-02,12x,,甲,,货款,S1",
                "2026-03-03,1.00,,乙,,货款,S2",
                "2026/13/01,5.00,,丙,,,S3",
            ]
        ),
        encoding="utf-8",
    )
    code, out, err = run(capsys, "import", "bank", str(bad), "--db-url", url)
    assert (code, out) == (1, "")
    lines = err.splitlines()
    assert lines[0] == "acctdesk: error: bad.csv: 2 rows cannot be read; nothing was imported"
    assert lines[1].startswith("bad.csv, row 2, column 收入金额: ")
    assert lines[2].startswith("bad.csv, row 4, column 交易日期: ")
    code, out, _ = run(capsys, "bank", "lines", "--db-url", url, "--json")
    assert (code, json.loads(out)) == (0, [])


def test_a_missing_file_is_a_clear_error(capsys, bank_book, tmp_path):
    url, _ = bank_book
    code, _, err = run(capsys, "import", "bank", str(tmp_path / "nope.csv"), "--db-url", url)
    assert code == 1
    assert err.startswith("acctdesk: error: nope.csv: the file cannot be opened")


def test_lines_match_and_auto_match(capsys, bank_book):
    url, path = bank_book
    run(capsys, "import", "bank", str(path), "--db-url", url)

    code, out, _ = run(capsys, "bank", "lines", "--db-url", url, "--status", "unmatched", "--json")
    unmatched = json.loads(out)
    assert [line["reference"] for line in unmatched] == ["S1", "S2", "S4"]

    code, out, _ = run(capsys, "match", "--db-url", url)
    assert code == 0
    assert "line 1  2026-03-02  CNY 1,000.00  上海华信科技  →  C1 上海华信科技有限公司  score 95" in out
    assert "    pays: INV-1 1,000.00" in out
    assert "memo names INV-2; the amount equals their open CNY 2,500.00" in out

    code, out, _ = run(capsys, "match", "--db-url", url, "--json")
    proposals = json.loads(out)
    assert [(p["line_id"], p["customer_code"], p["score"]) for p in proposals] == [
        (1, "C1", 95),
        (2, "C2", 100),
    ]
    assert proposals[0]["allocations"][0]["amount"] == {"amount": "1000.00", "currency": "CNY"}

    code, out, _ = run(capsys, "match", "--db-url", url, "--auto", "--min-score", "96")
    assert out.splitlines()[0] == "1 of 2 proposals confirmed (score ≥ 96); 1 left for review"

    code, out, _ = run(capsys, "match", "--db-url", url, "--auto", "--json")
    result = json.loads(out)
    assert (result["confirmed"], result["allocated_totals"]) == (
        1,
        [{"amount": "1000.00", "currency": "CNY"}],
    )

    code, out, _ = run(capsys, "balance", "--db-url", url, "--as-of", "2026-12-31", "--json")
    balance = json.loads(out)["currencies"][0]
    assert (Decimal(balance["balance"]), balance["ties"]) == (Decimal("0.00"), True)


def test_confirm_ignore_and_unmatch_by_hand(capsys, bank_book):
    url, path = bank_book
    run(capsys, "import", "bank", str(path), "--db-url", url)
    code, out, _ = run(capsys, "bank", "confirm", "1", "C1", "--db-url", url, "--line", "INV-1=600")
    assert code == 0
    assert out.splitlines() == [
        "line 1 → receipt RC-000001 of C1: CNY 1,000.00, allocated 600.00, unapplied 400.00",
        "  '上海华信科技' is now an alias of C1",
    ]
    code, out, _ = run(capsys, "bank", "ignore", "4", "--reason", "股东借款", "--db-url", url)
    assert (code, out) == (0, "line 4 ignored: 股东借款\n")
    code, _, err = run(capsys, "bank", "ignore", "4", "--reason", "again", "--db-url", url)
    assert (code, err) == (1, "acctdesk: error: bank line 4 is ignored, not unmatched\n")
    code, out, _ = run(
        capsys, "bank", "unmatch", "1", "--date", "2026-03-31", "--reason", "错配", "--db-url", url
    )
    assert code == 0
    code, out, _ = run(capsys, "bank", "lines", "--db-url", url)
    assert out.splitlines()[1].split()[-1] == "unmatched"


def test_match_rejects_a_score_above_100(capsys, bank_book):
    url, _ = bank_book
    with pytest.raises(SystemExit) as exited:
        main(["match", "--db-url", url, "--auto", "--min-score", "101"])
    assert exited.value.code == 2
    assert "not a score from 0 to 100" in capsys.readouterr().err
