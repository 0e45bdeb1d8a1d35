"""Importing a bank file into the book: the whole file or nothing, each bank line once.

The readers (`services.importing`) turn a file into lines and row errors; this module decides
what is written. A file with any row error writes nothing and says every error. A file whose
SHA-256 was imported before is reported, not read again. Lines whose key is in the book already
(an overlapping statement) are counted as duplicates. Money in becomes a line waiting to be
matched; money out is kept with status `outgoing`. One audit event records the batch.
"""

from __future__ import annotations

import hashlib
import json
from collections import defaultdict
from collections.abc import Iterable, Sequence
from contextlib import suppress
from dataclasses import dataclass, replace
from datetime import date, datetime
from decimal import Decimal
from itertools import repeat
from pathlib import Path

from sqlalchemy import func, select
from sqlalchemy.exc import DBAPIError
from sqlalchemy.orm import Session

from acctdesk.model.entities import BankLineRecord, BankLineStatus, ImportBatch, MappingTemplate, Receipt
from acctdesk.model.money import Money, MoneyError, minor_digits
from acctdesk.services.auth import Action
from acctdesk.services.errors import NotFound, ValidationError
from acctdesk.services.i18n import N_, _
from acctdesk.services.importing import ColumnMapping, ReadResult, RowError
from acctdesk.services.importing.keys import LineDraft, iter_finished_lines
from acctdesk.services.importing.reader import cyclic_gc_paused, read_bank_drafts
from acctdesk.services.uow import UnitOfWork

# Lines are written with the driver's executemany in chunks of this many rows (no ORM objects).
INSERT_CHUNK = 5_000
_LINE_COLUMNS = (
    "line_key",
    "source_row",
    "account",
    "booking_date",
    "value_date",
    "amount_minor",
    "currency",
    "counterparty_name",
    "counterparty_account",
    "memo",
    "reference",
    "balance_minor",
    "status",
    "note",
)
# The book keeps amounts as 64-bit integer minor units; no bank line comes near this.
_LARGEST_MINOR = 10**17
# SQLite's page cache while a large file's lines are written, in KiB (see _insert_lines).
_IMPORT_CACHE_KIB = 64 * 1024
ACCOUNT_LENGTH = 100


class ImportRejected(ValidationError):
    """A file with rows that cannot be read: nothing was imported. `row_errors` lists them all."""

    def __init__(self, file_name: str, row_errors: Sequence[RowError]) -> None:
        count = len(row_errors)
        if count == 1:
            head = _("{file_name}: {count} row cannot be read; nothing was imported")
        else:
            head = _("{file_name}: {count} rows cannot be read; nothing was imported")
        head = head.format(file_name=file_name, count=count)
        super().__init__("\n".join([head, *(str(error) for error in row_errors)]))
        self.row_errors = tuple(row_errors)


@dataclass(frozen=True)
class ImportResult:
    file_name: str
    file_sha256: str
    file_format: str | None  # None when the file was imported before and not read again
    importer: str
    template_name: str | None
    batch_id: int
    already_imported: bool
    imported_at: datetime
    lines_read: int
    added: int
    duplicates: int
    incoming: int  # added lines of money in: candidates for matching
    outgoing: int  # added lines of money out
    incoming_totals: tuple[Money, ...]
    outgoing_totals: tuple[Money, ...]
    warnings: tuple[str, ...]
    mapping: ColumnMapping | None  # the column mapping used (CSV and sheets), to save as a template
    saved_template: str | None = None
    dry_run: bool = False  # checked and counted, nothing kept (batch_id is not in the book)


@dataclass(frozen=True)
class TemplateInfo:
    name: str
    signature: str
    mapping: ColumnMapping
    created_at: datetime
    created_by: str


@dataclass(frozen=True)
class BankLineInfo:
    id: int
    line_key: str
    batch_id: int
    account: str
    booking_date: date
    value_date: date | None
    amount: Money
    counterparty_name: str
    counterparty_account: str
    memo: str
    reference: str
    balance: Money | None
    status: str
    receipt_number: str | None
    note: str


