"""The cache backend from one setting, `CACHE_URL`, with Django's own backends only.

- unset, empty or `db://`: the database cache (table `secondround_cache`), shared by every server
  process; at most `CACHE_MAX_ENTRIES` + 1 rows (a write that finds more culls a third).
- `redis://host:6379/0` (or `rediss://`): Django's RedisCache (needs the `redis` package).
- `memcached://host:11211` (several hosts comma-separated): Django's PyMemcacheCache (needs
  `pymemcache`).

No Django import here: settings.py calls it.
"""

from __future__ import annotations

from typing import Any
from urllib.parse import urlsplit

DATABASE_TABLE = "secondround_cache"


def cache_config(url: str | None, *, max_entries: int = 5000) -> dict[str, Any]:
    """The `CACHES["default"]` entry for `url`; a ValueError names what is wrong."""
    url = (url or "").strip()
    scheme = urlsplit(url).scheme if url else "db"
    if scheme == "db":
        return {
            "BACKEND": "django.core.cache.backends.db.DatabaseCache",
            "LOCATION": DATABASE_TABLE,
            "OPTIONS": {"MAX_ENTRIES": max_entries},
        }
    if scheme in {"redis", "rediss"}:
        return {"BACKEND": "django.core.cache.backends.redis.RedisCache", "LOCATION": url}
    if scheme == "memcached":
        hosts = url.removeprefix("memcached://").rstrip("/")
        if not hosts:
            raise ValueError(
                "CACHE_URL memcached:// needs a host, e.g. memcached://127.0.0.1:11211"
            )
        return {
            "BACKEND": "django.core.cache.backends.memcached.PyMemcacheCache",
            "LOCATION": hosts.split(",") if "," in hosts else hosts,
        }
    raise ValueError(f"CACHE_URL: unknown scheme {scheme!r} (use db://, redis://, memcached://)")
