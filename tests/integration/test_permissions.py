"""Role × action: every mutating service refuses what the acting user's role does not allow,
called through the services and through the command line alike."""

from __future__ import annotations

import importlib
import inspect
import pkgutil
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy import select

import acctdesk.services
from acctdesk.cli import main
from acctdesk.model.entities import Allocation, Installment
from acctdesk.services import (
    approvals,
    auth,
    backup,
    bank_import,
    collections,
    confirmations,
    contracts,
    credit,
    credit_alerts,
    credit_file,
    credit_rating,
    customers,
    demo,
    dunning_letter,
    followups,
    ledger,
    master_import,
    matching,
    provisions,
    reminder_policy,
    reminders,
    settings,
    statement_mail,
    statements,
    term_library,
)
from acctdesk.services.auth import PERMISSIONS, Action, Role
from acctdesk.services.book import open_book
from acctdesk.services.errors import DomainError, PermissionDenied
from acctdesk.services.importing import suggest_mapping
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger, d

ROLE_USERS = {role: f"r_{role.value}" for role in Role}


@dataclass
class World:
    """What a case's setup made, for the call under test to refer to."""

    book: object
    ledger: Ledger
    values: dict = field(default_factory=dict)


def _base(world: World) -> None:
    world.ledger.customer("C1", "上海华信科技有限公司")
    world.ledger.invoice("INV-1", "1000.00", "2026-01-10", due="2026-02-09")


def _with_receipt(world: World) -> None:
    _base(world)
    world.ledger.receipt("300.00", "2026-01-20", number="RC-1")


def _with_allocation(world: World) -> None:
    _with_receipt(world)
    result = world.ledger.allocate("RC-1", "2026-01-20")
    world.values["allocation"] = result.allocations[0]


def _with_request(world: World) -> None:
    _base(world)
    filed = approvals.request_credit_limit(
        world.ledger.uow(), customer_code="C1", credit_limit=Decimal("50000.00"), reason="业务增长"
    )
    world.values["request"] = filed.id


def _with_lock(world: World) -> None:
    _base(world)
    with world.book.sessions() as session:
        version = settings.book_info(session).version
    settings.set_lock_date(world.ledger.uow(), d("2026-01-31"), version)


def _with_term(world: World) -> None:
    _base(world)
    term_library.add_term(world.ledger.uow(), "标准账期", "EOM+60")


def _with_contract(world: World) -> None:
    _base(world)
    contracts.create_contract(
        world.ledger.uow(),
        number="HT-1",
        customer_code="C1",
        amount=Decimal("1000.00"),
        term="30% SIGN; BAL ACCEPT",
    )


def _with_statement(world: World) -> None:
    _base(world)
    issued = confirmations.issue_statement(
        world.ledger.uow(), "C1", start=d("2026-01-01"), end=d("2026-01-31")
    )
    world.values["statement"] = issued.number
    statement_mail.set_smtp_settings(world.ledger.uow(), sender="ar@example.com")


def _bank_file(world: World) -> Path:
    path = world.values["dir"] / "工行流水.csv"
    path.write_text(
        "交易日期,收入金额,支出金额,对方户名,摘要,交易流水号\n"
        "2026-01-20,1000.00,,上海华信科技有限公司,货款 INV-1,T0001\n",
        encoding="utf-8",
    )
    return path


def _invoice_sheet(world: World) -> Path:
    path = world.values["dir"] / "发票.csv"
    path.write_text(
        "客户编码,发票号,开票日期,金额,到期日\nC1,INV-2,2026-01-15,500.00,2026-02-14\n", encoding="utf-8"
    )
    return path


def _with_bank_line(world: World) -> None:
    _base(world)
    bank_import.import_bank_file(world.ledger.uow(), _bank_file(world))


def _with_matched_line(world: World) -> None:
    _with_bank_line(world)
    matching.confirm_match(world.ledger.uow(), 1, "C1")


def _installment(world: World) -> int:
    with world.book.sessions() as session:
        return session.scalar(select(Installment.id).order_by(Installment.id))


@dataclass(frozen=True)
class Case:
    service: str  # module.function, as the completeness check finds them
    action: Action | None  # None: needs approval, not a role (checked elsewhere)
    setup: Callable[[World], None]
    call: Callable[[UnitOfWork, World], object]
    cli: Callable[[World], list[str]] | None = None


