"""Bad-debt provision (坏账准备): open items by invoice age at the book's rates, or a customer's own
provision set by judgment (单项计提), and the month-end run that records it per customer and currency
with its movement against the previous month's run (an increase 计提 or a reversal 转回).

Rounding: per currency and age band, the band's provision (Σ open items × rate) is rounded once,
half up, to the currency's minor unit and then shared out among the customers in proportion to
their open items (largest remainder), so the lines add up to the total exactly.
"""

from __future__ import annotations

import json
from collections import defaultdict
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal, InvalidOperation

from sqlalchemy import case, func, or_, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import (
    Customer,
    DocumentKind,
    IndividualProvision,
    Installment,
    ProvisionLine,
    ProvisionRun,
    utcnow,
)
from acctdesk.model.money import Money, MoneyError, from_minor, split, to_minor
from acctdesk.services.auth import Action
from acctdesk.services.balances import allocated_for_installment, not_reversed_by
from acctdesk.services.customers import customer_by_code
from acctdesk.services.errors import InvariantViolation, NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.ledger import check_open_period, document_currency
from acctdesk.services.settings import get_setting, put_setting
from acctdesk.services.uow import UnitOfWork

RATES_SETTING = "provision.rates"
DEFAULT_BOUNDS_YEARS = (1, 2, 3, 4, 5)
DEFAULT_RATES = (Decimal(5), Decimal(10), Decimal(30), Decimal(50), Decimal(80), Decimal(100))  # percent
RATES, INDIVIDUAL = "rates", "individual"
HUNDRED = Decimal(100)


# ---------------------------------------------------------------------------------------------
# The method: age bands in whole years since the invoice date, and their rates


@dataclass(frozen=True)
class AgeBand:
    index: int
    low_years: int  # inclusive
    high_years: int | None  # exclusive; None for the open-ended last band
    rate: Decimal  # percent

    @property
    def key(self) -> str:
        if self.high_years is None:
            return f">{self.low_years}y"
        return f"<{self.high_years}y" if self.low_years == 0 else f"{self.low_years}-{self.high_years}y"


@dataclass(frozen=True)
class ProvisionMethod:
    bounds_years: tuple[int, ...]
    rates: tuple[Decimal, ...]  # percent, one more than the bounds

    @property
    def bands(self) -> tuple[AgeBand, ...]:
        lows = (0, *self.bounds_years)
        highs = (*self.bounds_years, None)
        return tuple(
            AgeBand(i, low, high, rate)
            for i, (low, high, rate) in enumerate(zip(lows, highs, self.rates, strict=True))
        )

    def as_setting(self) -> dict:
        return {"bounds_years": list(self.bounds_years), "rates_percent": [str(r) for r in self.rates]}


def plain(value: Decimal) -> Decimal:
    """10.00 → 10, 12.50 → 12.5: a percent as people write it (never 1E+1)."""
    if value == value.to_integral_value():
        return value.quantize(Decimal(1))
    return value.normalize()


def make_method(rates, bounds_years=DEFAULT_BOUNDS_YEARS) -> ProvisionMethod:
    """Validated: increasing whole years above zero, and a rate of 0–100 % for each band."""
    try:
        bounds = tuple(int(b) for b in bounds_years)
        percents = tuple(Decimal(str(r).strip().rstrip("%")) for r in rates)
    except (ValueError, InvalidOperation):
        raise ValidationError(
            _("provision rates must be numbers of percent, not {rates}").format(rates=list(rates)),
            field="rates",
        ) from None
    if not bounds or any(b <= 0 for b in bounds) or list(bounds) != sorted(set(bounds)):
        raise ValidationError(
            _("age bands must be increasing whole years above zero, not {bounds}").format(
                bounds=list(bounds)
            ),
            field="bounds",
        )
    if len(percents) != len(bounds) + 1:
        raise ValidationError(
            _("{bands} age bands need {bands} rates, not {percents}").format(
                bands=len(bounds) + 1, percents=len(percents)
            ),
            field="rates",
        )
    if any(not r.is_finite() or r < 0 or r > HUNDRED or r != r.quantize(Decimal("0.01")) for r in percents):
        raise ValidationError(
            _("each rate is a percent from 0 to 100 with at most 2 decimals, not {value}").format(
                value=[str(r) for r in percents]
            ),
            field="rates",
        )
    return ProvisionMethod(bounds, tuple(plain(r) for r in percents))