# ---------------------------------------------------------------------------------------------
# Templates


def _template_info(row: MappingTemplate) -> TemplateInfo:
    return TemplateInfo(
        name=row.name,
        signature=row.signature,
        mapping=ColumnMapping.from_dict(json.loads(row.mapping_json)),
        created_at=row.created_at,
        created_by=row.created_by,
    )


def list_templates(session: Session) -> list[TemplateInfo]:
    rows = session.scalars(select(MappingTemplate).order_by(MappingTemplate.name))
    return [_template_info(row) for row in rows]


def template_by_name(session: Session, name: str) -> TemplateInfo:
    row = session.scalar(select(MappingTemplate).where(MappingTemplate.name == name.strip()))
    if row is None:
        raise NotFound(_("no column-mapping template named '{name}'").format(name=name), field="template")
    return _template_info(row)


def header_signature(headers: Sequence[str]) -> str:
    return ColumnMapping(headers=tuple(headers)).signature


def template_for(session: Session, headers: Sequence[str]) -> TemplateInfo | None:
    """The template saved for this header row (the latest when several were), or None."""
    row = session.scalar(
        select(MappingTemplate)
        .where(MappingTemplate.signature == header_signature(headers))
        .order_by(MappingTemplate.created_at.desc(), MappingTemplate.id.desc())
        .limit(1)
    )
    return _template_info(row) if row is not None else None


def save_template(uow: UnitOfWork, name: str, mapping: ColumnMapping) -> TemplateInfo:
    """Save a confirmed column mapping under a name (replacing one of that name)."""
    with uow:
        uow.require(Action.IMPORT)
        result = _save_template(uow, name, mapping)
        uow.commit()
        return result


def _save_template(uow: UnitOfWork, name: str, mapping: ColumnMapping) -> TemplateInfo:
    name = name.strip()
    if not name:
        raise ValidationError(_("a template needs a name"), field="name")
    if not mapping.headers:
        raise ValidationError(
            _("this mapping does not say which header row it was made for; read the file with it first"),
            field="mapping",
        )
    session = uow.session
    row = session.scalar(select(MappingTemplate).where(MappingTemplate.name == name))
    before = _template_info(row).mapping.to_dict() if row is not None else None
    if row is None:
        row = MappingTemplate(name=name, created_by=uow.user)
        session.add(row)
    row.signature = mapping.signature
    row.mapping_json = json.dumps(mapping.to_dict(), ensure_ascii=False, sort_keys=True)
    session.flush()
    action = "mapping_template.update" if before is not None else "mapping_template.create"
    uow.audit(action, "mapping_template", name, before=before, after=mapping.to_dict())
    uow.changes.add("templates")
    return _template_info(row)


# ---------------------------------------------------------------------------------------------
# Reading with the right mapping


# A file read, with its lines still to be keyed (read_bank_drafts).
_Read = tuple[ReadResult, list[LineDraft]]


def read_with_templates(
    session: Session,
    path: Path,
    mapping: ColumnMapping | None,
    currency: str | None,
    template_name: str | None,
) -> tuple[_Read, str | None]:
    """Read the file with the named template, the given mapping, or the template saved for its
    header row; failing those, with the mapping suggested from its headers — as the import reads it
    (the import wizard's preview too). Returns the read with its unkeyed lines, and the template used."""
    if template_name:
        template = template_by_name(session, template_name)
        return read_bank_drafts(path, mapping=template.mapping, currency=currency), template.name
    if mapping is not None:
        return read_bank_drafts(path, mapping=mapping, currency=currency), None
    try:
        suggested = read_bank_drafts(path, currency=currency)
    except ValidationError as refused:
        # The headers are not ones we recognise; a template saved for them may still know them.
        for template in list_templates(session):
            found = _read_if_fits(path, template, currency)
            if found is not None:
                return found, template.name
        raise refused from None
    suggested_mapping = suggested[0].mapping
    if suggested_mapping is None:
        return suggested, None
    template = template_for(session, suggested_mapping.headers)
    if template is None:
        return suggested, None
    if template.mapping == suggested_mapping:
        return suggested, template.name
    return read_bank_drafts(path, mapping=template.mapping, currency=currency), template.name


