"""Matching bank lines to customers and open installments: scored proposals, then receipts.

For each unmatched line of money in, the payer is resolved to a customer (tax id or bank account
seen on an earlier match, exact name or learned alias, name without its legal form, then a fuzzy
name), and the amount to open installments (invoice numbers in the memo, also when one
character is off, one open item of exactly the amount, the oldest items or a small combination
that add up to it, an invoice less a small bank fee, else oldest first). Each proposal has a
score 0–100 and the reasons behind it. Scoring is pure functions over plain values;
`propose_matches` loads the book once and runs them; `confirm_match` posts the receipt, its
allocation and the line's new status in one transaction.
"""

from __future__ import annotations

import re
import unicodedata
from bisect import bisect_left
from collections import defaultdict
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass, replace
from datetime import date
from decimal import ROUND_DOWN, Decimal

from rapidfuzz import fuzz, process
from rapidfuzz.distance import OSA
from sqlalchemy import select
from sqlalchemy.orm import Session

from acctdesk.model.entities import BankLineRecord, BankLineStatus, Customer, DocumentKind, Receipt
from acctdesk.model.money import Money, MoneyError, minor_digits
from acctdesk.services import customers, ledger
from acctdesk.services.auth import Action
from acctdesk.services.balances import open_items_query
from acctdesk.services.errors import DomainError, InvariantViolation, NotFound, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.importing.keys import compact_account
from acctdesk.services.ledger import AllocationLine
from acctdesk.services.uow import UnitOfWork

DEFAULT_MIN_SCORE = 90
# A payment short of an invoice by at most this much (and at most 5 % of it) is taken as the
# invoice paid less a bank fee, in the line's currency.
BANK_FEE_TOLERANCE = Decimal("50.00")

# How sure we are of the customer (0–100).
TAX_ID_CONFIDENCE = 100
ACCOUNT_CONFIDENCE = 100
NAME_CONFIDENCE = 100
ALIAS_CONFIDENCE = 100
NORMALISED_NAME_CONFIDENCE = 95
INVOICE_OWNER_CONFIDENCE = 90
FUZZY_MIN_RATIO = 80  # token_set_ratio of normalised names below this is no match
FUZZY_CAP = 85  # a fuzzy name alone never reaches the default auto-match threshold
AMBIGUOUS_CONFIDENCE = 60
SETTLED_BY_OPEN_ITEMS = 90  # several customers fit the name, only one has items the amount fits

# How sure we are of the installments (0–100).
NAMED_EXACT = 100
NAMED_FEE = 100  # the named invoices less a bank fee: settled as surely as paid exactly
NAMED_PART = 85
NAMED_OVER = 80
NEAR_EXACT = 95  # an invoice number one character off the memo's, paid exactly
NEAR_FEE = 90
NEAR_PART = 75
EXACT_UNIQUE = 100
EXACT_SEVERAL = 85
OLDEST_EXACT = 95
SUBSET_BY_SIZE = {2: 90, 3: 85, 4: 80}
FEE_UNIQUE = 95  # one open item, less a bank fee
FEE_SEVERAL = 80
OLDEST_FIRST = 60
NO_OPEN_ITEMS = 50
# A bank fee is at most this share of the invoice (1/20: 5 %), besides the tolerance, and a round
# sum, as banks charge it: a whole number of FEE_STEP (0.50 in the currency; 1 of a currency
# without decimals).
FEE_SHARE_DIVISOR = 20
FEE_STEP = Decimal("0.50")
# Memo tokens this long or longer are compared with invoice numbers for one-character typos.
NEAR_MIN_LENGTH = 6

# The combination search looks at the oldest open items only, and stops after a number of steps.
SUBSET_ITEMS = 16
SUBSET_BUDGET = 20_000


# ---------------------------------------------------------------------------------------------
# Names


_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]|【[^【】]*】")
_ZH_LEGAL_FORMS = ("股份有限公司", "有限责任公司", "有限公司", "股份公司", "公司")
_EN_LEGAL_WORDS = (
    "co company corp corporation inc incorporated limited ltd llc llp plc gmbh ag sa bv nv srl pte pty"
)
_EN_LEGAL_FORMS = frozenset(_EN_LEGAL_WORDS.split()) | {"oy", "ab", "kg"}
_PUNCTUATION = re.compile(r"[.,&'\"/\\\-_:;·、，。]+")


def _has_cjk(text: str) -> bool:
    return any("\u3400" <= ch <= "\u9fff" for ch in text)


def clean_name(name: str) -> str:
    """A name as compared exactly: full-width folded, case folded, whitespace collapsed."""
    return " ".join(unicodedata.normalize("NFKC", name or "").casefold().split())


def normalise_name(name: str) -> str:
    """A company name without what varies between how it is written: brackets and what is in
    them ((中国), (Hong Kong)), punctuation, and legal forms (有限公司, 股份有限公司, Co., Ltd.)."""
    text = clean_name(name)
    text = _BRACKETED.sub(" ", text)
    text = _PUNCTUATION.sub(" ", text)
    tokens = text.split()
    while tokens and tokens[-1] in _EN_LEGAL_FORMS:
        tokens.pop()
    text = " ".join(tokens)
    if _has_cjk(text):
        text = text.replace(" ", "")
        stripped = True
        while stripped:
            stripped = False
            for form in _ZH_LEGAL_FORMS:
                if text.endswith(form) and len(text) > len(form):
                    text = text[: -len(form)]
                    stripped = True
    return text


def name_similarity(a: str, b: str) -> float:
    """0–100: rapidfuzz token_set_ratio of the normalised names."""
    return fuzz.token_set_ratio(normalise_name(a), normalise_name(b))


# ---------------------------------------------------------------------------------------------
# Invoice numbers and tax ids in free text


_TOKEN = re.compile(r"[A-Z0-9][A-Z0-9_\-./]*[A-Z0-9]")
_TAX_ID = re.compile(r"(?<![0-9A-Z])[0-9A-Z]{18}(?![0-9A-Z])")


def invoice_mentions(text: str) -> frozenset[str]:
    """Tokens of a memo or reference that could be document numbers (upper case, with a digit)."""
    folded = unicodedata.normalize("NFKC", text or "").upper()
    found = set()
    for token in _TOKEN.findall(folded):
        for part in {token, *token.split("/")}:
            part = part.strip("-./_")
            if len(part) >= 4 and any(ch.isdigit() for ch in part):
                found.add(part)
    return frozenset(found)


