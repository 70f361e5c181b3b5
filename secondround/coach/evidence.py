"""When an example is evidence (METHOD R3): the one place that decides it.

A claim ("I am flexible") proves nothing; an example does once it says what you did and what came of
it. So a competency counts as backed only by an example that has at least these STARR parts. Change
REQUIRED_PARTS here and the matrix, the plan, the sheet and the round-notes reading all follow.
"""

from __future__ import annotations

from collections.abc import Iterable

from .lang import Lang, load, pick

STARR_PARTS: tuple[str, ...] = ("situation", "task", "action", "result", "reflection")
REQUIRED_PARTS: tuple[str, ...] = ("action", "result")


def is_evidence(missing_parts: Iterable[str]) -> bool:
    """True when none of the required parts is missing."""
    missing = set(missing_parts)
    return not any(part in missing for part in REQUIRED_PARTS)


def completeness(missing_parts: Iterable[str]) -> int:
    """How many of the five STARR parts are there: the sheet picks the most complete example."""
    missing = set(missing_parts)
    return sum(1 for part in STARR_PARTS if part not in missing)


def rule_text(lang: Lang) -> str:
    """The rule in words, for the screen."""
    return pick(load("evidence.json")["rule"], lang)


def claim_label(lang: Lang) -> str:
    return pick(load("evidence.json")["claim_only"], lang)
