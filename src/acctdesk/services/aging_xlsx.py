"""The aging report as an Excel workbook: one row per aging row, a total row per currency, amounts as
numbers in their currency's number format (rows of different currencies are never added together)."""

from __future__ import annotations

from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter

from acctdesk.services.aging import AgingReport, AgingRow
from acctdesk.services.statement_xlsx import FONT_NAME, amount_format

SHADE = PatternFill("solid", fgColor="EEF2F6")
TOTAL = Border(top=Side(style="thin", color="333333"), bottom=Side(style="double", color="333333"))
AMOUNT_HEADERS = ("awaiting", "retention", "disputed", "unapplied", "total")


def aging_cells(row: AgingRow) -> list:
    amounts = [*row.buckets, row.awaiting_event, row.retention, row.disputed, row.unapplied, row.total]
    return [row.key, row.label, row.currency, *[a.amount for a in amounts]]


def render_aging_xlsx(report: AgingReport, target: str | Path | BinaryIO | None = None):
    """Write the report to a path or a binary file; with no target, return the bytes."""
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = f"Aging {report.as_of.isoformat()}"
    font, bold = Font(name=FONT_NAME, size=10), Font(name=FONT_NAME, size=10, bold=True)
    sheet.append([f"账龄分析 Aging as of {report.as_of.isoformat()}, by {report.basis} date"])
    sheet["A1"].font = Font(name=FONT_NAME, size=14, bold=True)
    headers = [str(report.group_by), "name", "currency", *[b.key for b in report.buckets], *AMOUNT_HEADERS]
    sheet.append([])
    sheet.append(headers)
    for cell in sheet[3]:
        cell.font, cell.fill = bold, SHADE
        cell.alignment = Alignment(horizontal="center")
    for rows, is_total in ((report.rows, False), (report.totals(), True)):
        for row in rows:
            sheet.append(aging_cells(row))
            number_format = amount_format(row.currency)
            for cell in sheet[sheet.max_row]:
                cell.font = bold if is_total else font
                if cell.column > 3:
                    cell.number_format = number_format
                if is_total:
                    cell.border = TOTAL
    for index, width in enumerate([14, 34, 9, *[15] * (len(headers) - 3)], start=1):
        sheet.column_dimensions[get_column_letter(index)].width = width
    sheet.freeze_panes = "D4"
    if target is None:
        buffer = BytesIO()
        workbook.save(buffer)
        return buffer.getvalue()
    workbook.save(Path(target) if isinstance(target, str | Path) else target)
    return target
