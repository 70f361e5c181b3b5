"""The coach's text analysis, shaped for the pages: sentences with the STARR parts they show,
missing parts, claims without evidence, fillers and the speaking time."""

from __future__ import annotations

from dataclasses import dataclass, field

from secondround.coach import competencies as lexicon
from secondround.coach.analysis import STARR_PARTS, Analysis, analyze, part_hint, part_label
from secondround.coach.lang import Lang, as_lang

TEXT_LIMIT = 20_000
# The page already lists missing parts (with hints) and claims; a pitch is no STARR story.
EXAMPLE_NOTES = {
    "complete_starr",
    "no_example",
    "no_numbers_in_result",
    "many_fillers",
    "mostly_we",
}
PITCH_NOTES = {"many_fillers", "too_long", "too_short"}


@dataclass(frozen=True)
class Part:
    key: str
    label: str
    hint: str = ""


@dataclass(frozen=True)
class Sentence:
    text: str
    parts: list[Part]
    claim: bool = False


@dataclass(frozen=True)
class Reading:
    empty: bool = False
    too_long: bool = False
    sentences: list[Sentence] = field(default_factory=list)
    missing: list[str] = field(default_factory=list)
    missing_parts: list[Part] = field(default_factory=list)
    present_parts: list[Part] = field(default_factory=list)
    claims: list[str] = field(default_factory=list)
    fillers: list[tuple[str, int]] = field(default_factory=list)
    observations: list[str] = field(default_factory=list)
    competencies: list[tuple[str, str]] = field(default_factory=list)
    words: int = 0
    speaking_seconds: int = 0
    target_seconds: int | None = None

    @property
    def difference(self) -> int:
        return self.speaking_seconds - (self.target_seconds or 0)

    @property
    def difference_abs(self) -> int:
        return abs(self.difference)

    @property
    def fits(self) -> bool:
        target = self.target_seconds or 0
        return abs(self.difference) <= target * 0.15


def read_text(text: str, *, lang: str = "nl", target_seconds: int | None = None) -> Reading:
    """Analyse `text`; `lang` is the language of the page (the text's own language is detected).
    With `target_seconds` the text is read as a pitch, otherwise as a STARR example."""
    ui = as_lang(lang)
    if not text.strip():
        return Reading(empty=True, missing=list(STARR_PARTS), target_seconds=target_seconds)
    if len(text) > TEXT_LIMIT:
        return Reading(too_long=True, target_seconds=target_seconds)
    analysis = analyze(text, target_seconds=target_seconds, ui_lang=ui)
    return Reading(
        sentences=_sentences(analysis, ui),
        missing=list(analysis.missing),
        missing_parts=[_part(p, ui) for p in analysis.missing],
        present_parts=[_part(p, ui) for p in STARR_PARTS if p not in analysis.missing],
        claims=list(dict.fromkeys(claim.text for claim in analysis.unbacked_claims)),
        fillers=[(f.word, f.count) for f in analysis.fillers],
        observations=[
            o.text
            for o in analysis.observations
            if o.code in (PITCH_NOTES if target_seconds else EXAMPLE_NOTES)
        ],
        competencies=[(m.id, lexicon.name(m.id, ui)) for m in lexicon.find_competencies(text)],
        words=analysis.words,
        speaking_seconds=round(analysis.speaking_seconds),
        target_seconds=target_seconds,
    )


def _part(key: str, lang: Lang) -> Part:
    return Part(key=key, label=part_label(key, lang), hint=part_hint(key, lang))


def _sentences(analysis: Analysis, lang: Lang) -> list[Sentence]:
    claimed = {claim.sentence for claim in analysis.unbacked_claims}
    return [
        Sentence(
            text=text,
            claim=index in claimed,
            parts=[_part(key, lang) for key in analysis.sentence_parts(index)],
        )
        for index, text in enumerate(analysis.sentences)
    ]


def part_labels(parts: list[str], lang: str) -> list[str]:
    """The names of STARR parts ("result" -> "Resultaat") in the page's language."""
    code = as_lang(lang)
    return [part_label(part, code) for part in parts if part in STARR_PARTS]


def competency_names(ids: list[str], lang: str) -> list[str]:
    """The names of known competency ids; ids the lexicon no longer has are left out."""
    code = as_lang(lang)
    known = {c.id for c in lexicon.all_competencies()}
    return [lexicon.name(i, code) for i in ids if i in known]
