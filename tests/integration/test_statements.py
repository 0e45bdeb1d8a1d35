"""Statements, their tie-out to the aging and the ledger, the batch, confirmations and e-mail."""

from __future__ import annotations

import email
import email.policy
import json
import socketserver
import threading
from datetime import UTC, date, datetime
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import AuditEvent, Customer, StatementIssue
from acctdesk.services.aging import aging_report
from acctdesk.services.balances import balance_summary, ledger_balances
from acctdesk.services.confirmations import (
    DisputedItem,
    issue_statement,
    list_confirmations,
    mark_sent,
    record_confirmation,
)
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.errors import Conflict, NotFound, ValidationError
from acctdesk.services.statement_batch import customers_for_period, statements_batch
from acctdesk.services.statement_labels import LABELS
from acctdesk.services.statement_mail import send_statement, set_smtp_settings
from acctdesk.services.statements import set_company_header, statement
from acctdesk.services.uow import UnitOfWork
from tests.builders import d
from tests.statement_cases import END, START, march_ledger

ISSUED_AT = datetime(2026, 4, 2, 9, 0, tzinfo=UTC)


def amounts(*values):
    return [Decimal(v) for v in values]


@pytest.fixture
def march(book):
    return march_ledger(book)


def march_statement(book, customer="C1", **kw):
    with book.sessions() as session:
        return statement(session, customer, start=d(START), end=d(END), **kw)


def test_statement_figures_by_hand(march):
    result = march_statement(march.book)
    assert (result.customer.code, result.customer.name, result.language) == (
        "C1",
        "上海华信科技有限公司",
        "zh_CN",
    )
    (section,) = result.sections
    assert section.currency == "CNY"
    assert section.opening.amount == Decimal("600.00")
    rows = [
        (m.entry_date.isoformat(), m.document_number, m.kind, m.is_reversal, m.debit.amount, m.credit.amount)
        for m in section.movements
    ]
    assert rows == [
        ("2026-03-05", "INV-2", "invoice", False, Decimal("2345.67"), Decimal("0.00")),
        ("2026-03-15", "RC-2", "receipt", False, Decimal("0.00"), Decimal("1000.00")),
        ("2026-03-20", "CN-1", "credit_note", False, Decimal("0.00"), Decimal("45.67")),
        ("2026-03-25", "INV-3", "invoice", False, Decimal("500.00"), Decimal("0.00")),
        ("2026-03-28", "INV-3", "invoice", True, Decimal("0.00"), Decimal("500.00")),
    ]
    assert [m.balance.amount for m in section.movements] == amounts(
        "2945.67", "1945.67", "1900.00", "2400.00", "1900.00"
    )
    assert section.total_debit.amount == Decimal("2845.67")
    assert section.total_credit.amount == Decimal("1545.67")
    assert section.closing.amount == Decimal("1900.00")
    # The aging of the closing balance: INV-2 is not yet due on 03-31; RC-2 400 and CN-1 unapplied.
    assert section.aging.buckets[0].amount == Decimal("2345.67")
    assert all(b.is_zero() for b in section.aging.buckets[1:])
    assert section.aging.unapplied.amount == Decimal("-445.67")
    assert section.aging.total == section.closing and section.ties
    assert [(i.invoice_number, i.due_date, i.open_amount.amount) for i in section.open_items] == [
        ("INV-2", date(2026, 4, 4), Decimal("2345.67"))
    ]
    assert [(c.number, c.unapplied.amount) for c in section.unapplied] == [
        ("RC-2", Decimal("400.00")),
        ("CN-1", Decimal("45.67")),
    ]


def test_a_period_before_anything_and_a_customer_in_two_currencies(march):
    march.invoice("U-1", "70.00", "2026-03-10", currency="USD", due="2026-04-09")
    result = march_statement(march.book)
    assert result.currencies == ("CNY", "USD")
    usd = result.section("USD")
    assert (usd.opening.amount, usd.closing.amount, len(usd.movements)) == (0, Decimal("70.00"), 1)
    assert result.section("CNY").closing.amount == Decimal("1900.00")  # never mixed
    assert march_statement(march.book, currency="usd").currencies == ("USD",)
    with march.book.sessions() as session:
        early = statement(session, "C1", start=date(2025, 1, 1), end=date(2025, 1, 31))
    (section,) = early.sections
    assert (section.currency, section.opening.amount, section.closing.amount, section.movements) == (
        "CNY",
        0,
        0,
        (),
    )


