"""Damaged files end in a clear error naming the file and leave the book as it was, or import cleanly.

Hypothesis damages the sample exports (cut short at any byte, re-encoded in the wrong encoding,
columns shuffled or dropped, bytes changed), writes statements with text in their amount and date
cells, and makes files that are no statement at all (random bytes, binary files named .csv,
empty files, workbooks with empty sheets or only a header). Each import either succeeds (its
figures then add up) or raises a DomainError (ValidationError, ImportRejected) whose message names
the file; any other exception fails the test. After an error the book's bank lines, import
batches, templates and audit chain are unchanged.
"""

from __future__ import annotations

import csv
import io
import os
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from openpyxl import Workbook
from sqlalchemy import func, select

from acctdesk.cli import main
from acctdesk.model.entities import AuditEvent, BankLineRecord, ImportBatch, MappingTemplate
from acctdesk.services import audit
from acctdesk.services.audit import verify_chain
from acctdesk.services.bank_import import ImportRejected, import_bank_file
from acctdesk.services.errors import DomainError
from acctdesk.services.uow import UnitOfWork
from tests.integration.test_readers import ACCOUNT_CURRENCY, EXPECTED, SAMPLES, sample_names

pytestmark = pytest.mark.skipif(not SAMPLES.is_dir(), reason=f"no sample files at {SAMPLES}")

# ACCTDESK_FUZZ_EXAMPLES=2000 fuzzes longer (a nightly run); 60 keeps the suite quick.
EXAMPLES = int(os.environ.get("ACCTDESK_FUZZ_EXAMPLES", "60"))
FUZZ = settings(
    max_examples=EXAMPLES,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)
IMPORTABLE = [name for name in sample_names() if not isinstance(EXPECTED.get(name), str)]
TEXT_SAMPLES = [name for name in IMPORTABLE if not name.endswith((".xls", ".xlsx"))] + [
    "csv_eu/test_swedebank_statement.xls"  # a CSV text named .xls
]
CSV_SAMPLES = [name for name in IMPORTABLE if name.endswith((".csv", ".CSV"))]
WORKBOOKS = [name for name in IMPORTABLE if name.endswith(".xlsx") or "spdb" in name]
HEADER = ["交易日期", "收入金额", "支出金额", "对方户名", "对方账号", "摘要", "交易流水号"]
WRONG_ENCODINGS = [
    "utf-16",
    "utf-16-be",
    "utf-32",
    "gb18030",
    "big5",
    "shift_jis",
    "cp1252",
    "cp037",
    "koi8-r",
]
MAGIC = [
    b"\x89PNG\r\n\x1a\n",
    b"PK\x03\x04",
    b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1",
    b"%PDF-1.7\n",
    b"\x7fELF",
    b"",
]


def book_state(book) -> tuple:
    with book.sessions() as session:
        counts = tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (BankLineRecord, ImportBatch, MappingTemplate, AuditEvent)
        )
        return counts, audit.last_event(session)


def decode_sample(data: bytes) -> str:
    for encoding in ("utf-8-sig", "gb18030", "cp1252"):
        try:
            return data.decode(encoding)
        except UnicodeDecodeError:
            continue
    return data.decode("latin-1")


def check_import(
    book,
    tmp_path: Path,
    file_name: str,
    data: bytes,
    currency: str | None = None,
    columns: set[str] | None = None,
):
    """Import `data` as a file named `file_name`: a clean import or a DomainError naming the file.

    With `columns` (the file's header), a refusal must name, for every row it cannot read, the
    row and one of those columns, in its message as well."""
    path = tmp_path / file_name
    path.write_bytes(data)
    before = book_state(book)
    try:
        result = import_bank_file(UnitOfWork(book, "tester"), path, currency=currency)
    except DomainError as refused:
        message = str(refused)
        assert message.startswith(path.name), message
        assert "Traceback" not in message
        if isinstance(refused, ImportRejected):
            assert refused.row_errors and all(e.file == path.name for e in refused.row_errors)
            if columns is not None:
                for error in refused.row_errors:
                    assert error.row is not None and error.column in columns, error
                    assert f"{path.name}, row {error.row}, column {error.column}: " in message
        assert book_state(book) == before, "a refused file changed the book"
        return None
    assert result.lines_read == result.added + result.duplicates or result.already_imported
    counts, _ = book_state(book)
    assert counts[0] == before[0][0] + result.added
    return result


