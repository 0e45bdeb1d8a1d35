"""Reading OFX / QFX statements: OFX 1.x (SGML, unclosed tags) and 2.x (XML), bank and card.

ofxtools reads the header and turns the SGML into an element tree, then checks the whole file
against the OFX specification. Many real exports break a rule that does not matter to us (a
bank id one digit too long, empty tags, private tags); such a file is still read, from the
element tree, with a warning. Dates are taken as written (the local date), not shifted to UTC.
"""

from __future__ import annotations

import io
import re
import warnings as py_warnings
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal

from ofxtools.header import OFXHeaderError
from ofxtools.Parser import OFXTree

from acctdesk.model.money import MoneyError, parse_amount
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import N_, _
from acctdesk.services.importing.keys import LineDraft, clean_reference, clean_text
from acctdesk.services.importing.model import RowError
from acctdesk.services.importing.values import ValueProblem, currency_code, parse_decimal

_OFX_DATE = re.compile(r"^(\d{4})(\d{2})(\d{2})")


@dataclass
class OfxRead:
    encoding: str | None
    drafts: list[LineDraft] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _EntryProblem(ValueError):
    pass


def read_ofx(data: bytes, name: str, currency: str | None) -> OfxRead:
    body = data.lstrip(b"\xef\xbb\xbf\r\n\t ")
    if not re.match(rb"(<\?xml[^>]*>\s*)?(OFXHEADER|<\?OFX)", body):
        raise ValidationError(_("{name}: not an OFX file: no OFX header").format(name=name))
    tree = OFXTree()
    with py_warnings.catch_warnings():
        py_warnings.simplefilter("ignore")
        try:
            tree.parse(io.BytesIO(body))
        except OFXHeaderError as exc:
            raise ValidationError(
                _("{name}: not an OFX file: the OFX header is malformed").format(name=name)
            ) from exc
        except Exception as exc:  # ofxtools' SGML tokenizer raises several types
            raise ValidationError(
                _("{name}: the OFX file cannot be read: {reason}").format(name=name, reason=exc)
            ) from None
        result = OfxRead(encoding=_encoding(tree, body))
        try:
            tree.convert()
        except Exception as exc:  # a rule of the OFX specification is broken; read leniently
            result.warnings.append(
                _(
                    "the file does not quite follow the OFX specification ({reason}); it was read anyway"
                ).format(reason=exc)
            )
    root = tree.getroot()
    statements = [] if root is None else [*root.iter("STMTRS"), *root.iter("CCSTMTRS")]
    if not statements:
        raise ValidationError(_("{name}: the OFX file holds no bank or card statement").format(name=name))
    entry_number = 0
    for statement in statements:
        statement_currency = clean_text(statement.findtext("CURDEF")) or currency
        account = clean_text(
            statement.findtext("BANKACCTFROM/ACCTID") or statement.findtext("CCACCTFROM/ACCTID")
        )
        for transaction in statement.iter("STMTTRN"):
            entry_number += 1
            try:
                result.drafts.append(_line(transaction, entry_number, account, statement_currency))
            except _EntryProblem as problem:
                result.errors.append(RowError(name, entry_number, None, str(problem), "entry"))
    return result


def _encoding(tree: OFXTree, body: bytes) -> str | None:
    """The encoding the file declares: CHARSET in an OFX 1.x header, the XML prolog in 2.x."""
    prolog = re.match(rb"<\?xml[^>]*encoding=[\"']([\w.-]+)", body)
    if prolog:
        return prolog.group(1).decode("ascii").lower()
    header = getattr(tree, "header", None)
    charset = str(getattr(header, "charset", "") or "")
    if charset.upper() in ("1252", "CP1252"):
        return "cp1252"
    if charset.upper() in ("UTF-8", "UTF8"):
        return "utf-8"
    return "ascii" if str(getattr(header, "encoding", "")).upper() == "USASCII" else None


def _date(text: str | None, tag: str) -> date | None:
    value = clean_text(text)
    if not value:
        return None
    match = _OFX_DATE.match(value)
    try:
        if not match:
            raise ValueError
        return date(int(match.group(1)), int(match.group(2)), int(match.group(3)))
    except ValueError:
        raise _EntryProblem(_("{tag} '{text}' is not a date").format(tag=tag, text=value)) from None


def _line(transaction, entry_number: int, account: str, statement_currency: str | None) -> LineDraft:
    booking = _date(transaction.findtext("DTPOSTED"), "DTPOSTED")
    if booking is None:
        raise _EntryProblem(_("no DTPOSTED date"))
    value_tag = "DTAVAIL" if transaction.findtext("DTAVAIL") else "VALUEDATE"
    value_date = _date(transaction.findtext(value_tag), value_tag)
    code_text = clean_text(transaction.findtext("CURRENCY/CURSYM")) or statement_currency
    if not code_text:
        raise _EntryProblem(_("no currency: CURDEF is empty and none was chosen for the file"))
    try:
        code = currency_code(code_text) or ""
        amount_text = clean_text(transaction.findtext("TRNAMT"))
        if not re.fullmatch(r"[+-]?(\d+([.,]\d*)?|[.,]\d+)", amount_text):
            raise ValueProblem(N_("TRNAMT '{text}' is not an amount"), text=amount_text)
        mark = "," if "," in amount_text else "."
        value, _note = parse_decimal(amount_text, mark)
        amount = parse_amount(value, code)
    except (ValueProblem, MoneyError) as problem:
        raise _EntryProblem(str(problem)) from None
    balance = None
    balance_text = clean_text(transaction.findtext("ACCTBAL"))
    if balance_text:
        try:
            balance, _note = parse_decimal(balance_text, ".")
        except ValueProblem:
            balance = None
    name = clean_text(transaction.findtext("NAME") or transaction.findtext("PAYEE/NAME"))
    counterparty_account = clean_text(
        transaction.findtext("BANKACCTTO/ACCTID") or transaction.findtext("CCACCTTO/ACCTID")
    )
    memo = clean_text(transaction.findtext("MEMO"))
    check = clean_reference(transaction.findtext("CHECKNUM"))
    if check:
        memo = f"{memo} check {check}".strip()
    return LineDraft(
        source_row=entry_number,
        booking_date=booking,
        value_date=value_date,
        amount=amount,
        currency=code,
        counterparty_name=name,
        counterparty_account=counterparty_account,
        memo=memo,
        reference=clean_reference(transaction.findtext("FITID")),
        balance=balance if balance is None else Decimal(balance),
        account=account,
    )
