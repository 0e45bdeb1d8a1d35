"""Read-only, paged lists and figures for the desktop views: customers, invoices, open items, receipts,
a customer's history and the dashboard. Every list sorts, filters and pages in the query.

Each list has `<name>_page(session, as_of, query, limit=, offset=)` and `<name>_count(session, as_of,
query)`; `ListQuery` carries the search text, the filters and the sort key for all of them (a list
ignores the filters it does not have). The desktop tables read a list the way Anki's browser does:
`<name>_ids(session, as_of, query)` gives every id of the query in its order, once per search, filter
or order, and `<name>_rows(session, as_of, ids)` the rows of one page of those ids; `ListSource` bundles
the four functions of a list. An id list reads only the columns its order and filters need, so the
common orders never compute an open amount; a page of rows computes them for its own ids only.

Figures are as of a date and reuse the balances and aging services' building blocks, so a list, the
dashboard and a report give the same number.

"Overdue" means what the aging report means: open, due before the as-of date, and not retention
(质保金 has its own aging column).
"""

from __future__ import annotations

import re
from array import array
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, field, replace
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal
from functools import lru_cache
from operator import attrgetter, itemgetter
from typing import Any

from sqlalchemy import Float, and_, case, cast, func, or_, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    Allocation,
    Customer,
    CustomerGroup,
    DocumentKind,
    Installment,
    Invoice,
    LedgerEntry,
    PaymentTermRecord,
    Receipt,
    ReceiptMethod,
    Reversal,
)
from acctdesk.model.money import Money
from acctdesk.services.balances import (
    allocated_for_installment,
    not_reversed_by,
    open_items_query,
    unapplied_credits_query,
)
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.settings import book_info

RECEIPT_METHODS: tuple[str, ...] = tuple(ReceiptMethod)
BILL_METHODS = (ReceiptMethod.BANK_ACCEPTANCE_BILL, ReceiptMethod.COMMERCIAL_BILL)
DSO_DAYS = 90
TOP_OVERDUE = 10


@dataclass(frozen=True)
class ListQuery:
    """What a list shows: search text, filters and order. Empty values mean "no filter"."""

    search: str = ""
    sort: str = ""  # one of the list's sort keys; "" is the list's natural order
    descending: bool = False
    customer_code: str = ""
    status: str = ""
    currency: str = ""
    date_from: date | None = None
    date_to: date | None = None
    group_code: str = ""
    collector: str = ""
    overdue_only: bool = False
    days_from: int | None = None  # open items: days overdue, inclusive (aging drill-down)
    days_to: int | None = None

    def with_(self, **changes) -> ListQuery:
        return replace(self, **changes)


def _order(expression, descending: bool, table=None):
    """Nulls last in both directions, on SQLite and PostgreSQL alike. A NOT NULL column of the list's own
    table (never outer-joined) needs no null test, which lets the database walk an index in that order."""
    ordered = expression.desc() if descending else expression.asc()
    if table is not None and getattr(expression, "table", None) is table and not expression.nullable:
        return [ordered]
    return [expression.is_(None), ordered]


def _sort_clauses(keys: dict, query: ListQuery, default: str, default_descending: bool, tiebreak):
    key = query.sort or default
    if key not in keys:
        raise ValidationError(_("cannot sort by '{key}'").format(key=key), field="sort")
    descending = query.descending if query.sort else default_descending
    return [*_order(keys[key], descending, tiebreak.table), tiebreak.desc() if descending else tiebreak.asc()]


@dataclass(frozen=True)
class ListSource:
    """How a table reads one list: a page by OFFSET and the count (exports, small lists, tests), and the
    windowed way, every id of the query in its order once, then the rows of one page of those ids."""

    page: Callable[..., list[Any]]  # (session, as_of, query, *, limit, offset)
    count: Callable[..., int]  # (session, as_of, query)
    ids: Callable[..., Sequence[int]] | None = None  # (session, as_of, query)
    rows: Callable[..., list[Any]] | None = None  # (session, as_of, ids): in that order, None for a gone id


def _ordered_ids(session: Session, statement) -> array:
    """The ids a statement selects, in its order, as 8-byte integers: 8 MB for a million (a list of ints
    takes 36 MB). Read straight off the driver's cursor, since an id needs no result processing: a million
    arrive in about 0.3 s of CPU instead of 0.8 s through result rows."""
    result = session.connection().execute(statement)
    try:
        return array("q", map(itemgetter(0), result.cursor))
    finally:
        result.close()


def _in_order(ids: Sequence[int], rows: Iterable[Any], key: Callable[[Any], int]) -> list[Any]:
    """Rows in the order of `ids`; None where a row is gone since the ids were read."""
    by_id = {key(row): row for row in rows}
    return [by_id.get(i) for i in ids]


def _like(text: str) -> str:
    escaped = text.strip().lower().replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_")
    return f"%{escaped}%"


# ---------------------------------------------------------------------------------------------
# Search by pinyin initials: "hxkj" finds 华信科技


@lru_cache(maxsize=50_000)
def pinyin_initials(name: str) -> str:
    """Lower-case initials of a name's Chinese characters; other characters are kept as they are."""
    from pypinyin import Style, lazy_pinyin  # its dictionaries take a while to load: not at start-up

    return "".join(lazy_pinyin(name, style=Style.FIRST_LETTER, errors="default")).lower()


_INITIALS = re.compile(r"^[a-z]{2,}$")


def _pinyin_customer_ids(session: Session, text: str) -> list[int]:
    term = text.strip().lower()
    if not _INITIALS.match(term):
        return []
    return [
        cid
        for cid, name in session.execute(select(Customer.id, Customer.name))
        if term in pinyin_initials(name)
    ]


