"""What every view shares: the open book, the acting user, the as-of date, and the operations runner."""

from __future__ import annotations

import getpass
import os
from collections.abc import Callable
from datetime import date
from typing import Any

from PySide6.QtCore import QObject, Signal
from PySide6.QtWidgets import QWidget
from sqlalchemy.orm import Session

from acctdesk.services.book import Book
from acctdesk.services.settings import BookInfo, book_info
from acctdesk.services.uow import UnitOfWork
from acctdesk.ui.ops import Ops, TaskControl


def acting_user() -> str:
    try:
        login = getpass.getuser()
    except OSError:  # no login name in some sandboxes
        login = ""
    return os.environ.get("ACCTDESK_USER") or login or "system"


class AppContext(QObject):
    """Views read through `query` and change the book through `change`; both run on the worker thread."""

    as_of_changed = Signal(object)

    def __init__(self, book: Book, ops: Ops, *, user: str | None = None, as_of: date | None = None) -> None:
        super().__init__()
        self.book = book
        self.ops = ops
        self.user = user or acting_user()
        self._as_of = as_of or date.today()
        with book.sessions() as session:  # one small row, needed before the first view is built
            self.info: BookInfo | None = book_info(session)

    @property
    def as_of(self) -> date:
        return self._as_of

    def set_as_of(self, as_of: date) -> None:
        if as_of != self._as_of:
            self._as_of = as_of
            self.as_of_changed.emit(as_of)

    @property
    def base_currency(self) -> str:
        return self.info.base_currency if self.info else "CNY"

    def query(
        self,
        read: Callable[[Session], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
    ) -> TaskControl:
        """Read-only work in its own session on the worker thread (Anki's QueryOp)."""
        book = self.book

        def work(_control: TaskControl) -> Any:
            with book.sessions() as session:
                return read(session)

        return self.ops.run(work, success=success, failure=failure, parent=parent)

    def query_with_progress(
        self,
        read: Callable[[Session, TaskControl], Any],
        *,
        label: str,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        cancellable: bool = True,
    ) -> TaskControl:
        book = self.book

        def work(control: TaskControl) -> Any:
            with book.sessions() as session:
                return read(session, control)

        return self.ops.run(
            work, success=success, failure=failure, parent=parent, label=label, cancellable=cancellable
        )

    def change(
        self,
        operation: Callable[[UnitOfWork], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        initiator: object = None,
        label: str | None = None,
    ) -> TaskControl:
        """A change to the book as one unit of work (Anki's CollectionOp). Afterwards the application-wide
        `operation_did_execute(changes, initiator)` fires and each open view decides whether to refresh."""
        book, user = self.book, self.user

        def work(_control: TaskControl) -> Any:
            uow = UnitOfWork(book, user)
            result = operation(uow)
            return result, uow.changes

        def done(outcome: Any) -> None:
            result, changes = outcome
            self.ops.operation_did_execute.emit(changes, initiator)
            if success is not None:
                success(result)

        return self.ops.run(work, success=done, failure=failure, parent=parent, label=label)
