"""The dashboard's figures, asked for while the window's own modules are still being imported.

`acctdesk --db BOOK` spends its first second importing Qt and the screens. On a big book the
dashboard's query takes about as long, and the database does most of that work without Python's
lock, so `start(url, as_of)` runs it on a thread of its own (its own connection, the same service
function the dashboard calls) as soon as the services are imported. The dashboard's first query then
`take`s the result instead of asking again; anything else (another book, another date, an error, a
book that needs an upgrade) leaves it to the dashboard's usual query. No Qt here: this module is
imported before Qt is.
"""

from __future__ import annotations

import logging
import threading
from datetime import date

from acctdesk.model.db import is_sqlite
from acctdesk.services.book import open_book
from acctdesk.services.lists import DashboardFigures, dashboard_figures

log = logging.getLogger(__name__)


class _Early:
    def __init__(self, url: str, as_of: date) -> None:
        self.url = url
        self.as_of = as_of
        self.figures: DashboardFigures | None = None
        self.thread = threading.Thread(target=self._run, name="acctdesk-early-dashboard", daemon=True)

    def _run(self) -> None:
        try:
            book = open_book(self.url, upgrade_schema=False)  # an upgrade is the app's to make, after a copy
            try:
                with book.sessions() as session:
                    self.figures = dashboard_figures(session, self.as_of)
            finally:
                book.close()
        except Exception:  # the dashboard asks again and shows whatever is wrong
            log.debug("the early dashboard query did not run", exc_info=True)


_pending: _Early | None = None
_lock = threading.Lock()


def start(url: str, as_of: date) -> bool:
    """Start the dashboard's query for a book file; False (nothing started) for a server book, whose
    password may still have to be asked for."""
    global _pending
    if not is_sqlite(url):
        return False
    early = _Early(url, as_of)
    with _lock:
        _pending = early
    early.thread.start()
    return True


def take(url: str, as_of: date, timeout: float = 60.0) -> DashboardFigures | None:
    """The figures started for this book and date, once (waiting for them to be ready); None when
    none were started for them."""
    global _pending
    with _lock:
        early, _pending = _pending, None
    if early is None:
        return None
    early.thread.join(timeout)
    if early.url != url or early.as_of != as_of or early.thread.is_alive():
        return None
    return early.figures
