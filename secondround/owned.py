"""Rows that belong to one user: one queryset base for every app.

Each user-owned model's queryset says how to reach the owner (`owner = "round__application__user"`),
and gets `for_user(user)` from here. Views always load through it, so another user's row is a 404.
"""

from __future__ import annotations

from typing import Any, Self, TypeVar

from django.db import models

M = TypeVar("M", bound=models.Model)


class OwnedQuerySet(models.QuerySet[M]):
    owner = "user"

    def for_user(self, user: Any) -> Self:
        return self.filter(**{self.owner: user})


def owner_id_of(instance: models.Model) -> int | None:
    """The id of the user who owns `instance`, following its queryset's `owner` path."""
    queryset = type(instance)._default_manager.get_queryset()
    path = getattr(queryset, "owner", None)
    if path is None:
        return None
    *steps, last = path.split("__")
    target: Any = instance
    try:
        for step in steps:
            target = getattr(target, step)
    except models.ObjectDoesNotExist:
        return None
    value = getattr(target, f"{last}_id", None)
    return int(value) if value is not None else None