def _customer_search(session: Session, text: str, customer_id_column):
    """A condition matching customers by code, name, alias, tax id or pinyin initials."""
    pattern = _like(text)
    matching = select(Customer.id).where(
        or_(
            func.lower(Customer.code).like(pattern, escape="\\"),
            func.lower(Customer.name).like(pattern, escape="\\"),
            func.lower(Customer.aliases).like(pattern, escape="\\"),
            Customer.tax_id.like(pattern, escape="\\"),
        )
    )
    condition = customer_id_column.in_(matching)
    pinyin_ids = _pinyin_customer_ids(session, text)
    return or_(condition, customer_id_column.in_(pinyin_ids)) if pinyin_ids else condition


# ---------------------------------------------------------------------------------------------
# Building blocks: open amounts per installment as of a date


def overdue_condition(as_of: date):
    """Overdue as the aging report counts it: due before the as-of date and not retention."""
    return and_(Installment.due_date < as_of, Installment.retention.is_(False))


def _installment_sums(as_of: date, group_column, only=None):
    """Open, overdue, oldest overdue and next due date of unreversed installments dated ≤ D, per group;
    `only` narrows the installments (the customers or invoices of one page of a list).

    Each installment's open amount is one seek in the allocations' covering index, computed once: the
    inner select sits behind OFFSET 0, which neither SQLite nor PostgreSQL flattens into the grouping
    (flattened, each sum and minimum below that tests it runs the allocation subquery again: the whole
    customer list of a million invoices took 25 % longer)."""
    open_minor = Installment.amount_minor - func.coalesce(allocated_for_installment(as_of), 0)
    installments = select(
        group_column.label("key"),
        Installment.currency.label("currency"),
        Installment.due_date.label("due_date"),
        Installment.retention.label("retention"),
        open_minor.label("open_minor"),
    ).where(
        Installment.invoice_date <= as_of,
        not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, as_of),
    )
    if only is not None:
        installments = installments.where(only)
    item = installments.offset(0).subquery("open_installments")
    is_open = item.c.open_minor > 0
    overdue = and_(item.c.due_date < as_of, item.c.retention.is_(False), is_open)  # overdue_condition's
    return (
        select(
            item.c.key,
            item.c.currency,
            func.sum(item.c.open_minor).label("open_minor"),
            func.sum(case((overdue, item.c.open_minor), else_=0)).label("overdue_minor"),
            func.min(case((overdue, item.c.due_date))).label("oldest_due"),
            func.min(case((is_open, item.c.due_date))).label("next_due"),
        )
        .group_by(item.c.key, item.c.currency)
        .subquery("installment_sums")
    )


def _days_since(as_of: date, day: date | None) -> int:
    return (as_of - day).days if day is not None else 0


def _percent(part: int, whole: int | None) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


# ---------------------------------------------------------------------------------------------
# Customers


@dataclass(frozen=True)
class CustomerRow:
    id: int
    code: str
    name: str
    group_code: str
    group_name: str
    salesperson: str
    collector: str
    currency: str
    status: str
    credit_limit: Money | None
    balance: Money  # open items − unapplied cash and credit, in the customer's currency
    overdue: Money
    days_overdue: int  # of the oldest overdue item
    credit_use: Decimal | None  # balance ÷ credit limit, percent
    default_term: str


CUSTOMER_SORT_KEYS = (
    "code",
    "name",
    "group",
    "collector",
    "salesperson",
    "balance",
    "overdue",
    "days_overdue",
    "credit_limit",
    "credit_use",
    "status",
)


CUSTOMER_FIGURE_SORTS = frozenset({"balance", "overdue", "days_overdue", "credit_use"})


def _customer_plain_columns() -> dict:
    return {
        "code": Customer.code,
        "name": Customer.name,
        "group": CustomerGroup.code,
        "collector": Customer.collector,
        "salesperson": Customer.salesperson,
        "credit_limit": Customer.credit_limit_minor,
        "status": Customer.status,
    }


def _customer_filters(session: Session, query: ListQuery, statement):
    """The filters on the customer's own columns (and its group's, which the statement joins)."""
    if query.search.strip():
        statement = statement.where(_customer_search(session, query.search, Customer.id))
    if query.customer_code:
        statement = statement.where(Customer.code == query.customer_code)
    if query.group_code:
        statement = statement.where(CustomerGroup.code == query.group_code)
    if query.collector:
        statement = statement.where(Customer.collector == query.collector)
    if query.currency:
        statement = statement.where(Customer.currency == query.currency)
    if query.status:
        statement = statement.where(Customer.status == query.status)
    return statement


def _customer_base(session: Session, as_of: date, query: ListQuery, *, customer_ids=None):
    """Every column of the list; `customer_ids` computes the figures for those customers only."""
    only = Installment.customer_id.in_(customer_ids) if customer_ids is not None else None
    sums = _installment_sums(as_of, Installment.customer_id, only)
    credits = unapplied_credits_query(as_of)
    credit_sums = select(
        credits.c.customer_id,
        credits.c.currency,
        func.sum(credits.c.unapplied_minor).label("unapplied_minor"),
    ).group_by(credits.c.customer_id, credits.c.currency)
    if customer_ids is not None:
        credit_sums = credit_sums.where(credits.c.customer_id.in_(customer_ids))
    credit_sums = credit_sums.subquery("credit_sums")
    balance = func.coalesce(sums.c.open_minor, 0) - func.coalesce(credit_sums.c.unapplied_minor, 0)
    overdue = func.coalesce(sums.c.overdue_minor, 0)
    credit_use = cast(balance, Float) / func.nullif(Customer.credit_limit_minor, 0)
    columns = {
        **_customer_plain_columns(),
        "balance": balance,
        "overdue": overdue,
        "days_overdue": sums.c.oldest_due,
        "credit_use": credit_use,
    }
    statement = (
        select(
            Customer.id,
            Customer.code,
            Customer.name,
            CustomerGroup.code.label("group_code"),
            CustomerGroup.name.label("group_name"),
            Customer.salesperson,
            Customer.collector,
            Customer.currency,
            Customer.status,
            Customer.credit_limit_minor,
            PaymentTermRecord.name.label("term_name"),
            balance.label("balance_minor"),
            overdue.label("overdue_minor"),
            sums.c.oldest_due,
        )
        .outerjoin(CustomerGroup, CustomerGroup.id == Customer.group_id)
        .outerjoin(PaymentTermRecord, PaymentTermRecord.id == Customer.default_term_id)
        .outerjoin(sums, and_(sums.c.key == Customer.id, sums.c.currency == Customer.currency))
        .outerjoin(
            credit_sums,
            and_(credit_sums.c.customer_id == Customer.id, credit_sums.c.currency == Customer.currency),
        )
    )
    if customer_ids is not None:
        statement = statement.where(Customer.id.in_(customer_ids))
    statement = _customer_filters(session, query, statement)
    if query.overdue_only:
        statement = statement.where(overdue > 0)
    return statement, columns


