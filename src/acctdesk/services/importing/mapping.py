"""Suggesting which column of a bank or payment export holds which field, from its header names.

Names are compared after folding full-width characters, dropping spaces and case, and
dropping a currency in brackets ("金额(元)", "Deposits (SGD)"). For each field the aliases are
tried in order, so the more specific name wins (记账金额(收入) before 交易金额(收入)); a column
serves one field only, except that every description-like column feeds the memo.
"""

from __future__ import annotations

import re

from acctdesk.services.importing.model import ColumnMapping, normalise_header
from acctdesk.services.importing.values import currency_code

_ALIASES: dict[str, tuple[str, ...]] = {
    "reference": (
        "交易流水号",
        "流水号",
        "交易单号",
        "交易订单号",
        "交易号",
        "交易参考号",
        "日志号",
        "业务流水号",
        "reference",
        "ref",
        "transactionid",
        "transactionreference",
        "fitid",
        "referenceno",
        "volgnr",
        "operationnumber",
        "idtransakce",
    ),
    "value_date": ("起息日", "起息日期", "valuedate", "valutadatum", "rentedatum", "valuta"),
    "date": (
        "记账日期",
        "交易日期",
        "入账日期",
        "交易时间",
        "记账时间",
        "日期",
        "bookingdate",
        "postingdate",
        "transactiondate",
        "date",
        "dateprocessed",
        "datum",
        "buchungstag",
        "boekdatum",
        "datumzaúčtování",
        "datumprovedení",
    ),
    "credit": (
        "记账金额(收入)",
        "贷方发生额",
        "贷方金额",
        "收入金额",
        "存入金额",
        "交易金额(收入)",
        "收入",
        "credit",
        "creditamount",
        "deposits",
        "deposit",
        "paidin",
        "moneyin",
    ),
    "debit": (
        "记账金额(支出)",
        "借方发生额",
        "借方金额",
        "支出金额",
        "取出金额",
        "交易金额(支出)",
        "支出",
        "debit",
        "debitamount",
        "debet",
        "withdrawals",
        "withdrawal",
        "paidout",
        "moneyout",
    ),
    "amount": (
        "交易金额",
        "金额",
        "发生额",
        "记账金额",
        "amount",
        "bedrag",
        "betrag",
        "zaúčtovanáčástka",
    ),
    "direction": (
        "收/支",
        "收支",
        "收支类型",
        "借贷",
        "借贷标志",
        "借贷方向",
        "借贷标识",
        "交易方向",
        "资金方向",
        "d/k",
        "dr/cr",
        "cr/dr",
        "debit/credit",
        "credit/debit",
        "af/bij",
        "afbij",
        "soll/haben",
    ),
    "currency": (
        "记账币种",
        "币种",
        "货币",
        "币别",
        "交易币种",
        "currency",
        "ccy",
        "munt",
        "waehrung",
        "währung",
        "měnaúčtu",
    ),
    "balance": (
        "余额",
        "联机余额",
        "本次余额",
        "账户余额",
        "交易后余额",
        "balance",
        "runningbalance",
        "saldo",
        "saldonatrn",
    ),
    "counterparty_account": (
        "对方账号",
        "对方账户",
        "对方卡号/账号",
        "对方账户账号",
        "交易对手账号",
        "对方帐号",
        "counterpartyaccount",
        "payeraccount",
        "payeeaccount",
        "bankaccount",
        "tegenrekeningiban/bban",
        "tegenrekening",
        "rekeningnummertegenpartij",
        "kontonummer",
        "čísloprotiúčtu",
    ),
    "counterparty_name": (
        "对方户名",
        "对方账户名称",
        "对方账户名",
        "对方名称",
        "交易对方",
        "交易对手名称",
        "对手信息",
        "商户名称",
        "收/付款方",
        "counterparty",
        "counterpartyname",
        "payer",
        "payee",
        "partnername",
        "beneficiary",
        "naamtegenpartij",
        "beguenstigter/zahlungspflichtiger",
        "názevprotiúčtu",
        "name",
    ),
    "account": (
        "本方账号",
        "账号",
        "卡号",
        "借记卡号",
        "account",
        "accountno",
        "accountnumber",
        "iban",
        "iban/bban",
        "rekeningnummer",
        "auftragskonto",
        "čísloúčtu",
    ),
    "status": ("交易状态", "当前状态", "状态", "status"),
}

