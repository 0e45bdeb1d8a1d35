"""Importing bank files into the book: every sample, each line once, the whole file or nothing."""

from __future__ import annotations

import json
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import AuditEvent, BankLineRecord, ImportBatch, MappingTemplate
from acctdesk.model.money import Money
from acctdesk.services.audit import verify_chain
from acctdesk.services.bank_import import (
    ImportRejected,
    import_bank_file,
    list_bank_lines,
    list_templates,
    save_template,
    template_for,
)
from acctdesk.services.errors import ValidationError
from acctdesk.services.importing import ColumnMapping
from acctdesk.services.uow import UnitOfWork
from tests.integration.test_readers import ACCOUNT_CURRENCY, EXPECTED, SAMPLES, sample_names

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no sample files at {SAMPLES}")

HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"


def write_csv(path: Path, rows: list[str], header: str = HEADER) -> Path:
    path.write_text("\n".join([header, *rows]) + "\n", encoding="utf-8")
    return path


def do_import(book, path, **options):
    return import_bank_file(UnitOfWork(book, "tester"), path, **options)


def counts(book) -> tuple[int, int, int]:
    """Bank lines, import batches and audit events in the book."""
    with book.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (BankLineRecord, ImportBatch, AuditEvent)
        )


@pytest.mark.parametrize("relative", sample_names())
def test_every_sample_imports_or_is_refused_naming_the_file(book, relative):
    expected = EXPECTED[relative]
    before = counts(book)
    if isinstance(expected, str):
        with pytest.raises(ValidationError) as refused:
            do_import(book, SAMPLES / relative, currency=ACCOUNT_CURRENCY.get(relative))
        assert Path(relative).name in str(refused.value)
        assert counts(book) == before
        return
    result = do_import(book, SAMPLES / relative, currency=ACCOUNT_CURRENCY.get(relative))
    assert (result.lines_read, result.added, result.duplicates) == (expected, expected, 0)
    assert result.already_imported is False
    with book.sessions() as session:
        lines = list_bank_lines(session, batch_id=result.batch_id)
        batch = session.get(ImportBatch, result.batch_id)
    assert len(lines) == expected
    assert (batch.file_name, batch.file_size) == (Path(relative).name, (SAMPLES / relative).stat().st_size)
    assert len(batch.file_sha256) == 64 and batch.imported_by == "tester"
    assert sum(1 for ln in lines if ln.status == "unmatched") == result.incoming
    assert sum(1 for ln in lines if ln.status == "outgoing") == result.outgoing
    assert all(ln.amount.amount > 0 for ln in lines if ln.status == "unmatched")
    assert all(ln.amount.amount < 0 for ln in lines if ln.status == "outgoing")
    assert counts(book)[2] == before[2] + 1, "one audit event per imported file"


def test_icbc_totals_by_hand(book):
    # From the file: 收入 2,841.74 over 5 rows, 支出 4,241.08 over 6 rows (tests/integration/test_readers.py).
    result = do_import(book, SAMPLES / "cn_bank/example-icbc-debit-v2-records.csv")
    assert (result.incoming, result.outgoing) == (5, 6)
    assert result.incoming_totals == (Money(Decimal("2841.74"), "CNY"),)
    assert result.outgoing_totals == (Money(Decimal("-4241.08"), "CNY"),)
    assert result.importer == "csv, suggested mapping"
    assert any("totals" in w for w in result.warnings)


def test_importing_the_same_file_twice_adds_nothing(book):
    path = SAMPLES / "cn_bank/example-boc-records.csv"
    first = do_import(book, path)
    after_first = counts(book)
    again = do_import(book, path)
    assert again.already_imported is True
    assert (again.added, again.batch_id, again.lines_read) == (0, first.batch_id, 17)
    assert counts(book) == after_first


def test_the_same_lines_in_another_file_are_duplicates(book, tmp_path):
    # The .xlsx of a WeChat bill holds the same 16 lines as its .csv: a different file, no new lines.
    do_import(book, SAMPLES / "cn_payment/example-wechat-records.csv")
    other = do_import(book, SAMPLES / "cn_payment/example-wechat-records.xlsx")
    assert (other.already_imported, other.lines_read, other.added, other.duplicates) == (False, 16, 0, 16)
    assert counts(book)[0] == 16


