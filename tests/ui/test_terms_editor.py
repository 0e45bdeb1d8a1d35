"""Settings → Payment terms: the shorthand and the table of lines follow each other both ways, the preview
is the service's schedule, a bad term is refused in place, and saving goes through the term library."""

from __future__ import annotations

from decimal import Decimal

import shiboken6

from acctdesk.services import auth, term_library, terms
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui import terms_editor
from acctdesk.ui.context import AppContext
from acctdesk.ui.mainwindow import MainWindow
from acctdesk.ui.terms_editor import (
    BASIS,
    DAYS,
    DISCOUNT,
    DISCOUNT_DAYS,
    MILESTONE,
    MONTHS,
    PORTION,
    RETENTION,
    VALUE,
    TermEditorDialog,
)
from tests.ui.conftest import AS_OF, settle

RETENTION_TERM = "30% SIGN; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M"


def editor(qtbot, ctx, term=None) -> TermEditorDialog:
    dialog = TermEditorDialog(ctx, term)
    qtbot.addWidget(dialog)
    dialog.show()
    settle(ctx)
    return dialog


def cells(dialog: TermEditorDialog, row: int) -> dict:
    table = dialog.table
    return {
        "portion": table.widget(row, PORTION).currentData(),
        "value": table.widget(row, VALUE).text(),
        "basis": table.widget(row, BASIS).currentData(),
        "months": table.widget(row, MONTHS).value(),
        "days": table.widget(row, DAYS).value(),
        "retention": table.widget(row, RETENTION).isChecked(),
    }


def test_typed_shorthand_fills_the_lines_and_the_preview(qtbot, ctx):
    dialog = editor(qtbot, ctx)
    dialog.shorthand.setText("30%签订；60%验收后30天；余款 质保金 验收后12个月")
    settle(ctx)
    assert dialog.canonical == RETENTION_TERM
    assert dialog.canonical_label.text() == f"Saved as: {RETENTION_TERM}"
    assert dialog.shorthand.text() == "30%签订；60%验收后30天；余款 质保金 验收后12个月"  # left as typed
    keys = ("portion", "value", "basis", "months", "days", "retention")
    assert [tuple(cells(dialog, row)[k] for k in keys) for row in range(dialog.table.rowCount())] == [
        ("percent", "30", "signing", 0, 0, False),
        ("percent", "60", "acceptance", 0, 30, False),
        ("balance", "", "acceptance", 12, 0, True),
    ]
    assert not dialog.table.widget(2, VALUE).isEnabled()  # a balance line has no amount of its own
    rows = dialog.preview_model.rows
    assert [r.amount for r in rows] == [Decimal("30000.00"), Decimal("60000.00"), Decimal("10000.00")]
    assert [r.awaiting_event for r in rows] == ["signing", "acceptance", "acceptance"]
    due = dialog.preview_model.index(1, 2).data()
    assert due == "awaiting acceptance"


