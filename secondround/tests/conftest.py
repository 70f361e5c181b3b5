"""Real Redis and Memcached servers for the cache tests: one of each per test process (so each
pytest-xdist worker has its own), started on first use and stopped when the session ends. A missing
server fails those tests with the reason; it never skips them."""

from __future__ import annotations

from collections.abc import Iterator

import pytest

from secondround.testing.cache_servers import cache_server, missing_server


def _server(kind: str, tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    missing = missing_server(kind)
    if missing:
        pytest.fail(missing, pytrace=False)
    with cache_server(kind, tmp_path_factory.mktemp(kind)) as url:
        yield url


@pytest.fixture(scope="session")
def redis_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _server("redis", tmp_path_factory)


@pytest.fixture(scope="session")
def memcached_url(tmp_path_factory: pytest.TempPathFactory) -> Iterator[str]:
    yield from _server("memcached", tmp_path_factory)
