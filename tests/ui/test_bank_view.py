"""The bank view over a small book: import a statement, see the proposals and why, confirm, ignore,
and let the sure ones match themselves."""

from __future__ import annotations

import pytest

from acctdesk.services.balances import balance_summary, open_items
from acctdesk.ui.bank_view import BankView
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import Ops
from tests.builders import Ledger
from tests.ui.conftest import AS_OF, settle

HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"


@pytest.fixture
def bank_ctx(book, shown_errors):
    """A small book (not the demo: its bulk rows leave PostgreSQL's id sequences behind)."""
    ledger = Ledger(book)
    for code, name in (
        ("C1", "上海华信科技有限公司"),
        ("C2", "北京东方电子有限公司"),
        ("C3", "杭州金桥机械有限公司"),
    ):
        ledger.customer(code, name)
    for number, amount, customer in (
        ("INV-1", "1000.00", "C1"),
        ("INV-2", "2500.00", "C2"),
        ("INV-3", "300.00", "C3"),
        ("INV-4", "900.00", "C3"),
    ):
        ledger.invoice(number, amount, "2026-10-05", customer=customer)
    context = AppContext(book, Ops(), user="tester", as_of=AS_OF)
    yield context
    context.ops.wait()
    assert shown_errors == [], shown_errors


def statement(ctx, tmp_path) -> tuple[str, list]:
    """A statement paying one open item of each customer exactly, and one line from a stranger."""
    with ctx.book.sessions() as session:
        items = open_items(session, AS_OF)
    chosen = [next(i for i in items if i.customer_code == code) for code in ("C1", "C2", "C3")]
    rows = [f"{AS_OF},{i.open_amount.amount},,{i.customer_name},,货款,REF{n}" for n, i in enumerate(chosen)]
    rows.append(f"{AS_OF},123.45,,不认识的公司,,往来款,REF9")
    path = tmp_path / "statement.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    return str(path), chosen


def test_import_propose_confirm_ignore_and_auto_match(qtbot, qtmodeltester, bank_ctx, tmp_path):
    ctx = bank_ctx
    view = BankView(ctx)
    qtbot.addWidget(view)
    settle(ctx)
    assert view.model.rowCount() == 0

    path, chosen = statement(ctx, tmp_path)
    view.import_file(path)
    settle(ctx)
    assert "4 lines read, 4 added" in view.last_message
    assert view.model.rowCount() == 4
    qtmodeltester.check(view.model)

    rows = {row.line.reference: row for row in view.model.rows}
    first = rows["REF0"]
    assert first.proposal is not None and first.proposal.customer_code == chosen[0].customer_code
    assert first.proposal.score == 100
    assert [a.installment_id for a in first.proposal.allocations] == [chosen[0].installment_id]
    assert rows["REF9"].proposal is None

    view.select_line(first.line.id)
    assert view.confirm_button.isEnabled()
    assert "equals the open" in view.reasons.text()
    view.confirm_selected()
    settle(ctx)
    assert "is receipt RC-" in view.last_message
    assert view.model.rowCount() == 3

    view.select_line(rows["REF9"].line.id)
    assert not view.confirm_button.isEnabled() and view.ignore_button.isEnabled()
    assert "not recognised" in view.reasons.text()
    view.ignore_selected("股东借款")
    settle(ctx)
    assert view.model.rowCount() == 2

    view.match_automatically()
    settle(ctx)
    assert view.last_message.startswith("2 of 2 proposals confirmed")
    assert view.model.rowCount() == 0
    with ctx.book.sessions() as session:
        still_open = {i.installment_id for i in open_items(session, AS_OF)}
        assert not still_open & {i.installment_id for i in chosen}
        assert all(s.ties for s in balance_summary(session, AS_OF))

    view.status_box.setCurrentIndex(1)  # all lines
    settle(ctx)
    assert sorted(row.line.status for row in view.model.rows) == ["ignored", "matched", "matched", "matched"]
    qtmodeltester.check(view.model)


def test_importing_the_same_file_again_says_so(qtbot, bank_ctx, tmp_path):
    ctx = bank_ctx
    view = BankView(ctx)
    qtbot.addWidget(view)
    path, _ = statement(ctx, tmp_path)
    view.import_file(path)
    settle(ctx)
    view.import_file(path)
    settle(ctx)
    assert view.last_message == "statement.csv was imported already: nothing added."


def test_the_panel_follows_the_selection_a_threshold_and_unmatch(qtbot, bank_ctx, tmp_path):
    ctx = bank_ctx
    view = BankView(ctx)
    qtbot.addWidget(view)
    path, chosen = statement(ctx, tmp_path)
    view.import_file(path)
    settle(ctx)
    rows = {row.line.reference: row for row in view.model.rows}
    view.select_line(rows["REF1"].line.id)
    qtbot.waitUntil(lambda: view.panel.model.rowCount() > 0)
    assert view.panel.customer.text() == chosen[1].customer_code
    assert view.panel.accept_button.isEnabled()

    view.min_score.setValue(100)  # only the surest: the three exact payments score 100
    view.match_automatically()
    settle(ctx)
    assert view.last_message.startswith("3 of 3 proposals confirmed")

    view.status_box.setCurrentIndex(view.status_box.findData("matched"))
    settle(ctx)
    matched = next(row for row in view.model.rows if row.line.reference == "REF0")
    view.select_line(matched.line.id)
    assert view.unmatch_button.isEnabled() and not view.panel.accept_button.isEnabled()
    view.unmatch_selected("付款人弄错了")
    settle(ctx)
    assert (
        view.last_message
        == f"Line {matched.line.id} is waiting to be matched again; its receipt was reversed."
    )
    with ctx.book.sessions() as session:
        still_open = {i.installment_id for i in open_items(session, AS_OF)}
    assert chosen[0].installment_id in still_open