def test_bad_requests_are_refused(march):
    with pytest.raises(ValidationError, match="after it ends"), march.book.sessions() as session:
        statement(session, "C1", start=d(END), end=d(START))
    with pytest.raises(ValidationError, match="zh_CN or en"):
        march_statement(march.book, language="fr")
    with pytest.raises(NotFound):
        march_statement(march.book, customer="NOPE")


def test_every_language_has_every_label():
    assert set(LABELS["zh_CN"]) == set(LABELS["en"])


def test_company_header_from_settings(march):
    set_company_header(
        UnitOfWork(march.book, "tester"), name="上海启明精密制造有限公司", bank_account="1219 0857"
    )
    set_company_header(UnitOfWork(march.book, "tester"), address="上海市浦东新区张江路 88 号")
    company = march_statement(march.book).company
    assert (company.name, company.address, company.bank_account) == (
        "上海启明精密制造有限公司",
        "上海市浦东新区张江路 88 号",
        "1219 0857",
    )
    with pytest.raises(ValidationError, match="no field"):
        set_company_header(UnitOfWork(march.book, "tester"), fax="123")


@pytest.mark.slow
def test_closing_balance_equals_aging_total_and_ledger_balance_on_a_demo_book(book):
    """Invariant 4: the statement's closing balance, the aging total and the ledger (and the
    open-item path) agree to the cent, for many customers and period ends."""
    generate_demo(book, DemoSpec(customers=25, invoices=1500, seed=7, today=date(2026, 6, 30)))
    ends = [date(2024, 2, 29), date(2025, 6, 30), date(2025, 12, 31), date(2026, 3, 31), date(2026, 6, 30)]
    checked = 0
    with book.sessions() as session:
        codes = list(session.scalars(select(Customer.code).order_by(Customer.code)))
        for end in ends:
            start = end.replace(day=1)
            for code in codes[::3]:
                customer_id = session.scalar(select(Customer.id).where(Customer.code == code))
                result = statement(session, code, start=start, end=end)
                aging = {
                    r.currency: r.total for r in aging_report(session, end, customer_id=customer_id).rows
                }
                ledger = {b.currency: b.balance for b in ledger_balances(session, end, customer_id)}
                paths = {s.currency: s.balance for s in balance_summary(session, end, customer_id)}
                for section in result.sections:
                    zero = section.closing - section.closing
                    assert section.closing == aging.get(section.currency, zero), (code, end)
                    assert section.closing == ledger.get(section.currency, zero), (code, end)
                    assert section.closing == paths.get(section.currency, zero), (code, end)
                    assert section.ties
                    assert section.opening + section.total_debit - section.total_credit == section.closing
                    checked += 1
    assert checked >= 40


# ---------------------------------------------------------------------------------------------
# Batch


def test_batch_covers_customers_with_a_balance_or_a_movement(march, tmp_path):
    with march.book.sessions() as session:
        assert customers_for_period(session, d(START), d(END)) == ["C1", "C2"]
    seen = []
    result = statements_batch(
        march.book, start=d(START), end=d(END), folder=tmp_path / "out", progress=lambda *a: seen.append(a)
    )
    names = sorted(p.name for p in (tmp_path / "out").iterdir())
    assert names == [
        "C1_CNY_2026-03-01_2026-03-31.pdf",
        "C1_CNY_2026-03-01_2026-03-31.xlsx",
        "C2_CNY_2026-03-01_2026-03-31.pdf",
        "C2_CNY_2026-03-01_2026-03-31.xlsx",
    ]
    assert sorted(p.name for p in result.files) == names
    assert (result.customers, result.statements, result.cancelled, result.issued) == (2, 2, False, ())
    assert seen == [(0, 2), (1, 2), (2, 2)]
    assert (tmp_path / "out" / names[0]).read_bytes().startswith(b"%PDF")