def _customer_id_statement(session: Session, as_of: date, query: ListQuery):
    """The customer ids of a query, with the columns it may be ordered by; the balances are computed
    only when the order or the filter needs them."""
    if query.sort in CUSTOMER_FIGURE_SORTS or query.overdue_only:
        statement, columns = _customer_base(session, as_of, query)
        return statement.with_only_columns(Customer.id), columns
    statement = select(Customer.id).outerjoin(CustomerGroup, CustomerGroup.id == Customer.group_id)
    return _customer_filters(session, query, statement), _customer_plain_columns()


def customer_page(
    session: Session, as_of: date, query: ListQuery = ListQuery(), *, limit: int = 200, offset: int = 0
) -> list[CustomerRow]:
    statement, columns = _customer_base(session, as_of, query)
    statement = statement.order_by(*_sort_clauses(columns, query, "code", False, Customer.id))
    rows = session.execute(statement.limit(limit).offset(offset))
    return [_customer_row(row, as_of) for row in rows]


def customer_ids(session: Session, as_of: date, query: ListQuery = ListQuery()) -> array:
    statement, columns = _customer_id_statement(session, as_of, query)
    return _ordered_ids(
        session, statement.order_by(*_sort_clauses(columns, query, "code", False, Customer.id))
    )


def customer_rows(session: Session, as_of: date, ids: Sequence[int]) -> list[CustomerRow | None]:
    ids = list(ids)
    statement, _ = _customer_base(session, as_of, ListQuery(), customer_ids=ids)
    return _in_order(ids, (_customer_row(row, as_of) for row in session.execute(statement)), attrgetter("id"))


def _customer_row(row, as_of: date) -> CustomerRow:
    currency = row.currency
    limit = row.credit_limit_minor
    return CustomerRow(
        id=row.id,
        code=row.code,
        name=row.name,
        group_code=row.group_code or "",
        group_name=row.group_name or "",
        salesperson=row.salesperson,
        collector=row.collector,
        currency=currency,
        status=row.status,
        credit_limit=Money.from_minor(limit, currency) if limit is not None else None,
        balance=Money.from_minor(row.balance_minor, currency),
        overdue=Money.from_minor(row.overdue_minor, currency),
        days_overdue=_days_since(as_of, row.oldest_due),
        credit_use=_percent(row.balance_minor, limit),
        default_term=row.term_name or "",
    )


def customer_count(session: Session, as_of: date, query: ListQuery = ListQuery()) -> int:
    statement, _ = _customer_id_statement(session, as_of, query)
    return session.scalar(select(func.count()).select_from(statement.subquery()))


def customer_row(session: Session, as_of: date, code: str) -> CustomerRow | None:
    rows = customer_page(session, as_of, ListQuery(customer_code=code), limit=1)
    return rows[0] if rows else None


# ---------------------------------------------------------------------------------------------
# Invoices


@dataclass(frozen=True)
class InvoiceRow:
    id: int
    number: str
    customer_code: str
    customer_name: str
    invoice_date: date
    next_due: date | None  # earliest due date still open
    term: str
    amount: Money
    open_amount: Money
    days_overdue: int
    status: str  # open, partly_paid, overdue, settled, reversed, future
    description: str
    reversal_reason: str


INVOICE_STATUSES = ("open", "partly_paid", "overdue", "settled", "reversed", "future")
INVOICE_SORT_KEYS = ("number", "customer", "invoice_date", "due", "amount", "open", "days_overdue", "status")


def _reversals(kind: str):
    return (
        select(Reversal.document_id, Reversal.reversal_date, Reversal.reason)
        .where(Reversal.document_kind == kind)
        .subquery(f"{kind}_reversal")
    )


INVOICE_FIGURE_SORTS = frozenset({"due", "open", "days_overdue", "status"})


def _invoice_plain_columns() -> dict:
    return {
        "number": Invoice.number,
        "customer": Customer.code,
        "invoice_date": Invoice.invoice_date,
        "amount": Invoice.amount_minor,
    }


def _document_filters(session: Session, query: ListQuery, statement, model, dated, searched):
    """The filters on a document's own columns (its `searched` texts, currency, `dated` column) and its
    customer's, which the statement joins."""
    if query.search.strip():
        pattern = _like(query.search)
        statement = statement.where(
            or_(
                *(func.lower(column).like(pattern, escape="\\") for column in searched),
                _customer_search(session, query.search, model.customer_id),
            )
        )
    if query.customer_code:
        statement = statement.where(Customer.code == query.customer_code)
    if query.currency:
        statement = statement.where(model.currency == query.currency)
    if query.date_from:
        statement = statement.where(dated >= query.date_from)
    if query.date_to:
        statement = statement.where(dated <= query.date_to)
    return statement


def _invoice_filters(session: Session, query: ListQuery, statement):
    return _document_filters(
        session, query, statement, Invoice, Invoice.invoice_date, (Invoice.number, Invoice.description)
    )


