"""Service and model messages: the zh_CN catalog is complete, compiled, and used only when asked for."""

from __future__ import annotations

import gettext
import re
from io import BytesIO
from pathlib import Path

import pytest
from babel.messages.extract import extract_from_dir
from babel.messages.mofile import read_mo, write_mo
from babel.messages.pofile import read_po

from acctdesk.services import i18n

LC_MESSAGES = i18n.LOCALE_DIR / "zh_CN" / "LC_MESSAGES"
SERVICES = Path(i18n.__file__).parent
MODEL = SERVICES.parent / "model"
PLACEHOLDER = re.compile(r"(?<!\{)\{(\w+)[^{}]*\}(?!\})")


@pytest.fixture(scope="module")
def catalog():
    with (LC_MESSAGES / "acctdesk.po").open("rb") as po:
        return read_po(po)


def messages(catalog):
    return [message for message in catalog if message.id]


def test_every_message_has_a_chinese_translation(catalog):
    assert len(messages(catalog)) > 200
    untranslated = [m.id for m in messages(catalog) if not m.string or not m.string.strip()]
    fuzzy = [m.id for m in messages(catalog) if m.fuzzy]
    assert (untranslated, fuzzy) == ([], [])


def test_translations_keep_the_placeholders(catalog):
    wrong = [
        m.id
        for m in messages(catalog)
        if set(PLACEHOLDER.findall(m.id)) != set(PLACEHOLDER.findall(m.string))
    ]
    assert wrong == []


def test_every_service_message_is_in_the_catalog(catalog):
    extracted = {
        message
        for directory in (MODEL, SERVICES)
        for _filename, _line, message, _comments, _context in extract_from_dir(
            str(directory), method_map=[("**.py", "python")], keywords={"_": None, "N_": None}
        )
    }
    assert "'{text}' is not an amount" in extracted
    missing = sorted(extracted - {m.id for m in messages(catalog)})
    assert missing == [], "run scripts/update-service-messages.sh and translate the new messages"


def test_the_compiled_catalog_is_up_to_date(catalog):
    with (LC_MESSAGES / "acctdesk.mo").open("rb") as mo:
        compiled = read_mo(mo)
    assert {m.id: m.string for m in messages(compiled)} == {m.id: m.string for m in messages(catalog)}
    fresh = BytesIO()
    write_mo(fresh, catalog)
    assert fresh.getvalue() == (LC_MESSAGES / "acctdesk.mo").read_bytes()


@pytest.fixture
def language():
    yield i18n.set_language
    i18n.set_language("en")


def test_english_by_default_and_chinese_when_installed(language):
    assert i18n.current_language() == "en"
    assert i18n._("unknown customer '{code}'") == "unknown customer '{code}'"
    assert language("zh_CN") == "zh_CN"
    assert i18n._("unknown customer '{code}'").format(code="C9") == "找不到客户“C9”"
    assert i18n._("a message nobody translated") == "a message nobody translated"
    assert language("fr") == "en"
    assert i18n._("unknown customer '{code}'") == "unknown customer '{code}'"


def test_the_installed_catalog_is_gettexts_own(language):
    language("zh_CN")
    translation = gettext.translation(i18n.DOMAIN, i18n.LOCALE_DIR, languages=["zh_CN"])
    assert i18n._("a credit note needs a reason") == translation.gettext("a credit note needs a reason")
