"""The page cache of the dashboard and the round page: cheap to hit, never stale at any number of
users, and of bounded size, on each backend that CACHE_URL can name: the database cache, and real
Redis and Memcached servers through Django's own backends (started by `conftest.py`)."""

from __future__ import annotations

import contextlib
import time
from collections.abc import Iterator
from dataclasses import dataclass
from datetime import UTC
from typing import Any
from unittest import mock
from urllib.parse import unquote

import pytest
import redis
from django.core.cache import cache, caches
from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext
from django.utils.dateparse import parse_datetime

from secondround.accounts.models import User
from secondround.applications.models import Round
from secondround.cache_url import cache_config
from secondround.freshness import EXPIRY_SECONDS
from secondround.testing.cache_servers import MEMORY_MB, ask
from secondround.testing.factories import make_application, make_interviewer, make_round

pytestmark = pytest.mark.django_db

MAX_ENTRIES = 10  # the database cache's bound in these tests (CACHE_MAX_ENTRIES)
# SQL queries of a cached hit: the session and the user, and on the database cache its row.
QUERIES_OF_A_HIT = {"database": 3, "redis": 2, "memcached": 2}


@dataclass(frozen=True)
class Backend:
    name: str
    url: str | None  # the CACHE_URL


@pytest.fixture(params=list(QUERIES_OF_A_HIT))
def backend(request: pytest.FixtureRequest, settings: Any) -> Iterator[Backend]:
    """The page cache on one backend, configured from its CACHE_URL as `secondround serve` does,
    empty at the start (a server outlives the test's database transaction)."""
    name = request.param
    url = None if name == "database" else request.getfixturevalue(f"{name}_url")
    settings.CACHES = {"default": cache_config(url, max_entries=MAX_ENTRIES)}
    cache.clear()
    yield Backend(name, url)
    cache.clear()


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


def _fill_past_the_bound(backend: Backend, others: list[User]) -> None:
    """More pages than the cache may keep: on the database, the dashboards of `others` (twice
    MAX_ENTRIES); on a server, page-sized entries worth twice its memory."""
    if backend.name == "database":
        _they_open_their_dashboard(others)
        return
    page = "x" * 500
    count = 2 * MEMORY_MB * 2**20 // len(page)
    for start in range(0, count, 500):  # in batches: one write may not pass the bound by much
        batch = {f"page:other-{n}": page for n in range(start, start + 500)}
        cache.set_many(batch, EXPIRY_SECONDS)


def _assert_within_the_bound(backend: Backend) -> None:
    if backend.name == "database":
        with connection.cursor() as cursor:
            cursor.execute("SELECT COUNT(*) FROM secondround_cache")
            assert cursor.fetchone()[0] <= MAX_ENTRIES + 1
    elif backend.name == "redis":
        info = _redis(backend).info()
        assert info["evicted_keys"] > 0, "the test did not fill Redis past its maxmemory"
        assert info["maxmemory"] > 0
        assert info["used_memory"] <= info["maxmemory"] + 64 * 1024  # + the last write at most
    else:
        stats = _memcached(backend, b"stats")
        assert int(_stat(stats, "evictions")) > 0, "the test did not fill Memcached past -m"
        assert int(_stat(stats, "bytes")) <= int(_stat(stats, "limit_maxbytes"))


def test_no_stale_page_once_the_cache_is_fuller_than_its_bound(
    backend: Backend, alice_client: Any, alice
) -> None:
    # Django's database cache culls the first third of its keys in key order once it holds more
    # than MAX_ENTRIES rows. A data version kept in the cache ("data-version:<id>", never expiring,
    # one per user who ever wrote) was culled first, read as 0 again, and the page cached under
    # version 0 was served: stale. This test failed so, on SQLite and on PostgreSQL, before the
    # version moved to the user row. Redis and Memcached evict the least recently used entries.
    _visit(alice_client)  # sets the CSRF cookie
    assert "Stroomlijn" not in _visit(alice_client)  # cached without the application
    make_application(user=alice, company="Stroomlijn")
    assert "Stroomlijn" in _visit(alice_client)
    others = _other_users_add_an_application(2 * MAX_ENTRIES)
    assert "Stroomlijn" in _visit(alice_client)
    _fill_past_the_bound(backend, others)
    assert "Stroomlijn" in _visit(alice_client)
    _assert_within_the_bound(backend)


def _round_path(alice) -> str:
    return Round.objects.get(application__user=alice, number=2).get_absolute_url()


@pytest.fixture
def cache_calls(backend: Backend) -> Iterator[list[str]]:
    """What the page cache was asked from now on: "hit" or "miss" per key read, "write" per key
    written, through whichever of Django's cache methods (counted once when one calls another)."""
    calls: list[str] = []
    store = caches["default"]
    inside = []

    def spy(method: str) -> Any:
        def call(*args: Any, **kwargs: Any) -> Any:
            inside.append(method)
            try:
                answer = getattr(type(store), method)(store, *args, **kwargs)
            finally:
                inside.pop()
            if not inside:
                calls.extend(_what_was_done(method, args[0], answer))
            return answer

        return call

    methods = ("get", "get_many", "set", "set_many", "add")
    with contextlib.ExitStack() as patches:
        for method in methods:
            patches.enter_context(mock.patch.object(store, method, spy(method)))
        yield calls


