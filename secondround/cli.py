"""The `secondround` command: serve the app, fill a demo account, move data, and use the coach offline.

Each subcommand lives in its own module under secondround/commands/ with two functions:
`add_parser(subparsers)` registers it, `run(args) -> int` does the work and returns the exit code.
"""

from __future__ import annotations

import argparse
import importlib
import sys

SUBCOMMANDS = ("serve", "demo", "export", "import", "analyze", "vacancy", "offer")


def build_parser(only: str | None = None) -> argparse.ArgumentParser:
    """The parser with every subcommand, or with `only` that one (a command line that names its
    subcommand need not import the others: `secondround analyze` starts faster)."""
    parser = argparse.ArgumentParser(
        prog="secondround",
        description="Tweede Ronde / Second Round: prepare a second job interview, from round one to the offer.",
    )
    subparsers = parser.add_subparsers(dest="command", metavar="COMMAND")
    for name in (only,) if only in SUBCOMMANDS else SUBCOMMANDS:
        module = importlib.import_module(f"secondround.commands.{name}_cmd")
        module.add_parser(subparsers)
    return parser


def main(argv: list[str] | None = None) -> int:
    words = sys.argv[1:] if argv is None else argv
    parser = build_parser(words[0] if words else None)
    args = parser.parse_args(words)
    if not getattr(args, "run", None):
        parser.print_help()
        return 0
    return int(args.run(args) or 0)


if __name__ == "__main__":
    sys.exit(main())