def _version(world: World, code: str = "C1") -> int:
    with world.book.sessions() as session:
        return customers.get_customer(session, code).version


CASES = [
    Case(
        "customers.create_customer",
        Action.EDIT_CUSTOMERS,
        _base,
        lambda uow, w: customers.create_customer(uow, "N1", "新客户", "CNY"),
        lambda w: ["customer-add", "N1", "新客户"],
    ),
    Case(
        "customers.update_customer",
        Action.EDIT_CUSTOMERS,
        _base,
        lambda uow, w: customers.update_customer(uow, "C1", _version(w), collector="孙丽"),
    ),
    Case(
        "customers.create_group",
        Action.EDIT_CUSTOMERS,
        _base,
        lambda uow, w: customers.create_group(uow, "G1", "华信集团", "CNY"),
    ),
    Case(
        "ledger.post_invoice",
        Action.POST,
        _base,
        lambda uow, w: ledger.post_invoice(
            uow,
            customer_code="C1",
            number="INV-2",
            invoice_date=d("2026-02-01"),
            amount=Decimal("10.00"),
            due_date=d("2026-03-01"),
        ),
        lambda w: ["invoice", "C1", "INV-2", "10", "--date", "2026-02-01", "--due", "2026-03-01"],
    ),
    Case(
        "ledger.post_receipt",
        Action.POST,
        _base,
        lambda uow, w: ledger.post_receipt(
            uow, customer_code="C1", amount=Decimal("10.00"), receipt_date=d("2026-02-01")
        ),
        lambda w: ["receipt", "C1", "10", "--date", "2026-02-01"],
    ),
    Case(
        "ledger.post_credit_note",
        Action.POST,
        _base,
        lambda uow, w: ledger.post_credit_note(
            uow, customer_code="C1", amount=Decimal("10.00"), note_date=d("2026-02-01"), reason="返利"
        ),
        lambda w: ["credit-note", "C1", "10", "--date", "2026-02-01", "--reason", "返利"],
    ),
    Case(
        "ledger.allocate",
        Action.ALLOCATE,
        _with_receipt,
        lambda uow, w: ledger.allocate(uow, kind="receipt", number="RC-1", on=d("2026-01-20")),
        lambda w: ["allocate", "RC-1", "--date", "2026-01-20"],
    ),
    Case(
        "ledger.unallocate",
        Action.ALLOCATE,
        _with_allocation,
        lambda uow, w: ledger.unallocate(uow, allocation_id=w.values["allocation"], on=d("2026-01-25")),
        lambda w: ["unallocate", str(w.values["allocation"]), "--date", "2026-01-25"],
    ),
    Case(
        "ledger.reverse",
        Action.REVERSE,
        _base,
        lambda uow, w: ledger.reverse(uow, kind="invoice", number="INV-1", on=d("2026-01-15"), reason="录错"),
        lambda w: ["reverse", "invoice", "INV-1", "--date", "2026-01-15", "--reason", "录错"],
    ),
    Case(
        "approvals.request_write_off",
        Action.WRITE_OFF,
        _base,
        lambda uow, w: approvals.request_write_off(
            uow,
            customer_code="C1",
            on=d("2026-06-30"),
            reason="破产",
            lines=[ledger.AllocationLine(_installment(w), Decimal("100.00"))],
        ),
        lambda w: ["write-off", "C1", "--date", "2026-06-30", "--reason", "破产", "--line", "INV-1=100"],
    ),
    Case(
        "approvals.request_credit_limit",
        Action.CREDIT,
        _base,
        lambda uow, w: approvals.request_credit_limit(
            uow, customer_code="C1", credit_limit=Decimal("1000.00"), reason="评级提升"
        ),
    ),
    Case(
        "approvals.request_reopen_period",
        Action.LOCK,
        _with_lock,
        lambda uow, w: approvals.request_reopen_period(uow, lock_date=d("2025-12-31"), reason="补录"),
        lambda w: ["lock", "2025-12-31", "--reason", "补录"],
    ),
    Case(
        "approvals.decide",
        Action.APPROVE,
        _with_request,
        lambda uow, w: approvals.decide(uow, w.values["request"], approve=True),
        lambda w: ["approve", str(w.values["request"])],
    ),
    Case(
        "settings.set_lock_date",
        Action.LOCK,
        _base,
        lambda uow, w: settings.set_lock_date(uow, d("2026-01-31"), 1),
        lambda w: ["lock", "2026-01-31"],
    ),
    Case(
        "settings.set_business_calendar",
        Action.SETTINGS,
        _base,
        lambda uow, w: settings.set_business_calendar(uow, "china"),
    ),
    Case(
        "settings.put_setting",
        Action.SETTINGS,
        _base,
        lambda uow, w: settings.put_setting(uow, "aging.bounds", [30, 60, 90]),
    ),
    Case(
        "term_library.add_term",
        Action.SETTINGS,
        _base,
        lambda uow, w: term_library.add_term(uow, "标准账期", "EOM+60"),
        lambda w: ["terms", "add", "标准账期", "EOM+60"],
    ),
    Case(
        "term_library.update_term",
        Action.SETTINGS,
        _with_term,
        lambda uow, w: term_library.update_term(uow, "标准账期", "EOM+90"),
        lambda w: ["terms", "update", "标准账期", "EOM+90"],
    ),
    Case(
        "contracts.create_contract",
        Action.POST,
        _base,
        lambda uow, w: contracts.create_contract(
            uow, number="HT-2", customer_code="C1", amount=Decimal("10.00")
        ),
        lambda w: ["contract", "add", "HT-2", "C1", "10"],
    ),
    Case(
        "contracts.record_event",
        Action.POST,
        _with_contract,
        lambda uow, w: contracts.record_event(uow, contract_number="HT-1", event="验收", on=d("2026-03-01")),
        lambda w: ["contract", "event", "HT-1", "验收", "2026-03-01"],
    ),
    Case(
        "contracts.record_invoice_received",
        Action.POST,
        _base,
        lambda uow, w: contracts.record_invoice_received(uow, invoice_number="INV-1", on=d("2026-01-12")),
        lambda w: ["invoice-received", "INV-1", "2026-01-12"],
    ),
    Case(
        "auth.add_user",
        Action.USERS,
        _base,
        lambda uow, w: auth.add_user(uow, "newbie", Role.AUDITOR),
        lambda w: ["user-add", "newbie", "--role", "auditor"],
    ),
    Case(
        "auth.change_user",
        Action.USERS,
        _base,
        lambda uow, w: auth.change_user(uow, "r_auditor", role=Role.COLLECTOR),
        lambda w: ["user-change", "r_auditor", "--role", "collector"],
    ),
    Case(
        "demo.generate_demo",
        Action.POST,
        lambda w: None,
        lambda uow, w: demo.generate_demo(
            uow.book, demo.DemoSpec(customers=3, invoices=20, today=date(2026, 11, 24)), user=uow.user
        ),
        lambda w: ["demo", "--customers", "3", "--invoices", "20", "--as-of", "2026-11-24"],
    ),
    Case(
        "backup.backup_book",
        Action.BACKUP,
        _base,
        lambda uow, w: backup.backup_book(uow.book, w.values["dir"] / "copy.sqlite", user=uow.user),
        lambda w: ["backup", str(w.values["dir"] / "copy.sqlite")],
    ),
]

