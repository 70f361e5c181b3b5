"""Feedback that fits the kind of answer a question asks for (the bank's answer types), and a check
that the answer answers *this* question.

A STARR question is judged on its STARR parts; a pitch on who you are, what you did and why this
job, and on its length (R4); an opinion question never on STARR parts, but on a clear view backed by
an example (R3); a short factual question on being short and clear. An answer that shares nothing
with the question nor with what the question is about is named off-topic, whatever its form.
"""

from __future__ import annotations

import re
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from .analysis import Analysis
from .competencies import competency_terms
from .drills import heard_cliche
from .lang import Lang, load, pick
from .speech import Length

ANSWER_TYPES: tuple[str, ...] = ("star", "pitch", "opinion", "short")
# The `about` of a tip: a STARR part, one of the follow-up targets, or one of these.
TIP_ABOUT: tuple[str, ...] = (
    "situation", "task", "action", "result", "reflection", "own_part", "example", "relevance",
    "doubt", "length", "structure", "fillers",
)  # fmt: skip
# Speaking time per answer type, in seconds (the same ranges the mock interview shows).
TARGETS: dict[str, tuple[int, int]] = {
    "star": (60, 120),
    "short": (20, 45),
    "pitch": (30, 90),
    "opinion": (30, 60),
}
# Below this many words nobody can tell whether an answer is on topic ("Ja, bij twee andere.").
RELEVANCE_MIN_WORDS = 15
SHORT_RELEVANCE_MIN_WORDS = 6  # a short question expects a short answer: judge from six words
_WORD = re.compile(r"[^\W\d_]+(?:['’][^\W\d_]+)?")
_OBSERVATION_ABOUT = {
    "empty": "length",
    "complete_starr": "structure",
    "no_example": "example",
    "missing_situation": "situation",
    "missing_task": "task",
    "missing_action": "action",
    "missing_result": "result",
    "missing_reflection": "reflection",
    "no_numbers_in_result": "result",
    "claim_without_example": "example",
    "many_fillers": "fillers",
    "mostly_we": "own_part",
    "too_long": "length",
    "too_short": "length",
    "fits_time": "length",
}


@dataclass(frozen=True)
class Tip:
    """One piece of feedback on an answer; `about` says what it is about (see TIP_ABOUT)."""

    text: str
    about: str

    def to_dict(self) -> dict[str, str]:
        return asdict(self)


def _data() -> dict[str, Any]:
    data: dict[str, Any] = load("followups.json")
    return data


def _tip(code: str, lang: Lang, about: str, **values: Any) -> Tip:
    return Tip(pick(_data()["tips"][code], lang).format(**values), about)


@cache
def _stopwords(lang: Lang, generic: bool) -> frozenset[str]:
    data = _data()
    words = data["relevance_stopwords"][lang].split()
    return frozenset(words + data["relevance_generic"][lang].split() if generic else words)


def content_words(text: str, lang: Lang, *, generic: bool = False) -> frozenset[str]:
    """The words of a text that carry its subject: no small words, and with `generic` no words that
    every interview question has ("werk", "team"): those say nothing about what is asked."""
    stop = _stopwords(lang, generic)
    found = (w.lower().replace("’", "'") for w in _WORD.findall(text))
    return frozenset(w for w in found if len(w) >= 3 and w not in stop)


def _related(a: str, b: str) -> bool:
    """Two words share a stem: the same first five letters ("tevreden", "tevredenheid"), or one
    holds the other as part of a compound ("werkdag" ends in "dag"; inside: at least four letters)."""
    if a[:5] == b[:5] and min(len(a), len(b)) >= 4:
        return True
    short, long = sorted((a, b), key=len)
    return (len(short) >= 4 and short in long) or long.endswith(short)


def shared_words(one: frozenset[str], other: frozenset[str], *, strict: bool = False) -> set[str]:
    """The words of `one` that share a stem with a word of `other`. `strict`: only words of five
    letters or more with the same first five letters ("roosters", "rooster")."""
    if strict:
        stems = {b[:5] for b in other if len(b) >= 5}
        return {a for a in one if len(a) >= 5 and a[:5] in stems}
    exact = set(one & other)
    return exact | {a for a in one - exact if any(_related(a, b) for b in other)}


