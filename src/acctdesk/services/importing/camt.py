"""Reading ISO 20022 CAMT.053 bank-to-customer statements (any version: .001.02, .04, .08 …).

Namespaces are dropped after parsing, so one set of paths reads every version. A booked entry
becomes one line, except a batch whose transaction details each carry an amount that adds up
to the entry: then each detail is its own line, because the receipts to match are inside the
batch. Each statement's opening balance plus its entries is checked against its closing balance.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal, InvalidOperation

from lxml import etree

from acctdesk.model.money import MoneyError, parse_amount
from acctdesk.services.errors import ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.importing.keys import LineDraft, clean_reference, clean_text
from acctdesk.services.importing.model import BALANCES_DIFFER, RowError
from acctdesk.services.importing.values import currency_code

_OPENING = ("OPBD", "PRCD")
_CLOSING = ("CLBD",)


@dataclass
class CamtRead:
    encoding: str
    drafts: list[LineDraft] = field(default_factory=list)
    errors: list[RowError] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


class _EntryProblem(ValueError):
    pass


def read_camt(data: bytes, name: str, currency: str | None) -> CamtRead:
    parser = etree.XMLParser(resolve_entities=False, no_network=True, huge_tree=False)
    try:
        root = etree.fromstring(data, parser)
    except etree.XMLSyntaxError as exc:
        raise ValidationError(
            _("{name}: not a readable CAMT.053 file: {reason}").format(name=name, reason=exc)
        ) from None
    for element in root.iter():
        if isinstance(element.tag, str):
            element.tag = etree.QName(element).localname
    statements = root.findall(".//BkToCstmrStmt/Stmt")
    if root.find(".//BkToCstmrStmt") is None:
        raise ValidationError(_("{name}: not a CAMT.053 file: no BkToCstmrStmt element").format(name=name))
    result = CamtRead(encoding=(root.getroottree().docinfo.encoding or "utf-8").lower())
    entry_number = 0
    for statement in statements:
        entry_number = _read_statement(statement, entry_number, name, currency, result)
    return result


def _text(element, path: str) -> str:
    found = element.find(path) if element is not None else None
    return clean_text(found.text) if found is not None and found.text else ""


def _amount(element, currency: str | None) -> tuple[Decimal, str]:
    """(signed amount, currency) of an element holding Amt and CdtDbtInd."""
    amount = element.find("Amt")
    if amount is None or not (amount.text or "").strip():
        raise _EntryProblem(_("no amount"))
    code = amount.get("Ccy") or currency
    if not code:
        raise _EntryProblem(_("no currency"))
    try:
        code = currency_code(code) or ""
        value = parse_amount(Decimal(amount.text.strip()), code)
    except (InvalidOperation, MoneyError, ValueError) as problem:
        raise _EntryProblem(str(problem) or _("'{text}' is not an amount").format(text=amount.text)) from None
    indicator = _text(element, "CdtDbtInd")
    if indicator not in ("CRDT", "DBIT"):
        raise _EntryProblem(_("'{text}' is not CRDT or DBIT").format(text=indicator))
    return (value if indicator == "CRDT" else -value), code


def _date(element, path: str) -> date | None:
    text = _text(element, f"{path}/Dt") or _text(element, f"{path}/DtTm")[:10]
    if not text:
        return None
    try:
        return date.fromisoformat(text[:10])
    except ValueError:
        raise _EntryProblem(_("{text} is not a date").format(text=text)) from None


def _read_statement(statement, entry_number: int, name: str, currency: str | None, result) -> int:
    account = _text(statement, "Acct/Id/IBAN") or _text(statement, "Acct/Id/Othr/Id")
    account_currency = _text(statement, "Acct/Ccy") or currency
    label = _text(statement, "Id") or f"{entry_number + 1}"
    total = Decimal(0)
    total_currency = None
    for entry in statement.findall("Ntry"):
        entry_number += 1
        status = _text(entry, "Sts/Cd") or _text(entry, "Sts")
        if status and status != "BOOK":
            result.warnings.append(
                _("entry {number} is {status}, not booked; it was skipped").format(
                    number=entry_number, status=status
                )
            )
            continue
        try:
            drafts = _entry_lines(entry, entry_number, account, account_currency, result)
        except _EntryProblem as problem:
            result.errors.append(RowError(name, entry_number, None, str(problem), "entry"))
            continue
        result.drafts.extend(drafts)
        total += sum((d.amount for d in drafts), Decimal(0))
        total_currency = drafts[0].currency
    _check_balances(statement, label, total, total_currency, result)
    return entry_number


def _entry_lines(entry, entry_number, account, account_currency, result) -> list[LineDraft]:
    amount, code = _amount(entry, account_currency)
    booking = _date(entry, "BookgDt")
    value_date = _date(entry, "ValDt")
    if booking is None and value_date is None:
        raise _EntryProblem(_("no booking date"))
    entry_ref = clean_reference(_text(entry, "AcctSvcrRef") or _text(entry, "NtryRef"))
    details = entry.findall("NtryDtls/TxDtls")
    entry_info = _text(entry, "AddtlNtryInf")
    reversal = _text(entry, "RvslInd").lower() == "true"

    def line(detail, line_amount: Decimal, reference: str) -> LineDraft:
        name, counterparty_account = _counterparty(detail, line_amount)
        memo = _memo(detail) + ([entry_info] if entry_info else [])
        return LineDraft(
            source_row=entry_number,
            booking_date=booking or value_date,
            value_date=value_date,
            amount=line_amount,
            currency=code,
            counterparty_name=name,
            counterparty_account=counterparty_account,
            memo=" ".join((["Reversal"] if reversal else []) + _unique(memo)),
            reference=reference,
            account=account,
        )

    if len(details) > 1:
        split = _split_batch(details, amount, code)
        if split:
            return [
                line(d, a, "/".join(r for r in (entry_ref, _detail_ref(d)) if r))
                for d, a in zip(details, split, strict=True)
            ]
        result.warnings.append(
            _(
                "entry {number}: the amounts of its {count} transaction details do not "
                "add up to the entry; it was read as one line"
            ).format(number=entry_number, count=len(details))
        )
    detail = details[0] if len(details) == 1 else None
    return [line(detail, amount, entry_ref or _detail_ref(detail))]


def _split_batch(details, amount: Decimal, code: str) -> list[Decimal] | None:
    """Each detail's signed amount, when every detail has one and they add up to the entry."""
    amounts = []
    for detail in details:
        holder = None
        for path in (".", "AmtDtls/TxAmt", "AmtDtls/InstdAmt"):
            candidate = detail.find(path)
            if candidate is not None and candidate.find("Amt") is not None:
                holder = candidate
                break
        if holder is None:
            return None
        try:
            value, value_code = _amount_with_sign(holder, detail, amount)
        except _EntryProblem:
            return None
        if value_code != code:
            return None
        amounts.append(value)
    return amounts if sum(amounts, Decimal(0)) == amount else None