CASES += [
    Case(
        "confirmations.issue_statement",
        Action.STATEMENTS,
        _base,
        lambda uow, w: confirmations.issue_statement(uow, "C1", start=d("2026-01-01"), end=d("2026-01-31")),
        lambda w: ["statement", "C1", "--from", "2026-01-01", "--to", "2026-01-31", "--issue"],
    ),
    Case(
        "confirmations.issue_statements",
        Action.STATEMENTS,
        _base,
        lambda uow, w: confirmations.issue_statements(uow, [(_draft(w), "CNY")]),
    ),
    Case(
        "confirmations.mark_sent",
        Action.STATEMENTS,
        _with_statement,
        lambda uow, w: confirmations.mark_sent(uow, w.values["statement"], via="post"),
    ),
    Case(
        "confirmations.record_confirmation",
        Action.STATEMENTS,
        _with_statement,
        lambda uow, w: confirmations.record_confirmation(
            uow, w.values["statement"], confirmed_balance=Decimal("1000.00"), confirmed_on=d("2026-02-05")
        ),
        lambda w: ["confirm", w.values["statement"], "--balance", "1000.00", "--date", "2026-02-05"],
    ),
    Case(
        "statement_mail.send_statement",
        Action.STATEMENTS,
        _with_statement,
        lambda uow, w: statement_mail.send_statement(
            uow, w.values["statement"], to="finance@customer.example", send=lambda message: None
        ),
    ),
    Case(
        "statement_mail.set_smtp_settings",
        Action.SETTINGS,
        _base,
        lambda uow, w: statement_mail.set_smtp_settings(uow, host="127.0.0.1", sender="ar@example.com"),
    ),
    Case(
        "statements.set_company_header",
        Action.SETTINGS,
        _base,
        lambda uow, w: statements.set_company_header(uow, name="星河贸易有限公司"),
    ),
]


