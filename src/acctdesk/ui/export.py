"""Export a list to Excel: every row of the list's query (not only the loaded pages), the columns as
shown, a bold frozen header, number formats, a totals row per currency and sensible widths.

`write_xlsx` has no Qt in it; it runs on the worker thread, pages through the query in its own session,
reports progress and stops on Cancel without leaving a half-written file behind.
"""

from __future__ import annotations

import os
import tempfile
from collections import defaultdict
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from pathlib import Path
from typing import TYPE_CHECKING, Any

from acctdesk.model.money import Money, minor_digits
from acctdesk.ui.models.paged import Column, cell_text

if TYPE_CHECKING:
    from openpyxl import Workbook

EXPORT_PAGE = 2_000
HEADER_COLOUR = "E8EEF7"


@dataclass(frozen=True)
class ExportResult:
    path: Path
    rows: int
    totals: dict[str, dict[str, Decimal]]  # currency → column key → total


def _money_format(currency: str) -> str:
    digits = minor_digits(currency)
    return (
        "#,##0"
        + ("." + "0" * digits if digits else "")
        + ";[Red]-#,##0"
        + ("." + "0" * digits if digits else "")
    )


def _display_width(text: str) -> int:
    return sum(2 if ord(ch) > 0x2E80 else 1 for ch in text)


def _excel_value(column: Column, value: Any) -> tuple[Any, str | None]:
    """The cell value and its number format."""
    if value is None:
        return None, None
    if isinstance(value, Money):
        return value.amount, _money_format(value.currency)
    if column.kind == "date" and isinstance(value, date):
        return value, "yyyy-mm-dd"
    if column.kind == "percent" and isinstance(value, Decimal):
        return value / 100, "0.0%"
    if column.kind in ("int", "days") and isinstance(value, int):
        return value, "#,##0"
    if column.kind == "decimal" and isinstance(value, Decimal):
        return value, "#,##0.0"
    if column.kind == "bool":
        return ("✓" if value else ""), None
    return cell_text(column, value), None


def _widths(columns: Sequence[Column], sample: Sequence[Any]) -> list[float]:
    widths = []
    for column in columns:
        texts = [cell_text(column, column.value(row)) for row in sample[:500]]
        longest = max([_display_width(column.title) + 2, *(_display_width(t) for t in texts)], default=8)
        widths.append(min(max(longest + 2, 8), 60))
    return widths


def _discard(workbook: Workbook) -> None:
    """Close a half-written workbook so openpyxl removes its temporary files; keep nothing."""
    handle, temporary = tempfile.mkstemp(suffix=".xlsx")
    os.close(handle)
    try:
        workbook.save(temporary)
    finally:
        os.remove(temporary)


def write_xlsx(
    path: str | Path,
    *,
    title: str,
    columns: Sequence[Column],
    fetch: Callable[[int, int], Sequence[Any]],
    total_rows: int | None,
    total_label: str,
    progress: Callable[[int, int], None] | None = None,
    is_cancelled: Callable[[], bool] | None = None,
) -> ExportResult | None:
    """Write every row `fetch(limit, offset)` yields to `path`; None when cancelled (nothing written)."""
    # openpyxl brings numpy and PIL with it (about a second): imported by the first export, not at start-up
    from openpyxl import Workbook
    from openpyxl.cell import WriteOnlyCell
    from openpyxl.styles import Alignment, Font, PatternFill
    from openpyxl.utils import get_column_letter

    path = Path(path)
    workbook = Workbook(write_only=True)
    sheet = workbook.create_sheet(title=title[:31] or "Sheet1")
    first = list(fetch(EXPORT_PAGE, 0))
    for i, width in enumerate(_widths(columns, first), start=1):
        sheet.column_dimensions[get_column_letter(i)].width = width
    sheet.freeze_panes = "A2"
    bold = Font(bold=True)
    header = []
    for column in columns:
        cell = WriteOnlyCell(sheet, value=column.title)
        cell.font = bold
        cell.fill = PatternFill("solid", fgColor=HEADER_COLOUR)
        cell.alignment = Alignment(horizontal="right" if column.numeric else "left", vertical="center")
        header.append(cell)
    sheet.append(header)
    totals: dict[str, dict[str, Decimal]] = defaultdict(lambda: defaultdict(Decimal))
    money_keys = [c.key for c in columns if c.kind == "money"]
    written, page, offset = 0, first, 0
    expected = total_rows or 0
    while page:
        for row in page:
            cells = []
            for column in columns:
                raw = column.value(row)
                value, number_format = _excel_value(column, raw)
                if isinstance(raw, Money) and column.key in money_keys:
                    totals[raw.currency][column.key] += raw.amount
                if number_format:
                    cell = WriteOnlyCell(sheet, value=value)
                    cell.number_format = number_format
                    cells.append(cell)
                else:
                    cells.append(value)
            sheet.append(cells)
        written += len(page)
        if progress:
            progress(written, max(expected, written))
        if is_cancelled and is_cancelled():
            _discard(workbook)
            return None
        if len(page) < EXPORT_PAGE:
            break
        offset += EXPORT_PAGE
        page = list(fetch(EXPORT_PAGE, offset))
    for currency in sorted(totals):
        cells = []
        for i, column in enumerate(columns):
            if column.key in totals[currency]:
                cell = WriteOnlyCell(sheet, value=totals[currency][column.key])
                cell.number_format = _money_format(currency)
            else:
                cell = WriteOnlyCell(sheet, value=f"{total_label} {currency}" if i == 0 else None)
            cell.font = bold
            cells.append(cell)
        sheet.append(cells)
    if written:
        sheet.auto_filter.ref = f"A1:{get_column_letter(len(columns))}{written + 1}"
    path.parent.mkdir(parents=True, exist_ok=True)
    handle, temporary = tempfile.mkstemp(suffix=".xlsx", dir=path.parent)
    os.close(handle)
    try:
        workbook.save(temporary)
        os.replace(temporary, path)
    finally:
        if os.path.exists(temporary):
            os.remove(temporary)
    return ExportResult(path, written, {c: dict(t) for c, t in totals.items()})
