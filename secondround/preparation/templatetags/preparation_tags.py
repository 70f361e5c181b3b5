"""Data for the preparation hooks on the application page, the round page and the dashboard."""

from __future__ import annotations

from typing import Any

from django import template

from secondround.applications.selectors import Application, Round, RoundStatus
from secondround.coach import competencies as lexicon
from secondround.web import ui_lang

from .. import services
from ..models import Pitch, Terms
from ..selectors import PlanStatus, backing_for, notes_reading_after, plan_statuses

register = template.Library()


@register.simple_tag
def application_preparation(application: Application) -> dict[str, Any]:
    """The competencies summary, the pitch and the numbers of one application."""
    services.competencies_ensure(application=application)
    backed = backing_for({application.pk}, application.user)[application.pk]
    lang = ui_lang()
    gaps = [c for c in backed.asked if c not in backed.backed]
    return {
        "backing": backed,
        "gaps": [lexicon.name(c, lang) for c in gaps if _known(c)],
        "pitch": Pitch.objects.filter(application=application).first(),
        "terms": Terms.objects.filter(application=application).first(),
        "plan_rounds": list(
            application.rounds.filter(number__gte=2).exclude(status=RoundStatus.CANCELLED)
        ),
    }


def _known(competency_id: str) -> bool:
    return competency_id in {c.id for c in lexicon.all_competencies()}


@register.simple_tag
def round_plan(round: Round) -> PlanStatus | None:
    """The plan status of a round of number 2 or higher; None for round one."""
    if round.number < 2:
        return None
    user_id = round.application.user_id  # an id is enough to filter by: no query for the user
    return plan_statuses([round], user=user_id, lang=ui_lang())[round.pk]


@register.simple_tag
def round_doubts(round: Round, previous: Round | None) -> dict[str, int]:
    """How many doubts of the previous round's notes this round has, and how many are answered by
    an example (for the round page, which has the previous round already; the plan shows them in
    full)."""
    points = [p for p in notes_reading_after(round, previous, lang=ui_lang()) if p.kind == "doubt"]
    return {"total": len(points), "backed": sum(1 for p in points if p.example)}