def _what_was_done(method: str, key_or_keys: Any, answer: Any) -> list[str]:
    if method == "get":
        return ["miss" if answer is None else "hit"]
    if method == "get_many":
        return ["hit" if key in answer else "miss" for key in key_or_keys]
    return ["write"] * (len(key_or_keys) if method == "set_many" else 1)


@pytest.mark.parametrize("page", ["dashboard", "round"])
def test_a_cached_hit_is_one_cache_read_and_the_fewest_queries(
    backend: Backend, alice_client: Any, alice, page, cache_calls: list[str]
) -> None:
    application = make_application(user=alice, company="Stroomlijn")
    person = make_interviewer(application=application, name="Sanne de Wit")
    make_round(application=application, number=2, interviewers=[person])
    path = "/" if page == "dashboard" else _round_path(alice)
    _visit(alice_client, path)  # sets the CSRF cookie
    _visit(alice_client, path)
    cache_calls.clear()
    with CaptureQueriesContext(connection) as queries:
        body = _visit(alice_client, path)
    assert cache_calls == ["hit"]
    assert len(queries) == QUERIES_OF_A_HIT[backend.name], [q["sql"] for q in queries]
    assert "Stroomlijn" in body


def test_a_page_changes_after_a_write(backend: Backend, alice_client: Any, alice) -> None:
    application = make_application(user=alice, company="Stroomlijn")
    _visit(alice_client)  # sets the CSRF cookie
    assert "Stroomlijn" in _visit(alice_client)
    application.company = "Graanhuis"
    application.save()
    body = _visit(alice_client)
    assert "Graanhuis" in body and "Stroomlijn" not in body


def _redis(backend: Backend) -> redis.Redis:
    assert backend.url
    return redis.Redis.from_url(backend.url)


def _memcached(backend: Backend, command: bytes) -> str:
    assert backend.url
    return ask(backend.url, command + b"\r\n").decode()


def _stat(stats: str, name: str) -> str:
    return next(line.split()[2] for line in stats.splitlines() if line.startswith(f"STAT {name} "))


def _moment(value: Any) -> float:
    """A database cache row's expiry as a timestamp (SQLite gives text in UTC, PostgreSQL a datetime)."""
    moment = parse_datetime(str(value))
    assert moment is not None
    return (moment if moment.tzinfo else moment.replace(tzinfo=UTC)).timestamp()


def _page_lifetimes(backend: Backend) -> dict[str, float]:
    """Seconds each cached page has left to live, read from the backend itself."""
    now = time.time()
    if backend.name == "database":
        with connection.cursor() as cursor:
            cursor.execute("SELECT cache_key, expires FROM secondround_cache")
            rows = cursor.fetchall()
        return {key: _moment(expires) - now for key, expires in rows if "page:" in key}
    if backend.name == "redis":
        server = _redis(backend)
        return {key.decode(): server.ttl(key) for key in server.scan_iter(match="*page:*")}
    dump = _memcached(backend, b"lru_crawler metadump all")
    entries = [
        dict(field.split("=", 1) for field in line.split()) for line in dump.splitlines()[:-1]
    ]
    return {unquote(e["key"]): int(e["exp"]) - now for e in entries if "page:" in unquote(e["key"])}


def test_every_cached_page_expires(backend: Backend, alice_client: Any, alice) -> None:
    # On Redis and Memcached nothing culls by count: their memory bound (maxmemory, -m) evicts the
    # least recently used entries, and a page that is never read again still leaves on its own.
    make_application(user=alice, company="Stroomlijn")
    _visit(alice_client)  # sets the CSRF cookie
    _visit(alice_client)
    lifetimes = _page_lifetimes(backend)
    assert len(lifetimes) == 1
    assert all(EXPIRY_SECONDS - 5 < left <= EXPIRY_SECONDS for left in lifetimes.values())


def test_a_cached_round_page_is_still_a_404_for_bob(
    backend: Backend, alice_client: Any, alice, bob
) -> None:
    application = make_application(user=alice)
    make_round(application=application, number=2)
    path = _round_path(alice)
    _visit(alice_client, path)
    _visit(alice_client, path)
    bob_client = Client()
    bob_client.cookies.update(alice_client.cookies)  # even with alice's CSRF cookie
    bob_client.force_login(bob)
    assert bob_client.get(path).status_code == 404


def test_a_deleted_round_is_gone_even_when_its_page_was_cached(
    backend: Backend, alice_client: Any, alice
) -> None:
    application = make_application(user=alice)
    make_round(application=application, number=2)
    path = _round_path(alice)
    _visit(alice_client, path)
    _visit(alice_client, path)
    Round.objects.filter(application=application).delete()
    assert alice_client.get(path).status_code == 404
