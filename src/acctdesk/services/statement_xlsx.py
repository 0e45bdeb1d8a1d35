"""A statement as an Excel workbook (openpyxl): the PDF's content, one sheet per currency.

Amounts are numbers with a number format, not text, so the customer can sum and filter them;
the sheet prints on A4, fit to the page width, with the movements' header row repeated on every
printed page and frozen on screen.
"""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from openpyxl import Workbook
from openpyxl.styles import Alignment, Border, Font, PatternFill, Side
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from acctdesk.model.money import Money, minor_digits
from acctdesk.services.statement_labels import labels
from acctdesk.services.statements import CurrencySection, Statement, aging_lines, amount_words, kind_label

DATE_FORMAT = "yyyy-mm-dd"
FONT_NAME = "Microsoft YaHei"  # falls back to the viewer's CJK font where it is missing
WIDTHS = (12, 22, 14, 34, 16, 16, 18)  # date, document, type, description, debit, credit, balance
SHADE = PatternFill("solid", fgColor="EEF2F6")
THIN = Side(style="thin", color="9AA5B1")
BOX = Border(left=THIN, right=THIN, top=THIN, bottom=THIN)


def amount_format(currency: str) -> str:
    digits = minor_digits(currency)
    decimals = "." + "0" * digits if digits else ""
    return f"#,##0{decimals};-#,##0{decimals}"


def _number(amount: Money | Decimal) -> Decimal:
    return amount.amount if isinstance(amount, Money) else amount


