"""Named payment terms in the book: canonical storage, refusals, updates that leave posted
invoices alone, and previews of a name or a shorthand."""

from __future__ import annotations

import json
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import AuditEvent, Installment, Invoice, PaymentTermRecord
from acctdesk.services import term_library
from acctdesk.services.errors import NotFound, ValidationError
from acctdesk.services.settings import set_business_calendar
from acctdesk.services.term_library import TermInfo
from tests.builders import Ledger, d


@pytest.fixture
def books(book) -> Ledger:
    return Ledger(book)


def _audit(book, action: str) -> list[AuditEvent]:
    with book.sessions() as session:
        return list(session.scalars(select(AuditEvent).where(AuditEvent.action == action)))


def _counts(book) -> tuple[int, int]:
    with book.sessions() as session:
        return (
            session.scalar(select(func.count()).select_from(PaymentTermRecord)),
            session.scalar(select(func.count()).select_from(AuditEvent)),
        )


def test_a_named_term_is_stored_in_its_canonical_spelling_and_audited(books):
    info = term_library.add_term(books.uow(), "质保合同", "30%签订；60%验收后30天；余款 质保金 验收后12个月")

    assert info == TermInfo("质保合同", "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M", 3, 0)
    with books.book.sessions() as session:
        assert term_library.list_terms(session) == [info]
    [event] = _audit(books.book, "term.create")
    assert (event.entity, event.entity_id) == ("payment_term", "质保合同")
    assert json.loads(event.after_json) == {
        "name": "质保合同",
        "shorthand": "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M",
    }


@pytest.mark.parametrize(
    ("shorthand", "message"),
    [
        ("N30 EOM", "'N30' and 'EOM' both give the due basis"),
        ("30% SIGN; 60% ACCEPT", "percents add up to 90%, not 100%"),
        ("EOM-5", "negative offset"),
        ("", "the payment term is empty"),
    ],
)
def test_a_bad_shorthand_is_refused_with_the_engines_message_and_nothing_is_saved(books, shorthand, message):
    before = _counts(books.book)

    with pytest.raises(ValidationError, match=message):
        term_library.add_term(books.uow(), "坏条件", shorthand)

    assert _counts(books.book) == before


def test_a_name_is_used_once_and_must_not_read_as_another_term(books):
    term_library.add_term(books.uow(), "月结30天", "EOM+30")
    before = _counts(books.book)

    with pytest.raises(ValidationError, match="a payment term named '月结30天' exists already"):
        term_library.add_term(books.uow(), " 月结30天 ", "EOM+60")
    # Posting looks names up before shorthand: "N30" must not quietly mean N60.
    with pytest.raises(ValidationError, match="the name 'N30' reads as the term N30, but the term is N60"):
        term_library.add_term(books.uow(), "N30", "N60")
    with pytest.raises(ValidationError, match="needs a name"):
        term_library.add_term(books.uow(), "  ", "N30")

    assert _counts(books.book) == before
    # A name that reads as the very same term is harmless.
    assert term_library.add_term(books.uow(), "net 30", "N30").shorthand == "N30"


def test_list_terms_counts_lines_and_the_customers_on_each_term(books):
    term_library.add_term(books.uow(), "月结60天", "月结60")
    term_library.add_term(books.uow(), "分期", "30% N0; BAL N60")
    books.customer("C1", default_term="分期")
    books.customer("C2", default_term="分期")
    books.customer("C3", default_term="月结60天")
    books.customer("C4")

    with books.book.sessions() as session:
        listed = term_library.list_terms(session)

    assert listed == [
        TermInfo("分期", "30% N0; BAL N60", 2, 2),
        TermInfo("月结60天", "EOM+60", 1, 1),
    ]


