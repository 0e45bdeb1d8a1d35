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


def test_the_window_module_leaves_the_readers_and_writers_to_the_screens_that_use_them():
    """Opening the window imports no bank readers (ofxtools, calamine), no workbook or PDF writers
    and no import service: they cost the dashboard about a second on a large book, and the screens
    that need them (Bank, Statements, the import dialogs) import them when first shown."""
    heavy = ("ofxtools", "python_calamine", "openpyxl", "reportlab", "lxml", "acctdesk.services.bank_import")
    probe = (
        "import sys\n"
        "import acctdesk.ui.app\n"
        f"print(sorted({{m.split('.')[0] if not m.startswith('acctdesk') else m for m in sys.modules "
        f"if m.startswith({heavy!r})}}))\n"
    )
    out = subprocess.run([sys.executable, "-c", probe], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
