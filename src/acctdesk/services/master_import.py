"""Master data from the sheets accountants already keep: customers, invoices, opening balances and
receipts, each from an Excel workbook (.xlsx, old .xls) or a CSV file, with template sheets to fill.

A sheet is read by its header row (Chinese or English column names, in any order; other columns are
named in a warning and left alone). Every row goes through the same service as a person's entry
(`customers.create_customer`, `ledger.post_invoice`, `ledger.post_receipt`), each inside a savepoint,
so that one pass finds every problem: a file with any bad row writes nothing and names each row,
column and reason. Rows already in the book (a customer code, an invoice or receipt number, or for an
unnumbered receipt the same customer, date, amount, reference and payer) are counted and skipped, so
importing a file again adds nothing. `dry_run` checks everything and writes nothing.
"""

from __future__ import annotations

import hashlib
import io
import re
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from pathlib import Path

from sqlalchemy import select
from sqlalchemy.orm import Session

from acctdesk.model.entities import Customer, Invoice, Receipt, ReceiptMethod
from acctdesk.model.money import Money, MoneyError, read_amount
from acctdesk.services import ledger
from acctdesk.services.auth import Action
from acctdesk.services.bank_import import ImportRejected
from acctdesk.services.customers import create_customer
from acctdesk.services.errors import DomainError, ValidationError
from acctdesk.services.i18n import N_, _, translator
from acctdesk.services.importing.detect import (
    decode,
    detect_encoding,
    find_header,
    normalise_newlines,
    sniff_csv,
    sniff_format,
)
from acctdesk.services.importing.model import RowError, normalise_header
from acctdesk.services.importing.reader import file_bytes
from acctdesk.services.importing.tabular import worksheets
from acctdesk.services.importing.values import ValueProblem, clean_cell, parse_date
from acctdesk.services.settings import book_info
from acctdesk.services.uow import UnitOfWork

KINDS = ("customers", "invoices", "opening_balances", "receipts")


@dataclass(frozen=True)
class Column:
    """A column a sheet of one kind may have: the service's field it fills, its names in the
    template (Chinese, English) and the other names it is known by."""

    field: str
    zh: str
    en: str
    aliases: tuple[str, ...] = ()
    required: bool = False
    value: str = "text"  # text, date, amount, list
    note: str = ""  # for the template's notes (English source, translated)

    def names(self) -> set[str]:
        return {normalise_header(n) for n in (self.zh, self.en, self.field, *self.aliases)}


_CUSTOMER = Column(
    "customer",
    "客户编码",
    "Customer code",
    ("客户代码", "客户", "customer"),
    True,
    note=N_("a customer in the book"),
)
_CURRENCY = Column(
    "currency", "币种", "Currency", ("货币",), note=N_("ISO code; empty: the customer's currency")
)

