"""`acctdesk` with no command opens the window without importing the commands' services."""

from __future__ import annotations

import subprocess
import sys

import pytest

from acctdesk.cli import window_arguments


@pytest.mark.parametrize(
    ("argv", "window"),
    [
        ([], True),
        (["--demo"], True),
        (["--db", "book.sqlite", "--user", "lin"], True),
        (["--db", "book.sqlite", "balance"], False),
        (["balance", "--db", "book.sqlite"], False),
        (["--help"], False),
        (["--db", "book.sqlite", "--bogus"], False),  # the full parser says what is wrong
    ],
)
def test_the_window_is_asked_for_only_without_a_command(argv, window):
    args = window_arguments(argv)
    assert (args is not None) == window
    if window and "--db" in argv:
        assert args.db == "book.sqlite" and args.user == "lin"


def test_the_window_path_imports_no_command_module():
    probe = (
        "import sys\n"
        "from acctdesk.cli import window_arguments\n"
        "window_arguments(['--db', 'book.sqlite'])\n"
        "print(sorted(m for m in sys.modules if m.startswith(('acctdesk.cli.', 'openpyxl', 'reportlab'))))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "['acctdesk.cli.common']"
