"""Backups from the window: automatic ones (once a day while the app runs, and on closing when anything
changed) on the worker thread, and File → Restore from backup, which checks the file before anything is
replaced. The copying and checking are `services.backup`; this module decides when, and says what happened.
"""

from __future__ import annotations

import logging
from datetime import datetime
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from acctdesk.services import backup
from acctdesk.services.errors import PermissionDenied
from acctdesk.ui import formatting
from acctdesk.ui.context import AppContext
from acctdesk.ui.ops import error_message

log = logging.getLogger(__name__)

CHECK_EVERY_MS = 60 * 60 * 1000  # look once an hour whether the daily backup is due


class AutoBackup(QObject):
    """Backs a SQLite book up when a backup is due (none in the last day) and on closing after changes,
    keeping the newest `keep` copies. A user whose role may not back up is skipped quietly."""

    backed_up = Signal(object)  # the Path written
    failed = Signal(str)  # a message for the status bar (an automatic backup never pops up a box)

    def __init__(self, ctx: AppContext, parent: QObject | None = None, *, keep: int = backup.DEFAULT_KEEP):
        super().__init__(parent)
        self.ctx = ctx
        self.keep = keep
        self.changed = False  # anything changed since the last backup
        self.allowed = True
        self.timer = QTimer(self)
        self.timer.setInterval(CHECK_EVERY_MS)
        self.timer.timeout.connect(self.check)
        ctx.ops.operation_did_execute.connect(self._operation_did_execute)

    @property
    def enabled(self) -> bool:
        return self.ctx.book.path is not None and self.allowed  # a team book: the server's tools

    def start(self) -> None:
        if self.ctx.book.path is None:
            return
        self.timer.start()
        self.check()

    def stop(self) -> None:
        self.timer.stop()

    def _operation_did_execute(self, _changes, _initiator) -> None:
        self.changed = True

    def _run(self, *, always: bool) -> None:
        book, user, keep = self.ctx.book, self.ctx.user, self.keep

        def work(_control) -> Path | None:
            if always or backup.backup_due(book):
                return backup.backup_book(book, user=user, keep=keep)
            return None

        self.ctx.ops.run(work, success=self._done, failure=self._failed)

    def check(self) -> None:
        """The daily backup, when the newest copy is a day old or there is none."""
        if self.enabled:
            self._run(always=False)

    def on_close(self, timeout_ms: int = 60_000) -> None:
        """On closing: a backup when anything changed in this session or one is due. Waits for it while
        the event loop keeps running, so the window stays responsive."""
        self.stop()
        if not self.enabled:
            return
        self._run(always=self.changed)
        self.ctx.ops.wait(timeout_ms)

    def _done(self, path: Path | None) -> None:
        if path is not None:
            self.changed = False
            self.backed_up.emit(path)

    def _failed(self, error: BaseException) -> None:
        if isinstance(error, PermissionDenied):  # this user's role does not back up; someone else will
            log.info("automatic backup skipped: %s", error)
            self.allowed = False
            return
        log.warning("automatic backup failed: %s", error)
        self.failed.emit(
            QCoreApplication.translate("Backups", "The automatic backup failed: %1").replace(
                "%1", error_message(error)
            )
        )


def refuse(parent: QWidget | None, message: str) -> None:
    """A file that cannot be restored (tests replace this to collect the message)."""
    QMessageBox.warning(parent, QCoreApplication.translate("Backups", "Restore from backup"), message)


def confirm(parent: QWidget | None, message: str) -> bool:
    """Ask before the book is replaced (tests replace this to answer)."""
    answer = QMessageBox.question(
        parent,
        QCoreApplication.translate("Backups", "Restore from backup"),
        message,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.Cancel,
        QMessageBox.StandardButton.Cancel,
    )
    return answer == QMessageBox.StandardButton.Yes


def restore_question(source: Path, book_path: Path) -> str:
    made = datetime.fromtimestamp(source.stat().st_mtime)
    when = f"{formatting.current().date(made.date())} {made:%H:%M}"
    return (
        QCoreApplication.translate(
            "Backups",
            "Replace the book %1 with the backup %2 (made %3)?\n\n"
            "Everything entered after that backup will no longer be in the book. The current book is "
            "first copied into its backups folder, so this can be undone by restoring that copy.",
        )
        .replace("%1", str(book_path))
        .replace("%2", source.name)
        .replace("%3", when)
    )


def refusal_text(error: BaseException) -> str:
    return QCoreApplication.translate("Backups", "This file cannot be restored: %1").replace(
        "%1", error_message(error)
    )


def restored_text(result: backup.RestoreResult) -> str:
    text = QCoreApplication.translate("Backups", "Restored from %1").replace("%1", result.restored_from.name)
    if result.previous_copy is not None:
        text += "; " + QCoreApplication.translate("Backups", "the book it replaced was copied to %1").replace(
            "%1", str(result.previous_copy)
        )
    return text
