"""Risk warnings: rules with editable thresholds, checked on a date, raising one alert per open
condition; alerts are acknowledged with a note and appear on the dashboard and the customer page.

A condition is a rule and a key (the installment for "an item overdue more than N days", the
rating date for a downgrade, empty for a customer-wide figure). While an alert for a condition is
not cleared — acknowledged or not — the same condition raises nothing new; a check that finds the
condition gone marks the alert cleared, and a later return of it is a new alert.
"""

from __future__ import annotations

import json
from dataclasses import asdict, dataclass, fields
from datetime import UTC, date, datetime, timedelta
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import CreditAlert, CreditRating, Customer, CustomerStatus, DocumentKind, Invoice
from acctdesk.model.money import Money
from acctdesk.services import credit
from acctdesk.services.auth import Action
from acctdesk.services.balances import not_reversed_by, open_items
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import InvariantViolation, NotFound, ValidationError
from acctdesk.services.i18n import N_, _
from acctdesk.services.uow import UnitOfWork

SEVERITIES = ("info", "warning", "critical")
THRESHOLDS_SETTING = "credit.risk_thresholds"

# Rules whose condition a check re-evaluates (and so can clear); the others are events.
STATE_RULES = ("dso", "overdue_ratio", "utilisation", "overdue_item", "broken_promise", "credit_hold")


@dataclass(frozen=True)
class RiskThresholds:
    """None switches a rule off."""

    dso_days: int | None = 90  # DSO over the period above this many days
    dso_period_days: int = 90
    overdue_ratio: Decimal | None = Decimal("0.5")  # overdue ÷ open above this share
    utilisation: Decimal | None = Decimal(90)  # exposure ÷ limit above this percent
    overdue_item_days: int | None = 60  # an item more than this many days overdue
    broken_promise_days: int | None = 90  # a promise broken within this many days
    downgrade: bool = True  # a grade worse than the one before


def risk_thresholds(session: Session) -> RiskThresholds:
    stored = credit.get_credit_setting(session, THRESHOLDS_SETTING, None) or {}
    return _thresholds({**_plain(RiskThresholds()), **stored})


def _plain(thresholds: RiskThresholds) -> dict:
    return {k: (str(v) if isinstance(v, Decimal) else v) for k, v in asdict(thresholds).items()}


def _thresholds(values: dict) -> RiskThresholds:
    known = {f.name for f in fields(RiskThresholds)}
    unknown = set(values) - known
    if unknown:
        raise ValidationError(
            _("unknown risk thresholds: {choices}").format(choices=", ".join(sorted(unknown))),
            field="thresholds",
        )
    result = {}
    for name, value in values.items():
        if value is None or name == "downgrade":
            result[name] = value if name != "downgrade" else bool(value)
            continue
        try:
            number = Decimal(str(value))
        except InvalidOperation:
            raise ValidationError(
                _("{name}: '{value}' is not a number").format(name=name, value=value), field=name
            ) from None
        if number < 0:
            raise ValidationError(_("{name} cannot be negative").format(name=name), field=name)
        result[name] = number if name in ("overdue_ratio", "utilisation") else int(number)
    if result.get("dso_period_days") in (None, 0):
        raise ValidationError(_("the DSO period needs at least one day"), field="dso_period_days")
    return RiskThresholds(**result)


def set_risk_thresholds(uow: UnitOfWork, **values) -> RiskThresholds:
    """Change some thresholds (the others keep their values); None switches a rule off."""
    with uow:
        uow.require(Action.CREDIT)
        current = _plain(risk_thresholds(uow.session))
        thresholds = _thresholds({**current, **values})
        credit.put_credit_setting(uow, THRESHOLDS_SETTING, _plain(thresholds))
        uow.commit()
        return thresholds


# ---------------------------------------------------------------------------------------------
# Alerts


@dataclass(frozen=True)
class AlertInfo:
    id: int
    customer_code: str
    customer_name: str
    rule: str
    condition_key: str
    severity: str
    message: str
    raised_on: date
    cleared_on: date | None
    status: str
    acknowledged_by: str
    note: str