@pytest.fixture
def chain_checked(book):
    yield book
    with book.sessions() as session:
        assert verify_chain(session).ok


@FUZZ
@given(sample=st.sampled_from(IMPORTABLE), data=st.data())
def test_a_file_cut_short_anywhere(chain_checked, tmp_path, sample, data):
    content = (SAMPLES / sample).read_bytes()
    cut = data.draw(st.integers(0, len(content)), label="cut at byte")
    check_import(chain_checked, tmp_path, Path(sample).name, content[:cut], ACCOUNT_CURRENCY.get(sample))


@FUZZ
@given(sample=st.sampled_from(TEXT_SAMPLES), encoding=st.sampled_from(WRONG_ENCODINGS))
def test_a_file_in_the_wrong_encoding(chain_checked, tmp_path, sample, encoding):
    content = decode_sample((SAMPLES / sample).read_bytes()).encode(encoding, errors="replace")
    check_import(chain_checked, tmp_path, Path(sample).name, content, ACCOUNT_CURRENCY.get(sample))


@FUZZ
@given(sample=st.sampled_from(CSV_SAMPLES), data=st.data())
def test_columns_shuffled_or_dropped(chain_checked, tmp_path, sample, data):
    text = decode_sample((SAMPLES / sample).read_bytes())
    delimiter = max([",", ";", "\t"], key=lambda d: text.splitlines()[0].count(d) if text else 0)
    rows = list(csv.reader(io.StringIO(text, newline=""), delimiter=delimiter))
    width = max(len(row) for row in rows)
    order = data.draw(st.permutations(range(width)), label="column order")
    keep = data.draw(st.integers(1, width), label="columns kept")
    out = io.StringIO()
    writer = csv.writer(out, delimiter=delimiter)
    for row in rows:
        writer.writerow([row[i] if i < len(row) else "" for i in order[:keep]])
    check_import(
        chain_checked,
        tmp_path,
        Path(sample).name,
        out.getvalue().encode("utf-8"),
        ACCOUNT_CURRENCY.get(sample),
    )


@FUZZ
@given(sample=st.sampled_from(IMPORTABLE), data=st.data())
def test_bytes_changed_inside_a_file(chain_checked, tmp_path, sample, data):
    content = bytearray((SAMPLES / sample).read_bytes())
    for _ in range(data.draw(st.integers(1, 8), label="bytes changed")):
        content[data.draw(st.integers(0, len(content) - 1))] = data.draw(st.integers(0, 255))
    check_import(chain_checked, tmp_path, Path(sample).name, bytes(content), ACCOUNT_CURRENCY.get(sample))


amount_cell = st.one_of(
    st.decimals(min_value=-(10**9), max_value=10**9, places=2, allow_nan=False).map(str),
    st.text(max_size=12),
    st.sampled_from(
        ["1,234.56", "¥", "-", "(12.00)", "12.345", "1e5", "NaN", "9" * 30, "１２.５０", "12.50元"]
    ),
)
date_cell = st.one_of(
    st.dates().map(str),
    st.text(max_size=12),
    st.sampled_from(["2026-02-30", "2026/13/01", "20260301", "01/02/26", "31.12.2025", ""]),
)


@FUZZ
@given(
    rows=st.lists(
        st.tuples(date_cell, amount_cell, amount_cell, st.text(max_size=20), st.text(max_size=20)),
        min_size=1,
        max_size=12,
    )
)
def test_text_in_amount_and_date_cells(chain_checked, tmp_path, rows):
    out = io.StringIO()
    writer = csv.writer(out)
    writer.writerow(HEADER)
    for n, (when, credit, debit, payer, memo) in enumerate(rows):
        writer.writerow([when, credit, debit, payer, "", memo, f"R{n}"])
    data = out.getvalue().encode("utf-8")
    check_import(chain_checked, tmp_path, "statement.csv", data, columns=set(HEADER))


