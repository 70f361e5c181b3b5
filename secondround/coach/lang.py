"""Languages the coach speaks, and loading of the bilingual knowledge files."""

from __future__ import annotations

import json
from functools import cache
from pathlib import Path
from typing import Any, Literal

Lang = Literal["nl", "en"]
LANGS: tuple[Lang, ...] = ("nl", "en")
KNOWLEDGE = Path(__file__).parent / "knowledge"


def as_lang(value: str | None) -> Lang:
    """Map any language code ("en-gb", "NL", None) to one the coach speaks; Dutch by default."""
    return "en" if (value or "").lower().startswith("en") else "nl"


@cache
def load(name: str) -> Any:
    """Read a JSON data file from coach/knowledge (cached: the files never change at run time)."""
    with (KNOWLEDGE / name).open(encoding="utf-8") as handle:
        return json.load(handle)


def pick(texts: dict[str, str], lang: Lang, address: str = "je") -> str:
    """Choose the text of one language from a {"nl": ..., "en": ...} pair.

    A Dutch text said to the other person also has a formal version, "nl_u", used when that person
    is addressed with "u" (`coach/address.py`); English has one form for both. A pair written per
    form, {"je": {"nl": ..., "en": ...}, "u": {...}}, is read the same way.
    """
    if "je" in texts and "u" in texts:  # {"je": {"nl": ..., "en": ...}, "u": {...}} reads the same
        return pick(texts[address if address == "u" else "je"], lang)  # type: ignore[arg-type]  # a {"je": ..., "u": ...} pair
    if lang == "nl" and address == "u" and "nl_u" in texts:
        return texts["nl_u"]
    return texts[lang]


def pick_count(texts: dict[str, Any], count: int, lang: Lang) -> str:
    """The text for a number of things: {"nl": {"one": "nog 1 dag", "other": "nog {days} dagen"}}.

    Dutch and English both use the singular for exactly one; a "zero" form is used when given.
    """
    forms = texts[lang]
    if count == 0 and "zero" in forms:
        return str(forms["zero"])
    return str(forms["one" if count == 1 else "other"])
