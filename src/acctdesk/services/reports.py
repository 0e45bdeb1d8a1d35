"""What the Reports screen reads: the aging with the metrics' monthly trend in one go, and the open items
behind one aging cell whatever the rows are grouped by (customer, group, salesperson, collector, currency)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from sqlalchemy import select
from sqlalchemy.orm import Session

from acctdesk.model.entities import Customer
from acctdesk.services.aging import AgingReport, Basis, GroupBy, aging_items, aging_report, book_buckets
from acctdesk.services.balances import OpenItem, open_items
from acctdesk.services.metrics import TrendPoint, metrics_trend

SPECIAL_COLUMNS = ("awaiting", "retention", "disputed")


@dataclass(frozen=True)
class ReportData:
    report: AgingReport
    trend: tuple[TrendPoint, ...]


def report_data(
    session: Session,
    as_of: date,
    *,
    basis: Basis | str = Basis.DUE,
    group_by: GroupBy | str,
    months: int = 12,
) -> ReportData:
    report = aging_report(session, as_of, basis=basis, group_by=group_by)
    return ReportData(report, metrics_trend(session, as_of, months=months))


def customers_of_row(session: Session, group_by: GroupBy | str, key: str) -> list[str] | None:
    """The customer codes behind an aging row's key, grouped the way the aging groups them; None
    for a currency row (every customer)."""
    from acctdesk.services.aging import _group_keys  # the aging's own grouping: a row and its items agree

    group_by = GroupBy(group_by)
    if group_by == GroupBy.CURRENCY:
        return None
    if group_by == GroupBy.CUSTOMER:
        return [key]
    codes = dict(session.execute(select(Customer.id, Customer.code)).all())
    keys = _group_keys(session, group_by, list(codes))
    return sorted(codes[customer_id] for customer_id, (row_key, _) in keys.items() if row_key == key)


def cell_items(
    session: Session,
    as_of: date,
    *,
    basis: Basis | str,
    group_by: GroupBy | str,
    key: str | None,
    currency: str,
    column: str,
) -> list[OpenItem]:
    """The open items behind one cell: `column` is a bucket key, awaiting, retention, disputed or
    total; `key` None stands for the currency's total row."""
    codes = None if key is None else customers_of_row(session, group_by, key)
    customer_id = None
    if codes is not None and len(codes) == 1:
        customer_id = session.scalar(select(Customer.id).where(Customer.code == codes[0]))
    if column == "total":
        items = open_items(session, as_of, customer_id)
    else:
        bucket = next((b for b in book_buckets(session) if b.key == column), None)
        items = aging_items(
            session,
            as_of,
            basis=basis,
            bucket=bucket,
            column=column if column in SPECIAL_COLUMNS else None,
            customer_id=customer_id,
            currency=currency,
        )
    wanted = None if codes is None else set(codes)
    return [
        item
        for item in items
        if item.open_amount.currency == currency and (wanted is None or item.customer_code in wanted)
    ]
