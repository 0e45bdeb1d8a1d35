"""A statement as an A4 PDF with reportlab, with an embedded TrueType CJK font.

reportlab's CID fonts (STSong-Light) are not embedded, and it reads only TrueType outlines, so
we look for a TrueType Chinese face on the machine (WenQuanYi Micro Hei on Linux, Microsoft
YaHei or SimSun on Windows, PingFang or Arial Unicode on macOS) and embed the subset we use.
Page numbers "第 1 页 共 3 页" need the page count, which a numbering canvas learns by holding
each page until the document is finished.
"""

from __future__ import annotations

import os
import subprocess
from collections.abc import Callable
from datetime import date
from functools import cache
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.pdfbase import pdfmetrics
from reportlab.pdfbase.ttfonts import TTFont
from reportlab.pdfgen import canvas as pdfcanvas
from reportlab.platypus import (
    BaseDocTemplate,
    CondPageBreak,
    Frame,
    Image,
    KeepTogether,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
    Table,
    TableStyle,
)

from acctdesk.services.errors import DomainError
from acctdesk.services.statement_labels import labels
from acctdesk.services.statements import (
    CurrencySection,
    Statement,
    aging_lines,
    amount_words,
    format_amount,
    kind_label,
)

FONT_NAME = "AcctdeskCJK"
FONT_ENV = "ACCTDESK_CJK_FONT"  # PATH or PATH:INDEX of a TrueType font with Chinese glyphs

# (path, subfont index) tried in order; the first that loads and has Chinese glyphs wins.
KNOWN_FONTS = (
    ("/usr/share/fonts/truetype/wqy/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/wqy-microhei/wqy-microhei.ttc", 0),
    ("/usr/share/fonts/truetype/wqy/wqy-zenhei.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttc", 0),
    ("C:/Windows/Fonts/msyh.ttf", 0),
    ("C:/Windows/Fonts/simsun.ttc", 0),
    ("C:/Windows/Fonts/simhei.ttf", 0),
    ("/System/Library/Fonts/PingFang.ttc", 0),
    ("/Library/Fonts/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/Supplemental/Arial Unicode.ttf", 0),
    ("/System/Library/Fonts/STHeiti Light.ttc", 0),
)
FC_FAMILIES = ("WenQuanYi Micro Hei", "WenQuanYi Zen Hei", "Microsoft YaHei", "SimSun", "PingFang SC")


class FontMissing(DomainError):
    """No TrueType Chinese font on this machine: the PDF would show boxes instead of characters."""


def _fontconfig_candidates() -> list[tuple[str, int]]:
    candidates = []
    for family in FC_FAMILIES:
        try:
            found = subprocess.run(
                ["fc-match", "-f", "%{file}|%{index}", f"{family}:lang=zh-cn"],
                capture_output=True,
                text=True,
                timeout=5,
                check=False,
            ).stdout
        except (OSError, subprocess.SubprocessError):
            return candidates
        path, _, index = found.partition("|")
        if path:
            candidates.append((path, int(index or 0)))
    return candidates


def _candidates() -> list[tuple[str, int]]:
    override = os.environ.get(FONT_ENV, "").strip()
    if override:
        path, _, index = (
            override.rpartition(":") if override.rsplit(":", 1)[-1].isdigit() else (override, "", "0")
        )
        return [(path, int(index))]
    windir = os.environ.get("WINDIR")
    extra = [(str(Path(windir) / "Fonts" / n), 0) for n in ("msyh.ttc", "simsun.ttc")] if windir else []
    return [*KNOWN_FONTS, *extra, *_fontconfig_candidates()]


def _load(path: str, index: int) -> TTFont | None:
    if not Path(path).is_file():
        return None
    try:
        font = TTFont(FONT_NAME, path, subfontIndex=index)
    except Exception:  # CFF outlines, a broken file: try the next candidate
        return None
    return font if ord("账") in font.face.charToGlyph else None


@cache
def cjk_font() -> str:
    """Register a TrueType Chinese font with reportlab once; its name for styles."""
    tried = []
    for path, index in _candidates():
        font = _load(path, index)
        if font is not None:
            pdfmetrics.registerFont(font)
            return FONT_NAME
        tried.append(path)
    raise FontMissing(
        "no TrueType Chinese font was found for the statement PDF. Install WenQuanYi Micro Hei "
        "(Debian/Ubuntu: apt-get install fonts-wqy-microhei); on Windows Microsoft YaHei or SimSun "
        "and on macOS PingFang or Arial Unicode are used when present; or set "
        f"{FONT_ENV}=/path/to/font.ttc:0. (OpenType/CFF fonts such as Noto CJK cannot be embedded.)"
    )


