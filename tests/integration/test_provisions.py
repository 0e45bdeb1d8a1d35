"""Bad-debt provision (坏账准备): age rates, individual provisions, month-end runs, the workbook."""

from __future__ import annotations

from decimal import Decimal

import pytest
from openpyxl import load_workbook

from acctdesk.services import settings
from acctdesk.services.errors import InvariantViolation, NotFound, PeriodLocked, ValidationError
from acctdesk.services.provision_xlsx import render_provision_xlsx
from acctdesk.services.provisions import (
    DEFAULT_METHOD,
    book_method,
    compute_provision,
    end_individual_provision,
    individual_provisions,
    make_method,
    provision_run,
    run_provision,
    set_individual_provision,
    set_provision_rates,
    years_before,
)
from tests.builders import Ledger, d


def line_of(sheet, code, currency="CNY"):
    return next(x for x in sheet.lines if (x.customer_code, x.currency) == (code, currency))


def cents(money) -> str:
    return str(money.amount)


@pytest.fixture
def october(book):
    """As of 2026-10-31, default rates < 1 y 5 %, 1–2 y 10 %, 2–3 y 30 %, 3–4 y 50 %, 4–5 y 80 %, > 5 y 100 %.

    C1  I0 1,000.00 of 2026-03-15 (< 1 y); I1 2,000.00 of 2025-06-30 (1–2 y), 500.00 paid 10-15;
        I2 333.33 of 2023-10-31 (exactly 3 years: 3–4 y)
    C2  J0 666.67 of 2026-01-10 (< 1 y); J1 100.00 of 2020-05-01 (> 5 y)
    C3  K0 500.00 of 2026-09-01, provided for individually at 100 % from 10-20
    U1  (USD) V0 1,000.00 of 2024-07-01 (2–3 y)
    """
    ledger = Ledger(book)
    for code in ("C1", "C2", "C3"):
        ledger.customer(code)
    ledger.customer("U1", "Northwind Trading Ltd", currency="USD")
    ledger.invoice("I0", "1000.00", "2026-03-15", customer="C1")
    ledger.invoice("I1", "2000.00", "2025-06-30", customer="C1")
    ledger.invoice("I2", "333.33", "2023-10-31", customer="C1")
    ledger.invoice("J0", "666.67", "2026-01-10", customer="C2")
    ledger.invoice("J1", "100.00", "2020-05-01", customer="C2")
    ledger.invoice("K0", "500.00", "2026-09-01", customer="C3")
    ledger.invoice("V0", "1000.00", "2024-07-01", customer="U1")
    ledger.receipt("500.00", "2026-10-15", customer="C1", number="RC-1")
    ledger.allocate("RC-1", "2026-10-15", {"I1": "500.00"})
    set_individual_provision(ledger.uow(), "C3", on=d("2026-10-20"), rate="100", reason="客户破产重整")
    return ledger


def test_october_by_hand(october):
    with october.book.sessions() as session:
        sheet = compute_provision(session, d("2026-10-31"))
    c1, c2, c3 = (line_of(sheet, code) for code in ("C1", "C2", "C3"))
    # C1 open items by band: < 1 y 1,000; 1–2 y 2,000 − 500 paid = 1,500; 3–4 y 333.33
    assert [cents(b) for b in c1.bands] == ["1000.00", "1500.00", "0.00", "333.33", "0.00", "0.00"]
    # < 1 y band of the rates pool: (1,000 + 666.67) × 5 % = 83.3335 → 83.33, shared by open
    # items: C1 49.9979… and C2 33.3320…, the cent left over to the larger loss, C1 → 50.00 / 33.33.
    # C1: 50.00 + 1,500 × 10 % + 333.33 × 50 % (166.665 → 166.67) = 366.67
    assert (c1.method, cents(c1.base), cents(c1.provision)) == ("rates", "2833.33", "366.67")
    # C2: 33.33 + 100 × 100 % = 133.33
    assert cents(c2.provision) == "133.33"
    # C3 individually at 100 %: all of its 500.00
    assert (c3.method, cents(c3.provision)) == ("individual", "500.00")
    # USD apart: 1,000 × 30 %
    assert cents(line_of(sheet, "U1", "USD").provision) == "300.00"
    cny, usd = sheet.totals()
    assert (cny.currency, cents(cny.base), cents(cny.provision)) == ("CNY", "4100.00", "1000.00")
    assert (usd.currency, cents(usd.provision)) == ("USD", "300.00")
    # No run before: everything is an increase.
    assert sheet.previous_month is None
    assert cents(cny.movement) == "1000.00"


