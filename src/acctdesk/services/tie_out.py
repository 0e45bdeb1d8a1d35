"""Invariant 4 at a date, by three separate code paths, per currency, side by side:

1. the aging total — open installments from the installment and allocation rows, less unapplied
   receipts and credit notes (`aging.aging_report`);
2. the ledger balance — Σ ledger entries dated ≤ D per customer (`balances.ledger_balances`);
3. the statements — each customer's statement for the month to D, opening balance plus movements
   (`statements.statement`), their closing balances added up.

Every customer with a balance by either of the first two paths gets a statement, so a customer
the paths disagree about is never left out. A difference is reported, never hidden.
"""

from __future__ import annotations

from collections import defaultdict
from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from acctdesk.model.entities import Customer
from acctdesk.model.money import Money
from acctdesk.services.aging import GroupBy, aging_report
from acctdesk.services.balances import ledger_balances
from acctdesk.services.statements import statement


@dataclass(frozen=True)
class ThreeWayTieOut:
    currency: str
    aging_total: Money
    ledger_balance: Money
    statements_total: Money
    statements: int  # how many customers' statements were added up

    @property
    def difference(self) -> Money:
        """Aging − ledger."""
        return self.aging_total - self.ledger_balance

    @property
    def statements_difference(self) -> Money:
        """Statements − ledger."""
        return self.statements_total - self.ledger_balance

    @property
    def ties(self) -> bool:
        return self.difference.is_zero() and self.statements_difference.is_zero()


def three_way_tie_out(session: Session, as_of: date) -> list[ThreeWayTieOut]:
    aging: dict[str, Money] = {}
    customers: set[str] = set()
    for row in aging_report(session, as_of, group_by=GroupBy.CUSTOMER).rows:
        aging[row.currency] = aging.get(row.currency, Money.zero(row.currency)) + row.total
        if not row.total.is_zero():
            customers.add(row.key)
    ledger: dict[str, Money] = {}
    for balance in ledger_balances(session, as_of):
        ledger[balance.currency] = (
            ledger.get(balance.currency, Money.zero(balance.currency)) + balance.balance
        )
        customers.add(balance.customer_code)
    closing, counted = _statement_closings(session, as_of, customers)
    currencies = sorted(set(aging) | set(ledger) | set(closing))
    return [
        ThreeWayTieOut(
            currency,
            aging.get(currency, Money.zero(currency)),
            ledger.get(currency, Money.zero(currency)),
            closing.get(currency, Money.zero(currency)),
            counted[currency],
        )
        for currency in currencies
    ]


def _statement_closings(session: Session, as_of: date, codes: set[str]):
    start = as_of.replace(day=1)
    closing: dict[str, Money] = {}
    counted: dict[str, int] = defaultdict(int)
    ordered = session.scalars(select(Customer.code).where(Customer.code.in_(codes)).order_by(Customer.code))
    for code in ordered:
        for section in statement(session, code, start=start, end=as_of).sections:
            currency = section.currency
            closing[currency] = closing.get(currency, Money.zero(currency)) + section.closing
            counted[currency] += 1
    return closing, counted
