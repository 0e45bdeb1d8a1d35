"""Users, roles and what each role may do; checked in the services, so every way in obeys them.

The app and the command line authenticate a person (`login`); every unit of work then acts as
that user, and each mutating service asks `uow.require(Action.…)` before it writes anything.
"""

from __future__ import annotations

import base64
import hashlib
import hmac
import os
from dataclasses import dataclass
from enum import StrEnum

from sqlalchemy import func, select
from sqlalchemy.orm import Session

from acctdesk.model.entities import AppUser
from acctdesk.services.errors import NotFound, PermissionDenied, ValidationError
from acctdesk.services.i18n import N_, _


class Role(StrEnum):
    ADMINISTRATOR = "administrator"
    ACCOUNTANT = "accountant"
    COLLECTOR = "collector"
    CREDIT_MANAGER = "credit_manager"  # approves credit changes and write-offs
    AUDITOR = "auditor"  # reads everything, changes nothing


class Action(StrEnum):
    POST = "post"  # invoices, credit notes, receipts, contracts and their events
    ALLOCATE = "allocate"  # allocate, unallocate, confirm bank matches
    REVERSE = "reverse"
    WRITE_OFF = "write_off"  # request a write-off (it is posted when someone else approves)
    EDIT_CUSTOMERS = "edit_customers"
    CREDIT = "credit"  # ratings, policies, credit files; request limit changes
    APPROVE = "approve"  # decide other people's requests
    COLLECT = "collect"  # follow-ups, promises to pay, disputes, reminders
    IMPORT = "import"  # bank files and their templates
    STATEMENTS = "statements"  # issue, send and confirm statements
    SETTINGS = "settings"  # book settings, payment terms, aging buckets
    LOCK = "lock"  # move the lock date forward (reopening needs approval)
    USERS = "users"
    BACKUP = "backup"


# The role as a message shows it: its stored name in English, a word in the translations.
ROLE_TEXTS = {
    Role.ADMINISTRATOR: N_("administrator"),
    Role.ACCOUNTANT: N_("accountant"),
    Role.COLLECTOR: N_("collector"),
    Role.CREDIT_MANAGER: N_("credit_manager"),
    Role.AUDITOR: N_("auditor"),
}

DESCRIPTIONS = {
    Action.POST: N_("post documents"),
    Action.ALLOCATE: N_("allocate receipts"),
    Action.REVERSE: N_("reverse documents"),
    Action.WRITE_OFF: N_("write off receivables"),
    Action.EDIT_CUSTOMERS: N_("change customers"),
    Action.CREDIT: N_("change credit control"),
    Action.APPROVE: N_("approve requests"),
    Action.COLLECT: N_("record collection work"),
    Action.IMPORT: N_("import bank files"),
    Action.STATEMENTS: N_("issue statements"),
    Action.SETTINGS: N_("change book settings"),
    Action.LOCK: N_("lock periods"),
    Action.USERS: N_("manage users"),
    Action.BACKUP: N_("back up or restore the book"),
}

PERMISSIONS: dict[Role, frozenset[Action]] = {
    Role.ADMINISTRATOR: frozenset(Action),
    Role.ACCOUNTANT: frozenset(
        {
            Action.POST,
            Action.ALLOCATE,
            Action.REVERSE,
            Action.WRITE_OFF,
            Action.EDIT_CUSTOMERS,
            Action.COLLECT,
            Action.IMPORT,
            Action.STATEMENTS,
            Action.SETTINGS,
            Action.LOCK,
            Action.BACKUP,
        }
    ),
    Role.COLLECTOR: frozenset({Action.COLLECT, Action.STATEMENTS}),
    Role.CREDIT_MANAGER: frozenset({Action.CREDIT, Action.APPROVE, Action.EDIT_CUSTOMERS, Action.COLLECT}),
    Role.AUDITOR: frozenset(),
}


@dataclass(frozen=True)
class Actor:
    name: str
    role: Role

    def may(self, action: Action) -> bool:
        return action in PERMISSIONS[self.role]

    def require(self, action: Action) -> None:
        if not self.may(action):
            raise PermissionDenied(
                _("{name} ({role}) may not {action}").format(
                    name=self.name, role=_(ROLE_TEXTS[self.role]), action=_(DESCRIPTIONS[action])
                )
            )


@dataclass(frozen=True)
class UserInfo:
    name: str
    display_name: str
    role: Role
    has_password: bool
    active: bool
    version: int


def _info(user: AppUser) -> UserInfo:
    return UserInfo(
        user.name, user.display_name, Role(user.role), bool(user.password_hash), user.active, user.version
    )


# ---------------------------------------------------------------------------------------------
# Passwords: scrypt from the standard library, parameters stored with the hash


SCRYPT_N, SCRYPT_R, SCRYPT_P = 2**14, 8, 1


