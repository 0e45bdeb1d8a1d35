"""Master data from sheets: customers, invoices, opening balances and receipts — every row through
the services, the whole file or nothing, each row once, and template sheets that import as they are
filled in."""

from __future__ import annotations

import io
from datetime import date, datetime
from decimal import Decimal

import pytest
from openpyxl import Workbook, load_workbook
from sqlalchemy import func, select

from acctdesk.model.entities import Customer, Installment, Invoice, Receipt
from acctdesk.services import master_import
from acctdesk.services.balances import balance_summary
from acctdesk.services.bank_import import ImportRejected
from acctdesk.services.errors import ValidationError
from tests.builders import Ledger, d


@pytest.fixture
def ledger(book) -> Ledger:
    return Ledger(book)


def sheet(path, header, *rows, title="Sheet1", above=()):
    workbook = Workbook()
    ws = workbook.active
    ws.title = title
    for line in above:
        ws.append(line)
    ws.append(header)
    for row in rows:
        ws.append(row)
    workbook.save(path)
    return path


def count(book, entity) -> int:
    with book.sessions() as session:
        return session.scalar(select(func.count()).select_from(entity))


def run(ledger, path, kind, **kw):
    return master_import.import_master_file(ledger.uow(), path, kind, **kw)


def test_customers_with_chinese_headers_in_any_order_and_a_title_row(book, ledger, tmp_path):
    path = sheet(
        tmp_path / "客户.xlsx",
        ["客户名称", "客户编码", "信用额度", "别名", "业务员", "备用列"],
        ["上海华信科技有限公司", "C001", 500000, "华信科技；上海华信", "张三", "x"],
        ["北京东方电子有限公司", "C002", None, None, "李四", None],
        above=[["客户档案 2026"], []],
    )
    result = run(ledger, path, "customers")
    assert (result.rows_read, result.added, result.already_in_book) == (2, 2, 0)
    assert result.added_keys == ("C001", "C002")
    assert result.warnings == ("columns not read: '备用列'",)
    with book.sessions() as session:
        first = session.scalar(select(Customer).where(Customer.code == "C001"))
        assert (first.name, first.currency, first.credit_limit_minor, first.salesperson) == (
            "上海华信科技有限公司",
            "CNY",
            50_000_000,
            "张三",
        )
        assert first.aliases.split("\n") == ["华信科技", "上海华信"]
    again = run(ledger, path, "customers")  # the same file again adds nothing
    assert (again.added, again.already_in_book) == (0, 2)
    assert count(book, Customer) == 2


def test_invoices_with_a_term_or_a_due_date_and_their_totals(book, ledger, tmp_path):
    ledger.customer("C1")
    ledger.customer("C2", currency="USD")
    path = sheet(
        tmp_path / "invoices.xlsx",
        ["Customer code", "Invoice number", "Invoice date", "Amount", "Payment term", "Due date"],
        ["C1", "INV-1", datetime(2026, 3, 1), 11300.5, "N30", None],
        ["C1", "INV-2", "2026-03-05", "8,000.00", None, datetime(2026, 4, 30)],
        ["C2", "INV-3", date(2026, 3, 9), 2500, None, "2026-05-31"],
    )
    result = run(ledger, path, "invoices")
    assert result.added_keys == ("INV-1", "INV-2", "INV-3")
    # CNY 11,300.50 + 8,000.00; USD 2,500.00
    assert [(m.currency, m.amount) for m in result.totals] == [
        ("CNY", Decimal("19300.50")),
        ("USD", Decimal("2500.00")),
    ]
    with book.sessions() as session:
        due = dict(
            session.execute(
                select(Invoice.number, Installment.due_date).join(
                    Invoice, Invoice.id == Installment.invoice_id
                )
            ).all()
        )
    assert due == {"INV-1": d("2026-03-31"), "INV-2": d("2026-04-30"), "INV-3": d("2026-05-31")}
    assert run(ledger, path, "invoices").already_in_book == 3


