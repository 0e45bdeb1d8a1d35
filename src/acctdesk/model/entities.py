"""The receivables ledger's tables: customers, contracts, documents, installments, allocations, audit.

Money columns are integer minor units (`*_minor`) beside a `currency` column; the ORM exposes them
as `Money` through composites. Posted documents are insert-only: a correction is a reversal row or
a negative allocation, never an update.
"""

from __future__ import annotations

from datetime import UTC, date, datetime
from enum import StrEnum
from typing import ClassVar

from sqlalchemy import (
    BigInteger,
    Boolean,
    CheckConstraint,
    Date,
    DateTime,
    ForeignKey,
    Index,
    Integer,
    MetaData,
    String,
    Text,
    UniqueConstraint,
)
from sqlalchemy.orm import DeclarativeBase, Mapped, composite, mapped_column, relationship

from acctdesk.model.money import money_from_db

NAMING_CONVENTION = {
    "ix": "ix_%(column_0_label)s",
    "uq": "uq_%(table_name)s_%(column_0_N_name)s",
    "ck": "ck_%(table_name)s_%(constraint_name)s",
    "fk": "fk_%(table_name)s_%(column_0_name)s_%(referred_table_name)s",
    "pk": "pk_%(table_name)s",
}


def utcnow() -> datetime:
    return datetime.now(UTC)


class Base(DeclarativeBase):
    metadata = MetaData(naming_convention=NAMING_CONVENTION)
    type_annotation_map = {  # noqa: RUF012 - SQLAlchemy reads this class attribute
        datetime: DateTime(timezone=True),
        date: Date,
        str: String(200),
    }


class Sealed:
    """A posted row that must never change: the audit event that wrote it records a digest of
    its content (`row_hash`), so `acctdesk audit verify` finds a row changed, added or deleted
    behind acctdesk's back. `audit_seq` names that event."""

    audit_seq: Mapped[int | None] = mapped_column(BigInteger)
    row_hash: Mapped[str | None] = mapped_column(String(64))

    # Columns that may be filled in later by an audited service and so are not sealed.
    unsealed_columns: ClassVar[tuple[str, ...]] = ()


def money_columns(amount_column: str = "amount_minor", currency_column: str = "currency"):
    return composite(money_from_db, amount_column, currency_column)


class CustomerStatus(StrEnum):
    ACTIVE = "active"
    HOLD = "hold"
    INACTIVE = "inactive"


class DocumentKind(StrEnum):
    INVOICE = "invoice"
    CREDIT_NOTE = "credit_note"
    RECEIPT = "receipt"
    WRITE_OFF = "write_off"
    ALLOCATION = "allocation"


class ReceiptMethod(StrEnum):
    BANK_TRANSFER = "bank_transfer"
    CASH = "cash"
    BANK_ACCEPTANCE_BILL = "bank_acceptance_bill"  # 银行承兑汇票, has a maturity date
    COMMERCIAL_BILL = "commercial_bill"  # 商业承兑汇票
    CHEQUE = "cheque"
    OTHER = "other"


class BookSettings(Base):
    """One row per book: its name, base currency and lock date."""

    __tablename__ = "book_settings"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str]
    base_currency: Mapped[str] = mapped_column(String(3))
    lock_date: Mapped[date | None]
    business_calendar: Mapped[str] = mapped_column(String(20), default="none")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Setting(Base):
    """Per-book settings beyond the fixed ones (bucket definitions, company header, …) as JSON."""

    __tablename__ = "setting"

    key: Mapped[str] = mapped_column(String(100), primary_key=True)
    value_json: Mapped[str] = mapped_column(Text)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class NumberSequence(Base):
    """Next number per document series (RC, CN, WO, RV …)."""

    __tablename__ = "number_sequence"

    series: Mapped[str] = mapped_column(String(20), primary_key=True)
    next_value: Mapped[int] = mapped_column(BigInteger, default=1)


class CustomerGroup(Base):
    """A key account: parent and subsidiaries sharing one group credit limit."""

    __tablename__ = "customer_group"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str]
    currency: Mapped[str] = mapped_column(String(3))
    credit_limit_minor: Mapped[int | None] = mapped_column(BigInteger)
    version: Mapped[int] = mapped_column(default=1)

    credit_limit = money_columns("credit_limit_minor")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PaymentTermRecord(Base):
    """A named payment term; `shorthand` is its canonical printed form (see services.terms)."""

    __tablename__ = "payment_term"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    shorthand: Mapped[str] = mapped_column(String(500))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class Customer(Base):
    __tablename__ = "customer"

    id: Mapped[int] = mapped_column(primary_key=True)
    code: Mapped[str] = mapped_column(String(40), unique=True)
    name: Mapped[str]
    aliases: Mapped[str] = mapped_column(Text, default="")  # one alias per line
    tax_id: Mapped[str] = mapped_column(String(40), default="")  # 统一社会信用代码
    group_id: Mapped[int | None] = mapped_column(ForeignKey("customer_group.id"), index=True)
    salesperson: Mapped[str] = mapped_column(String(100), default="")
    collector: Mapped[str] = mapped_column(String(100), default="")
    currency: Mapped[str] = mapped_column(String(3))
    language: Mapped[str] = mapped_column(String(10), default="zh_CN")
    default_term_id: Mapped[int | None] = mapped_column(ForeignKey("payment_term.id"))
    credit_limit_minor: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default=CustomerStatus.ACTIVE)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    credit_limit = money_columns("credit_limit_minor")
    group: Mapped[CustomerGroup | None] = relationship()
    default_term: Mapped[PaymentTermRecord | None] = relationship()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Contract(Base):
    __tablename__ = "contract"

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    signed_date: Mapped[date | None]
    term_shorthand: Mapped[str | None] = mapped_column(String(500))
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)

    amount = money_columns()
    customer: Mapped[Customer] = relationship()
    events: Mapped[list[ContractEvent]] = relationship(back_populates="contract")


