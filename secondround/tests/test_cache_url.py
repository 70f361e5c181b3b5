"""CACHE_URL picks one of Django's own cache backends; the database cache by default."""

from __future__ import annotations

import runpy
from pathlib import Path

import pytest
import redis
from django.core.cache import CacheHandler
from django.core.cache.backends.memcached import PyMemcacheCache
from django.core.cache.backends.redis import RedisCache

from secondround.cache_url import cache_config
from secondround.testing.cache_servers import ask

DB = "django.core.cache.backends.db.DatabaseCache"
SETTINGS = Path(__file__).resolve().parents[1] / "settings.py"


@pytest.mark.parametrize(
    ("url", "backend", "location"),
    [
        (None, DB, "secondround_cache"),
        ("", DB, "secondround_cache"),
        ("db://", DB, "secondround_cache"),
        (
            "redis://cache.internal:6379/1",
            "django.core.cache.backends.redis.RedisCache",
            "redis://cache.internal:6379/1",
        ),
        (
            "rediss://:secret@cache.internal:6380/0",
            "django.core.cache.backends.redis.RedisCache",
            "rediss://:secret@cache.internal:6380/0",
        ),
        (
            "memcached://127.0.0.1:11211",
            "django.core.cache.backends.memcached.PyMemcacheCache",
            "127.0.0.1:11211",
        ),
        (
            "memcached://a:11211,b:11211",
            "django.core.cache.backends.memcached.PyMemcacheCache",
            ["a:11211", "b:11211"],
        ),
    ],
)
def test_a_cache_url_gives_djangos_backend(url, backend, location) -> None:
    config = cache_config(url)
    assert (config["BACKEND"], config["LOCATION"]) == (backend, location)


def test_the_database_cache_is_bounded() -> None:
    assert cache_config(None, max_entries=200)["OPTIONS"] == {"MAX_ENTRIES": 200}


@pytest.mark.parametrize("url", ["memcache://x", "file:///tmp/cache", "memcached://"])
def test_an_unknown_or_incomplete_url_is_refused_with_a_reason(url) -> None:
    with pytest.raises(ValueError, match="CACHE_URL"):
        cache_config(url)


def test_the_project_runs_on_the_database_cache_by_default(settings) -> None:
    assert settings.CACHES["default"]["BACKEND"] == DB


@pytest.mark.parametrize(
    ("server", "backend"),
    [("redis", RedisCache), ("memcached", PyMemcacheCache)],
)
def test_the_settings_of_serve_cache_in_the_server_that_cache_url_names(
    server: str, backend: type, request: pytest.FixtureRequest, monkeypatch: pytest.MonkeyPatch
) -> None:
    # `secondround serve` starts Django on secondround/settings.py, read here afresh with the URL
    # of a real server (see conftest.py) in the environment.
    url = request.getfixturevalue(f"{server}_url")
    monkeypatch.setenv("CACHE_URL", url)
    store = CacheHandler(runpy.run_path(str(SETTINGS))["CACHES"])["default"]
    assert type(store) is backend
    store.set("serve-check", 42, 60)
    if server == "redis":
        assert redis.Redis.from_url(url).get(":1:serve-check") == b"42"
    else:
        assert b"\r\n42\r\nEND" in ask(url, b"get :1:serve-check\r\n")
    store.close()
