"""The question bank as one list: the coach's questions plus the user's own ones, in one shape."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from secondround.coach import questions as coach

from .labels import category_label, kind_label, round_label
from .models import Direction, OwnQuestion


def text_of(value: Any, lang: str) -> str:
    """A bilingual pair (an object or a {"nl": …, "en": …} dict), or a plain string."""
    if hasattr(value, "nl") and hasattr(value, "en"):
        return str(getattr(value, "en" if lang == "en" else "nl"))
    if isinstance(value, dict):
        return str(value.get(lang) or value.get("nl") or "")
    return str(value or "")


@dataclass(frozen=True)
class BankItem:
    id: str
    direction: str
    text: str
    kinds: tuple[str, ...]
    category: str
    round: str
    tests: str
    tip: str
    method_point: str = ""
    own: OwnQuestion | None = None

    @property
    def kind_labels(self) -> list[str]:
        return [kind_label(kind) for kind in self.kinds]

    @property
    def category_label(self) -> str:
        return category_label(self.category) if self.category else ""

    @property
    def round_label(self) -> str:
        return round_label(self.round)


def _they_ask(question: Any, lang: str) -> BankItem:
    return BankItem(
        id=question.id,
        direction=Direction.THEY_ASK,
        text=question.text_in(lang),
        kinds=tuple(question.kinds),
        category=question.category,
        round=str(getattr(question, "round", "both") or "both"),
        tests=text_of(question.tests, lang),
        tip=text_of(question.tip, lang),
    )


def _to_ask(question: Any, lang: str) -> BankItem:
    return BankItem(
        id=question.id,
        direction=Direction.TO_ASK,
        text=text_of(question.text, lang),
        kinds=tuple(question.kinds),
        category=question.category,
        round=str(getattr(question, "round", "both") or "both"),
        tests=text_of(question.why, lang),
        tip="",
        method_point=question.method_point or "",
    )


def _own(question: OwnQuestion) -> BankItem:
    return BankItem(
        id=question.bank_id,
        direction=question.direction,
        text=question.text,
        kinds=tuple(question.kinds or ()),
        category=question.category,
        round=question.round,
        tests=question.tests,
        tip=question.tip,
        own=question,
    )


def bank_items(*, user: Any, lang: str) -> list[BankItem]:
    """Every question this user can see: own ones first, then the coach's."""
    own = [_own(q) for q in OwnQuestion.objects.for_user(user)]
    they = [_they_ask(q, lang) for q in coach.questions_they_ask()]
    ask = [_to_ask(q, lang) for q in coach.questions_to_ask()]
    return own + they + ask


def filter_items(
    items: list[BankItem],
    *,
    direction: str = "",
    kind: str = "",
    category: str = "",
    round_fit: str = "",
) -> list[BankItem]:
    """Keep the items that match every filter given; an empty filter keeps everything. A question
    for "any round" matches a round filter; a question without kinds matches every kind."""
    return [
        item
        for item in items
        if (not direction or item.direction == direction)
        and (not kind or not item.kinds or kind in item.kinds)
        and (not category or item.category == category)
        and (not round_fit or item.round in (round_fit, "both"))
    ]


def categories(*, direction: str = "") -> list[str]:
    """The categories of the coach's bank (for the filter and the form), in a stable order."""
    found: list[str] = []
    sources: list[Any] = []
    if direction in ("", Direction.THEY_ASK):
        sources += coach.questions_they_ask()
    if direction in ("", Direction.TO_ASK):
        sources += coach.questions_to_ask()
    for question in sources:
        if question.category not in found:
            found.append(question.category)
    return found


def reveal(question_id: str, lang: str) -> tuple[str, str]:
    """What a question may really test (D3) and the tip, for a bank question id ("" if unknown)."""
    try:
        question = coach.get_question(question_id)
    except (KeyError, LookupError, ValueError):
        return "", ""
    if question is None:
        return "", ""
    return text_of(question.tests, lang), text_of(question.tip, lang)
