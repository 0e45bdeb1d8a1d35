"""Dunning letters (催款函) as A4 PDF in the customer's language, and sending them by e-mail.

A letter shows a reminder as it was made (its items, days overdue, open amounts, fee and late
interest), or previews what a customer's reminder would say today. The PDF reuses the statement
PDF's embedded TrueType Chinese font, page numbering and table style; the e-mail uses the
statements' SMTP settings and the same injectable sender.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from email.message import EmailMessage
from email.utils import formataddr, make_msgid
from io import BytesIO
from pathlib import Path
from typing import BinaryIO

from reportlab.lib import colors
from reportlab.lib.enums import TA_CENTER, TA_RIGHT
from reportlab.lib.pagesizes import A4
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import mm
from reportlab.platypus import BaseDocTemplate, Frame, KeepTogether, PageTemplate, Spacer, Table
from reportlab.platypus import TableStyle as PdfTableStyle
from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    CollectionProfile,
    CollectionTask,
    Customer,
    Installment,
    Invoice,
    ReminderItem,
)
from acctdesk.model.money import Money, normalise_currency
from acctdesk.services.auth import Action, resolve_actor
from acctdesk.services.collections import disputed_installment_ids, due_items, paused_by_promises
from acctdesk.services.customers import customer_by_code
from acctdesk.services.dunning_templates import LANGUAGES, labels, template_text
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.reminder_policy import policies_for
from acctdesk.services.reminders import horizon, plan_reminder, reminder_record
from acctdesk.services.settings import get_setting
from acctdesk.services.statement_mail import MailError, Sender, SmtpSettings, smtp_sender, smtp_settings
from acctdesk.services.statement_pdf import (
    GRID,
    INK,
    MARGIN,
    MUTED,
    SHADE,
    _numbered_canvas,
    _p,
    _table_style,
    cjk_font,
)
from acctdesk.services.statements import CompanyHeader, amount_words, company_header, format_amount
from acctdesk.services.uow import UnitOfWork

PAY_WITHIN_SETTING = "collections.pay_within_days"
DEFAULT_PAY_WITHIN_DAYS = 7


@dataclass(frozen=True)
class LetterItem:
    invoice_number: str
    seq: int
    installments: int  # of the invoice, to print 'INV-1' or 'INV-1/2'
    invoice_date: date
    due_date: date
    days_overdue: int
    amount: Money
    open_amount: Money
    interest: Money

    @property
    def label(self) -> str:
        return self.invoice_number if self.installments == 1 else f"{self.invoice_number}/{self.seq}"


@dataclass(frozen=True)
class DunningLetter:
    number: str | None  # the reminder's number; None for a preview
    language: str
    customer_code: str
    customer_name: str
    contact: str
    company: CompanyHeader
    currency: str
    level: int
    template: str
    as_of: date
    pay_by: date
    interest_rate: Decimal
    items: tuple[LetterItem, ...]
    subtotal: Money
    fee: Money
    interest: Money

    @property
    def total(self) -> Money:
        return self.subtotal + self.fee + self.interest

    def values(self) -> dict[str, str]:
        """What the templates' {placeholders} stand for."""
        return {
            "customer": self.customer_name,
            "company": self.company.display_name(self.language) or "",
            "currency": self.currency,
            "total": format_amount(self.total),
            "as_of": self.as_of.isoformat(),
            "pay_by": self.pay_by.isoformat(),
            "number": self.number or "",
            "level": str(self.level),
        }

    def text(self, key: str) -> str:
        return template_text(self.template, self.language)[key].format(**self.values())


def _language(customer: Customer, language: str | None) -> str:
    chosen = language or customer.language
    if language and language not in LANGUAGES:
        raise ValidationError(
            _("letters are written in {choices}, not '{language}'").format(
                choices=" or ".join(LANGUAGES), language=language
            )
        )
    return chosen if chosen in LANGUAGES else "en"


