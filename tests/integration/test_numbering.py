"""Document numbers: a series is made at its first use, also when two transactions use it at once."""

from __future__ import annotations

import threading
import time
from contextlib import contextmanager

from acctdesk.services.ledger import next_number


@contextmanager
def writing(book):
    """A transaction that writes, begun as a unit of work begins one (on SQLite: BEGIN IMMEDIATE)."""
    with book.sessions() as session, session.begin():
        session.connection(execution_options={"acctdesk_write": True})
        yield session


def test_a_series_starts_at_one_and_counts_on(book):
    with writing(book) as session:
        assert [next_number(session, "ZZ") for _ in range(3)] == ["ZZ-000001", "ZZ-000002", "ZZ-000003"]
    with writing(book) as session:
        assert next_number(session, "ZZ") == "ZZ-000004"


def test_two_first_uses_of_a_series_at_once_get_one_number_each(book):
    """The first transaction makes the series and holds it; the second, started meanwhile, finds no row
    to lock yet. It must wait for the first and take the next number, not fail on the series' key."""
    first_has_its_number = threading.Event()
    numbers: dict[str, str] = {}
    errors: list[BaseException] = []

    def first() -> None:
        try:
            with writing(book) as session:
                numbers["first"] = next_number(session, "YY")
                first_has_its_number.set()
                time.sleep(0.5)  # the second one starts meanwhile
        except BaseException as error:  # reported by the test below
            errors.append(error)
            first_has_its_number.set()

    def second() -> None:
        first_has_its_number.wait(10)
        try:
            with writing(book) as session:
                numbers["second"] = next_number(session, "YY")
        except BaseException as error:
            errors.append(error)

    threads = [threading.Thread(target=first), threading.Thread(target=second)]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join(30)
    assert errors == []
    assert numbers == {"first": "YY-000001", "second": "YY-000002"}
