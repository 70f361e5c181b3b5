"""The page cache of the dashboard and the round page: cheap to hit, never stale at any number of
users, and a table of bounded size."""

from __future__ import annotations

from typing import Any

import pytest
from django.db import connection
from django.test import Client, override_settings
from django.test.utils import CaptureQueriesContext

from secondround.accounts.models import User
from secondround.applications.models import Round
from secondround.testing.factories import make_application, make_interviewer, make_round

pytestmark = pytest.mark.django_db

MAX_ENTRIES = 10
SMALL_CACHE = {
    "default": {
        "BACKEND": "django.core.cache.backends.db.DatabaseCache",
        "LOCATION": "secondround_cache",
        "OPTIONS": {"MAX_ENTRIES": MAX_ENTRIES},
    }
}


def _visit(client: Client, path: str = "/") -> str:
    response = client.get(path)
    assert response.status_code == 200
    return response.content.decode()


def _other_users_add_an_application(count: int) -> list[User]:
    users = []
    for number in range(count):
        user = User.objects.create_user(email=f"user{number}@example.com", password="x-secret-42")
        make_application(user=user, company=f"Filler {number}")
        users.append(user)
    return users


def _they_open_their_dashboard(users: list[User]) -> None:
    for user in users:
        client = Client()
        client.force_login(user)
        _visit(client)  # sets the CSRF cookie
        _visit(client)  # cached


def _cache_rows() -> int:
    with connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM secondround_cache")
        return int(cursor.fetchone()[0])


@override_settings(CACHES=SMALL_CACHE)
def test_no_stale_page_once_the_cache_is_fuller_than_its_maximum(alice_client: Any, alice) -> None:
    # Django's database cache culls the first third of its keys in key order once it holds more
    # than MAX_ENTRIES rows. A data version kept in the cache ("data-version:<id>", never expiring,
    # one per user who ever wrote) was culled first, read as 0 again, and the page cached under
    # version 0 was served: stale. This test failed so, on SQLite and on PostgreSQL, before the
    # version moved to the user row.
    _visit(alice_client)  # sets the CSRF cookie
    assert "Stroomlijn" not in _visit(alice_client)  # cached without the application
    make_application(user=alice, company="Stroomlijn")
    assert "Stroomlijn" in _visit(alice_client)
    others = _other_users_add_an_application(2 * MAX_ENTRIES)
    assert "Stroomlijn" in _visit(alice_client)
    _they_open_their_dashboard(others)  # now pages fill the cache past MAX_ENTRIES
    assert "Stroomlijn" in _visit(alice_client)
    assert _cache_rows() <= MAX_ENTRIES + 1


def _round_path(alice) -> str:
    return Round.objects.get(application__user=alice, number=2).get_absolute_url()


@pytest.mark.parametrize("page", ["dashboard", "round"])
def test_a_cached_hit_costs_at_most_three_queries(alice_client: Any, alice, page) -> None:
    application = make_application(user=alice, company="Stroomlijn")
    person = make_interviewer(application=application, name="Sanne de Wit")
    make_round(application=application, number=2, interviewers=[person])
    path = "/" if page == "dashboard" else _round_path(alice)
    _visit(alice_client, path)  # sets the CSRF cookie
    _visit(alice_client, path)
    with CaptureQueriesContext(connection) as queries:
        page = _visit(alice_client, path)
    assert len(queries) <= 3, [q["sql"] for q in queries]
    assert "Stroomlijn" in page


def test_a_cached_round_page_is_still_a_404_for_bob(alice_client: Any, alice, bob) -> None:
    application = make_application(user=alice)
    make_round(application=application, number=2)
    path = _round_path(alice)
    _visit(alice_client, path)
    _visit(alice_client, path)
    bob_client = Client()
    bob_client.cookies.update(alice_client.cookies)  # even with alice's CSRF cookie
    bob_client.force_login(bob)
    assert bob_client.get(path).status_code == 404


def test_a_deleted_round_is_gone_even_when_its_page_was_cached(alice_client: Any, alice) -> None:
    application = make_application(user=alice)
    make_round(application=application, number=2)
    path = _round_path(alice)
    _visit(alice_client, path)
    _visit(alice_client, path)
    Round.objects.filter(application=application).delete()
    assert alice_client.get(path).status_code == 404
