"""Render the desktop app's main views offscreen, in Chinese and English, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen uv run python scripts/screenshots.py [--out docs/screenshots]

It builds a demo book in a temporary folder (fixed seed and date, so the pictures only change when the
app does), opens each view at 1440×900 and saves `widget.grab()` as `<view>_<language>.png`; with
`--only master_import` only those screens. Chinese needs a CJK font on Linux (`fonts-wqy-microhei`,
installed by scripts/install-debian-deps.sh).
"""

from __future__ import annotations

import argparse
import os
import sys
import tempfile
from datetime import date
from decimal import Decimal
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QCoreApplication, QSettings
from PySide6.QtWidgets import QApplication, QWidget

from acctdesk.services import approvals, auth, credit_alerts, credit_rating, ledger, term_library
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.lists import ListQuery, customer_page
from acctdesk.services.settings import initialise_book
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui import i18n
from acctdesk.ui.context import AppContext
from acctdesk.ui.login import LoginDialog
from acctdesk.ui.mainwindow import MainWindow
from acctdesk.ui.ops import Ops
from acctdesk.ui.team_server import ConnectDialog, Probe, ServerBook

AS_OF = date(2026, 11, 24)
SPEC = DemoSpec(customers=120, invoices=8_000, seed=7, today=AS_OF)
SIZE = (1440, 900)
USER = "demo"


def settle(ops: Ops) -> None:
    for _ in range(4):
        ops.wait(30_000)
        QCoreApplication.processEvents()


def save(widget: QWidget, ops: Ops, path: Path) -> None:
    settle(ops)
    widget.grab().save(str(path))
    print(path)


def make_book(folder: Path):
    """The demo book, and a fresh receipt worth 60 % of the most overdue CNY customer's balance."""
    book, _ = initialise_book(f"sqlite:///{folder / 'demo.sqlite'}", name="演示账套 Demo", user=USER)
    generate_demo(book, SPEC, user=USER)
    with book.sessions() as session:
        query = ListQuery(currency="CNY", sort="overdue", descending=True)
        customer = customer_page(session, AS_OF, query, limit=1)[0]
    add_people(book)
    for month_end in (
        date(2026, 6, 30),
        date(2026, 7, 31),
        date(2026, 8, 31),
        date(2026, 9, 30),
        date(2026, 10, 31),
    ):
        credit_rating.record_ratings(UnitOfWork(book, USER), month_end)  # a rating history to chart
    credit_rating.record_ratings(UnitOfWork(book, USER), AS_OF)
    credit_alerts.run_risk_checks(UnitOfWork(book, USER), AS_OF)
    receipt = ledger.post_receipt(
        UnitOfWork(book, USER),
        customer_code=customer.code,
        amount=(customer.balance.amount * Decimal("0.6")).quantize(Decimal("1")),
        receipt_date=AS_OF,
        reference="B20261124-0087",
        memo="11月货款",
    )
    import_statement(book, folder)
    return book, receipt.number, customer.code


def import_statement(book, folder: Path) -> None:
    """Today's bank statement: exact payments of open items, one payment of two items together, one
    short by a bank fee, and money from a payer nobody knows, for the Bank screen's proposals."""
    from acctdesk.services.balances import open_items
    from acctdesk.services.bank_import import import_bank_file

    with book.sessions() as session:
        items = [i for i in open_items(session, AS_OF) if i.open_amount.currency == "CNY" and i.days_overdue]
    by_customer: dict[str, list] = {}
    for item in items:
        by_customer.setdefault(item.customer_code, []).append(item)
    chosen = [group for group in by_customer.values() if len(group) >= 2][:6]
    lines = []
    for n, group in enumerate(chosen):
        first, second = group[0], group[1]
        if n == 2:  # two invoices in one payment
            amount, memo = first.open_amount.amount + second.open_amount.amount, "货款"
        elif n == 4:  # short by a bank fee
            amount, memo = first.open_amount.amount - Decimal("15.00"), f"付{first.invoice_number}"
        else:
            amount, memo = first.open_amount.amount, f"货款 {first.invoice_number}"
        lines.append(f"{AS_OF},{amount},,{first.customer_name},,{memo},B{AS_OF:%Y%m%d}{n:04d}")
    lines.append(f"{AS_OF},8800.00,,深圳市前海某某投资有限公司,,往来款,B{AS_OF:%Y%m%d}0099")
    lines.append(f"{AS_OF},,1260.00,中国移动通信集团,,通讯费,B{AS_OF:%Y%m%d}0100")
    path = folder / "工行流水20261124.csv"
    header = "交易日期,收入金额,支出金额,对方户名,对方账号,摘要,交易流水号"
    path.write_text("\n".join([header, *lines]) + "\n", encoding="utf-8")
    import_bank_file(UnitOfWork(book, USER), path)


