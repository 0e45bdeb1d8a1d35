"""The model and the migrations agree, and opening an older book backs it up before upgrading."""

from __future__ import annotations

from pathlib import Path

import alembic.command
import pytest
from alembic.autogenerate import compare_metadata
from alembic.runtime.migration import MigrationContext
from sqlalchemy import inspect

from acctdesk.model.db import make_engine
from acctdesk.model.entities import Base
from acctdesk.services import book as book_module
from acctdesk.services.book import current_revision, head_revision, open_book, upgrade
from acctdesk.services.errors import DomainError


def test_autogenerate_finds_no_difference_between_model_and_migrations(book_url):
    engine = make_engine(book_url)
    try:
        with engine.connect() as connection:
            context = MigrationContext.configure(connection, opts={"compare_type": True})
            differences = compare_metadata(context, Base.metadata)
    finally:
        engine.dispose()
    assert differences == []


def test_a_new_book_is_at_the_head_revision(book_url):
    engine = make_engine(book_url)
    try:
        assert current_revision(engine) == head_revision()
        assert "installment" in inspect(engine).get_table_names()
        with engine.connect() as connection:  # the revision read without alembic is alembic's
            assert current_revision(engine) == MigrationContext.configure(connection).get_current_revision()
    finally:
        engine.dispose()


def test_the_head_read_from_the_scripts_is_alembics():
    assert head_revision() == book_module.alembic_head_revision()


def test_a_database_alembic_never_touched_has_no_revision(tmp_path: Path):
    engine = make_engine(f"sqlite:///{tmp_path / 'empty.sqlite'}")
    try:
        assert current_revision(engine) is None
    finally:
        engine.dispose()


def test_an_older_sqlite_book_is_copied_before_it_is_upgraded(tmp_path: Path, monkeypatch):
    url = f"sqlite:///{tmp_path / 'old.sqlite'}"
    open_book(url, create=True).close()
    seen: list[str] = []
    # Pretend a newer schema exists, so the book on disk is "older".
    monkeypatch.setattr(book_module, "head_revision", lambda: "9999")
    monkeypatch.setattr(
        alembic.command,
        "upgrade",
        lambda config, target: seen.append(sorted(p.name for p in tmp_path.iterdir())),
    )
    before, after = upgrade(url)
    assert (before, after) == ("0001", "9999")
    (names,) = seen
    assert any(name.startswith("old.before-upgrade-0001-") for name in names), names


def test_a_database_that_is_not_a_book_is_refused(tmp_path: Path):
    import sqlite3

    path = tmp_path / "other.sqlite"
    with sqlite3.connect(path) as connection:
        connection.execute("CREATE TABLE something (x INTEGER)")
    with pytest.raises(DomainError, match="not an acctdesk book"):
        open_book(f"sqlite:///{path}")


def test_opening_a_missing_book_says_how_to_create_it(tmp_path: Path):
    with pytest.raises(DomainError, match="no such book"):
        open_book(f"sqlite:///{tmp_path / 'missing.sqlite'}")
