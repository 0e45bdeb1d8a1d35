"""Posting, allocation, write-off and reversal, with hand-computed figures."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import Allocation, AuditEvent, Invoice, LedgerEntry, Receipt
from acctdesk.services import ledger
from acctdesk.services.audit import verify_chain
from acctdesk.services.balances import balance_summary, ledger_balances, open_items, unapplied_credits
from acctdesk.services.errors import InvariantViolation, NotFound, PeriodLocked, ValidationError
from acctdesk.services.settings import book_info, set_lock_date
from tests.builders import Ledger, d


@pytest.fixture
def books(book):
    ledger_ = Ledger(book)
    ledger_.customer("C1", "上海华信科技有限公司")
    return ledger_


def _row_counts(book) -> dict[str, int]:
    with book.sessions() as session:
        return {
            table.__tablename__: session.scalar(select(func.count()).select_from(table))
            for table in (Invoice, Receipt, Allocation, LedgerEntry, AuditEvent)
        }


def _summary(book, on: str, customer_id=None):
    with book.sessions() as session:
        (summary,) = balance_summary(session, d(on), customer_id)
        return summary


def test_invoice_with_net_term_gets_one_installment_due_30_days_later(books):
    result = books.invoice("INV-1", "1000.00", "2026-01-31", due=None, term="N30")
    assert result.term == "N30"
    assert [(i.seq, i.amount.amount, i.due_date) for i in result.installments] == [
        (1, Decimal("1000.00"), d("2026-03-02"))
    ]


def test_invoice_split_by_term_adds_up_exactly(books):
    result = books.invoice("INV-2", "100.00", "2026-03-10", due=None, term="33% N0; 33% N30; BAL N60")
    amounts = [i.amount.amount for i in result.installments]
    assert amounts == [Decimal("33.00"), Decimal("33.00"), Decimal("34.00")]
    assert [i.due_date for i in result.installments] == [d("2026-03-10"), d("2026-04-09"), d("2026-05-09")]


def test_partial_receipt_oldest_due_first_and_balance_as_of_dates(books):
    books.invoice("INV-1", "1000.00", "2026-01-05", due="2026-02-04")
    books.invoice("INV-2", "500.00", "2026-01-20", due="2026-02-19")
    receipt = books.receipt("1200.00", "2026-02-10", number="RC-A")
    books.allocate("RC-A", "2026-02-10")

    with books.book.sessions() as session:
        before = open_items(session, d("2026-02-09"))
        after = open_items(session, d("2026-02-28"))
    assert [(i.invoice_number, i.open_amount.amount, i.days_overdue) for i in before] == [
        ("INV-1", Decimal("1000.00"), 5),
        ("INV-2", Decimal("500.00"), 0),
    ]
    # 1,200 pays INV-1 (due first) in full and 200 of INV-2.
    assert [(i.invoice_number, i.open_amount.amount, i.days_overdue) for i in after] == [
        ("INV-2", Decimal("300.00"), 9),
    ]
    assert receipt.number == "RC-A"
    summary = _summary(books.book, "2026-02-28")
    assert summary.balance.amount == Decimal("300.00") == summary.ledger_balance.amount
    assert _summary(books.book, "2026-02-09").balance.amount == Decimal("1500.00")


def test_unapplied_cash_counts_against_the_balance(books):
    books.invoice("INV-1", "800.00", "2026-01-05")
    books.receipt("1000.00", "2026-01-10", number="RC-1")
    books.allocate("RC-1", "2026-01-10")
    summary = _summary(books.book, "2026-01-31")
    assert summary.open_items.amount == Decimal("0.00")
    assert summary.unapplied_cash.amount == Decimal("200.00")
    assert summary.balance.amount == Decimal("-200.00") == summary.ledger_balance.amount
    with books.book.sessions() as session:
        (credit,) = unapplied_credits(session, d("2026-01-31"))
    assert (credit.number, credit.unapplied.amount) == ("RC-1", Decimal("200.00"))


def test_over_allocation_is_refused_and_writes_nothing(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.receipt("500.00", "2026-01-10", number="RC-1")
    counts = _row_counts(books.book)
    with pytest.raises(
        InvariantViolation, match=r"invoice INV-1 installment 1 would be over-allocated by 50\.00 CNY"
    ):
        books.allocate("RC-1", "2026-01-10", {"INV-1": "150.00"})
    assert _row_counts(books.book) == counts


def test_receipt_cannot_be_allocated_beyond_its_amount(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.invoice("INV-2", "100.00", "2026-01-05")
    books.receipt("150.00", "2026-01-10", number="RC-1")
    with pytest.raises(InvariantViolation, match=r"receipt RC-1 would be over-allocated by 50\.00 CNY"):
        books.allocate("RC-1", "2026-01-10", {"INV-1": "100.00", "INV-2": "100.00"})


def test_backdated_allocation_cannot_over_allocate_a_past_day(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.receipt("100.00", "2026-01-10", number="RC-1")
    books.receipt("100.00", "2026-01-12", number="RC-2")
    allocation = books.allocate("RC-1", "2026-01-10", {"INV-1": "100.00"})
    books.unallocate(allocation.allocations[0], "2026-03-01")
    # Today the installment is open again, but from 12 Jan to 1 Mar it was paid by RC-1.
    with pytest.raises(InvariantViolation, match="over-allocated"):
        books.allocate("RC-2", "2026-02-01", {"INV-1": "100.00"})
    books.allocate("RC-2", "2026-03-01", {"INV-1": "100.00"})
    assert _summary(books.book, "2026-03-31").balance.amount == Decimal("-100.00")


def test_unallocate_reopens_the_item_from_its_date(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.receipt("100.00", "2026-01-10", number="RC-1")
    allocation = books.allocate("RC-1", "2026-01-10")
    books.unallocate(allocation.allocations[0], "2026-02-01", amount="40.00")
    with books.book.sessions() as session:
        assert open_items(session, d("2026-01-31")) == []
        (item,) = open_items(session, d("2026-02-01"))
    assert item.open_amount.amount == Decimal("40.00")
    with pytest.raises(InvariantViolation, match=r"has 60\.00 CNY left to take back"):
        books.unallocate(allocation.allocations[0], "2026-02-02", amount="70.00")


def test_write_off_closes_the_item_and_reduces_the_balance(books):
    books.invoice("INV-1", "300.00", "2025-01-05")
    books.write_off("2026-01-31", {"INV-1": "300.00"})
    assert _summary(books.book, "2026-01-30").balance.amount == Decimal("300.00")
    summary = _summary(books.book, "2026-01-31")
    assert summary.balance.amount == Decimal("0.00") == summary.ledger_balance.amount


def test_reversing_a_receipt_reopens_what_it_paid_from_the_reversal_date(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.receipt("100.00", "2026-01-10", number="RC-1")
    books.allocate("RC-1", "2026-01-10")
    books.reverse("receipt", "RC-1", "2026-01-20", reason="退票")
    assert _summary(books.book, "2026-01-15").balance.amount == Decimal("0.00")
    summary = _summary(books.book, "2026-01-20")
    assert summary.open_items.amount == Decimal("100.00")
    assert summary.unapplied_cash.amount == Decimal("0.00")
    assert summary.ledger_balance.amount == Decimal("100.00")
    with pytest.raises(InvariantViolation, match="receipt RC-1 is reversed already"):
        books.reverse("receipt", "RC-1", "2026-01-21")


def test_reversing_an_invoice_leaves_its_cash_unapplied(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.receipt("60.00", "2026-01-10", number="RC-1")
    books.allocate("RC-1", "2026-01-10")
    books.reverse("invoice", "INV-1", "2026-01-15")
    summary = _summary(books.book, "2026-01-31")
    assert summary.open_items.amount == Decimal("0.00")
    assert summary.unapplied_cash.amount == Decimal("60.00")
    assert summary.balance.amount == Decimal("-60.00") == summary.ledger_balance.amount


def test_invoice_with_a_write_off_needs_the_write_off_reversed_first(books):
    books.invoice("INV-1", "100.00", "2025-01-05")
    books.write_off("2026-01-05", {"INV-1": "100.00"})
    with pytest.raises(InvariantViolation, match="reverse the write-off first"):
        books.reverse("invoice", "INV-1", "2026-01-06")
    books.reverse("write_off", "WO-000001", "2026-01-06")
    books.reverse("invoice", "INV-1", "2026-01-07")
    assert _summary(books.book, "2026-01-31").balance.amount == Decimal("0.00")


def test_credit_note_allocated_to_an_invoice(books):
    books.invoice("INV-1", "1000.00", "2026-01-05")
    note = books.credit_note("100.00", "2026-01-08", invoice_number="INV-1")
    books.allocate(note.number, "2026-01-08", kind="credit_note")
    with books.book.sessions() as session:
        (item,) = open_items(session, d("2026-01-31"))
    assert item.open_amount.amount == Decimal("900.00")


@pytest.mark.parametrize(
    ("call", "error", "message"),
    [
        (
            lambda b: b.invoice("INV-9", "100.00", "2026-01-05", customer="NOPE"),
            NotFound,
            "unknown customer 'NOPE'",
        ),
        (lambda b: b.invoice("INV-9", "-5.00", "2026-01-05"), ValidationError, "the amount must be positive"),
        (
            lambda b: b.invoice("INV-9", "1.005", "2026-01-05"),
            ValidationError,
            "more than 2 decimals for CNY",
        ),
        (lambda b: b.receipt("0", "2026-01-05"), ValidationError, "the amount must be positive"),
        (
            lambda b: b.invoice("INV-9", "10.00", "2026-01-05", due="2026-01-01"),
            ValidationError,
            "the due date 2026-01-01 is before the invoice date 2026-01-05",
        ),
        (
            lambda b: b.invoice("INV-9", "10.00", "2026-01-05", due=None),
            ValidationError,
            "no default payment term",
        ),
        (
            lambda b: b.invoice("INV-9", "10.00", "2026-01-05", due=None, term="N-5"),
            ValidationError,
            "negative",
        ),
    ],
)
def test_bad_input_gets_a_clear_error_and_changes_nothing(books, call, error, message):
    counts = _row_counts(books.book)
    with pytest.raises(error, match=message):
        call(books)
    assert _row_counts(books.book) == counts


def test_currency_mix_is_refused(books):
    books.customer("C2", "Northwind Trading Ltd", currency="USD")
    books.invoice("INV-1", "100.00", "2026-01-05", customer="C2")
    books.receipt("100.00", "2026-01-06", customer="C2", number="RC-1", currency="EUR")
    counts = _row_counts(books.book)
    with pytest.raises(
        InvariantViolation, match="cannot apply EUR from receipt RC-1 to invoice INV-1 installment 1 in USD"
    ):
        books.allocate("RC-1", "2026-01-06", {"INV-1": "100.00"})
    assert _row_counts(books.book) == counts


def test_posting_in_a_locked_period_is_refused(books):
    with books.book.sessions() as session:
        version = book_info(session).version
    set_lock_date(books.uow(), d("2026-01-31"), version)
    counts = _row_counts(books.book)
    with pytest.raises(PeriodLocked, match="invoice INV-1 dated 2026-01-31 falls in a locked period"):
        books.invoice("INV-1", "100.00", "2026-01-31")
    with pytest.raises(PeriodLocked):
        books.receipt("100.00", "2026-01-15")
    assert _row_counts(books.book) == counts
    books.invoice("INV-1", "100.00", "2026-02-01")


def test_duplicate_invoice_number_is_refused(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    with pytest.raises(ValidationError, match="invoice INV-1 is posted already"):
        books.invoice("INV-1", "100.00", "2026-01-05")


def test_every_change_writes_one_audit_event_and_the_chain_verifies(books):
    with books.book.sessions() as session:
        start = session.scalar(select(func.count()).select_from(AuditEvent))
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.receipt("100.00", "2026-01-06", number="RC-1")
    books.allocate("RC-1", "2026-01-06")
    with books.book.sessions() as session:
        actions = session.scalars(
            select(AuditEvent.action).where(AuditEvent.seq > start).order_by(AuditEvent.seq)
        ).all()
        report = verify_chain(session)
    assert actions == ["invoice.post", "receipt.post", "allocation.post"]
    assert report.ok and report.events == start + 3


def test_ledger_balances_by_customer(books):
    books.customer("C2", "Northwind Trading Ltd", currency="USD")
    books.invoice("INV-1", "100.00", "2026-01-05")
    books.invoice("INV-2", "250.00", "2026-01-05", customer="C2")
    with books.book.sessions() as session:
        balances = ledger_balances(session, d("2026-01-31"))
    assert [(b.customer_code, b.currency, b.balance.amount) for b in balances] == [
        ("C1", "CNY", Decimal("100.00")),
        ("C2", "USD", Decimal("250.00")),
    ]


def test_running_total_range_groups_by_day():
    rows = [(d("2026-01-02"), 100), (d("2026-01-02"), -100), (d("2026-01-03"), 50)]
    assert ledger.running_total_range(rows) == (0, 50)
    assert ledger.running_total_range([(d("2026-01-05"), -10), (d("2026-01-01"), 30)]) == (0, 30)


def test_services_called_inside_one_unit_of_work_commit_or_fail_together(books):
    books.invoice("INV-1", "100.00", "2026-01-05")
    uow = books.uow()
    with uow:
        receipt = ledger.post_receipt(
            uow, customer_code="C1", amount=Decimal("100.00"), receipt_date=d("2026-01-06")
        )
        ledger.allocate(uow, kind="receipt", number=receipt.number, on=d("2026-01-06"))
        uow.commit()
    assert _summary(books.book, "2026-01-31").balance.amount == Decimal("0.00")

    counts = _row_counts(books.book)
    uow = books.uow()
    with pytest.raises(InvariantViolation), uow:
        receipt = ledger.post_receipt(
            uow, customer_code="C1", amount=Decimal("50.00"), receipt_date=d("2026-01-07")
        )
        # nothing is open any more: the allocation fails, and the receipt goes with it
        ledger.allocate(uow, kind="receipt", number=receipt.number, on=d("2026-01-07"))
        uow.commit()
    assert _row_counts(books.book) == counts
