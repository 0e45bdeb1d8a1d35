"""A screen of the main window built the first time it is shown.

The embedded screens (statements, bank, collections, …) import their modules' worlds — reportlab and
openpyxl for statements, the bank file readers with ofxtools — and build their widgets: two to three
seconds at start-up that nobody waits for on the dashboard. `lazy_page` puts a light stand-in in the
navigation instead, which imports and builds the real screen when it is first shown.
"""

from __future__ import annotations

import importlib.util
import logging
from collections.abc import Callable

from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

log = logging.getLogger(__name__)


class LazyPage(QWidget):
    """Stands in for a screen until it is first shown, then holds it. `build` returns the screen, or None
    when it cannot be built (the stand-in then says so)."""

    def __init__(self, build: Callable[[], QWidget | None], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._build = build
        self._page: QWidget | None = None
        self._failed = False
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)

    @property
    def page(self) -> QWidget | None:
        """The screen, once it has been built."""
        return self._page

    @property
    def view(self) -> QWidget | None:
        """The built screen's own `view` (a screen under a page header), else None."""
        return getattr(self._page, "view", None)

    def materialise(self) -> QWidget | None:
        """Build the screen now if it is not built yet (the first showing does this)."""
        if self._page is not None or self._failed:
            return self._page
        try:
            page = self._build()
        except Exception:  # a screen still being built must not take the main window down
            log.exception("a screen could not be built")
            page = None
        if page is None:
            self._failed = True
            message = QLabel(self.tr("This screen could not be opened; the log says why."))
            message.setWordWrap(True)
            self._layout.addWidget(message)
            return None
        self._page = page
        self._layout.addWidget(page)
        return page

    def showEvent(self, event: QShowEvent) -> None:
        self.materialise()
        super().showEvent(event)


def lazy_page(module: str, build: Callable[[], QWidget | None]) -> LazyPage | None:
    """A stand-in for the screen of `acctdesk.ui.<module>`, or None while that module is not there (the
    navigation then shows the "coming" page, as before)."""
    if importlib.util.find_spec(f"acctdesk.ui.{module}") is None:
        return None
    return LazyPage(build)