@pytest.mark.parametrize(
    ("row", "column", "cell", "reason"),
    [
        (3, "收入金额", "一百元", "'一百元' is not an amount"),
        (2, "支出金额", "12.5O", "'12.5O' is not an amount"),
        (4, "交易日期", "2026-02-30", "'2026-02-30' is not a date"),
        (4, "收入金额", "12.345", "'12.345' has more than 2 decimals for CNY"),
    ],
)
def test_a_bad_cell_is_named_by_file_row_and_column(chain_checked, tmp_path, row, column, cell, reason):
    lines = [
        ["2026-03-01", "100.00", "", "上海华信", "", "货款", "R1"],
        ["2026-03-02", "", "20.00", "电费", "", "", "R2"],
        ["2026-03-03", "55.10", "", "北京东方", "", "INV-9", "R3"],
    ]
    lines[row - 2][HEADER.index(column)] = cell  # row 1 is the header
    out = io.StringIO()
    csv.writer(out).writerows([HEADER, *lines])
    path = tmp_path / "statement.csv"
    path.write_bytes(out.getvalue().encode("utf-8"))
    before = book_state(chain_checked)
    with pytest.raises(ImportRejected) as refused:
        import_bank_file(UnitOfWork(chain_checked, "tester"), path)
    assert str(refused.value).splitlines() == [
        "statement.csv: 1 row cannot be read; nothing was imported",
        f"statement.csv, row {row}, column {column}: {reason}",
    ]
    assert book_state(chain_checked) == before


@FUZZ
@given(
    magic=st.sampled_from(MAGIC),
    body=st.binary(max_size=2000),
    name=st.sampled_from(["statement.csv", "bank.xlsx", "old.xls", "mt940.sta", "camt.xml", "export.ofx"]),
)
def test_random_and_binary_files(chain_checked, tmp_path, magic, body, name):
    check_import(chain_checked, tmp_path, name, magic + body)


@pytest.mark.parametrize(
    "content",
    [b"", b"   \r\n\t\n", b"\xef\xbb\xbf", b"\xef\xbb\xbf\r\n", b"\xff\xfe", b",,,,\n,,,\n", b"\x00" * 64],
    ids=["empty", "blank", "bom", "bom-newline", "utf16-bom", "commas", "nul"],
)
def test_empty_files_are_refused_by_name(chain_checked, tmp_path, content):
    before = book_state(chain_checked)
    path = tmp_path / "empty.csv"
    path.write_bytes(content)
    with pytest.raises(DomainError, match=r"^empty\.csv"):
        import_bank_file(UnitOfWork(chain_checked, "tester"), path, currency="CNY")
    assert book_state(chain_checked) == before


def workbook(*sheets: list[list]) -> bytes:
    book = Workbook()
    book.remove(book.active)
    for n, rows in enumerate(sheets):
        sheet = book.create_sheet(f"Sheet{n + 1}")
        for row in rows:
            sheet.append(row)
    out = io.BytesIO()
    book.save(out)
    return out.getvalue()


def test_empty_sheets(chain_checked, tmp_path):
    # No rows, several empty sheets, a title only: no header, refused by name.
    for n, content in enumerate([workbook([]), workbook([], [], []), workbook([["工商银行账户明细"]])]):
        before = book_state(chain_checked)
        path = tmp_path / f"empty-{n}.xlsx"
        path.write_bytes(content)
        with pytest.raises(DomainError, match=rf"^empty-{n}\.xlsx: no header row found"):
            import_bank_file(UnitOfWork(chain_checked, "tester"), path)
        assert book_state(chain_checked) == before
    # A header and nothing below it, and a header above a totals row: a clean import of no lines.
    for n, rows in enumerate([[HEADER], [["账户明细"], HEADER, ["合计", "0.00", "0.00"]]]):
        path = tmp_path / f"header-only-{n}.xlsx"
        path.write_bytes(workbook(rows))
        result = import_bank_file(UnitOfWork(chain_checked, "tester"), path)
        assert (result.lines_read, result.added, result.incoming, result.outgoing) == (0, 0, 0, 0)


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(sample=st.sampled_from(IMPORTABLE), data=st.data())
def test_the_command_line_shows_one_error_line_never_a_traceback(book_url, tmp_path, capsys, sample, data):
    content = (SAMPLES / sample).read_bytes()
    cut = data.draw(st.integers(0, max(0, len(content) - 1)), label="cut at byte")
    path = tmp_path / Path(sample).name
    path.write_bytes(content[:cut])
    currency = ["--currency", ACCOUNT_CURRENCY[sample]] if sample in ACCOUNT_CURRENCY else []
    code = main(["import", "bank", str(path), "--db-url", book_url, "--user", "tester", *currency])
    err = capsys.readouterr().err
    assert "Traceback" not in err
    if code != 0:
        assert code == 1
        assert err.startswith(f"acctdesk: error: {path.name}")
