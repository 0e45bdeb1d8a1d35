"""The command line: argument parsing and printing only; every command is a service call.

`acctdesk` with no command opens the window. Every command takes `--db PATH` or `--db-url URL`,
prints one clear line to stderr and exits non-zero on bad input, and prints amounts as decimal
strings with `--json`. Each module here adds its commands through `register(commands)`.
"""

from __future__ import annotations

import argparse
import os
import sys
from collections.abc import Sequence
from datetime import date
from importlib import import_module

from acctdesk.cli.common import CliError, Commands, book_options, resolve_url

EXIT_DOMAIN_ERROR = 1
EXIT_USAGE = 2

# Imported when a command is asked for (build_parser), not when the window is: their services (PDF,
# Excel, mail) are not in the way of the dashboard.
COMMAND_MODULES = (
    "ledger",
    "aging",
    "analytics",
    "terms",
    "contracts",
    "admin",
    "bank",
    "statements",
    "collections",
    "credit",
)


def cmd_open_app(args: argparse.Namespace) -> int:
    url = resolve_url(args) if (args.db or args.db_url) else None
    if url is not None and not args.demo:
        from acctdesk.ui import early

        early.start(url, date.today())  # the dashboard's query, while Qt and the screens are imported
    try:
        from acctdesk.ui.app import run_app
    except ImportError as error:  # the window is optional for scripted use
        raise CliError(f"the desktop app is not available here: {error}") from None
    return run_app(url=url, demo=args.demo)


def _top_parser(**kwargs) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="acctdesk",
        description="Receivables ledger, aging, credit control and collections.",
        **kwargs,
    )
    book_options(parser, sub=False)
    parser.add_argument("--demo", action="store_true", help="open the app on a fresh demo book")
    return parser


def build_parser() -> argparse.ArgumentParser:
    parser = _top_parser()
    commands = Commands(parser.add_subparsers(dest="command", metavar="COMMAND"))
    for name in COMMAND_MODULES:
        import_module(f"acctdesk.cli.{name}").register(commands)
    return parser


def window_arguments(argv: Sequence[str] | None) -> argparse.Namespace | None:
    """The arguments when they ask for the window only (no command, no --help); None otherwise."""
    args, rest = _top_parser(add_help=False).parse_known_args(argv)
    return None if rest else args


def main(argv: Sequence[str] | None = None) -> int:
    from sqlalchemy.exc import OperationalError

    from acctdesk.services.errors import DomainError

    args = window_arguments(argv)
    if args is None:
        args = build_parser().parse_args(argv)
    handler = getattr(args, "handler", None)
    try:
        if handler is None:
            return cmd_open_app(args) or 0
        handler(args)
        return 0
    except CliError as error:
        print(f"acctdesk: error: {error}", file=sys.stderr)
        return EXIT_USAGE
    except DomainError as error:
        print(f"acctdesk: error: {error}", file=sys.stderr)
        return EXIT_DOMAIN_ERROR
    except OperationalError as error:
        print(f"acctdesk: error: cannot use the book: {error.orig}", file=sys.stderr)
        return EXIT_DOMAIN_ERROR
    except KeyboardInterrupt:
        print("acctdesk: interrupted", file=sys.stderr)
        return 130
    except BrokenPipeError:  # `acctdesk open-items | head`: the reader left, which is fine
        os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return 0


if __name__ == "__main__":
    sys.exit(main())