CASES += [
    Case(
        "bank_import.import_bank_file",
        Action.IMPORT,
        lambda w: (_base(w), _bank_file(w)),
        lambda uow, w: bank_import.import_bank_file(uow, _bank_file(w)),
        lambda w: ["import", "bank", str(_bank_file(w))],
    ),
    Case(
        "master_import.import_master_file",
        Action.POST,
        lambda w: (_base(w), _invoice_sheet(w)),
        lambda uow, w: master_import.import_master_file(uow, _invoice_sheet(w), "invoices"),
        lambda w: ["import", "invoices", str(_invoice_sheet(w))],
    ),
    Case(
        "bank_import.save_template",
        Action.IMPORT,
        _base,
        lambda uow, w: bank_import.save_template(
            uow, "工行对公", suggest_mapping(["交易日期", "收入金额", "支出金额", "对方户名", "摘要"])
        ),
    ),
    Case(
        "matching.confirm_match",
        Action.ALLOCATE,
        _with_bank_line,
        lambda uow, w: matching.confirm_match(uow, 1, "C1"),
        lambda w: ["bank", "confirm", "1", "C1"],
    ),
    Case(
        "matching.auto_match",
        Action.ALLOCATE,
        _with_bank_line,
        lambda uow, w: matching.auto_match(uow, min_score=50),
        lambda w: ["match", "--auto", "--min-score", "50"],
    ),
    Case(
        "matching.ignore_line",
        Action.ALLOCATE,
        _with_bank_line,
        lambda uow, w: matching.ignore_line(uow, 1, "退款，不是货款"),
        lambda w: ["bank", "ignore", "1", "--reason", "退款，不是货款"],
    ),
    Case(
        "matching.unmatch_line",
        Action.ALLOCATE,
        _with_matched_line,
        lambda uow, w: matching.unmatch_line(uow, 1, on=d("2026-01-25"), reason="认错客户"),
        lambda w: ["bank", "unmatch", "1", "--date", "2026-01-25", "--reason", "认错客户"],
    ),
]


# --- Collections (issue 8)


def _with_overdue(world: World) -> None:
    """INV-1 due 2026-02-09 is 11 days overdue on 2026-02-20."""
    _base(world)
    world.ledger.invoice("INV-C", "500.00", "2026-01-15", due="2026-02-14")


def _with_reminder(world: World) -> None:
    _with_overdue(world)
    result = reminders.run_reminders(world.ledger.uow(), d("2026-02-20"))
    world.values["reminder"] = result.reminders[0].number
    world.values["task"] = result.reminders[0].task_id


def _with_dispute(world: World) -> None:
    _base(world)
    collections.open_dispute(world.ledger.uow(), "INV-1", "数量不符", on=d("2026-02-10"))


def _with_policy(world: World) -> None:
    _base(world)
    reminder_policy.set_policy(
        world.ledger.uow(), "strict", [reminder_policy.LevelRule(1, 1, "email", "first")]
    )


