"""`secondround export`: write everything one user owns as one versioned JSON file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import _django


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "export",
        help="export a user's data as JSON",
        description="Write all data of one account as a versioned JSON file (or to standard output).",
    )
    parser.add_argument("--email", help="the account (may be left out when there is only one)")
    parser.add_argument(
        "-o", "--output", default="-", help="file to write (default: standard output)"
    )
    parser.add_argument(
        "--with-audio",
        action="store_true",
        help="also put the recorded answers' audio in the file (base64; transcripts always come along)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    _django.start()
    from secondround import portability

    user = _django.find_user(args.email)
    if user is None:
        print("secondround export: no such account; name it with --email", file=sys.stderr)
        return 2
    document = portability.export_user(user, with_audio=args.with_audio)
    text = portability.dumps(document)
    if args.output == "-":
        sys.stdout.write(text + "\n")
    else:
        Path(args.output).write_text(text + "\n", encoding="utf-8")
        print(f"Exported {user.email} to {args.output}", file=sys.stderr)
    return 0