def test_a_month_is_run_once_unless_superseded(october):
    first = run_provision(october.uow(), d("2026-10-31"))
    assert (first.month, first.revision, first.status) == ("2026-10", 1, "current")
    with pytest.raises(InvariantViolation, match=r"the provision for 2026-10 was run already .*supersede it"):
        run_provision(october.uow(), d("2026-10-31"))
    with pytest.raises(ValidationError, match="needs a reason"):
        run_provision(october.uow(), d("2026-10-31"), supersede=True)
    october.invoice("I9", "100.00", "2026-10-30", customer="C1")  # posted late
    second = run_provision(october.uow(), d("2026-10-31"), supersede=True, reason="补录发票 I9")
    assert (second.revision, cents(second.totals()[0].provision)) == (2, "1005.00")
    with october.book.sessions() as session:
        shown = provision_run(session, d("2026-10-15"))
    assert (shown.id, shown.revision, shown.sheet.lines) == (second.id, 2, second.sheet.lines)


def test_november_moves_against_october(october):
    run_provision(october.uow(), d("2026-10-31"))
    october.receipt("666.67", "2026-11-10", customer="C2", number="RC-2")
    october.allocate("RC-2", "2026-11-10", {"J0": "666.67"})
    end_individual_provision(october.uow(), "C3", on=d("2026-11-20"))
    november = run_provision(october.uow(), d("2026-11-30"))
    sheet = november.sheet
    assert sheet.previous_month == "2026-10"
    c1, c2, c3 = (line_of(sheet, code) for code in ("C1", "C2", "C3"))
    assert (cents(c1.previous), cents(c1.movement)) == ("366.67", "0.00")  # nothing changed
    # C2 paid J0: only J1 (> 5 y) is left, 100.00; a reversal of 33.33
    assert (cents(c2.provision), cents(c2.movement)) == ("100.00", "-33.33")
    # C3 back at the rates: 500 × 5 % = 25.00; the individual 500.00 is reversed by 475.00
    assert (c3.method, cents(c3.provision), cents(c3.movement)) == ("rates", "25.00", "-475.00")
    cny = november.totals()[0]
    assert (cents(cny.provision), cents(cny.previous), cents(cny.movement)) == (
        "491.67",
        "1000.00",
        "-508.33",
    )
    with pytest.raises(InvariantViolation, match="the provision for 2026-11 is recorded already"):
        run_provision(october.uow(), d("2026-10-31"), supersede=True, reason="x")


def test_a_customer_paid_up_still_shows_its_reversal(october):
    run_provision(october.uow(), d("2026-10-31"))
    october.receipt("1000.00", "2026-11-05", customer="U1", number="RC-U")
    october.allocate("RC-U", "2026-11-05", {"V0": "1000.00"})
    with october.book.sessions() as session:
        usd = line_of(compute_provision(session, d("2026-11-30")), "U1", "USD")
    assert (cents(usd.base), cents(usd.provision), cents(usd.movement)) == ("0.00", "0.00", "-300.00")


def test_lines_add_up_to_the_total_exactly(book):
    ledger = Ledger(book)
    # Three customers owing 0.10 each, under a year: 0.30 × 5 % = 0.015 → 0.02 for the band. Each
    # line alone would round 0.005 up to 0.01 (0.03 in all); shared out, the lines are 0.01, 0.01, 0.
    for code in ("S1", "S2", "S3"):
        ledger.customer(code)
        ledger.invoice(f"{code}-1", "0.10", "2026-10-01", customer=code)
    with book.sessions() as session:
        sheet = compute_provision(session, d("2026-10-31"))
    assert [cents(line.provision) for line in sheet.lines] == ["0.01", "0.01", "0.00"]
    assert cents(sheet.totals()[0].provision) == "0.02"


