"""Settings → Users: who works in this book, their roles, and adding or changing them.

Only administrators manage users; the service (`services.auth.add_user` / `change_user`) refuses anyone
else and its message is shown here as it is. Everyone may change their own password.
"""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from acctdesk.services import auth
from acctdesk.ui.context import AppContext
from acctdesk.ui.login import role_name
from acctdesk.ui.models.paged import SETTLED, Column, StaticTableModel
from acctdesk.ui.ops import error_message
from acctdesk.ui.widgets.common import FieldMessage, intro_bar
from acctdesk.ui.widgets.table import DataTable

MIN_PASSWORD = 8  # the service's rule (auth.hash_password); checked here too so it shows as you type


def role_choices() -> list[tuple[str, str]]:
    return [(role_name(role), role.value) for role in auth.Role]


class UserDialog(QDialog):
    """A new user (name, display name, role, password) or a change to one (role, active, password)."""

    saved = Signal(object)  # auth.UserInfo

    def __init__(self, ctx: AppContext, user: auth.UserInfo | None = None, parent: QWidget | None = None):
        super().__init__(parent)
        self.ctx = ctx
        self.user = user
        self.setWindowTitle(
            self.tr("New user") if user is None else self.tr("User %1").replace("%1", user.name)
        )
        self.setMinimumWidth(460)
        layout = QVBoxLayout(self)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._messages: dict[str, FieldMessage] = {}
        self.name = QLineEdit(user.name if user else "")
        self.name.setReadOnly(user is not None)
        self.name.setPlaceholderText(self.tr("Log-in name, e.g. wang"))
        form.addRow(self.tr("User name"), self._with_message("name", self.name))
        self.display_name = QLineEdit(user.display_name if user else "")
        self.display_name.setPlaceholderText(self.tr("Optional: full name, e.g. 王芳"))
        self.display_name.setReadOnly(user is not None)
        form.addRow(self.tr("Display name"), self.display_name)
        self.role = QComboBox()
        for text, code in role_choices():
            self.role.addItem(text, code)
        self.role.setCurrentIndex(max(self.role.findData(user.role.value if user else "accountant"), 0))
        form.addRow(self.tr("Role"), self._with_message("role", self.role))
        self.active = QCheckBox(self.tr("Active (may log in and work)"))
        self.active.setChecked(user.active if user else True)
        self.active.setVisible(user is not None)
        if user is not None:
            form.addRow("", self.active)
        self.password = QLineEdit()
        self.password.setEchoMode(QLineEdit.EchoMode.Password)
        self.password.setPlaceholderText(
            self.tr("At least 8 characters; empty: no password")
            if user is None
            else self.tr("Empty: keep the password as it is")
        )
        form.addRow(
            self.tr("Password") if user is None else self.tr("New password"),
            self._with_message("password", self.password),
        )
        self.confirm = QLineEdit()
        self.confirm.setEchoMode(QLineEdit.EchoMode.Password)
        form.addRow(self.tr("Repeat password"), self._with_message("confirm", self.confirm))
        layout.addLayout(form)
        hint = QLabel(
            self.tr(
                "Once any user has a password, everyone logs in when the book opens. "
                "Only administrators manage users."
            )
        )
        hint.setWordWrap(True)
        hint.setStyleSheet("color: #667085;")
        layout.addWidget(hint)
        self.general = FieldMessage()
        layout.addWidget(self.general)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Add user") if user is None else self.tr("Save"))
        self.save_button.setDefault(True)
        buttons.addButton(self.save_button, QDialogButtonBox.ButtonRole.AcceptRole)
        cancel = buttons.addButton(QDialogButtonBox.StandardButton.Cancel)
        cancel.setText(self.tr("Cancel"))
        buttons.rejected.connect(self.reject)
        self.save_button.clicked.connect(self.save)
        layout.addWidget(buttons)
        for edit in (self.name, self.password, self.confirm):
            edit.textChanged.connect(lambda _t: self.validate())
        self.role.currentIndexChanged.connect(lambda _i: self.validate())
        self.active.toggled.connect(lambda _on: self.validate())
        self.validate()

    def _with_message(self, key: str, field: QWidget) -> QWidget:
        box = QWidget()
        column = QVBoxLayout(box)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(2)
        column.addWidget(field)
        message = FieldMessage()
        column.addWidget(message)
        self._messages[key] = message
        return box

    def problems(self) -> dict[str, str]:
        problems: dict[str, str] = {}
        if not self.name.text().strip():
            problems["name"] = self.tr("Enter a user name")
        password = self.password.text()
        if password and len(password) < MIN_PASSWORD:
            problems["password"] = self.tr("A password needs at least 8 characters")
        if password != self.confirm.text():
            problems["confirm"] = self.tr("The two passwords differ")
        if self.user is not None and not self.changes():
            problems["general"] = ""  # nothing to save yet; no message
        return problems

    def changes(self) -> dict:
        """What the Save button would change (existing users only)."""
        assert self.user is not None
        changes: dict = {}
        if self.role.currentData() != self.user.role.value:
            changes["role"] = self.role.currentData()
        if self.active.isChecked() != self.user.active:
            changes["active"] = self.active.isChecked()
        if self.password.text():
            changes["password"] = self.password.text()
        return changes

    def validate(self) -> bool:
        problems = self.problems()
        for key, message in self._messages.items():
            message.show_message(problems.get(key, ""))
        self.general.show_message("")
        self.save_button.setEnabled(not problems)
        return not problems

    def save(self) -> bool:
        if not self.validate():
            return False
        self.save_button.setEnabled(False)
        if self.user is None:
            name, display_name = self.name.text().strip(), self.display_name.text().strip()
            role, password = self.role.currentData(), self.password.text() or None

            def operation(uow):
                return auth.add_user(uow, name, role, display_name=display_name, password=password)

        else:
            name, changes = self.user.name, self.changes()

            def operation(uow):
                return auth.change_user(uow, name, **changes)

        self.ctx.change(operation, success=self._saved, failure=self._refused, parent=self, initiator=self)
        return True

    def _saved(self, info) -> None:
        self.saved.emit(info)
        self.accept()

    def _refused(self, error: BaseException) -> None:
        self.save_button.setEnabled(True)
        field = getattr(error, "field", None)
        message = self._messages.get(field) if field else None
        (message or self.general).show_message(error_message(error))


