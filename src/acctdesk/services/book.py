"""Opening, creating and upgrading a book (a SQLite file or a PostgreSQL database)."""

from __future__ import annotations

import re
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING

from sqlalchemy import Engine, inspect, text
from sqlalchemy.orm import Session, sessionmaker

from acctdesk.model.db import is_sqlite, make_engine, session_factory, sqlite_path
from acctdesk.services.errors import DomainError
from acctdesk.services.i18n import _

if TYPE_CHECKING:
    from alembic.config import Config

# Alembic (with mako and pygments) takes most of a second to import: opening a book whose schema is
# current compares revisions without it, and it is imported only to upgrade a book or to walk history.
_REVISION_LINE = re.compile(
    r"""^(down_revision|revision)\s*(?::[^=]*)?=\s*(None|["']([^"']+)["'])\s*$""", re.M
)


def migrations_dir() -> Path:
    """Alembic's scripts: inside the package when installed, at the repository root in a checkout."""
    here = Path(__file__).resolve()
    for candidate in (here.parents[1] / "migrations", here.parents[3] / "migrations"):
        if (candidate / "env.py").exists():
            return candidate
    raise DomainError(_("the migrations folder is missing from this installation"))


def alembic_config(url: str) -> Config:
    from alembic.config import Config

    config = Config()
    config.set_main_option("script_location", str(migrations_dir()))
    config.set_main_option("sqlalchemy.url", url.replace("%", "%%"))
    return config


@lru_cache(maxsize=1)
def head_revision() -> str:
    """The newest revision of the migration scripts. Read from their `revision` and `down_revision`
    lines when they form one plain line of history (the usual case); otherwise alembic decides."""
    revisions: dict[str, str | None] = {}
    for script in sorted((migrations_dir() / "versions").glob("*.py")):
        lines = _REVISION_LINE.findall(script.read_text("utf-8"))
        found = {name: ident for name, _value, ident in lines}
        if "revision" not in found or "down_revision" not in found:
            return alembic_head_revision()
        revisions[found["revision"]] = found["down_revision"] or None
    heads = set(revisions) - set(revisions.values())
    if len(heads) != 1:
        return alembic_head_revision()
    return heads.pop()


def alembic_head_revision() -> str:
    from alembic.script import ScriptDirectory

    return ScriptDirectory.from_config(alembic_config("sqlite://")).get_current_head()


def current_revision(engine: Engine) -> str | None:
    """The book's revision (alembic's version table), None for a database alembic never touched."""
    with engine.connect() as connection:
        if not inspect(connection).has_table("alembic_version"):
            return None
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).scalars().all()
    if len(versions) > 1:  # branches: alembic's own answer (it refuses more than one head)
        from alembic.runtime.migration import MigrationContext

        with engine.connect() as connection:
            return MigrationContext.configure(connection).get_current_revision()
    return versions[0] if versions else None


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
            raise DomainError(_("{url}: this database is not an acctdesk book").format(url=url))
    finally:
        engine.dispose()
    head = head_revision()
    if before == head:
        return before, head
    if before is not None and is_sqlite(url) and (path := sqlite_path(url)):
        _backup_before_upgrade(path, before)
    from alembic import command

    command.upgrade(alembic_config(url), "head")
    return before, head


def open_book(url: str, *, create: bool = False, upgrade_schema: bool = True) -> Book:
    """Open a book; `create` allows a new empty SQLite file to be made."""
    path = sqlite_path(url)
    if path is not None and not path.exists():
        if not create:
            raise DomainError(_("{path}: no such book (create it with `acctdesk init`)").format(path=path))
        path.parent.mkdir(parents=True, exist_ok=True)
    if upgrade_schema:
        upgrade(url)
    else:
        engine = make_engine(url)
        try:
            if current_revision(engine) != head_revision():
                raise DomainError(
                    _("{url}: the book's schema is not current; run `acctdesk init`").format(url=url)
                )
        finally:
            engine.dispose()
    engine = make_engine(url)
    return Book(url=url, engine=engine, sessions=session_factory(engine))