DEFAULT_METHOD = make_method(DEFAULT_RATES)


def book_method(session: Session) -> ProvisionMethod:
    value = get_setting(session, RATES_SETTING)
    if not value:
        return DEFAULT_METHOD
    return make_method(value["rates_percent"], value["bounds_years"])


def set_provision_rates(uow: UnitOfWork, rates, bounds_years=DEFAULT_BOUNDS_YEARS) -> ProvisionMethod:
    """The book's age rates: a book setting, so Action.SETTINGS (through put_setting)."""
    method = make_method(rates, bounds_years)
    put_setting(uow, RATES_SETTING, method.as_setting())
    return method


def years_before(on: date, years: int) -> date:
    try:
        return on.replace(year=on.year - years)
    except ValueError:  # 29 February in a year that has none
        return on.replace(year=on.year - years, day=28)


# ---------------------------------------------------------------------------------------------
# Individual provisions


@dataclass(frozen=True)
class IndividualProvisionInfo:
    id: int
    customer_code: str
    currency: str
    rate: Decimal | None  # percent
    amount: Money | None
    reason: str
    effective_from: date
    ended_on: date | None


def _individual_info(row: IndividualProvision, code: str) -> IndividualProvisionInfo:
    return IndividualProvisionInfo(
        id=row.id,
        customer_code=code,
        currency=row.currency,
        rate=None if row.rate_bp is None else plain(Decimal(row.rate_bp).scaleb(-2)),
        amount=None if row.amount_minor is None else Money.from_minor(row.amount_minor, row.currency),
        reason=row.reason,
        effective_from=row.effective_from,
        ended_on=row.ended_on,
    )


def _active(as_of: date):
    return (
        IndividualProvision.effective_from <= as_of,
        or_(IndividualProvision.ended_on.is_(None), IndividualProvision.ended_on > as_of),
    )


def _current_individual(session: Session, customer_id: int, currency: str) -> IndividualProvision | None:
    return session.scalar(
        select(IndividualProvision).where(
            IndividualProvision.customer_id == customer_id,
            IndividualProvision.currency == currency,
            IndividualProvision.ended_on.is_(None),
        )
    )


def set_individual_provision(
    uow: UnitOfWork,
    customer_code: str,
    *,
    on: date,
    reason: str,
    rate: Decimal | str | None = None,
    amount: Decimal | str | None = None,
    currency: str | None = None,
) -> IndividualProvisionInfo:
    """Provide for one customer by judgment from `on`: a rate (percent) of its open items, or a fixed
    amount. It changes what the month-end run books, like a posting, so it needs Action.POST; one
    already in force for the customer and currency ends the day this one starts."""
    with uow:
        uow.require(Action.POST)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        currency = document_currency(customer, currency)
        if not reason.strip():
            raise ValidationError(_("an individual provision needs a reason"), field="reason")
        rate_bp, amount_minor = _rate_or_amount(rate, amount, currency)
        previous = _current_individual(session, customer.id, currency)
        if previous is not None:
            if on <= previous.effective_from:
                raise ValidationError(
                    _(
                        "{code} has an individual provision from {effective_from}; "
                        "a new one must start after it"
                    ).format(code=customer.code, effective_from=previous.effective_from.isoformat()),
                    field="on",
                )
            previous.ended_on, previous.ended_by = on, uow.user
        row = IndividualProvision(
            customer_id=customer.id,
            currency=currency,
            rate_bp=rate_bp,
            amount_minor=amount_minor,
            reason=reason.strip(),
            effective_from=on,
            created_by=uow.user,
        )
        session.add(row)
        session.flush()
        info = _individual_info(row, customer.code)
        uow.audit("provision.individual", "customer", customer.code, after=info.__dict__)
        uow.changes.add("provisions", customer.id)
        uow.commit()
        return info