def test_overlapping_statements_add_only_the_new_lines(book, tmp_path):
    title, header, *rows = (SAMPLES / "cn_bank/example-boc-records.csv").read_text("utf-8").splitlines()
    assert len(rows) == 17
    early = tmp_path / "boc-early.csv"
    late = tmp_path / "boc-late.csv"
    early.write_text("\n".join([title, header, *rows[:11]]) + "\n", encoding="utf-8")
    late.write_text("\n".join([title, header, *rows[6:]]) + "\n", encoding="utf-8")

    first = do_import(book, early)
    second = do_import(book, late)
    whole = do_import(book, SAMPLES / "cn_bank/example-boc-records.csv")

    assert (first.added, first.duplicates) == (11, 0)
    assert (second.lines_read, second.added, second.duplicates) == (11, 6, 5)
    assert (whole.lines_read, whole.added, whole.duplicates) == (17, 0, 17)
    assert counts(book)[0] == 17


def test_a_partly_new_file_counts_and_totals_only_its_new_lines(book, tmp_path):
    # The lines go in with ON CONFLICT DO NOTHING: what the batch, the result and the audit event
    # say must be the lines that went in, not the lines read.
    do_import(
        book,
        write_csv(
            tmp_path / "march-1.csv",
            ["2026-03-01,100.00,,甲公司,,货款,S1", "2026-03-02,,20.00,电费,,,S2"],
        ),
    )
    result = do_import(
        book,
        write_csv(
            tmp_path / "march-2.csv",
            [
                "2026-03-02,,20.00,电费,,,S2",
                "2026-03-03,55.10,,乙公司,,INV-7,S3",
                "2026-03-04,,7.00,手续费,,,S4",
                "2026-03-01,100.00,,甲公司,,货款,S1",
            ],
        ),
    )
    assert (result.lines_read, result.added, result.duplicates) == (4, 2, 2)
    assert (result.incoming, result.outgoing) == (1, 1)
    assert result.incoming_totals == (Money(Decimal("55.10"), "CNY"),)
    assert result.outgoing_totals == (Money(Decimal("-7.00"), "CNY"),)
    with book.sessions() as session:
        batch = session.get(ImportBatch, result.batch_id)
        recorded = (batch.lines_read, batch.lines_added, batch.lines_duplicate, batch.lines_outgoing)
        assert recorded == (4, 2, 2, 1)
        stored = session.scalars(
            select(BankLineRecord.reference).where(BankLineRecord.batch_id == result.batch_id)
        ).all()
        assert sorted(stored) == ["S3", "S4"]
        event = session.scalars(select(AuditEvent).order_by(AuditEvent.seq.desc())).first()
        after = json.loads(event.after_json)
        assert event.action == "bank_file.import"
        assert (after["read"], after["added"], after["duplicates"]) == (4, 2, 2)
    assert counts(book)[0] == 4


def test_an_account_too_long_for_the_book_is_refused_by_row(book, tmp_path):
    before = counts(book)
    path = write_csv(
        tmp_path / "long.csv",
        ["2026-03-01,100.00,,甲公司,,货款,S1", f"2026-03-02,5.00,,乙公司,{'6' * 101},货款,S2"],
    )
    with pytest.raises(ImportRejected) as refused:
        do_import(book, path)
    assert str(refused.value).splitlines() == [
        "long.csv: 1 row cannot be read; nothing was imported",
        "long.csv, row 3: the counterparty account is longer than 100 characters",
    ]
    assert counts(book) == before


def test_a_file_with_bad_rows_writes_nothing_and_names_every_row_and_column(book, tmp_path):
    do_import(book, write_csv(tmp_path / "good.csv", ["2026-03-01,100.00,,甲公司,,货款,S1"]))
    before = counts(book)
    path = write_csv(
        tmp_path / "bad.csv",
        [
            "2026-03-02,200.00,,乙公司,,货款,S2",
            "2026-03-03,abc,,丙公司,,货款,S3",
            "2026-03-04,300.00,,丁公司,,货款,S4",
            "2026-02-30,400.00,,戊公司,,货款,S5",
        ],
    )
    with pytest.raises(ImportRejected) as refused:
        do_import(book, path)
    message = str(refused.value)
    lines = message.splitlines()
    assert lines[0] == "bad.csv: 2 rows cannot be read; nothing was imported"
    assert lines[1].startswith("bad.csv, row 3, column 收入金额: ") and "abc" in lines[1]
    assert lines[2].startswith("bad.csv, row 5, column 交易日期: ") and "2026-02-30" in lines[2]
    assert [(e.row, e.column) for e in refused.value.row_errors] == [(3, "收入金额"), (5, "交易日期")]
    assert counts(book) == before


