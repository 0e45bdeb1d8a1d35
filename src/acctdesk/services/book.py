"""Opening, creating and upgrading a book (a SQLite file or a PostgreSQL database)."""

from __future__ import annotations

import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from alembic import command
from alembic.config import Config
from alembic.runtime.migration import MigrationContext
from alembic.script import ScriptDirectory
from sqlalchemy import Engine, inspect
from sqlalchemy.orm import Session, sessionmaker

from acctdesk.model.db import is_sqlite, make_engine, session_factory, sqlite_path
from acctdesk.services.errors import DomainError


def migrations_dir() -> Path:
    """Alembic's scripts: inside the package when installed, at the repository root in a checkout."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "migrations", here.parents[3] / "migrations"):
        if (candidate / "env.py").exists():
            return candidate
    raise DomainError("the migrations folder is missing from this installation")


def alembic_config(url: str) -> Config:
    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


def head_revision() -> str:
    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    with engine.connect() as connection:
        return MigrationContext.configure(connection).get_current_revision()


@dataclass
class Book:
    """An open book: where it lives, its engine and its session factory."""

    url: str
    engine: Engine
    sessions: sessionmaker[Session]

    @property
    def path(self) -> Path | None:
        return sqlite_path(self.url)

    @property
    def display_name(self) -> str:
        path = self.path
        return str(path) if path else self.engine.url.render_as_string(hide_password=True)

    def close(self) -> None:
        self.engine.dispose()


def backup_sqlite(source: Path, target: Path) -> Path:
    """An online copy of a SQLite book (the SQLite backup API: consistent while it is in use)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    with sqlite3.connect(source) as src, sqlite3.connect(target) as dst:
        src.backup(dst)
    return target


def _backup_before_upgrade(path: Path, revision: str) -> Path:
    stamp = datetime.now(UTC).strftime("%Y%m%dT%H%M%SZ")
    return backup_sqlite(path, path.with_name(f"{path.stem}.before-upgrade-{revision}-{stamp}{path.suffix}"))


def upgrade(url: str) -> tuple[str | None, str]:
    """Bring a book to the newest schema; an existing SQLite book is copied first.

    Returns (revision before, revision after).
    """
    engine = make_engine(url)
    try:
        before = current_revision(engine)
        has_tables = bool(inspect(engine).get_table_names())
        if has_tables and before is None:
            raise DomainError(f"{url}: this database is not an acctdesk book")
    finally:
        engine.dispose()
    head = head_revision()
    if before == head:
        return before, head
    if before is not None and is_sqlite(url) and (path := sqlite_path(url)):
        _backup_before_upgrade(path, before)
    command.upgrade(alembic_config(url), "head")
    return before, head


def open_book(url: str, *, create: bool = False, upgrade_schema: bool = True) -> Book:
    """Open a book; `create` allows a new empty SQLite file to be made."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise DomainError(f"{path}: no such book (create it with `acctdesk init`)")
        path.parent.mkdir(parents=True, exist_ok=True)
    if upgrade_schema:
        upgrade(url)
    else:
        engine = make_engine(url)
        try:
            if current_revision(engine) != head_revision():
                raise DomainError(f"{url}: the book's schema is not current; run `acctdesk init`")
        finally:
            engine.dispose()
    engine = make_engine(url)
    return Book(url=url, engine=engine, sessions=session_factory(engine))
