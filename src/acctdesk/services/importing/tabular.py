"""Reading CSV files and workbooks (.xlsx, old .xls) of bank and payment exports into bank lines.

Chinese online-banking exports and Alipay/WeChat/JD bills put title and summary rows above
the header, pad cells with spaces and TABs, write income and expense in separate columns or
an unsigned amount beside a 收/支 column, and end with totals. The reader finds the header,
maps its columns (or uses a saved mapping), and reads every row it can, collecting a RowError
for each row it cannot; rows that are not cash movements are skipped with a warning.
"""

from __future__ import annotations

import io
import re
import threading
import zipfile
from dataclasses import dataclass, field, replace
from datetime import date, datetime
from decimal import Decimal, InvalidOperation

from python_calamine import CalamineWorkbook, SheetTypeEnum

from acctdesk.model.money import MoneyError, minor_digits, parse_amount
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import N_, _
from acctdesk.services.importing.detect import (
    Row,
    decode,
    detect_encoding,
    find_header,
    normalise_newlines,
    sniff_csv,
)
from acctdesk.services.importing.keys import LineDraft
from acctdesk.services.importing.mapping import (
    COMBINED_COUNTERPARTY,
    header_key,
    header_names,
    recognised_fields,
    suggest_mapping,
)
from acctdesk.services.importing.model import ColumnMapping, RowError, normalise_header
from acctdesk.services.importing.values import (
    PENDING_WORDS,
    ValueProblem,
    clean_cell,
    currency_code,
    currency_in_amount,
    detect_date_order,
    direction_sign,
    guess_decimal_mark,
    is_blank,
    looks_like_direction,
    parse_date,
    parse_decimal,
)

_TOTAL_WORDS = {
    "total",
    "totals",
    "subtotal",
    "turnover",
    "opening balance",
    "closing balance",
    "balance at start of period",
    "balance at end of period",
    "begin balance",
    "end balance",
    "beginsaldo",
    "eindsaldo",
    "anfangssaldo",
    "endsaldo",
    "期初余额",
    "期末余额",
}
_TOTAL_SUFFIXES = ("合计", "总计", "小计")
_SKIP_STATUS = ("关闭", "失败", "撤销", "已取消", "cancelled", "canceled", "failed", "rejected")
_ACCOUNT_LABELS = re.compile(
    r"^\s*(卡号|账号|帐号|账户|支付宝账户|京东账号名|account number|account no\.?|account|iban"
    r"|account details for)\s*[:：]\s*(.+?)\s*$",
    re.I,
)
_ACCOUNT_LABEL_CELLS = {"卡号", "账号", "帐号", "account number", "account no", "iban", "account details for"}
_SUMMARY_COUNT = re.compile(r"共\s*[:：]?\s*(\d+)\s*笔")
_TRAILING_ACCOUNT = re.compile(r"^(.*?[^\d\s])?\s*(\d{6,})$")
_CJK = re.compile(r"[\u4e00-\u9fff]")
# Every total word and suffix above holds one of these (casefolded); a row holding none of them
# is not searched cell by cell (tests/unit/test_import_values.py checks the words).
TOTAL_KEYS = ("计", "余额", "total", "turnover", "balance", "saldo")
_TOTAL_HINT = re.compile("|".join(TOTAL_KEYS))
_QUOTE = re.compile('"')
# What parse_decimal reads at once with a decimal point (values._SIMPLE_POINT).
_PLAIN_NUMBER = re.compile(r"[+-]?[0-9]+(?:\.[0-9]+)?")
_TENS = tuple(10**n for n in range(10))
# The characters that hold a comma once NFKC-normalised, as amounts are before their decimal mark
# is guessed (tests/unit/test_import_fast_path.py checks the list).
_COMMA_LIKE = re.compile("[,\ufe10\ufe50\uff0c\U0001f101-\U0001f10a]")


def _memo_of_two(first: int, second: int):
    """_SheetReader._memo for a mapping with two memo columns, written out."""

    def memo(cells: list[str]) -> str:
        one, two = cells[first], cells[second]
        # is_blank's first look, written out: most cells start with neither a dash nor a space
        if not one or ((one[0] in "-—–/" or one[0].isspace()) and is_blank(one)):
            return "" if is_blank(two) else two
        if two == one or not two or ((two[0] in "-—–/" or two[0].isspace()) and is_blank(two)):
            return one
        return f"{one} {two}"

    return memo


def _rows_matching(text: str, pattern: re.Pattern[str]) -> set[int]:
    """Indexes of the rows of `text` (rows joined by \\x1e, which casefold keeps) that `pattern`
    finds something in."""
    found: set[int] = set()
    row = position = 0
    for match in pattern.finditer(text):
        row += text.count("\x1e", position, match.start())
        position = match.start()
        found.add(row)
    return found


