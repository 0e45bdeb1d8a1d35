"""Approvals (segregation of duties): one person requests, another approves, and only then the
change is made — credit-limit changes, write-offs, credit-hold overrides, reopening a locked period.

A request stores what is to be done as JSON. Approving it carries the change out in the same unit
of work as the decision, through the same service that makes such changes, with `uow.approval`
set so that service knows it is authorised.
"""

from __future__ import annotations

import json
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any

from sqlalchemy import select
from sqlalchemy.orm import Session

from acctdesk.model.entities import ApprovalRequest
from acctdesk.services.auth import Action
from acctdesk.services.errors import InvariantViolation, NotFound, PermissionDenied, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork


class Kind(StrEnum):
    CREDIT_LIMIT = "credit_limit"
    WRITE_OFF = "write_off"
    HOLD_OVERRIDE = "hold_override"
    REOPEN_PERIOD = "reopen_period"
    TEMPORARY_CREDIT_LIMIT = "temporary_credit_limit"  # a limit valid until a date (services.credit)


class Status(StrEnum):
    PENDING = "pending"
    APPROVED = "approved"
    REJECTED = "rejected"


# Who may file each kind of request.
REQUEST_ACTION = {
    Kind.CREDIT_LIMIT: Action.CREDIT,
    Kind.WRITE_OFF: Action.WRITE_OFF,
    Kind.HOLD_OVERRIDE: Action.POST,
    Kind.REOPEN_PERIOD: Action.LOCK,
    Kind.TEMPORARY_CREDIT_LIMIT: Action.CREDIT,
}


@dataclass(frozen=True)
class RequestInfo:
    id: int
    kind: str
    summary: str
    payload: dict
    reason: str
    requested_by: str
    requested_at: datetime
    status: str
    decided_by: str | None
    decided_at: datetime | None
    decision_note: str


def _info(row: ApprovalRequest) -> RequestInfo:
    return RequestInfo(
        row.id,
        row.kind,
        row.summary,
        json.loads(row.payload_json),
        row.reason,
        row.requested_by,
        row.requested_at,
        row.status,
        row.decided_by,
        row.decided_at,
        row.decision_note,
    )


def _plain(value: Any) -> Any:
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, date):
        return value.isoformat()
    if isinstance(value, dict):
        return {k: _plain(v) for k, v in value.items()}
    if isinstance(value, list | tuple):
        return [_plain(v) for v in value]
    return value


def request(uow: UnitOfWork, kind: Kind | str, payload: dict, *, summary: str, reason: str) -> RequestInfo:
    """File a request; it changes nothing until someone else approves it."""
    kind = Kind(kind)
    with uow:
        uow.require(REQUEST_ACTION[kind])
        if not reason.strip():
            raise ValidationError(_("a request needs a reason"), field="reason")
        row = ApprovalRequest(
            kind=kind,
            summary=summary,
            payload_json=json.dumps(_plain(payload), ensure_ascii=False, sort_keys=True),
            reason=reason.strip(),
            requested_by=uow.user,
        )
        uow.session.add(row)
        uow.session.flush()
        uow.audit("approval.request", "approval_request", row.id, after={"kind": kind, "summary": summary})
        uow.changes.add("approvals")
        uow.commit()
        return _info(row)


def decide(uow: UnitOfWork, request_id: int, *, approve: bool, note: str = "") -> RequestInfo:
    """Approve (and carry out) or reject a request. The requester never decides their own."""
    with uow:
        uow.require(Action.APPROVE)
        row = uow.session.get(ApprovalRequest, request_id, with_for_update=True)
        if row is None:
            raise NotFound(_("unknown request {request_id}").format(request_id=request_id))
        if row.status != Status.PENDING:
            raise InvariantViolation(
                _("request {request_id} was {status} already").format(
                    request_id=request_id, status=row.status
                )
            )
        if row.requested_by == uow.user:
            raise PermissionDenied(
                _("{user} filed request {request_id} and cannot decide it").format(
                    user=uow.user, request_id=request_id
                )
            )
        if not approve and not note.strip():
            raise ValidationError(_("say why the request is rejected"), field="note")
        if approve:
            uow.approval = row
            try:
                EXECUTORS[Kind(row.kind)](uow, json.loads(row.payload_json))
            finally:
                uow.approval = None
        row.status = Status.APPROVED if approve else Status.REJECTED
        row.decided_by = uow.user
        row.decided_at = datetime.now(UTC)
        row.decision_note = note.strip()
        uow.session.flush()
        uow.audit(
            "approval.approve" if approve else "approval.reject",
            "approval_request",
            row.id,
            after={"kind": row.kind, "note": row.decision_note},
        )
        uow.changes.add("approvals")
        uow.commit()
        return _info(row)