def _invoice_rows(session: Session, installment_ids: list[int]) -> dict[int, tuple]:
    counts = (
        select(Installment.invoice_id, func.count(Installment.id).label("n"))
        .group_by(Installment.invoice_id)
        .subquery()
    )
    rows = session.execute(
        select(Installment.id, Invoice.number, Installment.seq, counts.c.n, Invoice.invoice_date, Installment)
        .join(Invoice, Invoice.id == Installment.invoice_id)
        .join(counts, counts.c.invoice_id == Installment.invoice_id)
        .where(Installment.id.in_(installment_ids))
    )
    return {row[0]: row[1:] for row in rows}


def _contact(session: Session, customer_id: int) -> str:
    profile = session.get(CollectionProfile, customer_id)
    return profile.contact_name if profile else ""


def pay_within_days(session: Session) -> int:
    return int(get_setting(session, PAY_WITHIN_SETTING, DEFAULT_PAY_WITHIN_DAYS))


def letter_for_reminder(session: Session, number: str, *, language: str | None = None) -> DunningLetter:
    """The letter of a reminder as it was made: its items and amounts on its run day."""
    reminder = reminder_record(session, number)
    customer = session.get(Customer, reminder.customer_id)
    rows = session.scalars(
        select(ReminderItem).where(ReminderItem.reminder_id == reminder.id).order_by(ReminderItem.due_date)
    ).all()
    invoices = _invoice_rows(session, [r.installment_id for r in rows])
    currency = reminder.currency
    items = []
    for row in rows:
        invoice_number, seq, count, invoice_date, installment = invoices[row.installment_id]
        items.append(
            LetterItem(
                invoice_number=invoice_number,
                seq=seq,
                installments=count,
                invoice_date=invoice_date,
                due_date=row.due_date,
                days_overdue=row.days_overdue,
                amount=installment.amount,
                open_amount=Money.from_minor(row.open_minor, currency),
                interest=Money.from_minor(row.interest_minor, currency),
            )
        )
    policy = policies_for(session, [customer.id], reminder.run_on)[customer.id].policy
    rate = next((r.interest_rate for r in policy.levels if r.level == reminder.level), Decimal(0))
    return DunningLetter(
        number=reminder.number,
        language=_language(customer, language),
        customer_code=customer.code,
        customer_name=customer.name,
        contact=_contact(session, customer.id),
        company=company_header(session),
        currency=currency,
        level=reminder.level,
        template=reminder.template,
        as_of=reminder.run_on,
        pay_by=reminder.run_on + timedelta(days=pay_within_days(session)),
        interest_rate=rate if reminder.interest_minor else Decimal(0),
        items=tuple(items),
        subtotal=Money.from_minor(reminder.amount_minor, currency),
        fee=Money.from_minor(reminder.fee_minor, currency),
        interest=Money.from_minor(reminder.interest_minor, currency),
    )


def letter_preview(
    session: Session,
    customer_code: str,
    as_of: date,
    *,
    level: int | None = None,
    currency: str | None = None,
    language: str | None = None,
) -> DunningLetter:
    """What the customer's reminder says today (unnumbered): every item its policy reminds about,
    at the level they reached, or at `level` when given."""
    customer = customer_by_code(session, customer_code)
    currency = normalise_currency(currency or customer.currency)
    customer_policy = policies_for(session, [customer.id], as_of)[customer.id]
    disputed = disputed_installment_ids(session, as_of)
    paused = paused_by_promises(session, as_of)
    items = [
        item
        for item in due_items(
            session, as_of, due_by=horizon({customer.id: customer_policy}, as_of), customer_ids=[customer.id]
        )
        if item.currency == currency and item.installment_id not in disputed and not paused.covers(item)
    ]
    plan = plan_reminder(items, customer_policy, {}, as_of, force_level=level) if items else None
    if plan is None:
        raise ValidationError(
            _("{customer} has nothing in {currency} to remind about on {date}").format(
                customer=customer.code, currency=currency, date=as_of.isoformat()
            ),
            field="customer",
        )
    invoices = _invoice_rows(session, [i.installment_id for i in plan.items])
    letter_items = []
    for item in plan.items:
        invoice_number, seq, count, invoice_date, installment = invoices[item.installment_id]
        letter_items.append(
            LetterItem(
                invoice_number,
                seq,
                count,
                invoice_date,
                item.due_date,
                item.days_overdue,
                installment.amount,
                item.open_amount,
                item.interest,
            )
        )
    return DunningLetter(
        number=None,
        language=_language(customer, language),
        customer_code=customer.code,
        customer_name=customer.name,
        contact=_contact(session, customer.id),
        company=company_header(session),
        currency=currency,
        level=plan.rule.level,
        template=plan.rule.template,
        as_of=as_of,
        pay_by=as_of + timedelta(days=pay_within_days(session)),
        interest_rate=plan.rule.interest_rate if not plan.interest.is_zero() else Decimal(0),
        items=tuple(letter_items),
        subtotal=plan.amount,
        fee=plan.fee,
        interest=plan.interest,
    )