def _rate_or_amount(rate, amount, currency: str) -> tuple[int | None, int | None]:
    if (rate is None) == (amount is None):
        raise ValidationError(_("give either a rate or an amount"), field="rate")
    if rate is not None:
        try:
            percent = Decimal(str(rate).strip().rstrip("%"))
        except InvalidOperation:
            raise ValidationError(_("'{rate}' is not a percent").format(rate=rate), field="rate") from None
        if (
            not percent.is_finite()
            or not 0 <= percent <= HUNDRED
            or percent != percent.quantize(Decimal("0.01"))
        ):
            raise ValidationError(
                _("a rate is a percent from 0 to 100 with at most 2 decimals, not {rate}").format(rate=rate),
                field="rate",
            )
        return int(percent.scaleb(2)), None
    try:
        money = Money.of(amount, currency)
    except MoneyError as error:
        raise ValidationError(str(error), field="amount") from None
    if money.amount < 0:
        raise ValidationError(
            _("a provision cannot be negative ({money})").format(money=money), field="amount"
        )
    return None, money.minor


def end_individual_provision(
    uow: UnitOfWork, customer_code: str, *, on: date, currency: str | None = None
) -> IndividualProvisionInfo:
    """From `on` the customer is provided for at the age rates again (Action.POST, as setting one)."""
    with uow:
        uow.require(Action.POST)
        session = uow.session
        customer = customer_by_code(session, customer_code)
        currency = document_currency(customer, currency)
        row = _current_individual(session, customer.id, currency)
        if row is None:
            raise NotFound(
                _("{code} has no individual provision in {currency}").format(
                    code=customer.code, currency=currency
                ),
                field="customer",
            )
        if on <= row.effective_from:
            raise ValidationError(
                _("the individual provision starts {effective_from}; it can end after that").format(
                    effective_from=row.effective_from.isoformat()
                ),
                field="on",
            )
        row.ended_on, row.ended_by = on, uow.user
        session.flush()
        info = _individual_info(row, customer.code)
        uow.audit("provision.individual_end", "customer", customer.code, after={"ended_on": on})
        uow.changes.add("provisions", customer.id)
        uow.commit()
        return info


def individual_provisions(session: Session, as_of: date) -> list[IndividualProvisionInfo]:
    rows = session.execute(
        select(IndividualProvision, Customer.code)
        .join(Customer, Customer.id == IndividualProvision.customer_id)
        .where(*_active(as_of))
        .order_by(Customer.code, IndividualProvision.currency)
    )
    return [_individual_info(row, code) for row, code in rows]


# ---------------------------------------------------------------------------------------------
# Computing the provision as of a date


@dataclass(frozen=True)
class ProvisionLineInfo:
    customer_code: str
    customer_name: str
    currency: str
    method: str  # rates or individual
    bands: tuple[Money, ...]  # open items per age band
    base: Money  # Σ open items
    provision: Money
    previous: Money
    movement: Money  # provision − previous: > 0 an increase, < 0 a reversal


@dataclass(frozen=True)
class ProvisionTotal:
    currency: str
    bands: tuple[Money, ...]
    base: Money
    provision: Money
    previous: Money
    movement: Money


@dataclass(frozen=True)
class ProvisionSheet:
    as_of: date
    method: ProvisionMethod
    previous_month: str | None
    lines: tuple[ProvisionLineInfo, ...]

    def totals(self) -> tuple[ProvisionTotal, ...]:
        by_currency: dict[str, list[ProvisionLineInfo]] = defaultdict(list)
        for line in self.lines:
            by_currency[line.currency].append(line)
        return tuple(_total(currency, lines) for currency, lines in sorted(by_currency.items()))