def tax_id_mentions(text: str) -> frozenset[str]:
    return frozenset(_TAX_ID.findall(unicodedata.normalize("NFKC", text or "").upper()))


# ---------------------------------------------------------------------------------------------
# Which customer paid


@dataclass(frozen=True)
class CustomerRef:
    id: int
    code: str
    name: str
    aliases: tuple[str, ...] = ()
    tax_id: str = ""


@dataclass(frozen=True)
class Identification:
    customer_id: int
    confidence: int
    reasons: tuple[str, ...]
    # When the payer fits several customers about equally: each of them with its own evidence
    # (the winner's confidence above is then lowered, until the open items settle it).
    candidates: tuple[Identification, ...] = ()


class CustomerDirectory:
    """Every way a payer can be recognised, indexed once for a matching run."""

    def __init__(self, refs: Iterable[CustomerRef], known_accounts: Iterable[tuple[str, int]] = ()) -> None:
        self.customers: dict[int, CustomerRef] = {}
        self._by_name: dict[str, set[int]] = defaultdict(set)
        self._by_alias: dict[str, set[int]] = defaultdict(set)
        self._by_normalised: dict[str, set[int]] = defaultdict(set)
        self._by_tax_id: dict[str, set[int]] = defaultdict(set)
        self._by_account: dict[str, set[int]] = defaultdict(set)
        for ref in refs:
            self.customers[ref.id] = ref
            self._by_name[clean_name(ref.name)].add(ref.id)
            self._by_normalised[normalise_name(ref.name)].add(ref.id)
            for alias in ref.aliases:
                self._by_alias[clean_name(alias)].add(ref.id)
                self._by_normalised[normalise_name(alias)].add(ref.id)
            if ref.tax_id.strip():
                self._by_tax_id[ref.tax_id.strip().upper()].add(ref.id)
        for account, customer_id in known_accounts:
            key = _usable_account(account)
            if key:
                self._by_account[key].add(customer_id)
        self._by_normalised.pop("", None)
        choices = [name for name in self._by_normalised if _fuzzy_worthy(name)]
        # For two one-word names (Chinese names have no spaces) token_set_ratio is plain ratio,
        # which rapidfuzz computes several times faster: those are compared with ratio.
        self._choices = choices
        self._fuzzy_cache: dict[str, list[tuple[int, float]]] = {}
        # Which names hold each character and each word, so that a payer's name is compared only
        # with the names that can be similar enough (see _candidates).
        self._holders: dict[str, list[int]] = defaultdict(list)
        self._word_holders: dict[str, list[int]] = defaultdict(list)
        for index, choice in enumerate(choices):
            for character in set(choice):
                self._holders[character].append(index)
            for word in set(choice.split()):
                self._word_holders[word].append(index)

    def code(self, customer_id: int) -> str:
        return self.customers[customer_id].code

    def identify(self, name: str, account: str = "", text: str = "") -> Identification | None:
        """The customer a payer is, from the strongest evidence; None when nothing points to one."""
        evidence = self._exact_evidence(name, account, text)
        if not evidence:
            evidence = self._fuzzy_evidence(name)
        return _decide(evidence, self.customers)

    def _exact_evidence(self, name: str, account: str, text: str) -> list[tuple[int, int, str]]:
        evidence = []
        for tax_id in tax_id_mentions(text):
            for cid in self._by_tax_id.get(tax_id, ()):
                evidence.append(
                    (
                        cid,
                        TAX_ID_CONFIDENCE,
                        _("tax id {tax_id} is customer {code}'s").format(tax_id=tax_id, code=self.code(cid)),
                    )
                )
        key = _usable_account(account)
        for cid in self._by_account.get(key, ()) if key else ():
            reason = _("account {account} paid customer {code} before").format(
                account=account, code=self.code(cid)
            )
            evidence.append((cid, ACCOUNT_CONFIDENCE, reason))
        cleaned = clean_name(name)
        if not cleaned:
            return evidence
        for cid in self._by_name.get(cleaned, ()):
            reason = _("payer '{name}' is customer {code}'s name").format(name=name, code=self.code(cid))
            evidence.append((cid, NAME_CONFIDENCE, reason))
        for cid in self._by_alias.get(cleaned, ()):
            reason = _("payer '{name}' is an alias of customer {code}").format(name=name, code=self.code(cid))
            evidence.append((cid, ALIAS_CONFIDENCE, reason))
        if not evidence:
            for cid in self._by_normalised.get(normalise_name(name), ()):
                ref = self.customers[cid]
                evidence.append(
                    (
                        cid,
                        NORMALISED_NAME_CONFIDENCE,
                        _(
                            "payer '{name}' is customer {code} '{customer}' without legal form or brackets"
                        ).format(name=name, code=ref.code, customer=ref.name),
                    )
                )
        return evidence

    def _similar_names(self, name: str) -> list[tuple[str, float, int]]:
        """The five names most like this one by token_set_ratio, at FUZZY_MIN_RATIO or above."""
        options = {"score_cutoff": FUZZY_MIN_RATIO, "limit": 5}
        candidates = self._candidates(name)
        if " " in name:
            return process.extract(name, candidates, scorer=fuzz.token_set_ratio, **options)
        one_word = [c for c in candidates if " " not in c]
        several_words = [c for c in candidates if " " in c]
        found = process.extract(name, one_word, scorer=fuzz.ratio, **options)
        if several_words:
            found += process.extract(name, several_words, scorer=fuzz.token_set_ratio, **options)
        return sorted(found, key=lambda f: -f[1])[:5]

    def _candidates(self, name: str) -> list[str]:
        """The names (in their order) that can reach FUZZY_MIN_RATIO with `name`.

        token_set_ratio is 100 for names sharing a word when one's words are all in the other;
        names without a common word are compared as their sorted words, by plain ratio. A ratio
        of c needs a common subsequence of at least c/(200 - c) of that text, so a name lacking
        k = ⌊len × (200 - 2c)/(200 - c)⌋ + 1 of its distinct characters cannot reach c. So only
        names sharing a word, or holding one of the k rarest characters, are compared (for c =
        80, a third of the characters plus one). Without this every payer no exact rule knows
        was compared with every customer, and matching grew with lines × customers.
        """
        c = FUZZY_MIN_RATIO
        words = set(name.split())
        text = " ".join(sorted(words))
        k = len(text) * (200 - 2 * c) // (200 - c) + 1
        rarest = sorted(set(text), key=lambda character: len(self._holders.get(character, ())))[:k]
        indexes = set().union(
            *(self._holders.get(character, ()) for character in rarest),
            *(self._word_holders.get(word, ()) for word in words),
        )
        return [self._choices[i] for i in sorted(indexes)]

    def _fuzzy_evidence(self, name: str) -> list[tuple[int, int, str]]:
        normalised = normalise_name(name)
        if not _fuzzy_worthy(normalised):
            return []
        if normalised not in self._fuzzy_cache:
            found = self._similar_names(normalised)
            self._fuzzy_cache[normalised] = [
                (cid, ratio) for choice, ratio, _ in found for cid in self._by_normalised[choice]
            ]
        return [
            (
                cid,
                min(FUZZY_CAP, round(ratio * FUZZY_CAP / 100)),
                # The percent sign is in the parameter: a msgid with "%" reads to pybabel as printf.
                _("payer '{name}' is similar to customer {code} '{customer}' ({ratio})").format(
                    name=name, code=self.code(cid), customer=self.customers[cid].name, ratio=f"{ratio:.0f}%"
                ),
            )
            for cid, ratio in self._fuzzy_cache[normalised]
        ]