def _amount_with_sign(holder, detail, entry_amount: Decimal) -> tuple[Decimal, str]:
    element = holder.find("Amt")
    code = currency_code(element.get("Ccy") or "") or ""
    try:
        value = parse_amount(Decimal((element.text or "").strip()), code)
    except (InvalidOperation, MoneyError):
        raise _EntryProblem("bad amount") from None
    indicator = _text(detail, "CdtDbtInd")
    negative = indicator == "DBIT" if indicator else entry_amount < 0
    return (-value if negative else value), code


def _detail_ref(detail) -> str:
    if detail is None:
        return ""
    for path in ("Refs/AcctSvcrRef", "Refs/TxId", "Refs/EndToEndId", "Refs/InstrId", "Refs/Prtry/Ref"):
        value = clean_reference(_text(detail, path))
        if value:
            return value
    return ""


def _counterparty(detail, amount: Decimal) -> tuple[str, str]:
    """The other side: the debtor of money coming in, the creditor of money going out."""
    if detail is None:
        return "", ""
    party, account = ("Dbtr", "DbtrAcct") if amount >= 0 else ("Cdtr", "CdtrAcct")
    name = ""
    for prefix in (party, f"Ultmt{party}"):
        name = _text(detail, f"RltdPties/{prefix}/Nm") or _text(detail, f"RltdPties/{prefix}/Pty/Nm")
        if name:
            break
    number = _text(detail, f"RltdPties/{account}/Id/IBAN") or _text(detail, f"RltdPties/{account}/Id/Othr/Id")
    return name, number


def _memo(detail) -> list[str]:
    if detail is None:
        return []
    parts = [clean_text(e.text) for e in detail.findall("RmtInf/Ustrd") if e.text]
    parts += [clean_text(e.text) for e in detail.findall("RmtInf/Strd/CdtrRefInf/Ref") if e.text]
    parts += [clean_text(e.text) for e in detail.findall("RmtInf/Strd/AddtlRmtInf") if e.text]
    info = _text(detail, "AddtlTxInf")
    return parts + ([info] if info else [])


def _unique(parts: list[str]) -> list[str]:
    seen: list[str] = []
    for part in parts:
        if part and part not in seen:
            seen.append(part)
    return seen


def _balance(statement, codes: tuple[str, ...]) -> tuple[Decimal, str] | None:
    for balance in statement.findall("Bal"):
        if _text(balance, "Tp/CdOrPrtry/Cd") in codes:
            try:
                return _amount(balance, None)
            except _EntryProblem:
                return None
    return None


def _check_balances(statement, label: str, total: Decimal, total_currency, result) -> None:
    opening = _balance(statement, _OPENING)
    closing = _balance(statement, _CLOSING)
    if not opening or not closing:
        return
    if opening[1] != closing[1] or (total_currency and total_currency != opening[1]):
        result.warnings.append(
            _(
                "statement {statement}: its balances and entries are in different currencies "
                "({currencies}), so the closing balance cannot be checked"
            ).format(
                statement=label,
                currencies=", ".join(sorted({opening[1], closing[1], total_currency or opening[1]})),
            )
        )
        return
    if opening[0] + total != closing[0]:
        result.warnings.append(
            _(BALANCES_DIFFER).format(
                statement=label,
                opening=f"{opening[0]:,}",
                currency=opening[1],
                entries=f"{total:+,}",
                sum=f"{opening[0] + total:,}",
                closing=f"{closing[0]:,}",
            )
        )
