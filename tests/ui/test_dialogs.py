"""Entering, allocating and reversing through the dialogs: bad input is refused in place and nothing is
posted; good input is posted in the background and every open view refreshes from the changed-signal."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal

import shiboken6

from acctdesk.model.money import Money
from acctdesk.services import balances, lists
from acctdesk.services.lists import ListQuery
from acctdesk.ui.allocation import AllocationDialog
from tests.ui.conftest import AS_OF, settle


def closed(dialog) -> bool:
    return not shiboken6.isValid(dialog) or not dialog.isVisible()


def _invoice_count(ctx) -> int:
    with ctx.book.sessions() as session:
        return lists.invoice_count(session, AS_OF)


def test_an_invoice_entered_and_posted_through_the_dialog(qtbot, window, ctx):
    view = window.show_page("invoices")
    settle(ctx)
    dialog = window.new_invoice("")
    settle(ctx)
    dialog.set_values(customer="C00003", number="FP-2026-0001", amount="12,345.60", term="30% N0; BAL EOM+30")
    assert dialog.post_button.isEnabled()
    schedule = dialog.schedule_model.rows
    assert [s.amount for s in schedule] == [Decimal("3703.68"), Decimal("8641.92")]
    assert [s.due_date for s in schedule] == [
        AS_OF,
        date(2026, 11, 30) + timedelta(days=30),
    ]  # month end + 30
    assert dialog.customer_info.text().startswith(dialog.customer.customer().name)
    assert dialog.post()
    settle(ctx)
    assert closed(dialog)
    assert _invoice_count(ctx) == 601
    # The list refreshed itself from the application-wide signal; the new invoice is on top.
    assert view.model.rows[0].number == "FP-2026-0001"
    assert view.model.rows[0].open_amount == Money.of("12345.60", "CNY")
    assert view.model.total == 601
    assert "FP-2026-0001" in window.statusBar().currentMessage()


def test_bad_input_is_refused_in_place(qtbot, window, ctx):
    dialog = window.new_invoice("")
    settle(ctx)
    dialog.set_values(customer="NOPE", number="X-1", amount="12a.00", due_date=AS_OF - timedelta(days=3))
    assert not dialog.post_button.isEnabled()
    assert dialog._messages["customer"].text() == "Unknown customer: pick one from the list"
    assert dialog._messages["amount"].text() == "Not an amount: use digits, e.g. 12,345.67"
    assert dialog._messages["due_date"].text() == "The due date is before the invoice date"
    assert all(dialog._messages[key].isVisible() for key in ("customer", "amount", "due_date"))
    assert dialog.post() is False
    settle(ctx)
    assert _invoice_count(ctx) == 600
    # Fixing one field clears its message and only its message.
    dialog.amount.setText("100.001")
    assert dialog._messages["amount"].text() == "At most 2 decimals for CNY"
    dialog.amount.setText("100.00")
    assert not dialog._messages["amount"].isVisible()
    assert dialog._messages["customer"].isVisible()
    dialog.customer.setText("C00001")
    dialog.due_date.setDate(dialog.invoice_date.date().addDays(30))
    assert dialog.post_button.isEnabled()
    dialog.fixed_due.setChecked(False)
    dialog.term.setEditText("30% N0; 80% N30")
    assert "Payment term not understood" in dialog._messages["term"].text()
    assert not dialog.post_button.isEnabled()
    dialog.reject()


def test_a_refusal_from_the_ledger_is_shown_next_to_its_field(qtbot, window, ctx):
    with ctx.book.sessions() as session:
        taken = lists.invoice_page(session, AS_OF, limit=1)[0].number
    dialog = window.new_invoice("")
    settle(ctx)
    dialog.set_values(customer="C00002", number=taken, amount="100", term="N30")
    assert dialog.post()
    settle(ctx)
    assert dialog.isVisible()
    assert dialog._messages["number"].text() == f"invoice {taken} is posted already"
    assert dialog.post_button.isEnabled()
    assert _invoice_count(ctx) == 600
    dialog.reject()


def test_a_receipt_allocated_through_the_allocation_dialog(qtbot, window, ctx):
    window.show_page("receipts")
    settle(ctx)
    receipt_dialog = window.new_receipt("")
    settle(ctx)
    receipt_dialog.customer.setText("C00005")
    receipt_dialog.amount.setText("50,000.00")
    receipt_dialog.reference.setText("B-778")
    assert receipt_dialog.post()
    settle(ctx)
    number = receipt_dialog.result_value.number
    # "Allocate after posting" is on: the allocation dialog opened by itself.
    dialog = next(d for d in window.findChildren(AllocationDialog) if d.number == number and d.isVisible())
    settle(ctx)
    with ctx.book.sessions() as session:
        customer_id = lists.customer_row(session, AS_OF, "C00005").id
        open_before = balances.open_items(session, AS_OF, customer_id)
    # The suggestion is oldest-due first and uses up the receipt.
    suggested = [(row.installment_id, row.apply_amount()) for row in dialog.model.rows if row.apply_amount()]
    oldest_first = sorted(
        open_before, key=lambda i: (i.due_date is None, i.due_date, i.invoice_date, i.installment_id)
    )
    assert [i for i, _ in suggested] == [i.installment_id for i in oldest_first][: len(suggested)]
    assert sum(a for _, a in suggested) == min(
        Decimal("50000.00"), sum(i.open_amount.amount for i in open_before)
    )
    # Edit: take the first line down by 1,000; the remainder follows as you type.
    first = next(r for r, row in enumerate(dialog.model.rows) if row.apply_amount())
    original = dialog.model.rows[first].apply_amount()
    dialog.set_apply(first, str(original - 1000))
    unused = Decimal("50000.00") - sum(a for _, a in suggested)
    assert dialog.remainder() == Money(unused + 1000, "CNY")
    assert f"{unused + 1000:,.2f}" in dialog.remainder_label.text()
    dialog.set_apply(first, "abc")
    assert not dialog.post_button.isEnabled()
    dialog.set_apply(first, str(original + Decimal("0.01")))
    assert "More than is open" in dialog.general.text() or "More than the receipt" in dialog.general.text()
    dialog.set_apply(first, str(original - 1000))
    assert dialog.post()
    settle(ctx)
    assert closed(dialog)
    with ctx.book.sessions() as session:
        row = lists.receipt_page(session, AS_OF, ListQuery(search=number))[0]
    assert row.unapplied == Money(unused + 1000, "CNY")
    assert row.status == "partly_applied"
    shown = next(r for r in window.receipts.model.rows if r.number == number)
    assert shown.unapplied == Money(unused + 1000, "CNY")


def test_reversal_with_a_reason(qtbot, window, ctx):
    view = window.show_page("invoices")
    settle(ctx)
    row = next(r for r in view.model.rows if r.status == "overdue")
    view.page.table.selectRow(view.model.rows.index(row))
    assert view.reverse_button.isEnabled()
    view.reverse_button.click()
    from acctdesk.ui.reversal import ReverseDialog

    dialog = next(d for d in window.findChildren(ReverseDialog) if d.isVisible())
    assert not dialog.post_button.isEnabled()  # a reason is required
    assert dialog.post() is False
    assert dialog.reason_message.text() == "Give a reason"
    dialog.reason.setText("录入错误：客户选错")
    assert dialog.post()
    settle(ctx)
    with ctx.book.sessions() as session:
        after = lists.invoice_page(session, AS_OF, ListQuery(search=row.number))[0]
    assert after.status == "reversed" and after.open_amount.amount == 0
    assert after.reversal_reason == "录入错误：客户选错"
    shown = next(r for r in view.model.rows if r.number == row.number)
    assert shown.status == "reversed"
    # The dashboard is stale now and shows the lower receivables when it is opened again.
    window.show_page("dashboard")
    settle(ctx)
    with ctx.book.sessions() as session:
        summary = next(
            s for s in balances.balance_summary(session, AS_OF) if s.currency == row.amount.currency
        )
    assert window.dashboard.figures.for_currency(row.amount.currency).receivables == summary.balance