# ---------------------------------------------------------------------------------------------
# The PDF


class _LetterRenderer:
    def __init__(self, letter: DunningLetter) -> None:
        self.letter = letter
        self.label = labels(letter.language)
        self.font = cjk_font()
        base = ParagraphStyle(
            "base", fontName=self.font, fontSize=10, leading=15, textColor=INK, wordWrap="CJK"
        )
        self.body = base
        # Chinese letters indent the first line of a paragraph by two characters.
        self.paragraph = ParagraphStyle(
            "paragraph", parent=base, firstLineIndent=20 if letter.language == "zh_CN" else 0
        )
        self.small = ParagraphStyle("small", parent=base, fontSize=8, leading=11, textColor=MUTED)
        self.cell = ParagraphStyle("cell", parent=base, fontSize=8, leading=10)
        self.company_style = ParagraphStyle("company", parent=base, fontSize=14, leading=18)
        self.title = ParagraphStyle("title", parent=base, fontSize=21, leading=28, alignment=TA_CENTER)
        self.right = ParagraphStyle("right", parent=base, alignment=TA_RIGHT)

    def t(self, key: str, **values) -> str:
        return self.label[key].format(**values) if values else self.label[key]

    def build(self, target: BinaryIO) -> None:
        letter = self.letter
        doc = BaseDocTemplate(
            target,
            pagesize=A4,
            leftMargin=MARGIN + 4 * mm,
            rightMargin=MARGIN + 4 * mm,
            topMargin=MARGIN + 4 * mm,
            bottomMargin=MARGIN + 8 * mm,
            title=f"{letter.text('title')} {letter.customer_name}",
            author=letter.company.display_name(letter.language),
            subject=letter.number or "",
            creator="acctdesk",
        )
        frame = Frame(doc.leftMargin, doc.bottomMargin, doc.width, doc.height, id="body")
        doc.addPageTemplates([PageTemplate(id="page", frames=[frame])])
        page_label = lambda page, pages: self.t("page", page=page, pages=pages)  # noqa: E731
        doc.build(self.story(doc.width), canvasmaker=_numbered_canvas(page_label, self.font))

    def story(self, width: float) -> list:
        letter = self.letter
        return [
            *self.letterhead(width),
            Spacer(1, 6 * mm),
            _p(letter.text("title"), self.title),
            Spacer(1, 5 * mm),
            *self.addressee(width),
            Spacer(1, 4 * mm),
            _p(self.t("salutation", customer=letter.customer_name), self.body),
            Spacer(1, 2 * mm),
            _p(letter.text("body"), self.paragraph),
            Spacer(1, 5 * mm),
            self.items_table(width),
            Spacer(1, 4 * mm),
            KeepTogether(self.totals_table(width)),
            *self.payment(width),
            Spacer(1, 6 * mm),
            _p(self.t("contact"), self.body),
            Spacer(1, 10 * mm),
            _p(
                self.t(
                    "sign",
                    company=letter.company.display_name(letter.language),
                    date=letter.as_of.isoformat(),
                ),
                self.right,
            ),
        ]

    def letterhead(self, width: float) -> list:
        company, language = self.letter.company, self.letter.language
        lines = [
            company.display_address(language),
            "  ".join(p for p in (company.phone, company.email) if p),
        ]
        block = [
            _p(company.display_name(language), self.company_style),
            *(_p(line, self.small) for line in lines if line),
        ]
        rule = Table([[""]], colWidths=[width], rowHeights=[1])
        rule.setStyle(
            PdfTableStyle(
                [("FONTNAME", (0, 0), (-1, -1), self.font), ("LINEBELOW", (0, 0), (-1, -1), 0.8, GRID)]
            )
        )
        return [*block, Spacer(1, 2 * mm), rule]

    def addressee(self, width: float) -> list:
        letter = self.letter
        rows = [
            [self.t("to"), letter.customer_name, self.t("number"), letter.number or self.t("draft")],
            [self.t("customer_code"), letter.customer_code, self.t("date"), letter.as_of.isoformat()],
        ]
        rows = [[_p(c, self.cell) if i % 2 else c for i, c in enumerate(row)] for row in rows]
        table = Table(rows, colWidths=[24 * mm, width - 24 * mm - 62 * mm, 18 * mm, 44 * mm])
        style = _table_style(self.font, header_rows=0)
        style += [("BACKGROUND", (0, 0), (0, -1), SHADE), ("BACKGROUND", (2, 0), (2, -1), SHADE)]
        table.setStyle(PdfTableStyle(style))
        return [table]

    def days(self, item: LetterItem) -> str:
        if item.days_overdue > 0:
            return str(item.days_overdue)
        return "0" if item.days_overdue == 0 else self.t("not_due", days=-item.days_overdue)

    def items_table(self, width: float) -> Table:
        letter = self.letter
        with_interest = not letter.interest.is_zero()
        header = [
            self.t("invoice"),
            self.t("invoice_date"),
            self.t("due_date"),
            self.t("days_overdue"),
            self.t("amount"),
            self.t("open_amount"),
        ]
        if with_interest:
            header.append(self.t("interest"))
        rows = [header]
        for item in letter.items:
            row = [
                _p(item.label, self.cell),
                item.invoice_date.isoformat(),
                item.due_date.isoformat(),
                self.days(item),
                format_amount(item.amount),
                format_amount(item.open_amount),
            ]
            if with_interest:
                row.append(format_amount(item.interest))
            rows.append(row)
        fixed = [21 * mm, 21 * mm, 18 * mm, 26 * mm, 26 * mm] + ([22 * mm] if with_interest else [])
        widths = [width - sum(fixed), *fixed]
        table = Table(rows, colWidths=widths, repeatRows=1)
        style = _table_style(self.font, numeric_from=3)
        style += [("ALIGN", (0, 0), (-1, 0), "CENTER")]
        table.setStyle(PdfTableStyle(style))
        return table

    def totals_table(self, width: float) -> Table:
        letter = self.letter
        c = letter.currency
        rows = [[self.t("subtotal"), f"{c} {format_amount(letter.subtotal)}"]]
        if not letter.fee.is_zero():
            rows.append([self.t("fee"), f"{c} {format_amount(letter.fee)}"])
        if not letter.interest.is_zero():
            rate = f"{letter.interest_rate * 100:.2f} %".replace(".00 %", " %")
            rows.append([self.t("interest_total", rate=rate), f"{c} {format_amount(letter.interest)}"])
        rows.append([self.t("total_due"), f"{c} {format_amount(letter.total)}"])
        total_row = len(rows) - 1
        for label, words in amount_words(letter.total, letter.language):
            rows.append([label, _p(words, self.cell)])
        table = Table(rows, colWidths=[52 * mm, 62 * mm], hAlign="RIGHT")
        style = _table_style(self.font, header_rows=0)
        style += [
            ("BACKGROUND", (0, 0), (0, -1), SHADE),
            ("ALIGN", (1, 0), (1, total_row), "RIGHT"),
            ("FONTSIZE", (0, total_row), (-1, total_row), 10.5),
            ("LINEABOVE", (0, total_row), (-1, total_row), 0.9, INK),
            ("BACKGROUND", (1, total_row), (1, total_row), colors.whitesmoke),
        ]
        table.setStyle(PdfTableStyle(style))
        return table

    def payment(self, width: float) -> list:
        company = self.letter.company
        if not (company.bank_name or company.bank_account):
            return []
        rows = [
            [self.t("pay_to"), company.display_name(self.letter.language)],
            [self.t("bank"), company.bank_name],
            [self.t("bank_account"), company.bank_account],
        ]
        table = Table(rows, colWidths=[30 * mm, width - 30 * mm])
        style = _table_style(self.font, header_rows=0)
        style += [("BACKGROUND", (0, 0), (0, -1), SHADE)]
        table.setStyle(PdfTableStyle(style))
        return [Spacer(1, 4 * mm), table]