def _usable_account(account: str) -> str:
    """An account number good enough to recognise a payer by: not masked (6226****5669), not short."""
    key = compact_account(account)
    return key if len(key) >= 6 and "*" not in key and "X" * 4 not in key else ""


def _fuzzy_worthy(normalised: str) -> bool:
    return len(normalised) >= (2 if _has_cjk(normalised) else 4)


def _decide(evidence: list[tuple[int, int, str]], refs: dict[int, CustomerRef]) -> Identification | None:
    if not evidence:
        return None
    best: dict[int, tuple[int, list[str]]] = {}
    for cid, confidence, reason in evidence:
        top, reasons = best.get(cid, (0, []))
        best[cid] = (max(top, confidence), [*reasons, reason])
    ranked = sorted(best.items(), key=lambda item: (-item[1][0], refs[item[0]].code))
    winner, (confidence, reasons) = ranked[0]
    rivals = [(cid, c, r) for cid, (c, r) in ranked[1:] if c >= confidence - 5]
    if not rivals:
        return Identification(winner, confidence, tuple(reasons))
    others = ", ".join(refs[cid].code for cid, _, _ in rivals)
    candidates = tuple(
        Identification(cid, c, tuple(r)) for cid, c, r in [(winner, confidence, reasons), *rivals]
    )
    return Identification(
        winner,
        min(confidence, AMBIGUOUS_CONFIDENCE),
        (*reasons, _("but customer(s) {codes} fit as well").format(codes=others)),
        candidates,
    )


# ---------------------------------------------------------------------------------------------
# Which installments it pays


@dataclass(frozen=True)
class OpenInstallment:
    installment_id: int
    customer_id: int
    invoice_number: str
    seq: int
    invoice_date: date
    due_date: date | None
    currency: str
    open_minor: int

    @property
    def label(self) -> str:
        return self.invoice_number if self.seq == 1 else f"{self.invoice_number}/{self.seq}"


@dataclass(frozen=True)
class AllocationPlan:
    lines: tuple[tuple[OpenInstallment, int], ...]  # (installment, minor units applied)
    score: int
    reasons: tuple[str, ...]
    bank_fee_minor: int = 0  # what the payment is short of the items it settles: left open
    basis: str = ""  # "named", "near", "exact" (one item of the amount), "fee", "combination", …

    @property
    def allocated_minor(self) -> int:
        return sum(minor for _, minor in self.lines)


def _money(minor: int, currency: str) -> str:
    return f"{currency} {Money.from_minor(minor, currency).amount:,}"


def _labels(items: Iterable[OpenInstallment]) -> str:
    return ", ".join(item.label for item in items)


def oldest_first(
    amount_minor: int, items: Sequence[OpenInstallment]
) -> tuple[tuple[OpenInstallment, int], ...]:
    """Apply an amount to items in the order given until it is used up."""
    lines, left = [], amount_minor
    for item in items:
        if left <= 0:
            break
        take = min(item.open_minor, left)
        if take > 0:
            lines.append((item, take))
            left -= take
    return tuple(lines)


def find_subset(
    target: int, amounts: Sequence[int], *, max_size: int = 4, budget: int = SUBSET_BUDGET
) -> tuple[int, ...] | None:
    """Indexes of the fewest amounts (2 to max_size of them) that add up to target exactly.

    Among combinations of one size the first in index order wins (the oldest items, when amounts
    are in due order). Amounts are positive. Gives up (None) after `budget` search steps.
    """
    steps = 0
    n = len(amounts)
    # suffix[i]: the sum of amounts[i:]; a branch whose remaining amounts cannot reach the target stops.
    suffix = [0] * (n + 1)
    for i in range(n - 1, -1, -1):
        suffix[i] = suffix[i + 1] + amounts[i]
    # The last item of a combination is looked up, not searched for.
    positions: dict[int, list[int]] = defaultdict(list)
    for i, amount in enumerate(amounts):
        positions[amount].append(i)

    def search(start: int, size: int, left: int, chosen: list[int]) -> tuple[int, ...] | None:
        nonlocal steps
        steps += 1
        if size == 1:
            candidates = positions.get(left, ())
            k = bisect_left(candidates, start)
            return (*chosen, candidates[k]) if k < len(candidates) else None
        for i in range(start, n - size + 1):
            if steps > budget or suffix[i] < left:
                return None
            if amounts[i] >= left:
                continue
            chosen.append(i)
            found = search(i + 1, size - 1, left - amounts[i], chosen)
            chosen.pop()
            if found is not None:
                return found
        return None

    for size in range(2, max_size + 1):
        found = search(0, size, target, [])
        if found is not None or steps > budget:
            return found
    return None