# ---------------------------------------------------------------------------------------------
# Page furniture

PAGE_WIDTH, PAGE_HEIGHT = A4
MARGIN = 14 * mm
CONTENT_WIDTH = PAGE_WIDTH - 2 * MARGIN
HEADER_HEIGHT = 16 * mm
FOOTER_HEIGHT = 12 * mm
GRID = colors.HexColor("#9aa5b1")
SHADE = colors.HexColor("#eef2f6")
INK = colors.HexColor("#1f2933")
MUTED = colors.HexColor("#52606d")


def _numbered_canvas(page_label: Callable[[int, int], str], font: str):
    """A canvas that holds every page until the end, then writes 'page n of N' on each."""

    class NumberedCanvas(pdfcanvas.Canvas):
        def __init__(self, *args, **kwargs):
            kwargs["initialFontName"] = kwargs.get("initialFontName") or font  # no stray Helvetica
            super().__init__(*args, **kwargs)
            self._pages: list[dict] = []

        def showPage(self):  # reportlab's API
            self._pages.append(dict(self.__dict__))
            self._startPage()

        def save(self):
            total = len(self._pages)
            for state in self._pages:
                self.__dict__.update(state)
                self.setFont(font, 8)
                self.setFillColor(MUTED)
                self.drawCentredString(PAGE_WIDTH / 2, MARGIN - 2 * mm, page_label(self._pageNumber, total))
                super().showPage()
            super().save()

    return NumberedCanvas


class _Styles:
    def __init__(self, font: str) -> None:
        base = ParagraphStyle("base", fontName=font, fontSize=8.5, leading=11, textColor=INK, wordWrap="CJK")
        self.body = base
        self.small = ParagraphStyle("small", parent=base, fontSize=7.5, leading=9.5, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
        self.cell_right = ParagraphStyle("cell_right", parent=self.cell, alignment=TA_RIGHT)
        self.company = ParagraphStyle("company", parent=base, fontSize=14, leading=18)
        self.title = ParagraphStyle("title", parent=base, fontSize=20, leading=26, alignment=TA_CENTER)
        self.subtitle = ParagraphStyle("subtitle", parent=self.small, alignment=TA_CENTER)
        self.heading = ParagraphStyle("heading", parent=base, fontSize=11, leading=15, spaceBefore=6)
        self.slip_title = ParagraphStyle("slip_title", parent=self.title, fontSize=17, leading=22)


def _p(text: str, style: ParagraphStyle) -> Paragraph:
    escaped = (text or "").replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;")
    escaped = escaped.replace("  ", "&nbsp;&nbsp;")
    return Paragraph(escaped.replace("\n", "<br/>"), style)


def _table_style(font: str, *, header_rows: int = 1, numeric_from: int | None = None) -> list:
    style = [
        ("FONTNAME", (0, 0), (-1, -1), font),
        ("FONTSIZE", (0, 0), (-1, -1), 8),
        ("LEADING", (0, 0), (-1, -1), 10),
        ("TEXTCOLOR", (0, 0), (-1, -1), INK),
        ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
        ("GRID", (0, 0), (-1, -1), 0.4, GRID),
        ("TOPPADDING", (0, 0), (-1, -1), 2.2),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 2.2),
        ("LEFTPADDING", (0, 0), (-1, -1), 3),
        ("RIGHTPADDING", (0, 0), (-1, -1), 3),
    ]
    if header_rows:
        style.append(("BACKGROUND", (0, 0), (-1, header_rows - 1), SHADE))
    if numeric_from is not None:
        style.append(("ALIGN", (numeric_from, 0), (-1, -1), "RIGHT"))
    return style


# ---------------------------------------------------------------------------------------------
# The document