def render_letter_pdf(letter: DunningLetter, target: str | Path | BinaryIO | None = None) -> bytes | Path:
    """Write the letter as PDF to a path or a binary file; with no target, return the bytes."""
    renderer = _LetterRenderer(letter)
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


def letter_file_name(letter: DunningLetter) -> str:
    return f"{letter.number or 'draft'}_{letter.customer_code}_L{letter.level}.pdf"


# ---------------------------------------------------------------------------------------------
# E-mail


def reminder_email(letter: DunningLetter, *, to: str, pdf: bytes, settings: SmtpSettings) -> EmailMessage:
    """Subject and body in the letter's language, the letter attached as PDF."""
    company = letter.company.display_name(letter.language) or settings.sender_name or settings.sender
    attachment = letter_file_name(letter)
    message = EmailMessage()
    message["Subject"] = letter.text("subject")
    message["From"] = (
        formataddr((settings.sender_name or company, settings.sender)) if settings.sender else ""
    )
    message["To"] = to
    message["Message-ID"] = make_msgid(domain=(settings.sender.partition("@")[2] or None))
    message.set_content(
        labels(letter.language)["mail_body"].format(
            customer=letter.contact or letter.customer_name,
            body=letter.text("body"),
            attachment=attachment,
            company=company,
        )
    )
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=attachment)
    return message


