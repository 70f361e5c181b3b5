"""Start Django for a CLI command (settings from the environment, like the web app)."""

from __future__ import annotations

import os
from typing import TYPE_CHECKING

from secondround.datadir import prepare_data_dir

if TYPE_CHECKING:  # Django starts inside start(); the model is imported after it
    from secondround.accounts.models import User


def start() -> None:
    """Create the data folder and secret key (before the settings read them), start Django and bring
    the database up to date: its tables, and the examples that older analysis rules read (after an
    upgrade). Raises DataDirError when the data folder is not usable."""
    prepare_data_dir()
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
    import django
    from django.core.management import call_command

    django.setup()
    call_command("migrate", interactive=False, verbosity=0)
    from secondround.preparation.services import examples_reread

    examples_reread()


def find_user(email: str | None) -> User | None:
    """The account named by e-mail; with no e-mail, the only account there is. None if unclear."""
    from secondround.accounts.selectors import account_for

    return account_for(email)