def alert_text(template: str, params: dict[str, str], fallback: str = "") -> str:
    """An alert's message in the current language: its template translated, then filled in. Alerts
    keep their template and figures rather than a sentence, so a Chinese screen shows a Chinese
    message for an alert raised while the app spoke English, and the other way round."""
    if not template:
        return fallback
    try:
        return _(template).format(**params)
    except (KeyError, IndexError, ValueError):  # a catalog out of step with the template
        return fallback or template.format(**params)


def _info(row: CreditAlert, customer: Customer) -> AlertInfo:
    params = json.loads(row.message_params) if row.message_params else {}
    return AlertInfo(
        row.id,
        customer.code,
        customer.name,
        row.rule,
        row.condition_key,
        row.severity,
        alert_text(row.message_template, params, row.message),
        row.raised_on,
        row.cleared_on,
        row.status,
        row.acknowledged_by,
        row.note,
    )


def _uncleared(session: Session, customer_id: int, rule: str, key: str | None = None):
    query = select(CreditAlert).where(
        CreditAlert.customer_id == customer_id, CreditAlert.rule == rule, CreditAlert.cleared_on.is_(None)
    )
    if key is not None:
        query = query.where(CreditAlert.condition_key == key)
    return session.scalars(query.order_by(CreditAlert.id)).all()