def _invoice_base(session: Session, as_of: date, query: ListQuery, *, invoice_ids=None):
    """Every column of the list; `invoice_ids` computes the open amounts for those invoices only."""
    only = Installment.invoice_id.in_(invoice_ids) if invoice_ids is not None else None
    sums = _installment_sums(as_of, Installment.invoice_id, only)
    reversal = _reversals(DocumentKind.INVOICE)
    is_reversed = and_(reversal.c.reversal_date.is_not(None), reversal.c.reversal_date <= as_of)
    is_future = Invoice.invoice_date > as_of
    open_minor = case((or_(is_reversed, is_future), 0), else_=func.coalesce(sums.c.open_minor, 0))
    status = case(
        (is_reversed, "reversed"),
        (is_future, "future"),
        (open_minor <= 0, "settled"),
        (sums.c.oldest_due.is_not(None), "overdue"),
        (open_minor < Invoice.amount_minor, "partly_paid"),
        else_="open",
    )
    oldest_due = case((or_(is_reversed, is_future), None), else_=sums.c.oldest_due)
    next_due = case((open_minor > 0, sums.c.next_due), else_=None)
    columns = {
        **_invoice_plain_columns(),
        "due": next_due,
        "open": open_minor,
        "days_overdue": oldest_due,
        "status": status,
    }
    statement = (
        select(
            Invoice.id,
            Invoice.number,
            Customer.code,
            Customer.name,
            Invoice.invoice_date,
            Invoice.term_shorthand,
            Invoice.currency,
            Invoice.amount_minor,
            Invoice.description,
            open_minor.label("open_minor"),
            next_due.label("next_due"),
            oldest_due.label("oldest_due"),
            status.label("status"),
            reversal.c.reason.label("reversal_reason"),
        )
        .join(Customer, Customer.id == Invoice.customer_id)
        .outerjoin(sums, and_(sums.c.key == Invoice.id, sums.c.currency == Invoice.currency))
        .outerjoin(reversal, reversal.c.document_id == Invoice.id)
    )
    if invoice_ids is not None:
        statement = statement.where(Invoice.id.in_(invoice_ids))
    statement = _invoice_filters(session, query, statement)
    if query.status == "unsettled":  # open, partly paid or overdue
        statement = statement.where(status.in_(("open", "partly_paid", "overdue")))
    elif query.status:
        statement = statement.where(status == query.status)
    if query.overdue_only:
        statement = statement.where(status == "overdue")
    return statement, columns


def _invoice_id_statement(session: Session, as_of: date, query: ListQuery):
    """The invoice ids of a query, with the columns it may be ordered by. Open amounts and statuses are
    computed only when the order or a filter needs them; the customer is joined only when named."""
    if query.sort in INVOICE_FIGURE_SORTS or query.status or query.overdue_only:
        statement, columns = _invoice_base(session, as_of, query)
        return statement.with_only_columns(Invoice.id), columns
    statement = select(Invoice.id)
    if query.sort == "customer" or query.customer_code:
        statement = statement.join(Customer, Customer.id == Invoice.customer_id)
    return _invoice_filters(session, query, statement), _invoice_plain_columns()


def _invoice_row(row, as_of: date) -> InvoiceRow:
    return InvoiceRow(
        id=row.id,
        number=row.number,
        customer_code=row.code,
        customer_name=row.name,
        invoice_date=row.invoice_date,
        next_due=row.next_due,
        term=row.term_shorthand,
        amount=Money.from_minor(row.amount_minor, row.currency),
        open_amount=Money.from_minor(row.open_minor, row.currency),
        days_overdue=_days_since(as_of, row.oldest_due),
        status=row.status,
        description=row.description,
        reversal_reason=row.reversal_reason or "",
    )


def invoice_page(
    session: Session, as_of: date, query: ListQuery = ListQuery(), *, limit: int = 200, offset: int = 0
) -> list[InvoiceRow]:
    statement, columns = _invoice_base(session, as_of, query)
    statement = statement.order_by(*_sort_clauses(columns, query, "invoice_date", True, Invoice.id))
    return [_invoice_row(row, as_of) for row in session.execute(statement.limit(limit).offset(offset))]


def invoice_count(session: Session, as_of: date, query: ListQuery = ListQuery()) -> int:
    statement, _ = _invoice_id_statement(session, as_of, query)
    return session.scalar(select(func.count()).select_from(statement.subquery()))


def invoice_ids(session: Session, as_of: date, query: ListQuery = ListQuery()) -> array:
    statement, columns = _invoice_id_statement(session, as_of, query)
    order = _sort_clauses(columns, query, "invoice_date", True, Invoice.id)
    return _ordered_ids(session, statement.order_by(*order))


def invoice_rows(session: Session, as_of: date, ids: Sequence[int]) -> list[InvoiceRow | None]:
    ids = list(ids)
    statement, _ = _invoice_base(session, as_of, ListQuery(), invoice_ids=ids)
    return _in_order(ids, (_invoice_row(row, as_of) for row in session.execute(statement)), attrgetter("id"))


# ---------------------------------------------------------------------------------------------
# Open items (installments), the list behind the aging buckets


@dataclass(frozen=True)
class OpenItemRow:
    installment_id: int
    customer_code: str
    customer_name: str
    invoice_number: str
    seq: int
    invoice_date: date
    due_date: date | None
    awaiting_event: str | None
    retention: bool
    amount: Money
    open_amount: Money
    days_overdue: int
    status: str  # current, overdue, retention, awaiting


OPEN_ITEM_STATUSES = ("current", "overdue", "retention", "awaiting")
OPEN_ITEM_SORT_KEYS = ("customer", "invoice", "invoice_date", "due", "days_overdue", "amount", "open")


