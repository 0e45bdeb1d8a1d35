"""Fixtures: a fresh, initialised book per test on SQLite, or on PostgreSQL when
ACCTDESK_TEST_DB_URL points at a server (the same suite runs on both in CI)."""

from __future__ import annotations

import os
import shutil
import time
import uuid
from pathlib import Path

import pytest
from sqlalchemy import create_engine, text
from sqlalchemy.engine import make_url

from acctdesk.services.book import Book, open_book
from acctdesk.services.settings import initialise_book

PG_URL = os.environ.get("ACCTDESK_TEST_DB_URL", "")
SAMPLES = Path(os.environ.get("ACCTDESK_SAMPLES", Path(__file__).resolve().parents[2] / "shared" / "samples"))


def pytest_report_header(config):
    where = make_url(PG_URL).render_as_string(hide_password=True) if PG_URL else "SQLite"
    return f"acctdesk test database: {where}"


def _admin_engine():
    return create_engine(make_url(PG_URL).set(database="postgres"), isolation_level="AUTOCOMMIT")


def _drop_database(name: str) -> None:
    """Drop a test database; a connection that is still closing can make the first try fail."""
    admin = _admin_engine()
    try:
        for attempt in range(5):
            try:
                with admin.connect() as connection:
                    connection.execute(text(f'DROP DATABASE IF EXISTS "{name}" WITH (FORCE)'))
                return
            except Exception:
                if attempt == 4:
                    raise
                time.sleep(0.5 * (attempt + 1))
    finally:
        admin.dispose()


@pytest.fixture(scope="session")
def template_url(tmp_path_factory):
    """A book migrated to head and initialised once; each test gets a copy of it."""
    if PG_URL:
        name = f"acctdesk_tpl_{uuid.uuid4().hex[:10]}"
        admin = _admin_engine()
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}"'))
        url = make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        book, _ = initialise_book(url, name="Test book", base_currency="CNY", user="tester")
        book.close()
        admin.dispose()
        yield url
        _drop_database(name)
    else:
        path = tmp_path_factory.mktemp("template") / "template.sqlite"
        book, _ = initialise_book(f"sqlite:///{path}", name="Test book", base_currency="CNY", user="tester")
        book.close()
        yield f"sqlite:///{path}"


@pytest.fixture
def book_url(template_url, tmp_path):
    if PG_URL:
        name = f"acctdesk_t_{uuid.uuid4().hex[:12]}"
        template = make_url(template_url).database
        admin = _admin_engine()
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{template}"'))
        admin.dispose()
        yield make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
        _drop_database(name)
    else:
        target = tmp_path / "book.sqlite"
        shutil.copyfile(make_url(template_url).database, target)
        yield f"sqlite:///{target}"


@pytest.fixture
def book(book_url) -> Book:
    opened = open_book(book_url)
    yield opened
    opened.close()


@pytest.fixture
def on_postgres() -> bool:
    return bool(PG_URL)


def copy_of_template(template_url: str, workdir: Path) -> str:
    """A fresh book copied from the template, for tests that make many books (property tests)."""
    if PG_URL:
        name = f"acctdesk_p_{uuid.uuid4().hex[:12]}"
        admin = _admin_engine()
        with admin.connect() as connection:
            connection.execute(text(f'CREATE DATABASE "{name}" TEMPLATE "{make_url(template_url).database}"'))
        admin.dispose()
        return make_url(PG_URL).set(database=name).render_as_string(hide_password=False)
    target = workdir / f"{uuid.uuid4().hex}.sqlite"
    shutil.copyfile(make_url(template_url).database, target)
    return f"sqlite:///{target}"


def drop_copy(url: str) -> None:
    if PG_URL:
        _drop_database(make_url(url).database)
    else:
        Path(make_url(url).database).unlink(missing_ok=True)
