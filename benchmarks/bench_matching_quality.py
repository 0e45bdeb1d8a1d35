"""Benchmark: precision and recall of automatic matches on a generated, labelled set of bank lines.

    uv run python benchmarks/bench_matching_quality.py --customers 400 --lines 2000 --seed 11

A fresh book gets customers with realistic names (Chinese companies, some sharing a trade name in
another city, and English names) and open invoices, posted through the ledger services. Bank
lines are then generated from those invoices, each with its answer (the customer and the exact
allocation per installment) and the way it was written:

- payer names as the bank writes them: the full name, without 有限公司 / Co., Ltd., English in
  upper or lower case, a short name (the trade name without the city, the first English word),
  or with a typo (one character changed, missing or doubled);
- one open item paid exactly; invoice numbers in the memo, correct or one character off;
- combined payments (one line paying 2 or 3 invoices, with or without their numbers);
- partial payments (a third of an invoice); bank fees (the invoice less 5.00, 10.00 or 15.00);
- payers who are no customer at all.

A line is labelled *automatic* when the line and the book settle its answer: the invoice
numbers named and the amount paying them, exactly or less a fee; or a payer whose name is
certain (as written in the book, upper or lower case, or without its legal form) with an invoice
number one character off a single open invoice of that payer, or with an amount that only one
open item, or one item less a fee, of that payer fits; or a payer written exactly as in the book
with an amount only one pair of its items adds up to. A short or misspelt name without an
invoice number, partial payments, three invoices paid together without their numbers and
unknown payers are labelled *review*: a clerk should see them (a similar name may be a sister
company). "Only one" counts all of the payer's open items, as matching sees them.

The lines are imported from a CSV and `propose_matches` runs once. Precision is the share of
automatic matches (score ≥ the default threshold) whose customer and allocation are exactly the
answer; recall is the share of lines labelled automatic that were matched automatically and
right. Prints a table per kind of line, then precision and recall last.
"""

from __future__ import annotations

import argparse
import csv
import os
import random
import tempfile
import time
from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from itertools import combinations
from pathlib import Path

from sqlalchemy import select

from acctdesk.model.entities import BankLineRecord
from acctdesk.model.money import from_minor, to_minor
from acctdesk.services import customers, ledger
from acctdesk.services.bank_import import import_bank_file
from acctdesk.services.matching import (
    BANK_FEE_TOLERANCE,
    DEFAULT_MIN_SCORE,
    OpenInstallment,
    load_directory,
    load_open_items,
    propose_matches,
)
from acctdesk.services.settings import initialise_book
from acctdesk.services.uow import UnitOfWork

PAID_ON = date(2026, 10, 15)
HEADER = ["交易日期", "收入金额", "支出金额", "对方户名", "对方账号", "摘要", "交易流水号"]
CITIES = [
    "上海",
    "北京",
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
    "宁波",
]
CORES = [
    "华信", "东方", "金桥", "宏达", "恒通", "瑞丰", "远航", "中联", "博远", "海润", "鼎盛", "天元", "嘉禾",
    "正泰", "联创", "星河", "长风", "华茂", "新锐", "益达", "开元", "永盛", "德润", "普华", "信达", "安泰",
]  # fmt: skip
TRADES = ["科技", "电子", "贸易", "机械", "物流", "医药", "建材", "食品", "化工", "纺织", "软件", "环保"]
FORMS = ["有限公司", "有限公司", "有限公司", "股份有限公司", "有限责任公司"]
EN_FIRST = ["Northwind", "Keystone", "Bluewater", "Redwood", "Silverline", "Greenfield", "Harbor", "Summit"]
EN_SECOND = ["Trading", "Foods", "Logistics", "Electronics", "Textiles", "Components", "Chemicals", "Supply"]
EN_FORMS = ["Co., Ltd.", "Limited", "Ltd", "Inc.", "GmbH", "Pte. Ltd."]
TYPO_CHARS = "华信东方金宏达通丰航联博海润盛元禾泰创星风茂锐益开永德普安中新"
FEES = (Decimal("5.00"), Decimal("10.00"), Decimal("15.00"))
KINDS = {  # kind of line: share of the lines
    "exact amount": 0.22,
    "invoice in memo": 0.13,
    "invoice typo in memo": 0.10,
    "two or three invoices": 0.15,
    "partial payment": 0.10,
    "bank fee": 0.18,
    "unknown payer": 0.12,
}