@dataclass(frozen=True)
class SentReminder:
    number: str
    to: str
    subject: str
    sent_at: datetime
    attachment: str
    size: int


def send_reminder(
    uow: UnitOfWork,
    number: str,
    *,
    to: str | None = None,
    send: Sender | None = None,
    sent_at: datetime | None = None,
) -> SentReminder:
    """E-mail a reminder's letter to the customer's dunning contact (or `to`), then record it as
    sent and its task as done. Nothing is recorded when the mail server refuses."""
    with uow.book.sessions() as session:
        resolve_actor(session, uow.user).require(Action.COLLECT)  # before anything leaves the house
        reminder = reminder_record(session, number)
        profile = session.get(CollectionProfile, reminder.customer_id)
        to = (to or (profile.contact_email if profile else "")).strip()
        if "@" not in to:
            raise ValidationError(
                _(
                    "no e-mail address for reminder {number}: give one, or set the customer's dunning contact"
                ).format(number=reminder.number),
                field="to",
            )
        letter = letter_for_reminder(session, number)
        settings = smtp_settings(session)
    if not settings.sender and send is None:
        raise MailError(
            _("no sender address is set up: set the SMTP sender first (acctdesk smtp --sender …)")
        )
    pdf = render_letter_pdf(letter)
    message = reminder_email(letter, to=to, pdf=pdf, settings=settings)
    (send or smtp_sender(settings))(message)
    sent_at = sent_at or datetime.now(UTC)
    with uow:
        uow.require(Action.COLLECT)
        record = reminder_record(uow.session, number)
        record.status, record.sent_via, record.sent_to, record.sent_at = "sent", "email", to, sent_at
        for task in uow.session.scalars(
            select(CollectionTask).where(
                CollectionTask.reminder_id == record.id, CollectionTask.status == "open"
            )
        ):
            task.status, task.completed_at, task.completed_by = "done", sent_at, uow.user
        uow.session.flush()
        sent_number = record.number
        uow.audit("reminder.send", "reminder", sent_number, after={"to": to, "via": "email"})
        uow.changes.add("collections", record.customer_id)
        uow.commit()
    return SentReminder(sent_number, to, message["Subject"], sent_at, letter_file_name(letter), len(pdf))