def list_requests(session: Session, status: Status | str | None = Status.PENDING) -> list[RequestInfo]:
    query = select(ApprovalRequest).order_by(ApprovalRequest.requested_at, ApprovalRequest.id)
    if status:
        query = query.where(ApprovalRequest.status == status)
    return [_info(row) for row in session.scalars(query)]


# ---------------------------------------------------------------------------------------------
# What an approved request does


def _write_off(uow: UnitOfWork, payload: dict) -> None:
    from acctdesk.services import ledger

    ledger.write_off(
        uow,
        customer_code=payload["customer"],
        on=date.fromisoformat(payload["date"]),
        reason=payload["reason"],
        lines=[
            ledger.AllocationLine(line["installment_id"], Decimal(line["amount"]))
            for line in payload["lines"]
        ],
    )


def _credit_limit(uow: UnitOfWork, payload: dict) -> None:
    from acctdesk.services.customers import customer_by_code, update_customer

    customer = customer_by_code(uow.session, payload["customer"])
    update_customer(uow, payload["customer"], customer.version, credit_limit=payload["credit_limit"])


def _reopen_period(uow: UnitOfWork, payload: dict) -> None:
    from acctdesk.services.settings import book_info, set_lock_date

    lock_date = date.fromisoformat(payload["lock_date"]) if payload["lock_date"] else None
    set_lock_date(uow, lock_date, book_info(uow.session).version)


def _hold_override(uow: UnitOfWork, payload: dict) -> None:
    # Recorded by the approval itself; credit control reads approved overrides when posting.
    return None


def _temporary_credit_limit(uow: UnitOfWork, payload: dict) -> None:
    from acctdesk.services.credit import grant_temporary_limit

    grant_temporary_limit(uow, payload)


EXECUTORS: dict[Kind, Callable[[UnitOfWork, dict], None]] = {
    Kind.WRITE_OFF: _write_off,
    Kind.CREDIT_LIMIT: _credit_limit,
    Kind.REOPEN_PERIOD: _reopen_period,
    Kind.HOLD_OVERRIDE: _hold_override,
    Kind.TEMPORARY_CREDIT_LIMIT: _temporary_credit_limit,
}


# ---------------------------------------------------------------------------------------------
# Requests with their payloads spelled out


def request_write_off(
    uow: UnitOfWork, *, customer_code: str, on: date, reason: str, lines: list
) -> RequestInfo:
    total = sum((Decimal(line.amount) for line in lines), Decimal(0))
    payload = {
        "customer": customer_code,
        "date": on,
        "reason": reason,
        "lines": [{"installment_id": line.installment_id, "amount": line.amount} for line in lines],
    }
    return request(
        uow, Kind.WRITE_OFF, payload, summary=f"write off {total} of {customer_code} on {on}", reason=reason
    )


def request_credit_limit(
    uow: UnitOfWork, *, customer_code: str, credit_limit: Decimal | str | None, reason: str
) -> RequestInfo:
    payload = {"customer": customer_code, "credit_limit": credit_limit}
    summary = f"credit limit of {customer_code} to {credit_limit if credit_limit is not None else 'none'}"
    return request(uow, Kind.CREDIT_LIMIT, payload, summary=summary, reason=reason)


def request_reopen_period(uow: UnitOfWork, *, lock_date: date | None, reason: str) -> RequestInfo:
    summary = f"move the lock date back to {lock_date.isoformat() if lock_date else 'none'}"
    return request(uow, Kind.REOPEN_PERIOD, {"lock_date": lock_date}, summary=summary, reason=reason)
