"""Starting the app: the default book, a given book, a fresh demo book; languages and fonts."""

from __future__ import annotations

import time
import xml.etree.ElementTree as ET
from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from acctdesk.services.demo import DemoSpec
from acctdesk.ui import app as app_module
from acctdesk.ui import i18n
from acctdesk.ui.mainwindow import MainWindow


def _run_until_window(monkeypatch, **kwargs):
    """run_app with an event loop that stops once the main window is up."""
    seen = {}

    def exec_until_window(_self) -> int:
        for _ in range(400):
            windows = [
                w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible()
            ]
            if windows:
                seen["window"] = windows[0]
                seen["url"] = windows[0].ctx.book.url
                seen["customers"] = windows[0].ctx.info.name
                windows[0].close()
                return 0
            QCoreApplication.processEvents()
            time.sleep(0.025)
        return 3

    monkeypatch.setattr(QApplication, "exec", exec_until_window)
    code = app_module.run_app(**kwargs)
    return code, seen


def test_run_app_creates_and_opens_the_default_book(qtbot, monkeypatch, tmp_path, shown_errors):
    path = tmp_path / "data" / "book.sqlite"
    monkeypatch.setattr(app_module, "default_book_path", lambda: path)
    code, seen = _run_until_window(monkeypatch)
    assert code == 0 and path.exists()
    assert seen["url"].endswith("book.sqlite")
    code, seen = _run_until_window(monkeypatch, url=f"sqlite:///{path}")  # and again, now it exists
    assert code == 0 and seen["url"] == f"sqlite:///{path}"


def test_run_app_demo_makes_a_fresh_demo_book(qtbot, monkeypatch, tmp_path, shown_errors):
    monkeypatch.setattr(
        app_module, "DEMO_SPEC", DemoSpec(customers=12, invoices=150, seed=5, today=date(2026, 11, 24))
    )
    monkeypatch.setattr(app_module, "demo_book_path", lambda: tmp_path / "demo.sqlite")
    code, seen = _run_until_window(monkeypatch, demo=True)
    assert code == 0
    assert seen["customers"] == "Demo book"
    assert (tmp_path / "demo.sqlite").exists()


def test_an_unusable_book_is_a_message_not_a_traceback(qtbot, monkeypatch, tmp_path):
    messages = []
    monkeypatch.setattr(app_module.QMessageBox, "warning", lambda _p, _t, text: messages.append(text))
    code = app_module.run_app(url=f"sqlite:///{tmp_path / 'missing' / 'nothing.sqlite'}")
    assert code == 1
    assert messages and "no such book" in messages[0]


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_translations_are_complete(language):
    path = i18n.translations_dir() / f"acctdesk_{language}.ts"
    root = ET.parse(path).getroot()
    messages = root.findall(".//message")
    assert len(messages) > 300
    unfinished = [
        m.findtext("source")
        for m in messages
        if m.find("translation").get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert unfinished == []
    assert (i18n.translations_dir() / f"acctdesk_{language}.qm").exists()


def test_the_window_in_chinese(qtbot, qapp, ctx):
    i18n.install(qapp, "zh_CN")
    window = MainWindow(ctx)
    qtbot.addWidget(window)
    titles = [window.nav.item(i).text() for i in range(window.nav.count())]
    assert titles == ["仪表盘", "客户", "发票", "收款", "银行", "催收", "信用", "对账单", "报表", "设置"]
    assert window.menuBar().actions()[0].text() == "文件(&F)"


def test_fonts_name_chinese_faces_first(qapp):
    font = i18n.apply_fonts(qapp)
    families = font.families()
    assert families[0] in i18n.CHINESE_FAMILIES
    assert isinstance(font, QFont)


def test_back_up_from_the_file_menu(qtbot, window, ctx, on_postgres):
    from tests.ui.conftest import settle

    if on_postgres:  # a team book is backed up with the server's tools: the action says so
        assert not window.backup_action.isEnabled()
        return
    assert window.backup_action.isEnabled()
    window.backup_action.trigger()
    settle(ctx)
    backups = list((ctx.book.path.parent / "backups").iterdir())
    assert len(backups) == 1 and backups[0].suffix == ".sqlite"
    assert str(backups[0]) in window.statusBar().currentMessage()


def test_settings_switch_the_language_for_the_next_start(qtbot, window, monkeypatch):
    from acctdesk.ui import pages

    shown = []
    monkeypatch.setattr(pages.QMessageBox, "information", lambda *args: shown.append(args[-1]))
    page = window.show_page("settings")
    page.language.setCurrentIndex(page.language.findData("zh_CN"))
    assert i18n.saved_language() == "zh_CN"
    assert shown and "中文" in shown[0]


def test_the_window_remembers_its_layout(qtbot, ctx):
    from PySide6.QtCore import QSettings

    first = MainWindow(ctx)
    qtbot.addWidget(first)
    first.resize(1300, 820)
    first.show()
    first.splitter.setSizes([240, first.splitter.width() - 240])
    first.close()  # saves the layout
    assert QSettings().value("window/geometry") == first.saveGeometry()
    assert QSettings().value("window/splitter") == first.splitter.saveState()
    second = MainWindow(ctx)
    qtbot.addWidget(second)
    # The offscreen screen is only 800 px wide and Qt fits a restored geometry into it; give the
    # window the first one's size again so that the navigation width can be compared.
    second.resize(first.size())
    second.show()
    assert second.splitter.sizes()[0] == 240
    second.close()