def _total(currency: str, lines: list[ProvisionLineInfo]) -> ProvisionTotal:
    def add(values) -> Money:
        return Money.from_minor(sum(v.minor for v in values), currency)

    width = len(lines[0].bands)
    return ProvisionTotal(
        currency=currency,
        bands=tuple(add(line.bands[i] for line in lines) for i in range(width)),
        base=add(line.base for line in lines),
        provision=add(line.provision for line in lines),
        previous=add(line.previous for line in lines),
        movement=add(line.movement for line in lines),
    )


def open_items_by_band(session: Session, as_of: date, method: ProvisionMethod) -> dict:
    """{(customer_id, currency): [open minor per band]} in one grouped query, by invoice age."""
    bands = method.bands
    band = case(
        *[(Installment.invoice_date > years_before(as_of, b.high_years), b.index) for b in bands[:-1]],
        else_=bands[-1].index,
    ).label("band")
    open_minor = Installment.amount_minor - func.coalesce(allocated_for_installment(as_of), 0)
    query = (
        select(Installment.customer_id, Installment.currency, band, func.sum(open_minor))
        .where(
            Installment.invoice_date <= as_of,
            not_reversed_by(DocumentKind.INVOICE, Installment.invoice_id, as_of),
        )
        .group_by(Installment.customer_id, Installment.currency, band)
    )
    result: dict[tuple[int, str], list[int]] = defaultdict(lambda: [0] * len(bands))
    for customer_id, currency, index, minor in session.execute(query):
        if minor:
            result[(customer_id, currency)][index] += int(minor)
    return result


def _share(total_minor: int, weights: list[int], currency: str) -> list[int]:
    """Split a band's rounded provision among customers by their open items, exactly."""
    if not any(weights):
        return [0] * len(weights)
    parts = split(from_minor(total_minor, currency), [Decimal(w) for w in weights], currency)
    return [to_minor(p, currency) for p in parts]


def _round_minor(value: Decimal) -> int:
    return int(value.quantize(Decimal(1), rounding=ROUND_HALF_UP))


def _provisions(bases: dict, individual: dict, method: ProvisionMethod) -> dict[tuple[int, str], int]:
    """{(customer_id, currency): provision minor}; individual ones apart, the rest at the band rates."""
    result: dict[tuple[int, str], int] = {}
    pools: dict[str, list[tuple[int, str]]] = defaultdict(list)
    for key, bands in bases.items():
        base = sum(bands)
        if key in individual:
            rate_bp, amount_minor = individual[key]
            result[key] = (
                _round_minor(Decimal(base) * rate_bp / 10000)
                if rate_bp is not None
                else min(amount_minor, base)
            )
        else:
            pools[key[1]].append(key)
    for currency, keys in pools.items():
        keys.sort()
        provision = dict.fromkeys(keys, 0)
        for band in method.bands:
            weights = [bases[key][band.index] for key in keys]
            band_total = _round_minor(Decimal(sum(weights)) * band.rate / HUNDRED)
            for key, part in zip(keys, _share(band_total, weights, currency), strict=True):
                provision[key] += part
        result.update(provision)
    return result


def _latest_run(session: Session, before_month: str | None = None) -> ProvisionRun | None:
    query = select(ProvisionRun).where(ProvisionRun.status == "current")
    if before_month is not None:
        query = query.where(ProvisionRun.month < before_month)
    return session.scalar(query.order_by(ProvisionRun.month.desc()).limit(1))