@dataclass
class TabularRead:
    """What the tabular reader found, before keys are given to the lines."""

    encoding: str | None
    header_row: int
    mapping: ColumnMapping
    drafts: list[LineDraft] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


def read_tabular(
    data: bytes, file_format: str, name: str, mapping: ColumnMapping | None, currency: str | None
) -> TabularRead:
    score = _fits(mapping) if mapping else recognised_fields
    if file_format == "csv":
        encoding = detect_encoding(data)
        text = normalise_newlines(decode(data, encoding))
        _delimiter, rows, header_index = sniff_csv(text, score)
        rows = [(number, [clean_cell(c) for c in cells]) for number, cells in rows]
        notes: list[str] = []
    else:
        encoding = None
        rows, header_index, notes = _workbook_rows(data, name, score, file_format)
    if header_index is None:
        if mapping:
            missing = ", ".join(mapping.columns())
            raise ValidationError(
                _(
                    "{name}: the saved column mapping does not fit this file: "
                    "no row has all of the columns {columns}"
                ).format(name=name, columns=missing)
            )
        raise ValidationError(
            _(
                "{name}: no header row found: expected columns such as a date (交易日期, Date) "
                "and an amount (金额, 收入/支出, Amount, Debit/Credit)"
            ).format(name=name)
        )
    result = _SheetReader(name, rows, header_index, mapping, currency).read()
    result.encoding = encoding
    result.warnings[:0] = notes
    return result


def _fits(mapping: ColumnMapping):
    wanted = {normalise_header(c) for c in mapping.columns()}

    def score(cells: list[str]) -> int:
        present = {normalise_header(c) for c in header_names([clean_cell(c) for c in cells])}
        return len(wanted) if wanted and wanted <= present else 0

    return score


def cell_text(value: object) -> str:
    """A workbook cell as text, written as pandas' read_excel(dtype=str) writes it (so that line
    keys stay what they were): whole numbers without ".0", dates with their time."""
    if isinstance(value, str):
        return value
    if isinstance(value, float):
        return str(int(value)) if value.is_integer() else str(value)
    if isinstance(value, date) and not isinstance(value, datetime):
        return f"{value.isoformat()} 00:00:00"
    return str(value)


