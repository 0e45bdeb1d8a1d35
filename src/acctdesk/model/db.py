"""Engines and sessions for a book: a SQLite file on one desk, or PostgreSQL for a team."""

from __future__ import annotations

from pathlib import Path

from sqlalchemy import Engine, create_engine, event, text
from sqlalchemy.engine import make_url
from sqlalchemy.orm import Session, sessionmaker

from acctdesk.model.money import _


def book_url(db_path: str | Path | None = None, db_url: str | None = None) -> str:
    """The SQLAlchemy URL for `--db PATH` or `--db-url URL` (exactly one of them)."""
    if db_url:
        return db_url
    if db_path is None:
        raise ValueError(_("a book needs --db PATH or --db-url URL"))
    return f"sqlite:///{Path(db_path).expanduser().resolve()}"


def is_sqlite(url: str) -> bool:
    return make_url(url).get_backend_name() == "sqlite"


def sqlite_path(url: str) -> Path | None:
    parsed = make_url(url)
    if parsed.get_backend_name() != "sqlite" or not parsed.database or parsed.database == ":memory:":
        return None
    return Path(parsed.database)


def _sqlite_pragmas(dbapi_connection, _record) -> None:
    # pysqlite's own transaction handling would defer BEGIN; SQLAlchemy's recipe makes BEGIN
    # explicit so that a unit of work can take the write lock up front (BEGIN IMMEDIATE).
    dbapi_connection.isolation_level = None
    cursor = dbapi_connection.cursor()
    cursor.execute("PRAGMA foreign_keys=ON")
    cursor.execute("PRAGMA journal_mode=WAL")
    cursor.execute("PRAGMA synchronous=NORMAL")
    cursor.execute("PRAGMA busy_timeout=10000")
    cursor.close()


def _sqlite_begin(conn) -> None:
    # A unit of work that writes takes the write lock at BEGIN, so it never fails halfway on
    # a lock upgrade; readers begin deferred and never block anyone in WAL mode.
    write = conn.get_execution_options().get("acctdesk_write", False)
    conn.exec_driver_sql("BEGIN IMMEDIATE" if write else "BEGIN")


def make_engine(url: str, **kwargs) -> Engine:
    if is_sqlite(url):
        engine = create_engine(url, **kwargs)
        event.listen(engine, "connect", _sqlite_pragmas)
        event.listen(engine, "begin", _sqlite_begin)
        return engine
    return create_engine(url, pool_pre_ping=True, **kwargs)


def session_factory(engine: Engine) -> sessionmaker[Session]:
    return sessionmaker(bind=engine, expire_on_commit=False)


def reset_sequences(connection, tables) -> None:
    """After rows were written with explicit ids (a bulk load, a moved book), make PostgreSQL's
    id sequences continue after them. SQLite needs nothing: it takes max(id) + 1 itself."""
    if connection.dialect.name != "postgresql":
        return
    for table in tables:
        columns = [c for c in table.primary_key.columns if c.autoincrement in (True, "auto")]
        if len(columns) != 1 or columns[0].type.python_type is not int:
            continue
        column = columns[0].name
        sequence = connection.scalar(text(f"SELECT pg_get_serial_sequence('{table.name}', '{column}')"))
        if sequence:
            highest = f"COALESCE((SELECT MAX({column}) FROM {table.name}), 0)"
            connection.execute(text(f"SELECT setval('{sequence}', {highest} + 1, false)"))
