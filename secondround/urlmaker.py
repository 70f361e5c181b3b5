"""Addresses for many rows at once: reverse a URL name once, then fill in each id."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

_MARK = 918273645


def url_maker(name: str) -> Callable[[int], str]:
    """`url_maker("applications:round")(7)` == `reverse("applications:round", args=[7])`, without
    resolving the name again for every row of a list."""
    before, _mark, after = reverse(name, args=[_MARK]).partition(str(_MARK))
    return lambda pk: f"{before}{int(pk)}{after}"
