"""Every URL that takes an object id: bob gets 404 on alice's objects and changes nothing.

The URL patterns are found by walking the URL configuration, so a new view is covered the day it is
added. Alice's data is the full demo account (every app adds its part), so every kind of object exists.
"""

from __future__ import annotations

import pytest
from django.db import transaction
from django.test import override_settings

from secondround import portability
from secondround.demo import demo_create
from secondround.testing.urls import all_routes

pytestmark = pytest.mark.django_db


OBJECT_URLS = [(name, route) for name, route in all_routes() if "<int:" in route]


def _url(route: str, value: int) -> str:
    import re

    return "/" + re.sub(r"<int:\w+>", str(value), route)


@pytest.fixture(scope="module")
def world_audio(tmp_path_factory):
    """The demo's recorded answer lives as long as the world: its own audio folder."""
    return tmp_path_factory.mktemp("world") / "audio"


@pytest.fixture(autouse=True)
def _world_audio(settings, world_audio) -> None:
    settings.AUDIO_DIR = world_audio


@pytest.fixture(scope="module")
def world(django_db_setup, django_db_blocker, world_audio):
    """The full demo account, built once for this module (about a second) inside a transaction that
    is rolled back after it; each test runs in a savepoint within it, as in Django's TestCase."""
    with (
        django_db_blocker.unblock(),
        override_settings(AUDIO_DIR=world_audio),
        transaction.atomic(),
    ):
        demo = demo_create(email="alice-demo@example.com", password="alice-secret-42")
        ids = set()
        for model in portability.exported_models():
            ids.update(model.objects.for_user(demo).values_list("pk", flat=True))
        yield demo, sorted(ids)
        transaction.set_rollback(True)


def test_there_are_object_urls_to_check() -> None:
    assert len(OBJECT_URLS) >= 10


def test_bob_gets_404_and_changes_nothing_on_every_object_url(client, world, bob) -> None:
    """One demo world for all URLs (building it is the slow part); failures name every URL."""
    demo, ids = world
    before = portability.export_user(demo)
    client.force_login(bob)
    leaks = []
    for name, route in OBJECT_URLS:
        for value in ids:
            for method in ("get", "post"):
                response = getattr(client, method)(_url(route, value), {"name": "x", "text": "x"})
                if response.status_code not in (404, 405):
                    leaks.append(
                        f"{name}: {method.upper()} {_url(route, value)} → {response.status_code}"
                    )
    assert leaks == []
    assert portability.export_user(demo)["data"] == before["data"]


def test_the_owner_reaches_every_object_url(client, world) -> None:
    """Keeps the test above honest: with alice's ids, alice herself does not get 404 everywhere."""
    demo, ids = world
    client.force_login(demo)
    unreached = [
        route
        for _, route in OBJECT_URLS
        if {client.get(_url(route, value)).status_code for value in ids} == {404}
    ]
    assert unreached == [], "no demo object fits these URLs: add one to the demo data"


def test_every_exported_model_is_owned_and_knows_its_owner(world) -> None:
    """Export, isolation and the page cache all rely on `owner`; a new model must declare it."""
    from secondround.owned import OwnedQuerySet, owner_id_of

    demo, _ = world
    for model in portability.exported_models():
        queryset = model._default_manager.all()
        assert isinstance(queryset, OwnedQuerySet), model
        row = queryset.for_user(demo).first()
        assert row is not None, f"the demo has no {model.__name__}"
        assert owner_id_of(row) == demo.pk, model
