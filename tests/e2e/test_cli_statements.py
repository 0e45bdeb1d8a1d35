"""The statement commands end to end: a statement, the batch, issuing, confirming."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest

from acctdesk.cli import main
from tests.statement_cases import END, START, march_ledger


@pytest.fixture
def cli(book, book_url, capsys):
    march_ledger(book)

    def run(*argv: str) -> tuple[int, str, str]:
        code = main([*argv, "--db-url", book_url, "--user", "tester"])
        out, err = capsys.readouterr()
        return code, out, err

    return run


def test_statement_on_screen_and_as_files(cli, tmp_path):
    code, out, err = cli("statement", "C1", "--from", START, "--to", END, "--pdf", str(tmp_path / "c1.pdf"))
    assert code == 0, err
    assert "上海华信科技有限公司" in out
    assert "1,900.00" in out and "壹仟玖佰元整" in out
    assert "aging total 1,900.00 = closing balance 1,900.00: ties" in out
    assert (tmp_path / "c1.pdf").read_bytes().startswith(b"%PDF")
    code, out, err = cli(
        "statement",
        "C1",
        "--period",
        "2026-03",
        "--out",
        str(tmp_path / "c1.xlsx"),
        "--language",
        "en",
        "--json",
    )
    assert code == 0, err
    payload = json.loads(out)
    (section,) = payload["sections"]
    assert (section["opening"], section["closing"], section["aging_total"], section["ties"]) == (
        "600.00",
        "1900.00",
        "1900.00",
        True,
    )
    assert section["in_words"] == ["壹仟玖佰元整", "One thousand nine hundred Chinese yuan"]
    assert [m["document"] for m in section["movements"]] == ["INV-2", "RC-2", "CN-1", "INV-3", "INV-3"]
    assert payload["files"] == [str(tmp_path / "c1.xlsx")]


def test_batch_issue_confirm_and_list(cli, tmp_path):
    code, out, err = cli(
        "statements", "--from", START, "--to", END, "--out", str(tmp_path), "--issue", "--json"
    )
    assert code == 0, err
    payload = json.loads(out)
    assert (payload["customers"], payload["statements"], len(payload["files"])) == (2, 2, 4)
    first, second = payload["issued"]
    code, out, _ = cli("confirmations", "--status", "outstanding")
    assert first in out and second in out and "outstanding" in out
    code, out, err = cli(
        "confirm",
        first,
        "--balance",
        "1945.00",
        "--date",
        "2026-04-12",
        "--differs",
        "--items",
        "CN-1",
        "INV-2=2345.00",
    )
    assert code == 0, err
    assert f"{first}: differs" in out
    assert "difference -45.00 CNY" in out
    assert "CN-1" in out and "ours_only" in out
    code, out, err = cli("confirm", second, "--balance", "250", "--date", "2026-04-05", "--json")
    assert json.loads(out)["status"] == "agreed"
    code, out, _ = cli("confirmations", "--status", "differing", "--json")
    assert [(row["number"], Decimal(row["difference"]["amount"])) for row in json.loads(out)] == [
        (first, Decimal("-45.00"))
    ]


def test_bad_input_is_one_clear_line(cli):
    code, _, err = cli("statement", "C1", "--from", END, "--to", START)
    assert (
        code == 1 and err.strip() == "acctdesk: error: the period starts 2026-03-31, after it ends 2026-03-01"
    )
    code, _, err = cli("statement", "C1", "--to", END)
    assert code == 2 and "--from" in err
    code, _, err = cli("statement", "NOPE", "--period", "2026-03")
    assert code == 1 and "unknown customer 'NOPE'" in err
    code, _, err = cli("confirm", "ST-2026-999999", "--balance", "1")
    assert code == 1 and "no statement was issued" in err
    code, _, err = cli("statement", "C1", "--period", "2026-13")
    assert code == 2 and "not a month" in err
