from __future__ import annotations

from django.utils.translation import get_language

from secondround.coach.lang import Lang, as_lang


def lang() -> Lang:
    return as_lang(get_language())
