"""What the answer to a follow-up question brought (METHOD R3, P2). A follow-up asks for one thing
(a result, the candidate's own part, an example …); its answer is read on its own and the coach
says whether that thing is there now. A question that was off the point, or a round-one doubt, gets
no verdict: whether a doubt is put to rest is for the candidate to weigh, not for a rule.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import asdict, dataclass
from functools import cache
from typing import Any

from .analysis import Analysis, analyze
from .followups import actions_told_with_we
from .lang import Lang, load, pick

JUDGED = ("result", "action", "situation", "task", "reflection", "own_part", "example")


@dataclass(frozen=True)
class Heard:
    """The target the follow-up asked for, whether its answer supplies it, and the coach's line."""

    target: str
    supplied: bool
    note: str

    def to_dict(self) -> dict[str, Any]:
        return asdict(self)


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
    return Heard(target, supplied, pick(texts, analysis.ui_lang))