def test_one_bad_row_imports_nothing_and_every_problem_is_named(book, ledger, tmp_path):
    ledger.customer("C1")
    ledger.invoice("INV-9", "100.00", "2026-01-05")
    path = sheet(
        tmp_path / "bad.xlsx",
        ["客户编码", "发票号", "开票日期", "金额", "到期日"],
        ["C1", "INV-1", "2026-03-01", "12a3", None],  # row 2: letters in the amount
        ["C9", "INV-2", "2026-03-01", 100, None],  # row 3: unknown customer
        ["C1", "INV-3", "2026-03-01", 100, "2026-02-01"],  # row 4: due before the invoice date
        ["C1", "INV-4", "2026-13-01", 100, None],  # row 5: not a date
        ["C1", "INV-9", "2026-03-01", 500, None],  # row 6: another INV-9 is in the book
        ["C1", "INV-5", "2026-03-01", "100.005", None],  # row 7: more decimals than CNY has
        ["C1", "INV-6", "2026-03-01", None, None],  # row 8: no amount
        ["C1", "INV-7", "2026-03-01", 200, "2026-03-31"],  # fine, and still not imported
    )
    with pytest.raises(ImportRejected) as refused:
        run(ledger, path, "invoices")
    found = [(e.row, e.column) for e in refused.value.row_errors]
    assert found == [
        (2, "金额"),
        (3, "客户编码"),
        (4, "到期日"),
        (5, "开票日期"),
        (6, "发票号"),
        (7, "金额"),
        (8, "金额"),
    ]
    reasons = [e.reason for e in refused.value.row_errors]
    assert reasons[0] == "'12a3' is not an amount"
    assert reasons[1] == "unknown customer 'C9'"
    assert "before the invoice date" in reasons[2]
    assert reasons[4] == "INV-9 is in the book already: C1, 2026-01-05, 100.00 CNY"
    assert "decimals" in reasons[5]
    assert reasons[6] == "this column must not be empty"
    assert str(refused.value).startswith("bad.xlsx: 7 rows cannot be read; nothing was imported")
    assert count(book, Invoice) == 1


def test_opening_balances_are_open_items_due_when_the_sheet_says(book, ledger, tmp_path):
    ledger.customer("C1")
    path = sheet(
        tmp_path / "期初.xlsx",
        ["客户编码", "单据号", "单据日期", "到期日", "未清金额"],
        ["C1", "QC-001", "2025-11-20", "2025-12-20", 30000],
        ["C1", "QC-002", "2025-12-15", None, "1,234.56"],
    )
    result = run(ledger, path, "opening_balances")
    assert [(m.currency, m.amount) for m in result.totals] == [("CNY", Decimal("31234.56"))]
    with book.sessions() as session:
        summary = balance_summary(session, d("2025-12-31"))
        rows = session.execute(
            select(Invoice.number, Invoice.description, Installment.due_date)
            .join(Installment, Installment.invoice_id == Invoice.id)
            .order_by(Invoice.number)
        ).all()
    assert [(b.currency, b.balance.amount, b.ties) for b in summary] == [("CNY", Decimal("31234.56"), True)]
    assert rows == [
        ("QC-001", "Opening balance", d("2025-12-20")),
        ("QC-002", "Opening balance", d("2025-12-15")),
    ]


def test_receipts_numbered_or_not_import_once(book, ledger, tmp_path):
    ledger.customer("C1")
    path = sheet(
        tmp_path / "receipts.csv.xlsx",
        ["客户编码", "收款日期", "金额", "收款单号", "收款方式", "汇票到期日", "付款人"],
        ["C1", "2026-03-10", 5000, "RC-1", "银行转账", None, "华信"],
        ["C1", "2026-03-11", 800, None, "银行承兑汇票", "2026-09-11", "华信"],
        ["C1", "2026-03-11", 800, None, "银行承兑汇票", "2026-09-11", "华信"],  # a second, same bill
    )
    first = run(ledger, path, "receipts")
    assert (first.added, first.already_in_book) == (3, 0)
    assert [(m.currency, m.amount) for m in first.totals] == [("CNY", Decimal("6600.00"))]
    again = run(ledger, path, "receipts")
    assert (again.added, again.already_in_book) == (0, 3)
    with book.sessions() as session:
        methods = session.execute(select(Receipt.method, Receipt.bill_maturity).order_by(Receipt.id)).all()
    assert [m for m, _ in methods] == ["bank_transfer", "bank_acceptance_bill", "bank_acceptance_bill"]
    assert methods[1][1] == d("2026-09-11")


