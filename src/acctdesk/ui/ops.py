"""Background operations, after Anki's CollectionOp / QueryOp: work runs on one database thread, the result
or the error comes back on the UI thread, and every change fires one application-wide signal.

`Ops.run(work, success=…, failure=…)` calls `work(control)` on the worker thread; `control.progress(done,
total)` and `control.is_cancelled()` are plain callables, so the services they are passed to stay free of
Qt. A progress dialog appears only if the work takes longer than a moment.
"""

from __future__ import annotations

import logging
import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import (
    QCoreApplication,
    QDeadlineTimer,
    QObject,
    QRunnable,
    Qt,
    QThreadPool,
    QTimer,
    Signal,
)
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget
from sqlalchemy.exc import OperationalError

from acctdesk.services.errors import DomainError

log = logging.getLogger(__name__)


class Cancelled(Exception):
    """The person pressed Cancel; the work stopped and left nothing behind."""


class TaskControl:
    """What a running task may tell the UI (progress) and ask it (was Cancel pressed?)."""

    def __init__(self, signals: _TaskSignals) -> None:
        self._signals = signals
        self._cancel = threading.Event()

    def progress(self, done: int, total: int) -> None:
        self._signals.progress.emit(int(done), int(total))

    def is_cancelled(self) -> bool:
        return self._cancel.is_set()

    def cancel(self) -> None:
        self._cancel.set()

    def check(self) -> None:
        if self._cancel.is_set():
            raise Cancelled()


class _TaskSignals(QObject):
    # Created on the UI thread, emitted from the worker: Qt queues the calls to the UI thread.
    succeeded = Signal(object)
    failed = Signal(object)
    progress = Signal(int, int)


class _Task(QRunnable):
    def __init__(self, work: Callable[[TaskControl], Any], control: TaskControl, signals: _TaskSignals):
        super().__init__()
        self.setAutoDelete(True)
        self._work = work
        self._control = control
        self._signals = signals

    def run(self) -> None:
        try:
            result = self._work(self._control)
        except BaseException as error:  # every error goes back to the UI thread to be shown
            self._emit(self._signals.failed, error)
            return
        self._emit(self._signals.succeeded, result)

    @staticmethod
    def _emit(signal, value) -> None:
        try:
            signal.emit(value)
        except RuntimeError:  # the application is shutting down: nobody is left to tell
            log.debug("a background result arrived after its receiver was gone")


def error_message(error: BaseException) -> str:
    """The text a clerk sees for an error: a domain error's own message, never a traceback."""
    if isinstance(error, DomainError):
        return error.message
    if isinstance(error, OperationalError):
        return QCoreApplication.translate("Ops", "The book cannot be used right now: %1").replace(
            "%1", str(error.orig)
        )
    if isinstance(error, OSError):
        return QCoreApplication.translate("Ops", "The file cannot be used: %1").replace(
            "%1", error.strerror or str(error)
        )
    return QCoreApplication.translate(
        "Ops", "Something went wrong (%1). The details are in the log."
    ).replace("%1", type(error).__name__)


def show_error(parent: QWidget | None, message: str) -> None:
    """Shown for errors nobody handles in place. Tests replace it to collect the messages."""
    QMessageBox.warning(parent, QCoreApplication.translate("Ops", "acctdesk"), message)


class Ops(QObject):
    """One worker thread for database work and the application-wide "operation did execute" signal."""

    # (uow.Changes, initiator): each open view decides for itself whether to refresh.
    operation_did_execute = Signal(object, object)
    busy_changed = Signal(bool)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._pool = QThreadPool(self)
        self._pool.setMaxThreadCount(1)  # SQLite has one writer; a session belongs to one thread
        self._pending = 0
        self._live: set[_TaskSignals] = set()
        self.errors: list[str] = []  # the last messages shown, for the status bar and tests

    @property
    def idle(self) -> bool:
        return self._pending == 0

    def run(
        self,
        work: Callable[[TaskControl], Any],
        *,
        success: Callable[[Any], None] | None = None,
        failure: Callable[[BaseException], None] | None = None,
        parent: QWidget | None = None,
        label: str | None = None,
        cancellable: bool = False,
        show_after_ms: int = 500,
    ) -> TaskControl:
        signals = _TaskSignals()
        control = TaskControl(signals)
        self._live.add(signals)
        dialog = self._progress_dialog(parent, label, control, cancellable, show_after_ms) if label else None

        def finish() -> None:
            self._live.discard(signals)
            if dialog is not None:
                dialog.close()
            self._pending -= 1
            if self._pending == 0:
                self.busy_changed.emit(False)

        def on_success(result: Any) -> None:
            finish()
            if success is not None:
                success(result)

        def on_failure(error: BaseException) -> None:
            finish()
            if isinstance(error, Cancelled):
                return
            if not isinstance(error, DomainError):
                log.error("background operation failed", exc_info=error)
            if failure is not None:
                failure(error)
            else:
                self.report(parent, error)

        signals.succeeded.connect(on_success)
        signals.failed.connect(on_failure)
        if dialog is not None:
            signals.progress.connect(dialog.set_progress)
        self._pending += 1
        if self._pending == 1:
            self.busy_changed.emit(True)
        self._pool.start(_Task(work, control, signals))
        return control

    def report(self, parent: QWidget | None, error: BaseException) -> None:
        message = error_message(error)
        self.errors.append(message)
        show_error(parent, message)

    def _progress_dialog(self, parent, label, control, cancellable, show_after_ms) -> _Progress:
        popup = _Progress(label, parent, control, cancellable)
        popup.timer.start(show_after_ms)
        return popup

    def wait(self, timeout_ms: int = 15_000) -> bool:
        """Run the event loop until every operation finished and its callbacks ran (tests, quitting)."""
        deadline = QDeadlineTimer(timeout_ms)
        while self._pending and not deadline.hasExpired():
            self._pool.waitForDone(20)
            QCoreApplication.processEvents()
        return self._pending == 0


class _Progress(QObject):
    """A progress popup that appears only when the work takes a while (created late: a QProgressDialog
    would show itself on its own timer)."""

    def __init__(self, label: str, parent: QWidget | None, control: TaskControl, cancellable: bool) -> None:
        super().__init__(parent)
        self._label = label
        self._parent = parent
        self._control = control
        self._cancellable = cancellable
        self._done, self._total = 0, 0
        self.dialog: QProgressDialog | None = None
        self.timer = QTimer(self)
        self.timer.setSingleShot(True)
        self.timer.timeout.connect(self.show_dialog)

    def show_dialog(self) -> None:
        dialog = QProgressDialog(self._label, "", 0, 0, self._parent)
        dialog.setWindowTitle(QCoreApplication.translate("Ops", "Working…"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setAutoClose(False)
        dialog.setAutoReset(False)
        dialog.setMinimumDuration(0)
        if self._cancellable:
            dialog.setCancelButtonText(QCoreApplication.translate("Ops", "Cancel"))
            dialog.canceled.connect(self._control.cancel)
        else:
            dialog.setCancelButton(None)
        self.dialog = dialog
        self.set_progress(self._done, self._total)
        dialog.show()

    def set_progress(self, done: int, total: int) -> None:
        self._done, self._total = done, total
        if self.dialog is not None and total > 0:
            self.dialog.setMaximum(total)
            self.dialog.setValue(min(done, total))

    def close(self) -> None:
        self.timer.stop()
        if self.dialog is not None:
            self.dialog.close()
            self.dialog.deleteLater()
            self.dialog = None
        self.deleteLater()