def _topic_words(asked: frozenset[str], lang: Lang) -> frozenset[str]:
    """The words an answer on the subject of these question words may use instead."""
    topics = _data()["relevance_topics"][lang]
    found = set(asked)
    for key, related in topics.items():
        if any(word[:5] == key[:5] for word in asked):
            found.update(related.split())
    return frozenset(found)


@cache
def _yes_no(lang: Lang) -> re.Pattern[str]:
    return re.compile(_data()["relevance_yes_no"][lang])


def is_on_topic(
    analysis: Analysis,
    *,
    question: str,
    answer_type: str = "star",
    context: str = "",
    subject: str = "",
) -> bool:
    """False when the answer clearly answers something else.

    A pitch question is answered by an introduction (who you are), not by a STARR story. A STARR
    question needs an example: any story counts (the candidate chooses it), a view without one
    does not. An opinion or short question needs a word of its subject (from the question, words
    on that subject, or at least two from `context`: what the question tests and its tip); a short
    yes/no question is answered by "ja"/"yes". Very short answers get the benefit of the doubt.
    A question with a `subject` of its own (a doubt or topic from the notes of the previous round)
    is answered only by an answer about that subject."""
    lang = analysis.lang
    least = SHORT_RELEVANCE_MIN_WORDS if answer_type == "short" else RELEVANCE_MIN_WORDS
    if not question.strip() or analysis.words < least:
        return True
    if subject.strip() and not touches_subject(analysis, subject):
        return False
    text = " ".join(analysis.sentences)
    if answer_type == "pitch":
        elements = pitch_elements(text, lang)
        return "who" in elements or ("did" in elements and not _is_story(analysis))
    if answer_type == "star":
        return _has_example(analysis)
    if answer_type == "short" and opens_with_yes_or_no(analysis):
        return True
    answer = content_words(text, lang, generic=True)
    asked = _topic_words(content_words(question, lang, generic=True), lang)
    if shared_words(asked, answer):
        return True
    about = content_words(context, lang, generic=True) - asked
    return len(shared_words(about, answer)) >= 2 or not (asked or about)


def touches_subject(analysis: Analysis, subject: str) -> bool:
    """Whether an answer is about `subject`: it shares a word with what the subject names beyond
    a competency ("samenwerking met IT-leveranciers": the suppliers). A subject that is only a
    competency ("flexibiliteit") is shown by a story more often than named in it: any answer
    touches it, as does one without words of its own."""
    lang = analysis.lang
    concrete = competency_terms().sub(" ", subject)
    wanted = _topic_words(content_words(concrete, lang), lang)
    text = " ".join(analysis.sentences)
    return not wanted or bool(shared_words(wanted, content_words(text, lang)))


def takes_up(analysis: Analysis, said: str) -> bool:
    """Whether an answer takes up something of what was `said` before it (the question, the answer
    it follows up, the follow-up question): a word of five letters or more they share by stem, or
    a word an answer on that subject may use instead, words every interview question has aside; or
    a plain yes or no. Nothing said with words of its own: nothing to miss."""
    lang = analysis.lang
    before = _topic_words(content_words(said, lang, generic=True), lang)
    answer = content_words(" ".join(analysis.sentences), lang, generic=True)
    # Five letters or more: "klachten" is in "klantklachten"; "houd" is in "gehouden" by chance.
    shared = shared_words(_long(before), _long(answer))
    return not before or bool(shared) or opens_with_yes_or_no(analysis)


def _long(found: frozenset[str]) -> frozenset[str]:
    return frozenset(word for word in found if len(word) >= 5)


def opens_with_yes_or_no(analysis: Analysis) -> bool:
    """The answer opens with a plain yes or no ("Ja, bij twee andere.", "No, not yet.")."""
    text = " ".join(analysis.sentences).lower().lstrip(" ,.-")
    return bool(_yes_no(analysis.lang).match(text))


def _is_story(analysis: Analysis) -> bool:
    """A STARR story: a situation, an action and a result or lesson."""
    parts = {p.part for p in analysis.parts if p.present}
    return {"situation", "action"} <= parts and bool(parts & {"result", "reflection"})


@cache
def _pitch_patterns(element: str, lang: Lang) -> re.Pattern[str]:
    return re.compile("|".join(_data()["pitch_markers"][element][lang]), re.IGNORECASE)


