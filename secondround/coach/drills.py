"""Drills for the hard moments of the talk (METHOD D1, D2, D7, and S1, S2, S4 for salary): buy time,
answer in order, and close well. An answer is read for what the candidate did, never scored."""

from __future__ import annotations

import re
from dataclasses import dataclass
from functools import cache
from typing import Any

from .address import Address
from .lang import LANGS, Lang, load, pick

DRILL_KINDS: tuple[str, ...] = ("buy_time", "clarify", "structure", "closing", "salary")

# A few very common words per language, enough to tell a Dutch answer from an English one.
_MARKERS: dict[Lang, frozenset[str]] = {
    "nl": frozenset(
        "de het een en ik je jij dat niet van wat wanneer hoe ook maar met voor bij naar heb "
        "dan mijn jullie zou kan wil we".split()
    ),
    "en": frozenset(
        "the a an and i you that not of what when how also but with for at to have then my "
        "your would can want we".split()
    ),
}


@dataclass(frozen=True)
class Drill:
    """One exercise in one language: the question to answer and how to practise it."""

    id: str
    kind: str
    prompt: str
    instructions: str
    phrases: tuple[str, ...]
    method_points: tuple[str, ...]


@dataclass(frozen=True)
class Observation:
    code: str
    text: str


@dataclass(frozen=True)
class DrillResult:
    """`passed` when every required thing was seen. `missing` also lists optional tips."""

    passed: bool
    found: list[Observation]
    missing: list[Observation]


def _data() -> dict[str, Any]:
    data: dict[str, Any] = load("drills.json")
    return data


def _drill(entry: dict[str, Any], lang: Lang, address: Address) -> Drill:
    return Drill(
        id=entry["id"],
        kind=entry["kind"],
        prompt=pick(entry["prompt"], lang, address),
        instructions=pick(entry["instructions"], lang, address),
        phrases=tuple(pick(entry["phrases"], lang, address)),
        method_points=tuple(entry.get("method_points", [])),
    )


def drills(lang: Lang, address: Address = "je") -> list[Drill]:
    """All drills, in file order, in the user's language; the interviewer's question and what to
    say to them in the form of address between them and the user ("Wat doe je als …?" and "bedoel
    je …?", or "Wat doet u als …?" and "bedoelt u …?")."""
    return [_drill(entry, lang, address) for entry in _data()["drills"]]


def drill_entries() -> list[dict[str, Any]]:
    """The raw drill entries, for the bank validation."""
    return list(_data()["drills"])


def check_definitions() -> dict[str, dict[str, Any]]:
    """The raw checks (patterns per language, feedback texts), for the bank validation."""
    return dict(_data()["checks"])


def answer_lang(answer: str, fallback: Lang) -> Lang:
    """Guess whether an answer is Dutch or English from its common words; `fallback` on a tie."""
    words = re.findall(r"[a-zà-ÿ']+", answer.lower())
    counts = {lang: sum(word in _MARKERS[lang] for word in words) for lang in LANGS}
    if counts["nl"] == counts["en"]:
        return fallback
    return "nl" if counts["nl"] > counts["en"] else "en"


@cache
def _compiled(pattern: str) -> re.Pattern[str]:
    return re.compile(pattern, re.IGNORECASE)


def heard_cliche(answer: str, lang: Lang) -> str | None:
    """The interview cliché said in an answer ("ik ben perfectionistisch"), as said; None if none.
    The same list the difficult-question drill names."""
    return _find(_data()["checks"]["cliche"], _normalise(answer), (lang,))


def _normalise(answer: str) -> str:
    return " ".join(answer.replace("\u2019", "'").replace("\u2018", "'").split())


def _find(check: dict[str, Any], text: str, langs: tuple[Lang, ...]) -> str | None:
    """The words that satisfy the check, or None. A word-count check returns an empty string."""
    if "min_words" in check:
        return "" if len(text.split()) >= int(check["min_words"]) else None
    for lang in langs:
        for pattern in check["patterns"][lang]:
            match = _compiled(pattern).search(text)
            if match:
                words = match.group(0).strip(" .,:;!?")
                # "Dat is een goede vraag" is quoted as "dat is een goede vraag", but "I" stays "I".
                return words[:1].lower() + words[1:] if words[1:2].islower() else words
    return None


def check_drill(drill_id: str, answer: str, lang: Lang, address: Address = "je") -> DrillResult:
    """Read an answer to a drill. Patterns of the answer's language and of the UI language both
    count, so a Dutch user who answers in English still gets credit. Feedback is in the UI language.
    """
    entry = next((d for d in _data()["drills"] if d["id"] == drill_id), None)
    if entry is None:
        raise KeyError(f"unknown drill: {drill_id}")
    text = _normalise(answer)
    spoken = answer_lang(text, lang)
    langs: tuple[Lang, ...] = (lang,) if spoken == lang else (lang, spoken)
    definitions = check_definitions()
    found: list[Observation] = []
    missing: list[Observation] = []
    passed = True
    for item in entry["checks"]:
        check = definitions[item["code"]]
        match = _find(check, text, langs)
        if check.get("avoid"):
            # Something to leave out (a cliché): named when heard, as a tip, never a failure.
            if match is not None:
                missing.append(
                    Observation(item["code"], pick(check["found"], lang).format(match=match))
                )
            continue
        if match is None:
            missing.append(Observation(item["code"], pick(check["missing"], lang, address)))
            passed = passed and not item["required"]
        else:
            found.append(Observation(item["code"], pick(check["found"], lang).format(match=match)))
    return DrillResult(passed=passed, found=found, missing=missing)