def test_a_cancelled_batch_leaves_no_trace(march, tmp_path):
    folder = tmp_path / "out"
    calls = []

    def cancel_after_first() -> bool:
        calls.append(1)
        return len(calls) > 1

    result = statements_batch(
        march.book, start=d(START), end=d(END), folder=folder, issue=True, is_cancelled=cancel_after_first
    )
    assert result.cancelled and result.files == ()
    assert list(folder.iterdir()) == []  # not even the staging folder
    with march.book.sessions() as session:
        assert session.scalar(select(func.count()).select_from(StatementIssue)) == 0


def test_batch_issues_the_numbers_it_prints(march, tmp_path):
    result = statements_batch(
        march.book,
        start=d(START),
        end=d(END),
        folder=tmp_path,
        formats=["xlsx"],
        issue=True,
        user="tester",
        issued_at=ISSUED_AT,
    )
    assert result.issued == ("ST-2026-000001", "ST-2026-000002")
    from openpyxl import load_workbook

    sheet = load_workbook(tmp_path / "C2_CNY_2026-03-01_2026-03-31.xlsx").active
    values = [c.value for row in sheet.iter_rows() for c in row]
    assert "ST-2026-000002" in values and "Statement of Account" in values  # C2 reads English
    with march.book.sessions() as session:
        issued = list_confirmations(session)
    assert [(i.number, i.customer_code, i.closing.amount, i.status) for i in issued] == [
        ("ST-2026-000001", "C1", Decimal("1900.00"), "outstanding"),
        ("ST-2026-000002", "C2", Decimal("250.00"), "outstanding"),
    ]


def test_batch_refuses_unknown_formats(march, tmp_path):
    with pytest.raises(ValidationError, match="formats"):
        statements_batch(march.book, start=d(START), end=d(END), folder=tmp_path, formats=["docx"])


# ---------------------------------------------------------------------------------------------
# Issuing and confirmations


def issue(book, customer="C1", **kw):
    return issue_statement(
        UnitOfWork(book, "tester"), customer, start=d(START), end=d(END), issued_at=ISSUED_AT, **kw
    )


def test_issue_numbers_and_snapshot(march):
    first, second = issue(march.book), issue(march.book, "C2")
    assert (first.number, second.number) == ("ST-2026-000001", "ST-2026-000002")
    assert (first.closing.amount, first.currency, first.language, first.status) == (
        Decimal("1900.00"),
        "CNY",
        "zh_CN",
        "outstanding",
    )
    with march.book.sessions() as session:
        row = session.scalar(select(StatementIssue).where(StatementIssue.number == first.number))
        assert row.closing_minor == 190000
        assert json.loads(row.items_json) == [
            {
                "number": "INV-2",
                "kind": "invoice",
                "date": "2026-03-05",
                "due": "2026-04-04",
                "minor": 234567,
            },
            {"number": "RC-2", "kind": "receipt", "date": "2026-03-15", "due": None, "minor": -40000},
            {"number": "CN-1", "kind": "credit_note", "date": "2026-03-20", "due": None, "minor": -4567},
        ]
        actions = list(
            session.scalars(select(AuditEvent.action).where(AuditEvent.entity == "statement_issue"))
        )
    assert actions == ["statement.issue", "statement.issue"]


def test_issuing_a_customer_in_two_currencies_needs_the_currency(march):
    march.invoice("U-1", "70.00", "2026-03-10", currency="USD", due="2026-04-09")
    with pytest.raises(ValidationError, match="CNY, USD"):
        issue(march.book)
    assert issue(march.book, currency="USD").closing.amount == Decimal("70.00")


def test_an_agreed_confirmation(march):
    number = issue(march.book).number
    result = record_confirmation(
        UnitOfWork(march.book, "tester"), number, confirmed_balance="1,900.00", confirmed_on=date(2026, 4, 10)
    )
    assert (result.status, result.difference.amount, result.items, result.unexplained.amount) == (
        "agreed",
        0,
        (),
        0,
    )
    with march.book.sessions() as session:
        assert [i.number for i in list_confirmations(session, "agreed")] == [number]
        assert list_confirmations(session, "outstanding") == []


