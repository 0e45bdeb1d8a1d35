"""The match panel beside the bank lines: a proposal accepted as it is, a payment split over other
items by hand, a proposal rejected and another customer chosen, and too much refused in place."""

from __future__ import annotations

from decimal import Decimal

import pytest
from sqlalchemy import select

from acctdesk.model.entities import Allocation, BankLineRecord, Installment, Invoice, Receipt
from acctdesk.services.bank_import import import_bank_file
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui.bank_view import load_rows
from acctdesk.ui.context import AppContext
from acctdesk.ui.match_panel import MatchPanel
from acctdesk.ui.ops import Ops
from tests.builders import Ledger
from tests.ui.conftest import AS_OF, settle

HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"


@pytest.fixture
def match_ctx(book, shown_errors, tmp_path):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.customer("C2", "北京东方电子有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-09-05", customer="C1", due="2026-10-05")
    ledger.invoice("INV-2", "2500.00", "2026-10-05", customer="C1", due="2026-11-05")
    ledger.invoice("INV-3", "700.00", "2026-10-10", customer="C2", due="2026-11-10")
    path = tmp_path / "statement.csv"
    path.write_text(
        "\n".join(
            [
                HEADER,
                f"{AS_OF},1000.00,,上海华信科技有限公司,,货款 INV-1,REF1",
                f"{AS_OF},3000.00,,上海华信科技有限公司,,货款,REF2",
                f"{AS_OF},700.00,,不认识的公司,,往来款,REF3",
            ]
        )
        + "\n",
        encoding="utf-8",
    )
    import_bank_file(UnitOfWork(book, "tester"), path)
    context = AppContext(book, Ops(), user="tester", as_of=AS_OF)
    yield context
    context.ops.wait()
    assert shown_errors == [], shown_errors


def rows_by_reference(ctx):
    with ctx.book.sessions() as session:
        return {row.line.reference: row for row in load_rows(session, "unmatched")}


def allocations_of(ctx, reference: str) -> dict[str, Decimal]:
    with ctx.book.sessions() as session:
        receipt_id = session.scalar(
            select(BankLineRecord.receipt_id).where(BankLineRecord.reference == reference)
        )
        rows = session.execute(
            select(Invoice.number, Allocation.amount_minor)
            .join(Installment, Installment.id == Allocation.installment_id)
            .join(Invoice, Invoice.id == Installment.invoice_id)
            .where(Allocation.receipt_id == receipt_id)
        ).all()
        assert session.get(Receipt, receipt_id) is not None
    return {number: Decimal(minor) / 100 for number, minor in rows}


def show(qtbot, ctx, panel, row) -> None:
    panel.show_line(row.line, row.proposal)
    qtbot.waitUntil(
        lambda: panel.customer.loaded and (panel.model.rowCount() > 0 or panel._loaded_code is None)
    )
    settle(ctx)


def test_a_proposal_accepted_as_it_is(qtbot, match_ctx):
    ctx = match_ctx
    panel = MatchPanel(ctx)
    qtbot.addWidget(panel)
    row = rows_by_reference(ctx)["REF1"]
    show(qtbot, ctx, panel, row)
    assert panel.customer.text() == "C1"
    assert "score 100" in panel.reasons.text()
    assert [r.apply_text for r in panel.model.rows] == ["1000.00", ""]
    with qtbot.waitSignal(panel.confirmed, timeout=10_000) as done:
        assert panel.accept()
    assert done.args[0].customer_code == "C1"
    assert allocations_of(ctx, "REF1") == {"INV-1": Decimal("1000.00")}


def test_a_payment_split_by_hand_leaves_the_rest_unapplied(qtbot, match_ctx):
    ctx = match_ctx
    panel = MatchPanel(ctx)
    qtbot.addWidget(panel)
    show(qtbot, ctx, panel, rows_by_reference(ctx)["REF2"])  # 3,000.00 against 1,000.00 and 2,500.00
    panel.model.set_amounts({})
    panel.set_apply(0, "600")
    panel.set_apply(1, "2000")
    assert panel.unapplied().amount == Decimal("400.00")
    assert "400.00" in panel.totals.text()
    panel.set_apply(1, "2500")  # 3,100.00: more than the line brought in
    assert not panel.accept_button.isEnabled()
    assert panel.message.text() == "More than the line brought in"
    panel.set_apply(1, "2400")
    with qtbot.waitSignal(panel.confirmed, timeout=10_000) as done:
        assert panel.accept()
    assert done.args[0].unapplied.amount == Decimal("0.00")
    assert allocations_of(ctx, "REF2") == {"INV-1": Decimal("600.00"), "INV-2": Decimal("2400.00")}


def test_a_rejected_proposal_and_another_customer_chosen(qtbot, match_ctx):
    ctx = match_ctx
    panel = MatchPanel(ctx)
    qtbot.addWidget(panel)
    row = rows_by_reference(ctx)["REF3"]  # a stranger's 700.00: C2 owes exactly that
    show(qtbot, ctx, panel, row)
    if row.proposal is not None:
        panel.reject_proposal()
        assert panel.customer.text() == "" and not panel.reject_button.isEnabled()
    panel.customer.setText("C2")
    qtbot.waitUntil(lambda: panel.model.rowCount() == 1)
    assert [r.apply_text for r in panel.model.rows] == ["700.00"]  # oldest first
    with qtbot.waitSignal(panel.confirmed, timeout=10_000):
        assert panel.accept()
    assert allocations_of(ctx, "REF3") == {"INV-3": Decimal("700.00")}


def test_nothing_to_match_on_a_line_of_money_out(qtbot, match_ctx):
    panel = MatchPanel(match_ctx)
    qtbot.addWidget(panel)
    panel.show_line(None)
    assert not panel.accept_button.isEnabled() and not panel.customer.isEnabled()
    assert panel.title.text() == "Choose a line of money in to match it."