CASES += [
    Case(
        "reminders.run_reminders",
        Action.COLLECT,
        _with_overdue,
        lambda uow, w: reminders.run_reminders(uow, d("2026-02-20")),
        lambda w: ["collections", "run", "--as-of", "2026-02-20"],
    ),
    Case(
        "collections.check_promises",
        Action.COLLECT,
        _with_overdue,
        lambda uow, w: collections.check_promises(uow, d("2026-02-20")),
    ),
    Case(
        "collections.record_promise",
        Action.COLLECT,
        _with_overdue,
        lambda uow, w: collections.record_promise(
            uow, "C1", "500.00", d("2026-03-01"), made_on=d("2026-02-20")
        ),
        lambda w: ["promise", "C1", "500", "--date", "2026-03-01", "--made-on", "2026-02-20"],
    ),
    Case(
        "collections.open_dispute",
        Action.COLLECT,
        _base,
        lambda uow, w: collections.open_dispute(uow, "INV-1", "数量不符", on=d("2026-02-10")),
        lambda w: ["dispute", "INV-1", "--reason", "数量不符", "--date", "2026-02-10"],
    ),
    Case(
        "collections.resolve_dispute",
        Action.COLLECT,
        _with_dispute,
        lambda uow, w: collections.resolve_dispute(uow, "INV-1", "已补发", on=d("2026-02-20")),
        lambda w: ["resolve-dispute", "INV-1", "--note", "已补发", "--date", "2026-02-20"],
    ),
    Case(
        "collections.set_dunning_contact",
        Action.COLLECT,
        _base,
        lambda uow, w: collections.set_dunning_contact(uow, "C1", name="王芳", email="ap@c1.example"),
        lambda w: ["collections", "contact", "C1", "--name", "王芳", "--email", "ap@c1.example"],
    ),
    Case(
        "followups.log_follow_up",
        Action.COLLECT,
        _base,
        lambda uow, w: followups.log_follow_up(
            uow, "C1", channel="call", summary="答应下周付款", on=d("2026-02-20")
        ),
        lambda w: [
            "follow-up",
            "C1",
            "--channel",
            "call",
            "--summary",
            "答应下周付款",
            "--date",
            "2026-02-20",
        ],
    ),
    Case(
        "followups.snooze",
        Action.COLLECT,
        _with_reminder,
        lambda uow, w: followups.snooze(uow, w.values["task"], d("2026-03-01"), "客户出差"),
        lambda w: ["task", "snooze", str(w.values["task"]), "--until", "2026-03-01", "--reason", "客户出差"],
    ),
    Case(
        "followups.complete_task",
        Action.COLLECT,
        _with_reminder,
        lambda uow, w: followups.complete_task(uow, w.values["task"]),
        lambda w: ["task", "done", str(w.values["task"])],
    ),
    Case(
        "dunning_letter.send_reminder",
        Action.COLLECT,
        _with_reminder,
        lambda uow, w: dunning_letter.send_reminder(
            uow, w.values["reminder"], to="ap@c1.example", send=lambda message: None
        ),
    ),
    Case(
        "reminder_policy.set_policy",
        Action.SETTINGS,
        _base,
        lambda uow, w: reminder_policy.set_policy(
            uow, "strict", [reminder_policy.LevelRule(1, 1, "email", "first")]
        ),
        lambda w: ["collections", "policy", "strict", "--level", "1:email:first"],
    ),
    Case(
        "reminder_policy.assign_policy",
        Action.SETTINGS,
        _with_policy,
        lambda uow, w: reminder_policy.assign_policy(uow, "strict", customer_code="C1"),
        lambda w: ["collections", "assign", "strict", "--customer", "C1"],
    ),
]


# --- Credit control (issue 7)


def _with_hold(world: World) -> None:
    _base(world)
    credit.place_on_hold(world.ledger.uow(), "C1", reason="逾期严重")


def _with_alert(world: World) -> None:
    _base(world)
    alert = credit_alerts.raise_alert(
        world.ledger.uow(), customer_code="C1", rule="manual", message="客户经营异常", on=d("2026-02-20")
    )
    world.values["alert"] = alert.id


def _with_document(world: World) -> None:
    _base(world)
    (world.values["dir"] / "licence.pdf").write_bytes(b"%PDF-1.4 business licence")


