"""Credit control against a real book: exposure and utilisation by hand, group limits, temporary
limits and their expiry, each policy trigger and action through ledger.post_invoice, holds, and
overrides with and without the right to approve them."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal

import pytest
from sqlalchemy import func, select

from acctdesk.model.entities import AuditEvent, CreditOverrideUse, Customer, Invoice, LedgerEntry
from acctdesk.model.money import Money
from acctdesk.services import approvals, auth, contracts, credit, credit_alerts, credit_rating, customers
from acctdesk.services.credit import CreditBlocked
from acctdesk.services.errors import InvariantViolation, PermissionDenied, ValidationError
from acctdesk.services.uow import UnitOfWork
from tests.builders import Ledger, d


def cny(amount: str) -> Money:
    return Money.of(amount, "CNY")


@pytest.fixture
def ledger(book) -> Ledger:
    return Ledger(book)


def exposure(book, code: str, on: str) -> credit.Exposure:
    with book.sessions() as session:
        return credit.customer_exposure(session, code, d(on))


def counts(book) -> tuple[int, int, int]:
    with book.sessions() as session:
        return tuple(
            session.scalar(select(func.count()).select_from(model))
            for model in (Invoice, LedgerEntry, AuditEvent)
        )


# ---------------------------------------------------------------------------------------------
# Exposure


def _mixed_book(ledger: Ledger) -> None:
    ledger.customer("C1", credit_limit="100000")
    ledger.invoice("INV-1", "30000.00", "2026-01-10", due="2026-02-09")
    ledger.invoice("INV-2", "20000.00", "2026-02-01", due="2026-03-03")
    ledger.receipt("12000.00", "2026-02-15", number="RC-1")
    ledger.allocate("RC-1", "2026-02-15", {"INV-1": "10000.00"})
    contracts.create_contract(
        ledger.uow(),
        number="HT-1",
        customer_code="C1",
        amount=Decimal("50000.00"),
        signed_date=d("2026-02-01"),
    )
    ledger.invoice("INV-3", "15000.00", "2026-02-20", due="2026-03-22", contract_number="HT-1")
    ledger.invoice("INV-U", "1000.00", "2026-02-20", due="2026-03-22", currency="USD")


def test_exposure_is_receivables_plus_what_contracts_have_still_to_invoice(book, ledger):
    _mixed_book(ledger)
    e = exposure(book, "C1", "2026-03-01")
    # open: INV-1 30,000 − 10,000 + INV-2 20,000 + INV-3 15,000 = 55,000; unapplied cash −2,000
    assert e.receivables == cny("53000.00")
    assert e.uninvoiced_contracts == cny("35000.00")  # HT-1 50,000 − INV-3 15,000
    assert e.exposure == cny("88000.00")
    assert e.limit == cny("100000.00") and e.utilisation == Decimal("88.0")
    assert e.available == cny("12000.00")
    assert e.other_currencies == (Money.of("1000.00", "USD"),)
    assert e.notes == ("1,000.00 USD receivable is in another currency and not counted against the limit",)
    # Before the contract was signed it was not yet exposure.
    assert exposure(book, "C1", "2026-01-31").exposure == cny("30000.00")


def test_factoring_without_recourse_and_insurance(book, ledger):
    _mixed_book(ledger)
    credit.mark_factored(
        ledger.uow(), invoice_number="INV-2", bank="招商银行", on=d("2026-02-25"), with_recourse=False
    )
    credit.mark_factored(
        ledger.uow(), invoice_number="INV-3", bank="工商银行", on=d("2026-02-25"), with_recourse=True
    )
    credit.set_credit_insurance(ledger.uow(), "C1", insurer="中国信保", amount=Decimal("50000.00"))
    before, after = exposure(book, "C1", "2026-02-24"), exposure(book, "C1", "2026-03-01")
    assert before.factored_out == cny("0.00")
    assert after.factored_out == cny("20000.00")  # with recourse INV-3 stays ours
    assert after.exposure == cny("68000.00") and after.utilisation == Decimal("68.0")
    assert after.net_of_insurance == cny("18000.00")
    with book.sessions() as session:
        assert credit.factored_invoice_ids(session, d("2026-03-01")) == {
            session.scalar(select(Invoice.id).where(Invoice.number == "INV-2"))
        }
    with pytest.raises(InvariantViolation, match="INV-2 is factored already"):
        credit.mark_factored(
            ledger.uow(), invoice_number="INV-2", bank="招商银行", on=d("2026-02-26"), with_recourse=False
        )


def test_an_invoice_on_a_contract_adds_only_what_goes_beyond_the_contract(book, ledger):
    _mixed_book(ledger)  # exposure 88,000 of 100,000 on 2026-03-01
    on_contract = ledger.invoice("INV-4", "30000.00", "2026-03-01", contract_number="HT-1")
    assert on_contract.warnings == ()  # 35,000 of HT-1 still to invoice: nothing new
    plain = ledger.invoice("INV-5", "13000.00", "2026-03-01")
    assert plain.warnings == (
        "exposure 101,000.00 CNY after this invoice is over the credit limit 100,000.00 CNY "
        "(utilisation 101.0 %) [warn]",
    )
    # Over the limit now, but invoicing the rest of a signed contract adds nothing: no warning.
    assert ledger.invoice("INV-6", "5000.00", "2026-03-02", contract_number="HT-1").warnings == ()
    with pytest.raises(CreditBlocked, match=r"exposure 101,000\.01 CNY after this invoice"):
        credit.set_policy(ledger.uow(), ["over_limit=block"])
        ledger.invoice("INV-7", "0.01", "2026-03-02", contract_number="HT-1")  # beyond the contract


def test_group_exposure_against_the_group_limit(book, ledger):
    customers.create_group(ledger.uow(), "G1", "华信集团", "CNY", credit_limit=Decimal("100000.00"))
    ledger.customer("C1", group="G1")
    ledger.customer("C2", group="G1")
    ledger.customer("C3", currency="USD", group="G1")
    ledger.invoice("INV-1", "60000.00", "2026-01-10", customer="C1", due="2026-03-10")
    ledger.invoice("INV-2", "30000.00", "2026-01-10", customer="C2", due="2026-03-10")
    ledger.invoice("INV-3", "5000.00", "2026-01-10", customer="C3", due="2026-03-10")
    with book.sessions() as session:
        group = credit.group_exposure(session, "G1", d("2026-02-01"))
    assert group.exposure == cny("90000.00") and group.utilisation == Decimal("90.0")
    assert group.members == (("C1", cny("60000.00")), ("C2", cny("30000.00")))
    assert group.notes == ("C3 is in USD; not counted in the group",)
    credit.set_policy(ledger.uow(), ["over_limit=block"])
    ledger.invoice("INV-4", "10000.00", "2026-02-01", customer="C2")  # exactly at the group limit
    with pytest.raises(CreditBlocked, match=r"group G1 exposure 100,000.01 CNY is over the group limit"):
        ledger.invoice("INV-5", "0.01", "2026-02-01", customer="C1")


# ---------------------------------------------------------------------------------------------
# Limits through approvals


def test_a_standing_limit_changes_only_through_an_approved_request(book, ledger):
    ledger.customer("C1", credit_limit="10000")
    filed = credit.request_limit_change(
        ledger.uow(), customer_code="C1", amount=Decimal("50000.00"), reason="业务增长"
    )
    assert exposure(book, "C1", "2026-01-01").limit == cny("10000.00")
    with pytest.raises(PermissionDenied, match="filed request 1 and cannot decide it"):
        approvals.decide(ledger.uow(), filed.id, approve=True)
    approvals.decide(ledger.approver(), filed.id, approve=True)
    assert exposure(book, "C1", "2026-01-01").limit == cny("50000.00")


def test_a_temporary_limit_applies_between_its_dates_and_then_expires(book, ledger):
    ledger.customer("C1", credit_limit="10000")
    credit.set_policy(ledger.uow(), ["over_limit=block"], customer_code="C1")
    ledger.invoice("INV-1", "8000.00", "2026-02-20", due="2026-05-31")
    with pytest.raises(CreditBlocked, match=r"over the credit limit 10,000\.00 CNY"):
        ledger.invoice("INV-2", "17000.00", "2026-03-10", due="2026-05-31")
    filed = credit.request_limit_change(
        ledger.uow(),
        customer_code="C1",
        amount=Decimal("30000.00"),
        reason="旺季备货",
        valid_from=d("2026-03-01"),
        until=d("2026-03-31"),
    )
    assert filed.kind == "temporary_credit_limit"
    approvals.decide(ledger.approver(), filed.id, approve=True)
    ledger.invoice("INV-2", "17000.00", "2026-03-10", due="2026-05-31")  # 25,000 of 30,000
    during, after = exposure(book, "C1", "2026-03-31"), exposure(book, "C1", "2026-04-01")
    assert (during.limit, during.temporary_until, during.utilisation) == (
        cny("30000.00"),
        d("2026-03-31"),
        Decimal("83.3"),
    )
    assert (after.limit, after.temporary_limit, after.standing_limit) == (
        cny("10000.00"),
        None,
        cny("10000.00"),
    )
    assert after.utilisation == Decimal("250.0")
    with pytest.raises(CreditBlocked, match=r"over the credit limit 10,000\.00 CNY"):
        ledger.invoice("INV-3", "1.00", "2026-04-01")
    with book.sessions() as session:
        assert [t.credit_limit for t in credit.temporary_limits(session, "C1")] == [cny("30000.00")]


def test_a_temporary_limit_is_not_granted_without_approval(book, ledger):
    ledger.customer("C1", credit_limit="10000")
    payload = {"customer": "C1", "credit_limit": "1.00", "currency": "CNY", "valid_from": "2026-01-01"}
    with pytest.raises(PermissionDenied, match="a temporary credit limit for C1 needs approval"):
        credit.grant_temporary_limit(ledger.uow(), {**payload, "valid_until": "2026-01-31"})
    with pytest.raises(ValidationError, match="cannot end before it starts"):
        credit.request_limit_change(
            ledger.uow(),
            customer_code="C1",
            amount="5",
            reason="x",
            valid_from=d("2026-02-01"),
            until=d("2026-01-31"),
        )


# ---------------------------------------------------------------------------------------------
# Policy triggers and actions through post_invoice


def test_the_built_in_policy_only_warns(book, ledger):
    ledger.customer("C1", credit_limit="1000")
    result = ledger.invoice("INV-1", "1500.00", "2026-01-10", due="2026-01-10")
    assert result.warnings == (
        "exposure 1,500.00 CNY after this invoice is over the credit limit 1,000.00 CNY "
        "(utilisation 150.0 %) [warn]",
    )
    late = ledger.invoice("INV-2", "1.00", "2026-04-11", due="2026-04-11")  # INV-1 91 days overdue
    assert late.warnings[1] == "invoice INV-1 is 91 days overdue (more than 90) [warn]"
    with book.sessions() as session:
        assert credit.policy_for(session, 1, None).scope == "built-in"


def test_block_refuses_with_the_reasons_and_writes_nothing(book, ledger):
    ledger.customer("C1", credit_limit="1000")
    credit.set_policy(ledger.uow(), ["over_limit=block", "overdue_days:30=warn"], customer_code="C1")
    ledger.invoice("INV-1", "900.00", "2026-01-10", due="2026-01-31")
    before = counts(book)
    with pytest.raises(CreditBlocked) as refused:
        ledger.invoice("INV-2", "200.00", "2026-03-05")
    assert str(refused.value) == (
        "invoice INV-2 for C1 refused (credit blocked): exposure 1,100.00 CNY after this invoice is over "
        "the credit limit 1,000.00 CNY (utilisation 110.0 %) [block]; invoice INV-1 is 33 days overdue "
        "(more than 30) [warn]. An approver can let this invoice through: acctdesk credit-override C1 "
        "INV-2 --reason …"
    )
    assert refused.value.decision.level == "block"
    assert counts(book) == before


@pytest.mark.parametrize(
    ("days_later", "expected"),
    [(30, "ok"), (31, "block")],  # due 2026-01-31: "more than 30 days overdue" starts on day 31
)
def test_overdue_days_trigger(book, ledger, days_later, expected):
    ledger.customer("C1")
    credit.set_policy(ledger.uow(), ["overdue_days:30=block"], customer_code="C1")
    ledger.invoice("INV-1", "100.00", "2026-01-10", due="2026-01-31")
    with book.sessions() as session:
        decision = credit.assess_invoice(
            session, 1, "CNY", "1.00", d("2026-01-31") + timedelta(days=days_later)
        )
    assert decision.level == expected


def test_grade_trigger_and_the_grade_scope(book, ledger):
    ledger.customer("C1")
    ledger.invoice("INV-1", "100.00", "2025-11-10", due="2025-12-10")  # never paid: grade D
    credit_rating.record_ratings(ledger.uow(), d("2026-03-31"))
    credit.set_policy(ledger.uow(), ["grade:D=block"], grade="D")
    credit.set_policy(ledger.uow(), ["over_limit=warn"])  # the book's rules, for other grades
    with book.sessions() as session:
        assert credit.latest_rating(session, 1, d("2026-04-01")).grade == "D"
        decision = credit.assess_invoice(session, 1, "CNY", "1.00", d("2026-04-01"))
        earlier = credit.assess_invoice(session, 1, "CNY", "1.00", d("2026-03-30"))  # not rated yet
    assert (decision.level, decision.policy, decision.reasons) == (
        "block",
        "grade D",
        ("credit grade D (at or below D) [block]",),
    )
    assert (earlier.level, earlier.policy) == ("ok", "book")


def test_broken_promise_trigger(book, ledger, monkeypatch):
    ledger.customer("C1")
    credit.set_policy(ledger.uow(), ["broken_promise:60=block"], customer_code="C1")
    seen = []

    def broken(session, customer_id, *, start, end):
        seen.append((customer_id, start, end))
        return 1 if end >= d("2026-03-01") else 0

    monkeypatch.setattr(credit, "broken_promises", broken)
    with book.sessions() as session:
        assert credit.assess_invoice(session, 1, "CNY", "1", d("2026-02-28")).level == "ok"
        decision = credit.assess_invoice(session, 1, "CNY", "1", d("2026-03-01"))
    assert decision.reasons == ("1 promise(s) to pay broken in the last 60 days [block]",)
    assert seen[-1] == (1, d("2025-12-31"), d("2026-03-01"))


def test_broken_promise_from_collections(book, ledger):
    from acctdesk.services import collections

    ledger.customer("C1")
    ledger.invoice("INV-1", "500.00", "2026-01-10", due="2026-02-09")
    credit.set_policy(ledger.uow(), ["broken_promise:90=block"], customer_code="C1")
    collections.record_promise(ledger.uow(), "C1", "500.00", d("2026-02-20"), made_on=d("2026-02-12"))
    collections.check_promises(ledger.uow(), d("2026-03-10"))
    with pytest.raises(CreditBlocked, match=r"1 promise\(s\) to pay broken in the last 90 days \[block\]"):
        ledger.invoice("INV-2", "1.00", "2026-03-10")
    with book.sessions() as session:
        alerts = credit_alerts.open_alerts(session, "C1")
    assert [(a.rule, a.condition_key) for a in alerts] == [("broken_promise", "1")]


def test_a_currency_other_than_the_limits_is_noted_not_counted(book, ledger):
    ledger.customer("C1", credit_limit="100")
    credit.set_policy(ledger.uow(), ["over_limit=block"], customer_code="C1")
    with book.sessions() as session:
        decision = credit.assess_invoice(session, 1, "USD", "5000.00", d("2026-01-10"))
    assert decision.level == "ok"
    assert decision.notes == ("the credit limit is in CNY; this USD invoice is not counted against it",)


def test_rules_are_checked_when_set(ledger):
    ledger.customer("C1")
    for text, message in [
        ("over_limit=stop", "'stop' is not a credit action"),
        ("overdue_days:soon=block", "'soon' is not a number of days"),
        ("grade:F=block", "'F' is not a grade"),
        ("late=warn", "'late' is not a credit trigger"),
        ("over_limit", "write a rule as trigger"),
    ]:
        with pytest.raises(ValidationError, match=message):
            credit.set_policy(ledger.uow(), [text], customer_code="C1")


# ---------------------------------------------------------------------------------------------
# Holds and overrides


def test_a_customer_on_hold_is_refused_until_an_approver_releases_it(book, ledger):
    ledger.customer("C1")
    credit.place_on_hold(ledger.uow(), "C1", reason="逾期严重")
    with book.sessions() as session:
        assert customers.get_customer(session, "C1").status == "hold"
        assert credit.customers_on_hold(session) == ["C1"]
    with pytest.raises(
        CreditBlocked, match=r"refused \(customer on credit hold\): C1 is on credit hold \[hold\]"
    ):
        ledger.invoice("INV-1", "1.00", "2026-01-10")
    auth.add_user(ledger.uow(), "li", auth.Role.ACCOUNTANT)
    with pytest.raises(PermissionDenied, match=r"li \(accountant\) may not approve requests"):
        credit.release_hold(UnitOfWork(book, "li"), "C1", reason="已回款")
    credit.release_hold(ledger.approver(), "C1", reason="已回款")
    assert ledger.invoice("INV-1", "1.00", "2026-01-10").warnings == ()
    with pytest.raises(InvariantViolation, match="C1 is not on credit hold"):
        credit.release_hold(ledger.approver(), "C1", reason="again")


def test_the_hold_action_puts_the_customer_on_hold_at_the_next_check(book, ledger):
    ledger.customer("C1")
    credit.set_policy(ledger.uow(), ["overdue_days:60=hold"], customer_code="C1")
    ledger.invoice("INV-1", "100.00", "2026-01-10", due="2026-01-31")
    with pytest.raises(CreditBlocked, match=r"refused \(customer on credit hold\): invoice INV-1 is 61 days"):
        ledger.invoice("INV-2", "1.00", "2026-04-02")
    run = credit_alerts.run_risk_checks(ledger.uow(), d("2026-04-02"))
    assert run.put_on_hold == ("C1",)
    with book.sessions() as session:
        assert session.scalar(select(Customer.status).where(Customer.code == "C1")) == "hold"
        rules = {a.rule for a in credit_alerts.open_alerts(session, "C1")}
    assert "credit_hold" in rules
    assert credit_alerts.run_risk_checks(ledger.uow(), d("2026-04-03")).put_on_hold == ()


def test_an_approved_override_lets_exactly_that_invoice_through_once(book, ledger):
    ledger.customer("C1", credit_limit="1000")
    credit.set_policy(ledger.uow(), ["over_limit=block"], customer_code="C1")
    ledger.invoice("INV-1", "1000.00", "2026-01-10", due="2026-02-09")
    auth.add_user(ledger.uow(), "li", auth.Role.ACCOUNTANT)
    clerk = Ledger(book, "li")
    filed = credit.request_hold_override(
        ledger.uow(), customer_code="C1", invoice_number="INV-2", reason="战略客户，总经理同意"
    )
    with pytest.raises(CreditBlocked):  # filed, not yet approved
        clerk.invoice("INV-2", "500.00", "2026-01-20")
    with pytest.raises(PermissionDenied, match="tester filed request 1 and cannot decide it"):
        approvals.decide(ledger.uow(), filed.id, approve=True)
    with pytest.raises(PermissionDenied, match=r"li \(accountant\) may not approve requests"):
        approvals.decide(clerk.uow(), filed.id, approve=True)
    approvals.decide(ledger.approver(), filed.id, approve=True, note="同意一次")
    with pytest.raises(CreditBlocked):  # another invoice is still refused
        clerk.invoice("INV-3", "500.00", "2026-01-20")
    posted = clerk.invoice("INV-2", "500.00", "2026-01-20")
    assert posted.warnings == (
        "posted under credit override #1 approved by approver",
        "exposure 1,500.00 CNY after this invoice is over the credit limit 1,000.00 CNY "
        "(utilisation 150.0 %) [block]",
    )
    with book.sessions() as session:
        used = session.scalars(select(CreditOverrideUse)).all()
        events = session.scalars(
            select(AuditEvent.action).where(AuditEvent.action == "credit.override_use")
        ).all()
    assert [(u.request_id, u.invoice_number, u.used_by) for u in used] == [(1, "INV-2", "li")]
    assert events == ["credit.override_use"]
    with pytest.raises(ValidationError, match="invoice INV-2 is posted already"):
        credit.request_hold_override(clerk.uow(), customer_code="C1", invoice_number="INV-2", reason="again")


def test_an_override_is_not_used_when_it_is_not_needed(book, ledger):
    ledger.customer("C1", credit_limit="1000")
    filed = credit.request_hold_override(ledger.uow(), customer_code="C1", invoice_number="INV-1", reason="r")
    approvals.decide(ledger.approver(), filed.id, approve=True)
    assert ledger.invoice("INV-1", "10.00", "2026-01-10").warnings == ()
    with book.sessions() as session:
        assert session.scalar(select(func.count()).select_from(CreditOverrideUse)) == 0


@pytest.mark.parametrize("as_of", ["2025-06-30", "2026-11-24"])
def test_receivables_agree_with_the_aging_report_on_a_demo_book(book, as_of):
    from acctdesk.services.aging import aging_report
    from acctdesk.services.demo import DemoSpec, generate_demo

    generate_demo(book, DemoSpec(customers=30, invoices=600, seed=3, today=d("2026-11-24")), user="tester")
    with book.sessions() as session:
        aging = {(row.key, row.currency): row.total for row in aging_report(session, d(as_of)).rows}
        found = credit.exposures(session, d(as_of))
    seen = {}
    for e in found.values():
        seen[(e.customer_code, e.currency)] = e.receivables
        seen.update({(e.customer_code, other.currency): other for other in e.other_currencies})
    assert {key: value for key, value in seen.items() if not value.is_zero()} == {
        key: value for key, value in aging.items() if not value.is_zero()
    }


# ---------------------------------------------------------------------------------------------
# Contracts: judged when entered, as an invoice is when posted


def _contract(ledger: Ledger, number: str, amount: str, signed: str, user: Ledger | None = None):
    return contracts.create_contract(
        (user or ledger).uow(),
        number=number,
        customer_code="C1",
        amount=Decimal(amount),
        signed_date=d(signed),
    )


def contract_count(book) -> int:
    from acctdesk.model.entities import Contract

    with book.sessions() as session:
        return session.scalar(select(func.count()).select_from(Contract))


def test_a_contract_is_judged_on_its_whole_value_when_entered(book, ledger):
    ledger.customer("C1", credit_limit="100000")
    ledger.invoice("INV-1", "30000.00", "2026-01-10", due="2026-02-09")
    # exposure 30,000 open + 50,000 of HT-1 = 80,000 ≤ 100,000
    assert _contract(ledger, "HT-1", "50000.00", "2026-02-01").warnings == ()
    # 30,000 + HT-1 50,000 still to invoice + HT-2 25,000 = 105,000 > 100,000: the built-in policy warns
    warned = _contract(ledger, "HT-2", "25000.00", "2026-02-10")
    assert warned.warnings == (
        "exposure 105,000.00 CNY after this contract is over the credit limit 100,000.00 CNY "
        "(utilisation 105.0 %) [warn]",
    )
    assert exposure(book, "C1", "2026-02-10").exposure == cny("105000.00")
    with book.sessions() as session:
        event = session.scalars(
            select(AuditEvent).where(AuditEvent.action == "contract.create").order_by(AuditEvent.seq.desc())
        ).first()
    assert "utilisation 105.0 %" in event.after_json
    # Invoicing a signed contract's value adds nothing, over the limit or not.
    assert ledger.invoice("INV-2", "20000.00", "2026-02-20", contract_number="HT-1").warnings == ()


def test_a_blocked_contract_is_refused_until_an_approver_lets_it_through(book, ledger):
    ledger.customer("C1", credit_limit="100000")
    ledger.invoice("INV-1", "30000.00", "2026-01-10", due="2026-02-09")
    _contract(ledger, "HT-1", "50000.00", "2026-02-01")
    credit.set_policy(ledger.uow(), ["over_limit=block"], customer_code="C1")
    auth.add_user(ledger.uow(), "li", auth.Role.ACCOUNTANT)
    clerk = Ledger(book, "li")
    before = (contract_count(book), *counts(book))
    with pytest.raises(CreditBlocked) as refused:
        _contract(ledger, "HT-2", "25000.00", "2026-02-10", user=clerk)
    assert str(refused.value) == (
        "contract HT-2 for C1 refused (credit blocked): exposure 105,000.00 CNY after this contract is over "
        "the credit limit 100,000.00 CNY (utilisation 105.0 %) [block]. An approver can let this contract "
        "through: acctdesk credit-override C1 HT-2 --reason …"
    )
    assert (contract_count(book), *counts(book)) == before  # nothing written, not even an audit event
    filed = credit.request_hold_override(
        clerk.uow(), customer_code="C1", invoice_number="HT-2", reason="框架合同，总经理同意"
    )
    with pytest.raises(CreditBlocked):  # filed, not yet approved
        _contract(ledger, "HT-2", "25000.00", "2026-02-10", user=clerk)
    approvals.decide(ledger.approver(), filed.id, approve=True, note="同意")
    with pytest.raises(CreditBlocked):  # another contract is still refused
        _contract(ledger, "HT-3", "25000.00", "2026-02-10", user=clerk)
    entered = _contract(ledger, "HT-2", "25000.00", "2026-02-10", user=clerk)
    assert entered.warnings == (
        f"posted under credit override #{filed.id} approved by approver",
        "exposure 105,000.00 CNY after this contract is over the credit limit 100,000.00 CNY "
        "(utilisation 105.0 %) [block]",
    )
    with book.sessions() as session:
        used = session.scalars(select(CreditOverrideUse)).all()
        audited = session.scalars(select(AuditEvent).where(AuditEvent.action == "credit.override_use")).all()
    assert [(u.request_id, u.invoice_number, u.used_by) for u in used] == [(filed.id, "HT-2", "li")]
    assert len(audited) == 1 and '"contract":"HT-2"' in audited[0].after_json
    with pytest.raises(ValidationError, match="contract HT-2 exists already"):
        credit.request_hold_override(clerk.uow(), customer_code="C1", invoice_number="HT-2", reason="again")


def test_a_contract_for_a_customer_on_hold_is_refused(book, ledger):
    ledger.customer("C1", credit_limit="100000")
    credit.place_on_hold(ledger.uow(), "C1", reason="逾期严重")
    with pytest.raises(CreditBlocked, match=r"contract HT-1 for C1 refused \(customer on credit hold\)"):
        _contract(ledger, "HT-1", "1000.00", "2026-02-01")
    assert contract_count(book) == 0