def plan_allocation(
    amount_minor: int,
    items: Sequence[OpenInstallment],
    currency: str,
    mentioned: frozenset[str] = frozenset(),
    *,
    allow_partial: bool = True,
    tokens: frozenset[str] = frozenset(),
    fee_tolerance_minor: int = 0,
) -> AllocationPlan | None:
    """How a payment of `amount_minor` pays a customer's open items (given oldest due first).

    `mentioned` are the open invoice numbers the memo names; `tokens` every number-like word of
    the memo, to find an invoice number written one character off. A payment short of what it
    settles by at most `fee_tolerance_minor` (and 5 %) is taken as paid less a bank fee, which
    stays open. None when `allow_partial` is False and nothing better than oldest-first fits, so
    that a caller can first give exact matches their items and then share out what is left.
    """
    items = [item for item in items if item.open_minor > 0]
    if not items:
        if not allow_partial:
            return None
        reason = _("no open items in {currency}: the whole amount stays unapplied cash").format(
            currency=currency
        )
        return AllocationPlan((), NO_OPEN_ITEMS, (reason,), basis="none")
    named = [item for item in items if item.invoice_number.upper() in mentioned] if mentioned else []
    plan = _plan_named(amount_minor, named, currency, fee_tolerance_minor) if named else None
    if plan is not None and plan.score >= NAMED_FEE:
        return plan
    if plan is None:
        unique = _plan_exact_unique(amount_minor, items, currency)
        if unique is not None:
            return unique  # nothing a memo could say beats one open item of exactly the amount
    near = _near_items(tokens, items, named)
    near_plan = _plan_near(amount_minor, near, currency, fee_tolerance_minor) if near else None
    if near_plan is not None and near_plan.score >= NEAR_FEE:
        return near_plan
    if plan is not None:
        return plan
    exact = _plan_exact(amount_minor, items, currency, fee_tolerance_minor)
    if exact is not None:
        return exact
    if near_plan is not None:
        return near_plan  # part of an invoice the memo names one character off
    return _plan_oldest_first(amount_minor, items, currency) if allow_partial else None


def one_character_off(written: str, number: str) -> bool:
    """A number written with one character changed, missing, added, or two neighbours swapped."""
    return written != number and OSA.distance(written, number, score_cutoff=1) <= 1


def _near_items(
    tokens: Iterable[str], items: Sequence[OpenInstallment], named: Sequence[OpenInstallment]
) -> list[tuple[str, OpenInstallment]]:
    """(token, installment) for each memo token one character off exactly one invoice number
    (other than the ones it names exactly: a typo can hit another invoice of the customer)."""
    tokens = sorted(token for token in tokens if len(token) >= NEAR_MIN_LENGTH)
    if not tokens:
        return []
    taken = {item.invoice_number.upper() for item in named}
    numbers = list({item.invoice_number.upper() for item in items} - taken)
    found: list[tuple[str, OpenInstallment]] = []
    for token in tokens:
        close = {
            number
            for number, distance, _ in process.extract(
                token, numbers, scorer=OSA.distance, score_cutoff=1, limit=None
            )
            if distance == 1
        }
        if len(close) == 1:
            number = close.pop()
            found.extend((token, item) for item in items if item.invoice_number.upper() == number)
    return found


def _fee_fits(short_minor: int, owed_minor: int, tolerance_minor: int, currency: str) -> bool:
    """Whether a payment short of what it settles by `short_minor` is that paid less a bank fee."""
    return (
        0 < short_minor <= tolerance_minor
        and short_minor * FEE_SHARE_DIVISOR <= owed_minor
        and short_minor % _fee_step_minor(currency) == 0
    )


def _fee_step_minor(currency: str) -> int:
    try:
        return max(1, int(FEE_STEP.scaleb(minor_digits(currency))))
    except MoneyError:
        return 1


def _plan_named(
    amount_minor: int, named: list[OpenInstallment], currency: str, fee_tolerance_minor: int = 0
) -> AllocationPlan:
    total = sum(item.open_minor for item in named)
    numbers = ", ".join(sorted({item.invoice_number for item in named}))
    lines = oldest_first(amount_minor, named)
    exact = _plan_exact(amount_minor, named, currency) if amount_minor < total else None
    if exact is not None:
        reason = _("memo names {numbers}").format(numbers=numbers)
        return AllocationPlan(exact.lines, NAMED_EXACT, (reason, *exact.reasons), basis="named")
    if amount_minor == total:
        return AllocationPlan(
            lines,
            NAMED_EXACT,
            (
                _("memo names {numbers}; the amount equals their open {total}").format(
                    numbers=numbers, total=_money(total, currency)
                ),
            ),
            basis="named",
        )
    if _fee_fits(total - amount_minor, total, fee_tolerance_minor, currency):
        reason = _(
            "memo names {numbers} (open {total}); the payment is {fee} short: a bank fee, left open on {item}"
        ).format(
            numbers=numbers,
            total=_money(total, currency),
            fee=_money(total - amount_minor, currency),
            item=lines[-1][0].label,
        )
        return AllocationPlan(lines, NAMED_FEE, (reason,), total - amount_minor, basis="named")
    if amount_minor < total:
        reason = _("memo names {numbers} (open {total}); the amount pays part, oldest first").format(
            numbers=numbers, total=_money(total, currency)
        )
        return AllocationPlan(lines, NAMED_PART, (reason,), basis="named part")
    reasons = (
        _("memo names {numbers} (open {total})").format(numbers=numbers, total=_money(total, currency)),
        _("{amount} more than that stays unapplied cash").format(
            amount=_money(amount_minor - total, currency)
        ),
    )
    return AllocationPlan(lines, NAMED_OVER, reasons, basis="named over")


def _plan_near(
    amount_minor: int, near: list[tuple[str, OpenInstallment]], currency: str, fee_tolerance_minor: int
) -> AllocationPlan:
    """The invoices a memo names with one character off: as if named, with a lower score."""
    items = sorted({item for _, item in near}, key=_due_order)
    named = _plan_named(amount_minor, list(items), currency, fee_tolerance_minor)
    if named.score >= NAMED_FEE:
        score = NEAR_FEE if named.bank_fee_minor else NEAR_EXACT
    else:
        score = min(named.score, NEAR_PART)
    written = ", ".join(
        _("{token} (for {invoice})").format(token=token, invoice=item.invoice_number)
        for token, item in near
        if item in items
    )
    reasons = (_("memo names {written}, one character off").format(written=written), *named.reasons)
    basis = "near" if score >= NEAR_FEE else "near part"
    return AllocationPlan(named.lines, score, reasons, named.bank_fee_minor, basis)


