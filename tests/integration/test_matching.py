"""Matching imported bank lines to customers and invoices, and posting them, on small ledgers."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import AuditEvent, BankLineRecord, Receipt
from acctdesk.services import matching
from acctdesk.services.audit import verify_chain
from acctdesk.services.balances import balance_summary, open_items, unapplied_credits
from acctdesk.services.bank_import import import_bank_file, list_bank_lines
from acctdesk.services.customers import get_customer
from acctdesk.services.errors import InvariantViolation, NotFound
from acctdesk.services.ledger import AllocationLine
from acctdesk.services.settings import book_info, set_lock_date
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger

HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"
AS_OF = date(2026, 12, 31)


@pytest.fixture
def ledger(book) -> Ledger:
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.customer("C2", "北京东方电子有限公司")
    ledger.customer("C3", "Northwind Trading Co., Ltd.")
    return ledger


@pytest.fixture
def statement(book, tmp_path):
    """Import bank lines written as CSV rows; returns {reference: line id}."""

    def load(*rows: str) -> dict[str, int]:
        path = tmp_path / f"statement-{len(list(tmp_path.iterdir()))}.csv"
        path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
        import_bank_file(UnitOfWork(book, "tester"), path)
        with book.sessions() as session:
            return {line.reference: line.id for line in list_bank_lines(session)}

    return load


def proposals(book) -> dict[int, matching.Proposal]:
    with book.sessions() as session:
        return {p.line_id: p for p in matching.propose_matches(session)}


def paid(proposal: matching.Proposal) -> list[tuple[str, int, Decimal]]:
    return [(a.invoice_number, a.seq, a.amount.amount) for a in proposal.allocations]


def test_exact_amount_of_one_open_item_finds_that_invoice(ledger, statement, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-10")
    ledger.invoice("INV-2", "2500.00", "2026-01-20")
    ledger.invoice("INV-3", "2500.00", "2026-01-05", customer="C2")
    ids = statement("2026-03-02,2500.00,,上海华信科技有限公司,,货款,S1")

    proposal = proposals(book)[ids["S1"]]
    assert proposal.customer_code == "C1"
    assert paid(proposal) == [("INV-2", 1, Decimal("2500.00"))]
    assert proposal.score >= 90
    assert any("equals the open CNY 2,500.00 of INV-2" in r for r in proposal.reasons)


def test_an_invoice_number_in_the_memo_wins_over_the_oldest_item(ledger, statement, book):
    ledger.invoice("INV-1", "800.00", "2026-01-10")
    ledger.invoice("INV-2", "800.00", "2026-01-20")
    ids = statement("2026-03-02,800.00,,上海华信科技有限公司,,付INV-2货款,S1")

    proposal = proposals(book)[ids["S1"]]
    assert paid(proposal) == [("INV-2", 1, Decimal("800.00"))]
    assert proposal.score == 100
    assert any("memo names INV-2" in r for r in proposal.reasons)


def test_an_invoice_number_alone_identifies_an_unknown_payer(ledger, statement, book):
    ledger.invoice("INV-7", "640.00", "2026-01-10", customer="C2")
    ids = statement("2026-03-02,640.00,,东方电子财务部,,INV-7,S1")

    proposal = proposals(book)[ids["S1"]]
    assert (proposal.customer_code, paid(proposal)) == ("C2", [("INV-7", 1, Decimal("640.00"))])
    assert proposal.score == 90


def test_two_installments_that_add_up_to_the_amount(ledger, statement, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-05")
    ledger.invoice("INV-2", "300.00", "2026-01-10")
    ledger.invoice("INV-3", "700.00", "2026-01-15")
    ids = statement("2026-03-02,1700.00,,上海华信科技有限公司,,货款,S1")

    proposal = proposals(book)[ids["S1"]]
    assert paid(proposal) == [("INV-1", 1, Decimal("1000.00")), ("INV-3", 1, Decimal("700.00"))]
    assert proposal.score == 90
    assert any("INV-1 + INV-3" in r for r in proposal.reasons)


def test_installments_of_one_invoice_add_up(ledger, statement, book):
    ledger.invoice("INV-9", "1000.00", "2026-01-05", due=None, term="30% N0; 70% N30")
    ledger.invoice("INV-10", "999.00", "2026-01-06")
    ids = statement("2026-03-02,1000.00,,上海华信科技有限公司,,货款,S1")

    proposal = proposals(book)[ids["S1"]]
    assert paid(proposal) == [("INV-9", 1, Decimal("300.00")), ("INV-9", 2, Decimal("700.00"))]
    assert proposal.score >= 90


def test_a_name_without_its_legal_form_is_the_customer(ledger, statement, book):
    ledger.invoice("INV-1", "500.00", "2026-01-10")
    ledger.invoice("INV-2", "500.00", "2026-01-10", customer="C3")
    ids = statement(
        "2026-03-02,500.00,,上海华信科技,,货款,S1",
        "2026-03-02,500.00,,NORTHWIND TRADING COMPANY LIMITED,,payment,S2",
    )
    found = proposals(book)
    assert (found[ids["S1"]].customer_code, found[ids["S1"]].score) == ("C1", 95)
    assert (found[ids["S2"]].customer_code, found[ids["S2"]].score) == ("C3", 95)


def test_a_similar_name_is_proposed_for_review_not_for_automatic_matching(ledger, statement, book):
    ledger.invoice("INV-1", "500.00", "2026-01-10")
    ids = statement("2026-03-02,500.00,,上海华信科技发展,,货款,S1")

    proposal = proposals(book)[ids["S1"]]
    assert proposal.customer_code == "C1"
    assert proposal.score < matching.DEFAULT_MIN_SCORE
    assert any("similar to customer C1" in r for r in proposal.reasons)


def test_an_unknown_payer_gets_no_proposal(ledger, statement, book):
    ledger.invoice("INV-1", "500.00", "2026-01-10")
    statement("2026-03-02,500.00,,广州完全无关贸易有限公司,,往来款,S1")
    assert proposals(book) == {}


def test_a_partial_payment_is_applied_oldest_first(ledger, statement, book):
    ledger.invoice("INV-1", "400.00", "2026-01-05")
    ledger.invoice("INV-2", "400.00", "2026-01-10")
    ledger.invoice("INV-3", "400.00", "2026-01-15")
    ids = statement("2026-03-02,650.00,,上海华信科技有限公司,,货款,S1")

    proposal = proposals(book)[ids["S1"]]
    assert paid(proposal) == [("INV-1", 1, Decimal("400.00")), ("INV-2", 1, Decimal("250.00"))]
    assert proposal.score == 60


def test_two_lines_never_claim_the_same_open_amount(ledger, statement, book):
    ledger.invoice("INV-1", "400.00", "2026-01-05")
    ids = statement(
        "2026-03-02,300.00,,上海华信科技有限公司,,货款,S1",
        "2026-03-03,400.00,,上海华信科技有限公司,,货款,S2",
    )
    found = proposals(book)
    # The exact payment takes INV-1; the earlier partial one has nothing left to pay.
    assert paid(found[ids["S2"]]) == [("INV-1", 1, Decimal("400.00"))]
    assert paid(found[ids["S1"]]) == []
    assert found[ids["S1"]].unapplied.amount == Decimal("300.00")


def test_auto_match_posts_receipts_and_allocations_and_the_balances_tie(ledger, statement, book):
    ledger.invoice("INV-1", "1000.00", "2026-01-10")
    ledger.invoice("INV-2", "2000.00", "2026-01-20", customer="C2")
    ledger.invoice("INV-3", "300.00", "2026-01-25", customer="C2")
    ids = statement(
        "2026-03-02,1000.00,,上海华信科技有限公司,6222000011112222,货款,S1",
        "2026-03-03,2300.00,,北京东方电子有限公司,,货款,S2",
        "2026-03-04,100.00,,上海华信科技发展,,货款,S3",
        "2026-03-05,,50.00,电费,,电费,S4",
    )
    result = matching.auto_match(UnitOfWork(book, "tester"))

    assert (result.proposals, result.confirmed, result.below_threshold, result.skipped) == (3, 2, 1, ())
    with book.sessions() as session:
        lines = {line.reference: line for line in list_bank_lines(session)}
        assert [lines[r].status for r in ("S1", "S2", "S3", "S4")] == [
            "matched",
            "matched",
            "unmatched",
            "outgoing",
        ]
        assert lines["S1"].receipt_number is not None
        assert [i.invoice_number for i in open_items(session, AS_OF)] == []
        assert unapplied_credits(session, AS_OF) == []
        summary = balance_summary(session, AS_OF)
        assert [s.ties for s in summary] == [True]
        assert summary[0].balance.amount == Decimal("0.00")
        receipt = session.scalar(select(Receipt).where(Receipt.number == lines["S1"].receipt_number))
        assert (receipt.receipt_date, receipt.payer, receipt.reference) == (
            date(2026, 3, 2),
            "上海华信科技有限公司",
            "S1",
        )
        assert verify_chain(session).ok
    assert ids["S3"] not in {line_id for line_id, _ in result.skipped}


def test_confirming_remembers_the_payer_as_an_alias_and_the_account(ledger, statement, book):
    ledger.invoice("INV-1", "500.00", "2026-01-10")
    ledger.invoice("INV-2", "700.00", "2026-01-20")
    ids = statement("2026-03-02,500.00,,上海华信科技发展,6222000011112222,货款,S1")

    result = matching.confirm_match(UnitOfWork(book, "tester"), ids["S1"], "C1")
    assert (result.alias_learned, result.allocated.amount, result.unapplied.amount) == (
        "上海华信科技发展",
        Decimal("500.00"),
        Decimal("0.00"),
    )
    with book.sessions() as session:
        assert get_customer(session, "C1").aliases == ("上海华信科技发展",)

    ids = statement(
        "2026-03-09,700.00,,上海华信科技发展,,货款,S2",
        "2026-03-10,1.00,,某个代付人,6222000011112222,货款,S3",
    )
    found = proposals(book)
    assert found[ids["S2"]].score == 100
    assert any("alias of customer C1" in r for r in found[ids["S2"]].reasons)
    assert found[ids["S3"]].customer_code == "C1"
    assert any("paid customer C1 before" in r for r in found[ids["S3"]].reasons)


def test_confirm_is_one_transaction_a_refused_allocation_leaves_no_receipt(ledger, statement, book):
    ledger.invoice("INV-1", "500.00", "2026-01-10")
    ids = statement("2026-03-02,800.00,,上海华信科技有限公司,,货款,S1")
    with book.sessions() as session:
        events = session.scalar(select(func.count()).select_from(AuditEvent))
    too_much = [AllocationLine(ledger.installment_id("INV-1"), Decimal("600.00"))]

    with pytest.raises(InvariantViolation, match="over-allocated"):
        matching.confirm_match(UnitOfWork(book, "tester"), ids["S1"], "C1", too_much)

    with book.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Receipt)) == 0
        assert session.scalar(select(func.count()).select_from(AuditEvent)) == events
        assert session.get(BankLineRecord, ids["S1"]).status == "unmatched"
        assert get_customer(session, "C1").aliases == ()


def test_confirm_with_explicit_lines_or_unapplied(ledger, statement, book):
    ledger.invoice("INV-1", "500.00", "2026-01-10")
    ledger.invoice("INV-2", "500.00", "2026-01-20")
    ids = statement(
        "2026-03-02,800.00,,上海华信科技有限公司,,货款,S1", "2026-03-03,90.00,,上海华信科技有限公司,,预付,S2"
    )

    chosen = [AllocationLine(ledger.installment_id("INV-2"), Decimal("500.00"))]
    first = matching.confirm_match(UnitOfWork(book, "tester"), ids["S1"], "C1", chosen)
    second = matching.confirm_match(UnitOfWork(book, "tester"), ids["S2"], "C1", [])
    assert (first.allocated.amount, first.unapplied.amount) == (Decimal("500.00"), Decimal("300.00"))
    assert (second.allocated.amount, second.unapplied.amount) == (Decimal("0.00"), Decimal("90.00"))
    with book.sessions() as session:
        assert [i.invoice_number for i in open_items(session, AS_OF)] == ["INV-1"]
        assert sum(c.unapplied.amount for c in unapplied_credits(session, AS_OF)) == Decimal("390.00")
        assert [s.ties for s in balance_summary(session, AS_OF)] == [True]
    with pytest.raises(InvariantViolation, match="is matched, not unmatched"):
        matching.confirm_match(UnitOfWork(book, "tester"), ids["S1"], "C1")
    with pytest.raises(NotFound):
        matching.confirm_match(UnitOfWork(book, "tester"), 9999, "C1")


def test_auto_match_skips_a_refused_line_without_trace_and_confirms_the_rest(ledger, statement, book):
    ledger.invoice("INV-1", "100.00", "2026-01-05")
    ledger.invoice("INV-2", "200.00", "2026-02-05")
    ids = statement(
        "2026-01-31,100.00,,上海华信科技有限公司,,货款,S1",
        "2026-03-02,200.00,,上海华信科技有限公司,,货款,S2",
    )
    with book.sessions() as session:
        version = book_info(session).version
    set_lock_date(UnitOfWork(book, "tester"), date(2026, 1, 31), version)

    result = matching.auto_match(UnitOfWork(book, "tester"))

    assert (result.confirmed, result.receipts) == (1, ("RC-000001",)), "the refused one used no number"
    assert [line_id for line_id, _ in result.skipped] == [ids["S1"]]
    assert "locked period" in result.skipped[0][1]
    with book.sessions() as session:
        assert session.scalar(select(func.count()).select_from(Receipt)) == 1
        actions = session.scalars(select(AuditEvent.action).order_by(AuditEvent.seq)).all()
        assert actions[-4:] == ["receipt.post", "allocation.post", "bank_line.match", "bank_match.auto"]
        assert actions.count("receipt.post") == 1
        assert session.get(BankLineRecord, ids["S1"]).status == "unmatched"
        assert verify_chain(session).ok


def test_ignore_and_unmatch(ledger, statement, book):
    ledger.invoice("INV-1", "100.00", "2026-01-05")
    ids = statement("2026-03-02,100.00,,上海华信科技有限公司,,货款,S1", "2026-03-03,5.00,,银行,,利息,S2")
    matching.ignore_line(UnitOfWork(book, "tester"), ids["S2"], "bank interest")
    matching.confirm_match(UnitOfWork(book, "tester"), ids["S1"], "C1")

    matching.unmatch_line(
        UnitOfWork(book, "tester"), ids["S1"], on=date(2026, 3, 10), reason="wrong customer"
    )

    with book.sessions() as session:
        lines = {line.reference: line for line in list_bank_lines(session)}
        assert (lines["S1"].status, lines["S1"].receipt_number) == ("unmatched", None)
        assert (lines["S2"].status, lines["S2"].note) == ("ignored", "bank interest")
        assert [i.invoice_number for i in open_items(session, AS_OF)] == ["INV-1"]
        assert unapplied_credits(session, AS_OF) == []
        assert [s.ties for s in balance_summary(session, AS_OF)] == [True]
    assert set(proposals(book)) == {ids["S1"]}, "an ignored line is not proposed"


def test_lines_before_an_invoice_date_do_not_pay_it(ledger, statement, book):
    ledger.invoice("INV-1", "100.00", "2026-03-05")
    ids = statement("2026-03-02,100.00,,上海华信科技有限公司,,货款,S1")
    proposal = proposals(book)[ids["S1"]]
    assert paid(proposal) == []
    assert proposal.score == 50


def test_proposals_of_one_import(ledger, statement, book, tmp_path):
    ledger.invoice("INV-1", "100.00", "2026-01-05")
    statement("2026-03-02,100.00,,上海华信科技有限公司,,货款,S1")
    path: Path = tmp_path / "second.csv"
    path.write_text(HEADER + "\n2026-03-03,60.00,,上海华信科技有限公司,,货款,S2\n", encoding="utf-8")
    second = import_bank_file(UnitOfWork(book, "tester"), path)
    with book.sessions() as session:
        only = matching.propose_matches(session, batch_id=second.batch_id)
    assert [p.amount.amount for p in only] == [Decimal("60.00")]


def test_a_confirmation_refused_after_its_receipt_was_written_leaves_no_trace(
    ledger, statement, book, monkeypatch
):
    ledger.invoice("INV-1", "100.00", "2026-01-05")
    ledger.invoice("INV-2", "200.00", "2026-01-06")
    ids = statement(
        "2026-03-02,100.00,,上海华信科技有限公司,,货款,S1",
        "2026-03-03,200.00,,上海华信科技有限公司,,货款,S2",
    )
    allocate = matching.ledger.allocate

    def refuse_the_first(uow, **kw):  # the receipt is flushed (and numbered) before this refusal
        if kw["lines"][0].amount == Decimal("100.00"):
            raise InvariantViolation("invoice INV-1 is reversed")
        return allocate(uow, **kw)

    monkeypatch.setattr(matching.ledger, "allocate", refuse_the_first)
    result = matching.auto_match(UnitOfWork(book, "tester"))

    assert (result.confirmed, result.skipped) == (1, ((ids["S1"], "invoice INV-1 is reversed"),))
    assert result.receipts == ("RC-000001",)
    with book.sessions() as session:
        assert session.scalars(select(Receipt.number)).all() == ["RC-000001"]
        assert verify_chain(session).ok, verify_chain(session)
