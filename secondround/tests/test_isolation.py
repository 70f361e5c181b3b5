"""Every URL that takes an object id: bob gets 404 on alice's objects and changes nothing.

The URL patterns are found by walking the URL configuration, so a new view is covered the day it is
added. Alice's data is the full demo account (every app adds its part), so every kind of object exists.
"""

from __future__ import annotations

import pytest
from django.urls import URLPattern, URLResolver, get_resolver

from secondround import portability
from secondround.demo import demo_create

pytestmark = pytest.mark.django_db


def _patterns(resolver: URLResolver = None, prefix: str = "", namespace: str = "") -> list:
    found = []
    resolver = resolver or get_resolver()
    for entry in resolver.url_patterns:
        if isinstance(entry, URLResolver):
            space = f"{namespace}{entry.namespace}:" if entry.namespace else namespace
            found += _patterns(entry, prefix + str(entry.pattern), space)
        elif isinstance(entry, URLPattern):
            route = prefix + str(entry.pattern)
            if "<int:" in route and not route.startswith("admin/"):
                found.append((f"{namespace}{entry.name}", route))
    return found


OBJECT_URLS = _patterns()


def _url(route: str, value: int) -> str:
    import re

    return "/" + re.sub(r"<int:\w+>", str(value), route)


@pytest.fixture
def world(alice, bob):
    demo = demo_create(email="alice-demo@example.com", password="alice-secret-42")
    ids = set()
    for model in portability.exported_models():
        ids.update(model.objects.for_user(demo).values_list("pk", flat=True))
    return demo, sorted(ids)


def test_there_are_object_urls_to_check() -> None:
    assert len(OBJECT_URLS) >= 10


@pytest.mark.parametrize(("name", "route"), OBJECT_URLS, ids=[n for n, _ in OBJECT_URLS])
def test_bob_gets_404_and_changes_nothing(client, world, bob, name, route) -> None:
    demo, ids = world
    before = portability.export_user(demo)
    client.force_login(bob)
    for value in ids:
        for method in ("get", "post"):
            response = getattr(client, method)(_url(route, value), {"name": "x", "text": "x"})
            assert response.status_code in (404, 405), f"{method.upper()} {_url(route, value)}"
    after = portability.export_user(demo)
    assert after["data"] == before["data"]


@pytest.mark.parametrize(("name", "route"), OBJECT_URLS, ids=[n for n, _ in OBJECT_URLS])
def test_the_owner_reaches_the_same_urls(client, world, name, route) -> None:
    """Keeps the test above honest: with alice's ids, alice herself does not get 404 everywhere."""
    demo, ids = world
    client.force_login(demo)
    statuses = {client.get(_url(route, value)).status_code for value in ids}
    assert statuses != {404}, f"no demo object fits {route}: add one to the demo data"