COLUMNS: dict[str, tuple[Column, ...]] = {
    "customers": (
        Column("code", "客户编码", "Customer code", ("客户代码", "编码", "code"), True, note=N_("unique")),
        Column("name", "客户名称", "Customer name", ("名称", "name"), True),
        Column("currency", "币种", "Currency", ("货币",), note=N_("ISO code; empty: the book's currency")),
        Column(
            "group",
            "客户集团",
            "Group",
            ("集团", "集团编码"),
            note=N_("the code of a customer group in the book"),
        ),
        Column("salesperson", "业务员", "Salesperson", ("销售员", "销售")),
        Column("collector", "催收员", "Collector", ("收款负责人",)),
        Column("tax_id", "税号", "Tax ID", ("统一社会信用代码", "纳税人识别号")),
        Column(
            "default_term", "付款条件", "Payment term", ("账期",), note=N_("the name of a term in the book")
        ),
        Column("credit_limit", "信用额度", "Credit limit", (), value="amount"),
        Column("aliases", "别名", "Aliases", ("曾用名",), value="list", note=N_("several: separated by ;")),
    ),
    "invoices": (
        _CUSTOMER,
        Column(
            "number", "发票号", "Invoice number", ("发票号码", "单据号", "number"), True, note=N_("unique")
        ),
        Column("invoice_date", "开票日期", "Invoice date", ("日期", "date"), True, "date"),
        Column("amount", "金额", "Amount", ("价税合计", "含税金额"), True, "amount"),
        _CURRENCY,
        Column(
            "term",
            "付款条件",
            "Payment term",
            ("账期",),
            note=N_("the name of a term, or shorthand such as N30"),
        ),
        Column(
            "due_date",
            "到期日",
            "Due date",
            ("到期日期",),
            value="date",
            note=N_("instead of a term; a due date wins over a term"),
        ),
        Column("contract", "合同号", "Contract", ("合同编号",), note=N_("a contract in the book")),
        Column("description", "摘要", "Description", ("备注", "说明")),
    ),
    "opening_balances": (
        _CUSTOMER,
        Column("number", "单据号", "Document number", ("发票号", "number"), True, note=N_("unique")),
        Column("invoice_date", "单据日期", "Document date", ("日期", "date"), True, "date"),
        Column(
            "due_date", "到期日", "Due date", ("到期日期",), value="date", note=N_("empty: the document date")
        ),
        Column("amount", "未清金额", "Open amount", ("余额", "金额"), True, "amount"),
        _CURRENCY,
        Column("description", "摘要", "Description", ("备注", "说明")),
    ),
    "receipts": (
        _CUSTOMER,
        Column("receipt_date", "收款日期", "Receipt date", ("日期", "date"), True, "date"),
        Column("amount", "金额", "Amount", ("收款金额",), True, "amount"),
        Column(
            "number",
            "收款单号",
            "Receipt number",
            ("单据号", "number"),
            note=N_("empty: numbered by the book"),
        ),
        _CURRENCY,
        Column(
            "method",
            "收款方式",
            "Method",
            ("结算方式",),
            note=N_("bank transfer, cash, bank acceptance bill …"),
        ),
        Column("bill_maturity", "汇票到期日", "Bill maturity", (), value="date", note=N_("for bills")),
        Column("reference", "参考号", "Reference", ("交易流水号", "流水号")),
        Column("payer", "付款人", "Payer", ("付款方", "对方户名")),
        Column("memo", "备注", "Memo", ("摘要", "用途")),
    ),
}

KIND_TITLES = {
    "customers": ("客户", N_("Customers")),
    "invoices": ("发票", N_("Invoices")),
    "opening_balances": ("期初余额", N_("Opening balances")),
    "receipts": ("收款", N_("Receipts")),
}

_METHODS = {
    **{normalise_header(m.value): m.value for m in ReceiptMethod},
    **{
        normalise_header(name): method.value
        for method, names in {
            ReceiptMethod.BANK_TRANSFER: ("银行转账", "转账", "电汇", "网银", "Bank transfer", "transfer"),
            ReceiptMethod.CASH: ("现金", "Cash"),
            ReceiptMethod.BANK_ACCEPTANCE_BILL: ("银行承兑汇票", "银承", "Bank acceptance bill"),
            ReceiptMethod.COMMERCIAL_BILL: ("商业承兑汇票", "商承", "Commercial bill"),
            ReceiptMethod.CHEQUE: ("支票", "Cheque", "check"),
            ReceiptMethod.OTHER: ("其他", "Other"),
        }.items()
        for name in names
    },
}
_LIST_SEPARATORS = re.compile(r"[;；、\n]")


@dataclass(frozen=True)
class MasterImportResult:
    kind: str
    file_name: str
    sheet: str | None
    rows_read: int
    added: int
    already_in_book: int
    dry_run: bool
    totals: tuple[Money, ...]  # the amounts added, per currency (none for customers)
    added_keys: tuple[str, ...]  # customer codes or document numbers added
    warnings: tuple[str, ...] = ()


@dataclass
class _Sheet:
    name: str | None  # the worksheet's name; None for a CSV file
    header_row: int
    columns: dict[str, int]  # field -> position
    headers: dict[str, str]  # field -> the header as written
    rows: list[tuple[int, list[object]]]
    warnings: list[str] = field(default_factory=list)


