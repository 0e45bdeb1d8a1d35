"""Render the desktop app's main views offscreen, in Chinese and English, into docs/screenshots/.

    QT_QPA_PLATFORM=offscreen uv run python scripts/screenshots.py [--out docs/screenshots]

It builds a demo book in a temporary folder (fixed seed and date, so the pictures only change when the
app does), opens each view at 1440×900 and saves `widget.grab()` as `<view>_<language>.png`. Chinese
needs a CJK font on Linux (`fonts-wqy-microhei`, installed by scripts/install-debian-deps.sh).
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

from acctdesk.services import ledger
from acctdesk.services.demo import DemoSpec, generate_demo
from acctdesk.services.lists import ListQuery, customer_page
from acctdesk.services.settings import initialise_book
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui import i18n
from acctdesk.ui.context import AppContext
from acctdesk.ui.mainwindow import MainWindow
from acctdesk.ui.ops import Ops

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
    receipt = ledger.post_receipt(
        UnitOfWork(book, USER),
        customer_code=customer.code,
        amount=(customer.balance.amount * Decimal("0.6")).quantize(Decimal("1")),
        receipt_date=AS_OF,
        reference="B20261124-0087",
        memo="11月货款",
    )
    return book, receipt.number, customer.code


def shoot(app: QApplication, book, receipt_number: str, customer_code: str, language: str, out: Path) -> None:
    i18n.install(app, language)
    i18n.apply_fonts(app)
    ops = Ops()
    ctx = AppContext(book, ops, user=USER, as_of=AS_OF)
    window = MainWindow(ctx)
    window.resize(*SIZE)
    window.show()
    pages = ("dashboard", "customers", "invoices", "receipts", "bank", "collections", "statements", "reports")
    for key in (*pages, "settings"):
        window.show_page(key)
        save(window, ops, out / f"{key}_{language}.png")
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
    window.save_layout()
    window.close()
    settle(ops)


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument(
        "--out", type=Path, default=Path(__file__).resolve().parents[1] / "docs" / "screenshots"
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
                shoot(app, book, receipt_number, customer_code, language, args.out)
        finally:
            book.close()
    return 0


if __name__ == "__main__":
    sys.exit(main())