def _read_if_fits(path: Path, template: TemplateInfo, currency: str | None) -> _Read | None:
    try:
        result = read_bank_drafts(path, mapping=template.mapping, currency=currency)
    except ValidationError:
        return None
    found = result[0].mapping
    fits = found is not None and found.signature == template.signature
    return result if fits else None


# ---------------------------------------------------------------------------------------------
# Importing


def import_bank_file(
    uow: UnitOfWork,
    path: str | Path,
    *,
    mapping: ColumnMapping | None = None,
    currency: str | None = None,
    template_name: str | None = None,
    save_template_as: str | None = None,
    dry_run: bool = False,
) -> ImportResult:
    """Import a bank or payment file: every line once, the whole file or nothing.

    `mapping` or `template_name` say how to read a CSV or sheet; without them a template saved
    for the file's header row is used, else the mapping suggested from the headers. `currency`
    is the bank account's currency for files that do not say. `save_template_as` also saves the
    mapping used as a named template, in the same transaction. `dry_run` does all of it, counts
    included, in a savepoint it then rolls back: nothing is kept.
    """
    path = Path(path)
    with cyclic_gc_paused():
        return _import(uow, path, mapping, currency, template_name, save_template_as, dry_run)


def _import(
    uow: UnitOfWork,
    path: Path,
    mapping: ColumnMapping | None,
    currency: str | None,
    template_name: str | None,
    save_template_as: str | None,
    dry_run: bool = False,
) -> ImportResult:
    if dry_run:
        with uow, uow.trial():  # the import joins this unit of work: its commit only flushes
            return replace(
                _import(uow, path, mapping, currency, template_name, save_template_as), dry_run=True
            )
    with uow.book.sessions() as session:
        earlier = _batch_by_hash(session, _file_sha256(path))
        if earlier is not None and not save_template_as:
            return _already_imported(earlier, path.name)
        (read, drafts), used_template = read_with_templates(session, path, mapping, currency, template_name)
    rows, problems = _line_rows(path.name, drafts)
    if read.errors or problems:
        raise ImportRejected(path.name, [*read.errors, *problems])
    with uow:
        uow.require(Action.IMPORT)
        saved = _save_mapping(uow, save_template_as, read) if save_template_as else None
        earlier = _batch_by_hash(uow.session, read.file_sha256)
        if earlier is not None:
            if saved is not None:
                uow.commit()
            return _already_imported(earlier, path.name, read.mapping, saved)
        result = _write_batch(uow, path.name, read, rows, used_template, mapping, saved)
        uow.commit()
        return result


def _file_sha256(path: Path) -> str:
    digest = hashlib.sha256()
    try:
        with path.open("rb") as file:
            for block in iter(lambda: file.read(1 << 20), b""):
                digest.update(block)
    except OSError as problem:
        raise ValidationError(
            _("{name}: the file cannot be opened: {reason}").format(name=path.name, reason=problem.strerror)
        ) from None
    return digest.hexdigest()


def _batch_by_hash(session: Session, sha256: str) -> ImportBatch | None:
    return session.scalar(select(ImportBatch).where(ImportBatch.file_sha256 == sha256))


def _save_mapping(uow: UnitOfWork, name: str, read: ReadResult) -> str:
    if read.mapping is None:
        raise ValidationError(
            _(
                "{name} is a {format} file: only CSV files and sheets have a column "
                "mapping to save as a template"
            ).format(name=read.path.name, format=read.format),
            field="template",
        )
    return _save_template(uow, name, read.mapping).name