def _open_item_base(session: Session, as_of: date, query: ListQuery):
    statement = open_items_query(as_of)
    open_minor = statement.selected_columns.open_minor
    status = case(
        (Installment.retention.is_(True), "retention"),
        (Installment.due_date.is_(None), "awaiting"),
        (Installment.due_date < as_of, "overdue"),
        else_="current",
    )
    statement = statement.add_columns(status.label("status"))
    columns = {
        "customer": Customer.code,
        "invoice": Invoice.number,
        "invoice_date": Installment.invoice_date,
        "due": Installment.due_date,
        "days_overdue": case((status == "overdue", Installment.due_date), else_=None),
        "amount": Installment.amount_minor,
        "open": open_minor,
    }
    if query.search.strip():
        pattern = _like(query.search)
        statement = statement.where(
            or_(
                func.lower(Invoice.number).like(pattern, escape="\\"),
                _customer_search(session, query.search, Installment.customer_id),
            )
        )
    if query.customer_code:
        statement = statement.where(Customer.code == query.customer_code)
    if query.currency:
        statement = statement.where(Installment.currency == query.currency)
    if query.overdue_only:
        statement = statement.where(status == "overdue")
    if query.status:
        statement = statement.where(status == query.status)
    if query.days_from is not None:  # at least N days overdue: due on or before D − N
        statement = statement.where(Installment.due_date <= as_of - timedelta(days=query.days_from))
    if query.days_to is not None:
        statement = statement.where(Installment.due_date >= as_of - timedelta(days=query.days_to))
    if query.date_from:
        statement = statement.where(Installment.invoice_date >= query.date_from)
    if query.date_to:
        statement = statement.where(Installment.invoice_date <= query.date_to)
    return statement, columns


def _open_item_row(row, as_of: date) -> OpenItemRow:
    return OpenItemRow(
        installment_id=row.id,
        customer_code=row.code,
        customer_name=row.name,
        invoice_number=row.number,
        seq=row.seq,
        invoice_date=row.invoice_date,
        due_date=row.due_date,
        awaiting_event=row.awaiting_event,
        retention=bool(row.retention),
        amount=Money.from_minor(row.amount_minor, row.currency),
        open_amount=Money.from_minor(row.open_minor, row.currency),
        days_overdue=_days_since(as_of, row.due_date) if row.status == "overdue" else 0,
        status=row.status,
    )


def open_item_page(
    session: Session, as_of: date, query: ListQuery = ListQuery(), *, limit: int = 200, offset: int = 0
) -> list[OpenItemRow]:
    statement, columns = _open_item_base(session, as_of, query)
    statement = statement.order_by(*_sort_clauses(columns, query, "due", False, Installment.id))
    return [_open_item_row(row, as_of) for row in session.execute(statement.limit(limit).offset(offset))]


def open_item_ids(session: Session, as_of: date, query: ListQuery = ListQuery()) -> array:
    """Which installments are open needs every open amount: this one reads them all."""
    statement, columns = _open_item_base(session, as_of, query)
    order = _sort_clauses(columns, query, "due", False, Installment.id)
    return _ordered_ids(session, statement.with_only_columns(Installment.id).order_by(*order))


def open_item_rows(session: Session, as_of: date, ids: Sequence[int]) -> list[OpenItemRow | None]:
    """The installments of one page with their open amounts as `open_items_query` computes them, but by
    one seek per installment: its grouped allocations would be summed for the whole book first."""
    ids = list(ids)
    open_minor = Installment.amount_minor - func.coalesce(allocated_for_installment(as_of), 0)
    status = case(
        (Installment.retention.is_(True), "retention"),
        (Installment.due_date.is_(None), "awaiting"),
        (Installment.due_date < as_of, "overdue"),
        else_="current",
    )
    statement = (
        select(
            Installment.id,
            Customer.code,
            Customer.name,
            Invoice.number,
            Installment.seq,
            Installment.invoice_date,
            Installment.due_date,
            Installment.awaiting_event,
            Installment.retention,
            Installment.currency,
            Installment.amount_minor,
            open_minor.label("open_minor"),
            status.label("status"),
        )
        .join(Invoice, Invoice.id == Installment.invoice_id)
        .join(Customer, Customer.id == Installment.customer_id)
        .where(Installment.id.in_(ids))
    )
    rows = (_open_item_row(row, as_of) for row in session.execute(statement))
    return _in_order(ids, rows, attrgetter("installment_id"))


def open_item_count(session: Session, as_of: date, query: ListQuery = ListQuery()) -> int:
    statement, _ = _open_item_base(session, as_of, query)
    return session.scalar(select(func.count()).select_from(statement.subquery()))


def open_item_total(session: Session, as_of: date, query: ListQuery = ListQuery()) -> list[Money]:
    """The open amount of the items a query selects, per currency."""
    items = _open_item_base(session, as_of, query)[0].subquery()
    rows = session.execute(
        select(items.c.currency, func.sum(items.c.open_minor))
        .group_by(items.c.currency)
        .order_by(items.c.currency)
    )
    return [Money.from_minor(minor, currency) for currency, minor in rows]


# ---------------------------------------------------------------------------------------------
# Receipts


@dataclass(frozen=True)
class ReceiptRow:
    id: int
    number: str
    receipt_date: date
    customer_code: str
    customer_name: str
    method: str
    reference: str
    payer: str
    amount: Money
    applied: Money
    unapplied: Money
    status: str  # unapplied, partly_applied, applied, reversed, future
    memo: str
    reversal_reason: str


RECEIPT_STATUSES = ("unapplied", "partly_applied", "applied", "reversed", "future")
RECEIPT_SORT_KEYS = (
    "number",
    "receipt_date",
    "customer",
    "method",
    "amount",
    "applied",
    "unapplied",
    "status",
)


RECEIPT_FIGURE_SORTS = frozenset({"applied", "unapplied", "status"})


def _receipt_plain_columns() -> dict:
    return {
        "number": Receipt.number,
        "receipt_date": Receipt.receipt_date,
        "customer": Customer.code,
        "method": Receipt.method,
        "amount": Receipt.amount_minor,
    }


def _receipt_filters(session: Session, query: ListQuery, statement):
    searched = (Receipt.number, Receipt.reference, Receipt.payer, Receipt.memo)
    return _document_filters(session, query, statement, Receipt, Receipt.receipt_date, searched)