def import_master_file(
    uow: UnitOfWork, path: str | Path, kind: str, *, dry_run: bool = False
) -> MasterImportResult:
    """Import a sheet of one kind (KINDS): all its rows or none. Raises ImportRejected naming every
    bad row; with `dry_run` the rows are checked (and counted) but nothing is written."""
    path = Path(path)
    if kind not in KINDS:
        raise ValidationError(
            _("'{kind}' is not something to import ({choices})").format(kind=kind, choices=", ".join(KINDS)),
            field="kind",
        )
    data = file_bytes(path)
    sheet = _read_sheet(data, path.name, kind)
    with uow:
        uow.require(Action.EDIT_CUSTOMERS if kind == "customers" else Action.POST)
        if dry_run:
            with uow.trial():  # everything below, then rolled back
                return _import_rows(uow, path.name, data, sheet, kind, dry_run=True)
        result = _import_rows(uow, path.name, data, sheet, kind, dry_run=False)
        if result.added:
            uow.commit()
        return result


def _import_rows(
    uow: UnitOfWork, file_name: str, data: bytes, sheet: _Sheet, kind: str, *, dry_run: bool
) -> MasterImportResult:
    """Post each row that is not in the book yet; raise ImportRejected if any cannot be."""
    values, errors = _row_values(sheet, file_name, kind)
    session = uow.session
    info = book_info(session) if kind == "customers" else None
    base = info.base_currency if info else "CNY"
    post = _POSTERS[kind]
    seen = _Existing(session, kind)
    if kind == "receipts":
        seen.read_unnumbered([row for _number, row in values if row is not None])
    added, skipped, keys, warnings = 0, 0, [], list(sheet.warnings)
    totals: dict[str, Decimal] = {}
    for number, row in values:
        if row is None:
            continue  # its cells are reported already
        verdict = seen.check(row)
        if verdict is not None:
            if verdict.error:
                errors.append(RowError(file_name, number, sheet.headers.get(verdict.field), verdict.error))
            else:
                skipped += 1
                if verdict.note:
                    warnings.append(_("row {row}: {note}").format(row=number, note=verdict.note))
            continue
        try:
            with uow.savepoint():
                key, money = post(uow, row, base)
        except DomainError as problem:
            column = sheet.headers.get(_sheet_field(problem.field, kind))
            errors.append(RowError(file_name, number, column, str(problem)))
            continue
        added += 1
        keys.append(key)
        if money is not None:
            totals[money.currency] = totals.get(money.currency, Decimal(0)) + money.amount
    if errors:
        raise ImportRejected(file_name, sorted(errors, key=lambda e: (e.row or 0, e.column or "")))
    result = MasterImportResult(
        kind=kind,
        file_name=file_name,
        sheet=sheet.name,
        rows_read=len(values),
        added=added,
        already_in_book=skipped,
        dry_run=dry_run,
        totals=tuple(Money(amount, currency) for currency, amount in sorted(totals.items())),
        added_keys=tuple(keys),
        warnings=tuple(warnings),
    )
    if added:
        uow.audit(
            "import.master",
            "import",
            hashlib.sha256(data).hexdigest()[:16],
            after={
                "kind": kind,
                "file": file_name,
                "sheet": sheet.name,
                "rows": len(values),
                "added": added,
                "already_in_book": skipped,
                "totals": {m.currency: str(m.amount) for m in result.totals},
            },
        )
    return result


# ---------------------------------------------------------------------------------------------
# Reading the sheet


def _score(kind: str) -> Callable[[list], int]:
    columns = COLUMNS[kind]
    required = [c for c in columns if c.required]

    def score(cells: list) -> int:
        present = {normalise_header(_text(c)) for c in cells}
        if not all(c.names() & present for c in required):
            return 0
        return sum(1 for c in columns if c.names() & present)

    return score


def _read_sheet(data: bytes, name: str, kind: str) -> _Sheet:
    """The first worksheet (or the CSV file) with a header row for this kind."""
    score = _score(kind)
    file_format = sniff_format(data, name)
    if file_format == "csv":
        text = normalise_newlines(decode(data, detect_encoding(data)))
        _delimiter, rows, index = sniff_csv(text, score)
        if index is not None:
            return _sheet(None, [(n, list(cells)) for n, cells in rows], index, kind)
    elif file_format in ("xlsx", "xls"):
        for sheet_name, rows in _workbook(data, name, file_format):
            index = find_header(rows, score)
            if index is not None:
                return _sheet(sheet_name, rows, index, kind)
    else:
        raise ValidationError(
            _(
                "{name}: a {format} file holds bank lines; master data comes from a sheet or a CSV file"
            ).format(name=name, format=file_format)
        )
    wanted = ", ".join(c.zh + " / " + c.en for c in COLUMNS[kind] if c.required)
    raise ValidationError(
        _("{name}: no header row with the columns {columns} was found").format(name=name, columns=wanted)
    )