CASES += [
    Case(
        "credit.set_policy",
        Action.CREDIT,
        _base,
        lambda uow, w: credit.set_policy(uow, ["over_limit=block"], customer_code="C1"),
        lambda w: ["credit-policy", "--customer", "C1", "over_limit=block"],
    ),
    Case(
        "credit.place_on_hold",
        Action.CREDIT,
        _base,
        lambda uow, w: credit.place_on_hold(uow, "C1", reason="逾期严重"),
        lambda w: ["credit-hold", "C1", "--reason", "逾期严重"],
    ),
    Case(
        "credit.release_hold",
        Action.APPROVE,
        _with_hold,
        lambda uow, w: credit.release_hold(uow, "C1", reason="已回款"),
        lambda w: ["credit-release", "C1", "--reason", "已回款"],
    ),
    Case(
        "credit.request_hold_override",
        Action.POST,
        _base,
        lambda uow, w: credit.request_hold_override(
            uow, customer_code="C1", invoice_number="INV-9", reason="战略客户"
        ),
        lambda w: ["credit-override", "C1", "INV-9", "--reason", "战略客户"],
    ),
    Case(
        "credit.request_limit_change",
        Action.CREDIT,
        _base,
        lambda uow, w: credit.request_limit_change(
            uow,
            customer_code="C1",
            amount=Decimal("20000.00"),
            reason="旺季备货",
            until=d("2026-03-31"),
            valid_from=d("2026-02-01"),
        ),
        lambda w: [
            "credit-limit",
            "C1",
            "20000",
            "--reason",
            "旺季备货",
            "--until",
            "2026-03-31",
            "--from",
            "2026-02-01",
        ],
    ),
    Case(
        "credit.mark_factored",
        Action.POST,
        _base,
        lambda uow, w: credit.mark_factored(
            uow, invoice_number="INV-1", bank="招商银行", on=d("2026-01-20"), with_recourse=False
        ),
        lambda w: ["factor", "INV-1", "--bank", "招商银行", "--date", "2026-01-20"],
    ),
    Case(
        "credit.set_credit_insurance",
        Action.CREDIT,
        _base,
        lambda uow, w: credit.set_credit_insurance(uow, "C1", insurer="中国信保", amount=Decimal("5000.00")),
        lambda w: ["credit-insurance", "C1", "--insurer", "中国信保", "--amount", "5000"],
    ),
    Case(
        "credit.put_credit_setting",
        Action.CREDIT,
        _base,
        lambda uow, w: credit.put_credit_setting(uow, "credit.rating_window_months", 12),
    ),
    Case(
        "credit_rating.record_ratings",
        Action.CREDIT,
        _base,
        lambda uow, w: credit_rating.record_ratings(uow, d("2026-03-31")),
        lambda w: ["credit", "rate", "--as-of", "2026-03-31"],
    ),
    Case(
        "credit_rating.set_grade_recommendations",
        Action.CREDIT,
        _base,
        lambda uow, w: credit_rating.set_grade_recommendations(
            uow, {"A": {"term": "EOM+60", "limit": "500000"}}
        ),
    ),
    Case(
        "credit_alerts.set_risk_thresholds",
        Action.CREDIT,
        _base,
        lambda uow, w: credit_alerts.set_risk_thresholds(uow, dso_days=60),
        lambda w: ["risk-thresholds", "--dso-days", "60"],
    ),
    Case(
        "credit_alerts.raise_alert",
        Action.COLLECT,
        _base,
        lambda uow, w: credit_alerts.raise_alert(
            uow, customer_code="C1", rule="manual", message="客户经营异常"
        ),
    ),
    Case(
        "credit_alerts.acknowledge_alert",
        Action.CREDIT,
        _with_alert,
        lambda uow, w: credit_alerts.acknowledge_alert(uow, w.values["alert"], "已电话核实"),
        lambda w: ["alert-ack", str(w.values["alert"]), "--note", "已电话核实"],
    ),
    Case(
        "credit_alerts.run_risk_checks",
        Action.CREDIT,
        _base,
        lambda uow, w: credit_alerts.run_risk_checks(uow, d("2026-06-30")),
        lambda w: ["credit", "check", "--as-of", "2026-06-30"],
    ),
    Case(
        "credit_file.update_credit_file",
        Action.CREDIT,
        _base,
        lambda uow, w: credit_file.update_credit_file(uow, "C1", industry="电子制造", industry_risk="low"),
        lambda w: ["credit-file", "C1", "--industry", "电子制造", "--industry-risk", "low"],
    ),
    Case(
        "credit_file.attach_document",
        Action.CREDIT,
        _with_document,
        lambda uow, w: credit_file.attach_document(
            uow, "C1", file_name="licence.pdf", content=(w.values["dir"] / "licence.pdf").read_bytes()
        ),
        lambda w: ["credit-file", "C1", "--attach", str(w.values["dir"] / "licence.pdf")],
    ),
]


