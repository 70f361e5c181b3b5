"""Data for the practice hooks on the round and application pages (a fixed number of queries)."""

from __future__ import annotations

from typing import Any

from django import template

from secondround.applications.selectors import Application, Round

from ..models import MockSession, RoundQuestion
from ..selectors import FindOut, find_out_reading, kind_label, sessions_with_counts

register = template.Library()


@register.simple_tag
def practice_round(round: Round) -> dict[str, Any]:
    """Questions to ask and practice interviews of one round."""
    return {
        "questions": list(RoundQuestion.objects.filter(round=round).order_by("position", "pk")),
        "sessions": sessions_with_counts(MockSession.objects.filter(round=round).interviews())[:5],
    }


@register.simple_tag
def find_out_for(round: Round) -> list[FindOut]:
    """What the candidate wanted to find out after the previous round, for the plan of this one."""
    return find_out_reading(round)


@register.simple_tag
def practice_application(application: Application) -> list[Any]:
    """The practice interviews of all rounds of one application, newest first."""
    sessions = MockSession.objects.filter(round__application=application).interviews()
    return sessions_with_counts(sessions)


@register.filter
def kind_labels(kinds: list[str]) -> list[str]:
    """The names of interviewer kinds ("hr" -> "HR-medewerker")."""
    return [kind_label(kind) for kind in kinds]