def _workbook(data: bytes, name: str, file_format: str):
    """Each worksheet's non-empty rows, numbered as in the sheet (the bank readers' worksheets)."""
    for sheet_name, values in worksheets(data, name, file_format):
        yield sheet_name, [(n, row) for n, row in enumerate(values, start=1) if any(_text(v) for v in row)]


def _sheet(sheet_name: str | None, rows: list[tuple[int, list]], index: int, kind: str) -> _Sheet:
    header_row, header_cells = rows[index]
    positions: dict[str, int] = {}
    headers: dict[str, str] = {}
    unknown = []
    for position, cell in enumerate(header_cells):
        text = _text(cell)
        if not text:
            continue
        key = normalise_header(text)
        column = next((c for c in COLUMNS[kind] if key in c.names()), None)
        if column is None or column.field in positions:
            unknown.append(text)
            continue
        positions[column.field] = position
        headers[column.field] = text
    sheet = _Sheet(sheet_name, header_row, positions, headers, rows[index + 1 :])
    if unknown:
        sheet.warnings.append(
            _("columns not read: {columns}").format(columns=", ".join(f"'{u}'" for u in unknown))
        )
    return sheet


def _text(value: object) -> str:
    if value is None:
        return ""
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else repr(value)
    if isinstance(value, datetime):
        return value.date().isoformat() if value.time() == datetime.min.time() else value.isoformat(" ")
    if isinstance(value, date):
        return value.isoformat()
    return clean_cell(value)


def _date(value: object) -> date:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    return parse_date(_text(value))


def _row_values(
    sheet: _Sheet, file_name: str, kind: str
) -> tuple[list[tuple[int, dict | None]], list[RowError]]:
    """Each row's values by field (dates as dates, amounts as checked decimal text, lists as lists),
    or None for a row with a cell that cannot be read (its errors in the second list)."""
    columns = [c for c in COLUMNS[kind] if c.field in sheet.columns]
    values: list[tuple[int, dict | None]] = []
    errors: list[RowError] = []
    for number, cells in sheet.rows:
        row: dict[str, object] = {}
        bad = False
        for column in columns:
            position = sheet.columns[column.field]
            cell = cells[position] if position < len(cells) else None
            text = _text(cell)
            header = sheet.headers[column.field]
            if not text:
                if column.required:
                    errors.append(RowError(file_name, number, header, _("this column must not be empty")))
                    bad = True
                continue
            try:
                if column.value == "date":
                    row[column.field] = _date(cell)
                elif column.value == "amount":
                    row[column.field] = read_amount(text)  # its decimals are checked where it is posted
                elif column.value == "list":
                    row[column.field] = [
                        part.strip() for part in _LIST_SEPARATORS.split(text) if part.strip()
                    ]
                elif column.field == "method":
                    row[column.field] = _method(text)
                else:
                    row[column.field] = text
            except (ValueProblem, MoneyError, ValidationError) as problem:
                errors.append(RowError(file_name, number, header, str(problem)))
                bad = True
        values.append((number, None if bad else row))
    return values, errors


def _method(text: str) -> str:
    method = _METHODS.get(normalise_header(text))
    if method is None:
        raise ValidationError(_("'{text}' is not a way of payment").format(text=text))
    return method


# ---------------------------------------------------------------------------------------------
# What is in the book already


@dataclass(frozen=True)
class _Verdict:
    field: str = ""
    error: str = ""  # the row clashes with the book
    note: str = ""  # skipped, with something worth saying