def test_editing_the_lines_writes_the_shorthand(qtbot, ctx):
    dialog = editor(qtbot, ctx)
    dialog.shorthand.setText(RETENTION_TERM)
    settle(ctx)
    dialog.table.widget(1, DAYS).setValue(45)
    assert dialog.shorthand.text() == "30% SIGN; 60% ACCEPT+45; BAL RETENTION ACCEPT+12M"
    assert dialog.problem == "" and dialog.save_button.isEnabled() is False  # no name yet
    dialog.name.setText("质保合同")
    assert dialog.save_button.isEnabled()

    # A line that breaks the whole term: the shorthand follows, the rule is said in place.
    value = dialog.table.widget(0, VALUE)
    value.setText("40")
    value.textEdited.emit("40")
    assert dialog.shorthand.text() == "40% SIGN; 60% ACCEPT+45; BAL RETENTION ACCEPT+12M"
    assert dialog.shorthand_message.isVisible()
    assert dialog.shorthand_message.text() == (
        "Not a valid term: percents add up to 100%, leaving nothing for the balance line (line 3); "
        "lower them or remove the balance line"
    )
    assert not dialog.save_button.isEnabled()
    settle(ctx)
    assert dialog.preview_model.rows == []

    # A discount and a milestone on the last line.
    dialog.table.widget(0, VALUE).setText("30")
    dialog.table.widget(0, VALUE).textEdited.emit("30")
    basis = dialog.table.widget(2, BASIS)
    basis.setCurrentIndex(basis.findData("milestone"))
    assert dialog.table.widget(2, MILESTONE).isEnabled()
    assert dialog.shorthand_message.text().startswith(
        "Not a valid term: Line 3: an event basis needs an event"
    )
    dialog.table.widget(2, MILESTONE).setText("试运行")
    dialog.table.widget(2, MILESTONE).textEdited.emit("试运行")
    assert dialog.shorthand.text() == "30% SIGN; 60% ACCEPT+45; BAL RETENTION @试运行+12M"
    dialog.table.widget(0, DISCOUNT).setText("2")
    dialog.table.widget(0, DISCOUNT).textEdited.emit("2")
    dialog.table.widget(0, DISCOUNT_DAYS).setValue(10)
    assert dialog.shorthand.text() == "30% 2/10 SIGN; 60% ACCEPT+45; BAL RETENTION @试运行+12M"
    assert dialog.canonical == dialog.shorthand.text() and dialog.problem == ""


def test_lines_are_added_moved_and_removed(qtbot, ctx):
    dialog = editor(qtbot, ctx)
    assert dialog.shorthand.text() == "N30"  # a new term starts with one line
    dialog.add_line()  # a balance line on the invoice date, to edit from there
    assert dialog.shorthand.text() == "BAL N30; BAL N0"
    assert dialog.shorthand_message.text() == (
        "Not a valid term: two balance lines (lines 1 and 2); a term has at most one"
    )
    portion = dialog.table.widget(0, PORTION)
    portion.setCurrentIndex(portion.findData("percent"))
    dialog.table.widget(0, VALUE).setText("50")
    dialog.table.widget(0, VALUE).textEdited.emit("50")
    assert dialog.shorthand.text() == "50% N30; BAL N0"
    assert dialog.problem == ""
    dialog.table.selectRow(1)
    dialog.up_button.click()
    assert dialog.shorthand.text() == "BAL N0; 50% N30"
    dialog.table.selectRow(0)
    dialog.remove_button.click()
    assert dialog.shorthand.text() == "50% N30"
    assert dialog.shorthand_message.text() == (
        "Not a valid term: percents add up to 50%, not 100%; "
        "correct them or add a balance line such as 'BAL N30'"
    )


def test_a_bad_shorthand_is_refused_in_place(qtbot, ctx):
    dialog = editor(qtbot, ctx)
    dialog.name.setText("坏条件")
    before = [cells(dialog, row) for row in range(dialog.table.rowCount())]
    dialog.shorthand.setText("EOM-5")
    settle(ctx)
    assert dialog.shorthand_message.isVisible()
    assert dialog.shorthand_message.text() == (
        "Not a valid term: negative offset in 'EOM-5': a due date cannot come before its basis date"
    )
    assert not dialog.save_button.isEnabled()
    assert not dialog.canonical_label.isVisible()
    assert dialog.preview_model.rows == []
    assert [cells(dialog, row) for row in range(dialog.table.rowCount())] == before  # the lines stay
    assert dialog.save() is False