class UsersPanel(QWidget):
    """The users of the book, and Add / Change / Disable. Refreshes when users change."""

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self._stale = True
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 8, 0, 0)
        self.add_button = QPushButton(self.tr("Add user…"))
        self.edit_button = QPushButton(self.tr("Change role or password…"))
        self.active_button = QPushButton(self.tr("Disable"))
        self.add_button.clicked.connect(lambda: self.add_user())
        self.edit_button.clicked.connect(lambda: self.edit_user())
        self.active_button.clicked.connect(self.toggle_active)
        intro = self.tr(
            "Each person works under their own name and role; the audit log records who did what. "
            "Roles: administrators do everything, accountants post and allocate, collectors chase, "
            "credit managers set limits and approve, auditors only read."
        )
        layout.addLayout(intro_bar(intro, self.add_button, self.edit_button, self.active_button))
        self.message = FieldMessage()
        layout.addWidget(self.message)
        self.model = StaticTableModel(self._columns(), row_style=lambda u: None if u.active else SETTLED)
        self.table = DataTable("settings.users", exportable=False)
        self.table.setModel(self.model)
        self.table.setSelectionMode(DataTable.SelectionMode.SingleSelection)
        self.table.row_activated.connect(lambda user: self.edit_user(user))
        self.table.selectionModel().selectionChanged.connect(lambda *_: self._selection_changed())
        layout.addWidget(self.table, 1)
        ctx.ops.operation_did_execute.connect(self._operation_did_execute)
        self._selection_changed()

    def _columns(self) -> list[Column]:
        return [
            Column("name", self.tr("User name"), lambda u: u.name, width=140),
            Column("display_name", self.tr("Display name"), lambda u: u.display_name, width=160),
            Column("role", self.tr("Role"), lambda u: role_name(u.role), width=130),
            Column(
                "active",
                self.tr("Status"),
                lambda u: self.tr("Active") if u.active else self.tr("Disabled"),
                width=90,
            ),
            Column("password", self.tr("Password"), lambda u: u.has_password, "bool", width=80),
        ]

    def _operation_did_execute(self, changes, _initiator) -> None:
        if "users" in changes.kinds:
            self.mark_stale()

    def mark_stale(self) -> None:
        self._stale = True
        if self.isVisible():
            self.refresh()

    def showEvent(self, event) -> None:
        super().showEvent(event)
        if self._stale:
            self.refresh()

    def refresh(self) -> None:
        self._stale = False
        self.ctx.query(auth.list_users, success=self._loaded, parent=self)

    def _loaded(self, users) -> None:
        selected = self.selected()
        self.model.set_rows(users)
        for row, user in enumerate(users):
            if selected is not None and user.name == selected.name:
                self.table.selectRow(row)
        self._selection_changed()

    def selected(self) -> auth.UserInfo | None:
        rows = self.table.selectionModel().selectedRows()
        return self.model.row_at(rows[0].row()) if rows else None

    def select_user(self, name: str) -> bool:
        for row, user in enumerate(self.model.rows):
            if user.name == name:
                self.table.selectRow(row)
                return True
        return False

    def _selection_changed(self) -> None:
        user = self.selected()
        self.edit_button.setEnabled(user is not None)
        self.active_button.setEnabled(user is not None)
        self.active_button.setText(
            self.tr("Enable") if user is not None and not user.active else self.tr("Disable")
        )

    def add_user(self) -> UserDialog:
        self.message.show_message("")
        dialog = UserDialog(self.ctx, None, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def edit_user(self, user: auth.UserInfo | None = None) -> UserDialog | None:
        user = user or self.selected()
        if user is None:
            return None
        self.message.show_message("")
        dialog = UserDialog(self.ctx, user, self)
        dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        dialog.open()
        return dialog

    def toggle_active(self) -> None:
        """Disable (or enable again) the selected user; a disabled user can no longer log in."""
        user = self.selected()
        if user is None:
            return
        self.message.show_message("")
        name, active = user.name, not user.active
        self.ctx.change(
            lambda uow: auth.change_user(uow, name, active=active),
            failure=lambda error: self.message.show_message(error_message(error)),
            parent=self,
            initiator=self,
        )
