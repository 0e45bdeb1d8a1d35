"""Risk warnings: each rule with its threshold, one alert per open condition, clearing, and
acknowledgement; and the credit file with its documents."""

from __future__ import annotations

import hashlib
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import CreditAlert
from acctdesk.services import credit, credit_alerts, credit_file, i18n
from acctdesk.services.errors import InvariantViolation, ValidationError
from tests.builders import Ledger, d


@pytest.fixture
def ledger(book) -> Ledger:
    return Ledger(book)


def check(ledger: Ledger, on: str):
    return credit_alerts.run_risk_checks(ledger.uow(), d(on))


def alert_rows(book) -> list[tuple[str, str, str | None, str]]:
    with book.sessions() as session:
        rows = session.scalars(select(CreditAlert).order_by(CreditAlert.id))
        return [(r.rule, r.condition_key, r.cleared_on and r.cleared_on.isoformat(), r.status) for r in rows]


def test_each_rule_fires_above_its_threshold(book, ledger):
    ledger.customer("C1", credit_limit="60000")
    ledger.invoice("INV-1", "30000.00", "2026-01-05", due="2026-01-31")
    ledger.invoice("INV-2", "25000.00", "2026-03-20", due="2026-04-19")
    run = check(ledger, "2026-04-10")
    messages = {(a.rule, a.condition_key): (a.message, a.severity) for a in run.raised}
    assert messages == {
        # AR 55,000 ÷ sales of the last 90 days 25,000 × 90 = 198 days
        ("dso", ""): ("DSO 198 days over the last 90 days (above 90)", "warning"),
        # overdue 30,000 ÷ open 55,000
        ("overdue_ratio", ""): ("54.5 % of the open amount is overdue (above 50.0 %)", "warning"),
        # 55,000 ÷ 60,000
        ("utilisation", ""): (
            "exposure 55,000.00 CNY is 91.7 % of the limit 60,000.00 CNY (above 90 %)",
            "warning",
        ),
        ("overdue_item", "1"): (
            "invoice INV-1 #1: 30,000.00 CNY open, 69 days overdue (more than 60)",
            "warning",
        ),
    }


def test_an_alert_reads_in_the_language_of_whoever_reads_it(book, ledger):
    ledger.customer("C1", credit_limit="1000")
    ledger.invoice("INV-1", "1000.00", "2026-01-05", due="2026-01-31")
    raised = {a.rule: a.message for a in check(ledger, "2026-04-10").raised}  # raised in English
    assert raised["overdue_item"] == "invoice INV-1 #1: 1,000.00 CNY open, 69 days overdue (more than 60)"
    assert raised["utilisation"] == (
        "exposure 1,000.00 CNY is 100.0 % of the limit 1,000.00 CNY (above 90 %)"
    )
    i18n.set_language("zh_CN")
    try:
        with book.sessions() as session:
            shown = {a.rule: a.message for a in credit_alerts.open_alerts(session)}
    finally:
        i18n.set_language("en")
    assert shown["overdue_item"] == "发票 INV-1 第 1 期：未清 1,000.00 CNY，逾期 69 天（超过 60 天）"
    assert shown["utilisation"] == "信用敞口 1,000.00 CNY 占额度 1,000.00 CNY 的 100.0 %（超过 90 %）"
    assert shown["overdue_ratio"] == "未清金额中 100.0 % 已逾期（超过 50.0 %）"
    with book.sessions() as session:  # and in English again for an English reader
        assert {a.rule: a.message for a in credit_alerts.open_alerts(session)} == raised


def test_a_condition_that_still_holds_raises_nothing_new_even_after_acknowledgement(book, ledger):
    ledger.customer("C1")
    ledger.invoice("INV-1", "1000.00", "2026-01-05", due="2026-01-31")
    first = check(ledger, "2026-04-10")
    assert {a.rule for a in first.raised} == {"overdue_ratio", "overdue_item"}
    assert check(ledger, "2026-04-11").raised == ()
    credit_alerts.acknowledge_alert(ledger.uow(), first.raised[0].id, "已电话催收，客户承诺月底付款")
    assert check(ledger, "2026-04-12").raised == ()
    with book.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CreditAlert)) == 2
        assert [a.rule for a in credit_alerts.open_alerts(session)] == ["overdue_item"]


def test_a_condition_gone_is_cleared_and_its_return_is_a_new_alert(book, ledger):
    ledger.customer("C1")
    ledger.invoice("INV-1", "1000.00", "2026-01-05", due="2026-01-31")
    check(ledger, "2026-04-10")
    ledger.receipt("1000.00", "2026-04-15", number="RC-1")
    ledger.allocate("RC-1", "2026-04-15")
    assert check(ledger, "2026-04-15").cleared == 2
    ledger.invoice("INV-2", "500.00", "2026-04-16", due="2026-04-20")
    again = check(ledger, "2026-06-30")
    assert sorted((a.rule, a.condition_key) for a in again.raised) == [
        ("overdue_item", "2"),
        ("overdue_ratio", ""),
    ]
    assert alert_rows(book) == [
        ("overdue_ratio", "", "2026-04-15", "open"),
        ("overdue_item", "1", "2026-04-15", "open"),
        ("overdue_ratio", "", None, "open"),
        ("overdue_item", "2", None, "open"),
    ]


