"""Logging in: who acts in the window. A book whose users have passwords asks for a user name and a
password before the main window opens (and again on File → Switch user); a one-person book does not.

The password is checked by `services.auth.login` on the worker thread (scrypt takes a moment); a wrong
password is refused in the dialog, under the field, and the dialog stays open.
"""

from __future__ import annotations

import os

from PySide6.QtCore import QCoreApplication, QSettings, Signal
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)
from sqlalchemy.orm import Session

from acctdesk.services import auth
from acctdesk.services.book import Book
from acctdesk.services.errors import DomainError, PermissionDenied
from acctdesk.ui import i18n
from acctdesk.ui.context import acting_user
from acctdesk.ui.ops import Ops, error_message
from acctdesk.ui.widgets.common import FieldMessage

LAST_USER_KEY = "login/user"


def remembered_user() -> str:
    value = QSettings().value(LAST_USER_KEY, "")
    return value if isinstance(value, str) else ""


def remember_user(name: str) -> None:
    QSettings().setValue(LAST_USER_KEY, name)


def preferred_user() -> str:
    """The name to try first: $ACCTDESK_USER, else the last one who logged in here, else the OS login."""
    return os.environ.get("ACCTDESK_USER") or remembered_user() or acting_user()


def actor_without_login(session: Session, name: str) -> auth.Actor | None:
    """The actor when `name` may work without a password (a one-person book, a user without one);
    None when the login dialog must ask."""
    if auth.needs_password(session, name):
        return None
    try:
        return auth.login(session, name, None)
    except DomainError:  # not a user of this book, or disabled: let the person say who they are
        return None


def role_name(role: str) -> str:
    return {
        auth.Role.ADMINISTRATOR: QCoreApplication.translate("Roles", "Administrator"),
        auth.Role.ACCOUNTANT: QCoreApplication.translate("Roles", "Accountant"),
        auth.Role.COLLECTOR: QCoreApplication.translate("Roles", "Collector"),
        auth.Role.CREDIT_MANAGER: QCoreApplication.translate("Roles", "Credit manager"),
        auth.Role.AUDITOR: QCoreApplication.translate("Roles", "Auditor"),
    }.get(role, role)


class LoginDialog(QDialog):
    """User name and password; `logged_in(actor)` when the service accepted them."""

    logged_in = Signal(object)  # services.auth.Actor

    def __init__(
        self,
        book: Book,
        ops: Ops,
        name: str = "",
        parent: QWidget | None = None,
        *,
        book_name: str = "",
    ) -> None:
        super().__init__(parent)
        self.book = book
        self.ops = ops
        self.actor: auth.Actor | None = None
        self.setWindowTitle(self.tr("Log in to acctdesk"))
        self.setWindowIcon(QIcon(i18n.icon_path("acctdesk")))
        self.setMinimumWidth(420)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 20, 24, 16)
        layout.setSpacing(10)
        heading = QLabel(self.tr("Log in"))
        font = heading.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        heading.setFont(font)
        layout.addWidget(heading)
        where = QLabel(
            self.tr("The book %1 has passwords. Enter your user name and password.").replace(
                "%1", book_name or book.display_name
            )
        )
        where.setWordWrap(True)
        where.setStyleSheet("color: #475467;")
        layout.addWidget(where)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self.user = QLineEdit(name)
        self.user.setPlaceholderText(self.tr("Your user name in this book"))
        form.addRow(self.tr("User name"), self.user)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(self.tr("Leave empty if you have none"))
        form.addRow(self.tr("Password"), self.password)
        layout.addLayout(form)
        self.message = FieldMessage()
        layout.addWidget(self.message)
        buttons = QDialogButtonBox()
        self.login_button = QPushButton(self.tr("Log in"))
        self.login_button.setDefault(True)
        buttons.addButton(self.login_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        self.login_button.clicked.connect(self.log_in)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.user.textChanged.connect(self._edited)
        self.password.textChanged.connect(self._edited)
        self._edited()
        (self.password if name else self.user).setFocus()

    def _edited(self) -> None:
        self.message.show_message("")
        self.login_button.setEnabled(bool(self.user.text().strip()))

    def log_in(self) -> None:
        name, password = self.user.text().strip(), self.password.text()
        if not name:
            self.message.show_message(self.tr("Enter your user name"))
            return
        self.login_button.setEnabled(False)
        book = self.book

        def check(_control) -> auth.Actor | str:
            """The actor, or why not: 'unknown', 'disabled' or 'password' (said in the UI's language)."""
            with book.sessions() as session:
                try:
                    return auth.login(session, name, password or None)
                except PermissionDenied:
                    user = next((u for u in auth.list_users(session) if u.name == name), None)
                    if user is None:
                        return "unknown"
                    return "password" if user.active else "disabled"

        self.ops.run(check, success=self._checked, failure=self._refused)

    def _checked(self, outcome: auth.Actor | str) -> None:
        if isinstance(outcome, str):
            name = self.user.text().strip()
            text = {
                "unknown": self.tr("There is no user %1 in this book"),
                "disabled": self.tr("The user %1 is disabled; ask an administrator"),
                "password": self.tr("Wrong password for %1"),
            }[outcome].replace("%1", name)
            self._show_refusal(text)
            return
        self._accepted(outcome)

    def _accepted(self, actor: auth.Actor) -> None:
        self.actor = actor
        remember_user(actor.name)
        self.logged_in.emit(actor)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        """The book could not be read: said in place; the dialog stays open."""
        self._show_refusal(self.tr("Not logged in: %1").replace("%1", error_message(error)))

    def _show_refusal(self, text: str) -> None:
        """Wrong password, unknown or disabled user: said in place; the dialog stays open."""
        self.login_button.setEnabled(True)
        self.message.show_message(text)
        self.password.selectAll()
        self.password.setFocus()