def _plan_exact_unique(
    amount_minor: int, items: list[OpenInstallment], currency: str
) -> AllocationPlan | None:
    same = [item for item in items if item.open_minor == amount_minor]
    if len(same) != 1:
        return None
    reason = _("the amount equals the open {amount} of {item}").format(
        amount=_money(amount_minor, currency), item=same[0].label
    )
    return AllocationPlan(((same[0], amount_minor),), EXACT_UNIQUE, (reason,), basis="exact")


def _plan_exact(
    amount_minor: int, items: list[OpenInstallment], currency: str, fee_tolerance_minor: int = 0
) -> AllocationPlan | None:
    same = [item for item in items if item.open_minor == amount_minor]
    if len(same) == 1:
        return _plan_exact_unique(amount_minor, same, currency)
    if same:
        reason = _("{count} open items are {amount} ({items}); the oldest, {item}, is proposed").format(
            count=len(same), amount=_money(amount_minor, currency), items=_labels(same), item=same[0].label
        )
        return AllocationPlan(((same[0], amount_minor),), EXACT_SEVERAL, (reason,), basis="several")
    running = 0
    for count, item in enumerate(items, start=1):
        running += item.open_minor
        if running == amount_minor and count >= 2:
            lines = tuple((i, i.open_minor) for i in items[:count])
            reason = _("the amount pays the {count} oldest open items exactly ({items})").format(
                count=count, items=_labels(items[:count])
            )
            return AllocationPlan(lines, OLDEST_EXACT, (reason,), basis="combination")
        if running >= amount_minor:
            break
    window = items[:SUBSET_ITEMS]
    subset = find_subset(amount_minor, [item.open_minor for item in window], max_size=max(SUBSET_BY_SIZE))
    if subset is not None:
        chosen = [window[i] for i in subset]
        reason = _("the amount equals {items}").format(items=" + ".join(item.label for item in chosen))
        return AllocationPlan(
            tuple((i, i.open_minor) for i in chosen),
            SUBSET_BY_SIZE[len(chosen)],
            (reason,),
            basis="combination",
        )
    return _plan_fee(amount_minor, items, currency, fee_tolerance_minor)


def _plan_fee(
    amount_minor: int, items: list[OpenInstallment], currency: str, fee_tolerance_minor: int
) -> AllocationPlan | None:
    """One open item that the payment settles less a bank fee."""
    short = [
        item
        for item in items
        if _fee_fits(item.open_minor - amount_minor, item.open_minor, fee_tolerance_minor, currency)
    ]
    if not short:
        return None
    item = short[0]
    fee = item.open_minor - amount_minor
    reason = _(
        "the amount is {fee} less than the open {total} of {item}: a bank fee, left open on it"
    ).format(fee=_money(fee, currency), total=_money(item.open_minor, currency), item=item.label)
    if len(short) == 1:
        return AllocationPlan(((item, amount_minor),), FEE_UNIQUE, (reason,), fee, "fee")
    reason = _("{count} open items are that close to the amount ({items}); the oldest: {reason}").format(
        count=len(short), items=_labels(short), reason=reason
    )
    return AllocationPlan(((item, amount_minor),), FEE_SEVERAL, (reason,), fee, "fee")


def _plan_oldest_first(amount_minor: int, items: list[OpenInstallment], currency: str) -> AllocationPlan:
    lines = oldest_first(amount_minor, items)
    if len(lines) == 1:
        applied = _("no open item or combination equals the amount: applied oldest due first to {count} item")
    else:
        applied = _(
            "no open item or combination equals the amount: applied oldest due first to {count} items"
        )
    reasons = [applied.format(count=len(lines))]
    left = amount_minor - sum(minor for _, minor in lines)
    if left > 0:
        reasons.append(
            _("{amount} more than all open items stays unapplied cash").format(amount=_money(left, currency))
        )
    return AllocationPlan(lines, OLDEST_FIRST, tuple(reasons), basis="oldest")


def combine_scores(customer_confidence: int, allocation_score: int) -> int:
    """A proposal is as strong as the product of its two halves (both 0–100)."""
    return round(customer_confidence * allocation_score / 100)


# ---------------------------------------------------------------------------------------------
# Proposals over the book


@dataclass(frozen=True)
class ProposedAllocation:
    installment_id: int
    invoice_number: str
    seq: int
    due_date: date | None
    amount: Money


@dataclass(frozen=True)
class Proposal:
    line_id: int
    line_key: str
    booking_date: date
    amount: Money
    counterparty_name: str
    memo: str
    customer_code: str
    customer_name: str
    score: int
    reasons: tuple[str, ...]
    allocations: tuple[ProposedAllocation, ...]
    # What the line is short of the items it settles, taken as a bank fee: it stays open on the
    # last item, for the clerk to write off.
    bank_fee: Money | None = None

    @property
    def unapplied(self) -> Money:
        allocated = sum(a.amount.amount for a in self.allocations)
        return Money(self.amount.amount - allocated, self.amount.currency)

    def allocation_lines(self) -> list[AllocationLine]:
        return [AllocationLine(a.installment_id, a.amount.amount) for a in self.allocations]


@dataclass(frozen=True)
class IncomingLine:
    """A bank line of money in, as matching reads it."""

    id: int
    line_key: str
    booking_date: date
    amount_minor: int
    currency: str
    counterparty_name: str
    counterparty_account: str
    memo: str
    reference: str


def _due_order(item: OpenInstallment) -> tuple:
    """Oldest due first; installments awaiting an event (no due date) last."""
    return (item.due_date is None, item.due_date or date.max, item.invoice_date, item.installment_id)