@dataclass
class Answer:
    kind: str
    name_kind: str
    customer_code: str | None
    allocation: dict[int, int]  # installment id -> minor units
    automatic: bool
    with_numbers: bool = False


@dataclass
class Customer:
    code: str
    name: str
    english: bool
    items: list[OpenInstallment] = field(default_factory=list)


# ---------------------------------------------------------------------------------------------
# The book


def company_names(rng: random.Random, chinese: int, english: int) -> list[tuple[str, bool]]:
    names: dict[str, bool] = {}
    while len(names) < chinese:
        names[f"{rng.choice(CITIES)}{rng.choice(CORES)}{rng.choice(TRADES)}{rng.choice(FORMS)}"] = False
    while len(names) < chinese + english:
        names[f"{rng.choice(EN_FIRST)} {rng.choice(EN_SECOND)} {rng.choice(EN_FORMS)}"] = True
    return list(names.items())


def invoice_amount(rng: random.Random) -> Decimal:
    return Decimal(round(rng.lognormvariate(9.5, 1.3), 2)).quantize(Decimal("0.01")).max(Decimal("300.00"))


def build_book(book, rng: random.Random, customer_count: int) -> list[Customer]:
    english = customer_count // 6
    people = [
        Customer(f"K{n:04d}", name, is_english)
        for n, (name, is_english) in enumerate(company_names(rng, customer_count - english, english), start=1)
    ]
    invoices = []
    for person in people:
        monthly = invoice_amount(rng) if rng.random() < 0.1 else None
        for _ in range(rng.randint(3, 10)):
            amount = monthly if monthly is not None and rng.random() < 0.5 else invoice_amount(rng)
            invoices.append((person.code, amount, date(2026, 1, 1) + timedelta(days=rng.randrange(270))))
    rng.shuffle(invoices)
    uow = UnitOfWork(book, "bench")
    with uow:
        for person in people:
            customers.create_customer(uow, person.code, person.name, "CNY")
        for number, (code, amount, day) in enumerate(invoices, start=1):
            ledger.post_invoice(
                uow,
                customer_code=code,
                number=f"INV-2026-{number:05d}",
                invoice_date=day,
                amount=amount,
                due_date=day + timedelta(days=30),
            )
        uow.commit()
    with book.sessions() as session:
        directory = load_directory(session)
        by_id = {person.code: person for person in people}
        for item in load_open_items(session, directory):
            by_id[directory.code(item.customer_id)].items.append(item)
    return people


# ---------------------------------------------------------------------------------------------
# How payers and memos are written


def strip_form(name: str) -> str:
    for form in [*sorted(set(FORMS), key=len, reverse=True), *EN_FORMS]:
        if name.endswith(form):
            return name[: -len(form)].strip()
    return name


def payer_name(rng: random.Random, person: Customer) -> tuple[str, str]:
    """(the name as the bank writes it, which variant)."""
    roll = rng.random()
    bare = strip_form(person.name)
    if roll < 0.3:
        return person.name, "full"
    if roll < 0.5:
        return bare, "without legal form"
    if roll < 0.65 and person.english:
        return (
            (person.name.upper(), "upper case") if rng.random() < 0.5 else (person.name.lower(), "lower case")
        )
    if roll < 0.82:
        return (bare.split()[0] if person.english else bare[2:]), "short name"
    chars = list(person.name)
    at = rng.randrange(2 if not person.english else 1, len(bare))
    change = rng.choice(["replace", "delete", "double"])
    if change == "replace":
        chars[at] = rng.choice(TYPO_CHARS if not person.english else "abcdefghijklmnopqrstuvwxyz")
    elif change == "delete":
        del chars[at]
    else:
        chars.insert(at, chars[at])
    typo = "".join(chars)
    return (typo, "typo") if typo != person.name else (person.name, "full")