def shoot_bank(window: MainWindow, ops: Ops, language: str, out: Path) -> None:
    """The Bank screen with today's lines and the first proposal open in the match panel."""
    view = window.show_page("bank").materialise()
    settle(ops)
    row = next((n for n, r in enumerate(view.model.rows) if r.proposal is not None), 0)
    view.table.selectRow(row)
    for _ in range(20):
        settle(ops)
        if view.panel.model.rowCount():
            break
    save(window, ops, out / f"bank_{language}.png")


def add_people(book) -> None:
    """Colleagues with passwords, two requests waiting for an approver, and a contract term."""
    auth.add_user(
        UnitOfWork(book, USER), "wang", "credit_manager", display_name="王芳", password="demo-pass-1"
    )
    auth.add_user(UnitOfWork(book, USER), "lin", "accountant", display_name="林晓东", password="demo-pass-2")
    auth.add_user(UnitOfWork(book, USER), "zhao", "collector", display_name="赵磊")
    auth.add_user(UnitOfWork(book, USER), "audit", "auditor", display_name="审计 Audit")
    auth.change_user(UnitOfWork(book, USER), "zhao", active=False)
    approvals.request_credit_limit(
        UnitOfWork(book, "wang"),
        customer_code="C00012",
        credit_limit="800000",
        reason="年度框架合同，订单增加",
    )
    approvals.request_reopen_period(
        UnitOfWork(book, "lin"), lock_date=date(2026, 9, 30), reason="补录10月漏记发票 INV-2026-1031"
    )
    term_library.add_term(
        UnitOfWork(book, USER), "质保合同", "30%签订；60%验收后30天；余款 质保金 验收后12个月"
    )


BANK_SAMPLE = Path("/work/shared/samples/cn_bank/example-icbc-debit-v2-records.csv")


def shoot_bank_import(window: MainWindow, ops: Ops, language: str, out: Path) -> None:
    """The bank import wizard's preview of an ICBC statement (the shared sample when it is here,
    else a small statement in the same bank's columns)."""
    from acctdesk.ui.bank_import_wizard import BankImportWizard

    with tempfile.TemporaryDirectory() as folder:
        path = BANK_SAMPLE
        if not path.exists():
            path = Path(folder) / "工行流水.csv"
            rows = [
                "交易日期,记账金额(收入),记账金额(支出),对方户名,对方账户,摘要,交易流水号",
                "2026-11-20,286400.00,,上海华信科技有限公司,6222000011112222,11月货款,B20261120-0012",
                "2026-11-21,,1280.00,中国移动,,话费,B20261121-0031",
                "2026-11-23,58320.50,,北京东方电子有限公司,,付INV-2026-1031,B20261123-0087",
            ]
            path.write_text("\n".join(rows) + "\n", encoding="utf-8")
        wizard = BankImportWizard(window.ctx, window)
        wizard.set_file(path)
        settle(ops)
        wizard.resize(1180, 720)
        save(wizard, ops, out / f"bank_import_wizard_{language}.png")
        wizard.reject()