def hash_password(password: str) -> str:
    if len(password) < 8:
        raise ValidationError(_("a password needs at least 8 characters"), field="password")
    salt = os.urandom(16)
    digest = hashlib.scrypt(password.encode(), salt=salt, n=SCRYPT_N, r=SCRYPT_R, p=SCRYPT_P, dklen=32)
    encode = base64.b64encode
    return f"scrypt${SCRYPT_N}${SCRYPT_R}${SCRYPT_P}${encode(salt).decode()}${encode(digest).decode()}"


def check_password(password: str, stored: str) -> bool:
    try:
        scheme, n, r, p, salt, digest = stored.split("$")
    except ValueError:
        return False
    if scheme != "scrypt":
        return False
    candidate = hashlib.scrypt(
        password.encode(), salt=base64.b64decode(salt), n=int(n), r=int(r), p=int(p), dklen=32
    )
    return hmac.compare_digest(candidate, base64.b64decode(digest))


# ---------------------------------------------------------------------------------------------
# Who is acting


def resolve_actor(session: Session, name: str) -> Actor:
    """The user a unit of work acts as.

    A book with a single user who has no password is a one-person book: whoever opens the file
    is that user (the file is on their desk). Otherwise the name must be an active user; the
    caller (login dialog, command line) has checked the password.
    """
    user = session.scalar(select(AppUser).where(AppUser.name == name))
    if user is None:
        users = session.scalars(select(AppUser).limit(2)).all()
        if len(users) == 1 and not users[0].password_hash:
            user = users[0]
    if user is None:
        raise PermissionDenied(_("'{name}' is not a user of this book").format(name=name))
    if not user.active:
        raise PermissionDenied(_("user '{name}' is disabled").format(name=user.name))
    return Actor(user.name, Role(user.role))


def login(session: Session, name: str, password: str | None) -> Actor:
    """Check a person's password; a user without a password needs none."""
    actor = resolve_actor(session, name)
    user = session.scalar(select(AppUser).where(AppUser.name == actor.name))
    if user.password_hash and not (password and check_password(password, user.password_hash)):
        raise PermissionDenied(_("wrong password for '{name}'").format(name=actor.name))
    return actor


def needs_password(session: Session, name: str) -> bool:
    user = session.scalar(select(AppUser).where(AppUser.name == name))
    if user is None:
        return (
            session.scalar(select(func.count()).select_from(AppUser).where(AppUser.password_hash != "")) > 0
        )
    return bool(user.password_hash)


def list_users(session: Session) -> list[UserInfo]:
    return [_info(u) for u in session.scalars(select(AppUser).order_by(AppUser.name))]


def add_first_administrator(session: Session, name: str) -> None:
    """A new book's creator becomes its administrator (inside the book's creating transaction)."""
    session.add(AppUser(name=name, display_name=name, role=Role.ADMINISTRATOR))


def add_user(
    uow, name: str, role: Role | str, *, display_name: str = "", password: str | None = None
) -> UserInfo:
    with uow:
        uow.require(Action.USERS)
        name = name.strip()
        if not name:
            raise ValidationError(_("a user needs a name"), field="name")
        if role not in set(Role):
            raise ValidationError(
                _("'{role}' is not a role ({choices})").format(role=role, choices=", ".join(Role)),
                field="role",
            )
        if uow.session.scalar(select(AppUser.id).where(AppUser.name == name)):
            raise ValidationError(_("a user '{name}' exists already").format(name=name), field="name")
        user = AppUser(
            name=name,
            display_name=display_name or name,
            role=role,
            password_hash=hash_password(password) if password else "",
        )
        uow.session.add(user)
        uow.session.flush()
        uow.audit("user.add", "user", name, after={"role": role, "display_name": user.display_name})
        uow.changes.add("users")
        uow.commit()
        return _info(user)


def change_user(
    uow,
    name: str,
    *,
    role: Role | str | None = None,
    active: bool | None = None,
    password: str | None = None,
) -> UserInfo:
    with uow:
        user = uow.session.scalar(select(AppUser).where(AppUser.name == name))
        if user is None:
            raise NotFound(_("unknown user '{name}'").format(name=name))
        if password is not None and role is None and active is None and uow.actor.name == name:
            pass  # everyone may change their own password
        else:
            uow.require(Action.USERS)
        before = _info(user)
        if role is not None:
            if role not in set(Role):
                raise ValidationError(
                    _("'{role}' is not a role ({choices})").format(role=role, choices=", ".join(Role)),
                    field="role",
                )
            user.role = role
        if active is not None:
            user.active = active
        if password is not None:
            user.password_hash = hash_password(password)
        uow.session.flush()
        _keep_an_administrator(uow.session)
        after = _info(user)
        uow.audit(
            "user.change",
            "user",
            name,
            before={"role": before.role, "active": before.active},
            after={"role": after.role, "active": after.active, "password_changed": password is not None},
        )
        uow.changes.add("users")
        uow.commit()
        return after


def _keep_an_administrator(session: Session) -> None:
    count = session.scalar(
        select(func.count())
        .select_from(AppUser)
        .where(AppUser.role == Role.ADMINISTRATOR, AppUser.active.is_(True))
    )
    if not count:
        raise ValidationError(_("the book must keep at least one active administrator"), field="role")
