"""`secondround demo`: a demo account with a realistic Dutch example to look around in."""

from __future__ import annotations

import argparse

from . import _django

DEMO_EMAIL = "demo@tweederonde.nl"
DEMO_PASSWORD = "demo-tweede-ronde"


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "demo",
        help="create (or renew) the demo account",
        description=(
            "Create the demo account with one application after round one and a round two planned "
            "with one known and one new interviewer. An existing demo account is replaced."
        ),
    )
    parser.add_argument("--email", default=DEMO_EMAIL, help=f"demo e-mail (default {DEMO_EMAIL})")
    parser.add_argument("--password", default=DEMO_PASSWORD, help="demo password")
    parser.add_argument("--lang", choices=["nl", "en"], default="nl", help="interface language")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    _django.start()
    from secondround.demo import demo_create

    demo_create(email=args.email, password=args.password, language=args.lang)
    print(f"Demo account ready. Log in with {args.email} / {args.password}")
    return 0
