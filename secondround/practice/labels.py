"""Names the user sees for the tags of the question bank: interviewer kinds, categories, rounds."""

from __future__ import annotations

from django.utils.functional import Promise
from django.utils.translation import gettext_lazy as _

from secondround.applications.models import InterviewerKind

CATEGORIES: dict[str, Promise] = {
    "intro": _("Introduction"),
    "motivation": _("Motivation"),
    "competency": _("Skills with an example"),
    "role_depth": _("The role in depth"),
    "team_fit": _("Fit with the team"),
    "difficult": _("Difficult questions"),
    "signal": _("Questions behind the question"),
    "salary_terms": _("Salary and terms"),
    "closing": _("Closing"),
    "work_content": _("The work itself"),
    "team": _("The team"),
    "development": _("Development"),
    "culture": _("Culture and way of working"),
    "terms": _("Terms of employment"),
    "procedure_closing": _("Procedure and closing"),
}

ROUNDS: dict[str, Promise] = {
    "both": _("Any round"),
    "first": _("Mostly round one"),
    "second": _("Mostly round two"),
}

PARTS: dict[str, Promise] = {
    "situation": _("Situation"),
    "task": _("Task"),
    "action": _("Action"),
    "result": _("Result"),
    "reflection": _("Reflection"),
}

DRILL_KINDS: dict[str, Promise] = {
    "buy_time": _("Buy a moment to think"),
    "clarify": _("Ask what they mean"),
    "structure": _("Answer in a clear order"),
    "closing": _("Close the interview well"),
    "salary": _("Talk about salary"),
}


def drill_kind_label(kind: str) -> str:
    return str(DRILL_KINDS.get(kind, kind.replace("_", " ")))


def kind_label(kind: str) -> str:
    return str(dict(InterviewerKind.choices).get(kind, kind))


def category_label(category: str) -> str:
    return str(CATEGORIES.get(category, category.replace("_", " ")))


def round_label(round_fit: str) -> str:
    return str(ROUNDS.get(round_fit, round_fit))


def part_label(part: str) -> str:
    return str(PARTS.get(part, part))