def _with_individual_provision(world: World) -> None:
    _base(world)
    provisions.set_individual_provision(
        world.ledger.uow(), "C1", on=d("2026-01-15"), rate="100", reason="破产"
    )


# Provisions: the book's rates are a setting; an individual provision and the month-end run change
# what is booked to the accounts, like postings.
CASES += [
    Case(
        "provisions.set_provision_rates",
        Action.SETTINGS,
        _base,
        lambda uow, w: provisions.set_provision_rates(uow, ["5", "10", "30", "50", "80", "100"]),
        lambda w: ["provision", "rates", "--set", "5,10,30,50,80,100"],
    ),
    Case(
        "provisions.set_individual_provision",
        Action.POST,
        _base,
        lambda uow, w: provisions.set_individual_provision(
            uow, "C1", on=d("2026-01-15"), rate="100", reason="破产"
        ),
        lambda w: [
            "provision",
            "individual",
            "C1",
            "--rate",
            "100",
            "--on",
            "2026-01-15",
            "--reason",
            "破产",
        ],
    ),
    Case(
        "provisions.end_individual_provision",
        Action.POST,
        _with_individual_provision,
        lambda uow, w: provisions.end_individual_provision(uow, "C1", on=d("2026-01-20")),
        lambda w: ["provision", "individual", "C1", "--end", "--on", "2026-01-20"],
    ),
    Case(
        "provisions.run_provision",
        Action.POST,
        _base,
        lambda uow, w: provisions.run_provision(uow, d("2026-01-31")),
        lambda w: ["provision", "run", "--as-of", "2026-01-31"],
    ),
]


def _draft(world: World):
    with world.book.sessions() as session:
        return statements.statement(session, "C1", start=d("2026-01-01"), end=d("2026-01-31"))


# Services that write through a unit of work but are not reached by a person directly.
NOT_ENTRY_POINTS = {
    "ledger.write_off",  # carried out only by approving a write-off request
    "approvals.request",  # the general form of the request_* functions above
    "credit.enforce_credit_policy",  # runs inside ledger.post_invoice's unit of work
    "credit.grant_temporary_limit",  # carried out only by approving a temporary-limit request
    "credit_alerts.raise_downgrade",  # raised by the rating run inside its unit of work
}


def _world(book, tmp_path: Path) -> World:
    world = World(book, Ledger(book), {"dir": tmp_path})
    for role, name in ROLE_USERS.items():
        auth.add_user(world.ledger.uow(), name, role)
    return world


def _allowed(role: Role, action: Action) -> bool:
    return action in PERMISSIONS[role]


PARAMS = [pytest.param(case, role, id=f"{case.service}-{role.value}") for case in CASES for role in Role]


@pytest.mark.parametrize(("case", "role"), PARAMS)
def test_service_obeys_the_role(book, tmp_path, case, role, on_postgres):
    world = _world(book, tmp_path)
    case.setup(world)
    uow = UnitOfWork(book, ROLE_USERS[role])
    if _allowed(role, case.action) and case.service == "backup.backup_book" and on_postgres:
        with pytest.raises(DomainError, match="back it up with the server's tools"):
            case.call(uow, world)
    elif _allowed(role, case.action):
        case.call(uow, world)
    else:
        with pytest.raises(PermissionDenied, match=f"r_{role.value} \\({role.value}\\) may not"):
            case.call(uow, world)


CLI_PARAMS = [
    pytest.param(case, role, id=f"{case.service}-{role.value}") for case in CASES if case.cli for role in Role
]


@pytest.mark.parametrize(("case", "role"), CLI_PARAMS)
def test_command_line_obeys_the_role(book_url, tmp_path, capsys, case, role, on_postgres):
    book = open_book(book_url)
    try:
        world = _world(book, tmp_path)
        case.setup(world)
    finally:
        book.close()
    capsys.readouterr()
    code = main([*case.cli(world), "--db-url", book_url, "--user", ROLE_USERS[role]])
    err = capsys.readouterr().err
    if _allowed(role, case.action) and case.service == "backup.backup_book" and on_postgres:
        assert (code, "back it up with the server's tools" in err) == (1, True)
    elif _allowed(role, case.action):
        assert code == 0, err
    else:
        assert code == 1
        assert f"r_{role.value} ({role.value}) may not" in err


