"""Translatable service messages: gettext over the catalogs in acctdesk/locale, English by default."""

from __future__ import annotations

import gettext
from pathlib import Path

from acctdesk.model.money import use_translator

DOMAIN = "acctdesk"
LANGUAGES = ("zh_CN", "en")
LOCALE_DIR = Path(__file__).resolve().parents[1] / "locale"

_translations: gettext.NullTranslations = gettext.NullTranslations()
_language = "en"


def _(message: str) -> str:
    """The message in the current language; the English source text when there is no translation."""
    return _translations.gettext(message)


# The model's messages (money, the book's URL) follow the services' language.
use_translator(_)


def N_(message: str) -> str:
    """Mark a message for extraction where it is defined; translate it with _() where it is shown."""
    return message


def translator(code: str):
    """A `_` for one language whatever the current one is (a sheet or letter in the language asked for)."""
    if code in LANGUAGES and code != "en":
        return gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True).gettext
    return str


def set_language(code: str) -> str:
    """Translate service messages into `code` ("zh_CN"); anything else is English. Returns the language."""
    global _translations, _language
    if code in LANGUAGES and code != "en":
        _translations = gettext.translation(DOMAIN, LOCALE_DIR, languages=[code], fallback=True)
        _language = code if isinstance(_translations, gettext.GNUTranslations) else "en"
    else:
        _translations, _language = gettext.NullTranslations(), "en"
    return _language


def current_language() -> str:
    return _language
