"""The unit of work: one transaction per business operation, committed with its audit events."""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event, select
from sqlalchemy.exc import DBAPIError, IntegrityError
from sqlalchemy.orm import Session
from sqlalchemy.orm.exc import StaleDataError

from acctdesk.model.entities import AuditEvent, Sealed
from acctdesk.services import audit
from acctdesk.services.auth import Action, Actor, resolve_actor
from acctdesk.services.book import Book
from acctdesk.services.errors import Conflict, DomainError, PermissionDenied
from acctdesk.services.i18n import _


@dataclass
class Changes:
    """What an operation changed, so that each open view can decide whether to refresh."""

    kinds: set[str] = field(default_factory=set)
    customer_ids: set[int] = field(default_factory=set)

    def add(self, kind: str, customer_id: int | None = None) -> None:
        self.kinds.add(kind)
        if customer_id is not None:
            self.customer_ids.add(customer_id)


def concurrent_change(exc: BaseException | None, book: Book) -> Conflict | None:
    """Someone else's change got there first: say so in words a clerk can act on."""
    if isinstance(exc, StaleDataError):
        match = re.search(r"table '(\w+)'", str(exc))
        table = match.group(1) if match else "record"
        who = last_writer(book, table)
        message = (
            _("this {record} was changed meanwhile by {user} — reload and try again")
            if who
            else _("this {record} was changed meanwhile — reload and try again")
        )
        return Conflict(message.format(record=table.replace("_", " "), user=who))
    if isinstance(exc, DBAPIError) and not isinstance(exc, IntegrityError):
        code = getattr(exc.orig, "sqlstate", None) or getattr(exc.orig, "pgcode", None)
        if code in ("40001", "40P01") or "database is locked" in str(exc.orig):
            return Conflict(_("another user was changing the same records at the same moment; try again"))
    return None


def last_writer(book: Book, entity: str, entity_id: str | None = None) -> str | None:
    """Who last changed an entity, from the audit log (for "changed by X meanwhile")."""
    query = select(AuditEvent.user).where(AuditEvent.entity == entity)
    if entity_id is not None:
        query = query.where(AuditEvent.entity_id == entity_id)
    try:
        with book.sessions() as session:
            return session.scalar(query.order_by(AuditEvent.seq.desc()).limit(1))
    except DBAPIError:
        return None


class UnitOfWork:
    """`with UnitOfWork(book, user) as uow: …; uow.commit()` — anything else rolls back.

    Services record audit events with `uow.audit(…)`; `commit()` appends them to the chain in
    the same transaction, so a change and its audit event land together or not at all.

    A service may call other services with the same unit of work (posting a receipt and
    allocating it, approving a request that posts a write-off): inside an open block, `with uow`
    joins it and `commit()` leaves the commit to the outermost block, so the whole operation is
    one transaction.
    """

    def __init__(self, book: Book, user: str = "system") -> None:
        self.book = book
        self.user = user
        self.changes = Changes()
        self._events: list[audit.PendingEvent] = []
        self._session: Session | None = None
        self._depth = 0
        self.committed = False
        self.actor: Actor | None = None
        self.approval = None  # the approved request being carried out, if any

    @property
    def session(self) -> Session:
        if self._session is None:
            raise RuntimeError("the unit of work is not open: use it in a `with` block")
        return self._session

    def __enter__(self) -> UnitOfWork:
        if self._depth == 0:
            self._session = self.book.sessions()
            self._session.connection(execution_options={"acctdesk_write": True})
            self._events = []
            self._sealed: list[Sealed] = []
            self.bulk_seal = (0, 0)
            self.committed = False
            event.listen(self._session, "after_flush", self._collect_sealed)
            try:
                self.actor = resolve_actor(self._session, self.user)
            except DomainError:
                self._session.close()
                self._session = None
                raise
            self.user = self.actor.name
        self._depth += 1
        return self

    def __exit__(self, exc_type, exc, tb) -> None:
        self._depth -= 1
        if self._depth > 0:
            return  # the outermost block commits or rolls back
        session = self.session
        try:
            if not self.committed:
                session.rollback()
        finally:
            session.close()
            self._session = None
        conflict = concurrent_change(exc, self.book)
        if conflict is not None:
            raise conflict from exc

    @contextmanager
    def savepoint(self) -> Iterator[UnitOfWork]:
        """A part of this unit of work that may fail alone (one line of a batch): if the block
        raises, its rows, audit events and sealed rows are dropped and the rest goes on."""
        nested = self.session.begin_nested()
        events_mark, sealed_mark = len(self._events), len(self._sealed)
        try:
            yield self
            self.session.flush()
        except BaseException:
            if nested.is_active:
                nested.rollback()
            del self._events[events_mark:]
            del self._sealed[sealed_mark:]
            raise
        nested.commit()

    @contextmanager
    def trial(self) -> Iterator[UnitOfWork]:
        """A part of this unit of work done only to see what it would do (a dry run): whatever the
        block writes, with its audit events and sealed rows, is rolled back when it ends."""
        nested = self.session.begin_nested()
        events_mark, sealed_mark = len(self._events), len(self._sealed)
        try:
            yield self
            self.session.flush()
        finally:
            if nested.is_active:
                nested.rollback()
            del self._events[events_mark:]
            del self._sealed[sealed_mark:]

    def _collect_sealed(self, session: Session, _context) -> None:
        self._sealed.extend(row for row in session.new if isinstance(row, Sealed))

    def require(self, action: Action) -> None:
        """Refuse, before anything is written, what the acting user's role does not allow."""
        if self.actor is None:
            raise RuntimeError("the unit of work is not open: use it in a `with` block")
        if self.approval is not None:
            return  # carrying out a request an approver decided: the approval is the authority
        self.actor.require(action)

    def require_approval(self, kind: str, what: str) -> None:
        """Some changes are made only by carrying out a request someone else approved."""
        if self.approval is None or self.approval.kind != kind:
            raise PermissionDenied(_("{what} needs approval: file a request for it").format(what=what))

    def audit(
        self, action: str, entity: str, entity_id: Any, *, before: Any = None, after: Any = None
    ) -> None:
        self._events.append(audit.PendingEvent(action, entity, str(entity_id), before, after))

    def commit(self) -> None:
        if self._depth > 1:
            self.session.flush()
            return
        if not self._events:
            raise DomainError(_("internal error: a ledger change without an audit event"))
        self.session.flush()
        audit.append_events(self.session, self.user, self._events, sealed=self._sealed, bulk=self.bulk_seal)
        self.session.commit()
        self._events = []
        self.committed = True
