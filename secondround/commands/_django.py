"""Start Django for a CLI command (settings from the environment, like the web app)."""

from __future__ import annotations

import os


def setup() -> None:
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
    import django

    django.setup()


def migrate() -> None:
    from django.core.management import call_command

    call_command("migrate", interactive=False, verbosity=0)


def find_user(email: str | None):  # type: ignore[no-untyped-def]
    """The account named by e-mail; with no e-mail, the only account there is. None if unclear."""
    from secondround.accounts.selectors import account_for

    return account_for(email)