def test_a_customer_in_a_currency_that_does_not_exist_is_refused(book, ledger, tmp_path):
    path = sheet(
        tmp_path / "c.xlsx", ["客户编码", "客户名称", "币种"], ["C1", "甲", "XYZ"], ["C2", "乙", "USD"]
    )
    with pytest.raises(ImportRejected) as refused:
        run(ledger, path, "customers")
    assert [(e.row, e.column, e.reason) for e in refused.value.row_errors] == [
        (2, "币种", "'XYZ' is not an ISO 4217 currency")
    ]
    assert count(book, Customer) == 0


def test_a_csv_file_in_gb18030_reads_like_a_sheet(book, ledger, tmp_path):
    path = tmp_path / "customers.csv"
    path.write_bytes("客户编码,客户名称,币种\nC7,杭州远航物流有限公司,usd\n".encode("gb18030"))
    result = run(ledger, path, "customers")
    assert result.added_keys == ("C7",)
    with book.sessions() as session:
        assert session.scalar(select(Customer.currency).where(Customer.code == "C7")) == "USD"


def test_a_dry_run_checks_everything_and_writes_nothing(book, ledger, tmp_path):
    ledger.customer("C1")
    path = sheet(
        tmp_path / "i.xlsx",
        ["客户编码", "发票号", "开票日期", "金额", "付款条件"],
        ["C1", "INV-1", "2026-03-01", 100, "N30"],
    )
    result = run(ledger, path, "invoices", dry_run=True)
    assert (result.dry_run, result.added) == (True, 1)
    assert count(book, Invoice) == 0
    assert run(ledger, path, "invoices").added == 1


def test_a_sheet_without_the_kinds_columns_is_refused_by_name(book, ledger, tmp_path):
    path = sheet(tmp_path / "x.xlsx", ["日期", "金额"], ["2026-03-01", 1])
    with pytest.raises(
        ValidationError, match=r"x\.xlsx: no header row with the columns 客户编码 / Customer code"
    ):
        run(ledger, path, "invoices")
    with pytest.raises(ValidationError, match="not something to import"):
        run(ledger, path, "suppliers")


def test_a_workbook_with_a_sheet_per_kind_imports_each_from_its_own_sheet(book, ledger, tmp_path):
    workbook = Workbook()
    customers = workbook.active
    customers.title = "客户"
    customers.append(["客户编码", "客户名称"])
    customers.append(["C1", "上海华信"])
    invoices = workbook.create_sheet("发票")
    invoices.append(["客户编码", "发票号", "开票日期", "金额", "到期日"])
    invoices.append(["C1", "INV-1", "2026-03-01", 100, "2026-03-31"])
    path = tmp_path / "both.xlsx"
    workbook.save(path)
    assert run(ledger, path, "customers").sheet == "客户"
    assert run(ledger, path, "invoices").sheet == "发票"


@pytest.mark.parametrize("kind", master_import.KINDS)
@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_a_template_filled_in_imports(book, ledger, tmp_path, kind, language):
    if kind != "customers":
        ledger.customer("C1")
    data = master_import.template_workbook(kind, language)
    workbook = load_workbook(io.BytesIO(data))
    first = workbook.worksheets[0]
    headers = [c.value for c in first[1]]
    assert first.freeze_panes == "A2"
    assert workbook.worksheets[1].max_row >= len(headers) + 1  # a note for each column
    example = {
        "code": "C9",
        "name": "示例客户",
        "customer": "C1",
        "number": "DOC-1",
        "invoice_date": date(2026, 3, 1),
        "receipt_date": date(2026, 3, 2),
        "amount": Decimal("1234.56"),
        "due_date": date(2026, 4, 30),
    }
    fields = [c.field for c in master_import.columns_of(kind)]
    first.append([example.get(f) for f in fields])
    path = tmp_path / master_import.template_file_name(kind, language)
    workbook.save(path)
    result = run(ledger, path, kind)
    assert (result.rows_read, result.added) == (1, 1)


def test_a_dry_run_inside_a_larger_unit_of_work_keeps_nothing_when_that_commits(book, ledger, tmp_path):
    ledger.customer("C1")
    path = sheet(
        tmp_path / "i.xlsx",
        ["客户编码", "发票号", "开票日期", "金额", "到期日"],
        ["C1", "INV-1", "2026-03-01", 100, "2026-03-31"],
    )
    uow = ledger.uow()
    with uow:
        assert master_import.import_master_file(uow, path, "invoices", dry_run=True).added == 1
        uow.audit("test.outer", "test", 1)
        uow.commit()
    assert count(book, Invoice) == 0
