"""A customer code field with a completer over codes and names; knows whether what is typed is a customer."""

from __future__ import annotations

from PySide6.QtCore import QStringListModel, Qt, Signal
from PySide6.QtWidgets import QCompleter, QLineEdit, QWidget

from acctdesk.services.lists import CustomerChoice, customer_choices
from acctdesk.ui.context import AppContext

SEPARATOR = "  "


class CustomerField(QLineEdit):
    """Type a code or part of a name; the completer offers "code  name" and fills in the code."""

    customer_changed = Signal(object)  # CustomerChoice or None
    choices_loaded = Signal()

    def __init__(self, ctx: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.ctx = ctx
        self.setPlaceholderText(self.tr("Customer code or name"))
        self._by_code: dict[str, CustomerChoice] = {}
        self._by_name: dict[str, CustomerChoice] = {}
        self.loaded = False
        self._model = QStringListModel(self)
        completer = QCompleter(self._model, self)
        completer.setCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)
        completer.setFilterMode(Qt.MatchFlag.MatchContains)
        completer.setMaxVisibleItems(12)
        completer.activated.connect(self._completed)
        self.setCompleter(completer)
        self.textChanged.connect(lambda _text: self.customer_changed.emit(self.customer()))
        ctx.query(customer_choices, success=self._loaded)

    def _loaded(self, choices: list[CustomerChoice]) -> None:
        self._by_code = {choice.code.casefold(): choice for choice in choices}
        self._by_name = {choice.name.casefold(): choice for choice in choices}
        self._model.setStringList([f"{choice.code}{SEPARATOR}{choice.name}" for choice in choices])
        self.loaded = True
        self.choices_loaded.emit()
        self.customer_changed.emit(self.customer())

    def _completed(self, text: str) -> None:
        self.setText(text.split(SEPARATOR, 1)[0])

    def customer(self) -> CustomerChoice | None:
        text = self.text().strip().split(SEPARATOR, 1)[0].casefold()
        if not text:
            return None
        return self._by_code.get(text) or self._by_name.get(text)