def test_a_sample_amount_that_is_not_money_is_said_under_the_preview(qtbot, ctx):
    dialog = editor(qtbot, ctx)
    dialog.shorthand.setText("5000 DELIVERY+15; BAL ACCEPT")
    dialog.sample_amount.setText("3,000.00")
    settle(ctx)
    assert dialog.preview_model.rows == []
    assert dialog.preview_message.text().startswith(
        "the fixed amounts (5000.00) are more than the invoice amount 3000.00 CNY leaves"
    )
    assert dialog.save_button.isEnabled() is False  # no name; the term itself is fine for larger invoices
    assert dialog.problem == ""
    dialog.sample_amount.setText("12a")
    assert dialog.preview_message.text() == "Not an amount: use digits, e.g. 12,345.67"
    dialog.sample_amount.setText("20,000.00")
    dialog.sample_date.setDate(dialog.sample_date.date().addDays(-24))
    settle(ctx)
    assert [r.amount for r in dialog.preview_model.rows] == [Decimal("5000.00"), Decimal("15000.00")]


def test_saving_a_new_term_and_changing_it(qtbot, window, ctx):
    panel = window.show_settings("terms")
    settle(ctx)
    before = len(panel.model.rows)
    dialog = panel.new_term()
    settle(ctx)
    dialog.name.setText("质保合同")
    dialog.shorthand.setText("30%签订；60%验收后30天；余款 质保金 验收后12个月")
    assert dialog.save()
    settle(ctx)
    assert not shiboken6.isValid(dialog) or not dialog.isVisible()
    rows = {t.name: t for t in panel.model.rows}
    assert len(rows) == before + 1
    assert (rows["质保合同"].shorthand, rows["质保合同"].line_count) == (RETENTION_TERM, 3)

    dialog = panel.edit_term(rows["质保合同"])
    settle(ctx)
    assert dialog.name.isReadOnly() and dialog.table.rowCount() == 3
    dialog.table.widget(1, DAYS).setValue(60)
    dialog.save()
    settle(ctx)
    with ctx.book.sessions() as session:
        assert term_library.get_term(session, "质保合同").shorthand == (
            "30% SIGN; 60% ACCEPT+60; BAL RETENTION ACCEPT+12M"
        )

    # A name that reads as another term is refused under the name by the library.
    dialog = panel.new_term()
    dialog.name.setText("N30")
    dialog.shorthand.setText("N60")
    dialog.save()
    settle(ctx)
    assert dialog.name_message.text() == (
        "the name 'N30' reads as the term N30, but the term is N60; "
        "choose a name that does not look like another term"
    )
    dialog.reject()


def test_a_role_without_settings_is_told_by_the_service(qtbot, ctx):
    auth.add_user(UnitOfWork(ctx.book, "tester"), "zhou", "collector")
    other = AppContext(ctx.book, ctx.ops, user="zhou", as_of=AS_OF)
    dialog = TermEditorDialog(other)
    qtbot.addWidget(dialog)
    dialog.name.setText("标准")
    dialog.shorthand.setText("net 30")
    dialog.save()
    settle(ctx)
    assert dialog.general.text() == "zhou (collector) may not change book settings"
    assert dialog.save_button.isEnabled()  # ready to try again once someone else has the role


def test_the_terms_tab_lists_the_books_terms(qtbot, ctx):
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    window.show()
    panel = window.show_settings("terms")
    settle(ctx)
    with ctx.book.sessions() as session:
        expected = [(t.name, t.shorthand) for t in term_library.list_terms(session)]
    assert expected and [(t.name, t.shorthand) for t in panel.model.rows] == expected
    assert not panel.edit_button.isEnabled()
    panel.table.selectRow(0)
    assert panel.edit_button.isEnabled()


def test_shorthand_of_lines_that_do_not_yet_make_a_term():
    lines = [terms.parse_line("30% SIGN"), terms.parse_line("RETENTION ACCEPT+12M")]
    assert terms_editor.shorthand_of(lines) == "30% SIGN; BAL RETENTION ACCEPT+12M"
    assert terms_editor.shorthand_of(lines[1:]) == "RETENTION ACCEPT+12M"
    assert terms_editor.split_lines("30%签订；余款 验收\n") == ["30%签订", "余款 验收"]