def shoot_control(app, window: MainWindow, ctx: AppContext, ops: Ops, language: str, out: Path) -> None:
    """The internal-control screens: login, approvals, audit log, users, payment terms, team server."""
    login = LoginDialog(ctx.book, ops, "wang", window, book_name="演示账套 Demo")
    login.password.setText("wrong-password")
    login.log_in()
    settle(ops)
    login.resize(460, login.sizeHint().height())
    save(login, ops, out / f"login_dialog_{language}.png")
    login.reject()

    dialog = window.show_approvals()
    settle(ops)
    dialog.select_request(dialog.model.rows[0].id)
    dialog.resize(1180, 520)
    save(dialog, ops, out / f"approvals_{language}.png")
    dialog.reject()

    audit = window.show_audit_log()
    audit.resize(1180, 760)
    settle(ops)
    audit.verify()
    settle(ops)
    audit.table.selectRow(0)
    save(audit, ops, out / f"audit_log_{language}.png")
    audit.reject()

    window.show_settings("users")
    settle(ops)
    window.settings_page.users.select_user("lin")
    save(window, ops, out / f"settings_users_{language}.png")
    panel = window.show_settings("terms")
    settle(ops)
    save(window, ops, out / f"settings_terms_{language}.png")
    editor = panel.edit_term(next(t for t in panel.model.rows if t.name == "质保合同"))
    settle(ops)
    editor.table.widget(0, 8).setText("2")  # a 2/10 discount on the signing line, typed in the table
    editor.table.widget(0, 8).textEdited.emit("2")
    editor.table.widget(0, 9).setValue(10)
    editor.resize(1180, 580)
    save(editor, ops, out / f"term_editor_{language}.png")
    editor.reject()

    connect = ConnectDialog(ops, ServerBook("acct-server", 5432, "acctdesk", "lin"), window)
    connect.password.setText("password")
    connect._found(Probe("book", None), then_connect=False)  # as after Test connection
    connect.resize(520, connect.sizeHint().height())
    save(connect, ops, out / f"connect_dialog_{language}.png")
    connect.reject()
    window.show_settings("general")


def shoot_credit_and_reports(
    window: MainWindow, ops: Ops, customer_code: str, language: str, out: Path
) -> None:
    """The credit page of the most overdue customer, and each tab of the Reports area."""
    window.show_page("credit")
    window.credit.view.show_customer(customer_code)
    save(window, ops, out / f"credit_{language}.png")
    window.show_page("reports")
    reports = window.reports.page
    settle(ops)
    model = reports.aging_model
    column = model.column_index("31-60")
    row = next(r for r in range(model.rowCount()) if not model.row_at(r).buckets[2].is_zero())
    reports.aging_table.doubleClicked.emit(model.index(row, column))  # the items behind a cell
    save(window, ops, out / f"reports_{language}.png")
    for index, tab in enumerate(("metrics", "provision", "forecast"), start=1):
        reports.tabs.setCurrentIndex(index)
        save(window, ops, out / f"reports_{tab}_{language}.png")
    reports.tabs.setCurrentIndex(0)


def shoot_master_import(window: MainWindow, ops: Ops, customer_code: str, language: str, out: Path) -> None:
    """The master data import dialog after a Check of a small invoice sheet typed into its template
    (one column the sheet does not know, to show a note)."""
    from openpyxl import load_workbook

    from acctdesk.services.master_import import template_file_name

    with window.ctx.book.sessions() as session:
        dollars = customer_page(session, AS_OF, ListQuery(currency="USD"), limit=1)
    foreign = dollars[0].code if dollars else customer_code
    chinese = language == "zh_CN"
    rows = [
        [
            customer_code,
            "04403301",
            AS_OF,
            286400,
            None,
            "N30",
            None,
            None,
            "11月设备款" if chinese else "Equipment",
        ],
        [
            customer_code,
            "04403302",
            AS_OF,
            "58,320.50",
            None,
            "N60",
            None,
            None,
            "配件" if chinese else "Spare parts",
        ],
        [foreign, "INV-2026-1187", AS_OF, 12500, None, None, date(2026, 12, 24), None, "Service fee"],
    ]
    dialog = window.show_master_import("invoices")
    with tempfile.TemporaryDirectory() as folder:
        path = dialog.save_template(Path(folder) / template_file_name("invoices", language))
        workbook = load_workbook(path)
        sheet = workbook.worksheets[0]
        sheet.cell(row=1, column=sheet.max_column + 1, value="经办人" if chinese else "Clerk")
        for row in rows:
            sheet.append([*row, "林晓东" if chinese else "Lin"])
        workbook.save(path)
        dialog.set_file(path)
        dialog.check()
        settle(ops)
        dialog.resize(860, 420)
        save(dialog, ops, out / f"master_import_{language}.png")
    dialog.reject()


