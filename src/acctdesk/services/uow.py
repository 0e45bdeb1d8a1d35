"""The unit of work: one transaction per business operation, committed with its audit events."""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

from sqlalchemy import event
from sqlalchemy.orm import Session

from acctdesk.model.entities import Sealed
from acctdesk.services import audit
from acctdesk.services.auth import Action, Actor, resolve_actor
from acctdesk.services.book import Book
from acctdesk.services.errors import DomainError, PermissionDenied


@dataclass
class Changes:
    """What an operation changed, so that each open view can decide whether to refresh."""

    kinds: set[str] = field(default_factory=set)
    customer_ids: set[int] = field(default_factory=set)

    def add(self, kind: str, customer_id: int | None = None) -> None:
        self.kinds.add(kind)
        if customer_id is not None:
            self.customer_ids.add(customer_id)


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
            raise PermissionDenied(f"{what} needs approval: file a request for it")

    def audit(
        self, action: str, entity: str, entity_id: Any, *, before: Any = None, after: Any = None
    ) -> None:
        self._events.append(audit.PendingEvent(action, entity, str(entity_id), before, after))

    def commit(self) -> None:
        if self._depth > 1:
            self.session.flush()
            return
        if not self._events:
            raise DomainError("internal error: a ledger change without an audit event")
        self.session.flush()
        audit.append_events(self.session, self.user, self._events, sealed=self._sealed, bulk=self.bulk_seal)
        self.session.commit()
        self._events = []
        self.committed = True