class _OpenItemPool:
    """Open installments per customer and currency, oldest due first, with what each proposal
    of the run has already claimed taken off, so proposals of one run never overlap.

    Each list holds the installments as they stand in the run (a claimed one is replaced by a
    copy with its new open amount, 0 when used up), so that a line costs no copy of its
    customer's list.
    """

    def __init__(self, items: Iterable[OpenInstallment]) -> None:
        self._lists: dict[tuple[int, str], list[OpenInstallment]] = defaultdict(list)
        self._owners: dict[str, set[int]] = defaultdict(set)
        for item in items:
            self._lists[(item.customer_id, item.currency)].append(item)
            self._owners[item.invoice_number.upper()].add(item.customer_id)
        self._where: dict[int, tuple[tuple[int, str], int]] = {}
        self._latest: dict[tuple[int, str], date] = {}
        for key, entries in self._lists.items():
            entries.sort(key=_due_order)
            self._where.update((item.installment_id, (key, n)) for n, item in enumerate(entries))
            self._latest[key] = max(item.invoice_date for item in entries)

    def open_numbers(self, mentioned: frozenset[str]) -> frozenset[str]:
        return frozenset(number for number in mentioned if number in self._owners)

    def owners(self, numbers: Iterable[str]) -> set[int]:
        return set().union(*(self._owners[n] for n in numbers)) if numbers else set()

    def items(self, customer_id: int, currency: str, on: date) -> Sequence[OpenInstallment]:
        """The customer's installments of invoices dated on or before `on`, as they stand in the
        run: those used up by an earlier proposal have an open amount of 0 (the planner skips
        them), so that no list is copied for a line."""
        key = (customer_id, currency)
        entries = self._lists.get(key)
        if not entries:
            return ()
        if self._latest[key] <= on:
            return entries
        return [i for i in entries if i.invoice_date <= on]

    def claim(self, plan: AllocationPlan) -> None:
        for item, minor in plan.lines:
            key, position = self._where[item.installment_id]
            entries = self._lists[key]
            entries[position] = replace(entries[position], open_minor=entries[position].open_minor - minor)


def _unmatched_lines(
    session: Session, batch_id: int | None, line_ids: Sequence[int] | None
) -> list[IncomingLine]:
    query = (
        select(
            BankLineRecord.id,
            BankLineRecord.line_key,
            BankLineRecord.booking_date,
            BankLineRecord.amount_minor,
            BankLineRecord.currency,
            BankLineRecord.counterparty_name,
            BankLineRecord.counterparty_account,
            BankLineRecord.memo,
            BankLineRecord.reference,
        )
        .where(BankLineRecord.status == BankLineStatus.UNMATCHED, BankLineRecord.amount_minor > 0)
        .order_by(BankLineRecord.booking_date, BankLineRecord.id)
    )
    if batch_id is not None:
        query = query.where(BankLineRecord.batch_id == batch_id)
    if line_ids is not None:
        query = query.where(BankLineRecord.id.in_(list(line_ids)))
    return [IncomingLine(*row) for row in session.execute(query)]


def load_directory(session: Session) -> CustomerDirectory:
    refs = [
        CustomerRef(
            row.id, row.code, row.name, tuple(a for a in (row.aliases or "").splitlines() if a), row.tax_id
        )
        for row in session.execute(
            select(Customer.id, Customer.code, Customer.name, Customer.aliases, Customer.tax_id)
        )
    ]
    known_accounts = session.execute(
        select(BankLineRecord.counterparty_account, Receipt.customer_id)
        .join(Receipt, Receipt.id == BankLineRecord.receipt_id)
        .where(BankLineRecord.status == BankLineStatus.MATCHED, BankLineRecord.counterparty_account != "")
        .distinct()
    ).all()
    return CustomerDirectory(refs, known_accounts)


def load_open_items(session: Session, directory: CustomerDirectory) -> list[OpenInstallment]:
    """Every open installment, all allocations counted (as the ledger checks an allocation)."""
    ids = {ref.code: ref.id for ref in directory.customers.values()}
    return [
        OpenInstallment(
            installment_id=row.id,
            customer_id=ids[row.code],
            invoice_number=row.number,
            seq=row.seq,
            invoice_date=row.invoice_date,
            due_date=row.due_date,
            currency=row.currency,
            open_minor=row.open_minor,
        )
        for row in session.execute(open_items_query(date.max))
        if row.open_minor > 0
    ]


def propose_matches(
    session: Session,
    *,
    batch_id: int | None = None,
    line_ids: Sequence[int] | None = None,
    fee_tolerance: Decimal = BANK_FEE_TOLERANCE,
) -> list[Proposal]:
    """One proposal per unmatched line of money in whose payer is recognised, in date order.

    Lines with exact evidence (invoice numbers, exact amounts, combinations, an invoice less a
    bank fee of at most `fee_tolerance`) claim their items first; the rest are then applied
    oldest first to what is left, so no two proposals of a run claim the same money of an
    installment.
    """
    lines = _unmatched_lines(session, batch_id, line_ids)
    if not lines:
        return []
    directory = load_directory(session)
    return match_lines(lines, directory, load_open_items(session, directory), fee_tolerance=fee_tolerance)


def match_lines(
    lines: Sequence[IncomingLine],
    directory: CustomerDirectory,
    open_items: Iterable[OpenInstallment],
    *,
    fee_tolerance: Decimal = BANK_FEE_TOLERANCE,
) -> list[Proposal]:
    """The proposals for lines (in the order given) against open items: pure, no database."""
    pool = _OpenItemPool(open_items)
    tolerance = _MinorTolerance(fee_tolerance)
    proposals: dict[int, Proposal] = {}
    deferred = []
    for line in lines:
        found = _identify(line, directory, pool, tolerance(line.currency))
        if found is None:
            continue
        identification, mentioned, tokens = found
        items = pool.items(identification.customer_id, line.currency, line.booking_date)
        plan = plan_allocation(
            line.amount_minor,
            items,
            line.currency,
            mentioned,
            allow_partial=False,
            tokens=tokens,
            fee_tolerance_minor=tolerance(line.currency),
        )
        if plan is None:
            deferred.append((line, identification, mentioned, tokens))
            continue
        pool.claim(plan)
        proposals[line.id] = _proposal(line, identification, plan, directory)
    for line, identification, mentioned, tokens in deferred:
        items = pool.items(identification.customer_id, line.currency, line.booking_date)
        plan = plan_allocation(line.amount_minor, items, line.currency, mentioned, tokens=tokens)
        pool.claim(plan)
        proposals[line.id] = _proposal(line, identification, plan, directory)
    return [proposals[line.id] for line in lines if line.id in proposals]


class _MinorTolerance:
    """The bank-fee tolerance in each currency's minor units (rounded down)."""

    def __init__(self, tolerance: Decimal) -> None:
        self.tolerance = Decimal(tolerance)
        self.minor: dict[str, int] = {}

    def __call__(self, currency: str) -> int:
        if currency not in self.minor:
            try:
                self.minor[currency] = int(
                    self.tolerance.scaleb(minor_digits(currency)).to_integral_value(ROUND_DOWN)
                )
            except MoneyError:
                self.minor[currency] = 0
        return self.minor[currency]


