"""Analyse one answer (a STARR example, a practice answer, a pitch): STARR parts with the sentences
that show them, claims without an example (METHOD R3), fillers (D2), 'ik' versus 'we', result
markers, speaking time (R4), and short observations in the user's language.

Pure Python and linear in the length of the text: a 100,000-word text is still quick.
"""

from __future__ import annotations

import hashlib
from functools import cache
from pathlib import Path

from ..lang import LANGS, Lang, load, pick
from .markers import markers
from .model import (
    STARR_PARTS,
    Analysis,
    Claim,
    FillerCount,
    Observation,
    PartEvidence,
    ResultMarker,
)
from .observe import empty, observe
from .signals import (
    count_fillers,
    count_i_we,
    filler_matches,
    find_claims,
    has_number,
    result_markers,
)
from .starr import tag_sentences
from .text import detect_language, language_of, split_sentences, words

__all__ = [
    "DEFAULT_WPM",
    "STARR_PARTS",
    "Analysis",
    "Claim",
    "FillerCount",
    "Observation",
    "PartEvidence",
    "ResultMarker",
    "analyze",
    "detect_language",
    "part_hint",
    "part_label",
    "rules_version",
    "split_sentences",
    "warm_up",
]

# Calm interview speech: Dutch words are longer on average, so fewer of them per minute.
DEFAULT_WPM: dict[Lang, int] = {"nl": 130, "en": 150}


@cache
def rules_version() -> str:
    """A short fingerprint of the analysis rules (this package's code and its marker lists). A
    stored reading made with another fingerprint is out of date and must be made again."""
    here = Path(__file__).resolve().parent
    sources = sorted(here.glob("*.py")) + sorted((here.parent / "knowledge").glob("analysis*.json"))
    digest = hashlib.sha256()
    for source in sources:
        digest.update(source.name.encode() + b"\0" + source.read_bytes())
    return digest.hexdigest()[:12]


def warm_up() -> None:
    """Compile the rules of both languages now (a web worker calls this when it starts)."""
    for lang in LANGS:
        markers(lang)


def part_label(part: str, lang: Lang) -> str:
    """The name of a STARR part: "Situatie" / "Situation"."""
    return pick(load("analysis.json")["parts"][part]["label"], lang)


def part_hint(part: str, lang: Lang) -> str:
    """One line on what a STARR part should contain, for the screen."""
    return pick(load("analysis.json")["parts"][part]["hint"], lang)


def analyze(
    text: str,
    *,
    lang: Lang | None = None,
    wpm: int | None = None,
    target_seconds: int | None = None,
    ui_lang: Lang | None = None,
) -> Analysis:
    """Analyse `text`. `lang` overrides the detected language of the text; `ui_lang` (default: the
    text's language) is the language of the observations; `wpm` the speaking rate (default 130 for
    Dutch, 150 for English); `target_seconds` adds an over/under-time observation."""
    tokens = words(text)
    text_lang: Lang = lang or language_of(tokens)
    shown: Lang = ui_lang or text_lang
    rate = wpm if wpm and wpm > 0 else DEFAULT_WPM[text_lang]
    m = markers(text_lang)
    spans = split_sentences(text)
    word_count = len(tokens)
    seconds = round(word_count * 60 / rate)
    fillers_found = [list(filler_matches(span.lower, m)) for span in spans]
    tags = tag_sentences(spans, m, fillers_found)
    parts = tuple(
        PartEvidence(
            part, any(part in t for t in tags), tuple(i for i, t in enumerate(tags) if part in t)
        )
        for part in STARR_PARTS
    )
    story_from = parts[2].evidence[0] if parts[0].present and parts[2].present else None
    claims = tuple(find_claims(spans, m, story_from=story_from))
    fillers, filler_total = count_fillers(found for per_span in fillers_found for found in per_span)
    i_count, we_count = count_i_we(tokens, m)
    result_evidence = parts[3].evidence
    if word_count == 0:
        observations: tuple[Observation, ...] = (empty(shown),)
    else:
        observations = observe(
            lang=shown,
            parts=parts,
            result_has_number=any(has_number(spans[i].lower, m) for i in result_evidence),
            claims=claims,
            fillers=fillers,
            filler_total=filler_total,
            words=word_count,
            i_count=i_count,
            we_count=we_count,
            seconds=seconds,
            target=target_seconds,
        )
    return Analysis(
        lang=text_lang,
        ui_lang=shown,
        words=word_count,
        sentences=tuple(span.text for span in spans),
        wpm=rate,
        speaking_seconds=seconds,
        target_seconds=target_seconds,
        parts=parts,
        claims=claims,
        fillers=fillers,
        filler_total=filler_total,
        i_count=i_count,
        we_count=we_count,
        result_markers=tuple(result_markers(spans, result_evidence, m)),
        observations=observations,
    )
