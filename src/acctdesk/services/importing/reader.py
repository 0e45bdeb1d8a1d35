"""One entry point for every bank file: detect its format by content and read it into lines."""

from __future__ import annotations

import gc
import hashlib
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from acctdesk.model.money import MoneyError, normalise_currency
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.importing.camt import read_camt
from acctdesk.services.importing.detect import sniff_format
from acctdesk.services.importing.keys import LineDraft, finish_lines
from acctdesk.services.importing.model import ColumnMapping, ReadResult
from acctdesk.services.importing.mt940 import read_mt940
from acctdesk.services.importing.ofx import read_ofx
from acctdesk.services.importing.tabular import read_tabular
from acctdesk.services.importing.values import CURRENCY_NAMES

_STRUCTURED = {"mt940": read_mt940, "camt053": read_camt, "ofx": read_ofx}


def read_bank_file(
    path: str | Path, *, mapping: ColumnMapping | None = None, currency: str | None = None
) -> ReadResult:
    """Read a bank or payment export into normalised lines, collecting every row error.

    `mapping` is a saved column mapping for CSV and spreadsheet files (None: suggest one from
    the header row); `currency` is the bank account's currency, used where the file does not
    say. Rows that cannot be read become `errors` and the rest are still read; only a file
    that cannot be read at all raises ValidationError, with a message naming the file.
    """
    with cyclic_gc_paused():
        read, drafts = _read(Path(path), mapping, currency)
        read.lines.extend(finish_lines(drafts))
        return read


def read_bank_drafts(
    path: str | Path, *, mapping: ColumnMapping | None = None, currency: str | None = None
) -> tuple[ReadResult, list[LineDraft]]:
    """read_bank_file without keying the lines: its `lines` are left empty and the drafts come
    beside it, to be keyed one by one with `iter_finished_lines` (as import_bank_file does,
    writing the first lines while it keys the later ones). The same errors and warnings."""
    with cyclic_gc_paused():
        return _read(Path(path), mapping, currency)


@contextmanager
def cyclic_gc_paused() -> Iterator[None]:
    """Python's cycle collector off while a file is read (and imported): reading makes objects
    by the million (cells, lines, keys), none of them in a cycle, and every 700 of them the
    collector would walk the young ones again: about a tenth of the time of a large file."""
    if not gc.isenabled():
        yield
        return
    gc.disable()
    try:
        yield
    finally:
        gc.enable()


def file_bytes(path: Path) -> bytes:
    """A file's bytes, or a ValidationError naming it when it cannot be read or holds nothing."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ValidationError(
            _("{name}: the file cannot be opened: {reason}").format(name=path.name, reason=exc.strerror)
        ) from None
    if not data.strip():
        raise ValidationError(_("{name}: the file is empty").format(name=path.name))
    return data


def _read(
    path: Path, mapping: ColumnMapping | None, currency: str | None
) -> tuple[ReadResult, list[LineDraft]]:
    name = path.name
    data = file_bytes(path)
    if currency:
        currency = _checked_currency(currency)
    file_format = sniff_format(data, name)
    if file_format in _STRUCTURED:
        read = _STRUCTURED[file_format](data, name, currency)
        encoding, header_row, used_mapping = read.encoding, None, None
        if mapping is not None:
            read.warnings.append(_("a column mapping applies only to CSV files and sheets; it was not used"))
    else:
        read = read_tabular(data, file_format, name, mapping, currency)
        encoding, header_row, used_mapping = read.encoding, read.header_row, read.mapping
    drafts = read.drafts
    if file_format in _STRUCTURED and read.errors and not drafts:
        more = len(read.errors) - 1
        first = str(read.errors[0])
        if more:
            first = _("{problem} (and {count} more problems)").format(problem=first, count=more)
        raise ValidationError(first)
    return ReadResult(
        path=path,
        format=file_format,
        encoding=encoding,
        header_row=header_row,
        mapping=used_mapping,
        lines=[],
        errors=read.errors,
        warnings=read.warnings,
        file_sha256=hashlib.sha256(data).hexdigest(),
        file_size=len(data),
    ), drafts


def _checked_currency(currency: str) -> str:
    code = CURRENCY_NAMES.get(currency.strip(), currency)
    try:
        return normalise_currency(code)
    except MoneyError as problem:
        raise ValidationError(str(problem), field="currency") from None