class ContractEvent(Base):
    """A milestone of a contract (signing, delivery, acceptance, or a named one) and its date."""

    __tablename__ = "contract_event"
    __table_args__ = (UniqueConstraint("contract_id", "event"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    contract_id: Mapped[int] = mapped_column(ForeignKey("contract.id"))
    event: Mapped[str] = mapped_column(String(100))
    event_date: Mapped[date | None]

    contract: Mapped[Contract] = relationship(back_populates="events")


class Invoice(Sealed, Base):
    __tablename__ = "invoice"
    unsealed_columns = ("received_date",)  # recorded when the customer confirms receipt (票到)
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        Index("ix_invoice_customer_date", "customer_id", "invoice_date"),
        # Credit sales of a period read only this index; the invoice list's default order walks it.
        Index("ix_invoice_date", "invoice_date", "currency", "amount_minor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    contract_id: Mapped[int | None] = mapped_column(ForeignKey("contract.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    invoice_date: Mapped[date]
    received_date: Mapped[date | None]  # 票到: when the customer received the invoice
    term_shorthand: Mapped[str] = mapped_column(String(500))  # snapshot: later term edits never apply
    description: Mapped[str] = mapped_column(Text, default="")
    posted_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_by: Mapped[str] = mapped_column(String(100), default="")

    amount = money_columns()
    customer: Mapped[Customer] = relationship()
    installments: Mapped[list[Installment]] = relationship(
        back_populates="invoice", order_by="Installment.seq"
    )


class Installment(Sealed, Base):
    """One due amount of an invoice. `due_date` is NULL while it awaits a contract event.

    `customer_id`, `currency` and `invoice_date` repeat the invoice's so that aging and open-item
    queries read one table.
    """

    __tablename__ = "installment"
    # due_date, awaiting_event, discount_until: dated when the event happens; settled_on: see below.
    unsealed_columns = ("due_date", "awaiting_event", "discount_until", "settled_on")
    __table_args__ = (
        UniqueConstraint("invoice_id", "seq"),
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        # Covering index for aging: one scan in (customer, currency) order with every column it reads.
        Index(
            "ix_installment_aging",
            "customer_id",
            "currency",
            "invoice_date",
            "due_date",
            "retention",
            "amount_minor",
            "invoice_id",
        ),
        Index("ix_installment_due", "due_date"),
        # Aging as of D reads only the installments open on D: settled_on NULL or after D.
        Index("ix_installment_settled", "settled_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"))
    seq: Mapped[int] = mapped_column(Integer)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    invoice_date: Mapped[date]
    due_date: Mapped[date | None]
    awaiting_event: Mapped[str | None] = mapped_column(String(100))
    term_line: Mapped[str] = mapped_column(String(200), default="")
    discount_until: Mapped[date | None]
    discount_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    retention: Mapped[bool] = mapped_column(Boolean, default=False)
    # The day from which its allocations cover it in full for good (NULL while they do not): kept by
    # the ledger services with every allocation row, so "open on D" skips what was settled by D.
    settled_on: Mapped[date | None]

    amount = money_columns()
    invoice: Mapped[Invoice] = relationship(back_populates="installments")


class CreditNote(Sealed, Base):
    __tablename__ = "credit_note"
    unsealed_columns = ("settled_on",)
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        Index("ix_credit_note_customer_date", "customer_id", "note_date"),
        Index("ix_credit_note_settled", "settled_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    invoice_id: Mapped[int | None] = mapped_column(ForeignKey("invoice.id"))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    note_date: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    posted_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_by: Mapped[str] = mapped_column(String(100), default="")
    settled_on: Mapped[date | None]  # the day from which it is applied in full for good (as Installment's)

    amount = money_columns()
    customer: Mapped[Customer] = relationship()


class Receipt(Sealed, Base):
    __tablename__ = "receipt"
    unsealed_columns = ("settled_on",)
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        # Covers "collected in a period" (services.lists.collected) as well as a customer's receipts by date.
        Index("ix_receipt_customer_date", "customer_id", "receipt_date", "currency", "amount_minor"),
        Index("ix_receipt_settled", "settled_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    receipt_date: Mapped[date]
    payer: Mapped[str] = mapped_column(String(200), default="")
    method: Mapped[str] = mapped_column(String(30), default=ReceiptMethod.BANK_TRANSFER)
    bill_maturity: Mapped[date | None]  # for acceptance bills (承兑汇票)
    reference: Mapped[str] = mapped_column(String(200), default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    posted_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_by: Mapped[str] = mapped_column(String(100), default="")
    settled_on: Mapped[date | None]  # the day from which it is applied in full for good (as Installment's)

    amount = money_columns()
    customer: Mapped[Customer] = relationship()


class WriteOff(Sealed, Base):
    """坏账核销: an uncollectable amount removed from installments (its allocation lines)."""

    __tablename__ = "write_off"
    __table_args__ = (CheckConstraint("amount_minor > 0", name="amount_positive"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    write_off_date: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)
    posted_at: Mapped[datetime] = mapped_column(default=utcnow)
    posted_by: Mapped[str] = mapped_column(String(100), default="")

    amount = money_columns()


class Allocation(Sealed, Base):
    """核销: part of a receipt, credit note or write-off applied to an installment on a date.

    Insert-only: unallocating adds a negative row that names the row it reverses. The allocated
    amount of an installment as of D is the sum of its rows dated ≤ D, less rows whose source
    document was reversed on or before D.
    """

    __tablename__ = "allocation"
    __table_args__ = (
        CheckConstraint("amount_minor <> 0", name="amount_nonzero"),
        CheckConstraint(
            "(CASE WHEN receipt_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN credit_note_id IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN write_off_id IS NULL THEN 0 ELSE 1 END) = 1",
            name="one_source",
        ),
        # Covering indexes: "allocated as of D" per installment, receipt and credit note.
        Index("ix_allocation_installment_date", "installment_id", "alloc_date", "amount_minor"),
        Index("ix_allocation_receipt_date", "receipt_id", "alloc_date", "amount_minor"),
        Index("ix_allocation_credit_note_date", "credit_note_id", "alloc_date", "amount_minor"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("installment.id"))
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"))
    credit_note_id: Mapped[int | None] = mapped_column(ForeignKey("credit_note.id"))
    write_off_id: Mapped[int | None] = mapped_column(ForeignKey("write_off.id"), index=True)
    reverses_id: Mapped[int | None] = mapped_column(ForeignKey("allocation.id"), index=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    alloc_date: Mapped[date]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    amount = money_columns()
    installment: Mapped[Installment] = relationship()


class Reversal(Sealed, Base):
    """A posted document taken back on a date, with a reason. A document is reversed at most once."""

    __tablename__ = "reversal"
    __table_args__ = (UniqueConstraint("document_kind", "document_id"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(60), unique=True)
    document_kind: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[int] = mapped_column(Integer)
    reversal_date: Mapped[date]
    reason: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class LedgerEntry(Sealed, Base):
    """The customer account as a journal: + what they owe more, − what they paid or were credited.

    Written beside every posting and reversal. The balance as of D is the sum of entries dated ≤ D;
    statements list these rows. It is a second path to the balance, independent of the
    installment and allocation arithmetic, so the two can be checked against each other.
    """

    __tablename__ = "ledger_entry"
    __table_args__ = (Index("ix_ledger_entry_customer_date", "customer_id", "currency", "entry_date"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    entry_date: Mapped[date]
    document_kind: Mapped[str] = mapped_column(String(20))
    document_id: Mapped[int] = mapped_column(Integer)
    document_number: Mapped[str] = mapped_column(String(60))
    is_reversal: Mapped[bool] = mapped_column(Boolean, default=False)
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    description: Mapped[str] = mapped_column(Text, default="")

    amount = money_columns()


class AuditEvent(Base):
    """Append-only audit log; each event's hash covers its content and the previous hash."""

    __tablename__ = "audit_event"

    seq: Mapped[int] = mapped_column(BigInteger().with_variant(Integer, "sqlite"), primary_key=True)
    occurred_at: Mapped[datetime] = mapped_column(default=utcnow)
    user: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(60))
    entity: Mapped[str] = mapped_column(String(40))
    entity_id: Mapped[str] = mapped_column(String(60))
    before_json: Mapped[str] = mapped_column(Text, default="")
    after_json: Mapped[str] = mapped_column(Text, default="")
    rows_count: Mapped[int] = mapped_column(BigInteger, default=0)  # sealed rows written with this event
    rows_digest: Mapped[str] = mapped_column(String(64), default="")
    prev_hash: Mapped[str] = mapped_column(String(64))
    hash: Mapped[str] = mapped_column(String(64), unique=True)


# --- Users and approvals


class AppUser(Base):
    """A person who works in the book, with one role; the password is a scrypt hash or empty."""

    __tablename__ = "app_user"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    display_name: Mapped[str] = mapped_column(String(200), default="")
    role: Mapped[str] = mapped_column(String(30))
    password_hash: Mapped[str] = mapped_column(String(300), default="")
    active: Mapped[bool] = mapped_column(Boolean, default=True)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ApprovalRequest(Base):
    """A change that needs a second person: requested by one user, approved or rejected by another."""

    __tablename__ = "approval_request"
    __table_args__ = (Index("ix_approval_request_status", "status", "requested_at"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    kind: Mapped[str] = mapped_column(String(40))
    summary: Mapped[str] = mapped_column(Text)
    payload_json: Mapped[str] = mapped_column(Text)
    reason: Mapped[str] = mapped_column(Text)
    requested_by: Mapped[str] = mapped_column(String(100))
    requested_at: Mapped[datetime] = mapped_column(default=utcnow)
    status: Mapped[str] = mapped_column(String(20), default="pending")
    decided_by: Mapped[str | None] = mapped_column(String(100))
    decided_at: Mapped[datetime | None]
    decision_note: Mapped[str] = mapped_column(Text, default="")


# --- Statements and confirmations


class StatementStatus(StrEnum):
    """Where an issued statement stands with the customer (from its latest confirmation)."""

    OUTSTANDING = "outstanding"
    AGREED = "agreed"
    DIFFERS = "differs"


class StatementIssue(Base):
    """An issued statement of account (对账单): its number and a snapshot of what it showed.

    `items_json` keeps the open items and unapplied credits behind the closing balance as they
    stood when it was issued, so that a confirmation's difference can be explained item by item
    even after later postings.
    """

    __tablename__ = "statement_issue"
    __table_args__ = (Index("ix_statement_issue_customer_end", "customer_id", "period_end"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    period_start: Mapped[date]
    period_end: Mapped[date]
    currency: Mapped[str] = mapped_column(String(3))
    closing_minor: Mapped[int] = mapped_column(BigInteger)
    language: Mapped[str] = mapped_column(String(10), default="zh_CN")
    items_json: Mapped[str] = mapped_column(Text, default="[]")
    issued_at: Mapped[datetime] = mapped_column(default=utcnow)
    issued_by: Mapped[str] = mapped_column(String(100), default="")
    sent_via: Mapped[str] = mapped_column(String(20), default="")  # email, post, hand, portal …
    sent_to: Mapped[str] = mapped_column(String(200), default="")
    sent_at: Mapped[datetime | None]

    closing = money_columns("closing_minor")
    customer: Mapped[Customer] = relationship()
    confirmations: Mapped[list[Confirmation]] = relationship(
        back_populates="statement", order_by="Confirmation.id"
    )


class Confirmation(Base):
    """对账确认 / 函证 reply: the balance the customer confirmed and the items they dispute.

    Insert-only: a later reply to the same statement is a new row; the latest one counts.
    """

    __tablename__ = "confirmation"

    id: Mapped[int] = mapped_column(primary_key=True)
    statement_id: Mapped[int] = mapped_column(ForeignKey("statement_issue.id"), index=True)
    confirmed_on: Mapped[date]
    confirmed_minor: Mapped[int] = mapped_column(BigInteger)
    difference_minor: Mapped[int] = mapped_column(BigInteger)  # ours − theirs
    status: Mapped[str] = mapped_column(String(20))
    disputed_json: Mapped[str] = mapped_column(Text, default="[]")
    note: Mapped[str] = mapped_column(Text, default="")
    recorded_at: Mapped[datetime] = mapped_column(default=utcnow)
    recorded_by: Mapped[str] = mapped_column(String(100), default="")

    statement: Mapped[StatementIssue] = relationship(back_populates="confirmations")


# --- Bank import


class BankLineStatus(StrEnum):
    UNMATCHED = "unmatched"  # money in, waiting to be matched to a customer and invoices
    MATCHED = "matched"  # posted as a receipt (receipt_id)
    IGNORED = "ignored"  # money in that is not a customer payment (a refund, a loan …)
    OUTGOING = "outgoing"  # money out: kept for the record, never matched


class ImportBatch(Base):
    """One bank file imported: which file (by hash), how it was read, and what it added."""

    __tablename__ = "import_batch"

    id: Mapped[int] = mapped_column(primary_key=True)
    file_name: Mapped[str] = mapped_column(String(260))
    file_size: Mapped[int] = mapped_column(BigInteger)
    file_sha256: Mapped[str] = mapped_column(String(64), unique=True)
    file_format: Mapped[str] = mapped_column(String(20))
    importer: Mapped[str] = mapped_column(String(120))  # the format, or "template NAME"
    template_name: Mapped[str | None] = mapped_column(String(100))
    imported_by: Mapped[str] = mapped_column(String(100))
    imported_at: Mapped[datetime] = mapped_column(default=utcnow)
    lines_read: Mapped[int] = mapped_column(Integer)
    lines_added: Mapped[int] = mapped_column(Integer)
    lines_duplicate: Mapped[int] = mapped_column(Integer)
    lines_outgoing: Mapped[int] = mapped_column(Integer)
    warnings: Mapped[str] = mapped_column(Text, default="")  # one per line


class BankLineRecord(Base):
    """A bank line as imported; `line_key` makes re-imports and overlapping files add it once.

    Signed from our side: amount_minor > 0 is money in. The bank's own fields are never changed
    after import; only `status`, `receipt_id` and `note` move as the line is matched or ignored.
    """

    __tablename__ = "bank_line"
    __table_args__ = (
        CheckConstraint("status IN ('unmatched', 'matched', 'ignored', 'outgoing')", name="status_known"),
        # The review queue: unmatched lines in date order; also the matched lines whose payer
        # accounts the matching learns from (read all at once: no index by account, nor by
        # receipt, which no query looks a line up by; each one costs every import's insert).
        Index("ix_bank_line_status_date", "status", "booking_date"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    line_key: Mapped[str] = mapped_column(String(64), unique=True)
    batch_id: Mapped[int] = mapped_column(ForeignKey("import_batch.id"), index=True)
    source_row: Mapped[int] = mapped_column(Integer)
    account: Mapped[str] = mapped_column(String(100), default="")
    booking_date: Mapped[date]
    value_date: Mapped[date | None]
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    currency: Mapped[str] = mapped_column(String(3))
    counterparty_name: Mapped[str] = mapped_column(Text, default="")
    counterparty_account: Mapped[str] = mapped_column(String(100), default="")
    memo: Mapped[str] = mapped_column(Text, default="")
    reference: Mapped[str] = mapped_column(Text, default="")
    balance_minor: Mapped[int | None] = mapped_column(BigInteger)
    status: Mapped[str] = mapped_column(String(20), default=BankLineStatus.UNMATCHED)
    receipt_id: Mapped[int | None] = mapped_column(ForeignKey("receipt.id"))
    note: Mapped[str] = mapped_column(Text, default="")  # why a line was ignored

    amount = money_columns()


class MappingTemplate(Base):
    """A confirmed column mapping for one bank's export, found again by its header signature."""

    __tablename__ = "mapping_template"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    signature: Mapped[str] = mapped_column(String(64), index=True)
    mapping_json: Mapped[str] = mapped_column(Text)
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


# --- Collections


class ReminderAction(StrEnum):
    EMAIL = "email"  # a reminder e-mail with the dunning letter attached
    CALL = "call"  # a call task on the collector's worklist
    LETTER = "letter"  # a printed letter (催款函) to send by post or hand


class ReminderPolicy(Base):
    """A dunning policy (催款策略): reminder levels relative to the due date.

    A customer gets one directly (collection_profile) or through its credit grade (grade_policy);
    with neither, the policy named "default" here, else the built-in one (services.reminder_policy).
    """

    __tablename__ = "reminder_policy"

    id: Mapped[int] = mapped_column(primary_key=True)
    name: Mapped[str] = mapped_column(String(100), unique=True)
    description: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    version: Mapped[int] = mapped_column(default=1)

    levels: Mapped[list[ReminderLevel]] = relationship(
        back_populates="policy", order_by="ReminderLevel.level", cascade="all, delete-orphan"
    )
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class ReminderLevel(Base):
    """One level of a policy: fires `offset_days` after the due date (negative: before it)."""

    __tablename__ = "reminder_level"
    __table_args__ = (
        UniqueConstraint("policy_id", "level"),
        CheckConstraint("level >= 1", name="level_positive"),
        CheckConstraint("interest_bp >= 0", name="interest_not_negative"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("reminder_policy.id"))
    level: Mapped[int] = mapped_column(Integer)
    offset_days: Mapped[int] = mapped_column(Integer)
    action: Mapped[str] = mapped_column(String(20))
    template: Mapped[str] = mapped_column(String(40))
    fee_minor: Mapped[int | None] = mapped_column(BigInteger)  # a flat fee, in fee_currency only
    fee_currency: Mapped[str | None] = mapped_column(String(3))
    interest_bp: Mapped[int] = mapped_column(Integer, default=0)  # yearly rate: 1200 = 12 %

    policy: Mapped[ReminderPolicy] = relationship(back_populates="levels")


class GradePolicy(Base):
    """Which policy customers of a credit grade (A–E, from credit control) get."""

    __tablename__ = "grade_policy"

    grade: Mapped[str] = mapped_column(String(2), primary_key=True)
    policy_id: Mapped[int] = mapped_column(ForeignKey("reminder_policy.id"))


class CollectionProfile(Base):
    """A customer's collections settings: its own policy, the escalation broken promises added
    (`level_bump`), and whom reminders go to."""

    __tablename__ = "collection_profile"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    policy_id: Mapped[int | None] = mapped_column(ForeignKey("reminder_policy.id"))
    level_bump: Mapped[int] = mapped_column(Integer, default=0)
    contact_name: Mapped[str] = mapped_column(String(100), default="")
    contact_email: Mapped[str] = mapped_column(String(200), default="")
    contact_phone: Mapped[str] = mapped_column(String(60), default="")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class Reminder(Base):
    """One dunning notice (催款通知) to a customer in one currency at one level.

    It covers all the customer's due items in that currency (their open amounts, partial payments
    taken off) as listed in reminder_item, with the fee and interest of its level. Insert-only but
    for its sending status.
    """

    __tablename__ = "reminder"
    __table_args__ = (
        UniqueConstraint("customer_id", "currency", "level", "run_on"),
        Index("ix_reminder_status", "status", "run_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    number: Mapped[str] = mapped_column(String(40), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    level: Mapped[int] = mapped_column(Integer)
    policy_name: Mapped[str] = mapped_column(String(100))
    action: Mapped[str] = mapped_column(String(20))
    template: Mapped[str] = mapped_column(String(40))
    run_on: Mapped[date]
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    fee_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    interest_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, sent
    sent_at: Mapped[datetime | None]
    sent_via: Mapped[str] = mapped_column(String(20), default="")
    sent_to: Mapped[str] = mapped_column(String(200), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    amount = money_columns()
    items: Mapped[list[ReminderItem]] = relationship(back_populates="reminder", order_by="ReminderItem.id")


class ReminderItem(Base):
    """An installment a reminder covers, at the level its own days overdue reached."""

    __tablename__ = "reminder_item"
    __table_args__ = (
        UniqueConstraint("reminder_id", "installment_id"),
        # "The highest level this installment was reminded at": one seek per installment.
        Index("ix_reminder_item_installment_level", "installment_id", "level"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    reminder_id: Mapped[int] = mapped_column(ForeignKey("reminder.id"))
    installment_id: Mapped[int] = mapped_column(ForeignKey("installment.id"))
    level: Mapped[int] = mapped_column(Integer)
    due_date: Mapped[date]
    days_overdue: Mapped[int] = mapped_column(Integer)  # negative: due in that many days
    open_minor: Mapped[int] = mapped_column(BigInteger)
    interest_minor: Mapped[int] = mapped_column(BigInteger, default=0)

    reminder: Mapped[Reminder] = relationship(back_populates="items")


class CollectionTask(Base):
    """A to-do on a collector's worklist: send a reminder, call, send a letter, follow up."""

    __tablename__ = "collection_task"
    __table_args__ = (
        Index("ix_collection_task_status_due", "status", "due_on"),
        Index("ix_collection_task_customer", "customer_id", "status"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    kind: Mapped[str] = mapped_column(String(20))  # email, call, letter, follow_up
    reminder_id: Mapped[int | None] = mapped_column(ForeignKey("reminder.id"), index=True)
    due_on: Mapped[date]
    snoozed_until: Mapped[date | None]
    snooze_reason: Mapped[str] = mapped_column(Text, default="")
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, done
    collector: Mapped[str] = mapped_column(String(100), default="")
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    completed_at: Mapped[datetime | None]
    completed_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class FollowUp(Base):
    """回访/催收记录: one contact with a customer, what came of it, and when to follow up. Insert-only."""

    __tablename__ = "follow_up"
    __table_args__ = (Index("ix_follow_up_customer_on", "customer_id", "contacted_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    contacted_on: Mapped[date]
    channel: Mapped[str] = mapped_column(String(20))  # call, visit, email, wechat, letter
    contact: Mapped[str] = mapped_column(String(200), default="")
    summary: Mapped[str] = mapped_column(Text)
    outcome: Mapped[str] = mapped_column(String(40), default="")
    next_action_on: Mapped[date | None]
    task_id: Mapped[int | None] = mapped_column(ForeignKey("collection_task.id"))  # the task it did
    next_task_id: Mapped[int | None] = mapped_column(ForeignKey("collection_task.id"))  # the one it made
    logged_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


class PromiseStatus(StrEnum):
    OPEN = "open"
    KEPT = "kept"
    BROKEN = "broken"


class PromiseToPay(Base):
    """承诺付款: an amount the customer committed to pay by a date, for some items or for the account.

    Open until checked: kept when enough was received by the date plus the grace days, else broken.
    """

    __tablename__ = "promise_to_pay"
    __table_args__ = (
        CheckConstraint("amount_minor > 0", name="amount_positive"),
        Index("ix_promise_to_pay_customer_date", "customer_id", "promised_on"),
        Index("ix_promise_to_pay_status", "status", "promised_on"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    amount_minor: Mapped[int] = mapped_column(BigInteger)
    made_on: Mapped[date]
    promised_on: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default=PromiseStatus.OPEN)
    decided_on: Mapped[date | None]  # the last day the money could arrive (promised_on + grace)
    received_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(default=1)

    amount = money_columns()
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class PromiseItem(Base):
    """An installment a promise covers; a promise without items covers the customer's account."""

    __tablename__ = "promise_item"

    promise_id: Mapped[int] = mapped_column(ForeignKey("promise_to_pay.id"), primary_key=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("installment.id"), primary_key=True, index=True)


class Dispute(Base):
    """An installment the customer disputes (争议款): out of dunning and shown apart in aging from
    `opened_on` until `resolved_on` (the day it is resolved it counts as undisputed again)."""

    __tablename__ = "dispute"
    __table_args__ = (Index("ix_dispute_installment", "installment_id", "opened_on"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    installment_id: Mapped[int] = mapped_column(ForeignKey("installment.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), index=True)
    reason: Mapped[str] = mapped_column(Text)
    opened_on: Mapped[date]
    opened_by: Mapped[str] = mapped_column(String(100), default="")
    resolved_on: Mapped[date | None]
    resolution: Mapped[str] = mapped_column(Text, default="")
    resolved_by: Mapped[str] = mapped_column(String(100), default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)


# --- Credit control


class CreditPolicyRule(Base):
    """A credit-policy rule: when its trigger fires, its action (warn, hold, block) meets a new invoice.

    A rule belongs to one customer, to one rating grade, or (both empty) to the whole book. A
    customer's own rules replace its grade's, which replace the book's (see services.credit).
    """

    __tablename__ = "credit_policy_rule"
    __table_args__ = (
        CheckConstraint("customer_id IS NULL OR grade IS NULL", name="one_scope"),
        CheckConstraint("action IN ('warn', 'hold', 'block')", name="action_known"),
        Index("ix_credit_policy_rule_scope", "customer_id", "grade"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int | None] = mapped_column(ForeignKey("customer.id"))
    grade: Mapped[str | None] = mapped_column(String(1))
    trigger: Mapped[str] = mapped_column(String(30))  # over_limit, overdue_days, broken_promise, grade
    parameter: Mapped[str] = mapped_column(String(20), default="")  # days, or a grade letter
    action: Mapped[str] = mapped_column(String(10))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class TemporaryCreditLimit(Base):
    """A temporary credit limit, granted by an approved request, valid from one date to another
    (both inclusive). While valid, the customer's limit is the larger of it and the standing one."""

    __tablename__ = "temporary_credit_limit"
    __table_args__ = (
        CheckConstraint("limit_minor >= 0", name="limit_not_negative"),
        CheckConstraint("valid_until >= valid_from", name="dates_in_order"),
        Index("ix_temporary_credit_limit_customer", "customer_id", "valid_until"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    limit_minor: Mapped[int] = mapped_column(BigInteger)
    valid_from: Mapped[date]
    valid_until: Mapped[date]
    reason: Mapped[str] = mapped_column(Text, default="")
    request_id: Mapped[int | None] = mapped_column(ForeignKey("approval_request.id"))
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")

    credit_limit = money_columns("limit_minor")


class CreditOverrideUse(Base):
    """An approved credit-hold override used up by the one invoice it names (at most once)."""

    __tablename__ = "credit_override_use"

    id: Mapped[int] = mapped_column(primary_key=True)
    request_id: Mapped[int] = mapped_column(ForeignKey("approval_request.id"), unique=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    invoice_number: Mapped[str] = mapped_column(String(60))
    level: Mapped[str] = mapped_column(String(10))
    reasons: Mapped[str] = mapped_column(Text, default="")  # one per line
    used_at: Mapped[datetime] = mapped_column(default=utcnow)
    used_by: Mapped[str] = mapped_column(String(100), default="")


class CreditRating(Base):
    """信用评级 of a customer as of a date: score (in tenths), grade, and each factor's part as JSON."""

    __tablename__ = "credit_rating"
    __table_args__ = (
        UniqueConstraint("customer_id", "as_of"),
        CheckConstraint("score_tenths BETWEEN 0 AND 1000", name="score_in_range"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    as_of: Mapped[date]
    score_tenths: Mapped[int] = mapped_column(Integer)
    grade: Mapped[str] = mapped_column(String(1))
    factors_json: Mapped[str] = mapped_column(Text, default="[]")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class CreditAlert(Base):
    """A risk warning about a customer. One per open condition (rule + condition key): a condition
    that still holds raises nothing new; `cleared_on` records when a check found it gone."""

    __tablename__ = "credit_alert"
    __table_args__ = (
        Index("ix_credit_alert_status", "status", "raised_on"),
        Index("ix_credit_alert_condition", "customer_id", "rule", "condition_key"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    rule: Mapped[str] = mapped_column(String(40))
    condition_key: Mapped[str] = mapped_column(String(100), default="")
    severity: Mapped[str] = mapped_column(String(20), default="warning")
    message: Mapped[str] = mapped_column(Text)  # in English, or as a person typed it
    # A generated alert's message as its (English) template and figures (JSON), written out in the
    # reader's language when shown (services.credit_alerts.alert_text).
    message_template: Mapped[str] = mapped_column(Text, default="")
    message_params: Mapped[str] = mapped_column(Text, default="")
    raised_on: Mapped[date]
    cleared_on: Mapped[date | None]
    status: Mapped[str] = mapped_column(String(20), default="open")  # open, acknowledged
    acknowledged_by: Mapped[str] = mapped_column(String(100), default="")
    acknowledged_at: Mapped[datetime | None]
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class CreditFile(Base):
    """A customer's credit file: business facts and the manual inputs of its rating."""

    __tablename__ = "credit_file"

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    registered_capital_minor: Mapped[int | None] = mapped_column(BigInteger)
    capital_currency: Mapped[str | None] = mapped_column(String(3))
    industry: Mapped[str] = mapped_column(String(100), default="")
    industry_risk: Mapped[str] = mapped_column(String(10), default="medium")  # low, medium, high
    business_status: Mapped[str] = mapped_column(String(20), default="normal")  # normal, watch, distressed
    established_on: Mapped[date | None]
    contacts: Mapped[str] = mapped_column(Text, default="")  # one contact per line
    notes: Mapped[str] = mapped_column(Text, default="")
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(default=1)

    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


class CreditDocument(Base):
    """A document kept in the credit file (contract, business licence, financial statement)."""

    __tablename__ = "credit_document"
    __table_args__ = (UniqueConstraint("customer_id", "sha256"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    file_name: Mapped[str] = mapped_column(String(260))
    mime_type: Mapped[str] = mapped_column(String(100))
    size: Mapped[int] = mapped_column(BigInteger)
    sha256: Mapped[str] = mapped_column(String(64))
    content: Mapped[bytes]
    description: Mapped[str] = mapped_column(Text, default="")
    uploaded_at: Mapped[datetime] = mapped_column(default=utcnow)
    uploaded_by: Mapped[str] = mapped_column(String(100), default="")


class FactoredInvoice(Base):
    """保理: an invoice sold to a bank. Without recourse it leaves our credit exposure."""

    __tablename__ = "factored_invoice"

    invoice_id: Mapped[int] = mapped_column(ForeignKey("invoice.id"), primary_key=True)
    bank: Mapped[str] = mapped_column(String(200))
    factored_on: Mapped[date]
    with_recourse: Mapped[bool] = mapped_column(Boolean)
    note: Mapped[str] = mapped_column(Text, default="")
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")


class CreditInsurance(Base):
    """A customer's insured limit (信用保险): what the insurer covers, for the exposure net of it."""

    __tablename__ = "credit_insurance"
    __table_args__ = (CheckConstraint("insured_minor >= 0", name="insured_not_negative"),)

    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"), primary_key=True)
    insurer: Mapped[str] = mapped_column(String(200))
    currency: Mapped[str] = mapped_column(String(3))
    insured_minor: Mapped[int] = mapped_column(BigInteger)
    policy_number: Mapped[str] = mapped_column(String(100), default="")
    valid_until: Mapped[date | None]
    updated_at: Mapped[datetime] = mapped_column(default=utcnow)
    updated_by: Mapped[str] = mapped_column(String(100), default="")
    version: Mapped[int] = mapped_column(default=1)

    insured = money_columns("insured_minor")
    __mapper_args__ = {"version_id_col": version}  # noqa: RUF012


# --- Provisions


class IndividualProvision(Base):
    """单项计提: one customer's bad-debt provision in one currency set by judgment — a rate of its open
    items or a fixed amount — instead of the age rates, from `effective_from` until `ended_on` (from
    that day the rates apply again). Insert-only but for the end."""

    __tablename__ = "individual_provision"
    __table_args__ = (
        CheckConstraint(
            "(CASE WHEN rate_bp IS NULL THEN 0 ELSE 1 END)"
            " + (CASE WHEN amount_minor IS NULL THEN 0 ELSE 1 END) = 1",
            name="rate_or_amount",
        ),
        CheckConstraint("rate_bp IS NULL OR (rate_bp >= 0 AND rate_bp <= 10000)", name="rate_in_range"),
        CheckConstraint("amount_minor IS NULL OR amount_minor >= 0", name="amount_not_negative"),
        Index("ix_individual_provision_customer", "customer_id", "currency", "effective_from"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    rate_bp: Mapped[int | None] = mapped_column(Integer)  # 10000 = 100 % of the open items
    amount_minor: Mapped[int | None] = mapped_column(BigInteger)  # capped at the open items
    reason: Mapped[str] = mapped_column(Text)
    effective_from: Mapped[date]
    ended_on: Mapped[date | None]
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    ended_by: Mapped[str] = mapped_column(String(100), default="")


class ProvisionRun(Base):
    """A month-end bad-debt provision run (坏账准备): the provision per customer and currency as of a
    date, and its movement against the previous month's run. A month has one current run; running it
    again needs the current one superseded explicitly, and keeps it (revision 1, 2 …) for the record."""

    __tablename__ = "provision_run"
    __table_args__ = (
        UniqueConstraint("month", "revision"),
        CheckConstraint("status IN ('current', 'superseded')", name="status_known"),
    )

    id: Mapped[int] = mapped_column(primary_key=True)
    month: Mapped[str] = mapped_column(String(7))  # YYYY-MM
    revision: Mapped[int] = mapped_column(Integer)
    as_of: Mapped[date]
    status: Mapped[str] = mapped_column(String(20), default="current")
    previous_run_id: Mapped[int | None] = mapped_column(ForeignKey("provision_run.id"))
    method_json: Mapped[str] = mapped_column(Text)  # the age bands and rates used
    created_at: Mapped[datetime] = mapped_column(default=utcnow)
    created_by: Mapped[str] = mapped_column(String(100), default="")
    superseded_at: Mapped[datetime | None]
    superseded_by: Mapped[str] = mapped_column(String(100), default="")
    supersede_reason: Mapped[str] = mapped_column(Text, default="")

    lines: Mapped[list[ProvisionLine]] = relationship(back_populates="run", order_by="ProvisionLine.id")


class ProvisionLine(Base):
    """One customer and currency in a provision run: its open items by age band, the provision,
    the previous run's provision and the movement (> 0 an increase 计提, < 0 a reversal 转回)."""

    __tablename__ = "provision_line"
    __table_args__ = (UniqueConstraint("run_id", "customer_id", "currency"),)

    id: Mapped[int] = mapped_column(primary_key=True)
    run_id: Mapped[int] = mapped_column(ForeignKey("provision_run.id"))
    customer_id: Mapped[int] = mapped_column(ForeignKey("customer.id"))
    currency: Mapped[str] = mapped_column(String(3))
    method: Mapped[str] = mapped_column(String(12))  # rates or individual
    bands_json: Mapped[str] = mapped_column(Text, default="[]")  # open items per age band, minor units
    base_minor: Mapped[int] = mapped_column(BigInteger)  # Σ open items
    provision_minor: Mapped[int] = mapped_column(BigInteger)
    previous_minor: Mapped[int] = mapped_column(BigInteger, default=0)
    movement_minor: Mapped[int] = mapped_column(BigInteger)

    run: Mapped[ProvisionRun] = relationship(back_populates="lines")