class _Renderer:
    def __init__(self, statement: Statement, number: str | None, issued_on: date) -> None:
        self.statement = statement
        self.text = labels(statement.language)
        self.number = number
        self.issued_on = issued_on
        self.font = cjk_font()
        self.styles = _Styles(self.font)

    def t(self, key: str, **values) -> str:
        return self.text[key].format(**values) if values else self.text[key]

    @property
    def period(self) -> str:
        s = self.statement
        return self.t("period_range", start=s.start.isoformat(), end=s.end.isoformat())

    # -- page header on every page
    def draw_page(self, canvas, _doc) -> None:
        s, text = self.statement, self.text
        canvas.saveState()
        top = PAGE_HEIGHT - MARGIN
        canvas.setFillColor(INK)
        canvas.setFont(self.font, 9.5)
        canvas.drawString(MARGIN, top - 4 * mm, s.company.display_name(s.language))
        canvas.setFont(self.font, 8)
        canvas.setFillColor(MUTED)
        canvas.drawString(MARGIN, top - 8.5 * mm, f"{text['title']} · {s.customer.name}")
        canvas.drawRightString(
            PAGE_WIDTH - MARGIN, top - 4 * mm, f"{text['number']}: {self.number or text['draft']}"
        )
        canvas.drawRightString(PAGE_WIDTH - MARGIN, top - 8.5 * mm, f"{text['period']}: {self.period}")
        canvas.setStrokeColor(GRID)
        canvas.setLineWidth(0.6)
        canvas.line(MARGIN, top - 11 * mm, PAGE_WIDTH - MARGIN, top - 11 * mm)
        canvas.restoreState()

    def build(self, target: BinaryIO) -> None:
        doc = BaseDocTemplate(
            target,
            pagesize=A4,
            leftMargin=MARGIN,
            rightMargin=MARGIN,
            topMargin=MARGIN + HEADER_HEIGHT,
            bottomMargin=MARGIN + FOOTER_HEIGHT - 4 * mm,
            title=f"{self.text['title']} {self.statement.customer.name} {self.period}",
            author=self.statement.company.display_name(self.statement.language),
            subject=self.number or "",
            creator="acctdesk",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame], onPage=self.draw_page)])
        page_label = lambda page, pages: self.t("page", page=page, pages=pages)  # noqa: E731
        doc.build(self.story(), canvasmaker=_numbered_canvas(page_label, self.font))

    # -- the flowables
    def story(self) -> list:
        story = [*self.company_block(), *self.title_block()]
        for index, section in enumerate(self.statement.sections):
            if index:
                story.append(PageBreak())
            story += self.section(section)
        story += self.payment_line()
        for section in self.statement.sections:
            story += [PageBreak(), *self.slip(section)]
        return story

    def company_block(self) -> list:
        company, st = self.statement.company, self.styles
        lines = [
            f"{self.t('address')}: {company.display_address(self.statement.language)}"
            if company.address
            else "",
            f"{self.t('tax_id')}: {company.tax_id}" if company.tax_id else "",
            "  ".join(
                part
                for part in (
                    f"{self.t('phone')}: {company.phone}" if company.phone else "",
                    f"{self.t('email')}: {company.email}" if company.email else "",
                )
                if part
            ),
        ]
        name = company.display_name(self.statement.language)
        block = [_p(name, st.company), *(_p(line, st.small) for line in lines if line)]
        logo = self.logo()
        if logo is None:
            return [*block, Spacer(1, 3 * mm)]
        table = Table([[logo, block]], colWidths=[32 * mm, CONTENT_WIDTH - 32 * mm])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("VALIGN", (0, 0), (-1, -1), "MIDDLE"),
                    ("LEFTPADDING", (0, 0), (-1, -1), 0),
                ]
            )
        )
        return [table, Spacer(1, 3 * mm)]

    def logo(self) -> Image | None:
        path = self.statement.company.logo_path
        if not path or not Path(path).is_file():
            return None
        try:
            image = Image(path)
        except Exception:  # an unreadable logo must not stop the statement
            return None
        scale = min(28 * mm / image.imageWidth, 16 * mm / image.imageHeight)
        image.drawWidth, image.drawHeight = image.imageWidth * scale, image.imageHeight * scale
        return image

    def title_block(self) -> list:
        s, st = self.statement, self.styles
        info = [
            [self.t("customer"), s.customer.name, self.t("number"), self.number or self.t("draft")],
            [self.t("customer_code"), s.customer.code, self.t("period"), self.period],
            [self.t("tax_id"), s.customer.tax_id, self.t("issued_on"), self.issued_on.isoformat()],
        ]
        info = [[_p(c, st.cell) if i % 2 else c for i, c in enumerate(row)] for row in info]
        table = Table(info, colWidths=[24 * mm, 72 * mm, 22 * mm, CONTENT_WIDTH - 118 * mm])
        style = _table_style(self.font, header_rows=0)
        style += [("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, -1), SHADE)]
        table.setStyle(TableStyle(style))
        return [_p(self.t("title"), st.title), _p(self.t("subtitle"), st.subtitle), Spacer(1, 4 * mm), table]

    def section(self, section: CurrencySection) -> list:
        st = self.styles
        story: list = [Spacer(1, 4 * mm)]
        if len(self.statement.sections) > 1:
            story.append(_p(self.t("section", currency=section.currency), st.heading))
        story += [
            self.summary(section),
            Spacer(1, 4 * mm),
            _p(self.t("movements"), st.heading),
            Spacer(1, 1.5 * mm),
        ]
        story.append(self.movements(section))
        story += self.closing(section)
        story += self.aging(section)
        story += self.open_items(section)
        story += self.unapplied(section)
        return story

    def summary(self, section: CurrencySection) -> Table:
        c = section.currency
        header = [self.t("currency"), self.t("opening"), self.t("debit"), self.t("credit"), self.t("closing")]
        row = [
            c,
            format_amount(section.opening),
            format_amount(section.total_debit),
            format_amount(section.total_credit),
            format_amount(section.closing),
        ]
        table = Table([header, row], colWidths=[22 * mm] + [(CONTENT_WIDTH - 22 * mm) / 4] * 4)
        style = _table_style(self.font, numeric_from=1)
        style += [("FONTSIZE", (0, 1), (-1, 1), 10), ("LEADING", (0, 1), (-1, 1), 13)]
        table.setStyle(TableStyle(style))
        return table

    def movements(self, section: CurrencySection) -> Table:
        st, lang = self.styles, self.statement.language
        widths = [19 * mm, 28 * mm, 19 * mm, 0, 24 * mm, 24 * mm, 26 * mm]
        widths[3] = CONTENT_WIDTH - sum(widths)
        header = [
            self.t("date"),
            self.t("document"),
            self.t("kind"),
            self.t("description"),
            f"{self.t('debit')}",
            f"{self.t('credit')}",
            self.t("balance"),
        ]
        rows = [header, ["", "", "", self.t("opening"), "", "", format_amount(section.opening)]]
        for m in section.movements:
            rows.append(
                [
                    m.entry_date.isoformat(),
                    _p(m.document_number, st.cell),
                    _p(kind_label(m, lang), st.cell),
                    _p(m.description, st.cell),
                    format_amount(m.debit, blank_zero=True),
                    format_amount(m.credit, blank_zero=True),
                    format_amount(m.balance),
                ]
            )
        if not section.movements:
            rows.append(["", "", "", self.t("no_movements"), "", "", ""])
        rows.append(
            [
                "",
                "",
                "",
                self.t("period_total"),
                format_amount(section.total_debit),
                format_amount(section.total_credit),
                "",
            ]
        )
        rows.append(["", "", "", self.t("closing"), "", "", format_amount(section.closing)])
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = _table_style(self.font, numeric_from=4)
        style += [
            ("ALIGN", (0, 0), (-1, 0), "CENTER"),
            ("BACKGROUND", (0, 1), (-1, 1), colors.whitesmoke),
            ("BACKGROUND", (0, -2), (-1, -1), colors.whitesmoke),
            ("LINEABOVE", (0, -2), (-1, -2), 0.9, INK),
        ]
        table.setStyle(TableStyle(style))
        return table

    def closing(self, section: CurrencySection) -> list:
        st = self.styles
        lines = [
            [self.t("closing"), f"{section.currency} {format_amount(section.closing)}"],
        ]
        for label, words in amount_words(section.closing, self.statement.language):
            lines.append([label, _p(words, st.cell)])
        table = Table(lines, colWidths=[30 * mm, CONTENT_WIDTH - 30 * mm])
        style = _table_style(self.font, header_rows=0)
        style += [("BACKGROUND", (0, 0), (0, -1), SHADE), ("FONTSIZE", (1, 0), (1, 0), 10)]
        table.setStyle(TableStyle(style))
        return [Spacer(1, 3 * mm), KeepTogether(table)]

    def aging(self, section: CurrencySection) -> list:
        lines = aging_lines(self.statement, section)
        total = section.aging.total
        rows = [[self.t("aging_bucket"), self.t("amount"), self.t("share")]]
        for label, amount in lines:
            share = f"{amount.amount / total.amount * 100:.1f} %" if total.amount else ""
            rows.append([label, format_amount(amount), share])
        rows.append([self.t("total"), format_amount(total), "100.0 %" if total.amount else ""])
        table = Table(rows, colWidths=[62 * mm, 38 * mm, 22 * mm], hAlign="LEFT", repeatRows=1)
        style = _table_style(self.font, numeric_from=1)
        style += [
            ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK),
            ("BACKGROUND", (0, -1), (-1, -1), colors.whitesmoke),
        ]
        table.setStyle(TableStyle(style))
        heading = _p(self.t("aging", end=self.statement.end.isoformat()), self.styles.heading)
        return [Spacer(1, 3 * mm), KeepTogether([heading, Spacer(1, 1.5 * mm), table])]

    def open_items(self, section: CurrencySection) -> list:
        st = self.styles
        heading = _p(self.t("open_items", end=self.statement.end.isoformat()), st.heading)
        if not section.open_items:
            return [Spacer(1, 3 * mm), heading, _p(self.t("none"), st.body)]
        widths = [0, 11 * mm, 21 * mm, 30 * mm, 22 * mm, 29 * mm, 29 * mm]
        widths[0] = CONTENT_WIDTH - sum(widths)
        rows = [
            [
                self.t("invoice"),
                self.t("installment"),
                self.t("invoice_date"),
                self.t("due_date"),
                self.t("days_overdue"),
                self.t("amount"),
                self.t("open_amount"),
            ]
        ]
        for item in section.open_items:
            rows.append(
                [
                    _p(item.invoice_number, st.cell),
                    str(item.seq),
                    item.invoice_date.isoformat(),
                    _p(self.due_text(item), st.cell),
                    str(item.days_overdue) if item.days_overdue else "",
                    format_amount(item.amount),
                    format_amount(item.open_amount),
                ]
            )
        total = sum((i.open_amount.amount for i in section.open_items), start=0)
        rows.append([self.t("total"), "", "", "", "", "", f"{total:,}"])
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = _table_style(self.font, numeric_from=4)
        style += [("ALIGN", (1, 0), (1, -1), "CENTER"), ("LINEABOVE", (0, -1), (-1, -1), 0.9, INK)]
        table.setStyle(TableStyle(style))
        return [Spacer(1, 3 * mm), CondPageBreak(30 * mm), heading, Spacer(1, 1.5 * mm), table]

    def due_text(self, item) -> str:
        if item.due_date is not None:
            text = item.due_date.isoformat()
        else:
            text = self.t("awaiting", event=item.awaiting_event or "")
        return f"{text} ({self.t('retention_short')})" if item.retention else text

    def unapplied(self, section: CurrencySection) -> list:
        if not section.unapplied:
            return []
        st = self.styles
        rows = [
            [self.t("document"), self.t("kind"), self.t("date"), self.t("amount"), self.t("unapplied_amount")]
        ]
        for credit in section.unapplied:
            rows.append(
                [
                    _p(credit.number, st.cell),
                    self.text.get(f"kind_{credit.kind}", credit.kind),
                    credit.document_date.isoformat(),
                    format_amount(credit.amount),
                    format_amount(-credit.unapplied),
                ]
            )
        widths = [44 * mm, 28 * mm, 26 * mm, 0, 0]
        widths[3] = widths[4] = (CONTENT_WIDTH - sum(widths[:3])) / 2
        table = Table(rows, colWidths=widths, repeatRows=1)
        table.setStyle(TableStyle(_table_style(self.font, numeric_from=3)))
        heading = _p(self.t("unapplied_items", end=self.statement.end.isoformat()), st.heading)
        return [Spacer(1, 3 * mm), CondPageBreak(25 * mm), heading, Spacer(1, 1.5 * mm), table]

    def payment_line(self) -> list:
        company = self.statement.company
        if not company.bank_account:
            return []
        line = self.t("pay_to", bank=company.bank_name, account=company.bank_account)
        return [Spacer(1, 4 * mm), _p(line, self.styles.body)]

    # -- the confirmation slip, one per currency, on its own page
    def slip(self, section: CurrencySection) -> list:
        s, st = self.statement, self.styles
        end = s.end.isoformat()
        amount = format_amount(section.closing)
        story = [
            _p(self.t("slip_title"), st.slip_title),
            Spacer(1, 2 * mm),
            _p(
                f"{self.t('number')}: {self.number or self.t('draft')}",
                ParagraphStyle("n", parent=st.small, alignment=TA_RIGHT),
            ),
            Spacer(1, 3 * mm),
            _p(self.t("slip_to", customer=s.customer.name), st.body),
            Spacer(1, 2 * mm),
            _p(self.t("slip_body", end=end, currency=section.currency, amount=amount), st.body),
            Spacer(1, 4 * mm),
        ]
        balance_rows = [
            [self.t("slip_balance", end=end), f"{section.currency} {amount}"],
        ]
        for label, words in amount_words(section.closing, s.language):
            balance_rows.append([label, _p(words, st.cell)])
        balance = Table(balance_rows, colWidths=[70 * mm, CONTENT_WIDTH - 70 * mm])
        style = _table_style(self.font, header_rows=0)
        style += [
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("FONTSIZE", (1, 0), (1, 0), 11),
            ("LEADING", (1, 0), (1, 0), 14),
        ]
        balance.setStyle(TableStyle(style))
        story += [balance, Spacer(1, 5 * mm), self.seal_table(), Spacer(1, 4 * mm)]
        story.append(_p(self.t("slip_return", days=10), st.small))
        return story

    def seal_table(self) -> Table:
        """Our seal on top; below, the customer's two answers, each with its own seal and signature."""
        st = self.styles
        zh = self.statement.language == "zh_CN"

        def signed(side: str, name: str) -> list:
            return [
                _p(f"{side}：{name}" if zh else f"{side}: {name}", st.cell),
                Spacer(1, 20 * mm),
                _p(f"({self.t('slip_seal')})", st.small),
                Spacer(1, 1 * mm),
                _p(self.t("slip_signature"), st.cell),
                _p(self.t("slip_date"), st.cell),
            ]

        def ruled(count: int, width: float) -> Table:
            lines = Table([[""]] * count, colWidths=[width], rowHeights=[7 * mm] * count)
            lines.setStyle(
                TableStyle(
                    [("FONTNAME", (0, 0), (-1, -1), self.font), ("LINEBELOW", (0, 0), (-1, -1), 0.5, GRID)]
                )
            )
            return lines

        half = CONTENT_WIDTH / 2
        customer = self.statement.customer.name
        agrees = [_p(self.t("slip_agrees"), st.body)]
        differs = [
            _p(self.t("slip_differs"), st.body),
            Spacer(1, 2 * mm),
            _p(self.t("slip_their_balance"), st.cell),
            ruled(1, half - 16),
            Spacer(1, 2 * mm),
            _p(self.t("slip_details"), st.cell),
            ruled(3, half - 16),
        ]
        ours = signed(self.t("slip_ours"), self.statement.company.display_name(self.statement.language))
        theirs = [signed(self.t("slip_theirs"), customer) for _ in range(2)]
        rows = [[ours, ""], [agrees, differs], theirs]
        table = Table(rows, colWidths=[half, half])
        table.setStyle(
            TableStyle(
                [
                    ("FONTNAME", (0, 0), (-1, -1), self.font),
                    ("SPAN", (0, 0), (1, 0)),
                    ("BOX", (0, 0), (-1, -1), 0.8, INK),
                    ("LINEBELOW", (0, 0), (-1, 0), 0.5, GRID),
                    ("LINEAFTER", (0, 1), (0, -1), 0.5, GRID),
                    ("VALIGN", (0, 0), (-1, -1), "TOP"),
                    ("TOPPADDING", (0, 0), (-1, -1), 5),
                    ("BOTTOMPADDING", (0, 0), (-1, -1), 6),
                    ("LEFTPADDING", (0, 0), (-1, -1), 7),
                    ("RIGHTPADDING", (0, 0), (-1, -1), 7),
                ]
            )
        )
        return table


def render_pdf(
    statement: Statement,
    target: str | Path | BinaryIO | None = None,
    *,
    number: str | None = None,
    issued_on: date | None = None,
) -> bytes | Path:
    """Write the statement as PDF to a path or a binary file; with no target, return the bytes."""
    renderer = _Renderer(statement, number, issued_on or date.today())
    if target is None:
        buffer = BytesIO()
        renderer.build(buffer)
        return buffer.getvalue()
    if isinstance(target, str | Path):
        path = Path(target)
        with path.open("wb") as handle:
            renderer.build(handle)
        return path
    renderer.build(target)
    return target
