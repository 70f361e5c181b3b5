"""`secondround import`: restore an export file into an empty account."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from . import _django


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "import",
        help="import a JSON export into an empty account",
        description=(
            "Restore a file made by `secondround export` (or the browser download) into an account "
            "that holds no data yet. With --create the account is made first (you are asked nothing; "
            "set a password later with `python -m django changepassword` or sign up again)."
        ),
    )
    parser.add_argument("file", help="the export file (.json), or - for standard input")
    parser.add_argument("--email", help="the account (may be left out when there is only one)")
    parser.add_argument("--create", action="store_true", help="create the account when missing")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    try:
        raw = sys.stdin.buffer.read() if args.file == "-" else Path(args.file).read_bytes()
    except OSError as error:
        print(f"secondround import: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2
    _django.start()
    from django.utils import translation

    from secondround import portability
    from secondround.accounts.models import User

    user = _django.find_user(args.email)
    if user is None and args.create and args.email:
        user = User.objects.create_user(email=args.email, password=None)
    if user is None:
        print(
            "secondround import: no such account; name it with --email (or add --create)",
            file=sys.stderr,
        )
        return 2
    with translation.override(user.language):
        try:
            count = portability.import_user(user, portability.parse(raw))
        except portability.ImportRefused as refusal:
            print(f"secondround import: {refusal}", file=sys.stderr)
            return 2
    print(f"Imported {count} items into {user.email}")
    return 0
