"""A realistic demo book: key accounts, three years of invoices, on-time and late payers.

Built with bulk Core inserts in chunks so that a million invoices take well under two minutes;
the data obey the same invariants as posted data (the tests check them), and the whole run is
one audit event.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal
from functools import cache

from sqlalchemy import func, select

from acctdesk.model.db import reset_sequences
from acctdesk.model.entities import (
    Allocation,
    CreditNote,
    Customer,
    CustomerGroup,
    DocumentKind,
    Installment,
    Invoice,
    LedgerEntry,
    NumberSequence,
    PaymentTermRecord,
    Receipt,
    WriteOff,
)
from acctdesk.model.money import from_minor, split, to_minor
from acctdesk.services import terms as terms_engine
from acctdesk.services.audit import reserve_seq
from acctdesk.services.auth import Action
from acctdesk.services.balances import settled_on
from acctdesk.services.book import Book
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.seal import combine, row_hash, sealed_columns
from acctdesk.services.uow import UnitOfWork

CITIES = [
    "北京",
    "上海",
    "深圳",
    "广州",
    "杭州",
    "苏州",
    "成都",
    "武汉",
    "南京",
    "天津",
    "重庆",
    "西安",
    "青岛",
    "宁波",
    "厦门",
    "长沙",
    "合肥",
    "郑州",
]
CORES = [
    "华信",
    "东方",
    "金桥",
    "宏达",
    "恒通",
    "瑞丰",
    "远航",
    "中联",
    "博远",
    "海润",
    "鼎盛",
    "天元",
    "嘉禾",
    "正泰",
    "联创",
    "星河",
    "长风",
    "国安",
    "万象",
    "启明",
    "同力",
    "新纪元",
    "锦程",
    "安达",
    "佳诚",
    "明德",
    "汇川",
    "青松",
    "广源",
    "和顺",
]
TRADES = [
    "科技",
    "电子",
    "机械",
    "贸易",
    "建材",
    "医疗器械",
    "物流",
    "化工",
    "食品",
    "新能源",
    "精密制造",
    "环保设备",
]
SUFFIXES = ("有限公司", "股份有限公司", "有限责任公司")
EN_CORES = [
    "Northwind",
    "Bluewater",
    "Summit",
    "Evergreen",
    "Harbor",
    "Keystone",
    "Silverline",
    "Orion",
    "Meridian",
    "Pacific",
    "Rim",
    "Alder",
    "Crestview",
    "Lakeside",
    "Redwood",
    "Granite",
]
EN_TRADES = ("Trading", "Electronics", "Logistics", "Components", "Foods", "Industrial")
EN_SUFFIXES = ("Ltd", "Inc", "GmbH", "Pte Ltd", "LLC")
PEOPLE = ["王芳", "李伟", "张敏", "刘洋", "陈静", "杨帆", "赵磊", "黄丽", "周杰", "吴婷"]
COLLECTORS = ["孙丽", "马超", "朱敏", "胡军", "Emily", "Chen"]

# (name, shorthand, weight): the terms key accounts are commonly on.
DEMO_TERMS = (
    ("月结30天", "EOM+30", 30),
    ("月结60天", "EOM+60", 15),
    ("开票后30天", "N30", 20),
    ("净30天", "N30", 15),
    ("净60天", "N60", 10),
    ("2/10 净30", "2/10 N30", 5),
    ("预付30% 验收60% 质保10%", "30% N0; 60% N45; BAL RETENTION N365", 5),
)


@dataclass(frozen=True)
class DemoSpec:
    customers: int = 200
    invoices: int = 20_000
    seed: int = 1
    today: date | None = None
    years: int = 3
    chunk: int = 25_000


@dataclass(frozen=True)
class DemoSummary:
    customers: int
    groups: int
    invoices: int
    installments: int
    receipts: int
    credit_notes: int
    write_offs: int
    allocations: int
    first_invoice_date: str
    last_invoice_date: str


@dataclass
class _Profile:
    """How a customer pays: mean days late, spread, and the chance to pay in part."""

    mean_late: int
    spread: int
    partial: float
    never: float


@dataclass
class _Ids:
    invoice: int = 0
    installment: int = 0
    receipt: int = 0
    credit_note: int = 0
    write_off: int = 0
    allocation: int = 0
    ledger_entry: int = 0

    def next(self, name: str) -> int:
        value = getattr(self, name) + 1
        setattr(self, name, value)
        return value


def _company_name(rng: random.Random, english: bool, core: str | None = None) -> str:
    if english:
        return f"{core or rng.choice(EN_CORES)} {rng.choice(EN_TRADES)} {rng.choice(EN_SUFFIXES)}"
    city = rng.choice(CITIES)
    return f"{city}{core or rng.choice(CORES)}{rng.choice(TRADES)}{rng.choice(SUFFIXES)}"


def _tax_id(rng: random.Random) -> str:
    alphabet = "0123456789ABCDEFGHJKLMNPQRTUWXY"
    return "91" + "".join(rng.choice(alphabet) for _ in range(16))


def _profile(rng: random.Random) -> _Profile:
    kind = rng.random()
    if kind < 0.45:
        return _Profile(mean_late=-2, spread=5, partial=0.02, never=0.001)
    if kind < 0.80:
        return _Profile(mean_late=12, spread=15, partial=0.06, never=0.004)
    if kind < 0.95:
        return _Profile(mean_late=45, spread=35, partial=0.12, never=0.015)
    return _Profile(mean_late=75, spread=45, partial=0.2, never=0.03)


@cache
def _parsed_term(shorthand: str):
    return terms_engine.parse_term(shorthand)


@cache
def _due_dates(shorthand: str, invoice_date: date) -> tuple[tuple[date | None, bool], ...]:
    """Due dates and retention flags of a term for an invoice date (amount-independent)."""
    schedule = terms_engine.schedule(
        _parsed_term(shorthand), invoice_date=invoice_date, amount=_PROBE_AMOUNT, currency="CNY"
    )
    return tuple((part.due_date, part.retention) for part in schedule)


_PROBE_AMOUNT = Decimal("100000.00")


@cache
def _term_weights(shorthand: str, currency: str):
    return [
        part.amount
        for part in terms_engine.schedule(
            _parsed_term(shorthand), invoice_date=date(2000, 1, 3), amount=_PROBE_AMOUNT, currency=currency
        )
    ]


def _installment_amounts(shorthand: str, minor: int, currency: str) -> list[int]:
    weights = _term_weights(shorthand, currency)
    if len(weights) == 1:
        return [minor]
    parts = split(from_minor(minor, currency), weights, currency)
    return [to_minor(p, currency) for p in parts]


COLUMNS = {
    Invoice: (
        "id number customer_id currency amount_minor invoice_date term_shorthand description "
        "posted_at posted_by"
    ),
    Installment: (
        "id invoice_id seq customer_id currency amount_minor invoice_date due_date term_line "
        "discount_minor retention settled_on"
    ),
    Receipt: (
        "id number customer_id currency amount_minor receipt_date payer method reference memo "
        "posted_at posted_by settled_on"
    ),
    CreditNote: (
        "id number customer_id currency amount_minor note_date reason posted_at posted_by settled_on"
    ),
    WriteOff: "id number customer_id currency amount_minor write_off_date reason posted_at posted_by",
    Allocation: (
        "id installment_id receipt_id credit_note_id write_off_id customer_id currency "
        "amount_minor alloc_date created_at created_by"
    ),
    LedgerEntry: (
        "id customer_id currency entry_date document_kind document_id document_number is_reversal "
        "amount_minor description"
    ),
}


class _Builder:
    """Accumulates rows per table as tuples and writes them with the driver's executemany.

    The ORM's bulk insert spends most of its time building parameters; for a million invoices
    the driver is several times faster. Values go in as the dialect stores them (dates as ISO
    text on SQLite), through the column types' own bind processors.
    """

    TABLES = (Invoice, Installment, Receipt, CreditNote, WriteOff, Allocation, LedgerEntry)

    def __init__(self, session, audit_seq: int):
        self.session = session
        self.audit_seq = audit_seq
        self.seal_state = (0, 0)
        connection = session.connection()
        self.dialect = connection.dialect
        self.rows: dict[type, list[tuple]] = {t: [] for t in self.TABLES}
        self.counts: dict[type, int] = dict.fromkeys(self.TABLES, 0)
        self.sql = {t: self._insert_sql(t) for t in self.TABLES}
        date_type = Invoice.__table__.c.invoice_date.type
        self._date_processor = date_type.bind_processor(self.dialect) or (lambda value: value)
        self._dates: dict[date, object] = {}
        created = Invoice.__table__.c.posted_at.type.bind_processor(self.dialect)
        self.now = created(_NOW) if created else _NOW
        self.true, self.false = (1, 0) if self.dialect.name == "sqlite" else (True, False)

        # Where each sealed column's value sits in the inserted tuple (None: not inserted, NULL).
        self._seal_map = {}
        for table in self.TABLES:
            inserted = COLUMNS[table].split()
            self._seal_map[table] = [
                inserted.index(name) if name in inserted else None for name in sealed_columns(table)
            ]

    def _insert_sql(self, table: type) -> str:
        columns = [*COLUMNS[table].split(), "audit_seq", "row_hash"]
        marker = "?" if self.dialect.paramstyle == "qmark" else "%s"
        names = ", ".join(columns)
        return f"INSERT INTO {table.__tablename__} ({names}) VALUES ({', '.join([marker] * len(columns))})"

    def day(self, value: date | None):
        if value is None:
            return None
        stored = self._dates.get(value)
        if stored is None:
            stored = self._dates[value] = self._date_processor(value)
        return stored

    def add(self, table: type, row: tuple) -> None:
        """Queue a row, sealed with the demo's audit event like any posted row."""
        values = [None if i is None else row[i] for i in self._seal_map[table]]
        digest = row_hash(table.__tablename__, values)
        self.seal_state = combine(self.seal_state, digest)
        self.rows[table].append((*row, self.audit_seq, digest))

    def flush(self) -> None:
        connection = self.session.connection()
        for table in self.TABLES:  # parents before children, for the foreign keys
            rows = self.rows[table]
            if rows:
                connection.exec_driver_sql(self.sql[table], rows)
                self.counts[table] += len(rows)
                self.rows[table] = []


