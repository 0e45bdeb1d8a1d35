"""Book-wide settings: name, base currency, lock date, business calendar, and JSON settings."""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date
from typing import Any

from sqlalchemy.orm import Session

from acctdesk.model.entities import BookSettings, Setting
from acctdesk.model.money import MoneyError, normalise_currency
from acctdesk.services.audit import PendingEvent, append_events
from acctdesk.services.auth import Action, Role, add_first_administrator
from acctdesk.services.book import Book, open_book
from acctdesk.services.errors import Conflict, ValidationError
from acctdesk.services.i18n import _
from acctdesk.services.uow import UnitOfWork

CALENDARS = ("none", "weekends", "china")


@dataclass(frozen=True)
class BookInfo:
    name: str
    base_currency: str
    lock_date: date | None
    business_calendar: str
    version: int


def book_info(session: Session) -> BookInfo | None:
    settings = session.get(BookSettings, 1)
    if settings is None:
        return None
    return BookInfo(
        settings.name,
        settings.base_currency,
        settings.lock_date,
        settings.business_calendar,
        settings.version,
    )


def initialise_book(
    url: str, *, name: str = "acctdesk", base_currency: str = "CNY", user: str = "system"
) -> tuple[Book, bool]:
    """Create or upgrade a book. A new book gets its settings and its creator as administrator,
    in one transaction with their audit events. Returns (book, created)."""
    try:
        currency = normalise_currency(base_currency)
    except MoneyError as error:
        raise ValidationError(str(error), field="currency") from None
    book = open_book(url, create=True)
    with book.sessions() as session:
        session.connection(execution_options={"acctdesk_write": True})
        if session.get(BookSettings, 1) is not None:
            return book, False
        session.add(BookSettings(id=1, name=name, base_currency=currency))
        add_first_administrator(session, user)
        session.flush()
        append_events(
            session,
            user,
            [
                PendingEvent("book.create", "book", "1", after={"name": name, "base_currency": currency}),
                PendingEvent("user.add", "user", user, after={"role": Role.ADMINISTRATOR}),
            ],
        )
        session.commit()
    return book, True


def set_lock_date(uow: UnitOfWork, lock_date: date | None, expected_version: int) -> BookInfo:
    """Lock the books up to and including a date: nothing may be posted on or before it.

    Moving the lock date back (reopening a period) is done only by carrying out an approved
    request (see services.approvals)."""
    with uow:
        uow.require(Action.LOCK)
        settings = uow.session.get(BookSettings, 1)
        if settings.version != expected_version:
            raise Conflict(_("the book settings were changed meanwhile — reload and try again"))
        before = settings.lock_date
        if before is not None and (lock_date is None or lock_date < before):
            uow.require_approval("reopen_period", f"reopening the period locked up to {before.isoformat()}")
        settings.lock_date = lock_date
        uow.session.flush()
        uow.audit("book.lock_date", "book", 1, before={"lock_date": before}, after={"lock_date": lock_date})
        uow.changes.add("settings")
        uow.commit()
        return book_info(uow.session)


def set_business_calendar(uow: UnitOfWork, calendar: str) -> BookInfo:
    if calendar not in CALENDARS:
        raise ValidationError(
            _("'{calendar}' is not a calendar ({choices})").format(
                calendar=calendar, choices=", ".join(CALENDARS)
            ),
            field="calendar",
        )
    with uow:
        uow.require(Action.SETTINGS)
        settings = uow.session.get(BookSettings, 1)
        before = settings.business_calendar
        settings.business_calendar = calendar
        uow.session.flush()
        uow.audit("book.calendar", "book", 1, before={"calendar": before}, after={"calendar": calendar})
        uow.changes.add("settings")
        uow.commit()
        return book_info(uow.session)


def get_setting(session: Session, key: str, default: Any = None) -> Any:
    row = session.get(Setting, key)
    return default if row is None else json.loads(row.value_json)


def put_setting(uow: UnitOfWork, key: str, value: Any) -> None:
    with uow:
        uow.require(Action.SETTINGS)
        row = uow.session.get(Setting, key)
        before = None if row is None else json.loads(row.value_json)
        if row is None:
            row = Setting(key=key, value_json="")
            uow.session.add(row)
        row.value_json = json.dumps(value, ensure_ascii=False, sort_keys=True)
        uow.session.flush()
        uow.audit("setting.put", "setting", key, before=before, after=value)
        uow.changes.add("settings")
        uow.commit()