def test_templates_are_saved_and_found_again_by_header_row(book, tmp_path):
    headers = "When,Howmuch,Who,Note"
    march = write_csv(tmp_path / "march.csv", ["2026-03-01,100.00,Acme,INV-1"], header=headers)
    with pytest.raises(ValidationError):
        do_import(book, march, currency="USD")  # no header we know: no mapping can be suggested
    mapping = ColumnMapping(date="When", amount="Howmuch", counterparty_name="Who", memo=("Note",))
    first = do_import(book, march, mapping=mapping, currency="USD", save_template_as="Acme bank")
    assert (first.added, first.saved_template, first.importer) == (1, "Acme bank", "csv, given mapping")
    with book.sessions() as session:
        found = template_for(session, ["When", "Howmuch", "Who", "Note"])
        assert found is not None and found.name == "Acme bank"
        assert found.mapping.counterparty_name == "Who"
        assert template_for(session, ["When", "Howmuch"]) is None

    april = write_csv(tmp_path / "april.csv", ["2026-04-01,250.00,Acme,INV-2"], header=headers)
    second = do_import(book, april, currency="USD")
    assert (second.added, second.template_name, second.importer) == (
        1,
        "Acme bank",
        "csv, template Acme bank",
    )
    with book.sessions() as session:
        memo = list_bank_lines(session, batch_id=second.batch_id)[0].memo
    assert memo == "INV-2"


def test_a_template_overrides_the_suggested_mapping_when_headers_match(book, tmp_path):
    path = write_csv(tmp_path / "a.csv", ["2026-03-01,100.00,,甲公司,6222000011112222,货款,S1"])
    suggested = do_import(book, path).mapping
    # The clerk says the memo is the reference column as well: save that as the bank's template.
    save_template(
        UnitOfWork(book, "tester"),
        "工行",
        ColumnMapping.from_dict(suggested.to_dict() | {"memo": ["摘要", "交易流水号"]}),
    )
    second = do_import(book, write_csv(tmp_path / "b.csv", ["2026-03-02,50.00,,乙公司,,运费,S2"]))
    assert second.template_name == "工行"
    with book.sessions() as session:
        assert list_bank_lines(session, batch_id=second.batch_id)[0].memo == "运费 S2"
        assert [t.name for t in list_templates(session)] == ["工行"]


def test_save_template_replaces_one_of_the_same_name(book, tmp_path):
    path = write_csv(tmp_path / "a.csv", ["2026-03-01,100.00,,甲公司,,货款,S1"])
    mapping = do_import(book, path).mapping
    uow = UnitOfWork(book, "tester")
    save_template(uow, "工行", mapping)
    save_template(
        UnitOfWork(book, "tester"), "工行", ColumnMapping.from_dict(mapping.to_dict() | {"reference": None})
    )
    with book.sessions() as session:
        assert session.scalar(select(func.count()).select_from(MappingTemplate)) == 1
        assert list_templates(session)[0].mapping.reference is None
    with pytest.raises(ValidationError, match="only CSV files and sheets"):
        do_import(book, SAMPLES / "mt940/mt940.sta", save_template_as="MT940")


def test_outgoing_lines_are_kept_with_their_status_and_the_chain_verifies(book, tmp_path):
    path = write_csv(
        tmp_path / "mixed.csv",
        [
            "2026-03-01,100.00,,甲公司,,货款,S1",
            "2026-03-02,,30.00,电费,,电费,S2",
            "2026-03-03,0.00,,银行,,结息,S3",
        ],
    )
    result = do_import(book, path)
    assert (result.added, result.incoming, result.outgoing) == (3, 1, 1)
    with book.sessions() as session:
        statuses = [ln.status for ln in list_bank_lines(session)]
        assert statuses == ["unmatched", "outgoing", "ignored"]
        assert verify_chain(session).ok
