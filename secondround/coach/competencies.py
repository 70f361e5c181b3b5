"""The competency lexicon (METHOD R3): what a vacancy asks for, and what a claim names.

Matching is deliberately simple: whole words, case-insensitive, with a `*` in a term for Dutch
inflections and compounds (see `_syntax` in competencies.json). It does not understand negation:
"geen ervaring met leidinggeven nodig" still finds leadership. The candidate sees the phrases found
and can drop a competency that does not apply.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache

from .lang import LANGS, Lang, load

FILE = "competencies.json"
_IGNORED = ""  # the id given to spans of the 'ignore' list; they are dropped after matching


@dataclass(frozen=True)
class Competency:
    id: str
    names: dict[str, str]
    terms: dict[str, list[str]]
    explanation: dict[str, str]


@dataclass(frozen=True)
class Match:
    """One competency found in a text, with the phrases as they appear there (first seen first)."""

    id: str
    phrases: tuple[str, ...]


@cache
def _lexicon() -> dict[str, Competency]:
    return {
        key: Competency(
            id=key,
            names=entry["names"],
            terms=entry["terms"],
            explanation=entry["explanation"],
        )
        for key, entry in load(FILE)["competencies"].items()
    }


def all_competencies() -> list[Competency]:
    return list(_lexicon().values())


def get(competency_id: str) -> Competency:
    """The competency with this id; KeyError when there is none."""
    return _lexicon()[competency_id]


def name(competency_id: str, lang: Lang) -> str:
    return get(competency_id).names[lang]


def explain(competency_id: str, lang: Lang) -> str:
    return get(competency_id).explanation[lang]


def _word_pattern(word: str) -> str:
    core = word.strip("*")
    pattern = r"[\s\-]?".join(re.escape(part) for part in core.split("-"))
    if word.startswith("*"):
        pattern = r"\w*" + pattern
    if word.endswith("*"):
        pattern += r"\w*"
    return pattern


def _term_body(term: str) -> str:
    return r"[\s\-]*".join(_word_pattern(word) for word in term.split())


def term_pattern(*terms: str) -> re.Pattern[str]:
    """Compile lexicon terms into one pattern: whole words; a space or hyphen also matches a space,
    a hyphen or nothing; `*` at either end of a word allows any further letters there. Longer terms
    are tried first, so "plannen en organiseren" wins over "plannen"."""
    bodies = [_term_body(term) for term in sorted(terms, key=len, reverse=True)]
    return re.compile(rf"(?<!\w)(?:{'|'.join(bodies)})(?!\w)", re.IGNORECASE)


@cache
def _patterns() -> tuple[tuple[str, re.Pattern[str]], ...]:
    # One pattern per competency: 48 passes over the text instead of one per term.
    pairs = [(_IGNORED, term_pattern(*load(FILE)["ignore"]))]
    for competency in _lexicon().values():
        terms = [term for lang in LANGS for term in competency.terms[lang]]
        pairs.append((competency.id, term_pattern(*terms)))
    return tuple(pairs)


def _spans(text: str) -> list[tuple[int, int, str]]:
    """Every term hit, then the longest first at each place; hits overlapping a kept one are
    dropped, so "written communication" is writing and not also communication."""
    hits = [
        (found.start(), found.end(), competency_id)
        for competency_id, pattern in _patterns()
        for found in pattern.finditer(text)
    ]
    hits.sort(key=lambda hit: (hit[0], hit[0] - hit[1]))
    kept: list[tuple[int, int, str]] = []
    reached = 0
    for start, end, competency_id in hits:
        if start >= reached:
            kept.append((start, end, competency_id))
            reached = end
    return [hit for hit in kept if hit[2] != _IGNORED]


@cache
def competency_terms() -> re.Pattern[str]:
    """Every term of every competency, in both languages, as one pattern."""
    bodies = (f"(?:{pattern.pattern})" for key, pattern in _patterns() if key != _IGNORED)
    return re.compile("|".join(bodies), re.IGNORECASE)


def find_competencies(vacancy_text: str) -> list[Match]:
    """The competencies a text names, in order of first appearance, each with its phrases."""
    phrases: dict[str, list[str]] = {}
    for start, end, competency_id in _spans(vacancy_text):
        phrase = " ".join(vacancy_text[start:end].split())
        seen = phrases.setdefault(competency_id, [])
        if phrase.lower() not in (known.lower() for known in seen):
            seen.append(phrase)
    return [Match(id=key, phrases=tuple(found)) for key, found in phrases.items()]


def find_in_sentence(sentence: str) -> list[str]:
    """The competency ids a claim names: "ik ben heel flexibel" -> ["flexibility"]."""
    return [found.id for found in find_competencies(sentence)]