def test_thresholds_are_editable_and_none_switches_a_rule_off(book, ledger):
    ledger.customer("C1")
    ledger.invoice("INV-1", "1000.00", "2026-01-05", due="2026-01-31")
    credit_alerts.set_risk_thresholds(ledger.uow(), overdue_item_days=90, overdue_ratio=None)
    assert check(ledger, "2026-04-10").raised == ()  # 69 days, ratio rule off
    run = check(ledger, "2026-05-02")
    assert [(a.rule, a.message) for a in run.raised] == [
        ("overdue_item", "invoice INV-1 #1: 1,000.00 CNY open, 91 days overdue (more than 90)")
    ]
    with book.sessions() as session:
        thresholds = credit_alerts.risk_thresholds(session)
    assert (thresholds.overdue_item_days, thresholds.overdue_ratio, thresholds.utilisation) == (
        90,
        None,
        Decimal(90),
    )
    with pytest.raises(ValidationError, match="unknown risk thresholds: dso"):
        credit_alerts.set_risk_thresholds(ledger.uow(), dso=5)


def test_raise_alert_keeps_one_per_condition(book, ledger):
    ledger.customer("C1")
    first = credit_alerts.raise_alert(
        ledger.uow(),
        customer_code="C1",
        rule="broken_promise",
        message="承诺 1 未兑现",
        key="1",
        on=d("2026-03-01"),
    )
    same = credit_alerts.raise_alert(
        ledger.uow(), customer_code="C1", rule="broken_promise", message="again", key="1", on=d("2026-03-02")
    )
    other = credit_alerts.raise_alert(
        ledger.uow(),
        customer_code="C1",
        rule="broken_promise",
        message="承诺 2 未兑现",
        key="2",
        on=d("2026-03-02"),
    )
    assert same.id == first.id and other.id != first.id
    with pytest.raises(ValidationError, match="acknowledge an alert with a note"):
        credit_alerts.acknowledge_alert(ledger.uow(), first.id, "  ")
    done = credit_alerts.acknowledge_alert(ledger.uow(), first.id, "已与客户财务确认")
    assert (done.status, done.acknowledged_by, done.note) == ("acknowledged", "tester", "已与客户财务确认")
    with pytest.raises(InvariantViolation, match="acknowledged by tester already"):
        credit_alerts.acknowledge_alert(ledger.uow(), first.id, "again")


def test_raise_alert_is_reachable_through_the_credit_module(ledger):
    ledger.customer("C1")
    alert = credit.raise_alert(ledger.uow(), customer_code="C1", rule="manual", message="经营异常")
    assert alert.rule == "manual" and alert.condition_key  # one per rule and day


# ---------------------------------------------------------------------------------------------
# Credit file


def test_credit_file_facts_and_documents(book, ledger):
    ledger.customer("C1")
    credit_file.update_credit_file(
        ledger.uow(),
        "C1",
        registered_capital=Decimal("5000000"),
        industry="电子制造",
        industry_risk="low",
        contacts=["王芳 财务经理 138-0000-0000", ""],
        established_on=d("2008-05-01"),
    )
    info = credit_file.attach_document(
        ledger.uow(), "C1", file_name="/scans/营业执照.pdf", content=b"%PDF-1.4 x"
    )
    assert (info.file_name, info.mime_type, info.size) == ("营业执照.pdf", "application/pdf", 10)
    assert info.sha256 == hashlib.sha256(b"%PDF-1.4 x").hexdigest()
    with pytest.raises(ValidationError, match=r"copy.pdf is in C1's credit file already \(as 营业执照.pdf\)"):
        credit_file.attach_document(ledger.uow(), "C1", file_name="copy.pdf", content=b"%PDF-1.4 x")
    credit.put_credit_setting(ledger.uow(), "credit.document_max_bytes", 1024)
    with pytest.raises(ValidationError, match=r"big.tif is 2.0 KB; the book keeps documents up to 1.0 KB"):
        credit_file.attach_document(ledger.uow(), "C1", file_name="big.tif", content=b"x" * 2048)
    with book.sessions() as session:
        file = credit_file.credit_file(session, "C1")
        _, content = credit_file.document_content(session, info.id)
    assert file.registered_capital.amount == Decimal("5000000.00")
    assert (file.industry, file.industry_risk, file.contacts) == (
        "电子制造",
        "low",
        ("王芳 财务经理 138-0000-0000",),
    )
    assert [d.file_name for d in file.documents] == ["营业执照.pdf"]
    assert content == b"%PDF-1.4 x"
    with pytest.raises(ValidationError, match="industry risk is one of low, medium, high"):
        credit_file.update_credit_file(ledger.uow(), "C1", industry_risk="extreme")
