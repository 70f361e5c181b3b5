"""What the answer to a follow-up question brought (METHOD R3, P2). A follow-up asks for one thing
(a result, the candidate's own part, an example …); its answer is read on its own and the coach
says whether that thing is there now. A result may also be a short line with a figure, heard as
the end of the story it follows ("Twintig procent minder klachten.").

Heard in its exchange (the question, the answer it follows up, the follow-up), the answer must also
answer the follow-up. One that does not is named so in one plain line and supplies nothing:
- it gives nothing of what was asked and takes up nothing of the exchange (no word of it, nor a
  plain yes or no): "Ik houd van wandelen in de duinen." to "Wat leverde het op?";
- or it has the form of what was asked, but is long enough to judge (as for a question: fifteen
  words) and still takes up nothing of the exchange: a habit from the weekend to "Wat doe je
  sindsdien anders?". A short answer that gives what was asked gets the benefit of the doubt, and
  an honest "Dat weet ik niet meer" is an answer: it gets the usual "still not" line and its advice.
An example is the candidate's to choose: any story with a deed of theirs answers "Kun je daar een
voorbeeld van geven?", and a round-one doubt, which is pressed with a request for an example. Whether a doubt is put to
rest is for the candidate to weigh, not for a rule: its answer gets a line only when it is about
something else. The answer to "that is not what I asked" is judged as the answer to the question
was: about something else again, it is named so; on the question, it counts as the answer, with
the STARR parts it shows.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass, field
from functools import cache
from typing import Any

from .analysis import STARR_PARTS, Analysis, analyze, split_sentences
from .answer_kinds import RELEVANCE_MIN_WORDS, is_on_topic, takes_up
from .followups import actions_told_with_we
from .lang import Lang, load, pick

JUDGED = ("result", "action", "situation", "task", "reflection", "own_part", "example")
# Follow-ups that ask for no part: their answer is only named when it is about something else.
NAMED_WHEN_OFF = ("doubt", "relevance")
# An example is the candidate's to choose: any story with a deed of theirs answers it.
ANY_STORY = ("example", "doubt")
# The parts of the answer that show each target: "your own part" is told in deeds, an example in
# a scene or a deed.
SHOWN_BY: dict[str, tuple[str, ...]] = {"own_part": ("action",), "example": ("situation", "action")}


@dataclass(frozen=True)
class Exchange:
    """What the answer to a follow-up is heard in: the question, the answer it follows up and the
    follow-up as it was asked; for "that is not what I asked" also the kind of answer the question
    wants, what it is about (`context`) and the point of the notes it comes from (`subject`), as
    `is_on_topic` takes them."""

    question: str = ""
    answer: str = ""
    follow_up: str = ""
    answer_type: str = "star"
    context: str = ""
    subject: str = ""


@dataclass(frozen=True)
class Heard:
    """The target the follow-up asked for, whether its answer supplies it, the coach's line, the
    sentences of the answer that supply it (none when it does not), and whether it answers the
    follow-up at all (False: it is about something else, and supplies nothing)."""

    target: str
    supplied: bool
    note: str
    sentences: tuple[str, ...] = ()
    on_topic: bool = True
    # An answer to "that is not what I asked" that does answer the question counts as the answer:
    # the STARR parts it shows, each with the sentences that show it.
    parts: Mapping[str, tuple[str, ...]] = field(default_factory=dict)

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentences"] = list(self.sentences)
        data["parts"] = {part: list(shown) for part, shown in self.parts.items()}
        return data


def _supplied(target: str, analysis: Analysis) -> bool:
    if target == "own_part":
        return (
            analysis.i_count > 0
            and analysis.part("action").present
            and not actions_told_with_we(analysis)
        )
    if target == "example":
        # A moment alone ("bij een project vorig jaar ging het mis") shows nothing of you yet.
        return analysis.part("action").present
    if target == "reflection":
        told = " ".join(analysis.sentences).lower()
        return analysis.part(target).present or bool(_habit(analysis.lang).search(told))
    return analysis.part(target).present


@cache
def _habit(lang: Lang) -> re.Pattern[str]:
    return re.compile(load("followups.json")["heard_habit"][lang])


def _showing(target: str, analysis: Analysis) -> tuple[str, ...]:
    parts = SHOWN_BY.get(target, (target,))
    found = sorted({i for part in parts for i in analysis.part(part).evidence})
    if not found and target == "reflection":  # a habit in the present: the sentence that has it
        habit = _habit(analysis.lang)
        found = [i for i, s in enumerate(analysis.sentences) if habit.search(s.lower())]
    return tuple(analysis.sentences[i] for i in found)


def _result_told_after(text: str, before: str, lang: Lang | None) -> tuple[str, ...]:
    """The sentences of `text` that, told right after `before` (the answer it follows up), are its
    outcome with something concrete in them (a figure, a percentage, money, a time): "Twintig
    procent minder klachten." is the result of the story, though the rules do not read it as one
    on its own."""
    if not before.strip():
        return ()
    told = len(split_sentences(before))
    whole = analyze(f"{before}\n{text}", lang=lang)
    found = (marker.sentence for marker in whole.result_markers if marker.sentence >= told)
    return tuple(whole.sentences[i] for i in sorted(set(found)))


def _answers(target: str, analysis: Analysis, exchange: Exchange, *, found: bool) -> bool:
    """Whether the answer answers the follow-up (see the module's docstring)."""
    if target == "relevance":
        return is_on_topic(
            analysis, question=exchange.question, answer_type=exchange.answer_type,
            context=exchange.context, subject=exchange.subject,
        )  # fmt: skip
    if target in ANY_STORY:
        found = _supplied("example", analysis)
    if found and (target in ANY_STORY or analysis.words < RELEVANCE_MIN_WORDS):
        return True
    if _unknown(analysis.lang).search(" ".join(analysis.sentences).lower()):
        return True  # "Dat weet ik eigenlijk niet meer.": an answer, if not the one hoped for
    said = "\n".join((exchange.question, exchange.answer, exchange.follow_up))
    return takes_up(analysis, said)


@cache
def _unknown(lang: Lang) -> re.Pattern[str]:
    return re.compile(load("followups.json")["heard_unknown"][lang])


def _verdict(target: str, key: str, lang: Lang) -> str:
    return pick(load("followups.json")["heard"][target][key], lang)


def heard_in_follow_up(
    targets: Sequence[str],
    text: str,
    *,
    lang: Lang | None = None,
    ui_lang: Lang | None = None,
    exchange: Exchange | None = None,
) -> Heard | None:
    """The verdict on `text`, the answer to a follow-up that asked for `targets`; None when the
    follow-up is not one a rule can judge or the candidate skipped it. With the `exchange` it was
    said in, also whether it answers the follow-up; a doubt then gets a verdict only when its
    answer does not, and an answer to "that is not what I asked" that does answer the question
    counts as the answer (`_answered_again`)."""
    wanted = [target for target in targets if target in JUDGED + NAMED_WHEN_OFF]
    if not wanted or not text.strip():
        return None
    analysis = analyze(text, lang=lang, ui_lang=ui_lang)
    target = wanted[0]
    supplied = target in JUDGED and _supplied(target, analysis)
    shown = _showing(target, analysis) if supplied else ()
    if target == "result" and not supplied and exchange is not None:
        shown = _result_told_after(text, exchange.answer, lang)
    found = supplied or bool(shown)
    if exchange is not None and not _answers(target, analysis, exchange, found=found):
        return Heard(target, False, _verdict(target, "off", analysis.ui_lang), on_topic=False)
    if target == "relevance" and exchange is not None:
        return _answered_again(analysis, exchange)
    if target in NAMED_WHEN_OFF:
        return None
    return Heard(target, found, _verdict(target, "yes" if found else "no", analysis.ui_lang), shown)


def _answered_again(analysis: Analysis, exchange: Exchange) -> Heard:
    """The answer to "that is not what I asked" that does answer the question: it counts as the
    answer, with the STARR parts it shows when the question asks for a STARR example."""
    parts: dict[str, tuple[str, ...]] = {}
    if exchange.answer_type == "star":
        for part in STARR_PARTS:
            shown = sorted(analysis.part(part).evidence)
            if analysis.part(part).present:
                parts[part] = tuple(analysis.sentences[i] for i in shown)
    sentences = tuple(dict.fromkeys(s for shown in parts.values() for s in shown))
    note = _verdict("relevance", "yes", analysis.ui_lang)
    return Heard("relevance", True, note, sentences, parts=parts)


def parts_supplied(heard: Mapping[str, Any] | None) -> list[str]:
    """Every STARR part the answer to a follow-up supplied (`part_supplied`); for an answer to
    "that is not what I asked" that answers the question, each part it shows."""
    if not heard or not heard.get("supplied") or heard.get("on_topic") is False:
        return []
    if heard.get("target") == "relevance":
        return [part for part in STARR_PARTS if part in (heard.get("parts") or {})]
    part = part_supplied(heard)
    return [part] if part is not None else []


def answered_again(follow_ups: Sequence[Mapping[str, Any]]) -> bool:
    """Whether the candidate answered the question after all when the interviewer asked it again
    ("that is not what I asked"): then that answer counts as the answer."""
    return any(
        item.get("answered")
        and (item.get("heard") or {}).get("target") == "relevance"
        and (item.get("heard") or {}).get("supplied")
        for item in follow_ups
    )


def part_supplied(heard: Mapping[str, Any] | None) -> str | None:
    """The STARR part that the answer to a follow-up supplied, read from its stored verdict
    (`Heard.to_dict()`): the part the follow-up asked for, when the answer holds it. None for a
    follow-up that asked for something else (own part, an example, a doubt), or was not answered
    with it. The summary counts such a part as given, as an interviewer would after the talk; an
    answer about something else gives nothing."""
    if not heard or not heard.get("supplied") or heard.get("on_topic") is False:
        return None
    target = heard.get("target")
    return target if target in STARR_PARTS else None
