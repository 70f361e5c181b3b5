"""`secondround migrate`: create the data folder and secret key, and bring the database up to date."""

from __future__ import annotations

import argparse

from . import _django


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "migrate",
        help="prepare the data folder and apply pending database migrations",
        description=(
            "Create the data folder and the secret key when they are missing and apply pending "
            "database migrations (serve does this too; run it on its own when hosting)."
        ),
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    _django.start()
    from django.conf import settings

    print(f"Database up to date: {settings.DATABASES['default']['NAME']}")
    return 0
