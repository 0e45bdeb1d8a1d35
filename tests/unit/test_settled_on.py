"""`settled_on`: the day from which allocations cover an amount in full and keep doing so."""

from __future__ import annotations

from datetime import date

from acctdesk.services.balances import settled_on

D1, D2, D3, D4 = date(2026, 1, 5), date(2026, 2, 5), date(2026, 3, 5), date(2026, 4, 5)


def test_open_until_covered_in_full():
    assert settled_on([], 100) is None
    assert settled_on([(D1, 40)], 100) is None
    assert settled_on([(D2, 60), (D1, 40)], 100) == D2  # any order
    assert settled_on([(D1, 40), (D1, 60)], 100) == D1


def test_taken_back_and_settled_again():
    assert settled_on([(D1, 100), (D2, -30)], 100) is None  # open again since D2
    assert settled_on([(D1, 100), (D2, -30), (D3, 30)], 100) == D3  # open between D2 and D3
    assert settled_on([(D1, 100), (D2, -30), (D2, 30)], 100) == D1  # never open at the end of a day
    assert settled_on([(D1, 50), (D2, 50), (D3, -50), (D4, 50)], 100) == D4