def _receipt_base(session: Session, as_of: date, query: ListQuery, *, receipt_ids=None):
    """Every column of the list; `receipt_ids` sums the allocations of those receipts only."""
    applied_sums = select(
        Allocation.receipt_id, func.sum(Allocation.amount_minor).label("applied_minor")
    ).where(Allocation.receipt_id.is_not(None), Allocation.alloc_date <= as_of)
    if receipt_ids is not None:
        applied_sums = applied_sums.where(Allocation.receipt_id.in_(receipt_ids))
    applied_sums = applied_sums.group_by(Allocation.receipt_id).subquery("applied")
    reversal = _reversals(DocumentKind.RECEIPT)
    is_reversed = and_(reversal.c.reversal_date.is_not(None), reversal.c.reversal_date <= as_of)
    is_future = Receipt.receipt_date > as_of
    applied = func.coalesce(applied_sums.c.applied_minor, 0)
    unapplied = case((or_(is_reversed, is_future), 0), else_=Receipt.amount_minor - applied)
    status = case(
        (is_reversed, "reversed"),
        (is_future, "future"),
        (applied <= 0, "unapplied"),
        (applied < Receipt.amount_minor, "partly_applied"),
        else_="applied",
    )
    columns = {**_receipt_plain_columns(), "applied": applied, "unapplied": unapplied, "status": status}
    statement = (
        select(
            Receipt.id,
            Receipt.number,
            Receipt.receipt_date,
            Customer.code,
            Customer.name,
            Receipt.method,
            Receipt.reference,
            Receipt.payer,
            Receipt.currency,
            Receipt.amount_minor,
            Receipt.memo,
            applied.label("applied_minor"),
            unapplied.label("unapplied_minor"),
            status.label("status"),
            reversal.c.reason.label("reversal_reason"),
        )
        .join(Customer, Customer.id == Receipt.customer_id)
        .outerjoin(applied_sums, applied_sums.c.receipt_id == Receipt.id)
        .outerjoin(reversal, reversal.c.document_id == Receipt.id)
    )
    if receipt_ids is not None:
        statement = statement.where(Receipt.id.in_(receipt_ids))
    statement = _receipt_filters(session, query, statement)
    if query.status == "not_applied":  # anything left to allocate
        statement = statement.where(status.in_(("unapplied", "partly_applied")))
    elif query.status:
        statement = statement.where(status == query.status)
    return statement, columns


def _receipt_id_statement(session: Session, as_of: date, query: ListQuery):
    """The receipt ids of a query, with the columns it may be ordered by. Applied amounts are summed
    only when the order or the status filter needs them; the customer is joined only when named."""
    if query.sort in RECEIPT_FIGURE_SORTS or query.status:
        statement, columns = _receipt_base(session, as_of, query)
        return statement.with_only_columns(Receipt.id), columns
    statement = select(Receipt.id)
    if query.sort == "customer" or query.customer_code:
        statement = statement.join(Customer, Customer.id == Receipt.customer_id)
    return _receipt_filters(session, query, statement), _receipt_plain_columns()


def _receipt_row(row) -> ReceiptRow:
    return ReceiptRow(
        id=row.id,
        number=row.number,
        receipt_date=row.receipt_date,
        customer_code=row.code,
        customer_name=row.name,
        method=row.method,
        reference=row.reference,
        payer=row.payer,
        amount=Money.from_minor(row.amount_minor, row.currency),
        applied=Money.from_minor(row.applied_minor, row.currency),
        unapplied=Money.from_minor(row.unapplied_minor, row.currency),
        status=row.status,
        memo=row.memo,
        reversal_reason=row.reversal_reason or "",
    )


def receipt_page(
    session: Session, as_of: date, query: ListQuery = ListQuery(), *, limit: int = 200, offset: int = 0
) -> list[ReceiptRow]:
    statement, columns = _receipt_base(session, as_of, query)
    statement = statement.order_by(*_sort_clauses(columns, query, "receipt_date", True, Receipt.id))
    return [_receipt_row(row) for row in session.execute(statement.limit(limit).offset(offset))]


def receipt_count(session: Session, as_of: date, query: ListQuery = ListQuery()) -> int:
    statement, _ = _receipt_id_statement(session, as_of, query)
    return session.scalar(select(func.count()).select_from(statement.subquery()))


def receipt_ids(session: Session, as_of: date, query: ListQuery = ListQuery()) -> array:
    statement, columns = _receipt_id_statement(session, as_of, query)
    order = _sort_clauses(columns, query, "receipt_date", True, Receipt.id)
    return _ordered_ids(session, statement.order_by(*order))


def receipt_rows(session: Session, as_of: date, ids: Sequence[int]) -> list[ReceiptRow | None]:
    ids = list(ids)
    statement, _ = _receipt_base(session, as_of, ListQuery(), receipt_ids=ids)
    return _in_order(ids, (_receipt_row(row) for row in session.execute(statement)), attrgetter("id"))


@dataclass(frozen=True)
class ReceiptToAllocate:
    number: str
    customer_code: str
    customer_name: str
    customer_id: int
    receipt_date: date
    amount: Money
    remaining: Money  # amount less every allocation row of the receipt, whatever its date
    reversed: bool


def receipt_to_allocate(session: Session, number: str) -> ReceiptToAllocate:
    from acctdesk.services.ledger import find_document

    receipt = find_document(session, DocumentKind.RECEIPT, number)
    applied = session.scalar(
        select(func.coalesce(func.sum(Allocation.amount_minor), 0)).where(Allocation.receipt_id == receipt.id)
    )
    reversed_ = session.scalar(
        select(func.count())
        .select_from(Reversal)
        .where(Reversal.document_kind == DocumentKind.RECEIPT, Reversal.document_id == receipt.id)
    )
    return ReceiptToAllocate(
        number=receipt.number,
        customer_code=receipt.customer.code,
        customer_name=receipt.customer.name,
        customer_id=receipt.customer_id,
        receipt_date=receipt.receipt_date,
        amount=receipt.amount,
        remaining=Money.from_minor(receipt.amount_minor - applied, receipt.currency),
        reversed=bool(reversed_),
    )


# ---------------------------------------------------------------------------------------------
# A customer's document history (the ledger entries, with a running balance)


@dataclass(frozen=True)
class HistoryRow:
    id: int
    entry_date: date
    kind: str
    number: str
    description: str
    is_reversal: bool
    amount: Money  # + the customer owes more, − paid or credited
    balance: Money  # running balance after this entry, per currency