def _identify(
    line: IncomingLine, directory: CustomerDirectory, pool: _OpenItemPool, fee_tolerance_minor: int = 0
) -> tuple[Identification, frozenset[str], frozenset[str]] | None:
    """The customer who paid, the open invoice numbers the memo names, and all its number-like words."""
    tokens = invoice_mentions(f"{line.memo} {line.reference}")
    mentioned = pool.open_numbers(tokens)
    text = f"{line.memo} {line.reference} {line.counterparty_account}"
    identification = directory.identify(line.counterparty_name, line.counterparty_account, text)
    options = (identification.candidates or (identification,)) if identification else ()
    owners = pool.owners(mentioned)
    # Invoice numbers in the memo: they name the customer, or confirm (or settle) the payer's name.
    named = [o for o in options if o.customer_id in owners] if options else []
    # A payer known only by a similar name (or by none) who names one customer's invoice: the
    # invoice number says more than the name.
    unsure = identification is None or identification.confidence < NORMALISED_NAME_CONFIDENCE
    if len(named) == 1 or (not named and unsure and len(owners) == 1):
        chosen = named[0] if named else Identification(next(iter(owners)), 0, ())
        numbers = ", ".join(sorted(n for n in mentioned if chosen.customer_id in pool.owners([n])))
        reason = _("memo names {numbers} of customer {code}").format(
            numbers=numbers, code=directory.code(chosen.customer_id)
        )
        confidence = max(chosen.confidence, INVOICE_OWNER_CONFIDENCE)
        return Identification(chosen.customer_id, confidence, (*chosen.reasons, reason)), mentioned, tokens
    if identification is None:
        return None
    if identification.candidates:
        identification = _settle_by_open_items(
            line, identification, pool, directory, tokens, fee_tolerance_minor
        )
    return identification, mentioned, tokens


def _settle_by_open_items(
    line: IncomingLine,
    identification: Identification,
    pool: _OpenItemPool,
    directory: CustomerDirectory,
    tokens: frozenset[str] = frozenset(),
    fee_tolerance_minor: int = 0,
) -> Identification:
    """Of several customers the payer could be, the only one with open items the amount fits."""
    fitting = []
    for option in identification.candidates:
        items = pool.items(option.customer_id, line.currency, line.booking_date)
        plan = plan_allocation(
            line.amount_minor,
            items,
            line.currency,
            allow_partial=False,
            tokens=tokens,
            fee_tolerance_minor=fee_tolerance_minor,
        )
        if plan is not None and plan.score >= SETTLED_BY_OPEN_ITEMS:
            fitting.append(option)
    if len(fitting) != 1:
        return identification
    chosen = fitting[0]
    others = ", ".join(directory.code(o.customer_id) for o in identification.candidates if o is not chosen)
    reason = _(
        "of the customers it could be (also {codes}), only this one has open items the amount fits"
    ).format(codes=others)
    confidence = min(chosen.confidence, SETTLED_BY_OPEN_ITEMS)
    return Identification(chosen.customer_id, confidence, (*chosen.reasons, reason))


def _proposal(
    line: IncomingLine, identification: Identification, plan: AllocationPlan, directory: CustomerDirectory
) -> Proposal:
    ref = directory.customers[identification.customer_id]
    score = combine_scores(identification.confidence, plan.score)
    return Proposal(
        line_id=line.id,
        line_key=line.line_key,
        booking_date=line.booking_date,
        amount=Money.from_minor(line.amount_minor, line.currency),
        counterparty_name=line.counterparty_name,
        memo=line.memo,
        customer_code=ref.code,
        customer_name=ref.name,
        score=score,
        reasons=(
            *(
                _("customer ({confidence}): {reason}").format(confidence=identification.confidence, reason=r)
                for r in identification.reasons
            ),
            *(_("items ({score}): {reason}").format(score=plan.score, reason=r) for r in plan.reasons),
        ),
        allocations=tuple(
            ProposedAllocation(
                item.installment_id,
                item.invoice_number,
                item.seq,
                item.due_date,
                Money.from_minor(minor, line.currency),
            )
            for item, minor in plan.lines
        ),
        bank_fee=Money.from_minor(plan.bank_fee_minor, line.currency) if plan.bank_fee_minor else None,
    )


# ---------------------------------------------------------------------------------------------
# Confirming, ignoring, undoing


@dataclass(frozen=True)
class MatchResult:
    line_id: int
    customer_code: str
    receipt_number: str
    amount: Money
    allocated: Money
    unapplied: Money
    alias_learned: str | None


@dataclass(frozen=True)
class AutoMatchResult:
    proposals: int
    confirmed: int
    below_threshold: int
    skipped: tuple[tuple[int, str], ...]  # (line id, why it could not be confirmed)
    receipts: tuple[str, ...]
    allocated_totals: tuple[Money, ...]


def confirm_match(
    uow: UnitOfWork,
    line_id: int,
    customer_code: str,
    allocations: Sequence[AllocationLine] | None = None,
) -> MatchResult:
    """Post a bank line as a receipt of a customer and apply it, in one transaction.

    `allocations` None applies it oldest due first; an empty list leaves it unapplied cash. The
    receipt is dated the booking date, its payer is the counterparty and its reference the bank
    reference (else the line key). The payer name is remembered as an alias of the customer.
    """
    with uow:
        result = _confirm(uow, line_id, customer_code, allocations)
        uow.commit()
        return result


