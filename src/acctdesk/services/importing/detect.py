"""Working out what a bank file is: its format (by content, not name), text encoding, CSV
delimiter and which row holds the column headers."""

from __future__ import annotations

import csv
import re
from collections.abc import Callable

from charset_normalizer import from_bytes

from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _

_OFX = re.compile(rb"OFXHEADER|<\?OFX|<OFX>", re.I)
_MT940_START = re.compile(rb"(?:^|[\r\n]):20:")
_MT940_BODY = re.compile(rb"[\r\n]:(?:60[FM]|61|62[FM]):")
_LEGACY_ENCODINGS = ["gb18030", "cp1252", "cp1250", "cp852"]

HEADER_SEARCH_ROWS = 80
Row = tuple[int, list[str]]  # (1-based row number in the file, cells)


def sniff_format(data: bytes, name: str) -> str:
    """'xls', 'xlsx', 'ofx', 'camt053', 'mt940' or 'csv', from the bytes; the name only for messages."""
    if data.startswith(b"\xd0\xcf\x11\xe0"):
        return "xls"
    if data.startswith(b"PK\x03\x04"):
        return "xlsx"
    head = data[:8192].lstrip(b"\xef\xbb\xbf\r\n\t ")
    if _OFX.search(head):
        return "ofx"
    lowered = head[:512].lower()
    if lowered.startswith((b"<html", b"<!doctype html", b"<table")):
        raise ValidationError(
            _(
                "{name}: this is a web page saved with a spreadsheet name, not a spreadsheet; "
                "open it in Excel and save it as .xlsx"
            ).format(name=name)
        )
    if head.startswith(b"<"):
        if b"BkToCstmrStmt" in data[:65536] or b"camt.053" in head:
            return "camt053"
        raise ValidationError(
            _("{name}: an XML file that is not a CAMT.053 bank statement").format(name=name)
        )
    if _MT940_START.search(data[:65536]) and _MT940_BODY.search(data):
        return "mt940"
    if b"\x00" in data[:4096] and not data.startswith((b"\xff\xfe", b"\xfe\xff")):
        raise ValidationError(
            _("{name}: not a text file, a spreadsheet or a bank statement format").format(name=name)
        )
    return "csv"


def detect_encoding(data: bytes) -> str:
    """The text encoding of an export: a BOM or strict UTF-8 first, then the legacy code pages
    banks still use (GBK/GB18030, Windows-1252/1250, IBM 852), chosen by charset-normalizer."""
    if data.startswith(b"\xef\xbb\xbf"):
        return "utf-8-sig"
    if data.startswith((b"\xff\xfe", b"\xfe\xff")):
        return "utf-16"
    try:
        data.decode("utf-8")
    except UnicodeDecodeError:
        pass
    else:
        return "utf-8"
    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is not None:
        encoding = _python_name(best.encoding)
        # cp1250 and cp1252 agree on most letters; call it Windows-1252 when the text is the same.
        if encoding == "cp1250" and _same_text(data, "cp1250", "cp1252"):
            return "cp1252"
        return encoding
    for encoding in _LEGACY_ENCODINGS:
        try:
            data.decode(encoding)
        except UnicodeDecodeError:
            continue
        return encoding
    return "latin-1"


def _python_name(encoding: str) -> str:
    return {"gb18030": "gb18030", "gbk": "gb18030", "gb2312": "gb18030"}.get(encoding, encoding)


def _same_text(data: bytes, first: str, second: str) -> bool:
    try:
        return data.decode(first) == data.decode(second)
    except UnicodeDecodeError:
        return False


def decode(data: bytes, encoding: str) -> str:
    text = data.decode(encoding, errors="replace")
    return text.lstrip("\ufeff")


def normalise_newlines(text: str) -> str:
    """CR LF, CR CR LF (seen in Rabobank exports) and lone CR all become LF."""
    return re.sub(r"\r*\n|\r", "\n", text)


def split_csv(text: str, delimiter: str, limit: int | None = None) -> list[Row]:
    """Rows of a CSV text with the line number each starts on; blank lines are kept out."""
    rows: list[Row] = []
    reader = csv.reader(
        text.split("\n") if limit is None else text.split("\n")[:limit],
        delimiter=delimiter,
        quotechar='"',
        strict=False,
    )
    start = 1
    for cells in reader:
        if any(c.strip() for c in cells):
            rows.append((start, cells))
        start = reader.line_num + 1
    return rows


def find_header(rows: list[Row], score: Callable[[list[str]], int]) -> int | None:
    """Index (in `rows`) of the header row: the best-scoring row near the top, the first on a tie."""
    best, best_index = 0, None
    for index, (_number, cells) in enumerate(rows[:HEADER_SEARCH_ROWS]):
        value = score(cells)
        if value > best:
            best, best_index = value, index
    return best_index


def sniff_csv(text: str, score: Callable[[list[str]], int]) -> tuple[str, list[Row], int | None]:
    """(delimiter, rows, header index): the delimiter under which a header row is best recognised;
    without a recognisable header, the one that splits most rows into the same number of cells."""
    candidates = [",", ";", "\t", "|"]
    best: tuple[int, int, str] | None = None
    for delimiter in candidates:
        sample = split_csv(text, delimiter, limit=HEADER_SEARCH_ROWS + 40)
        index = find_header(sample, score)
        header_score = score(sample[index][1]) if index is not None else 0
        widths = [len(cells) for _, cells in sample if len(cells) > 1]
        steady = max((widths.count(w) for w in set(widths)), default=0)
        rank = (header_score, steady, -candidates.index(delimiter))
        if best is None or rank > best:
            best = rank
    delimiter = candidates[-best[2]] if best else ","
    rows = split_csv(text, delimiter)
    return delimiter, rows, find_header(rows, score)
