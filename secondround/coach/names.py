"""People's names inside built texts: a first name for a greeting, a list joined the way a person says it."""

from __future__ import annotations

from .lang import Lang, load, pick

# A title or an initial opens the name: then the whole name is the polite way to say it.
TITLES = frozenset(
    {"dhr", "mevr", "mw", "mr", "mrs", "ms", "dr", "drs", "ir", "ing", "prof", "de", "van", "heer"}
)


def first_name(name: str) -> str:
    """ "Lotte Smit" -> "Lotte"; "J. de Vries", "dhr. Bakker" or "Mr Okafor" stay whole."""
    words = name.split()
    if not words:
        return ""
    first = words[0]
    if len(words) == 1 or first.endswith(".") or first.lower().strip(".") in TITLES:
        return " ".join(words)
    return first


def join_names(names: list[str], lang: Lang) -> str:
    """ "Lotte", "Lotte en Mark", "Lotte, Mark en Pieter" (no comma before the last, in either language)."""
    if len(names) <= 1:
        return "".join(names)
    word = pick(load("aftercare.json")["and"], lang)
    return f"{', '.join(names[:-1])} {word} {names[-1]}"