def test_a_difference_explained_item_by_item(march):
    number = issue(march.book).number
    # The customer has not booked our credit note CN-1 and keyed INV-2 as 2,345.00:
    # theirs = 1,900.00 + 45.67 − 0.67 = 1,945.00.
    result = record_confirmation(
        UnitOfWork(march.book, "tester"),
        number,
        confirmed_balance=Decimal("1945.00"),
        confirmed_on=date(2026, 4, 12),
        differs=True,
        disputed=["CN-1", "INV-2=2345.00"],
        note="对方未收到红字发票",
    )
    assert result.status == "differs"
    assert [result.ours.amount, result.theirs.amount, result.difference.amount] == amounts(
        "1900.00", "1945.00", "-45.00"
    )
    assert [
        (i.reference, i.side, i.ours.amount, i.theirs.amount, i.explains.amount) for i in result.items
    ] == [
        ("CN-1", "ours_only", Decimal("-45.67"), Decimal("0.00"), Decimal("-45.67")),
        ("INV-2", "both", Decimal("2345.67"), Decimal("2345.00"), Decimal("0.67")),
    ]
    assert result.unexplained.is_zero()
    with march.book.sessions() as session:
        (differing,) = list_confirmations(session, "differing")
    assert (differing.number, differing.difference.amount, differing.confirmed_on) == (
        number,
        Decimal("-45.00"),
        date(2026, 4, 12),
    )


def test_an_unexplained_difference_names_the_documents_that_would_explain_it(march):
    number = issue(march.book).number
    # They have not booked INV-2 at all: theirs = 1,900.00 − 2,345.67 = −445.67.
    result = record_confirmation(
        UnitOfWork(march.book, "tester"), number, confirmed_balance="-445.67", confirmed_on=date(2026, 4, 12)
    )
    assert result.status == "differs"
    assert result.unexplained.amount == Decimal("2345.67")
    assert result.candidates == ("INV-2",)


def test_an_item_only_in_their_books_needs_its_amount(march):
    number = issue(march.book).number
    result = record_confirmation(
        UnitOfWork(march.book, "tester"),
        number,
        confirmed_balance="1400.00",
        confirmed_on=date(2026, 4, 3),
        disputed=[DisputedItem("TT-0331", Decimal("-500.00"), "paid 03-31, in transit")],
    )
    (item,) = result.items
    assert (item.side, item.explains.amount, result.unexplained.amount) == (
        "theirs_only",
        Decimal("500.00"),
        0,
    )
    with pytest.raises(ValidationError, match="give the amount"):
        record_confirmation(
            UnitOfWork(march.book, "tester"),
            number,
            confirmed_balance="1400.00",
            confirmed_on=date(2026, 4, 3),
            disputed=["TT-0331"],
        )
    with pytest.raises(ValidationError, match="cannot be dated"):
        record_confirmation(
            UnitOfWork(march.book, "tester"), number, confirmed_balance="1900", confirmed_on=date(2026, 3, 1)
        )
    with pytest.raises(ValidationError, match="decimals"):
        record_confirmation(
            UnitOfWork(march.book, "tester"), number, confirmed_balance="1.005", confirmed_on=date(2026, 4, 3)
        )
    with pytest.raises(NotFound):
        record_confirmation(
            UnitOfWork(march.book, "tester"),
            "ST-1999-000001",
            confirmed_balance="1",
            confirmed_on=date(2026, 4, 3),
        )


def test_the_latest_reply_counts_and_every_write_is_audited(march):
    number = issue(march.book).number
    uow = lambda: UnitOfWork(march.book, "tester")  # noqa: E731
    record_confirmation(uow(), number, confirmed_balance="1500", confirmed_on=date(2026, 4, 5))
    record_confirmation(uow(), number, confirmed_balance="1900", confirmed_on=date(2026, 4, 20))
    mark_sent(uow(), number, via="post", sent_at=ISSUED_AT)
    with march.book.sessions() as session:
        (issued,) = list_confirmations(session)
        actions = list(
            session.scalars(
                select(AuditEvent.action).where(AuditEvent.entity_id == number).order_by(AuditEvent.seq)
            )
        )
    assert (issued.status, issued.confirmed_balance.amount, issued.sent_via) == (
        "agreed",
        Decimal("1900.00"),
        "post",
    )
    assert actions == ["statement.issue", "statement.confirm", "statement.confirm", "statement.send"]
    with pytest.raises(ValidationError, match="not a confirmation status"), march.book.sessions() as session:
        list_confirmations(session, "lost")


