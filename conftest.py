"""Shared fixtures: alice owns the data, bob is another user who must never see it."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest


@pytest.fixture(autouse=True, scope="session")
def _fast_password_hasher() -> None:
    """Argon2 costs ~50 ms per user fixture; tests prove behaviour, not hashing strength.

    `secondround/tests/test_project.py` keeps one test that production settings hash with Argon2.
    """
    from django.conf import settings

    settings.PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]


@pytest.fixture(autouse=True, scope="session")
def _test_secret_key() -> None:
    """Importing the settings creates no key (the commands do); tests sign with this one."""
    from django.conf import settings

    settings.SECRET_KEY = "tests-only-" + "x" * 40


@pytest.fixture(autouse=True)
def _isolated_data_dir(
    tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDROUND_DATA_DIR", str(tmp_path_factory.getbasetemp() / "data"))


@pytest.fixture(autouse=True)
def _isolated_audio_dir(settings: Any, tmp_path: Any) -> None:
    """Recorded answers of a test go to its own folder, never to a real data folder."""
    settings.AUDIO_DIR = tmp_path / "audio"


@pytest.fixture(autouse=True)
def _default_language() -> Iterator[None]:
    """Every test starts in the site's default language: a request in English earlier in the same
    worker leaves English active, and a test that reads a label would then depend on the order."""
    from django.conf import settings
    from django.utils import translation

    translation.activate(settings.LANGUAGE_CODE)
    yield
    translation.activate(settings.LANGUAGE_CODE)


@pytest.fixture
def alice(db: Any) -> Any:
    from secondround.accounts.models import User

    return User.objects.create_user(
        email="alice@example.com", password="alice-secret-42", language="nl"
    )


@pytest.fixture
def bob(db: Any) -> Any:
    from secondround.accounts.models import User

    return User.objects.create_user(
        email="bob@example.com", password="bob-secret-42", language="en"
    )


@pytest.fixture
def alice_client(client: Any, alice: Any) -> Any:
    client.force_login(alice)
    return client


@pytest.fixture
def bob_client(client: Any, bob: Any) -> Any:
    client.force_login(bob)
    return client