_MEMO_ALIASES = (
    "交易类型",
    "交易分类",
    "交易名称",
    "交易摘要",
    "摘要",
    "交易详情",
    "交易场所",
    "交易说明",
    "用途",
    "附言",
    "交易附言",
    "商品",
    "商品说明",
    "客户摘要",
    "说明",
    "备注",
    "memo",
    "description",
    "details",
    "detail",
    "label",
    "narrative",
    "remarks",
    "omschrijving",
    "omschrijving-1",
    "omschrijving-2",
    "omschrijving-3",
    "betalingskenmerk",
    "gestructureerdemededeling",
    "vrijemededeling",
    "buchungstext",
    "verwendungszweck",
    "zpráva",
    "poznámka",
    "vs",
)

# Order in which fields claim columns: specific names first, so a column is not taken early
# by a field that only matches it loosely.
_FIELD_ORDER = (
    "reference",
    "value_date",
    "date",
    "credit",
    "debit",
    "amount",
    "direction",
    "currency",
    "balance",
    "counterparty_account",
    "counterparty_name",
    "account",
    "status",
)

# Headers of columns that hold a name and an account number in one cell ("张三 66666666666666").
COMBINED_COUNTERPARTY = {normalise_header("对手信息")}

_BRACKET = re.compile(r"^(.*?)\((.+)\)$")


def header_names(cells: list[str]) -> list[str]:
    """Header cells as column names: a blank header becomes "#N" (its 1-based position)."""
    return [cell.strip() if cell and cell.strip() else f"#{i + 1}" for i, cell in enumerate(cells)]


def header_key(header: str) -> tuple[str, str | None]:
    """(normalised name, currency named in brackets or None): "Deposits (SGD)" -> ("deposits", "SGD")."""
    name = normalise_header(header)
    match = _BRACKET.match(name)
    if match:
        try:
            code = currency_code(match.group(2).upper())
        except ValueError:
            code = None
        if code:
            return match.group(1), code
    return name, None


_NORMALISED = {field: tuple(normalise_header(a) for a in aliases) for field, aliases in _ALIASES.items()}
_MEMO = tuple(normalise_header(a) for a in _MEMO_ALIASES)
KNOWN_HEADERS = frozenset(a for aliases in _NORMALISED.values() for a in aliases) | frozenset(_MEMO)


def recognised_fields(cells: list[str]) -> int:
    """How many distinct fields a row's cells name: used to find the header row."""
    mapping = suggest_mapping(cells)
    found = {f for f in _FIELD_ORDER if getattr(mapping, f)}
    has_amount = bool(found & {"amount", "credit", "debit"})
    return len(found) + (1 if mapping.memo else 0) if has_amount and "date" in found else 0


def suggest_mapping(headers: list[str]) -> ColumnMapping:
    """Guess a mapping from a header row in Chinese or English (and the European exports we know).

    A signed amount column wins over separate credit/debit columns when a file has both.
    The number style and date order are left at their defaults here; the reader refines them
    from the data.
    """
    names = header_names(headers)
    keys = [header_key(name)[0] for name in names]
    used: set[int] = set()
    chosen: dict[str, str | None] = {}
    for field in _FIELD_ORDER:
        chosen[field] = None
        for alias in _NORMALISED[field]:
            index = next((i for i, k in enumerate(keys) if k == alias and i not in used), None)
            if index is not None:
                used.add(index)
                chosen[field] = names[index]
                break
    if chosen["amount"] and (chosen["credit"] or chosen["debit"]):
        chosen["credit"] = chosen["debit"] = None
    memo = tuple(names[i] for i, k in enumerate(keys) if i not in used and k in _MEMO)
    return ColumnMapping(**chosen, memo=memo, headers=tuple(names))