def _check_archive(data: bytes, name: str) -> None:
    """An .xlsx is a zip archive: refuse a damaged one (cut short, bytes changed) before calamine
    reads it, which can stop with a panic message on the console on such files."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            damaged = archive.testzip()
            names = set(archive.namelist())
    except Exception as exc:  # zipfile and zlib raise many kinds of errors on damaged data
        raise ValidationError(
            _("{name}: the workbook is damaged and cannot be opened: {reason}").format(
                name=name, reason=_first_line(exc)
            )
        ) from None
    if damaged is not None:
        raise ValidationError(
            _("{name}: the workbook is damaged and cannot be opened: its part {part} is corrupt").format(
                name=name, part=damaged
            )
        )
    if "xl/workbook.xml" not in names and "xl/workbook.bin" not in names:
        raise ValidationError(_("{name}: a zip archive, not an Excel workbook").format(name=name))


def worksheets(data: bytes, name: str, file_format: str):
    """(sheet name, rows of cell values) of each worksheet, read by calamine.

    An .xlsx archive is checked (_check_archive) on a thread of its own while calamine parses the
    first sheet: both let go of Python's lock, so on two cores the check costs nothing; a damaged
    archive is reported by the check whatever calamine made of it."""
    check = _ArchiveCheck(data, name) if file_format == "xlsx" else None
    try:
        book = CalamineWorkbook.from_filelike(io.BytesIO(data))
        names = [s.name for s in book.sheets_metadata if s.typ == SheetTypeEnum.WorkSheet]
        for sheet_name in names:
            values = book.get_sheet_by_name(sheet_name).to_python(skip_empty_area=False)
            if check is not None:
                check, pending = None, check
                pending.result()
            yield sheet_name, values
    except (KeyboardInterrupt, SystemExit, GeneratorExit, ValidationError):
        raise
    except BaseException as exc:
        # calamine reports a damaged workbook with many exception types, and with a Rust panic
        # (pyo3's PanicException, a BaseException)
        if check is not None:
            check.result()  # the archive's own damage first, when that is what calamine met
        raise ValidationError(
            _("{name}: the workbook cannot be opened: {reason}").format(name=name, reason=_first_line(exc))
        ) from None
    if check is not None:  # a workbook without worksheets
        check.result()


class _ArchiveCheck:
    """_check_archive on a thread; `result()` waits for it and raises what it found."""

    def __init__(self, data: bytes, name: str) -> None:
        self.problem: ValidationError | None = None
        self.thread = threading.Thread(target=self._run, args=(data, name), daemon=True)
        self.thread.start()

    def _run(self, data: bytes, name: str) -> None:
        try:
            _check_archive(data, name)
        except ValidationError as problem:
            self.problem = problem

    def result(self) -> None:
        self.thread.join()
        if self.problem is not None:
            raise self.problem


def _first_line(problem: BaseException) -> str:
    text = str(problem).strip().splitlines()
    return text[0] if text else type(problem).__name__


def _workbook_rows(
    data: bytes, name: str, score, file_format: str
) -> tuple[list[Row], int | None, list[str]]:
    """Rows of the first sheet that has a header row; other sheets are named in a warning."""
    chosen: tuple[str, list[Row], int] | None = None
    others = []
    for sheet_name, values in worksheets(data, name, file_format):
        rows = []
        for number, row in enumerate(values, start=1):
            # clean_cell, written out: this runs for every cell of a large workbook (a number's
            # text has nothing to clean)
            cells = [
                v.replace("\u00a0", " ").replace("\u3000", " ").strip()
                if v.__class__ is str
                else (str(int(v)) if v.is_integer() else str(v))  # cell_text of a float
                if v.__class__ is float
                else clean_cell(cell_text(v))
                for v in row
            ]
            if any(cells):
                rows.append((number, cells))
        if chosen is None:
            index = find_header(rows, score)
            if index is not None:
                chosen = (str(sheet_name), rows, index)
                continue
        if rows:
            others.append(str(sheet_name))
    if chosen is None:
        return [], None, []
    notes = []
    if others:
        not_read = ", ".join(f"'{s}'" for s in others)
        notes.append(_("read sheet '{sheet}'; not read: {others}").format(sheet=chosen[0], others=not_read))
    return chosen[1], chosen[2], notes


def _rows_text(numbers: list[int]) -> str:
    shown = ", ".join(str(n) for n in numbers[:20])
    if len(numbers) > 20:
        return _("rows {numbers} and {count} more").format(numbers=shown, count=len(numbers) - 20)
    if len(numbers) > 1:
        return _("rows {numbers}").format(numbers=shown)
    return _("row {number}").format(number=shown)


class _SheetReader:
    """Reads the rows below one header row with one mapping."""

    def __init__(
        self,
        name: str,
        rows: list[Row],
        header_index: int,
        mapping: ColumnMapping | None,
        currency: str | None,
    ) -> None:
        self.name = name
        self.header_row, header_cells = rows[header_index]
        self.preamble = rows[:header_index]
        self.rows = rows[header_index + 1 :]
        self.names = header_names([clean_cell(c) for c in header_cells])
        # Every row gets the header's width plus one empty cell at the end, so that a column
        # the row lacks and a field the mapping leaves out (index -1) both read as "".
        width = len(self.names)
        for _number, cells in self.rows:  # the rows are this reader's own lists
            if len(cells) < width:
                cells.extend([""] * (width - len(cells)))
            cells.append("")
        self.index: dict[str, int] = {}
        self.columns: dict[str, int | None] = {}
        for i, header in enumerate(self.names):
            self.index.setdefault(normalise_header(header), i)
        self.errors: list[RowError] = []
        self.warnings: list[str] = []
        self._columns_read: dict[int, list[str]] = {}  # see _values
        self.mapping = self._refine(mapping or suggest_mapping(self.names), given=bool(mapping))
        self.currency_param = currency
        self._bind_columns()
        self._dates: dict[str, date | str] = {}  # cell text: its date, or what is wrong with it
        self._currencies: dict[str, str | ValueProblem | None] = {}
        # each distinct date once: the verdict is the same (every value, or some value)
        self.date_order, ambiguous = detect_date_order(
            dict.fromkeys(self._values(self.mapping.date, self.mapping.value_date)), self.mapping.date_format
        )
        if ambiguous:
            example = next(v for v in self._values(self.mapping.date) if re.match(r"\d", v))
            self.warnings.append(
                _(
                    "dates such as '{example}' can be read day-first or month-first; they were read "
                    "day-first; set the date format of the column mapping if that is wrong"
                ).format(example=example)
            )

    # ----------------------------------------------------------------------- columns

    def _col(self, header: str | None) -> int | None:
        if not header:
            return None
        if header not in self.columns:
            self.columns[header] = self.index.get(normalise_header(header))
        return self.columns[header]

    def _at(self, header: str | None) -> int:
        col = self._col(header)
        return -1 if col is None else col

    def _bind_columns(self) -> None:
        """The position of each field's column (-1: none), looked up once for all rows."""
        m = self.mapping
        self.at_date = self._at(m.date)
        self.at_value_date = self._at(m.value_date)
        self.at_amount = self._at(m.amount)
        self.at_credit = self._at(m.credit)
        self.at_debit = self._at(m.debit)
        self.at_direction = self._at(m.direction)
        self.at_currency = self._at(m.currency)
        self.at_name = self._at(m.counterparty_name)
        self.at_counter_account = self._at(m.counterparty_account)
        self.at_reference = self._at(m.reference)
        self.at_balance = self._at(m.balance)
        self.at_account = self._at(m.account)
        self.at_status = self._at(m.status)
        self.at_memo = [self._at(header) for header in m.memo]
        self.combined_counterparty = bool(
            m.counterparty_name and normalise_header(m.counterparty_name) in COMBINED_COUNTERPARTY
        )

    def _values(self, *headers: str | None) -> list[str]:
        """The (clean) cells of some columns, below the header (each column's read once: the
        amount columns are looked at for the decimal mark and again for the currency)."""
        values = []
        for header in headers:
            col = self._col(header)
            if col is not None:
                column = self._columns_read.get(col)
                if column is None:  # the rows are padded to the header's width
                    column = self._columns_read[col] = [cells[col] for _, cells in self.rows]
                values.extend(column)
        return values

    def _refine(self, mapping: ColumnMapping, given: bool) -> ColumnMapping:
        missing = [c for c in mapping.columns() if self._col(c) is None]
        if missing:
            raise ValidationError(
                _("{name}: the column mapping names columns this file does not have: {columns}").format(
                    name=self.name, columns=", ".join(missing)
                )
            )
        if not mapping.date:
            raise ValidationError(_("{name}: the column mapping has no date column").format(name=self.name))
        if not (mapping.amount or mapping.credit or mapping.debit):
            raise ValidationError(_("{name}: the column mapping has no amount column").format(name=self.name))
        mapping = replace(mapping, headers=tuple(self.names))
        if given:
            return mapping
        amounts = self._values(mapping.amount, mapping.credit, mapping.debit, mapping.balance)
        # guess_decimal_mark weighs the amounts written with a decimal comma against those with a
        # point: when none holds a comma at all, the point wins (one look at them all)
        comma = _COMMA_LIKE.search("\x1f".join(amounts))
        mapping = replace(mapping, decimal=guess_decimal_mark(amounts) if comma else ".")
        if mapping.amount and not mapping.direction:
            mapping = self._find_flag_column(mapping)
        return mapping

    def _find_flag_column(self, mapping: ColumnMapping) -> ColumnMapping:
        """A header-less column holding only Dr/Cr flags is a direction column (card statements)."""
        for i, header in enumerate(self.names):
            if not header.startswith("#"):
                continue
            values = [v for v in self._values(header) if v]
            if values and all(looks_like_direction(v) for v in values):
                signs = {direction_sign(v) for v in values}
                blank = {frozenset({1}): "out", frozenset({-1}): "in"}.get(frozenset(signs))
                return replace(mapping, direction=self.names[i], direction_blank=blank)
        return mapping

    # -------------------------------------------------------------------------- rows

    def read(self) -> TabularRead:
        result = TabularRead(encoding=None, header_row=self.header_row, mapping=self.mapping)
        self.default_currency = self._default_currency()
        self.preamble_account = self._preamble_account()
        skipped: dict[str, list[int]] = {
            "neutral": [],
            "status": [],
            "pending": [],
            "total": [],
            "other": [],
        }
        self.masked_balances: list[str] = []
        transaction_rows = 0
        previous_was_line = False
        quoted, hinted = self._marked_rows()
        quick = self._quick_reader()
        at_date = self.at_date
        # No direction or status column: a row whose date cell starts with a digit is no
        # pending item, and nothing else skips it (what _skip_reason would say).
        never_skipped = self.at_direction < 0 and self.at_status < 0
        for index, (number, cells) in enumerate(self.rows):
            hint = index in hinted
            if index in quoted:
                cells = [self._unquote(number, c) for c in cells]
                hint = bool(_TOTAL_HINT.search("\x1f".join(cells).casefold()))
            when = cells[at_date]
            if not hint and when[:1].isdigit():  # what _classify says of it, at once
                if never_skipped:
                    transaction_rows += 1
                    previous_was_line = False
                    draft = quick(number, cells) if quick is not None else None
                    if draft is None:
                        draft = self._read_row(number, cells)
                    if draft is not None:
                        result.drafts.append(draft)
                        previous_was_line = True
                    continue
                kind = "row"
            else:
                kind = self._classify(cells, hint)
            if kind == "continuation" and previous_was_line:
                extra = self._memo(cells)
                result.drafts[-1].memo = f"{result.drafts[-1].memo} {extra}".strip()
                continue
            previous_was_line = False
            if kind in ("total", "other", "continuation"):
                skipped["other" if kind == "continuation" else kind].append(number)
                continue
            transaction_rows += 1
            skip = self._skip_reason(cells)
            if skip:
                skipped[skip].append(number)
                continue
            draft = quick(number, cells) if quick is not None else None
            if draft is None:
                draft = self._read_row(number, cells)
            if draft is not None:
                result.drafts.append(draft)
                previous_was_line = True
        self._summarise(skipped, transaction_rows)
        result.errors = self.errors
        result.warnings = self.warnings
        return result

    def _get(self, cells: list[str], header: str | None) -> str:
        return cells[self._at(header)]

    def _marked_rows(self) -> tuple[set[int], set[int]]:
        """The rows (indexes in self.rows) holding a '"', and those holding a hint of a total
        (see TOTAL_KEYS), found in the text of the whole sheet at once rather than row by row."""
        text = "\x1e".join(["\x1f".join(cells) for _, cells in self.rows])
        quoted = _rows_matching(text, _QUOTE) if '"' in text else set()
        return quoted, _rows_matching(text.casefold(), _TOTAL_HINT)

    def _classify(self, cells: list[str], hinted: bool) -> str:
        """'row' (a transaction), 'total', 'continuation' (more description for the row above)
        or 'other' (a footer or note that is not a transaction). `hinted`: the row holds one of
        TOTAL_KEYS (casefolded)."""
        if hinted and any(_is_total_cell(c) for c in cells):
            return "total"
        if not (
            is_blank(cells[self.at_date])
            and is_blank(cells[self.at_amount])
            and is_blank(cells[self.at_credit])
            and is_blank(cells[self.at_debit])
        ):
            return "row"
        return "continuation" if self._memo(cells) else "other"

    def _skip_reason(self, cells: list[str]) -> str | None:
        when = cells[self.at_date]
        if not when[:1].isdigit() and when.casefold() in PENDING_WORDS:
            return "pending"
        if self.at_direction >= 0:
            try:
                if direction_sign(cells[self.at_direction]) == 0:
                    return "neutral"
            except ValueProblem:
                pass  # reported with the row
        status = cells[self.at_status]
        if status and any(word in status.casefold() for word in _SKIP_STATUS):
            return "status"
        return None

    def _error(self, number: int, column: str | None, reason: str) -> None:
        self.errors.append(RowError(self.name, number, column, reason))

    def _read_row(self, number: int, cells: list[str]) -> LineDraft | None:
        m = self.mapping
        errors_before = len(self.errors)
        booking_date = value_date = None
        booking_date = self._date(number, cells[self.at_date], m.date)
        if not is_blank(cells[self.at_value_date]):
            value_date = self._date(number, cells[self.at_value_date], m.value_date)
        amount = self._amount(number, cells)
        currency = self._currency(number, cells)
        if amount is not None and currency:
            try:
                amount = in_currency(amount, currency)
            except MoneyError as problem:
                self._error(number, m.amount or m.credit or m.debit, str(problem))
        if len(self.errors) > errors_before or booking_date is None or amount is None:
            return None
        name, account = self._counterparty(cells)
        return LineDraft(
            number,
            booking_date,
            value_date,
            amount,
            currency or "",
            name,
            account,
            self._memo(cells),
            cells[self.at_reference],
            self._balance(cells, currency),
            cells[self.at_account] or self.preamble_account,
        )

    def _quick_reader(self):
        """A reader of the rows written the usual way, for large files: dates seen before in the
        file, plain numbers ("1234.56", "-80", or nothing) for amounts, a currency cell seen
        before, no direction column. It gives the draft _read_row gives, or None (having noted
        nothing) to leave the row to _read_row. None when the mapping is not of that kind.

        Most amounts have no more decimals than their currency and fewer than 16 digits before the
        point: their minor units are read from the text at once, and the amount is made from
        those, as in_currency would give it; the draft keeps them (LineDraft.minor_units) for
        import_bank_file. Any other amount is read as before (`general`)."""
        m = self.mapping
        if m.decimal != "." or m.direction:
            return None
        dates, currencies = self._dates, self._currencies
        at_date, at_value_date = self.at_date, self.at_value_date
        at_amount, at_credit, at_debit = self.at_amount, self.at_credit, self.at_debit
        at_currency, at_reference, at_account = self.at_currency, self.at_reference, self.at_account
        at_balance, at_name, at_counter_account = self.at_balance, self.at_name, self.at_counter_account
        single = bool(m.amount)
        plain = _PLAIN_NUMBER.fullmatch
        zero = Decimal(0)
        default_currency, counterparty, memo = self.default_currency, self._counterparty, self._memo
        combined = self.combined_counterparty
        if len(self.at_memo) == 2:
            memo = _memo_of_two(*self.at_memo)
        balance, preamble_account = self._balance, self.preamble_account
        scales: dict[str, tuple[int, int, Decimal] | None] = {}  # currency: _scale_of(currency)

        def number_in(text: str) -> Decimal | bool | None:
            """parse_decimal's reading of a plain number (None: empty); False: not plain."""
            if not text:
                return None
            if plain(text) is None:
                return False
            value = Decimal(text.lstrip("+-"))
            return -value if value and text[0] == "-" else value

        def minor_in(text: str, places: int) -> int | bool | None:
            """number_in's reading in minor units, for a plain number with at most `places`
            decimals and at most 15 digits before the point (None: empty); False: any other text.
            (_PLAIN_NUMBER's test, written out: ASCII digits, a sign, one point between digits.)"""
            if not text:
                return None
            whole, point, fraction = text.partition(".")
            sign = whole[:1]
            if sign == "-" or sign == "+":
                whole = whole[1:]
            if not (whole.isdigit() and whole.isascii() and len(whole) <= 15):
                return False
            if point:
                if len(fraction) > places or not (fraction.isdigit() and fraction.isascii()):
                    return False
                minor = int(whole + fraction) * _TENS[places - len(fraction)]
            else:
                minor = int(whole) * _TENS[places]
            return -minor if sign == "-" else minor

        def held_in(cells: list[str], currency: str) -> Decimal | None:
            """The balance, as _balance reads it."""
            held = number_in(cells[at_balance])
            if held is False:
                return balance(cells, currency)  # what _balance says of anything else
            if held is not None:
                try:
                    return in_currency(held, currency)
                except MoneyError:
                    pass  # _balance keeps it as it is
            return held

        def general(number: int, cells: list[str]) -> LineDraft | None:
            """The quick reading of a row with amounts in Decimal (and in_currency)."""
            booking_date = dates.get(cells[at_date])
            if booking_date is None or booking_date.__class__ is str:
                return None
            value_date = None
            text = cells[at_value_date]
            if text:
                value_date = dates.get(text)
                if value_date is None or value_date.__class__ is str:
                    return None
            if single:
                amount = number_in(cells[at_amount])
                if amount is None or amount is False:
                    return None
            else:
                credit = number_in(cells[at_credit])
                debit = number_in(cells[at_debit])
                if credit is False or debit is False or (credit is None and debit is None):
                    return None
                if credit is not None and credit < 0:
                    return None
                amount = abs(credit or zero) - abs(debit or zero)
            if at_currency >= 0:
                code = currencies.get(cells[at_currency], "")
                if code == "" or isinstance(code, ValueProblem):
                    return None
            else:
                code = None
            currency = code or default_currency
            if not currency:
                return None
            try:
                amount = in_currency(amount, currency)
            except MoneyError:
                return None
            name, account = counterparty(cells)
            return LineDraft(
                number,
                booking_date,
                value_date,
                amount,
                currency,
                name,
                account,
                memo(cells),
                cells[at_reference],
                held_in(cells, currency),
                cells[at_account] or preamble_account,
            )

        def read(number: int, cells: list[str]) -> LineDraft | None:
            booking_date = dates.get(cells[at_date])
            if booking_date is None or booking_date.__class__ is str:
                return None
            value_date = None
            text = cells[at_value_date]
            if text:
                value_date = dates.get(text)
                if value_date is None or value_date.__class__ is str:
                    return None
            if at_currency >= 0:
                code = currencies.get(cells[at_currency], "")
                if code == "" or isinstance(code, ValueProblem):
                    return None
            else:
                code = None
            currency = code or default_currency
            if not currency:
                return None
            scale = scales.get(currency, ())
            if scale == ():
                scale = scales[currency] = _scale_of(currency)
            if scale is None:
                return general(number, cells)
            places, largest, quantum = scale
            if single:
                minor = minor_in(cells[at_amount], places)
                if minor is None or minor is False:
                    return general(number, cells)
            else:
                credit = minor_in(cells[at_credit], places)
                debit = minor_in(cells[at_debit], places)
                if credit is False or debit is False or (credit is None and debit is None):
                    return general(number, cells)
                if credit is not None and credit < 0:
                    return None
                minor = abs(credit or 0) - abs(debit or 0)
                if not -largest < minor < largest:
                    return general(number, cells)
            held_minor = minor_in(cells[at_balance], places)
            if held_minor is False:
                held, held_minor = held_in(cells, currency), None
                read_balance = False  # no balance: import_bank_file works out the minor units itself
            else:
                held = read_balance = None if held_minor is None else Decimal(held_minor) * quantum
            name = cells[at_name]
            account = cells[at_counter_account]
            if combined:
                name, account = counterparty(cells)
            else:  # _counterparty, written out
                if name and is_blank(name):
                    name = ""
                if account and is_blank(account):
                    account = ""
            amount = Decimal(minor) * quantum  # exact: the digits are far fewer than the precision
            draft = LineDraft(
                number,
                booking_date,
                value_date,
                amount,
                currency,
                name,
                account,
                memo(cells),
                cells[at_reference],
                held,
                cells[at_account] or preamble_account,
            )
            draft.minor_units = (amount, minor, read_balance, held_minor)
            return draft

        return read

    def _date(self, number: int, text: str, header: str | None) -> date | None:
        """parse_date, once for each distinct text of the sheet (most days have many lines)."""
        found = self._dates.get(text)
        if found is None:
            try:
                found = parse_date(text, self.date_order)
            except ValueProblem as problem:
                found = str(problem)
            self._dates[text] = found
        if found.__class__ is str:
            self._error(number, header, found)
            return None
        return found

    def _amount(self, number: int, cells: list[str]) -> Decimal | None:
        m = self.mapping
        try:
            if m.amount:
                value = self._number(number, cells[self.at_amount], m.amount)
                if value is None:
                    self._error(number, m.amount, _("no amount"))
                    return None
                if m.direction:
                    sign = self._direction(number, cells)
                    return None if sign is None else abs(value) * sign
                return value
            credit = self._number(number, cells[self.at_credit], m.credit)
            debit = self._number(number, cells[self.at_debit], m.debit)
        except ValueProblem:
            return None
        if credit is None and debit is None:
            self._error(number, m.credit or m.debit, _("no amount in either the credit or the debit column"))
            return None
        if credit is not None and credit < 0:
            self.warnings.append(
                _(
                    "row {number}, column {column}: '{text}' has a minus sign "
                    "in the credit (money in) column; it was read as money in"
                ).format(number=number, column=m.credit, text=self._get(cells, m.credit))
            )
        return abs(credit or Decimal(0)) - abs(debit or Decimal(0))

    def _number(self, number: int, text: str, header: str | None) -> Decimal | None:
        try:
            value, note = parse_decimal(text, self.mapping.decimal)
        except ValueProblem as problem:
            self._error(number, header, str(problem))
            raise
        if note:
            self.warnings.append(
                _(
                    "row {number}, column {column}: read the amount {amount} from '{text}'; "
                    "the note '{note}' was left out"
                ).format(number=number, column=header, amount=value, text=text, note=note)
            )
        return value

    def _direction(self, number: int, cells: list[str]) -> int | None:
        m = self.mapping
        try:
            sign = direction_sign(cells[self.at_direction])
        except ValueProblem as problem:
            self._error(number, m.direction, str(problem))
            return None
        if sign is None:
            if m.direction_blank in ("in", "out"):
                return 1 if m.direction_blank == "in" else -1
            self._error(number, m.direction, _("no direction (收入/支出, 借/贷, Dr/Cr)"))
        return sign

    def _default_currency(self) -> str | None:
        m = self.mapping
        for header in (m.amount, m.credit, m.debit):
            if header and header_key(header)[1]:
                return header_key(header)[1]
        values = self._values(m.amount, m.credit, m.debit)
        if currency_in_amount("\x1f".join(values)):  # one look at them all: most say none
            for value in values:
                if code := currency_in_amount(value):
                    return code
        if self.currency_param:
            return currency_code(self.currency_param)
        if any(_CJK.search(h) for h in self.names):
            return "CNY"
        if not m.currency:
            raise ValidationError(
                _(
                    "{name}: the file does not say which currency its amounts are in; "
                    "choose the bank account's currency"
                ).format(name=self.name)
            )
        return None

    def _currency(self, number: int, cells: list[str]) -> str | None:
        m = self.mapping
        if self.at_currency >= 0:
            text = cells[self.at_currency]
            code = self._currencies.get(text, "")
            if code == "":
                try:
                    code = currency_code(text)
                except ValueProblem as problem:
                    code = problem
                self._currencies[text] = code
            if isinstance(code, ValueProblem):
                self._error(number, m.currency, str(code))
                return None
        else:
            code = None
        code = code or self.default_currency
        if not code:
            self._error(number, m.currency, _("no currency, and none was chosen for the file"))
        return code

    def _balance(self, cells: list[str], currency: str | None) -> Decimal | None:
        text = cells[self.at_balance]
        try:
            value, _note = parse_decimal(text, self.mapping.decimal)
        except ValueProblem:
            self.masked_balances.append(text)
            return None
        if value is not None and currency:
            try:
                return in_currency(value, currency)
            except MoneyError:
                return value
        return value

    def _counterparty(self, cells: list[str]) -> tuple[str, str]:
        name = cells[self.at_name]
        account = cells[self.at_counter_account]
        name = "" if is_blank(name) else name
        account = "" if is_blank(account) else account
        if self.combined_counterparty and not account and (match := _TRAILING_ACCOUNT.match(name)):
            name, account = (match.group(1) or "").strip(), match.group(2)
        return name, account

    def _memo(self, cells: list[str]) -> str:
        parts: list[str] = []
        for at in self.at_memo:
            value = cells[at]
            if not is_blank(value) and value not in parts:
                parts.append(value)
        return " ".join(parts)

    def _unquote(self, number: int, cell: str) -> str:
        """A field that lost its opening (or closing) quote keeps the other one: drop it."""
        if cell.count('"') == 1 and (cell.startswith('"') or cell.endswith('"')):
            fixed = cell.strip('"').strip()
            self.warnings.append(
                _("row {number}: a field has an unmatched quote ({cell}); it was read as {fixed}").format(
                    number=number, cell=cell, fixed=fixed
                )
            )
            return fixed
        return cell

    # ----------------------------------------------------------------- file-level

    def _preamble_account(self) -> str:
        for _number, cells in self.preamble:
            for i, cell in enumerate(cells):
                text = clean_cell(cell)
                if match := _ACCOUNT_LABELS.match(text):
                    return match.group(2).strip().strip("\"'")
                following = clean_cell(cells[i + 1]) if i + 1 < len(cells) else ""
                if text.casefold().rstrip(":：") in _ACCOUNT_LABEL_CELLS and following:
                    return following
        return ""

    def _summarise(self, skipped: dict[str, list[int]], transaction_rows: int) -> None:
        for kind, numbers in skipped.items():
            if numbers:
                self.warnings.append(_(_SKIPPED[kind]).format(rows=_rows_text(numbers)))
        if self.masked_balances:
            self.warnings.append(
                _(
                    "column {column} holds values that are not amounts "
                    "(e.g. '{text}'); those balances were left empty"
                ).format(column=self.mapping.balance, text=self.masked_balances[0])
            )
        for _number, cells in self.preamble:
            for cell in cells:
                if match := _SUMMARY_COUNT.search(clean_cell(cell)):
                    said = int(match.group(1))
                    if said != transaction_rows:
                        self.warnings.append(
                            _(
                                "the file's summary says {said} records but it holds "
                                "{count} transaction rows; the rows were read"
                            ).format(said=said, count=transaction_rows)
                        )
                    return