class _Existing:
    """Which rows the book holds already (importing a file again adds nothing)."""

    def __init__(self, session: Session, kind: str) -> None:
        self.session = session
        self.kind = kind
        self.unnumbered: dict[tuple[str, date], Counter] = {}

    def check(self, row: dict) -> _Verdict | None:
        if self.kind == "customers":
            name = self.session.scalar(select(Customer.name).where(Customer.code == row["code"]))
            if name is None:
                return None
            if name != row["name"]:
                return _Verdict(
                    note=_("customer {code} is in the book already as '{name}'; it was not changed").format(
                        code=row["code"], name=name
                    )
                )
            return _Verdict()
        if self.kind in ("invoices", "opening_balances"):
            found = self.session.execute(
                select(Invoice.invoice_date, Invoice.amount_minor, Invoice.currency, Customer.code)
                .join(Customer, Customer.id == Invoice.customer_id)
                .where(Invoice.number == row["number"])
            ).first()
            return None if found is None else self._same(row, "invoice_date", found)
        number = row.get("number")
        if number:
            found = self.session.execute(
                select(Receipt.receipt_date, Receipt.amount_minor, Receipt.currency, Customer.code)
                .join(Customer, Customer.id == Receipt.customer_id)
                .where(Receipt.number == number)
            ).first()
            return None if found is None else self._same(row, "receipt_date", found)
        return self._unnumbered(row)

    def _same(self, row: dict, date_field: str, found) -> _Verdict:
        day, minor, currency, customer = found
        amount = Money.from_minor(minor, currency).amount
        if (customer, day, amount) == (row["customer"], row[date_field], row["amount"]) and (
            row.get("currency", currency).upper() == currency
        ):
            return _Verdict()
        return _Verdict(
            field="number",
            error=_("{number} is in the book already: {customer}, {day}, {amount} {currency}").format(
                number=row["number"], customer=customer, day=day.isoformat(), amount=amount, currency=currency
            ),
        )

    def read_unnumbered(self, rows: list[dict]) -> None:
        """The book's receipts on the customers' days of the sheet's unnumbered receipts, read once
        before anything is posted (so that receipts this import adds are not counted)."""
        for customer, day in {(r["customer"], r["receipt_date"]) for r in rows if not r.get("number")}:
            self.unnumbered[(customer, day)] = Counter(
                (Money.from_minor(minor, currency).amount, reference, payer)
                for minor, currency, reference, payer in self.session.execute(
                    select(Receipt.amount_minor, Receipt.currency, Receipt.reference, Receipt.payer)
                    .join(Customer, Customer.id == Receipt.customer_id)
                    .where(Customer.code == customer, Receipt.receipt_date == day)
                )
            )

    def _unnumbered(self, row: dict) -> _Verdict | None:
        """An unnumbered receipt is the one in the book with the same customer, date, amount,
        reference and payer; each receipt in the book stands for one row."""
        held = self.unnumbered[(row["customer"], row["receipt_date"])]
        key = (row["amount"], row.get("reference", ""), row.get("payer", ""))
        if held[key] > 0:
            held[key] -= 1
            return _Verdict()
        return None


# ---------------------------------------------------------------------------------------------
# Posting a row through the services


def _post_customer(uow: UnitOfWork, row: dict, base: str) -> tuple[str, Money | None]:
    values = {k: v for k, v in row.items() if k not in ("code", "name", "currency")}
    if "credit_limit" in values:
        values["credit_limit"] = str(values["credit_limit"])
    create_customer(uow, row["code"], row["name"], row.get("currency") or base, **values)
    return row["code"], None


def _post_invoice(uow: UnitOfWork, row: dict, _base: str) -> tuple[str, Money | None]:
    result = ledger.post_invoice(
        uow,
        customer_code=row["customer"],
        number=row["number"],
        invoice_date=row["invoice_date"],
        amount=row["amount"],
        currency=row.get("currency"),
        due_date=row.get("due_date"),
        term=row.get("term"),
        contract_number=row.get("contract"),
        description=row.get("description", ""),
    )
    return result.number, result.amount


def _post_opening(uow: UnitOfWork, row: dict, base: str) -> tuple[str, Money | None]:
    """An open item carried over: an invoice due on its due date (else its date), no term."""
    carried = {
        **row,
        "due_date": row.get("due_date") or row["invoice_date"],
        "description": row.get("description") or _("Opening balance"),
    }
    return _post_invoice(uow, carried, base)