def test_individual_amounts_and_their_limits(october):
    with pytest.raises(ValidationError, match="a new one must start after it"):
        set_individual_provision(october.uow(), "C3", on=d("2026-10-20"), amount="100", reason="x")
    set_individual_provision(october.uow(), "C3", on=d("2026-10-25"), amount="800.00", reason="担保不足")
    set_individual_provision(october.uow(), "C2", on=d("2026-10-25"), amount="120.00", reason="涉诉")
    with pytest.raises(ValidationError, match="either a rate or an amount"):
        set_individual_provision(october.uow(), "C1", on=d("2026-10-25"), reason="x")
    with pytest.raises(ValidationError, match="from 0 to 100"):
        set_individual_provision(october.uow(), "C1", on=d("2026-10-25"), rate="120", reason="x")
    with pytest.raises(NotFound, match="C1 has no individual provision in CNY"):
        end_individual_provision(october.uow(), "C1", on=d("2026-10-30"))
    with october.book.sessions() as session:
        active = individual_provisions(session, d("2026-10-31"))
        sheet = compute_provision(session, d("2026-10-31"))
        before = individual_provisions(session, d("2026-10-22"))
    assert [(p.customer_code, p.rate, p.amount and cents(p.amount)) for p in active] == [
        ("C2", None, "120.00"),
        ("C3", None, "800.00"),
    ]
    assert [(p.customer_code, p.rate) for p in before] == [("C3", Decimal(100))]
    # A fixed amount is capped at the open items: C3 owes 500.00
    assert cents(line_of(sheet, "C3").provision) == "500.00"
    assert cents(line_of(sheet, "C2").provision) == "120.00"


def test_the_rates_are_a_book_setting(october):
    with october.book.sessions() as session:
        assert book_method(session) == DEFAULT_METHOD
    method = set_provision_rates(october.uow(), ["1", "2", "20", "50", "80", "100"])
    assert [b.key for b in method.bands] == ["<1y", "1-2y", "2-3y", "3-4y", "4-5y", ">5y"]
    with october.book.sessions() as session:
        assert book_method(session) == method
        c2 = line_of(compute_provision(session, d("2026-10-31")), "C2")
    assert cents(c2.provision) == "106.67"  # 666.67 × 1 % = 6.6667 → 6.67, + 100.00
    for rates, bounds, message in (
        (["5", "10"], (1, 2, 3), "4 age bands need 4 rates"),
        (["5", "10", "101"], (1, 2), "from 0 to 100"),
        (["5", "x", "10"], (1, 2), "numbers of percent"),
        (["5", "10", "20"], (2, 1), "increasing whole years"),
    ):
        with pytest.raises(ValidationError, match=message):
            make_method(rates, bounds)


def test_years_before_on_29_february():
    assert years_before(d("2028-02-29"), 1) == d("2027-02-28")
    assert years_before(d("2026-10-31"), 3) == d("2023-10-31")


def test_no_run_in_a_locked_period(october):
    with october.book.sessions() as session:
        version = settings.book_info(session).version
    settings.set_lock_date(october.uow(), d("2026-10-31"), version)
    with pytest.raises(PeriodLocked, match="the provision run dated 2026-10-31 falls in a locked period"):
        run_provision(october.uow(), d("2026-10-31"))
    with october.book.sessions() as session, pytest.raises(NotFound, match="no provision has been run"):
        provision_run(session)


def test_the_workbook(october, tmp_path):
    run_provision(october.uow(), d("2026-10-31"))
    with october.book.sessions() as session:
        info = provision_run(session)
    path = render_provision_xlsx(info, tmp_path / "provision.xlsx")
    workbook = load_workbook(path)
    assert workbook.sheetnames == ["CNY", "USD", "Method 方法"]
    sheet = workbook["CNY"]
    rows = [[c.value for c in row] for row in sheet.iter_rows(min_row=4)]
    header, *lines, total = rows
    assert header[0] == "客户代码 Customer" and header[-1] == "本期计提(转回) Movement"
    assert [line[0] for line in lines] == ["C1", "C2", "C3"]
    assert total[0] == "合计 Total"
    assert total[-4:] == [4100, 1000, 0, 1000]  # open items, provision, previous, movement
    # The totals row is the exact sum of the lines, column by column.
    for column in range(3, len(header)):
        assert sum(Decimal(str(line[column])) for line in lines) == Decimal(str(total[column]))
    assert sheet.cell(row=5, column=4).number_format == "#,##0.00;-#,##0.00"
    assert workbook["Method 方法"]["B7"].value == 1  # > 5 y at 100 %