def generate_demo(
    book: Book,
    spec: DemoSpec,
    *,
    user: str = "system",
    progress: Callable[[int, int], None] | None = None,
) -> DemoSummary:
    if spec.customers < 1:
        raise ValidationError(_("a demo book needs at least one customer"), field="customers")
    today = spec.today or date.today()
    rng = random.Random(spec.seed)
    uow = UnitOfWork(book, user)
    with uow:
        uow.require(Action.POST)
        session = uow.session
        if session.scalar(select(func.count()).select_from(Customer)):
            raise ValidationError(_("demo data goes into an empty book; this one has customers already"))
        terms = _add_terms(session)
        customers, groups = _add_customers(session, rng, spec.customers, terms)
        builder = _Builder(session, reserve_seq(session))
        dropped = _drop_secondary_indexes(session) if spec.invoices >= 100_000 else []
        ids = builder.ids = _Ids()
        start = today - timedelta(days=365 * spec.years)
        span = (today - start).days
        dates = sorted(start + timedelta(days=rng.randrange(span + 1)) for _ in range(spec.invoices))
        for index, invoice_date in enumerate(dates):
            customer = customers[rng.randrange(len(customers))]
            _add_invoice(builder, ids, rng, customer, invoice_date, today, index)
            if (index + 1) % spec.chunk == 0:
                builder.flush()
                if progress:
                    progress(index + 1, spec.invoices)
        builder.flush()
        _create_indexes(session, dropped)
        reset_sequences(session.connection(), [table.__table__ for table in _Builder.TABLES])
        if progress:
            progress(spec.invoices, spec.invoices)
        for series, kind in (("RC", Receipt), ("CN", CreditNote), ("WO", WriteOff)):
            session.add(NumberSequence(series=series, next_value=builder.counts[kind] + 1))
        summary = DemoSummary(
            customers=len(customers),
            groups=groups,
            invoices=builder.counts[Invoice],
            installments=builder.counts[Installment],
            receipts=builder.counts[Receipt],
            credit_notes=builder.counts[CreditNote],
            write_offs=builder.counts[WriteOff],
            allocations=builder.counts[Allocation],
            first_invoice_date=dates[0].isoformat() if dates else "",
            last_invoice_date=dates[-1].isoformat() if dates else "",
        )
        uow.bulk_seal = builder.seal_state
        uow.audit("demo.generate", "book", 1, after={"seed": spec.seed, **summary.__dict__})
        uow.changes.add("customers")
        uow.changes.add("invoices")
        uow.commit()
    return summary


