"""Cached page bodies that are never stale: every write to a user's data moves that user's version.

The dashboard and the round page are the pages opened most, and they gather data from every app. Their
rendered body is cached per user, data version, language, day, path and CSRF secret (so forms in it
stay valid). Any save or delete of a model in `exported_models` (and any change of a many-to-many
link) moves the owner's version, right away and again after the commit, so the next view renders
fresh. Time of day only matters for a few cards, hence the short expiry.
"""

from __future__ import annotations

import hashlib
import time
from collections.abc import Callable
from typing import Any

from django.conf import settings
from django.core.cache import cache
from django.db import models, transaction
from django.db.models.signals import m2m_changed, post_delete, post_save
from django.http import HttpRequest
from django.utils import timezone
from django.utils.translation import get_language

from secondround.owned import owner_id_of

EXPIRY_SECONDS = 300


def _version_key(user_id: int) -> str:
    return f"data-version:{user_id}"


def touch(user_id: int) -> None:
    cache.set(_version_key(user_id), time.time_ns(), None)


def _changed(sender: Any, instance: models.Model, **kwargs: Any) -> None:
    user_id = owner_id_of(instance)
    if user_id is None:
        return
    touch(user_id)
    transaction.on_commit(lambda: touch(user_id))


def connect(models_to_watch: list[type[models.Model]]) -> None:
    for model in models_to_watch:
        post_save.connect(_changed, sender=model, weak=False, dispatch_uid=f"fresh-save-{model}")
        post_delete.connect(_changed, sender=model, weak=False, dispatch_uid=f"fresh-del-{model}")
        for field in model._meta.many_to_many:
            through = field.remote_field.through
            m2m_changed.connect(
                _changed, sender=through, weak=False, dispatch_uid=f"fresh-m2m-{through}"
            )


def cached_body(request: HttpRequest, name: str, render: Callable[[], str]) -> str:
    """The body HTML of page `name` for this request, from the cache when the user's data did not
    change. Without a CSRF cookie yet, nothing is cached (forms must get a fresh token)."""
    secret = request.COOKIES.get(settings.CSRF_COOKIE_NAME)
    if not secret or not request.user.is_authenticated:
        return render()
    version = cache.get(_version_key(request.user.pk), 0)
    parts = [
        name,
        request.user.pk,
        version,
        get_language(),
        timezone.localdate(),
        request.get_full_path(),
        secret,
    ]
    key = "page:" + hashlib.sha256(repr(parts).encode()).hexdigest()
    html = cache.get(key)
    if html is None:
        html = render()
        cache.set(key, html, EXPIRY_SECONDS)
    return str(html)
