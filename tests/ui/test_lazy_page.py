"""The embedded screens are built the first time they are shown, not with the main window."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QWidget

from acctdesk.ui.lazy_page import LazyPage, lazy_page
from tests.ui.conftest import settle


def test_embedded_screens_wait_for_their_first_showing(qtbot, window, ctx):
    for key, page in (
        ("statements", window.statements),
        ("bank", window.bank),
        ("collections", window.collections),
    ):
        if page is None:  # that screen's module is not there: the "coming" page stands in
            continue
        assert isinstance(page, LazyPage) and page.page is None, key
        assert window.show_page(key) is page
        settle(ctx)
        assert page.page is not None and page.page.isVisible(), key
        built = page.page
        window.show_page("dashboard")
        window.show_page(key)
        assert page.page is built, key  # built once
    if window.statements is not None:
        assert window.statements.view is window.statements.page.view


def test_a_screen_that_cannot_be_built_says_so(qtbot):
    def broken() -> QWidget:
        raise RuntimeError("not today")

    page = LazyPage(broken)
    qtbot.addWidget(page)
    page.show()
    assert page.page is None
    assert page.findChild(QLabel).text()
    assert lazy_page("no_such_screen_module", QWidget) is None