def _history_base(as_of: date, customer_id: int):
    running = func.sum(LedgerEntry.amount_minor).over(
        partition_by=LedgerEntry.currency, order_by=(LedgerEntry.entry_date, LedgerEntry.id)
    )
    return (
        select(
            LedgerEntry.id,
            LedgerEntry.entry_date,
            LedgerEntry.document_kind,
            LedgerEntry.document_number,
            LedgerEntry.description,
            LedgerEntry.is_reversal,
            LedgerEntry.currency,
            LedgerEntry.amount_minor,
            running.label("balance_minor"),
        )
        .where(LedgerEntry.customer_id == customer_id, LedgerEntry.entry_date <= as_of)
        .subquery("history")
    )


def _history_row(row) -> HistoryRow:
    return HistoryRow(
        id=row.id,
        entry_date=row.entry_date,
        kind=row.document_kind,
        number=row.document_number,
        description=row.description,
        is_reversal=bool(row.is_reversal),
        amount=Money.from_minor(row.amount_minor, row.currency),
        balance=Money.from_minor(row.balance_minor, row.currency),
    )


def history_page(
    session: Session, as_of: date, customer_id: int, *, limit: int = 200, offset: int = 0
) -> list[HistoryRow]:
    """Newest first; the running balance is computed oldest first, in the query."""
    history = _history_base(as_of, customer_id)
    statement = (
        select(history).order_by(history.c.entry_date.desc(), history.c.id.desc()).limit(limit).offset(offset)
    )
    return [_history_row(row) for row in session.execute(statement)]


def history_count(session: Session, as_of: date, customer_id: int) -> int:
    return session.scalar(select(func.count()).select_from(_history_base(as_of, customer_id)))


def history_ids(session: Session, as_of: date, customer_id: int) -> array:
    statement = (
        select(LedgerEntry.id)
        .where(LedgerEntry.customer_id == customer_id, LedgerEntry.entry_date <= as_of)
        .order_by(LedgerEntry.entry_date.desc(), LedgerEntry.id.desc())
    )
    return _ordered_ids(session, statement)


def history_rows(
    session: Session, as_of: date, customer_id: int, ids: Sequence[int]
) -> list[HistoryRow | None]:
    """Entries of one page with the running balance over all of the customer's entries up to them."""
    ids = list(ids)
    history = _history_base(as_of, customer_id)
    rows = (_history_row(row) for row in session.execute(select(history).where(history.c.id.in_(ids))))
    return _in_order(ids, rows, attrgetter("id"))


# ---------------------------------------------------------------------------------------------
# Choices for completers and filter boxes


@dataclass(frozen=True)
class CustomerChoice:
    code: str
    name: str
    currency: str
    default_term: str
    status: str


def customer_choices(session: Session) -> list[CustomerChoice]:
    rows = session.execute(
        select(Customer.code, Customer.name, Customer.currency, PaymentTermRecord.shorthand, Customer.status)
        .outerjoin(PaymentTermRecord, PaymentTermRecord.id == Customer.default_term_id)
        .order_by(Customer.code)
    )
    return [
        CustomerChoice(code, name, currency, term or "", status)
        for code, name, currency, term, status in rows
    ]


@dataclass(frozen=True)
class FilterChoices:
    groups: tuple[tuple[str, str], ...]  # (code, name)
    collectors: tuple[str, ...]
    currencies: tuple[str, ...]
    terms: tuple[tuple[str, str], ...]  # (name, shorthand)


def filter_choices(session: Session) -> FilterChoices:
    groups = session.execute(
        select(CustomerGroup.code, CustomerGroup.name).order_by(CustomerGroup.code)
    ).all()
    collectors = session.scalars(
        select(Customer.collector).where(Customer.collector != "").distinct().order_by(Customer.collector)
    ).all()
    currencies = session.scalars(select(Customer.currency).distinct().order_by(Customer.currency)).all()
    terms = session.execute(
        select(PaymentTermRecord.name, PaymentTermRecord.shorthand).order_by(PaymentTermRecord.name)
    ).all()
    return FilterChoices(
        groups=tuple((code, name) for code, name in groups),
        collectors=tuple(collectors),
        currencies=tuple(currencies),
        terms=tuple((name, shorthand) for name, shorthand in terms),
    )


# ---------------------------------------------------------------------------------------------
# The dashboard


@dataclass(frozen=True)
class AgingBar:
    key: str  # "current", "1-30", …, "over-365", "retention", "awaiting"
    low: int | None
    high: int | None
    amount: Money


@dataclass(frozen=True)
class CurrencyFigures:
    currency: str
    receivables: Money  # open items − unapplied cash − unallocated credit (balance_summary)
    overdue: Money
    overdue_share: Decimal | None  # overdue ÷ receivables, percent
    collected_this_month: Money  # receipts dated from the 1st of the as-of month to the as-of date
    credit_sales: Money  # invoices dated in the DSO period
    dso: Decimal | None  # receivables ÷ credit sales × DSO_DAYS
    aging: tuple[AgingBar, ...]
    unapplied: Money  # unapplied cash and credit (≤ 0); aging bars + this = receivables
    top_overdue: tuple[CustomerRow, ...] = field(default=())


@dataclass(frozen=True)
class DashboardFigures:
    as_of: date
    base_currency: str
    dso_days: int
    currencies: tuple[CurrencyFigures, ...]

    def for_currency(self, currency: str) -> CurrencyFigures | None:
        return next((figures for figures in self.currencies if figures.currency == currency), None)


def _sums_by_currency(session: Session, statement) -> dict[str, int]:
    return {currency: minor or 0 for currency, minor in session.execute(statement)}


def credit_sales(session: Session, first: date, last: date) -> dict[str, int]:
    """Invoiced amounts dated first…last (inclusive) not reversed by the last day, per currency."""
    return _sums_by_currency(
        session,
        select(Invoice.currency, func.sum(Invoice.amount_minor))
        .where(
            Invoice.invoice_date >= first,
            Invoice.invoice_date <= last,
            not_reversed_by(DocumentKind.INVOICE, Invoice.id, last),
        )
        .group_by(Invoice.currency),
    )


