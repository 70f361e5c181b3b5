"""Cached page bodies that are never stale: every write to a user's data moves that user's version.

The dashboard and the round page are the pages opened most, and they gather data from every app. What
they render is cached per user, data version, language, day, path and CSRF secret (so forms in it stay
valid). Any save or delete of a model in `exported_models` (and any change of a many-to-many link)
adds one to the owner's `User.data_version`, in the same transaction as the write, so the next view
renders fresh.

The version lives on the user row, not in the cache: the request loads that row anyway, so a cached
hit costs one cache read (three queries with the session and the user), and no version can be culled
or evicted while a page cached under it lives. A request reads its version before its data, so a page
can at worst hold data newer than its key, never older. Culling or evicting a page only means it is
rendered again. With the database cache the table holds at most `MAX_ENTRIES` rows (plus the one being
written): a write that finds more deletes the expired rows, then a third of the rest. Time of day only
matters for a few cards, hence the short expiry: the countdown to the next interview names the day and
the time ("Morgen om 09:00"), never the minutes left, so it stays right as long as the day does (part
of the key); a round whose start time passes shows its "write your notes" link at most that late.
"""

from __future__ import annotations

import hashlib
from collections.abc import Callable
from typing import Any, TypeVar

from django.conf import settings
from django.contrib.auth import get_user_model
from django.core.cache import cache
from django.db import models
from django.db.models import F
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from secondround.owned import owner_id_of

EXPIRY_SECONDS = 300
T = TypeVar("T")


def touch(user_id: int) -> None:
    """Move the user's data version: every page cached before this is no longer read."""
    get_user_model().objects.filter(pk=user_id).update(data_version=F("data_version") + 1)


def _changed(sender: Any, instance: models.Model, **kwargs: Any) -> None:
    user_id = owner_id_of(instance)
    if user_id is not None:
        touch(user_id)


def connect(models_to_watch: list[type[models.Model]]) -> None:
    for model in models_to_watch:
        post_save.connect(_changed, sender=model, weak=False, dispatch_uid=f"fresh-save-{model}")
        post_delete.connect(_changed, sender=model, weak=False, dispatch_uid=f"fresh-del-{model}")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                _changed, sender=through, weak=False, dispatch_uid=f"fresh-m2m-{through}"
            )


def cached(request: HttpRequest, name: str, render: Callable[[], T]) -> T:
    """What `render` returns for page `name` of this request (plain strings and dicts: it is
    pickled), from the cache when the user's data did not change. Without a CSRF cookie yet,
    nothing is cached (forms must get a fresh token)."""
    secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    user = request.user
    if not secret or not user.is_authenticated:
        return render()
    parts = [
        name,
        user.pk,
        user.data_version,
        get_language(),
        timezone.localdate(),
        request.get_full_path(),
        secret,
    ]
    key = "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()
    value = cache.get(key)
    if value is None:
        value = render()
        cache.set(key, value, EXPIRY_SECONDS)
    return value
