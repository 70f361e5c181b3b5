"""What the answer to a follow-up question brought (METHOD R3, P2). A follow-up asks for one thing
(a result, the candidate's own part, an example …); its answer is read on its own and the coach
says whether that thing is there now. A question that was off the point, or a round-one doubt, gets
no verdict: whether a doubt is put to rest is for the candidate to weigh, not for a rule.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from .analysis import STARR_PARTS, Analysis, analyze
from .followups import actions_told_with_we
from .lang import Lang, load, pick

JUDGED = ("result", "action", "situation", "task", "reflection", "own_part", "example")
# The parts of the answer that show each target: "your own part" is told in deeds, an example in
# a scene or a deed.
SHOWN_BY: dict[str, tuple[str, ...]] = {"own_part": ("action",), "example": ("situation", "action")}


@dataclass(frozen=True)
class Heard:
    """The target the follow-up asked for, whether its answer supplies it, the coach's line, and
    the sentences of the answer that supply it (none when it does not)."""

    target: str
    supplied: bool
    note: str
    sentences: tuple[str, ...] = ()

    def to_dict(self) -> dict[str, Any]:
        data = asdict(self)
        data["sentences"] = list(self.sentences)
        return data


def _supplied(target: str, analysis: Analysis) -> bool:
    if target == "own_part":
        return (
            analysis.i_count > 0
            and analysis.part("action").present
            and not actions_told_with_we(analysis)
        )
    if target == "example":
        return analysis.part("action").present or analysis.part("situation").present
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


def heard_in_follow_up(
    targets: Sequence[str], text: str, *, lang: Lang | None = None, ui_lang: Lang | None = None
) -> Heard | None:
    """The verdict on `text`, the answer to a follow-up that asked for `targets`; None when the
    follow-up is not one a rule can judge or the candidate skipped it."""
    judged = [target for target in targets if target in JUDGED]
    if not judged or not text.strip():
        return None
    analysis = analyze(text, lang=lang, ui_lang=ui_lang)
    target = judged[0]
    supplied = _supplied(target, analysis)
    texts = load("followups.json")["heard"][target]["yes" if supplied else "no"]
    shown = _showing(target, analysis) if supplied else ()
    return Heard(target, supplied, pick(texts, analysis.ui_lang), shown)


def part_supplied(heard: Mapping[str, Any] | None) -> str | None:
    """The STARR part that the answer to a follow-up supplied, read from its stored verdict
    (`Heard.to_dict()`): the part the follow-up asked for, when the answer holds it. None for a
    follow-up that asked for something else (own part, an example, a doubt), or was not answered
    with it. The summary counts such a part as given, as an interviewer would after the talk."""
    if not heard or not heard.get("supplied"):
        return None
    target = heard.get("target")
    return target if target in STARR_PARTS else None
