"""Bank fees and invoice numbers with a typo, matched and confirmed in a book."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from acctdesk.model.money import Money
from acctdesk.services import matching
from acctdesk.services.balances import open_items
from acctdesk.services.bank_import import import_bank_file, list_bank_lines
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger

HEADER = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"


def load(book, tmp_path, *rows: str) -> dict[str, int]:
    path = tmp_path / "statement.csv"
    path.write_text("\n".join([HEADER, *rows]) + "\n", encoding="utf-8")
    import_bank_file(UnitOfWork(book, "tester"), path)
    with book.sessions() as session:
        return {line.reference: line.id for line in list_bank_lines(session)}


def test_a_fee_is_proposed_confirmed_and_left_open_on_the_invoice(book, tmp_path):
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司")
    ledger.invoice("INV-2026-00060", "4030.60", "2026-01-05")  # the same amount, older
    ledger.invoice("INV-2026-00148", "4030.60", "2026-01-10")
    ledger.invoice("INV-2026-00150", "8000.00", "2026-01-20")
    ids = load(
        book,
        tmp_path,
        # 8,000.00 less a 15.00 fee, no memo; 4,030.60 naming INV-2026-0148 (a zero missing),
        # which settles which of the two invoices of 4,030.60 it pays
        "2026-03-02,7985.00,,上海华信科技有限公司,,货款,S1",
        "2026-03-03,4030.60,,上海华信科技有限公司,,付INV-2026-0148,S2",
    )
    with book.sessions() as session:
        found = {p.line_id: p for p in matching.propose_matches(session)}
    fee, typo = found[ids["S1"]], found[ids["S2"]]
    assert (fee.score, fee.bank_fee) == (95, Money(Decimal("15.00"), "CNY"))
    assert [(a.invoice_number, a.amount.amount) for a in fee.allocations] == [
        ("INV-2026-00150", Decimal("7985.00"))
    ]
    assert (typo.score, [a.invoice_number for a in typo.allocations]) == (95, ["INV-2026-00148"])

    result = matching.auto_match(UnitOfWork(book, "tester"))
    assert (result.confirmed, result.skipped) == (2, ())
    with book.sessions() as session:
        left = {i.invoice_number: i.open_amount.amount for i in open_items(session, date(2026, 12, 31))}
    # the other invoice of 4,030.60, and the fee for the clerk to write off
    assert left == {"INV-2026-00060": Decimal("4030.60"), "INV-2026-00150": Decimal("15.00")}