def test_changing_a_term_leaves_posted_invoices_and_their_installments_as_they_were(books):
    term_library.add_term(books.uow(), "标准", "50% N30; BAL N60")
    books.customer("C1", default_term="标准")
    books.invoice("INV-1", "1000.00", "2026-01-10", due=None)

    info = term_library.update_term(books.uow(), "标准", "EOM+30")
    books.invoice("INV-2", "1000.00", "2026-01-10", due=None)

    assert info == TermInfo("标准", "EOM+30", 1, 1)
    with books.book.sessions() as session:
        invoices = {i.number: i for i in session.scalars(select(Invoice))}
        assert invoices["INV-1"].term_shorthand == "50% N30; BAL N60"
        assert invoices["INV-2"].term_shorthand == "EOM+30"
        dates = session.execute(
            select(Invoice.number, Installment.seq, Installment.amount_minor, Installment.due_date)
            .join(Invoice)
            .order_by(Invoice.number, Installment.seq)
        ).all()
    assert [tuple(row) for row in dates] == [
        ("INV-1", 1, 50000, d("2026-02-09")),
        ("INV-1", 2, 50000, d("2026-03-11")),
        ("INV-2", 1, 100000, d("2026-03-02")),
    ]
    [event] = _audit(books.book, "term.update")
    assert json.loads(event.before_json) == {"shorthand": "50% N30; BAL N60"}
    assert json.loads(event.after_json) == {"shorthand": "EOM+30", "customers": 1}


def test_updating_refuses_an_unknown_name_or_a_bad_term_and_an_unchanged_term_writes_nothing(books):
    term_library.add_term(books.uow(), "标准", "N30")
    before = _counts(books.book)

    with pytest.raises(NotFound, match="unknown payment term '没有'"):
        term_library.update_term(books.uow(), "没有", "N30")
    with pytest.raises(ValidationError, match="percents add up to 110%"):
        term_library.update_term(books.uow(), "标准", "50% N0; 60% N30")
    assert term_library.update_term(books.uow(), "标准", "net 30").shorthand == "N30"

    assert _counts(books.book) == before


def test_preview_reads_a_stored_name_with_the_books_calendar_or_shorthand_without_a_book(books):
    term_library.add_term(books.uow(), "标准账期", "N30")
    set_business_calendar(books.uow(), "weekends")

    with books.book.sessions() as session:
        # 2026-07-02 + 30 days is Saturday 2026-08-01: the book rolls it to Monday.
        [named] = term_library.preview(
            session, "标准账期", invoice_date=d("2026-07-02"), amount=Decimal("5000.00")
        )
        [unrolled] = term_library.preview(
            session, "标准账期", invoice_date=d("2026-07-02"), amount="5,000.00", calendar_name="none"
        )
    [bare] = term_library.preview(None, "2/10 N30", invoice_date=d("2026-07-02"), amount=Decimal("5000.00"))

    assert (named.amount, named.due_date) == (Decimal("5000.00"), d("2026-08-03"))
    assert unrolled.due_date == d("2026-08-01")
    assert (bare.due_date, bare.discount_until, bare.discount_amount) == (
        d("2026-08-01"),
        d("2026-07-12"),
        Decimal("100.00"),
    )
    with pytest.raises(ValidationError, match="if it is the name of a stored term, give the book"):
        term_library.preview(None, "标准账期", invoice_date=d("2026-07-02"), amount=Decimal("1.00"))


def test_preview_leaves_event_lines_awaiting_until_their_dates_are_given(books):
    term = "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M"

    awaiting = term_library.preview(None, term, invoice_date=d("2026-03-12"), amount=Decimal("100000.00"))
    dated = term_library.preview(
        None,
        term,
        invoice_date=d("2026-03-12"),
        amount=Decimal("100000.00"),
        events={"签订": d("2026-03-10"), "验收": d("2026-06-30")},
    )

    assert [(i.amount, i.due_date, i.awaiting_event, i.retention) for i in awaiting] == [
        (Decimal("30000.00"), None, "signing", False),
        (Decimal("60000.00"), None, "acceptance", False),
        (Decimal("10000.00"), None, "acceptance", True),
    ]
    assert [i.due_date for i in dated] == [d("2026-03-10"), d("2026-07-30"), d("2027-06-30")]
