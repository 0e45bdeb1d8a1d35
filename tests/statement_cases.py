"""The small ledger the statement tests share, with its figures worked out by hand.

C1 上海华信科技有限公司, CNY, statement for March 2026:
  before: INV-1 1,000.00 (02-10), RC-1 400.00 (02-20) applied to INV-1   → opening 600.00
  03-05 INV-2 2,345.67 due 04-04                      debit  2,345.67   balance 2,945.67
  03-15 RC-2 1,000.00, 600.00 applied to INV-1         credit 1,000.00   balance 1,945.67
  03-20 CN-1 45.67 (返利), not applied                 credit    45.67   balance 1,900.00
  03-25 INV-3 500.00                                    debit    500.00   balance 2,400.00
  03-28 INV-3 reversed                                  credit   500.00   balance 1,900.00
  after: INV-4 99.00 (04-02) is not on the statement
Closing 1,900.00 = INV-2 open 2,345.67 (not yet due on 03-31) − RC-2 400.00 − CN-1 45.67.
C2 has 250.00 owing since January and nothing in March; C3 has nothing at all.
"""

from __future__ import annotations

from tests.builders import Ledger

START, END = "2026-03-01", "2026-03-31"


def march_ledger(book) -> Ledger:
    ledger = Ledger(book)
    ledger.customer("C1", "上海华信科技有限公司", tax_id="91310000MA1FL0XX1A")
    ledger.customer("C2", "Northwind Trading Ltd", language="en")
    ledger.customer("C3", "深圳远航物流有限公司")
    ledger.invoice("INV-1", "1000.00", "2026-02-10", due="2026-03-10")
    ledger.receipt("400.00", "2026-02-20", number="RC-1")
    ledger.allocate("RC-1", "2026-02-20", {"INV-1": "400.00"})
    ledger.invoice("INV-2", "2345.67", "2026-03-05", due="2026-04-04")
    ledger.receipt("1000.00", "2026-03-15", number="RC-2", payer="上海华信科技有限公司")
    ledger.allocate("RC-2", "2026-03-15", {"INV-1": "600.00"})
    ledger.credit_note("45.67", "2026-03-20", number="CN-1", reason="返利")
    ledger.invoice("INV-3", "500.00", "2026-03-25", due="2026-03-25")
    ledger.reverse("invoice", "INV-3", "2026-03-28", reason="重复开票")
    ledger.invoice("INV-4", "99.00", "2026-04-02", due="2026-05-02")
    ledger.invoice("N-1", "250.00", "2026-01-15", customer="C2", due="2026-02-14")
    return ledger