def pitch_elements(text: str, lang: Lang) -> set[str]:
    """Which of who / did / why a pitch has."""
    plain = text.replace("’", "'")
    return {e for e in ("who", "did", "why") if _pitch_patterns(e, lang).search(plain)}


def _length(length: Length, lang: Lang, target: tuple[int, int]) -> list[Tip]:
    """Too short or too long, said with the figure it was judged on and where that came from:
    "too_short" for the estimate from the words, "too_short_recording" or "too_short_timer"."""
    low, high = target
    verdict = length.against(low, high)
    if verdict == "fits":
        return []
    code = f"too_{verdict}" if length.source == "estimate" else f"too_{verdict}_{length.source}"
    return [_tip(code, lang, "length", seconds=length.shown(lang), low=low, high=high)]


def _fillers(analysis: Analysis) -> list[Tip]:
    return [Tip(o.text, "fillers") for o in analysis.observations if o.code == "many_fillers"]


def _claims(analysis: Analysis) -> list[Tip]:
    return [
        Tip(o.text, "example") for o in analysis.observations if o.code == "claim_without_example"
    ]


def _star_tips(
    analysis: Analysis, lang: Lang, target: tuple[int, int], length: Length
) -> list[Tip]:
    timed = {"too_long", "too_short", "fits_time"}
    tips = [
        Tip(o.text, _OBSERVATION_ABOUT.get(o.code, "structure"))
        for o in analysis.observations
        if o.code not in timed
    ]
    return tips + _length(length, lang, target)


def _pitch_tips(
    analysis: Analysis, lang: Lang, target: tuple[int, int], length: Length
) -> list[Tip]:
    found = pitch_elements(" ".join(analysis.sentences), lang)
    missing = [e for e in ("who", "did", "why") if e not in found]
    tips = [_tip(f"pitch_{e}", lang, "structure") for e in missing]
    if not missing:
        tips.append(_tip("pitch_complete", lang, "structure"))
    return tips + _claims(analysis) + _fillers(analysis) + _length(length, lang, target)


def _has_example(analysis: Analysis) -> bool:
    return analysis.part("situation").present or analysis.part("action").present


def _opinion_tips(
    analysis: Analysis, lang: Lang, target: tuple[int, int], length: Length
) -> list[Tip]:
    tips = _claims(analysis)
    if not _has_example(analysis) and not tips:
        tips.append(_tip("opinion_example", lang, "example"))
    we = [o for o in analysis.observations if o.code == "mostly_we"]
    tips += [Tip(o.text, "own_part") for o in we]
    if not tips:
        tips.append(_tip("opinion_clear", lang, "structure"))
    return tips + _fillers(analysis) + _length(length, lang, target)


def _short_tips(
    analysis: Analysis, lang: Lang, target: tuple[int, int], length: Length
) -> list[Tip]:
    if length.seconds > target[1]:
        return [_tip("short_long", lang, "length")] + _fillers(analysis)
    return [_tip("short_clear", lang, "structure")] + _fillers(analysis)


_BY_TYPE = {
    "star": _star_tips,
    "pitch": _pitch_tips,
    "opinion": _opinion_tips,
    "short": _short_tips,
}


def answer_tips(
    analysis: Analysis,
    *,
    answer_type: str = "star",
    on_topic: bool = True,
    target: tuple[int, int] | None = None,
    length: Length | None = None,
) -> tuple[Tip, ...]:
    """The feedback for this kind of answer, in the analysis' UI language. An off-topic answer
    gets that named first, and no praise for its form. `length`: how long the answer took when
    that was measured; without it, the estimate from its words."""
    lang = analysis.ui_lang
    kind = answer_type if answer_type in _BY_TYPE else "star"
    if analysis.words == 0:
        return tuple(Tip(o.text, "length") for o in analysis.observations)
    if not on_topic:
        return (_tip("off_topic", lang, "relevance"), *_fillers(analysis))
    length = length or Length(analysis.speaking_seconds, "estimate")
    tips = _BY_TYPE[kind](analysis, lang, target or TARGETS[kind], length)
    said = heard_cliche(" ".join(analysis.sentences), analysis.lang)
    if said is None:
        return tuple(tips)
    # "ik ben perfectionistisch" says little, whatever the question: named once, as a cliché.
    others = (tip for tip in tips if not (tip.about == "example" and said in tip.text))
    return (_tip("cliche", lang, "example", match=said), *others)