def collected(session: Session, first: date, last: date) -> dict[str, int]:
    """Receipts dated first…last (inclusive) not reversed by the last day, per currency.

    The customer condition holds for every receipt; it lets the database read the period from the
    covering (customer, date, currency, amount) index, a short range per customer, instead of every
    receipt. (An index led by the date would serve this alone, but SQLite then also picks it for the
    aging's unapplied cash, `date <= D`, over the index of unsettled receipts: 0.15 s became 1.8 s on a
    million receipts.)"""
    return _sums_by_currency(
        session,
        select(Receipt.currency, func.sum(Receipt.amount_minor))
        .where(
            Receipt.customer_id.in_(select(Customer.id)),
            Receipt.receipt_date >= first,
            Receipt.receipt_date <= last,
            not_reversed_by(DocumentKind.RECEIPT, Receipt.id, last),
        )
        .group_by(Receipt.currency),
    )


def _aging_bars(buckets, total) -> tuple[AgingBar, ...]:
    """One currency's aging total row as bars: the buckets, then retention and awaiting."""
    bars = [
        AgingBar(bucket.key, bucket.low, bucket.high, amount)
        for bucket, amount in zip(buckets, total.buckets, strict=True)
    ]
    bars.append(AgingBar("retention", None, None, total.retention))
    bars.append(AgingBar("awaiting", None, None, total.awaiting_event))
    return tuple(bars)


def _top_overdue(session: Session, as_of: date, report) -> dict[str, tuple[CustomerRow, ...]]:
    """The customers most overdue per currency, as the customer list shows them (its rows, its order).

    The aging already holds every customer's overdue, so the list's rows are read for the few customers
    that can be among the top: the list's overdue counts items in dispute too, which the aging keeps in
    a column of their own, so a customer's list overdue lies between its aging overdue and that plus its
    disputed amount. Every customer whose upper bound reaches the tenth-largest lower bound is read."""
    customers = {
        code: (cid, currency)
        for code, cid, currency in session.execute(select(Customer.code, Customer.id, Customer.currency))
    }
    rows_by_currency: dict[str, list] = defaultdict(list)
    for row in report.rows:  # the list shows a customer's figures in its own currency only
        if row.key in customers and customers[row.key][1] == row.currency:
            rows_by_currency[row.currency].append(row)
    candidates = {}
    for currency, rows in rows_by_currency.items():
        lower = sorted((row.overdue.minor for row in rows), reverse=True)[:TOP_OVERDUE]
        floor = max(lower[-1] if len(lower) == TOP_OVERDUE else 0, 1)
        for row in rows:
            if row.overdue.minor + max(row.disputed.minor, 0) >= floor:
                candidates[customers[row.key][0]] = currency
    top: dict[str, list[CustomerRow]] = defaultdict(list)
    for row in customer_rows(session, as_of, sorted(candidates)):
        if row is not None and row.overdue.minor > 0:
            top[row.currency].append(row)
    # The list's order for "overdue, descending": the larger overdue first, then the larger id.
    return {
        currency: tuple(sorted(rows, key=lambda r: (-r.overdue.minor, -r.id))[:TOP_OVERDUE])
        for currency, rows in top.items()
    }


def dashboard_figures(session: Session, as_of: date) -> DashboardFigures:
    """The dashboard's tiles, aging bars and top overdue customers, per currency (never summed across).

    One aging report by customer gives them all: a currency's total row is the bars, the overdue and the
    receivables (buckets, retention, awaiting, disputed and unapplied cash and credit add up to the
    receivables balance: `aging.tie_out`), and its customer rows pick the top overdue. Credit sales and
    cash collected read their date indexes. On a million invoices this is one pass over the installments
    and one over the receipts, where separate balance, aging and top-ten queries made five."""
    from acctdesk.services.aging import aging_report
    from acctdesk.services.metrics import days_sales_outstanding

    info = book_info(session)
    base = info.base_currency if info else "CNY"
    report = aging_report(session, as_of, basis="due", group_by="customer")
    totals = {total.currency: total for total in report.totals()}
    sales = credit_sales(session, *dso_period(as_of))
    receipts = collected(session, as_of.replace(day=1), as_of)
    top = _top_overdue(session, as_of, report)
    currencies = sorted(set(totals) | set(sales) | set(receipts), key=lambda c: (c != base, c))
    figures = []
    for currency in currencies:
        zero = Money.zero(currency)
        total = totals.get(currency)
        receivables = total.total if total else zero
        overdue = total.overdue if total else zero
        sales_minor = sales.get(currency, 0)
        dso = days_sales_outstanding(receivables.minor, sales_minor, DSO_DAYS)
        figures.append(
            CurrencyFigures(
                currency=currency,
                receivables=receivables,
                overdue=overdue,
                overdue_share=_percent(overdue.minor, receivables.minor) if receivables.minor > 0 else None,
                collected_this_month=Money.from_minor(receipts.get(currency, 0), currency),
                credit_sales=Money.from_minor(sales_minor, currency),
                dso=dso,
                aging=_aging_bars(report.buckets, total) if total else (),
                unapplied=total.unapplied if total else zero,
                top_overdue=top.get(currency, ()),
            )
        )
    return DashboardFigures(as_of=as_of, base_currency=base, dso_days=DSO_DAYS, currencies=tuple(figures))


def dso_period(as_of: date) -> tuple[date, date]:
    return as_of - timedelta(days=DSO_DAYS - 1), as_of


# ---------------------------------------------------------------------------------------------
# The lists as the desktop tables read them

CUSTOMERS = ListSource(customer_page, customer_count, customer_ids, customer_rows)
INVOICES = ListSource(invoice_page, invoice_count, invoice_ids, invoice_rows)
OPEN_ITEMS = ListSource(open_item_page, open_item_count, open_item_ids, open_item_rows)
RECEIPTS = ListSource(receipt_page, receipt_count, receipt_ids, receipt_rows)