def compute_provision(session: Session, as_of: date, method: ProvisionMethod | None = None) -> ProvisionSheet:
    """What a run as of `as_of` would record, against the current run of the latest earlier month."""
    method = method or book_method(session)
    bases = open_items_by_band(session, as_of, method)
    individual = {
        (row.customer_id, row.currency): (row.rate_bp, row.amount_minor)
        for row in session.scalars(select(IndividualProvision).where(*_active(as_of)))
    }
    provisions = _provisions(bases, individual, method)
    previous_run = _latest_run(session, as_of.strftime("%Y-%m"))
    previous = {}
    if previous_run is not None:
        previous = {(line.customer_id, line.currency): line.provision_minor for line in previous_run.lines}
    keys = sorted(set(bases) | set(previous))
    names = _customers(session, {customer_id for customer_id, _ in keys})
    lines = []
    width = len(method.bands)
    for key in keys:
        customer_id, currency = key
        bands = bases.get(key, [0] * width)
        provision, before = provisions.get(key, 0), previous.get(key, 0)
        if not any(bands) and not provision and not before:
            continue
        lines.append(
            _line(
                names[customer_id],
                currency,
                INDIVIDUAL if key in individual else RATES,
                bands,
                provision,
                before,
            )
        )
    lines.sort(key=lambda line: (line.currency, line.customer_code))
    return ProvisionSheet(as_of, method, previous_run.month if previous_run else None, tuple(lines))


def _customers(session: Session, ids: set[int]) -> dict[int, tuple[str, str]]:
    if not ids:
        return {}
    rows = session.execute(select(Customer.id, Customer.code, Customer.name).where(Customer.id.in_(ids)))
    return {customer_id: (code, name) for customer_id, code, name in rows}


def _line(customer, currency, method, bands, provision, previous) -> ProvisionLineInfo:
    money = Money.from_minor
    return ProvisionLineInfo(
        customer_code=customer[0],
        customer_name=customer[1],
        currency=currency,
        method=method,
        bands=tuple(money(b, currency) for b in bands),
        base=money(sum(bands), currency),
        provision=money(provision, currency),
        previous=money(previous, currency),
        movement=money(provision - previous, currency),
    )


# ---------------------------------------------------------------------------------------------
# The month-end run


@dataclass(frozen=True)
class ProvisionRunInfo:
    id: int
    month: str
    revision: int
    as_of: date
    status: str
    created_by: str
    created_at: datetime
    sheet: ProvisionSheet

    def totals(self) -> tuple[ProvisionTotal, ...]:
        return self.sheet.totals()


def run_provision(
    uow: UnitOfWork, as_of: date, *, supersede: bool = False, reason: str = ""
) -> ProvisionRunInfo:
    """Record the month-end provision as of `as_of` and its movement against the previous month.

    It books amounts to the accounts (坏账准备 / 信用减值损失), so it is a posting: Action.POST, and
    not in a locked period. A month has one current run: running it again needs `supersede=True`
    and a reason, which marks the current one superseded (it stays, for the record)."""
    with uow:
        uow.require(Action.POST)
        session = uow.session
        check_open_period(session, as_of, _("the provision run"))
        month = as_of.strftime("%Y-%m")
        later = session.scalar(
            select(ProvisionRun.month).where(ProvisionRun.status == "current", ProvisionRun.month > month)
        )
        if later:
            raise InvariantViolation(
                _(
                    "the provision for {later} is recorded already; {month} can no longer be run before it"
                ).format(later=later, month=month)
            )
        current = session.scalar(
            select(ProvisionRun).where(ProvisionRun.month == month, ProvisionRun.status == "current")
        )
        if current is not None:
            _supersede(uow, current, supersede, reason)
        sheet = compute_provision(session, as_of)
        revision = (
            session.scalar(select(func.max(ProvisionRun.revision)).where(ProvisionRun.month == month)) or 0
        ) + 1
        previous = _latest_run(session, month)
        run = ProvisionRun(
            month=month,
            revision=revision,
            as_of=as_of,
            previous_run_id=previous.id if previous else None,
            method_json=json.dumps(sheet.method.as_setting()),
            created_by=uow.user,
        )
        session.add(run)
        session.flush()
        _store_lines(session, run, sheet)
        uow.audit(
            "provision.run",
            "provision_run",
            run.id,
            after={
                "month": month,
                "revision": revision,
                "as_of": as_of,
                "totals": [
                    {"currency": t.currency, "provision": t.provision, "movement": t.movement}
                    for t in sheet.totals()
                ],
            },
        )
        uow.changes.add("provisions")
        uow.commit()
        return _run_info(run, sheet)


