"""A provision run as an Excel workbook: one sheet per currency (lines and a totals row), one for the
method. Amounts are numbers with the currency's number format, so the workbook sums and filters."""

from __future__ import annotations

from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from acctdesk.services.provisions import ProvisionLineInfo, ProvisionRunInfo, ProvisionTotal
from acctdesk.services.statement_xlsx import DATE_FORMAT, FONT_NAME, amount_format

SHADE = PatternFill("solid", fgColor="EEF2F6")
TOP = Border(top=Side(style="thin", color="333333"), bottom=Side(style="double", color="333333"))
METHOD_LABELS = {"rates": "账龄组合 age rates", "individual": "单项计提 individual"}


def _band_label(key: str) -> str:
    if key.startswith("<"):
        return f"{key[1:-1]}年以内 {key}"
    if key.startswith(">"):
        return f"{key[1:-1]}年以上 {key}"
    return f"{key[:-1]}年 {key}"


class _Sheet:
    def __init__(self, sheet: Worksheet, info: ProvisionRunInfo, currency: str):
        self.sheet = sheet
        self.info = info
        self.currency = currency
        self.money = amount_format(currency)
        self.font = Font(name=FONT_NAME, size=10)
        self.bold = Font(name=FONT_NAME, size=10, bold=True)
        self.row = 1

    def put(self, column: int, value, *, bold=False, money=False, fill=None, border=None):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = self.bold if bold else self.font
        if money:
            cell.number_format = self.money
        if fill:
            cell.fill = fill
        if border:
            cell.border = border
        return cell

    def write(self, lines: list[ProvisionLineInfo], total: ProvisionTotal) -> None:
        info, sheet = self.info, self.sheet
        title = self.put(1, f"坏账准备计提表 Bad-debt provision {info.month} ({self.currency})", bold=True)
        title.font = Font(name=FONT_NAME, size=14, bold=True)
        self.row += 1
        self.put(1, "截至 As of")
        self.put(2, info.as_of).number_format = DATE_FORMAT
        if info.revision:
            self.put(4, f"第 {info.revision} 版 revision {info.revision}, {info.status}")
        else:  # computed for a look (the Reports screen), not a recorded month-end run
            self.put(4, "试算，未入账 preview, not recorded")
        self.put(7, f"上期 previous: {info.sheet.previous_month or '—'}")
        self.row += 2
        bands = [band.key for band in info.sheet.method.bands]
        headers = [
            "客户代码 Customer",
            "客户名称 Name",
            "方法 Method",
            *[_band_label(key) for key in bands],
            "应收余额 Open items",
            "坏账准备 Provision",
            "上期 Previous",
            "本期计提(转回) Movement",
        ]
        header_row = self.row
        for column, text in enumerate(headers, start=1):
            cell = self.put(column, text, bold=True, fill=SHADE)
            cell.alignment = Alignment(horizontal="center", vertical="center", wrap_text=True)
        self.row += 1
        for line in lines:
            self.put(1, line.customer_code)
            self.put(2, line.customer_name)
            self.put(3, METHOD_LABELS.get(line.method, line.method))
            amounts = [*line.bands, line.base, line.provision, line.previous, line.movement]
            for column, amount in enumerate(amounts, start=4):
                self.put(column, amount.amount, money=True)
            self.row += 1
        self.put(1, "合计 Total", bold=True, border=TOP)
        for column in (2, 3):
            self.put(column, None, border=TOP)
        amounts = [*total.bands, total.base, total.provision, total.previous, total.movement]
        for column, amount in enumerate(amounts, start=4):
            self.put(column, amount.amount, bold=True, money=True, border=TOP)
        widths = [14, 34, 18, *[14] * len(bands), 16, 16, 16, 18]
        for index, width in enumerate(widths, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.row_dimensions[header_row].height = 30
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=3)
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.page_setup.orientation = sheet.ORIENTATION_LANDSCAPE
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True


def _method_sheet(sheet: Worksheet, info: ProvisionRunInfo) -> None:
    bold = Font(name=FONT_NAME, size=10, bold=True)
    sheet.append(["账龄 Age", "计提比例 Rate"])
    for cell in sheet[1]:
        cell.font = bold
        cell.fill = SHADE
    for band in info.sheet.method.bands:
        sheet.append([_band_label(band.key), band.rate / Decimal(100)])
        sheet.cell(row=sheet.max_row, column=2).number_format = "0.00%"
    sheet.column_dimensions["A"].width = 18
    sheet.column_dimensions["B"].width = 14


def render_provision_xlsx(
    info: ProvisionRunInfo, target: str | Path | BinaryIO | None = None
) -> bytes | Path | BinaryIO:
    """Write the run to a path or a binary file; with no target, return the bytes."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for total in info.totals():
        lines = [line for line in info.sheet.lines if line.currency == total.currency]
        _Sheet(workbook.create_sheet(title=total.currency), info, total.currency).write(lines, total)
    _method_sheet(workbook.create_sheet(title="Method 方法"), info)
    workbook.properties.title = f"Bad-debt provision {info.month}"
    workbook.properties.creator = "acctdesk"
    if target is None:
        buffer = BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    if isinstance(target, str | Path):
        workbook.save(Path(target))
        return Path(target)
    workbook.save(target)
    return target