def _post_receipt(uow: UnitOfWork, row: dict, _base: str) -> tuple[str, Money | None]:
    result = ledger.post_receipt(
        uow,
        customer_code=row["customer"],
        amount=row["amount"],
        receipt_date=row["receipt_date"],
        number=row.get("number"),
        currency=row.get("currency"),
        method=row.get("method", ReceiptMethod.BANK_TRANSFER),
        bill_maturity=row.get("bill_maturity"),
        reference=row.get("reference", ""),
        payer=row.get("payer", ""),
        memo=row.get("memo", ""),
    )
    return result.number, result.amount


_POSTERS: dict[str, Callable[[UnitOfWork, dict, str], tuple[str, Money | None]]] = {
    "customers": _post_customer,
    "invoices": _post_invoice,
    "opening_balances": _post_opening,
    "receipts": _post_receipt,
}


def _sheet_field(service_field: str | None, kind: str) -> str:
    """The sheet's field for a field a service names in its error ("date" is the document's date)."""
    if service_field == "date":
        return "receipt_date" if kind == "receipts" else "invoice_date"
    return {"customer_code": "customer", "payment_term": "term"}.get(service_field or "", service_field or "")


# ---------------------------------------------------------------------------------------------
# Template sheets


def template_workbook(kind: str, language: str = "zh_CN") -> bytes:
    """An empty sheet of one kind to fill in: its header row (in Chinese or English), frozen and
    bold, the columns wide enough, and a second sheet saying what goes into each column."""
    from openpyxl import Workbook
    from openpyxl.styles import Font, PatternFill

    if kind not in KINDS:
        raise ValidationError(
            _("'{kind}' is not something to import ({choices})").format(kind=kind, choices=", ".join(KINDS)),
            field="kind",
        )
    chinese = language.startswith("zh")
    tr = translator("zh_CN" if chinese else "en")
    zh_title, en_title = KIND_TITLES[kind]
    workbook = Workbook()
    sheet = workbook.active
    sheet.title = zh_title if chinese else en_title
    columns = COLUMNS[kind]
    bold = Font(bold=True)
    required_fill = PatternFill("solid", fgColor="FFF2CC")
    for position, column in enumerate(columns, start=1):
        cell = sheet.cell(row=1, column=position, value=column.zh if chinese else column.en)
        cell.font = bold
        if column.required:
            cell.fill = required_fill
        letter = cell.column_letter
        sheet.column_dimensions[letter].width = max(14, 2 * len(column.zh) + 6, len(column.en) + 4)
        number_format = {"date": "yyyy-mm-dd", "amount": "#,##0.00"}.get(column.value)
        if number_format:  # for what is typed into the column (the column's style, no empty cells)
            sheet.column_dimensions[letter].number_format = number_format
    sheet.freeze_panes = "A2"
    notes = workbook.create_sheet(tr(N_("Notes")))
    notes.append([tr(N_("Column")), tr(N_("Required")), tr(N_("Notes"))])
    for cell in notes[1]:
        cell.font = bold
    for column in columns:
        kind_note = {"date": "YYYY-MM-DD", "amount": "1234.56"}.get(column.value, "")
        note = "; ".join(part for part in (tr(column.note) if column.note else "", kind_note) if part)
        required = tr(N_("yes")) if column.required else ""
        notes.append([column.zh if chinese else column.en, required, note])
    notes.append([])
    notes.append(
        [
            tr(
                N_(
                    "Other names are understood too (Chinese or English); rows already in the book are "
                    "skipped, and a file with any bad row imports nothing."
                )
            )
        ]
    )
    notes.column_dimensions["A"].width = 22
    notes.column_dimensions["B"].width = 10
    notes.column_dimensions["C"].width = 70
    buffer = io.BytesIO()
    workbook.save(buffer)
    return buffer.getvalue()


def template_file_name(kind: str, language: str = "zh_CN") -> str:
    zh_title, en_title = KIND_TITLES[kind]
    return (
        f"{zh_title}导入模板.xlsx"
        if language.startswith("zh")
        else f"{en_title.lower().replace(' ', '-')}-template.xlsx"
    )


def kind_title(kind: str) -> str:
    return _(KIND_TITLES[kind][1])


def columns_of(kind: str) -> Sequence[Column]:
    return COLUMNS[kind]