def _confirm(
    parent: UnitOfWork,
    line_id: int,
    customer_code: str,
    allocations: Sequence[AllocationLine] | None,
) -> MatchResult:
    # The ledger services called below join this unit of work (or step): one transaction.
    parent.require(Action.ALLOCATE)
    session = parent.session
    line = _line_for_update(session, line_id, BankLineStatus.UNMATCHED)
    if line.amount_minor <= 0:
        raise InvariantViolation(
            _("bank line {line} is not money in; only money in becomes a receipt").format(line=line_id)
        )
    receipt = ledger.post_receipt(
        parent,
        customer_code=customer_code,
        amount=line.amount.amount,
        receipt_date=line.booking_date,
        currency=line.currency,
        payer=line.counterparty_name[:200],
        reference=(line.reference or line.line_key)[:200],
        memo=line.memo,
    )
    if allocations is None:
        allocations = ledger.suggest_allocation(
            session, DocumentKind.RECEIPT, receipt.number, line.booking_date
        )
    allocated = Money.zero(line.currency)
    if allocations:
        done = ledger.allocate(
            parent,
            kind=DocumentKind.RECEIPT,
            number=receipt.number,
            on=line.booking_date,
            lines=list(allocations),
        )
        allocated = done.amount
    alias = _remember_alias(parent, customer_code, line.counterparty_name)
    line.status = BankLineStatus.MATCHED
    line.receipt_id = receipt.id
    session.flush()
    parent.audit(
        "bank_line.match",
        "bank_line",
        line.id,
        before={"status": BankLineStatus.UNMATCHED},
        after={"status": BankLineStatus.MATCHED, "receipt": receipt.number, "customer": customer_code},
    )
    parent.changes.add("bank_lines")
    return MatchResult(
        line_id=line.id,
        customer_code=customer_code,
        receipt_number=receipt.number,
        amount=line.amount,
        allocated=allocated,
        unapplied=line.amount - allocated,
        alias_learned=alias,
    )


def _line_for_update(session: Session, line_id: int, expected_status: str) -> BankLineRecord:
    line = session.get(BankLineRecord, line_id, with_for_update=True)
    if line is None:
        raise NotFound(_("unknown bank line {line}").format(line=line_id), field="line")
    if line.status != expected_status:
        raise InvariantViolation(
            _("bank line {line} is {status}, not {expected}").format(
                line=line_id, status=line.status, expected=expected_status
            )
        )
    return line


def _remember_alias(parent: UnitOfWork, customer_code: str, payer: str) -> str | None:
    """Accepting a match teaches the payer name, so that the next payment is recognised exactly."""
    payer = " ".join(payer.split())
    if not payer or not parent.actor.may(Action.EDIT_CUSTOMERS):
        return None
    customer = customers.customer_by_code(parent.session, customer_code)
    known = {clean_name(customer.name), *(clean_name(a) for a in customer.aliases.splitlines())}
    if clean_name(payer) in known:
        return None
    aliases = [a for a in customer.aliases.splitlines() if a.strip()]
    customers.update_customer(parent, customer.code, customer.version, aliases=[*aliases, payer])
    return payer


def auto_match(
    uow: UnitOfWork,
    *,
    min_score: int = DEFAULT_MIN_SCORE,
    batch_id: int | None = None,
    progress: Callable[[int, int], None] | None = None,
    fee_tolerance: Decimal = BANK_FEE_TOLERANCE,
) -> AutoMatchResult:
    """Confirm every proposal scoring at least `min_score`, as one transaction.

    A proposal the ledger refuses (a locked period, a change meanwhile) is skipped with its
    reason, and nothing of it is written; the others are confirmed together. `progress(done,
    total)` is called before each confirmation (about 100 a second on a desktop).
    """
    if not 0 <= min_score <= 100:
        raise ValidationError(
            _("the minimum score is 0–100, not {score}").format(score=min_score), field="min_score"
        )
    with uow:
        uow.require(Action.ALLOCATE)
        proposals = propose_matches(uow.session, batch_id=batch_id, fee_tolerance=fee_tolerance)
        chosen = [p for p in proposals if p.score >= min_score]
        confirmed: list[MatchResult] = []
        skipped: list[tuple[int, str]] = []
        for done, proposal in enumerate(chosen):
            if progress is not None:
                progress(done, len(chosen))
            try:
                with uow.savepoint():
                    confirmed.append(
                        _confirm(uow, proposal.line_id, proposal.customer_code, proposal.allocation_lines())
                    )
            except DomainError as refused:
                skipped.append((proposal.line_id, str(refused)))
        totals: dict[str, Money] = {}
        for result in confirmed:
            currency = result.allocated.currency
            totals[currency] = totals.get(currency, Money.zero(currency)) + result.allocated
        result = AutoMatchResult(
            proposals=len(proposals),
            confirmed=len(confirmed),
            below_threshold=len(proposals) - len(chosen),
            skipped=tuple(skipped),
            receipts=tuple(r.receipt_number for r in confirmed),
            allocated_totals=tuple(totals[c] for c in sorted(totals)),
        )
        if confirmed:
            uow.audit(
                "bank_match.auto",
                "matching_run",
                batch_id if batch_id is not None else "all",
                after={"min_score": min_score, "confirmed": len(confirmed), "skipped": len(skipped)},
            )
            uow.commit()
        return result


def ignore_line(uow: UnitOfWork, line_id: int, reason: str) -> None:
    """Set aside a line of money in that is not a customer payment (a refund, a loan, interest)."""
    if not reason.strip():
        raise ValidationError(_("say why the line is ignored"), field="reason")
    with uow:
        uow.require(Action.ALLOCATE)
        line = _line_for_update(uow.session, line_id, BankLineStatus.UNMATCHED)
        line.status = BankLineStatus.IGNORED
        line.note = reason.strip()
        uow.session.flush()
        uow.audit(
            "bank_line.ignore",
            "bank_line",
            line_id,
            before={"status": BankLineStatus.UNMATCHED},
            after={"status": BankLineStatus.IGNORED, "reason": reason.strip()},
        )
        uow.changes.add("bank_lines")
        uow.commit()


def unmatch_line(uow: UnitOfWork, line_id: int, *, on: date, reason: str) -> None:
    """Undo a confirmed match: reverse its receipt on a date (releasing its allocations) and put
    the line back in the queue, in one transaction."""
    with uow:
        uow.require(Action.ALLOCATE)
        session = uow.session
        line = _line_for_update(session, line_id, BankLineStatus.MATCHED)
        receipt = session.get(Receipt, line.receipt_id)
        ledger.reverse(uow, kind=DocumentKind.RECEIPT, number=receipt.number, on=on, reason=reason)
        line.status = BankLineStatus.UNMATCHED
        line.receipt_id = None
        session.flush()
        uow.audit(
            "bank_line.unmatch",
            "bank_line",
            line_id,
            before={"status": BankLineStatus.MATCHED, "receipt": receipt.number},
            after={"status": BankLineStatus.UNMATCHED, "reason": reason},
        )
        uow.changes.add("bank_lines", receipt.customer_id)
        uow.commit()
