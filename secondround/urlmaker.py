"""Addresses for many rows at once: reverse a URL name once, then fill in each id."""

from __future__ import annotations

from collections.abc import Callable

from django.urls import reverse

_MARK = 918273645


def url_maker(name: str) -> Callable[[int], str]:
    """`url_maker("applications:round")(7)` == `reverse("applications:round", args=[7])`, without
    resolving the name again for every row of a list. The name is resolved at the first address
    asked for, so a list that turns out empty costs no reverse at all."""
    parts: list[str] = []

    def make(pk: int) -> str:
        if not parts:
            before, _mark, after = reverse(name, args=[_MARK]).partition(str(_MARK))
            parts.extend((before, after))
        return f"{parts[0]}{int(pk)}{parts[1]}"

    return make
