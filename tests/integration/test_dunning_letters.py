"""Dunning letters (催款函) as PDF in both languages, and sending a reminder by e-mail."""

from __future__ import annotations

import subprocess
from decimal import Decimal

import pytest
from sqlalchemy import select

from acctdesk.model.entities import CollectionTask, Reminder
from acctdesk.model.money import Money
from acctdesk.services import auth, collections, dunning_letter, reminder_policy, reminders, statements
from acctdesk.services.errors import PermissionDenied, ValidationError
from acctdesk.services.reminder_policy import LevelRule
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger, d


def pdftotext(path) -> str:
    return subprocess.run(
        ["pdftotext", "-layout", str(path), "-"], capture_output=True, text=True, check=True
    ).stdout


def pdffonts(path) -> list[list[str]]:
    out = subprocess.run(["pdffonts", str(path)], capture_output=True, text=True, check=True).stdout
    return [line.split() for line in out.splitlines()[2:]]


@pytest.fixture
def ledger(book) -> Ledger:
    ledger = Ledger(book)
    statements.set_company_header(
        ledger.uow(),
        name="星河贸易有限公司",
        name_en="Xinghe Trading Co., Ltd.",
        address="上海市浦东新区世纪大道100号",
        phone="021-5555 0000",
        bank_name="招商银行上海分行",
        bank_account="1219 0000 0000 888",
    )
    ledger.customer("C1", "上海华信科技有限公司", collector="孙丽")
    ledger.customer("E1", "Northwind Trading Ltd", language="en", collector="Emily")
    reminder_policy.set_policy(
        ledger.uow(),
        "strict",
        [
            LevelRule(1, 1, "email", "first"),
            LevelRule(2, 30, "letter", "final", fee=Money.of("50.00", "CNY"), interest_rate=Decimal("0.12")),
        ],
    )
    for code in ("C1", "E1"):
        reminder_policy.assign_policy(ledger.uow(), "strict", customer_code=code)
    ledger.invoice("INV-1", "10000.00", "2026-01-01", due="2026-01-31")
    ledger.invoice("INV-2", "2000.00", "2026-02-01", due="2026-03-03")  # due tomorrow: not in a letter
    ledger.invoice("E-1", "10000.00", "2026-01-01", due="2026-01-31", customer="E1")
    reminders.run_reminders(ledger.uow(), d("2026-03-02"))
    return ledger


def test_a_chinese_dunning_letter_as_pdf(ledger, book, tmp_path):
    with book.sessions() as session:
        (made,) = [r for r in reminders.list_reminders(session, "C1")]
        letter = dunning_letter.letter_for_reminder(session, made.number)
    path = dunning_letter.render_letter_pdf(letter, tmp_path / "letter.pdf")
    fonts = pdffonts(path)
    assert fonts and all(row[-5] == "yes" for row in fonts), fonts  # every font embedded
    assert any("WenQuanYi" in row[0] or "CJK" in row[0] or "Hei" in row[0] for row in fonts)
    text = pdftotext(path).replace(" ", "")
    assert "最后催款函" in text and "催款函" in text
    assert "上海华信科技有限公司" in text and made.number in text
    assert "INV-1" in text and "INV-2" not in text  # INV-2 is not due: the final demand lists overdue items
    # 10,000.00 + fee 50.00 + interest 10,000 × 12 % × 30 / 365 = 98.63
    assert "10,000.00" in text and "50.00" in text and "98.63" in text and "10,148.63" in text
    assert "逾期利息（年利率12%）" in text
    assert "壹万零壹佰肆拾捌元陆角叁分" in text
    assert "招商银行上海分行" in text and "星河贸易有限公司" in text


def test_an_english_dunning_letter(ledger, book, tmp_path):
    with book.sessions() as session:
        (made,) = reminders.list_reminders(session, "E1")
        letter = dunning_letter.letter_for_reminder(session, made.number)
    text = pdftotext(dunning_letter.render_letter_pdf(letter, tmp_path / "en.pdf"))
    assert letter.language == "en"
    assert (
        "Final Demand" in text
        and "Xinghe Trading Co., Ltd." in text
        and "Dear Northwind Trading Ltd," in text
    )
    assert "Late interest (12 % a year)" in text and "10,148.63" in text
    # a CNY amount in Chinese capitals and in English words, as on the statements
    assert "壹万零壹佰肆拾捌元陆角叁分" in text and "ten thousand one hundred forty-eight" in text.lower()
    assert "Page 1 of 1" in text


def test_a_preview_shows_what_the_reminder_would_say_today(ledger, book):
    with book.sessions() as session:
        preview = dunning_letter.letter_preview(session, "C1", d("2026-03-02"))
        friendly = dunning_letter.letter_preview(session, "C1", d("2026-03-02"), level=1)
        with pytest.raises(ValidationError, match="nothing in CNY to remind about on 2025-01-01"):
            dunning_letter.letter_preview(session, "C1", d("2025-01-01"))
    assert (preview.number, preview.level, preview.total) == (None, 2, Money.of("10148.63", "CNY"))
    assert (friendly.template, friendly.fee, friendly.interest) == (
        "first",
        Money.of("0.00", "CNY"),
        friendly.fee,
    )
    assert preview.text("title") == "最后催款函"


def test_a_disputed_item_is_not_in_a_letter(ledger, book):
    collections.open_dispute(ledger.uow(), "INV-1", "数量不符", on=d("2026-03-01"))
    with book.sessions() as session, pytest.raises(ValidationError, match="nothing in CNY to remind"):
        dunning_letter.letter_preview(session, "C1", d("2026-03-02"))


def test_sending_a_reminder_by_email(ledger, book):
    sent_messages = []
    with book.sessions() as session:
        (made,) = reminders.list_reminders(session, "C1")
    with pytest.raises(ValidationError, match="no e-mail address"):
        dunning_letter.send_reminder(ledger.uow(), made.number, send=sent_messages.append)
    collections.set_dunning_contact(ledger.uow(), "C1", name="王芳", email="ap@huaxin.example")
    sent = dunning_letter.send_reminder(ledger.uow(), made.number, send=sent_messages.append)
    (message,) = sent_messages
    assert message["To"] == "ap@huaxin.example"
    assert "最后催款函" in message["Subject"] and "10,148.63" in message["Subject"]
    assert "王芳：" in message.get_body(("plain",)).get_content()
    attachment = next(message.iter_attachments())
    assert attachment.get_filename() == f"{made.number}_C1_L2.pdf" == sent.attachment
    assert attachment.get_content().startswith(b"%PDF")
    with book.sessions() as session:
        record = session.scalar(select(Reminder).where(Reminder.number == made.number))
        task_status = session.scalar(
            select(CollectionTask.status).where(CollectionTask.reminder_id == record.id)
        )
    assert (record.status, record.sent_via, record.sent_to, task_status) == (
        "sent",
        "email",
        "ap@huaxin.example",
        "done",
    )


def test_a_user_who_may_not_collect_sends_nothing(ledger, book):
    auth.add_user(ledger.uow(), "audit", auth.Role.AUDITOR)
    sent_messages = []
    with book.sessions() as session:
        (made,) = reminders.list_reminders(session, "C1")
    with pytest.raises(PermissionDenied, match="may not record collection work"):
        dunning_letter.send_reminder(
            UnitOfWork(book, "audit"), made.number, to="x@y.example", send=sent_messages.append
        )
    assert sent_messages == []
