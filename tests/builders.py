"""A small builder so that tests state their ledger in a few lines, then the expected figures."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

from sqlalchemy import select

from acctdesk.model.entities import Installment, Invoice
from acctdesk.services import approvals, auth, customers, ledger
from acctdesk.services.book import Book
from acctdesk.services.ledger import AllocationLine
from acctdesk.services.uow import UnitOfWork


def d(text: str) -> date:
    return date.fromisoformat(text)


class Ledger:
    def __init__(self, book: Book, user: str = "tester") -> None:
        self.book = book
        self.user = user

    def uow(self) -> UnitOfWork:
        return UnitOfWork(self.book, self.user)

    def customer(self, code: str = "C1", name: str | None = None, currency: str = "CNY", **values):
        customers.create_customer(self.uow(), code, name or f"客户 {code}", currency, **values)
        return code

    def invoice(self, number: str, amount: str, on: str, *, customer: str = "C1", due: str | None = "", **kw):
        """`due` defaults to the invoice date; pass None to use the term or the customer's default."""
        if due == "":
            due = None if "term" in kw else on
        return ledger.post_invoice(
            self.uow(),
            customer_code=customer,
            number=number,
            invoice_date=d(on),
            amount=Decimal(amount),
            due_date=d(due) if due else None,
            **kw,
        )

    def receipt(self, amount: str, on: str, *, customer: str = "C1", number: str | None = None, **kw):
        return ledger.post_receipt(
            self.uow(),
            customer_code=customer,
            amount=Decimal(amount),
            receipt_date=d(on),
            number=number,
            **kw,
        )

    def credit_note(self, amount: str, on: str, *, customer: str = "C1", reason: str = "返利", **kw):
        return ledger.post_credit_note(
            self.uow(), customer_code=customer, amount=Decimal(amount), note_date=d(on), reason=reason, **kw
        )

    def installment_id(self, invoice_number: str, seq: int = 1) -> int:
        with self.book.sessions() as session:
            return session.scalar(
                select(Installment.id)
                .join(Invoice)
                .where(Invoice.number == invoice_number, Installment.seq == seq)
            )

    def allocate(self, number: str, on: str, lines: dict[str, str] | None = None, kind: str = "receipt"):
        allocation_lines = None
        if lines is not None:
            allocation_lines = [
                AllocationLine(self.installment_id(inv), Decimal(a)) for inv, a in lines.items()
            ]
        return ledger.allocate(self.uow(), kind=kind, number=number, on=d(on), lines=allocation_lines)

    def unallocate(self, allocation_id: int, on: str, amount: str | None = None):
        return ledger.unallocate(
            self.uow(), allocation_id=allocation_id, on=d(on), amount=Decimal(amount) if amount else None
        )

    def approver(self, name: str = "approver") -> UnitOfWork:
        """A second person, a credit manager, who approves what this ledger's user requests."""
        with self.book.sessions() as session:
            known = {u.name for u in auth.list_users(session)}
        if name not in known:
            auth.add_user(self.uow(), name, auth.Role.CREDIT_MANAGER)
        return UnitOfWork(self.book, name)

    def write_off(self, on: str, lines: dict[str, str], *, customer: str = "C1", reason: str = "无法收回"):
        """Request the write-off and have the approver approve it, as the book requires."""
        allocation_lines = [AllocationLine(self.installment_id(inv), Decimal(a)) for inv, a in lines.items()]
        filed = approvals.request_write_off(
            self.uow(), customer_code=customer, on=d(on), reason=reason, lines=allocation_lines
        )
        return approvals.decide(self.approver(), filed.id, approve=True)

    def reverse(self, kind: str, number: str, on: str, reason: str = "录入错误"):
        return ledger.reverse(self.uow(), kind=kind, number=number, on=d(on), reason=reason)