def number_typo(rng: random.Random, number: str) -> str:
    """An invoice number with one character off: changed, missing, doubled, or O for 0."""
    while True:
        chars = list(number)
        at = rng.randrange(4, len(chars))
        change = rng.choice(["digit", "delete", "double", "letter O"])
        if change == "digit" and chars[at].isdigit():
            chars[at] = rng.choice([d for d in "0123456789" if d != chars[at]])
        elif change == "delete":
            del chars[at]
        elif change == "double":
            chars.insert(at, chars[at])
        elif change == "letter O" and "0" in chars[4:]:
            chars[number.index("0", 4)] = "O"
        typo = "".join(chars)
        if typo != number:
            return typo


def memo_naming(rng: random.Random, numbers: list[str]) -> str:
    joined = rng.choice(["、", "/", " ", ","]).join(numbers)
    return rng.choice(["付{}货款", "{}", "支付发票{}", "货款 {}", "payment {}"]).format(joined)


# ---------------------------------------------------------------------------------------------
# The labelled lines


class Generator:
    def __init__(self, rng: random.Random, people: list[Customer], tolerance_minor: int) -> None:
        self.rng = rng
        self.people = [p for p in people if len(p.items) >= 3]
        self.tolerance = tolerance_minor
        self.used: set[int] = set()
        self.numbers = {item.invoice_number for p in people for item in p.items}
        self.unknown = 0

    def free(self, person: Customer) -> list[OpenInstallment]:
        return [item for item in person.items if item.installment_id not in self.used]

    @staticmethod
    def oldest_alike(free: list[OpenInstallment], chosen: list[OpenInstallment]) -> list[OpenInstallment]:
        """Of several open items of the same amount a payer pays the oldest (when the memo does
        not say which): the answer is that one, as matching proposes it."""
        answer: list[OpenInstallment] = []
        for item in chosen:
            alike = [i for i in free if i.open_minor == item.open_minor and i not in answer]
            answer.append(min(alike, key=_due_order))
        return answer

    def pick(self, need: int) -> tuple[Customer, list[OpenInstallment]] | None:
        for _ in range(50):
            person = self.rng.choice(self.people)
            free = self.free(person)
            if len(free) >= need:
                return person, free
        return None

    def line(self, kind: str) -> tuple[str, str, int, Answer]:
        """(payer, memo, amount in minor units, answer)."""
        need = {"two or three invoices": 3, "unknown payer": 0}.get(kind, 1)
        picked = self.pick(need) if kind != "unknown payer" else None
        if picked is None:
            self.unknown += 1
            minor = to_minor(invoice_amount(self.rng), "CNY")
            core = self.rng.choice(["万家", "众诚", "佳美"])
            payer = f"{self.rng.choice(CITIES)}{core}商贸{self.unknown}号有限公司"
            return payer, "往来款", minor, Answer("unknown payer", "unknown", None, {}, False)
        person, free = picked
        payer, name_kind = payer_name(self.rng, person)
        exact_name = name_kind in ("full", "upper case", "lower case")
        certain = exact_name or name_kind == "without legal form"
        # what the payer owes, as matching sees it before any line is applied
        owed = person.items
        own = Counter(item.open_minor for item in owed)
        if kind == "two or three invoices":
            chosen = self.rng.sample(free, self.rng.choice([2, 2, 3]))
            minor = sum(item.open_minor for item in chosen)
            named = self.rng.random() < 0.5
            memo = memo_naming(self.rng, [i.invoice_number for i in chosen]) if named else "货款"
            chosen = chosen if named else self.oldest_alike(free, chosen)
            unique = self.only_combination(owed, chosen)
            automatic = named or (exact_name and len(chosen) == 2 and unique)
            allocation = {i.installment_id: i.open_minor for i in chosen}
            return payer, memo, minor, self.answer(kind, name_kind, person, allocation, automatic, named)
        item = self.rng.choice(free)
        named = kind in ("invoice in memo", "invoice typo in memo") or self.rng.random() < 0.5
        item = item if named else self.oldest_alike(free, [item])[0]
        if kind == "partial payment":
            minor = max(1, item.open_minor // 3)
            memo = memo_naming(self.rng, [item.invoice_number]) if named else "货款"
            answer = self.answer(kind, name_kind, person, {item.installment_id: minor}, False, named)
            return payer, memo, minor, answer
        if kind == "bank fee":
            minor = item.open_minor - to_minor(self.rng.choice(FEES), "CNY")
            memo = memo_naming(self.rng, [item.invoice_number]) if named else "货款"
            near = [i for i in owed if 0 <= i.open_minor - minor <= self.tolerance]
            fits = minor * 20 >= item.open_minor  # the fee is at most 5% of the invoice
            automatic = fits and (named or (certain and near == [item]))
            allocation = {item.installment_id: minor}
            return payer, memo, minor, self.answer(kind, name_kind, person, allocation, automatic, named)
        minor = item.open_minor
        if kind in ("invoice in memo", "invoice typo in memo"):
            number = item.invoice_number
            if kind == "invoice typo in memo":
                number = number_typo(self.rng, number)
                # settled when the typo is no other open invoice and is one character off only this one
                near = [i for i in owed if _one_off(number, i.invoice_number)]
                automatic = certain and number not in self.numbers and near == [item]
            else:
                automatic = True
            memo = memo_naming(self.rng, [number])
            answer = self.answer(kind, name_kind, person, {item.installment_id: minor}, automatic, True)
            return payer, memo, minor, answer
        automatic = certain and own[minor] == 1
        answer = self.answer(kind, name_kind, person, {item.installment_id: minor}, automatic)
        return payer, "货款", minor, answer

    def answer(self, kind, name_kind, person, allocation, automatic, named=False) -> Answer:
        self.used.update(allocation)
        return Answer(kind, name_kind, person.code, allocation, automatic, named)

    @staticmethod
    def only_combination(owed: list[OpenInstallment], chosen: list[OpenInstallment]) -> bool:
        target = sum(item.open_minor for item in chosen)
        amounts = [item.open_minor for item in owed]
        if target in amounts:
            return False
        found = sum(1 for size in (2, 3) for combo in combinations(amounts, size) if sum(combo) == target)
        return found == 1


def _due_order(item: OpenInstallment):
    return (item.due_date is None, item.due_date or date.max, item.invoice_date, item.installment_id)


def _one_off(typo: str, number: str) -> bool:
    """One character changed, missing, added, or two neighbours swapped."""
    if typo == number or abs(len(typo) - len(number)) > 1:
        return False
    if len(typo) == len(number):
        diffs = [i for i, (a, b) in enumerate(zip(typo, number, strict=True)) if a != b]
        swapped = len(diffs) == 2 and diffs[1] == diffs[0] + 1 and typo[diffs[0]] == number[diffs[1]]
        return len(diffs) == 1 or (swapped and typo[diffs[1]] == number[diffs[0]])
    short, long = sorted((typo, number), key=len)
    return any(long[:i] + long[i + 1 :] == short for i in range(len(long)))


def generate(rng: random.Random, people: list[Customer], count: int, tolerance: int):
    generator = Generator(rng, people, tolerance)
    kinds = rng.choices(list(KINDS), weights=list(KINDS.values()), k=count)
    rows, answers = [], {}
    for n, kind in enumerate(kinds):
        payer, memo, minor, answer = generator.line(kind)
        reference = f"Q{n:06d}"
        rows.append([PAID_ON.isoformat(), str(from_minor(minor, "CNY")), "", payer, "", memo, reference])
        answers[reference] = answer
    return rows, answers


# ---------------------------------------------------------------------------------------------
# Measuring


def is_right(proposal, answer: Answer) -> bool:
    paid = {a.installment_id: a.amount.minor for a in proposal.allocations}
    return proposal.customer_code == answer.customer_code and paid == answer.allocation


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--customers", type=int, default=400)
    parser.add_argument("--lines", type=int, default=2000)
    parser.add_argument("--seed", type=int, default=11)
    parser.add_argument(
        "--show-wrong", type=int, default=0, metavar="N", help="print N wrong automatic matches"
    )
    parser.add_argument(
        "--show-missed",
        type=int,
        default=0,
        metavar="N",
        help="print N lines labelled automatic not matched so",
    )
    args = parser.parse_args()
    rng = random.Random(args.seed)
    tolerance = to_minor(BANK_FEE_TOLERANCE, "CNY")
    with tempfile.TemporaryDirectory() as workdir:
        book, _ = initialise_book(
            f"sqlite:///{Path(workdir) / 'quality.sqlite'}", name="Quality", user="bench"
        )
        started = time.perf_counter()
        people = build_book(book, rng, args.customers)
        open_count = sum(len(p.items) for p in people)
        seconds = time.perf_counter() - started
        print(f"book: {len(people):,} customers, {open_count:,} open invoices ({seconds:.1f} s)")
        rows, answers = generate(rng, people, args.lines, tolerance)
        statement = Path(workdir) / "statement.csv"
        with statement.open("w", newline="", encoding="utf-8") as file:
            csv.writer(file).writerows([HEADER, *rows])
        import_bank_file(UnitOfWork(book, "bench"), statement)
        started = time.perf_counter()
        with book.sessions() as session:
            proposals = propose_matches(session)
            references = dict(session.execute(select(BankLineRecord.id, BankLineRecord.reference)).all())
        seconds = time.perf_counter() - started
        book.close()

    stats: dict[str, Counter] = defaultdict(Counter)
    wrong, missed = [], []
    for proposal in proposals:
        answer = answers[references[proposal.line_id]]
        if proposal.score >= DEFAULT_MIN_SCORE:
            right = is_right(proposal, answer)
            stats[answer.kind]["auto"] += 1
            stats[answer.kind]["right" if right else "wrong"] += 1
            if answer.automatic and right:
                stats[answer.kind]["found"] += 1
            if not right:
                wrong.append((proposal, answer))
        if answer.automatic and not (proposal.score >= DEFAULT_MIN_SCORE and is_right(proposal, answer)):
            missed.append((proposal, answer))
    for answer in answers.values():
        stats[answer.kind]["lines"] += 1
        stats[answer.kind]["automatic"] += answer.automatic

    print(f"lines: {len(rows):,}; proposals: {len(proposals):,} in {seconds:.2f} s")
    print(
        f"{'kind of line':<24}{'lines':>7}{'labelled auto':>15}{'auto-matched':>14}{'right':>7}{'wrong':>7}"
    )
    for kind in KINDS:
        s = stats[kind]
        print(f"{kind:<24}{s['lines']:>7}{s['automatic']:>15}{s['auto']:>14}{s['right']:>7}{s['wrong']:>7}")
    for proposal, answer in [*wrong[: args.show_wrong], *missed[: args.show_missed]]:
        verdict = "wrong" if proposal.score >= DEFAULT_MIN_SCORE else "missed"
        print(
            f"  {verdict}: {answer.kind} / {answer.name_kind}: {proposal.counterparty_name} "
            f"{proposal.memo!r} {proposal.amount.amount} -> {proposal.customer_code} score {proposal.score}; "
            f"answer {answer.customer_code} {answer.allocation}"
        )
        for reason in proposal.reasons:
            print(f"      {reason}")
    auto = sum(s["auto"] for s in stats.values())
    right = sum(s["right"] for s in stats.values())
    labelled = sum(s["automatic"] for s in stats.values())
    found = sum(s["found"] for s in stats.values())
    print(f"machine: {os.cpu_count()} cores, shared with other work while measured")
    precision, recall = right / max(1, auto), found / max(1, labelled)
    print(
        f"precision of automatic matches (score ≥ {DEFAULT_MIN_SCORE}): "
        f"{right:,} of {auto:,} right = {precision:.1%}"
    )
    print(
        f"recall of lines labelled automatic: {found:,} of {labelled:,} matched so and right = {recall:.1%}"
    )


if __name__ == "__main__":
    main()