def _supersede(uow: UnitOfWork, current: ProvisionRun, supersede: bool, reason: str) -> None:
    if not supersede:
        raise InvariantViolation(
            _(
                "the provision for {month} was run already (revision {revision}, as of {as_of}, "
                "by {created_by}); supersede it explicitly to run it again"
            ).format(
                month=current.month,
                revision=current.revision,
                as_of=current.as_of.isoformat(),
                created_by=current.created_by,
            )
        )
    if not reason.strip():
        raise ValidationError(_("superseding a provision run needs a reason"), field="reason")
    current.status = "superseded"
    current.superseded_at = utcnow()
    current.superseded_by = uow.user
    current.supersede_reason = reason.strip()
    uow.session.flush()
    uow.audit(
        "provision.supersede",
        "provision_run",
        current.id,
        after={"month": current.month, "revision": current.revision, "reason": reason.strip()},
    )


def _store_lines(session: Session, run: ProvisionRun, sheet: ProvisionSheet) -> None:
    ids = dict(
        session.execute(
            select(Customer.code, Customer.id).where(
                Customer.code.in_({line.customer_code for line in sheet.lines})
            )
        ).all()
    )
    session.add_all(
        ProvisionLine(
            run_id=run.id,
            customer_id=ids[line.customer_code],
            currency=line.currency,
            method=line.method,
            bands_json=json.dumps([band.minor for band in line.bands]),
            base_minor=line.base.minor,
            provision_minor=line.provision.minor,
            previous_minor=line.previous.minor,
            movement_minor=line.movement.minor,
        )
        for line in sheet.lines
    )
    session.flush()


def _run_info(run: ProvisionRun, sheet: ProvisionSheet) -> ProvisionRunInfo:
    return ProvisionRunInfo(
        id=run.id,
        month=run.month,
        revision=run.revision,
        as_of=run.as_of,
        status=run.status,
        created_by=run.created_by,
        created_at=run.created_at,
        sheet=sheet,
    )


def provision_run(session: Session, as_of: date | None = None) -> ProvisionRunInfo:
    """The current run of the month holding `as_of`, or the latest run when no date is given."""
    if as_of is None:
        run = _latest_run(session)
        if run is None:
            raise NotFound(_("no provision has been run in this book yet"))
    else:
        month = as_of.strftime("%Y-%m")
        run = session.scalar(
            select(ProvisionRun).where(ProvisionRun.month == month, ProvisionRun.status == "current")
        )
        if run is None:
            raise NotFound(_("no provision has been run for {month}").format(month=month))
    return _run_info(run, _stored_sheet(session, run))


def _stored_sheet(session: Session, run: ProvisionRun) -> ProvisionSheet:
    setting = json.loads(run.method_json)
    method = make_method(setting["rates_percent"], setting["bounds_years"])
    previous = session.get(ProvisionRun, run.previous_run_id) if run.previous_run_id else None
    rows = session.execute(
        select(ProvisionLine, Customer.code, Customer.name)
        .join(Customer, Customer.id == ProvisionLine.customer_id)
        .where(ProvisionLine.run_id == run.id)
        .order_by(ProvisionLine.currency, Customer.code)
    )
    lines = tuple(
        _line(
            (code, name),
            line.currency,
            line.method,
            json.loads(line.bands_json),
            line.provision_minor,
            line.previous_minor,
        )
        for line, code, name in rows
    )
    return ProvisionSheet(run.as_of, method, previous.month if previous else None, lines)
