"""Data for the hook templates (round page, application page, dashboard), with constant query counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.utils import timezone

from secondround.applications.selectors import Application, Round, debrief_for
from secondround.web import ui_lang

from .. import selectors
from ..models import Decision

register = template.Library()


@dataclass(frozen=True)
class AssignmentSummary:
    assignment: Any
    done: int
    total: int


@dataclass(frozen=True)
class RoundDay:
    assignments: list[AssignmentSummary]
    looked_back: bool
    decision: Decision | None
    waiting: selectors.Waiting | None
    sector_note: str | None


@register.simple_tag
def round_day(round: Round) -> RoundDay:
    """Everything the "Interview day" card on the round page shows."""
    lang = ui_lang()
    summaries = []
    for assignment in round.assignments.all():
        items = selectors.checklist_items(assignment, lang=lang)
        summaries.append(AssignmentSummary(assignment, sum(i.done for i in items), len(items)))
    decision = Decision.objects.filter(round=round).first()
    waiting = None
    if decision is not None and decision.is_waiting and decision.follow_up_on:
        waiting = selectors.waiting_for(decision, today=timezone.localdate())
    return RoundDay(
        assignments=summaries,
        looked_back=debrief_for(round).looked_back,
        decision=decision,
        waiting=waiting,
        sector_note=selectors.sector_note(round.application, lang=lang),
    )


@register.simple_tag
def waiting_for_news(user: Any) -> list[selectors.Waiting]:
    """The dashboard's applications that wait for news: one query, whatever the number of rows."""
    return selectors.waiting_of_user(user, today=timezone.localdate())


@register.simple_tag
def application_waiting(application: Application) -> list[selectors.Waiting]:
    return selectors.waiting_rows([application.pk], today=timezone.localdate())
