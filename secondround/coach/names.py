"""Names and titles inside built texts: a first name for a greeting, a list joined the way a person
says it, a job title with the capitals Dutch keeps mid-sentence."""

from __future__ import annotations

from .lang import Lang, load, pick

MANY_NAMES = 5  # from this many people on, a letter greets them all at once
# A title or an initial opens the name: then the whole name is the polite way to say it.
TITLES = frozenset(
    {"dhr", "mevr", "mw", "mr", "mrs", "ms", "dr", "drs", "ir", "ing", "prof", "de", "van", "heer"}
)


def first_name(name: str) -> str:
    """The name to greet someone by: "Lotte Smit" -> "Lotte"; a name that opens with an initial or
    a title ("J. de Vries", "dhr. Bakker", "Mr Okafor") stays whole."""
    words = name.split()
    if not words:
        return ""
    first = words[0]
    if len(words) == 1 or first.endswith(".") or first.lower().strip(".") in TITLES:
        return " ".join(words)
    return first


def join_names(names: list[str], lang: Lang) -> str:
    """Names as a person lists them: "Lotte", "Lotte en Mark", "Lotte, Mark en Pieter" (no comma
    before the last, in either language)."""
    if len(names) <= 1:
        return "".join(names)
    word = pick(load("aftercare.json")["and"], lang)
    return f"{', '.join(names[:-1])} {word} {names[-1]}"


def _text(key: str, lang: Lang) -> str:
    return pick(load("aftercare.json")[key], lang)


def greeting(names: list[str], lang: Lang) -> str:
    """First names only, the way people greet in a Dutch e-mail: "Beste Lotte, Mark en Pieter,"."""
    if not names:
        return _text("greeting_none", lang)
    if len(names) >= MANY_NAMES:
        return _text("greeting_all", lang)
    return _text("greeting_named", lang).format(
        names=join_names([first_name(n) for n in names], lang)
    )


def role_in_sentence(role: str, lang: Lang) -> str:
    """A job title inside a Dutch sentence loses the capital of a list heading ("Teamleider
    klantenservice" -> "teamleider klantenservice"); an abbreviation or a name with more capitals
    ("HR-adviseur", "ICT-beheerder", "McKinsey-consultant") keeps its own. English keeps titles."""
    role = " ".join(role.split())
    first = role.split(" ", 1)[0] if role else ""
    if lang == "nl" and first[:1].isupper() and first[1:] == first[1:].lower():
        return role[:1].lower() + role[1:]
    return role


def inline(text: str) -> str:
    """A user's own text quoted inside a sentence: one line, without its closing full stop (the
    sentence around it has one: "‘Contract voor een jaar’. Weeg dit mee.")."""
    return " ".join(text.split()).rstrip(".;")