def _drop_secondary_indexes(session) -> list:
    """Building a big book is faster when the secondary indexes are made once at the end,
    sorted in one pass, than kept up to date row by row. DDL is transactional on SQLite and
    PostgreSQL, so a failed build still leaves nothing behind."""
    connection = session.connection()
    indexes = [index for table in _Builder.TABLES for index in table.__table__.indexes if not index.unique]
    for index in indexes:
        index.drop(connection)
    return indexes


def _create_indexes(session, indexes: list) -> None:
    connection = session.connection()
    for index in indexes:
        index.create(connection)


def _add_terms(session) -> dict[str, int]:
    terms = {}
    for name, shorthand, _weight in DEMO_TERMS:
        record = PaymentTermRecord(name=name, shorthand=terms_engine.format_term(_parsed_term(shorthand)))
        session.add(record)
        session.flush()
        terms[name] = record.id
    return terms


@dataclass
class _DemoCustomer:
    id: int
    currency: str
    shorthand: str
    profile: _Profile
    size: int  # typical invoice amount in minor units


def _add_customers(session, rng: random.Random, count: int, terms: dict[str, int]):
    group_count = max(1, count // 12)
    group_ids = []
    group_cores = rng.sample(CORES, k=min(group_count, len(CORES)))
    for number, core in enumerate(group_cores, start=1):
        group = CustomerGroup(
            code=f"G{number:03d}",
            name=f"{core}集团",
            currency="CNY",
            credit_limit_minor=rng.choice((5, 10, 20, 50)) * 1_000_000_00,
        )
        session.add(group)
        session.flush()
        group_ids.append((group.id, core))
    weights = [w for _, _, w in DEMO_TERMS]
    customers = []
    for number in range(1, count + 1):
        english = rng.random() < 0.15
        group_id, core = (None, None)
        if not english and rng.random() < 0.35:
            group_id, core = rng.choice(group_ids)
        name, shorthand, _weight = rng.choices(DEMO_TERMS, weights=weights)[0]
        currency = "USD" if english and rng.random() < 0.6 else "CNY"
        customer = Customer(
            code=f"C{number:05d}",
            name=_company_name(rng, english, core),
            tax_id="" if english else _tax_id(rng),
            group_id=group_id,
            salesperson=rng.choice(PEOPLE),
            collector=rng.choice(COLLECTORS),
            currency=currency,
            language="en" if english else "zh_CN",
            default_term_id=terms[name],
            credit_limit_minor=rng.choice((50, 100, 200, 500, 1000)) * 10_000_00,
        )
        session.add(customer)
        session.flush()
        size = int(rng.lognormvariate(10.5, 1.0)) * 100
        customers.append(
            _DemoCustomer(customer.id, currency, _parsed_shorthand(shorthand), _profile(rng), size)
        )
    return customers, len(group_ids)


def _parsed_shorthand(shorthand: str) -> str:
    return terms_engine.format_term(_parsed_term(shorthand))


def _add_invoice(builder, ids, rng, customer: _DemoCustomer, invoice_date, today, index) -> None:
    invoice_id = ids.next("invoice")
    minor = max(100_00, int(customer.size * rng.uniform(0.2, 2.5)) // 100 * 100)
    number = f"INV{invoice_date:%Y%m}-{index + 1:07d}"
    currency = customer.currency
    day = builder.day(invoice_date)
    builder.add(
        Invoice,
        (invoice_id, number, customer.id, currency, minor, day, customer.shorthand, "", builder.now, "demo"),
    )
    _ledger(builder, customer.id, currency, day, DocumentKind.INVOICE, invoice_id, number, minor)
    due_dates = _due_dates(customer.shorthand, invoice_date)
    amounts = _installment_amounts(customer.shorthand, minor, currency)
    for seq, ((due_date, retention), part) in enumerate(zip(due_dates, amounts, strict=True), start=1):
        if part <= 0:
            continue
        installment_id = ids.next("installment")
        # Its payments first, to know when it was settled; the builder writes installments before
        # allocations whatever the order they are added in.
        settled = _settle(builder, ids, rng, customer, installment_id, invoice_date, due_date, part, today)
        builder.add(
            Installment,
            (
                installment_id,
                invoice_id,
                seq,
                customer.id,
                currency,
                part,
                day,
                builder.day(due_date),
                "",
                0,
                builder.true if retention else builder.false,
                builder.day(settled),
            ),
        )


def _settle(builder, ids, rng, customer, installment_id, invoice_date, due_date, minor, today) -> date | None:
    """Payments, credit notes and write-offs for one installment, as the customer's habits go; the day
    it was settled in full (its `settled_on`), or None."""
    profile = customer.profile
    currency = customer.currency
    amount = minor
    allocated: list[tuple[date, int]] = []
    if rng.random() < 0.01:  # a price correction by credit note
        credit = max(1, minor // 10)
        credit_day = min(today, invoice_date + timedelta(days=rng.randint(3, 20)))
        on = builder.day(credit_day)
        note_id = ids.next("credit_note")
        number = f"CN-{note_id:06d}"
        builder.add(
            CreditNote,
            (note_id, number, customer.id, currency, credit, on, "价格调整", builder.now, "demo", on),
        )
        _ledger(builder, customer.id, currency, on, DocumentKind.CREDIT_NOTE, note_id, number, -credit)
        _allocation(builder, ids, installment_id, customer, on, credit, credit_note_id=note_id)
        allocated.append((credit_day, credit))
        minor -= credit
    pay_date = (due_date or invoice_date) + timedelta(days=int(rng.gauss(profile.mean_late, profile.spread)))
    pay_date = max(pay_date, invoice_date)
    if rng.random() < profile.never or pay_date > today:
        age = (today - invoice_date).days
        if age > 400 and rng.random() < 0.8:  # old and hopeless: most are written off
            written_off = invoice_date + timedelta(days=rng.randint(380, age))
            on = builder.day(written_off)
            write_off_id = ids.next("write_off")
            number = f"WO-{write_off_id:06d}"
            builder.add(
                WriteOff,
                (
                    write_off_id,
                    number,
                    customer.id,
                    currency,
                    minor,
                    on,
                    "客户破产清算，无法收回",
                    builder.now,
                    "demo",
                ),
            )
            _ledger(builder, customer.id, currency, on, DocumentKind.WRITE_OFF, write_off_id, number, -minor)
            _allocation(builder, ids, installment_id, customer, on, minor, write_off_id=write_off_id)
            allocated.append((written_off, minor))
        return settled_on(allocated, amount)
    if rng.random() < profile.partial:  # part now, most often the rest a month or two later
        part = max(1, minor * rng.choice((3, 5, 7)) // 10)
        allocated += _receipt(builder, ids, rng, customer, installment_id, pay_date, part, today)
        rest_date = pay_date + timedelta(days=int(abs(rng.gauss(40, 20))) + 7)
        if rest_date <= today and rng.random() < 0.85:
            allocated += _receipt(builder, ids, rng, customer, installment_id, rest_date, minor - part, today)
        return settled_on(allocated, amount)
    allocated += _receipt(builder, ids, rng, customer, installment_id, pay_date, minor, today)
    return settled_on(allocated, amount)


def _receipt(builder, ids, rng, customer, installment_id, pay_date, paid, today) -> list[tuple[date, int]]:
    """A receipt, allocated in full to the installment unless it awaits matching: the allocation."""
    currency = customer.currency
    receipt_id = ids.next("receipt")
    number = f"RC-{receipt_id:06d}"
    on = builder.day(pay_date)
    # (Drawn before the receipt is written, to know its settled_on; nothing else draws in between.)
    allocate = rng.random() < 0.985 or (today - pay_date).days > 30  # recent ones may await matching
    builder.add(
        Receipt,
        (
            receipt_id,
            number,
            customer.id,
            currency,
            paid,
            on,
            "",
            "bank_transfer",
            f"B{receipt_id:010d}",
            "货款",
            builder.now,
            "demo",
            on if allocate else None,
        ),
    )
    _ledger(builder, customer.id, currency, on, DocumentKind.RECEIPT, receipt_id, number, -paid)
    if not allocate:
        return []
    _allocation(builder, ids, installment_id, customer, on, paid, receipt_id=receipt_id)
    return [(pay_date, paid)]


def _allocation(builder, ids, installment_id, customer, on, minor, **source) -> None:
    builder.add(
        Allocation,
        (
            ids.next("allocation"),
            installment_id,
            source.get("receipt_id"),
            source.get("credit_note_id"),
            source.get("write_off_id"),
            customer.id,
            customer.currency,
            minor,
            on,
            builder.now,
            "demo",
        ),
    )


def _ledger(builder, customer_id, currency, on, kind, document_id, number, minor) -> None:
    builder.add(
        LedgerEntry,
        (
            builder.ids.next("ledger_entry"),
            customer_id,
            currency,
            on,
            str(kind),
            document_id,
            number,
            builder.false,
            minor,
            "",
        ),
    )


_NOW = datetime.now(UTC)
