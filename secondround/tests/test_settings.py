"""Starting the app: importing the settings writes nothing and nothing warns of deprecation."""

from __future__ import annotations

import os
import subprocess
import sys
import warnings
from pathlib import Path
from typing import Any

import pytest
from django.contrib import admin

ROOT = Path(__file__).resolve().parents[2]
START = (
    "import django; django.setup();"
    "from django.core.management import call_command; call_command('check');"
    "from secondround.wsgi import application"
)


def _clean_env(home: Path) -> dict[str, str]:
    env = {k: v for k, v in os.environ.items() if not k.startswith(("SECONDROUND_", "XDG_"))}
    for name in ("SECRET_KEY", "DATABASE_URL", "STATIC_ROOT"):
        env.pop(name, None)
    return env | {"HOME": str(home), "DJANGO_SETTINGS_MODULE": "secondround.settings"}


def test_starting_django_writes_nothing_and_warns_of_no_deprecation(tmp_path: Path) -> None:
    home = tmp_path / "home"
    home.mkdir()
    result = subprocess.run(
        [
            sys.executable,
            "-W",
            "error::DeprecationWarning",
            "-W",
            "error::PendingDeprecationWarning",
        ]
        + ["-c", START],
        cwd=ROOT,
        env=_clean_env(home),
        capture_output=True,
        text=True,
        timeout=120,
        check=False,
    )
    assert result.returncode == 0, result.stderr
    assert "Warning" not in result.stderr
    assert list(home.rglob("*")) == []  # no data folder, no secret key


@pytest.mark.django_db
@pytest.mark.parametrize("model", list(admin.site._registry), ids=lambda m: m._meta.label)
def test_admin_forms_warn_of_no_deprecation(model: Any, rf: Any, admin_user: Any) -> None:
    request = rf.get("/admin/")
    request.user = admin_user
    with warnings.catch_warnings():
        warnings.simplefilter("error", DeprecationWarning)
        warnings.simplefilter("error", PendingDeprecationWarning)
        admin.site._registry[model].get_form(request)()
