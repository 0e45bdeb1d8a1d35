"""Backups of a SQLite book and restoring one, checked before anything is replaced.

A backup is an online copy made with SQLite's backup API, so it is consistent while the book is in
use. Backups go to a `backups` folder beside the book, newest last, keeping the last N. Restore
checks the file's integrity, that it is an acctdesk book, and that its schema is one this version
knows, and copies the book it replaces aside first.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from pathlib import Path

from acctdesk.services.auth import Action, resolve_actor
from acctdesk.services.book import Book, alembic_config, backup_sqlite, head_revision
from acctdesk.services.errors import DomainError, ValidationError
from acctdesk.services.i18n import _

DEFAULT_KEEP = 10
STAMP = "%Y%m%dT%H%M%S%fZ"


def backups_folder(book_path: Path) -> Path:
    return book_path.parent / "backups"


def _sqlite_book_path(book: Book) -> Path:
    path = book.path
    if path is None:
        raise DomainError(
            _("this book is on a database server: back it up with the server's tools (pg_dump)")
        )
    return path


def _check_may_back_up(book: Book, user: str) -> None:
    with book.sessions() as session:
        resolve_actor(session, user).require(Action.BACKUP)


def backup_book(book: Book, target: Path | None = None, *, user: str, keep: int = DEFAULT_KEEP) -> Path:
    """Copy the book to `target`, or into its backups folder keeping the newest `keep` copies."""
    _check_may_back_up(book, user)
    source = _sqlite_book_path(book)
    if target is None:
        folder = backups_folder(source)
        target = folder / f"{source.stem}-{datetime.now(UTC).strftime(STAMP)}{source.suffix}"
        backup_sqlite(source, target)
        _rotate(folder, source.stem, source.suffix, keep)
        return target
    target = Path(target)
    if target.resolve() == source.resolve():
        raise ValidationError(_("a backup cannot overwrite the book itself"), field="file")
    return backup_sqlite(source, target)


def _rotate(folder: Path, stem: str, suffix: str, keep: int) -> None:
    copies = sorted(folder.glob(f"{stem}-*{suffix}"))
    for old in copies[: max(len(copies) - keep, 0)]:
        old.unlink()


def list_backups(book: Book) -> list[Path]:
    source = _sqlite_book_path(book)
    return sorted(backups_folder(source).glob(f"{source.stem}-*{source.suffix}"))


def backup_due(book: Book, now: datetime | None = None, every: timedelta = timedelta(days=1)) -> bool:
    """True when the newest backup is older than `every` (the app backs up daily and on close)."""
    copies = list_backups(book)
    if not copies:
        return True
    newest = datetime.strptime(copies[-1].stem.rsplit("-", 1)[-1], STAMP).replace(tzinfo=UTC)
    return (now or datetime.now(UTC)) - newest >= every


@dataclass(frozen=True)
class RestoreResult:
    restored_from: Path
    book: Path
    previous_copy: Path | None
    revision: str


def check_backup_file(path: Path) -> str:
    """Refuse a damaged or foreign file; return the schema revision of a good one."""
    name = path.name
    if not path.is_file():
        raise ValidationError(_("{name}: no such file").format(name=name), field="file")
    with path.open("rb") as handle:
        if handle.read(16) != b"SQLite format 3\x00":
            raise ValidationError(
                _("{name}: not a SQLite database, so not an acctdesk book").format(name=name), field="file"
            )
    connection = sqlite3.connect(f"file:{path}?mode=ro", uri=True)
    try:
        integrity = connection.execute("PRAGMA integrity_check").fetchone()[0]
        if integrity != "ok":
            raise ValidationError(
                _("{name}: the file is damaged ({integrity})").format(name=name, integrity=integrity),
                field="file",
            )
        tables = {row[0] for row in connection.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        if not {"alembic_version", "book_settings", "audit_event"} <= tables:
            raise ValidationError(_("{name}: not an acctdesk book").format(name=name), field="file")
        revision = connection.execute("SELECT version_num FROM alembic_version").fetchone()
    except sqlite3.DatabaseError as error:
        raise ValidationError(
            _("{name}: the file is damaged ({error})").format(name=name, error=error), field="file"
        ) from None
    finally:
        connection.close()
    from alembic.script import ScriptDirectory

    known = {
        rev.revision for rev in ScriptDirectory.from_config(alembic_config("sqlite://")).walk_revisions()
    }
    if revision is None or revision[0] not in known:
        raise ValidationError(
            _(
                "{name}: made by a newer or unknown version of acctdesk (schema {value}, this "
                "version knows up to {head_revision})"
            ).format(name=name, value=revision and revision[0], head_revision=head_revision()),
            field="file",
        )
    return revision[0]


def restore_book(source: Path, target: Path, *, user: str | None = None) -> RestoreResult:
    """Replace the book at `target` with the backup `source`, after checking it.

    The book being replaced is copied into its backups folder first; the new file is written
    beside the target and moved into place in one step, so a failure leaves the old book intact.
    When the target exists, `user` must be allowed to restore it.
    """
    source, target = Path(source), Path(target)
    revision = check_backup_file(source)
    previous = None
    if target.exists():
        from acctdesk.services.book import open_book

        current = open_book(f"sqlite:///{target}", upgrade_schema=False)
        try:
            _check_may_back_up(current, user or "")
        finally:
            current.close()
        folder = backups_folder(target)
        # A dot, not a dash, after the stem: these copies are kept apart from the rotation of
        # regular backups (`STEM-STAMP.sqlite`) and never mistaken for the newest one.
        previous = folder / f"{target.stem}.before-restore-{datetime.now(UTC).strftime(STAMP)}{target.suffix}"
        backup_sqlite(target, previous)
    staging = target.with_name(f".{target.name}.restoring")
    shutil.copyfile(source, staging)
    for suffix in ("-wal", "-shm"):
        Path(f"{target}{suffix}").unlink(missing_ok=True)
    os.replace(staging, target)
    return RestoreResult(source, target, previous, revision)