def test_every_mutating_service_is_in_the_matrix():
    """A new service that takes a unit of work must be added to CASES (or said why not)."""
    covered = {case.service for case in CASES} | NOT_ENTRY_POINTS
    found = set()
    for module_info in pkgutil.walk_packages(acctdesk.services.__path__, "acctdesk.services."):
        module = importlib.import_module(module_info.name)
        for name, function in inspect.getmembers(module, inspect.isfunction):
            if function.__module__ != module.__name__ or name.startswith("_"):
                continue
            parameters = list(inspect.signature(function).parameters)
            if parameters and parameters[0] == "uow":
                found.add(f"{module.__name__.removeprefix('acctdesk.services.')}.{name}")
    assert found - covered == set(), "mutating services missing from the role matrix"


def test_a_requester_never_approves_their_own_request(book, tmp_path):
    world = _world(book, tmp_path)
    _with_request(world)
    with pytest.raises(PermissionDenied, match="filed request 1 and cannot decide it"):
        approvals.decide(world.ledger.uow(), world.values["request"], approve=True)


def test_a_write_off_needs_an_approved_request(book, tmp_path):
    world = _world(book, tmp_path)
    _base(world)
    line = ledger.AllocationLine(_installment(world), Decimal("100.00"))
    with pytest.raises(PermissionDenied, match="a write-off needs approval"):
        ledger.write_off(world.ledger.uow(), customer_code="C1", on=d("2026-06-30"), reason="x", lines=[line])
    filed = approvals.request_write_off(
        world.ledger.uow(), customer_code="C1", on=d("2026-06-30"), reason="破产", lines=[line]
    )
    rejected = approvals.decide(UnitOfWork(book, "r_credit_manager"), filed.id, approve=False, note="先催收")
    assert rejected.status == "rejected"
    with book.sessions() as session:
        assert session.scalar(select(Allocation.id).where(Allocation.write_off_id.is_not(None))) is None
    filed = approvals.request_write_off(
        world.ledger.uow(), customer_code="C1", on=d("2026-06-30"), reason="破产", lines=[line]
    )
    approvals.decide(UnitOfWork(book, "r_credit_manager"), filed.id, approve=True)
    with book.sessions() as session:
        written = session.scalar(select(Allocation.amount_minor).where(Allocation.write_off_id.is_not(None)))
    assert written == 10000


def test_reopening_a_locked_period_needs_approval(book, tmp_path):
    world = _world(book, tmp_path)
    _with_lock(world)
    with pytest.raises(PermissionDenied, match="reopening the period locked up to 2026-01-31 needs approval"):
        settings.set_lock_date(world.ledger.uow(), d("2025-12-31"), 2)
    filed = approvals.request_reopen_period(world.ledger.uow(), lock_date=d("2025-12-31"), reason="补录发票")
    approvals.decide(UnitOfWork(book, "r_credit_manager"), filed.id, approve=True)
    with book.sessions() as session:
        assert settings.book_info(session).lock_date == d("2025-12-31")


def test_an_unknown_user_changes_nothing(book):
    Ledger(book).customer("C1")
    auth.add_user(Ledger(book).uow(), "second", Role.ACCOUNTANT)
    with pytest.raises(PermissionDenied, match="'mallory' is not a user of this book"):
        customers.create_customer(UnitOfWork(book, "mallory"), "X", "X", "CNY")


def test_passwords_are_checked_at_login(book, monkeypatch, capsys, book_url):
    auth.add_user(Ledger(book).uow(), "lin", Role.ACCOUNTANT, password="correct horse")
    with book.sessions() as session:
        assert auth.login(session, "lin", "correct horse").role == Role.ACCOUNTANT
        with pytest.raises(PermissionDenied, match="wrong password for 'lin'"):
            auth.login(session, "lin", "wrong")
    monkeypatch.setenv("ACCTDESK_PASSWORD", "wrong")
    assert main(["customers", "--db-url", book_url, "--user", "lin"]) == 1
    assert "wrong password for 'lin'" in capsys.readouterr().err
    monkeypatch.setenv("ACCTDESK_PASSWORD", "correct horse")
    assert main(["customers", "--db-url", book_url, "--user", "lin"]) == 0


def test_the_last_administrator_stays(book):
    with pytest.raises(Exception, match="at least one active administrator"):
        auth.change_user(Ledger(book).uow(), "tester", role=Role.ACCOUNTANT)