def raise_alert(
    uow: UnitOfWork,
    *,
    customer_code: str,
    rule: str,
    message: str = "",
    severity: str = "warning",
    key: str | None = None,
    on: date | None = None,
    template: str = "",
    params: dict[str, object] | None = None,
) -> AlertInfo:
    """Raise an alert about a customer, unless the same condition (rule + key) has one not yet
    cleared; then that one is returned. `key` tells conditions of one rule apart (a promise's id);
    without it, one per rule and day. The message is a sentence typed by a person, or a `template`
    (marked with N_) and its `params`, written out in the language of whoever reads it."""
    texts = {name: str(value) for name, value in (params or {}).items()}
    if template:
        message = template.format(**texts)  # the English sentence, for the audit log
    with uow:
        uow.require(Action.COLLECT)
        if severity not in SEVERITIES:
            raise ValidationError(
                _("'{severity}' is not a severity ({choices})").format(
                    severity=severity, choices=", ".join(SEVERITIES)
                ),
                field="severity",
            )
        if not rule.strip() or not message.strip():
            raise ValidationError(_("an alert needs a rule and a message"), field="message")
        on = on or datetime.now(UTC).date()
        key = (on.isoformat() if key is None else str(key))[:100]
        customer = customer_by_code(uow.session, customer_code)
        existing = _uncleared(uow.session, customer.id, rule, key)
        if existing:
            return _info(existing[0], customer)  # nothing written, so nothing to commit
        row = CreditAlert(
            customer_id=customer.id,
            rule=rule.strip(),
            condition_key=key,
            severity=severity,
            message=message.strip(),
            message_template=template,
            message_params=json.dumps(texts, ensure_ascii=False) if template else "",
            raised_on=on,
            created_by=uow.user,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit(
            "credit.alert",
            "credit_alert",
            row.id,
            after={"customer": customer.code, "rule": rule, "message": message},
        )
        uow.changes.add("alerts", customer.id)
        uow.commit()
        return _info(row, customer)


def acknowledge_alert(uow: UnitOfWork, alert_id: int, note: str) -> AlertInfo:
    with uow:
        uow.require(Action.CREDIT)
        if not (note or "").strip():
            raise ValidationError(_("acknowledge an alert with a note on what was done"), field="note")
        row = uow.session.get(CreditAlert, alert_id)
        if row is None:
            raise NotFound(_("unknown alert {alert_id}").format(alert_id=alert_id))
        if row.status == "acknowledged":
            raise InvariantViolation(
                _("alert {alert_id} was acknowledged by {acknowledged_by} already").format(
                    alert_id=alert_id, acknowledged_by=row.acknowledged_by
                )
            )
        row.status = "acknowledged"
        row.acknowledged_by = uow.user
        row.acknowledged_at = datetime.now(UTC)
        row.note = note.strip()
        uow.session.flush()
        customer = uow.session.get(Customer, row.customer_id)
        uow.audit("credit.alert_ack", "credit_alert", row.id, after={"note": row.note})
        uow.changes.add("alerts", row.customer_id)
        uow.commit()
        return _info(row, customer)


def open_alerts(session: Session, customer_code: str | None = None) -> list[AlertInfo]:
    """Alerts not yet acknowledged, newest first (a cleared one still waits for its note)."""
    query = (
        select(CreditAlert, Customer)
        .join(Customer, Customer.id == CreditAlert.customer_id)
        .where(CreditAlert.status == "open")
        .order_by(CreditAlert.raised_on.desc(), CreditAlert.id.desc())
    )
    if customer_code:
        query = query.where(Customer.id == customer_by_code(session, customer_code).id)
    return [_info(row, customer) for row, customer in session.execute(query)]


def alerts(session: Session, customer_code: str, *, limit: int = 50) -> list[AlertInfo]:
    """A customer's alerts, acknowledged ones included, newest first."""
    customer = customer_by_code(session, customer_code)
    rows = session.scalars(
        select(CreditAlert)
        .where(CreditAlert.customer_id == customer.id)
        .order_by(CreditAlert.raised_on.desc(), CreditAlert.id.desc())
        .limit(limit)
    )
    return [_info(row, customer) for row in rows]


def raise_downgrade(uow: UnitOfWork, code: str, before: str, before_on: date, rating) -> AlertInfo | None:
    """Called by the rating run when a grade worsens (inside its unit of work)."""
    if not risk_thresholds(uow.session).downgrade:
        return None
    return raise_alert(
        uow,
        customer_code=code,
        rule="downgrade",
        template=N_("grade {before} ({before_on}) → {grade} (score {score})"),
        params={"before": before, "before_on": before_on, "grade": rating.grade, "score": rating.score},
        severity="critical" if rating.grade in ("D", "E") else "warning",
        key=rating.as_of.isoformat(),
        on=rating.as_of,
    )


# ---------------------------------------------------------------------------------------------
# The check run


@dataclass(frozen=True)
class Condition:
    """A condition that holds, with its message as a template (N_) and the figures that fill it."""

    rule: str
    key: str
    template: str
    params: dict[str, object]
    severity: str = "warning"


@dataclass(frozen=True)
class CheckRun:
    as_of: date
    customers: int
    raised: tuple[AlertInfo, ...]
    cleared: int
    put_on_hold: tuple[str, ...]


def _credit_sales(session: Session, start: date, end: date) -> dict[tuple[int, str], int]:
    query = (
        select(Invoice.customer_id, Invoice.currency, func.sum(Invoice.amount_minor))
        .where(
            Invoice.invoice_date > start,
            Invoice.invoice_date <= end,
            not_reversed_by(DocumentKind.INVOICE, Invoice.id, end),
        )
        .group_by(Invoice.customer_id, Invoice.currency)
    )
    return {(cid, currency): int(minor) for cid, currency, minor in session.execute(query)}


def _percent(value: Decimal) -> str:
    return f"{(value * 100).quantize(Decimal('0.1'), rounding=ROUND_HALF_UP)} %"


def conditions(session: Session, as_of: date, thresholds: RiskThresholds | None = None):
    """{customer id: [Condition]} that hold on a date — the read-only half of the check run."""
    thresholds = thresholds or risk_thresholds(session)
    exposures = credit.exposures(session, as_of)
    items_by_code: dict[str, list] = {}
    for item in open_items(session, as_of):
        items_by_code.setdefault(item.customer_code, []).append(item)
    sales = _credit_sales(session, as_of - timedelta(days=thresholds.dso_period_days), as_of)
    result = {}
    for customer_id, exposure in exposures.items():
        items = [
            i
            for i in items_by_code.get(exposure.customer_code, [])
            if i.open_amount.currency == exposure.currency
        ]
        found = list(_figures(exposure, items, sales.get((customer_id, exposure.currency), 0), thresholds))
        found += _promises(session, customer_id, as_of, thresholds)
        result[customer_id] = found
    return result


def _figures(exposure, items, sales_minor: int, t: RiskThresholds):
    currency = exposure.currency
    receivable = exposure.receivables
    if t.dso_days is not None and receivable.amount > 0 and sales_minor > 0:
        sales = Money.from_minor(sales_minor, currency)
        dso = (receivable.amount / sales.amount * t.dso_period_days).quantize(
            Decimal(1), rounding=ROUND_HALF_UP
        )
        if dso > t.dso_days:
            yield Condition(
                "dso",
                "",
                N_("DSO {dso} days over the last {period} days (above {limit})"),
                {"dso": dso, "period": t.dso_period_days, "limit": t.dso_days},
            )
    open_minor = sum(i.open_amount.minor for i in items if i.open_amount.amount > 0)
    overdue_minor = sum(i.open_amount.minor for i in items if i.days_overdue > 0 and i.open_amount.amount > 0)
    if t.overdue_ratio is not None and open_minor > 0:
        ratio = Decimal(overdue_minor) / Decimal(open_minor)
        if ratio > t.overdue_ratio:
            yield Condition(
                "overdue_ratio",
                "",
                N_("{share} of the open amount is overdue (above {limit})"),
                {"share": _percent(ratio), "limit": _percent(t.overdue_ratio)},
            )
    use = exposure.utilisation
    if t.utilisation is not None and exposure.limit is not None:
        over_zero_limit = exposure.limit.amount <= 0 < exposure.exposure.amount
        if over_zero_limit or (use is not None and use > t.utilisation):
            severity = "critical" if over_zero_limit or use > 100 else "warning"
            yield Condition(
                "utilisation",
                "",
                N_("exposure {exposure} is {use} of the limit {limit} (above {threshold})"),
                {
                    "exposure": exposure.exposure,
                    "use": f"{use if use is not None else '∞'} %",
                    "limit": exposure.limit,
                    "threshold": f"{t.utilisation} %",
                },
                severity,
            )
    if t.overdue_item_days is not None:
        for item in items:
            if item.days_overdue > t.overdue_item_days and item.open_amount.amount > 0:
                yield Condition(
                    "overdue_item",
                    str(item.installment_id),
                    N_("invoice {invoice} #{seq}: {open} open, {days} days overdue (more than {limit})"),
                    {
                        "invoice": item.invoice_number,
                        "seq": item.seq,
                        "open": item.open_amount,
                        "days": item.days_overdue,
                        "limit": t.overdue_item_days,
                    },
                )


def _promises(session: Session, customer_id: int, as_of: date, t: RiskThresholds) -> list[Condition]:
    if t.broken_promise_days is None:
        return []
    count = credit.broken_promises(
        session, customer_id, start=as_of - timedelta(days=t.broken_promise_days), end=as_of
    )
    if not count:
        return []
    return [
        Condition(
            "broken_promise",
            "",
            N_("{count} promise(s) to pay broken in the last {days} days"),
            {"count": count, "days": t.broken_promise_days},
        )
    ]


def run_risk_checks(uow: UnitOfWork, as_of: date) -> CheckRun:
    """Check every customer on a date: raise an alert for each new condition, clear the alerts of
    conditions gone, and put on hold the customers whose policy says hold."""
    with uow:
        uow.require(Action.CREDIT)
        session = uow.session
        thresholds = risk_thresholds(session)
        found = conditions(session, as_of, thresholds)
        customers = {c.id: c for c in session.scalars(select(Customer))}
        raised, cleared, held = [], 0, []
        for customer_id, current in found.items():
            customer = customers[customer_id]
            if customer.status == CustomerStatus.INACTIVE:
                continue
            current = current + _hold_conditions(uow, customer, as_of, held)
            cleared += _clear_gone(session, customer_id, current, as_of)
            for condition in current:
                if condition.rule == "broken_promise" and _promise_alert_since(
                    session, customer_id, as_of - timedelta(days=thresholds.broken_promise_days or 0)
                ):
                    continue  # collections raised it when the promise broke
                if _uncleared(session, customer_id, condition.rule, condition.key):
                    continue
                raised.append(
                    raise_alert(
                        uow,
                        customer_code=customer.code,
                        rule=condition.rule,
                        template=condition.template,
                        params=condition.params,
                        severity=condition.severity,
                        key=condition.key,
                        on=as_of,
                    )
                )
        raised += _downgrades(uow, as_of, thresholds, customers)
        uow.audit(
            "credit.check",
            "credit_alert",
            as_of.isoformat(),
            after={"raised": len(raised), "cleared": cleared, "held": held},
        )
        uow.changes.add("alerts")
        uow.commit()
        return CheckRun(as_of, len(found), tuple(raised), cleared, tuple(held))


def _hold_conditions(uow: UnitOfWork, customer: Customer, as_of: date, held: list[str]) -> list[Condition]:
    """A policy rule with action hold that fires today puts the customer on hold (once)."""
    rating = credit.latest_rating(uow.session, customer.id, as_of)
    policy = credit.policy_for(uow.session, customer.id, rating.grade if rating else None)
    if not any(rule.action == "hold" for rule in policy.rules):
        return []
    decision = credit.assess_invoice(uow.session, customer.id, customer.currency, "0", as_of)
    reasons = [f.message for f in decision.findings if f.level == credit.Level.HOLD and f.trigger != "status"]
    if not reasons:
        return []
    if customer.status != CustomerStatus.HOLD:
        credit.place_on_hold(uow, customer.code, reason="; ".join(reasons))
        held.append(customer.code)
    return [
        Condition(
            "credit_hold", "", N_("on credit hold: {reasons}"), {"reasons": "; ".join(reasons)}, "critical"
        )
    ]


def _clear_gone(session: Session, customer_id: int, current: list[Condition], as_of: date) -> int:
    """Mark cleared the alerts whose condition no longer holds (a broken promise, under any key,
    holds while one was broken within the window)."""
    holding = {(c.rule, "" if c.rule == "broken_promise" else c.key) for c in current}
    rows = session.scalars(
        select(CreditAlert).where(
            CreditAlert.customer_id == customer_id,
            CreditAlert.rule.in_(STATE_RULES),
            CreditAlert.cleared_on.is_(None),
        )
    ).all()
    gone = [r for r in rows if (r.rule, "" if r.rule == "broken_promise" else r.condition_key) not in holding]
    for row in gone:
        row.cleared_on = as_of
    session.flush()
    return len(gone)


def _promise_alert_since(session: Session, customer_id: int, since: date) -> bool:
    return (
        session.scalar(
            select(func.count())
            .select_from(CreditAlert)
            .where(
                CreditAlert.customer_id == customer_id,
                CreditAlert.rule == "broken_promise",
                CreditAlert.condition_key != "",
                CreditAlert.raised_on > since,
            )
        )
        > 0
    )


def _downgrades(uow: UnitOfWork, as_of: date, t: RiskThresholds, customers) -> list[AlertInfo]:
    """The latest two ratings by D of each customer: a worse grade is a downgrade (raised once)."""
    if not t.downgrade:
        return []
    raised = []
    rows = uow.session.scalars(
        select(CreditRating)
        .where(CreditRating.as_of <= as_of)
        .order_by(CreditRating.customer_id, CreditRating.as_of)
    ).all()
    latest: dict[int, list[CreditRating]] = {}
    for row in rows:
        latest.setdefault(row.customer_id, []).append(row)
    for customer_id, history in latest.items():
        if len(history) < 2 or history[-1].grade <= history[-2].grade:
            continue
        current, before = history[-1], history[-2]
        if _uncleared(uow.session, customer_id, "downgrade", current.as_of.isoformat()):
            continue
        rating = _RatingView(current.as_of, current.grade, Decimal(current.score_tenths) / 10)
        raised.append(raise_downgrade(uow, customers[customer_id].code, before.grade, before.as_of, rating))
    return raised


@dataclass(frozen=True)
class _RatingView:
    as_of: date
    grade: str
    score: Decimal
