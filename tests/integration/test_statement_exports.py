"""The statement as PDF (embedded CJK font, text, page numbers) and as an Excel workbook."""

from __future__ import annotations

import subprocess
from datetime import date
from decimal import Decimal

import pytest
from openpyxl import load_workbook

from acctdesk.services import statement_pdf
from acctdesk.services.statement_pdf import FontMissing, render_pdf
from acctdesk.services.statement_xlsx import render_xlsx
from acctdesk.services.statements import set_company_header, statement
from acctdesk.services.uow import UnitOfWork
from tests.builders import d
from tests.statement_cases import END, START, march_ledger

ISSUED = date(2026, 4, 2)


def pdftotext(path, *pages: int) -> str:
    args = ["pdftotext", "-layout"]
    if pages:
        args += ["-f", str(pages[0]), "-l", str(pages[-1])]
    return subprocess.run([*args, str(path), "-"], capture_output=True, text=True, check=True).stdout


def page_count(path) -> int:
    info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
    return int(next(line.split()[-1] for line in info.splitlines() if line.startswith("Pages:")))


@pytest.fixture
def march(book):
    ledger = march_ledger(book)
    set_company_header(
        UnitOfWork(book, "tester"),
        name="上海启明精密制造有限公司",
        address="上海市浦东新区张江路 88 号",
        bank_name="招商银行上海张江支行",
        bank_account="1219 0857 3410 601",
    )
    return ledger


def march_statement(book, customer="C1", **kw):
    with book.sessions() as session:
        return statement(session, customer, start=d(START), end=d(END), **kw)


def test_pdf_embeds_the_chinese_font_and_holds_the_key_figures(march, tmp_path):
    path = render_pdf(
        march_statement(march.book), tmp_path / "c1.pdf", number="ST-2026-000007", issued_on=ISSUED
    )
    fonts = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    rows = [line.split() for line in fonts.splitlines()[2:]]
    assert rows, fonts
    for row in rows:  # every font is a TrueType subset, embedded: nothing depends on the viewer's fonts
        assert row[-5:-3] == ["yes", "yes"], fonts
    assert any("WenQuanYi" in row[0] or "YaHei" in row[0] or "SimSun" in row[0] for row in rows)
    pages = page_count(path)
    text = pdftotext(path)
    for expected in (
        "上海华信科技有限公司",
        "上海启明精密制造有限公司",
        "对账单",
        "ST-2026-000007",
        "2026-03-01 至 2026-03-31",
        "600.00",  # opening
        "2,345.67",
        "1,900.00",  # closing
        "壹仟玖佰元整",
        "对账确认函",
        "信息证明无误",
        "信息不符",
        "1219 0857 3410 601",
    ):
        assert expected in text, expected
    # pdftotext drops the spaces between Chinese characters that the page shows
    assert f"第1页共{pages}页" in text.replace(" ", "")
    assert f"第{pages}页共{pages}页" in text.replace(" ", "")
    assert "INV-4" not in text  # after the period


def test_pdf_in_english(march, tmp_path):
    path = render_pdf(march_statement(march.book, "C2"), tmp_path / "c2.pdf", issued_on=ISSUED)
    text = pdftotext(path)
    pages = page_count(path)
    for expected in (
        "Statement of Account",
        "Northwind Trading Ltd",
        "Opening balance",
        "250.00",
        "贰佰伍拾元整",  # CNY: the capitals are printed in English statements too
        "Two hundred fifty Chinese yuan",
        "Balance Confirmation",
        "The balance agrees with our records",
        "not numbered (preview)",
        f"Page 1 of {pages}",
    ):
        assert expected in text, expected