def shoot(
    app: QApplication,
    book,
    receipt_number: str,
    customer_code: str,
    language: str,
    out: Path,
    only: str | None = None,
) -> None:
    i18n.install(app, language)
    i18n.apply_fonts(app)
    ops = Ops()
    ctx = AppContext(book, ops, user=USER, as_of=AS_OF)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    if only == "master_import":
        shoot_master_import(window, ops, customer_code, language, out)
        window.close()
        settle(ops)
        return
    pages = ("dashboard", "customers", "invoices", "receipts", "bank", "collections", "statements")
    for key in (*pages, "settings"):
        window.show_page(key)
        save(window, ops, out / f"{key}_{language}.png")
    shoot_bank(window, ops, language, out)
    shoot_credit_and_reports(window, ops, customer_code, language, out)
    window.navigate("customer", customer_code)
    save(window, ops, out / f"customer_{language}.png")
    window.show_page("dashboard")
    settle(ops)
    bucket = next(i for i, bar in enumerate(window.dashboard.bars()) if bar.key == "31-60")
    window.dashboard.open_bucket(bucket)
    save(window, ops, out / f"open_items_{language}.png")
    window.invoices.show_open_items(ListQuery())

    dialog = window.new_invoice("")
    settle(ops)
    dialog.set_values(
        customer="C00012",
        number="04403261",
        amount="1,286,400.00",
        invoice_date=AS_OF,
        term="30% N0; 60% ACCEPT+30; BAL RETENTION ACCEPT+12M",
    )
    dialog.description.setText(
        "合同 HT-2026-118 设备款" if language == "zh_CN" else "Contract HT-2026-118, equipment"
    )
    dialog.resize(720, 640)
    save(dialog, ops, out / f"invoice_dialog_{language}.png")
    dialog.set_values(customer="C0099", number="04403262", amount="12,3OO.00", due_date=date(2026, 11, 1))
    save(dialog, ops, out / f"invoice_dialog_errors_{language}.png")
    dialog.reject()

    window.show_page("receipts")
    allocation = window.allocate(receipt_number)
    allocation.resize(900, 520)
    settle(ops)
    largest = max(range(allocation.model.rowCount()), key=lambda r: allocation.model.rows[r].apply_amount())
    partly = (allocation.model.rows[largest].apply_amount() * Decimal("0.8")).quantize(Decimal("0.01"))
    allocation.set_apply(largest, str(partly))  # a part-payment of one invoice leaves cash unapplied
    save(allocation, ops, out / f"allocation_dialog_{language}.png")
    allocation.reject()
    shoot_bank_import(window, ops, language, out)
    shoot_control(app, window, ctx, ops, language, out)
    shoot_master_import(window, ops, customer_code, language, out)
    window.save_layout()
    window.close()
    settle(ops)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots"
    )
    parser.add_argument(
        "--only",
        choices=("master_import",),
        help="only these screens (the demo book is built all the same)",
    )
    args = parser.parse_args(argv)
    args.out.mkdir(parents=True, exist_ok=True)
    with tempfile.TemporaryDirectory() as folder:
        QCoreApplication.setOrganizationName("acctdesk-screenshots")
        QCoreApplication.setApplicationName("acctdesk-screenshots")
        QSettings.setDefaultFormat(QSettings.Format.IniFormat)
        QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, folder)
        app = QApplication.instance() or QApplication(sys.argv[:1])
        book, receipt_number, customer_code = make_book(Path(folder))
        try:
            for language in ("zh_CN", "en"):
                shoot(app, book, receipt_number, customer_code, language, args.out, args.only)
        finally:
            book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