def _line_rows(name: str, drafts: list[LineDraft]) -> tuple[list[tuple], list[RowError]]:
    """The drafts keyed (iter_finished_lines) as table rows (tuples in the order of
    _LINE_COLUMNS, money in minor units), and the lines that cannot be stored. The keyed lines
    come as plain tuples of BankLine's fields, unpacked here: no BankLine is made. The minor
    units a reader worked out from the cell text (LineDraft.minor_units) are taken as they are."""
    rows: list[tuple] = []
    problems: list[RowError] = []
    digits: dict[str, int] = {}
    unmatched, outgoing, ignored = (str(s) for s in _STATUSES)
    for draft, (
        source_row,
        booking_date,
        value_date,
        amount,
        currency,
        counterparty_name,
        counterparty_account,
        memo,
        reference,
        balance,
        account,
        line_key,
    ) in zip(drafts, iter_finished_lines(drafts, as_tuples=True), strict=True):
        known = draft.minor_units
        if known is not None and known[0] is amount:
            amount_minor = known[1]
        else:
            try:
                places = digits.get(currency)
                if places is None:
                    places = digits[currency] = minor_digits(currency)
                amount_minor = _minor(amount, places, currency)
            except MoneyError as error:
                problems.append(RowError(name, source_row, None, str(error)))
                continue
        if abs(amount_minor) >= _LARGEST_MINOR:
            problems.append(
                RowError(name, source_row, None, _("{amount} is too large an amount").format(amount=amount))
            )
            continue
        if len(account) > ACCOUNT_LENGTH or len(counterparty_account) > ACCOUNT_LENGTH:
            problems.extend(_too_long(name, source_row, account, counterparty_account))
        if amount_minor > 0:
            status, note = unmatched, ""
        elif amount_minor < 0:
            status, note = outgoing, ""
        else:
            status, note = ignored, "a zero amount"
        if known is not None and known[2] is balance:
            balance_minor = known[3]
            if balance_minor is not None and abs(balance_minor) >= _LARGEST_MINOR:
                balance_minor = None
        elif balance is None:
            balance_minor = None
        else:
            places = digits.get(currency)
            if places is None:
                places = digits[currency] = minor_digits(currency)
            balance_minor = _balance_minor(balance, places, currency)
        rows.append(
            (
                line_key,
                source_row,
                account,
                booking_date,
                value_date,
                amount_minor,
                currency,
                counterparty_name,
                counterparty_account,
                memo,
                reference,
                balance_minor,
                status,
                note,
            )
        )
    return rows, problems


def _too_long(name: str, source_row: int, account: str, counterparty_account: str) -> list[RowError]:
    return [
        RowError(name, source_row, None, _(message).format(length=ACCOUNT_LENGTH))
        for message, value in (
            (N_("the account is longer than {length} characters"), account),
            (N_("the counterparty account is longer than {length} characters"), counterparty_account),
        )
        if len(value) > ACCOUNT_LENGTH
    ]


_STATUSES = (BankLineStatus.UNMATCHED, BankLineStatus.OUTGOING, BankLineStatus.IGNORED)
# Where _line_rows puts what _write_batch looks at.
_KEY, _AMOUNT, _CURRENCY, _STATUS = (
    _LINE_COLUMNS.index(column) for column in ("line_key", "amount_minor", "currency", "status")
)


def _minor(amount: Decimal, places: int, currency: str) -> int:
    """to_minor, with the currency's decimals looked up once per file."""
    minor = _exact_minor(amount, places)
    if minor is None:
        raise MoneyError(
            _("{amount} has more decimals than {currency} allows").format(amount=amount, currency=currency)
        )
    return minor


def _exact_minor(amount: Decimal, places: int) -> int | None:
    """The amount in minor units, or None when it is finer than them (or not a number)."""
    scaled = amount.scaleb(places)
    try:
        minor = int(scaled)
    except (ValueError, OverflowError):  # not a number, or infinite
        return None
    return minor if minor == scaled else None


def _balance_minor(balance: Decimal | None, places: int, currency: str) -> int | None:
    if balance is None:
        return None
    try:
        minor = _exact_minor(balance, places)
    except ArithmeticError:  # a balance finer than the currency: informational only, not kept
        return None
    return minor if minor is not None and abs(minor) < _LARGEST_MINOR else None


def _totals(rows: Iterable[tuple]) -> tuple[Money, ...]:
    by_currency: dict[str, int] = defaultdict(int)
    for row in rows:
        by_currency[row[_CURRENCY]] += row[_AMOUNT]
    return tuple(Money.from_minor(minor, currency) for currency, minor in sorted(by_currency.items()))


