"""Interface language: the translators (ours and Qt's own), the locale, and the fonts (Chinese first)."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QSettings, QTranslator
from PySide6.QtGui import QFont, QFontDatabase
from PySide6.QtWidgets import QApplication

from acctdesk.services import i18n as service_i18n
from acctdesk.ui import formatting

LANGUAGES = {"zh_CN": "中文（简体）", "en": "English"}
LANGUAGE_KEY = "ui/language"
# Han text must not fall back to a Japanese face: name the Chinese ones first, on every platform.
CHINESE_FAMILIES = (
    "Microsoft YaHei",
    "PingFang SC",
    "Noto Sans CJK SC",
    "WenQuanYi Micro Hei",
    "Source Han Sans SC",
)
LATIN_FAMILIES = ("Segoe UI", "Helvetica Neue", "DejaVu Sans")

_installed: list[QTranslator] = []


def resources_dir() -> Path:
    """The resources folder: inside the package when installed, at the repository root in a checkout."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "resources", here.parents[3] / "resources"):
        if (candidate / "translations").is_dir():
            return candidate
    return here.parents[3] / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def icon_path(name: str) -> str:
    return str(resources_dir() / "icons" / f"{name}.svg")


def system_language() -> str:
    return "zh_CN" if QLocale.system().language() == QLocale.Language.Chinese else "en"


def saved_language(settings: QSettings | None = None) -> str:
    settings = settings or QSettings()
    value = settings.value(LANGUAGE_KEY, "")
    return value if value in LANGUAGES else system_language()


def save_language(language: str, settings: QSettings | None = None) -> None:
    (settings or QSettings()).setValue(LANGUAGE_KEY, language)


def install(app: QCoreApplication, language: str) -> str:
    """Load our translation and Qt's for a language (replacing earlier ones), and the services' messages
    in the same language; returns the language used."""
    language = language if language in LANGUAGES else "en"
    for translator in _installed:
        app.removeTranslator(translator)
    _installed.clear()
    files = [(translations_dir(), f"acctdesk_{language}")]
    if language != "en":
        qt_dir = Path(QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath))
        files.append((qt_dir, f"qtbase_{language}"))
    for folder, name in files:
        translator = QTranslator(app)
        if translator.load(name, str(folder)):
            app.installTranslator(translator)
            _installed.append(translator)
    QLocale.setDefault(
        QLocale(QLocale.Language.Chinese, QLocale.Country.China)
        if language == "zh_CN"
        else QLocale(QLocale.Language.English, QLocale.Country.UnitedStates)
    )
    formatting.set_language(language)
    service_i18n.set_language(language)
    return language


def apply_fonts(app: QApplication, point_size: float | None = None) -> QFont:
    available = set(QFontDatabase.families())
    families = [f for f in CHINESE_FAMILIES if f in available] or list(CHINESE_FAMILIES)
    font = QFont(app.font())
    font.setFamilies([*families, *[f for f in LATIN_FAMILIES if f in available]])
    if point_size:
        font.setPointSizeF(point_size)
    app.setFont(font)
    return font