def test_a_long_statement_repeats_the_table_header_and_numbers_its_pages(march, tmp_path):
    for n in range(90):
        march.invoice(f"L-{n:03d}", f"{100 + n}.25", f"2026-03-{1 + n % 28:02d}", due="2026-04-30")
    path = render_pdf(march_statement(march.book), tmp_path / "long.pdf", issued_on=ISSUED)
    pages = page_count(path)
    assert pages >= 4
    second = pdftotext(path, 2)
    assert "单据号" in second and "余额" in second  # the movements' header row, repeated
    assert "上海启明精密制造有限公司" in second and "上海华信科技有限公司" in second  # the page header
    assert f"第2页共{pages}页" in second.replace(" ", "")


def test_pdf_bytes_without_a_file(march):
    assert render_pdf(march_statement(march.book)).startswith(b"%PDF-")


def test_no_chinese_font_is_a_clear_error(monkeypatch):
    monkeypatch.setattr(statement_pdf, "_candidates", lambda: [("/nonexistent/font.ttc", 0)])
    statement_pdf.cjk_font.cache_clear()
    try:
        with pytest.raises(FontMissing, match="fonts-wqy-microhei"):
            statement_pdf.cjk_font()
    finally:
        statement_pdf.cjk_font.cache_clear()


def test_excel_holds_the_same_content_with_number_formats_and_print_setup(march, tmp_path):
    path = render_xlsx(
        march_statement(march.book), tmp_path / "c1.xlsx", number="ST-2026-000007", issued_on=ISSUED
    )
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["CNY"]
    sheet = workbook["CNY"]
    cells = {(c.row, c.column): c for row in sheet.iter_rows() for c in row if c.value is not None}
    values = [c.value for c in cells.values()]
    for expected in (
        "上海启明精密制造有限公司",
        "对账单",
        "上海华信科技有限公司",
        "ST-2026-000007",
        "壹仟玖佰元整",
    ):
        assert expected in values, expected

    header = next(c.row for c in cells.values() if c.value == "单据号")
    assert sheet.print_title_rows == f"${header}:${header}"
    assert sheet.freeze_panes == f"A{header + 1}"
    assert [sheet.cell(header, col).value for col in range(1, 8)] == [
        "日期",
        "单据号",
        "类型",
        "摘要",
        "借方（增加）",
        "贷方（减少）",
        "余额",
    ]
    opening = sheet.cell(header + 1, 7)
    assert (sheet.cell(header + 1, 4).value, Decimal(str(opening.value))) == ("期初余额", Decimal("600.00"))
    first = [sheet.cell(header + 2, col) for col in range(1, 8)]
    assert first[0].value.date() == date(2026, 3, 5) and first[0].number_format == "yyyy-mm-dd"
    assert (first[1].value, first[2].value, Decimal(str(first[4].value))) == (
        "INV-2",
        "销售发票",
        Decimal("2345.67"),
    )
    assert first[4].number_format == first[6].number_format == "#,##0.00;-#,##0.00"
    reversal = [sheet.cell(header + 6, col).value for col in range(1, 8)]
    assert reversal[1:3] == ["INV-3", "冲销销售发票"] and Decimal(str(reversal[5])) == Decimal("500.00")
    closing_row = next(c.row for c in cells.values() if c.value == "期末余额" and c.column == 4)
    assert Decimal(str(sheet.cell(closing_row, 7).value)) == Decimal("1900.00")

    assert int(sheet.page_setup.paperSize) == 9  # A4
    assert (sheet.page_setup.fitToWidth, sheet.page_setup.fitToHeight) == (1, 0)
    assert sheet.sheet_properties.pageSetUpPr.fitToPage is True
    assert "&P" in sheet.oddFooter.center.text


def test_excel_has_one_sheet_per_currency(march, tmp_path):
    march.invoice("U-1", "70.00", "2026-03-10", currency="USD", due="2026-04-09")
    workbook = load_workbook(render_xlsx(march_statement(march.book, language="en"), tmp_path / "two.xlsx"))
    assert workbook.sheetnames == ["CNY", "USD"]
    usd = [c.value for row in workbook["USD"].iter_rows() for c in row if c.value is not None]
    assert "Seventy US dollars" in usd and "Statement of Account" in usd
