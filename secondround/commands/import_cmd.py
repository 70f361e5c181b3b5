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
    _django.start()
    from django.conf import settings
    from django.db import transaction
    from django.utils import translation

    from secondround import portability
    from secondround.accounts.models import User

    try:
        if args.file == "-":
            raw = portability.read_limited(sys.stdin.buffer)
        else:
            with Path(args.file).open("rb") as stream:
                raw = portability.read_limited(stream)
    except OSError as error:
        print(f"secondround import: cannot read {args.file}: {error.strerror}", file=sys.stderr)
        return 2

    user = _django.find_user(args.email)
    if user is None and not (args.create and args.email):
        print(
            "secondround import: no such account; name it with --email (or add --create)",
            file=sys.stderr,
        )
        return 2
    with (
        translation.override(user.language if user else settings.LANGUAGE_CODE),
        transaction.atomic(),
    ):
        try:
            document = portability.parse(raw)
            if user is None:
                user = User.objects.create_user(email=args.email, password=None)
            count = portability.import_user(user, document)
        except portability.ImportRefused as refusal:
            transaction.set_rollback(True)  # nothing changes, not even a --create account
            print(f"secondround import: {refusal}", file=sys.stderr)
            return 2
    print(f"Imported {count} items into {user.email}")
    return 0