# ---------------------------------------------------------------------------------------------
# E-mail


def test_send_builds_the_message_in_the_customers_language(march):
    set_company_header(UnitOfWork(march.book, "tester"), name="上海启明精密制造有限公司")
    set_smtp_settings(UnitOfWork(march.book, "tester"), sender="ar@qiming.example", sender_name="启明 应收")
    number = issue(march.book).number
    outbox = []
    sent = send_statement(
        UnitOfWork(march.book, "tester"),
        number,
        to="finance@huaxin.example",
        send=outbox.append,
        sent_at=ISSUED_AT,
    )
    (message,) = outbox
    assert message["To"] == "finance@huaxin.example"
    assert "ar@qiming.example" in message["From"]
    assert message["Subject"] == "上海启明精密制造有限公司 对账单 ST-2026-000001（2026-03-01 至 2026-03-31）"
    body = message.get_body(("plain",)).get_content()
    assert "上海华信科技有限公司" in body and "CNY 1,900.00" in body
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "C1_CNY_2026-03-01_2026-03-31.pdf" == sent.attachment
    assert attachment.get_content().startswith(b"%PDF")
    with march.book.sessions() as session:
        (issued,) = list_confirmations(session)
    assert (issued.sent_via, issued.sent_to) == ("email", "finance@huaxin.example")


def test_a_statement_is_not_sent_after_the_books_changed(march):
    number = issue(march.book).number
    march.invoice("INV-5", "10.00", "2026-03-30", due="2026-03-30")  # back-dated into the period
    with pytest.raises(Conflict, match="issue a new statement"):
        send_statement(UnitOfWork(march.book, "tester"), number, to="a@b.example", send=lambda m: None)


class _SmtpSink(socketserver.StreamRequestHandler):
    """Just enough SMTP to take one message: the server keeps what it received."""

    def handle(self):
        self.wfile.write(b"220 sink ready\r\n")
        while line := self.rfile.readline():
            command = line.strip().upper()
            if command.startswith((b"EHLO", b"HELO")):
                self.wfile.write(b"250 sink\r\n")
            elif command == b"DATA":
                self.wfile.write(b"354 go on\r\n")
                data = []
                while (chunk := self.rfile.readline()) not in (b".\r\n", b""):
                    data.append(chunk)
                self.server.received.append(b"".join(data))
                self.wfile.write(b"250 queued\r\n")
            elif command == b"QUIT":
                self.wfile.write(b"221 bye\r\n")
                return
            else:
                self.wfile.write(b"250 ok\r\n")


@pytest.fixture
def smtp_sink():
    server = socketserver.TCPServer(("127.0.0.1", 0), _SmtpSink)
    server.received = []
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield server
    server.shutdown()
    server.server_close()


def test_send_through_an_smtp_server_on_loopback(march, smtp_sink):
    host, port = smtp_sink.server_address
    set_smtp_settings(
        UnitOfWork(march.book, "tester"), host=host, port=port, security="none", sender="ar@qiming.example"
    )
    number = issue(march.book, "C2").number
    sent = send_statement(UnitOfWork(march.book, "tester"), number, to="ap@northwind.example")
    (data,) = smtp_sink.received
    message = email.message_from_bytes(data, policy=email.policy.default)
    assert message["To"] == "ap@northwind.example"
    assert message["Subject"].strip() == sent.subject
    (attachment,) = message.iter_attachments()
    assert attachment.get_content().startswith(b"%PDF")
    assert sent.subject.endswith("statement ST-2026-000001 (2026-03-01 to 2026-03-31)")  # C2 reads English


def test_smtp_settings_never_hold_the_password(march):
    with pytest.raises(ValidationError, match="keyring"):
        set_smtp_settings(UnitOfWork(march.book, "tester"), password="secret")


def test_files_are_named_safely(march, tmp_path):
    march.customer("A/B 1", "奇怪编号有限公司")
    march.invoice("X-1", "1.00", "2026-03-02", customer="A/B 1")
    statements_batch(march.book, start=d(START), end=d(END), folder=tmp_path, formats=["pdf"])
    assert Path(tmp_path / "A_B_1_CNY_2026-03-01_2026-03-31.pdf").exists()