class _SheetWriter:
    def __init__(self, sheet: Worksheet, statement: Statement, section: CurrencySection, number, issued_on):
        self.sheet = sheet
        self.statement = statement
        self.section = section
        self.text = labels(statement.language)
        self.number = number
        self.issued_on = issued_on
        self.row = 1
        self.money = amount_format(section.currency)
        self.font = Font(name=FONT_NAME, size=10)
        self.bold = Font(name=FONT_NAME, size=10, bold=True)

    def t(self, key: str, **values) -> str:
        return self.text[key].format(**values) if values else self.text[key]

    def put(self, column: int, value, *, bold=False, money=False, fill=None, border=False, align=None):
        cell = self.sheet.cell(row=self.row, column=column, value=value)
        cell.font = self.bold if bold else self.font
        if money:
            cell.number_format = self.money
        elif isinstance(value, date):
            cell.number_format = DATE_FORMAT
        if fill:
            cell.fill = fill
        if border:
            cell.border = BOX
        if align:
            cell.alignment = Alignment(horizontal=align, vertical="center", wrap_text=True)
        return cell

    def line(self, *values, bold=False, money_from: int | None = None, fill=None, border=False) -> None:
        for column, value in enumerate(values, start=1):
            if value is None:
                continue
            is_money = money_from is not None and column >= money_from and not isinstance(value, str)
            self.put(
                column,
                _number(value) if is_money else value,
                bold=bold,
                money=is_money,
                fill=fill,
                border=border,
            )
        self.row += 1

    def write(self) -> int:
        """Write the whole sheet; returns the row of the movements' header (the print title)."""
        self.header()
        header_row = self.movements()
        self.closing()
        self.aging()
        self.open_items()
        self.unapplied()
        self.slip()
        self.page_setup(header_row)
        return header_row

    def header(self) -> None:
        s, company = self.statement, self.statement.company
        self.put(1, company.display_name(s.language), bold=True).font = Font(
            name=FONT_NAME, size=14, bold=True
        )
        self.row += 1
        for key, value in (("address", company.display_address(s.language)), ("tax_id", company.tax_id)):
            if value:
                self.line(f"{self.t(key)}: {value}")
        title = self.put(1, self.t("title"), bold=True)
        title.font = Font(name=FONT_NAME, size=16, bold=True)
        self.row += 1
        info = (
            (self.t("customer"), s.customer.name, self.t("number"), self.number or self.t("draft")),
            (
                self.t("customer_code"),
                s.customer.code,
                self.t("period"),
                f"{s.start.isoformat()} – {s.end.isoformat()}",
            ),
            (self.t("tax_id"), s.customer.tax_id, self.t("issued_on"), self.issued_on),
            (self.t("currency"), self.section.currency, self.t("opening"), self.section.opening),
        )
        for label, value, label2, value2 in info:
            self.put(1, label, fill=SHADE, border=True)
            self.sheet.merge_cells(start_row=self.row, start_column=2, end_row=self.row, end_column=3)
            self.put(2, value, border=True)
            self.put(4, label2, fill=SHADE, border=True, align="right")
            self.sheet.merge_cells(start_row=self.row, start_column=5, end_row=self.row, end_column=6)
            is_money = isinstance(value2, Money)
            self.put(5, _number(value2) if is_money else value2, money=is_money, border=True, align="left")
            self.row += 1
        self.row += 1

    def movements(self) -> int:
        section, language = self.section, self.statement.language
        header_row = self.row
        headers = ("date", "document", "kind", "description", "debit", "credit", "balance")
        self.line(*(self.t(h) for h in headers), bold=True, fill=SHADE, border=True)
        self.line(None, None, None, self.t("opening"), None, None, section.opening, money_from=5, border=True)
        for m in section.movements:
            self.line(
                m.entry_date,
                m.document_number,
                kind_label(m, language),
                m.description,
                m.debit if not m.debit.is_zero() else None,
                m.credit if not m.credit.is_zero() else None,
                m.balance,
                money_from=5,
                border=True,
            )
        if not section.movements:
            self.line(None, None, None, self.t("no_movements"), border=True)
        self.line(
            None, None, None, self.t("period_total"), section.total_debit, section.total_credit, None,
            money_from=5, bold=True, border=True,
        )  # fmt: skip
        self.line(
            None,
            None,
            None,
            self.t("closing"),
            None,
            None,
            section.closing,
            money_from=5,
            bold=True,
            border=True,
        )
        return header_row

    def closing(self) -> None:
        self.row += 1
        self.put(1, self.t("closing"), bold=True, fill=SHADE)
        self.put(2, self.section.currency, bold=True)
        self.put(3, _number(self.section.closing), bold=True, money=True)
        self.row += 1
        for label, words in amount_words(self.section.closing, self.statement.language):
            self.put(1, label, fill=SHADE)
            self.put(2, words)
            self.row += 1

    def aging(self) -> None:
        self.row += 1
        self.line(self.t("aging", end=self.statement.end.isoformat()), bold=True)
        self.line(self.t("aging_bucket"), None, self.t("amount"), bold=True, fill=SHADE)
        for label, amount in aging_lines(self.statement, self.section):
            self.line(label, None, amount, money_from=3)
        self.line(self.t("total"), None, self.section.aging.total, money_from=3, bold=True)

    def open_items(self) -> None:
        self.row += 1
        self.line(self.t("open_items", end=self.statement.end.isoformat()), bold=True)
        if not self.section.open_items:
            self.line(self.t("none"))
            return
        headers = (
            "invoice_date",
            "invoice",
            "installment",
            "due_date",
            "amount",
            "open_amount",
            "days_overdue",
        )
        self.line(*(self.t(h) for h in headers), bold=True, fill=SHADE, border=True)
        for item in self.section.open_items:
            due = item.due_date or self.t("awaiting", event=item.awaiting_event or "")
            if item.retention:
                due = f"{due} ({self.t('retention_short')})" if not isinstance(due, date) else due
            self.line(
                item.invoice_date, item.invoice_number, item.seq, due, item.amount, item.open_amount,
                item.days_overdue or None, money_from=5, border=True,
            )  # fmt: skip
            self.sheet.cell(row=self.row - 1, column=7).number_format = "0"

    def unapplied(self) -> None:
        if not self.section.unapplied:
            return
        self.row += 1
        self.line(self.t("unapplied_items", end=self.statement.end.isoformat()), bold=True)
        headers = ("date", "document", "kind", None, "amount", "unapplied_amount")
        self.line(*(self.t(h) if h else None for h in headers), bold=True, fill=SHADE, border=True)
        for credit in self.section.unapplied:
            kind = self.text.get(f"kind_{credit.kind}", credit.kind)
            self.line(
                credit.document_date, credit.number, kind, None, credit.amount, -credit.unapplied,
                money_from=5, border=True,
            )  # fmt: skip

    def slip(self) -> None:
        s, section = self.statement, self.section
        self.row += 2
        self.line(self.t("slip_title"), bold=True)
        self.line(self.t("slip_to", customer=s.customer.name))
        body = self.t(
            "slip_body",
            end=s.end.isoformat(),
            currency=section.currency,
            amount=f"{section.closing.amount:,}",
        )
        self.put(1, body, align="left")
        self.sheet.merge_cells(start_row=self.row, start_column=1, end_row=self.row, end_column=len(WIDTHS))
        self.sheet.row_dimensions[self.row].height = 48
        self.row += 1
        self.line(
            self.t("slip_balance", end=s.end.isoformat()),
            None,
            None,
            section.closing,
            money_from=4,
            bold=True,
        )
        self.line(self.t("slip_agrees"))
        self.line(self.t("slip_differs"))
        self.line(self.t("slip_their_balance"))
        self.line(self.t("slip_details"))
        self.row += 2
        self.line(
            f"{self.t('slip_ours')}: {s.company.display_name(s.language)}",
            None,
            None,
            None,
            f"{self.t('slip_theirs')}: {s.customer.name}",
        )
        self.line(f"({self.t('slip_seal')})", None, None, None, f"({self.t('slip_seal')})")
        self.line(self.t("slip_signature"), None, None, None, self.t("slip_signature"))
        self.line(self.t("slip_date"), None, None, None, self.t("slip_date"))

    def page_setup(self, header_row: int) -> None:
        sheet = self.sheet
        for index, width in enumerate(WIDTHS, start=1):
            sheet.column_dimensions[get_column_letter(index)].width = width
        sheet.freeze_panes = sheet.cell(row=header_row + 1, column=1)
        sheet.print_title_rows = f"{header_row}:{header_row}"
        sheet.page_setup.paperSize = sheet.PAPERSIZE_A4
        sheet.page_setup.orientation = sheet.ORIENTATION_PORTRAIT
        sheet.page_setup.fitToWidth = 1
        sheet.page_setup.fitToHeight = 0
        sheet.sheet_properties.pageSetUpPr.fitToPage = True
        sheet.print_options.horizontalCentered = True
        sheet.page_margins.left = sheet.page_margins.right = 0.5
        sheet.oddHeader.center.text = f"{self.t('title')} {self.statement.customer.name}"
        sheet.oddFooter.center.text = self.t("page", page="&P", pages="&N")


def render_xlsx(
    statement: Statement,
    target: str | Path | BinaryIO | None = None,
    *,
    number: str | None = None,
    issued_on: date | None = None,
) -> bytes | Path | BinaryIO:
    """Write the statement as a workbook to a path or a binary file; with no target, return the bytes."""
    workbook = Workbook()
    workbook.remove(workbook.active)
    for section in statement.sections:
        sheet = workbook.create_sheet(title=section.currency)
        _SheetWriter(sheet, statement, section, number, issued_on or date.today()).write()
    workbook.properties.title = f"{labels(statement.language)['title']} {statement.customer.name}"
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