# The warnings on the rows skipped, by kind ({rows}: "rows 4, 9" as _rows_text writes them).
_SKIPPED = {
    "neutral": N_("{rows} marked 不计收支 or '/' (neither money in nor out) were skipped"),
    "status": N_("{rows} whose status says the payment was closed, failed or cancelled were skipped"),
    "pending": N_("{rows} still pending (not yet booked) were skipped; they come with a later export"),
    "total": N_("{rows} holding totals or balances were skipped"),
    "other": N_("{rows} that are not transactions were skipped"),
}

# Amounts this large are no bank line (and would not fit the book's integer minor units).
LARGEST_AMOUNT = Decimal(10) ** 15


def in_currency(value: Decimal, currency: str) -> Decimal:
    """An amount read from a file, to the currency's decimals; finer amounts are refused, not
    rounded (as `parse_amount` does, which says what is wrong; this is its fast path)."""
    try:
        exact = value.quantize(_QUANTA.get(currency) or _quantum(currency))
    except InvalidOperation:  # not finite, or too many digits: said below
        exact = None
    if exact is not None and exact == value and -LARGEST_AMOUNT < value < LARGEST_AMOUNT:
        return exact
    if value.is_finite() and abs(value) >= LARGEST_AMOUNT:
        raise MoneyError(_("{amount} is too large an amount for a bank line").format(amount=value))
    try:
        return parse_amount(value, currency)
    except InvalidOperation:
        raise MoneyError(_("{amount} is not an amount").format(amount=value)) from None


_QUANTA: dict[str, Decimal] = {}


def _scale_of(currency: str) -> tuple[int, int, Decimal] | None:
    """A currency's decimals, LARGEST_AMOUNT in its minor units and its quantum (the minor unit:
    an amount in minor units times the quantum is the amount as in_currency gives it); None when
    the quick reader does not know the currency's decimals (in_currency then says why)."""
    try:
        places = minor_digits(currency)
    except MoneyError:
        return None
    if places >= len(_TENS):
        return None
    return places, int(LARGEST_AMOUNT) * _TENS[places], Decimal(1).scaleb(-places)


def _quantum(currency: str) -> Decimal:
    if currency not in _QUANTA:
        _QUANTA[currency] = Decimal(1).scaleb(-minor_digits(currency))
    return _QUANTA[currency]


def _is_total_cell(cell: str) -> bool:
    text = cell.strip()
    if not text:
        return False
    return text.casefold() in _TOTAL_WORDS or (text.endswith(_TOTAL_SUFFIXES) and len(text) <= 10)
