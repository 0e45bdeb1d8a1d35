"""Contracts, their events and 票到: installments awaiting an event get hand-computed due dates,
one audit event says what moved, and balances never change."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import AuditEvent, Contract, ContractEvent, Installment, Invoice, LedgerEntry
from acctdesk.services import contracts
from acctdesk.services.audit import verify_chain
from acctdesk.services.balances import balance_summary
from acctdesk.services.errors import InvariantViolation, NotFound, ValidationError
from acctdesk.services.settings import set_business_calendar
from tests.builders import Ledger, d

PLAN = "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M"


@pytest.fixture
def books(book) -> Ledger:
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    return ledger


@pytest.fixture
def signed(books) -> Ledger:
    """Contract HT-1 signed 2026-03-10 on the plan; invoice INV-1 of 100,000.00 dated 2026-03-12."""
    contracts.create_contract(
        books.uow(),
        number="HT-1",
        customer_code="C1",
        amount=Decimal("100000.00"),
        signed_date=d("2026-03-10"),
        term=PLAN,
    )
    books.invoice("INV-1", "100000.00", "2026-03-12", term=PLAN, contract_number="HT-1")
    return books


def _installments(book, invoice: str = "INV-1") -> list[tuple]:
    with book.sessions() as session:
        rows = session.execute(
            select(
                Installment.seq,
                Installment.amount_minor,
                Installment.due_date,
                Installment.awaiting_event,
                Installment.retention,
            )
            .join(Invoice)
            .where(Invoice.number == invoice)
            .order_by(Installment.seq)
        )
        return [tuple(row) for row in rows]


def _audit(book, action: str) -> list[AuditEvent]:
    with book.sessions() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _book_state(book, on: str):
    with book.sessions() as session:
        return (
            balance_summary(session, d(on)),
            session.scalar(select(func.count()).select_from(LedgerEntry)),
        )


def test_a_contract_is_created_with_its_term_in_canonical_shorthand_and_audited(books):
    info = contracts.create_contract(
        books.uow(),
        number="HT-9",
        customer_code="C1",
        amount="1,200,000.00",
        signed_date=d("2026-01-05"),
        term="30%签订；60%验收后30天；余款 质保金 验收后12个月",
        description="生产线改造",
    )

    assert (info.number, info.customer_code, info.amount.amount, info.amount.currency) == (
        "HT-9",
        "C1",
        Decimal("1200000.00"),
        "CNY",
    )
    assert (info.signed_date, info.term) == (d("2026-01-05"), PLAN)
    [event] = _audit(books.book, "contract.create")
    assert event.entity_id == "HT-9"
    assert json.loads(event.after_json)["term"] == PLAN


def test_a_contract_refuses_a_duplicate_number_an_unknown_customer_and_a_bad_term(books):
    contracts.create_contract(books.uow(), number="HT-1", customer_code="C1", amount="10.00")

    with pytest.raises(ValidationError, match="contract HT-1 exists already"):
        contracts.create_contract(books.uow(), number="HT-1", customer_code="C1", amount="10.00")
    with pytest.raises(NotFound, match="unknown customer 'C9'"):
        contracts.create_contract(books.uow(), number="HT-2", customer_code="C9", amount="10.00")
    with pytest.raises(ValidationError, match="percents add up to 90%"):
        contracts.create_contract(
            books.uow(), number="HT-2", customer_code="C1", amount="10.00", term="30% SIGN; 60% ACCEPT"
        )
    with pytest.raises(ValidationError, match="the amount must be positive"):
        contracts.create_contract(books.uow(), number="HT-2", customer_code="C1", amount="0")

    with books.book.sessions() as session:
        assert session.scalars(select(Contract.number)).all() == ["HT-1"]


def test_posting_dates_the_signing_line_and_leaves_acceptance_lines_awaiting(signed):
    # The signing line counts from the signing date even though the invoice is dated two days
    # later: an event basis is never moved to the invoice date (docs/terms.md, "In the book").
    assert _installments(signed.book) == [
        (1, 3000000, d("2026-03-10"), None, False),
        (2, 6000000, None, "acceptance", False),
        (3, 1000000, None, "acceptance", True),
    ]


def test_recording_acceptance_dates_the_waiting_installments_in_one_audited_change(signed):
    before = _book_state(signed.book, "2027-12-31")

    result = contracts.record_event(signed.uow(), contract_number="HT-1", event="验收", on=d("2026-06-30"))

    assert (result.number, result.event, result.date_before, result.event_date) == (
        "HT-1",
        "acceptance",
        None,
        d("2026-06-30"),
    )
    assert [
        (i.invoice_number, i.seq, i.amount.amount, i.due_before, i.due_date) for i in result.installments
    ] == [
        ("INV-1", 2, Decimal("60000.00"), None, d("2026-07-30")),
        ("INV-1", 3, Decimal("10000.00"), None, d("2027-06-30")),
    ]
    assert _installments(signed.book) == [
        (1, 3000000, d("2026-03-10"), None, False),
        (2, 6000000, d("2026-07-30"), None, False),
        (3, 1000000, d("2027-06-30"), None, True),
    ]
    with signed.book.sessions() as session:
        rows = session.execute(select(ContractEvent.event, ContractEvent.event_date)).all()
        assert [tuple(r) for r in rows] == [("acceptance", d("2026-06-30"))]
        assert verify_chain(session).ok
    [event] = _audit(signed.book, "contract.event")
    assert (event.entity, event.entity_id) == ("contract", "HT-1")
    assert json.loads(event.before_json) == {
        "event": "acceptance",
        "date": None,
        "installments": [
            ["INV-1", 2, {"amount": "60000.00", "currency": "CNY"}, None],
            ["INV-1", 3, {"amount": "10000.00", "currency": "CNY"}, None],
        ],
    }
    assert json.loads(event.after_json) == {
        "event": "acceptance",
        "date": "2026-06-30",
        "installments": [
            ["INV-1", 2, {"amount": "60000.00", "currency": "CNY"}, "2026-07-30"],
            ["INV-1", 3, {"amount": "10000.00", "currency": "CNY"}, "2027-06-30"],
        ],
    }
    assert _book_state(signed.book, "2027-12-31") == before


def test_recording_the_same_date_again_changes_nothing_and_writes_no_audit_event(signed):
    contracts.record_event(signed.uow(), contract_number="HT-1", event="acceptance", on=d("2026-06-30"))

    again = contracts.record_event(signed.uow(), contract_number="HT-1", event="ACCEPT", on=d("2026-06-30"))

    assert again.installments == ()
    assert len(_audit(signed.book, "contract.event")) == 1


def test_an_invoice_posted_after_the_event_is_dated_at_posting(signed):
    contracts.record_event(signed.uow(), contract_number="HT-1", event="验收", on=d("2026-06-30"))

    signed.invoice("INV-2", "20000.00", "2026-07-01", term=PLAN, contract_number="HT-1")

    assert [row[2] for row in _installments(signed.book, "INV-2")] == [
        d("2026-03-10"),
        d("2026-07-30"),
        d("2027-06-30"),
    ]


def test_moving_an_event_moves_the_due_dates_until_money_is_applied_to_them(signed):
    contracts.record_event(signed.uow(), contract_number="HT-1", event="验收", on=d("2026-06-30"))

    moved = contracts.record_event(signed.uow(), contract_number="HT-1", event="验收", on=d("2026-07-15"))

    assert moved.date_before == d("2026-06-30")
    assert [(i.seq, i.due_before, i.due_date) for i in moved.installments] == [
        (2, d("2026-07-30"), d("2026-08-14")),
        (3, d("2027-06-30"), d("2027-07-15")),
    ]
    # Oldest due first: 30,000.00 pays the signing installment, 30,000.00 goes to installment 2.
    signed.receipt("60000.00", "2026-08-10", number="RC-1")
    signed.allocate("RC-1", "2026-08-10")
    state = _installments(signed.book)

    with pytest.raises(InvariantViolation, match="the due dates of INV-1 #2 count from it") as refused:
        contracts.record_event(signed.uow(), contract_number="HT-1", event="acceptance", on=d("2026-07-20"))

    assert "was recorded as 2026-07-15" in str(refused.value)
    assert "Unallocate those payments first" in str(refused.value)
    assert _installments(signed.book) == state
    assert len(_audit(signed.book, "contract.event")) == 2


def test_event_dates_before_signing_unknown_contracts_and_bad_events_are_refused(signed):
    with pytest.raises(
        ValidationError, match="delivery on 2026-03-01 would come before contract HT-1 was signed"
    ):
        contracts.record_event(signed.uow(), contract_number="HT-1", event="发货", on=d("2026-03-01"))
    with pytest.raises(NotFound, match="unknown contract 'HT-404'"):
        contracts.record_event(signed.uow(), contract_number="HT-404", event="验收", on=d("2026-06-30"))
    with pytest.raises(ValidationError, match="acctdesk invoice-received"):
        contracts.record_event(signed.uow(), contract_number="HT-1", event="票到", on=d("2026-06-30"))
    with pytest.raises(ValidationError, match="may only contain letters, digits and _"):
        contracts.record_event(signed.uow(), contract_number="HT-1", event="trial run", on=d("2026-06-30"))

    contracts.record_event(signed.uow(), contract_number="HT-1", event="delivery", on=d("2026-05-20"))
    with pytest.raises(
        ValidationError, match="cannot be signed on 2026-05-21, after its delivery on 2026-05-20"
    ):
        contracts.record_event(signed.uow(), contract_number="HT-1", event="签订", on=d("2026-05-21"))


def test_signing_recorded_after_invoicing_dates_the_advance_and_the_contract(books):
    contracts.create_contract(books.uow(), number="HT-3", customer_code="C1", amount="8000.00")
    books.invoice("INV-3", "8000.00", "2026-03-12", term="30% SIGN; BAL N30", contract_number="HT-3")

    result = contracts.record_event(books.uow(), contract_number="HT-3", event="签约", on=d("2026-03-20"))

    assert [(i.seq, i.amount.amount, i.due_date) for i in result.installments] == [
        (1, Decimal("2400.00"), d("2026-03-20"))
    ]
    assert [row[2] for row in _installments(books.book, "INV-3")] == [d("2026-03-20"), d("2026-04-11")]
    with books.book.sessions() as session:
        assert contracts.contract_by_number(session, "HT-3").signed_date == d("2026-03-20")
        assert session.scalars(select(ContractEvent)).all() == []  # signing lives on the contract


def test_milestones_and_the_books_calendar(books):
    set_business_calendar(books.uow(), "weekends")
    contracts.create_contract(books.uow(), number="HT-2", customer_code="C1", amount="50000.00")
    books.invoice(
        "INV-7",
        "50000.00",
        "2026-06-01",
        term="50% @试运行+30; BAL RETENTION ACCEPT+12M",
        contract_number="HT-2",
    )

    trial = contracts.record_event(books.uow(), contract_number="HT-2", event="@试运行", on=d("2026-07-02"))
    accepted = contracts.record_event(books.uow(), contract_number="HT-2", event="验收", on=d("2026-07-02"))

    # 2026-07-02 + 30 days is Saturday 2026-08-01, rolled to Monday; 2027-07-02 is a Friday.
    assert [(i.seq, i.due_date) for i in trial.installments] == [(1, d("2026-08-03"))]
    assert [(i.seq, i.due_date) for i in accepted.installments] == [(2, d("2027-07-02"))]


def test_invoice_receipt_dates_rcv_lines_with_their_discount_window(books):
    books.invoice("INV-R", "1000.00", "2026-03-12", term="2/10 RCV+30")
    before = _book_state(books.book, "2026-12-31")

    result = contracts.record_invoice_received(books.uow(), invoice_number="INV-R", on=d("2026-03-15"))

    assert [(i.seq, i.due_date, i.discount_until) for i in result.installments] == [
        (1, d("2026-04-14"), d("2026-03-25"))
    ]
    with books.book.sessions() as session:
        invoice = session.scalar(select(Invoice).where(Invoice.number == "INV-R"))
        assert invoice.received_date == d("2026-03-15")
        assert (invoice.amount.amount, invoice.term_shorthand) == (Decimal("1000.00"), "2/10 RCV+30")
        [installment] = invoice.installments
        assert (installment.due_date, installment.awaiting_event, installment.discount_minor) == (
            d("2026-04-14"),
            None,
            2000,
        )
    [event] = _audit(books.book, "invoice.received")
    assert json.loads(event.before_json)["date"] is None
    assert json.loads(event.after_json)["installments"] == [
        ["INV-R", 1, {"amount": "1000.00", "currency": "CNY"}, "2026-04-14"]
    ]
    assert _book_state(books.book, "2026-12-31") == before


def test_invoice_receipt_before_the_invoice_date_or_on_an_unknown_invoice_is_refused(books):
    books.invoice("INV-R", "1000.00", "2026-03-12", term="RCV+30")

    with pytest.raises(ValidationError, match="cannot have received it on 2026-03-11"):
        contracts.record_invoice_received(books.uow(), invoice_number="INV-R", on=d("2026-03-11"))
    with pytest.raises(NotFound, match="unknown invoice 'INV-404'"):
        contracts.record_invoice_received(books.uow(), invoice_number="INV-404", on=d("2026-03-15"))

    assert _audit(books.book, "invoice.received") == []


def test_moving_the_receipt_date_is_refused_once_the_installment_is_paid(books):
    books.invoice("INV-R", "1000.00", "2026-03-12", term="RCV+30")
    contracts.record_invoice_received(books.uow(), invoice_number="INV-R", on=d("2026-03-15"))
    moved = contracts.record_invoice_received(books.uow(), invoice_number="INV-R", on=d("2026-03-16"))
    books.receipt("400.00", "2026-04-01", number="RC-1")
    books.allocate("RC-1", "2026-04-01")

    with pytest.raises(InvariantViolation, match="the receipt of invoice INV-R was recorded as 2026-03-16"):
        contracts.record_invoice_received(books.uow(), invoice_number="INV-R", on=d("2026-03-20"))

    assert [(i.due_before, i.due_date) for i in moved.installments] == [(d("2026-04-14"), d("2026-04-15"))]
    assert _installments(books.book, "INV-R")[0][2] == d("2026-04-15")


def test_contract_schedule_shows_each_installment_with_its_open_amount_and_status(signed):
    contracts.record_event(signed.uow(), contract_number="HT-1", event="验收", on=d("2026-06-30"))
    signed.receipt("30000.00", "2026-03-20", number="RC-1")
    signed.allocate("RC-1", "2026-03-20")
    signed.receipt("20000.00", "2026-07-28", number="RC-2")
    signed.allocate("RC-2", "2026-07-28")

    with signed.book.sessions() as session:
        schedule = contracts.contract_schedule(session, "HT-1", as_of=d("2026-08-01"))

    assert (schedule.customer_code, schedule.signed_date, schedule.term) == ("C1", d("2026-03-10"), PLAN)
    assert schedule.events == {"signing": d("2026-03-10"), "acceptance": d("2026-06-30")}
    assert (schedule.invoiced.amount, schedule.open_amount.amount) == (
        Decimal("100000.00"),
        Decimal("50000.00"),
    )
    [invoice] = schedule.invoices
    assert [
        (i.seq, i.due_date, i.amount.amount, i.open_amount.amount, i.status, i.days_overdue)
        for i in invoice.installments
    ] == [
        (1, d("2026-03-10"), Decimal("30000.00"), Decimal("0.00"), "paid", 0),
        (2, d("2026-07-30"), Decimal("60000.00"), Decimal("40000.00"), "overdue", 2),
        (3, d("2027-06-30"), Decimal("10000.00"), Decimal("10000.00"), "not_due", 0),
    ]
    with signed.book.sessions() as session:
        earlier = contracts.contract_schedule(session, "HT-1", as_of=d("2026-03-15"))
    assert [(i.status, i.days_overdue) for i in earlier.invoices[0].installments] == [
        ("overdue", 5),
        ("not_due", 0),
        ("not_due", 0),
    ]


def test_an_invoice_on_a_contract_takes_the_contracts_term(book):
    ledger_ = Ledger(book)
    ledger_.customer("C1", "深圳星河电子有限公司")
    contracts.create_contract(
        ledger_.uow(), number="HT-9", customer_code="C1", amount=Decimal("1000.00"), term="N45"
    )
    result = ledger_.invoice("INV-9", "1000.00", "2026-03-01", due=None, contract_number="HT-9")
    assert (result.term, result.installments[0].due_date) == ("N45", d("2026-04-15"))
