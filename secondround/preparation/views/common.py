from __future__ import annotations

from django.http import HttpRequest
from django.utils.translation import get_language

from secondround.coach.lang import Lang, as_lang


def lang() -> Lang:
    return as_lang(get_language())


def back(request: HttpRequest, default: str) -> str:
    """A `next` address from the form or the link, only when it stays on this site."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    return target if target.startswith("/") and not target.startswith("//") else default
