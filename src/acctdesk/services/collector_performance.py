"""How each collector did in a month: collected against due, promises kept, days to collect.

All sums are grouped queries, per the customer's collector and currency:
- due: installments falling due in the month (invoices not reversed);
- collected: receipts dated by the month's end allocated to those installments — the design's
  collection rate, "collected in P of what fell due in P ÷ what fell due in P";
- cash: receipt money dated in the month applied to any installment, and the average days to
  collect it, from invoice date to receipt date, weighted by amount;
- promises falling due in the month: kept, broken, still open; kept % = kept ÷ (kept + broken).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from datetime import date, timedelta
from decimal import ROUND_HALF_UP, Decimal

from sqlalchemy import Integer, case, func, select
from sqlalchemy.ext.compiler import compiles
from sqlalchemy.orm import Session
from sqlalchemy.sql.functions import FunctionElement

from acctdesk.model.entities import (
    Allocation,
    Customer,
    DocumentKind,
    Installment,
    PromiseStatus,
    PromiseToPay,
    Receipt,
)
from acctdesk.model.money import Money
from acctdesk.services.balances import not_reversed_by
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _

NO_COLLECTOR = "—"


class days_between(FunctionElement):
    """later − earlier in whole days, on SQLite and PostgreSQL alike."""

    type = Integer()
    inherit_cache = True


@compiles(days_between)
def _days_between_default(element, compiler, **kw):
    later, earlier = list(element.clauses)
    return f"({compiler.process(later, **kw)} - {compiler.process(earlier, **kw)})"


@compiles(days_between, "sqlite")
def _days_between_sqlite(element, compiler, **kw):
    later, earlier = list(element.clauses)
    return (
        f"CAST(julianday({compiler.process(later, **kw)}) - julianday({compiler.process(earlier, **kw)})"
        " AS INTEGER)"
    )


def month_range(month: str | date) -> tuple[date, date]:
    """'2026-10' → (2026-10-01, 2026-10-31)."""
    if isinstance(month, date):
        first = month.replace(day=1)
    else:
        if not re.fullmatch(r"\d{4}-\d{2}", month.strip()):
            raise ValidationError(
                _("'{month}' is not a month (use YYYY-MM)").format(month=month), field="month"
            )
        year, number = (int(part) for part in month.strip().split("-"))
        if not 1 <= number <= 12:
            raise ValidationError(
                _("'{month}' is not a month (use YYYY-MM)").format(month=month), field="month"
            )
        first = date(year, number, 1)
    following = (first.replace(day=28) + timedelta(days=4)).replace(day=1)
    return first, following - timedelta(days=1)


@dataclass(frozen=True)
class CollectorMonth:
    collector: str
    currency: str
    month: str  # YYYY-MM
    due: Money
    collected: Money  # of what fell due in the month, received by its end
    collection_rate: Decimal | None  # percent
    cash_collected: Money  # receipts dated in the month, applied to any item
    average_days_to_collect: Decimal | None  # invoice date → receipt date, weighted by amount
    promises_kept: int
    promises_broken: int
    promises_open: int
    promises_kept_rate: Decimal | None  # percent of decided promises


def _percent(part: int, whole: int) -> Decimal | None:
    if not whole:
        return None
    return (Decimal(part) * 100 / Decimal(whole)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)


def collector_performance(
    session: Session, month: str | date, *, collector: str | None = None
) -> list[CollectorMonth]:
    start, end = month_range(month)
    who = func.coalesce(func.nullif(Customer.collector, ""), NO_COLLECTOR)

    due_query = (
        select(who, Installment.currency, func.sum(Installment.amount_minor))
        .join(Customer, Customer.id == Installment.customer_id)
        .where(
            Installment.due_date >= start,
            Installment.due_date <= end,
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, end),
        )
        .group_by(who, Installment.currency)
    )
    due = {(c, cur): int(m) for c, cur, m in session.execute(due_query)}

    collected_query = (
        select(who, Installment.currency, func.sum(Allocation.amount_minor))
        .join(Installment, Installment.id == Allocation.installment_id)
        .join(Receipt, Receipt.id == Allocation.receipt_id)
        .join(Customer, Customer.id == Installment.customer_id)
        .where(
            Installment.due_date >= start,
            Installment.due_date <= end,
            Receipt.receipt_date <= end,
            Allocation.alloc_date <= end,
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, end),
        )
        .group_by(who, Installment.currency)
    )
    collected = {(c, cur): int(m or 0) for c, cur, m in session.execute(collected_query)}

    days = days_between(Receipt.receipt_date, Installment.invoice_date)
    cash_query = (
        select(
            who,
            Installment.currency,
            func.sum(Allocation.amount_minor),
            func.sum(Allocation.amount_minor * days),
        )
        .join(Installment, Installment.id == Allocation.installment_id)
        .join(Receipt, Receipt.id == Allocation.receipt_id)
        .join(Customer, Customer.id == Installment.customer_id)
        .where(Receipt.receipt_date >= start, Receipt.receipt_date <= end)
        .group_by(who, Installment.currency)
    )
    cash = {(c, cur): (int(m or 0), int(w or 0)) for c, cur, m, w in session.execute(cash_query)}

    promise_query = (
        select(
            who,
            PromiseToPay.currency,
            func.sum(case((PromiseToPay.status == PromiseStatus.KEPT, 1), else_=0)),
            func.sum(case((PromiseToPay.status == PromiseStatus.BROKEN, 1), else_=0)),
            func.sum(case((PromiseToPay.status == PromiseStatus.OPEN, 1), else_=0)),
        )
        .join(Customer, Customer.id == PromiseToPay.customer_id)
        .where(PromiseToPay.promised_on >= start, PromiseToPay.promised_on <= end)
        .group_by(who, PromiseToPay.currency)
    )
    promise_counts = {
        (c, cur): (int(k), int(b), int(o)) for c, cur, k, b, o in session.execute(promise_query)
    }

    keys = set(due) | set(collected) | set(cash) | set(promise_counts)
    if collector:
        keys = {key for key in keys if key[0] == collector}
    rows = []
    label = start.strftime("%Y-%m")
    for name, currency in sorted(keys):
        due_minor = due.get((name, currency), 0)
        collected_minor = collected.get((name, currency), 0)
        cash_minor, weighted = cash.get((name, currency), (0, 0))
        kept, broken, still_open = promise_counts.get((name, currency), (0, 0, 0))
        rows.append(
            CollectorMonth(
                collector=name,
                currency=currency,
                month=label,
                due=Money.from_minor(due_minor, currency),
                collected=Money.from_minor(collected_minor, currency),
                collection_rate=_percent(collected_minor, due_minor),
                cash_collected=Money.from_minor(cash_minor, currency),
                average_days_to_collect=(
                    (Decimal(weighted) / Decimal(cash_minor)).quantize(Decimal("0.1"), rounding=ROUND_HALF_UP)
                    if cash_minor > 0
                    else None
                ),
                promises_kept=kept,
                promises_broken=broken,
                promises_open=still_open,
                promises_kept_rate=_percent(kept, kept + broken),
            )
        )
    return rows