def _importer(read: ReadResult, template_name: str | None, mapping: ColumnMapping | None) -> str:
    if template_name:
        return f"{read.format}, template {template_name}"
    if mapping is not None:
        return f"{read.format}, given mapping"
    return f"{read.format}, suggested mapping" if read.mapping is not None else read.format


def _write_batch(
    uow: UnitOfWork,
    file_name: str,
    read: ReadResult,
    rows: list[tuple],
    template_name: str | None,
    mapping: ColumnMapping | None,
    saved: str | None,
) -> ImportResult:
    session = uow.session
    sha256 = read.file_sha256
    batch = ImportBatch(
        file_name=file_name[:260],
        file_size=read.file_size,
        file_sha256=sha256,
        file_format=read.format,
        importer=_importer(read, template_name, mapping),
        template_name=template_name,
        imported_by=uow.user,
        lines_read=len(rows),
        lines_added=0,  # counted below, once the lines are in
        lines_duplicate=0,
        lines_outgoing=0,
        warnings="\n".join(read.warnings),
    )
    session.add(batch)
    session.flush()
    new_rows = _insert_lines(session, batch.id, rows)
    incoming = [row for row in new_rows if row[_STATUS] == BankLineStatus.UNMATCHED]
    outgoing = [row for row in new_rows if row[_STATUS] == BankLineStatus.OUTGOING]
    batch.lines_added = len(new_rows)
    batch.lines_duplicate = len(rows) - len(new_rows)
    batch.lines_outgoing = len(outgoing)
    result = ImportResult(
        file_name=file_name,
        file_sha256=sha256,
        file_format=read.format,
        importer=batch.importer,
        template_name=template_name,
        batch_id=batch.id,
        already_imported=False,
        imported_at=batch.imported_at,
        lines_read=len(rows),
        added=len(new_rows),
        duplicates=len(rows) - len(new_rows),
        incoming=len(incoming),
        outgoing=len(outgoing),
        incoming_totals=_totals(incoming),
        outgoing_totals=_totals(outgoing),
        warnings=tuple(read.warnings),
        mapping=read.mapping,
        saved_template=saved,
    )
    uow.audit(
        "bank_file.import",
        "import_batch",
        batch.id,
        after={
            "file": file_name,
            "sha256": sha256,
            "size": read.file_size,
            "importer": batch.importer,
            "read": result.lines_read,
            "added": result.added,
            "duplicates": result.duplicates,
            "incoming": list(result.incoming_totals),
            "outgoing": list(result.outgoing_totals),
        },
    )
    uow.changes.add("bank_lines")
    return result


def _insert_lines(session: Session, batch_id: int, rows: list[tuple]) -> list[tuple]:
    """Write the lines whose key the book does not hold yet, and return those (the others are
    duplicates of lines imported before, from this file or another).

    Each line goes in with ON CONFLICT (line_key) DO NOTHING, so a line the book holds already
    is left out by the unique index the insert updates anyway, with no query of its own; the
    lines of the batch are counted after, and only when some were left out are their keys read
    back to tell which. Only the key's conflict is ignored: any other constraint still fails.

    The lines are written with the driver's executemany, a chunk at a time. (Writing each chunk
    on a thread of its own while the next was keyed was tried: sqlite3 lets go of the GIL only
    for each row's step, and waits to take it back while the other thread runs Python, so the
    two took turns: the import's CPU time stayed equal to its wall time, and nothing was saved.)

    As in the demo generator: for a file of 100,000 lines SQLAlchemy's executemany spent about
    as long building parameters as the database spent writing. Values go in through the column
    types' own bind processors (dates as ISO text on SQLite), each distinct value converted once.
    On SQLite the page cache is made large enough for the new index entries while the lines
    are written (the default 2 MB spills them to the log mid-transaction), then set back.
    """
    connection = session.connection()
    dialect = connection.dialect
    table = BankLineRecord.__table__
    marker = "?" if dialect.paramstyle == "qmark" else "%s"
    columns = ("batch_id", *_LINE_COLUMNS)
    sql = (
        f"INSERT INTO {table.name} ({', '.join(columns)}) VALUES ({', '.join([marker] * len(columns))}) "
        "ON CONFLICT (line_key) DO NOTHING"
    )
    converted = [
        (position - 1, processor, {})
        for position, name in enumerate(columns)
        if (processor := table.c[name].type.dialect_impl(dialect).bind_processor(dialect)) is not None
    ]
    cache_size = None
    if dialect.name == "sqlite" and len(rows) > INSERT_CHUNK:
        cache_size = connection.exec_driver_sql("PRAGMA cache_size").scalar()
        connection.exec_driver_sql(f"PRAGMA cache_size = -{_IMPORT_CACHE_KIB}")
    try:
        for start in range(0, len(rows), INSERT_CHUNK):
            chunk = rows[start : start + INSERT_CHUNK]
            columns_of_chunk = list(zip(*chunk, strict=True))
            for position, processor, done in converted:
                column = columns_of_chunk[position]
                for value in set(column).difference(done):
                    done[value] = processor(value)
                columns_of_chunk[position] = [done[value] for value in column]
            connection.exec_driver_sql(sql, list(zip(repeat(batch_id), *columns_of_chunk)))
    finally:
        if cache_size is not None:
            with suppress(DBAPIError):  # after a failed statement: the size is a limit, not memory
                connection.exec_driver_sql(f"PRAGMA cache_size = {int(cache_size)}")
    of_batch = BankLineRecord.batch_id == batch_id
    added = session.scalar(select(func.count()).select_from(BankLineRecord).where(of_batch))
    if added == len(rows):
        return rows
    kept = set(session.scalars(select(BankLineRecord.line_key).where(of_batch)))
    return [row for row in rows if row[_KEY] in kept]


def _already_imported(
    batch: ImportBatch, file_name: str, mapping: ColumnMapping | None = None, saved: str | None = None
) -> ImportResult:
    return ImportResult(
        file_name=file_name,
        file_sha256=batch.file_sha256,
        file_format=batch.file_format,
        importer=batch.importer,
        template_name=batch.template_name,
        batch_id=batch.id,
        already_imported=True,
        imported_at=batch.imported_at,
        lines_read=batch.lines_read,
        added=0,
        duplicates=0,
        incoming=0,
        outgoing=0,
        incoming_totals=(),
        outgoing_totals=(),
        warnings=(),
        mapping=mapping,
        saved_template=saved,
    )


# ---------------------------------------------------------------------------------------------
# Reading the imported lines back


def bank_lines_query(*, status: str | None = None, batch_id: int | None = None):
    query = select(BankLineRecord).order_by(BankLineRecord.booking_date, BankLineRecord.id)
    if status is not None:
        if status not in set(BankLineStatus):
            raise ValidationError(
                _("'{status}' is not a bank line status").format(status=status), field="status"
            )
        query = query.where(BankLineRecord.status == status)
    if batch_id is not None:
        query = query.where(BankLineRecord.batch_id == batch_id)
    return query


def list_bank_lines(
    session: Session,
    *,
    status: str | None = None,
    batch_id: int | None = None,
    limit: int | None = None,
    offset: int = 0,
) -> list[BankLineInfo]:
    query = bank_lines_query(status=status, batch_id=batch_id)
    if limit is not None:
        query = query.limit(limit).offset(offset)
    query = query.add_columns(Receipt.number).outerjoin(Receipt, Receipt.id == BankLineRecord.receipt_id)
    return [
        BankLineInfo(
            id=r.id,
            line_key=r.line_key,
            batch_id=r.batch_id,
            account=r.account,
            booking_date=r.booking_date,
            value_date=r.value_date,
            amount=r.amount,
            counterparty_name=r.counterparty_name,
            counterparty_account=r.counterparty_account,
            memo=r.memo,
            reference=r.reference,
            balance=Money.from_minor(r.balance_minor, r.currency) if r.balance_minor is not None else None,
            status=r.status,
            receipt_number=receipt_number,
            note=r.note,
        )
        for r, receipt_number in session.execute(query)
    ]
