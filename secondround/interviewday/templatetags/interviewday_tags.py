"""Data for the hook templates (round page, application page, dashboard), with constant query counts."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django import template
from django.utils import timezone
from django.utils.translation import get_language

from secondround.applications.models import Application, Round
from secondround.coach.lang import as_lang

from .. import day
from ..models import Decision, Reflection

register = template.Library()


@dataclass(frozen=True)
class AssignmentSummary:
    assignment: Any
    done: int
    total: int


@dataclass(frozen=True)
class RoundDay:
    assignments: list[AssignmentSummary]
    reflection: Reflection | None
    decision: Decision | None
    waiting: day.Waiting | None
    sector_note: str | None


@register.simple_tag
def round_day(round: Round) -> RoundDay:
    """Everything the "Interview day" card on the round page shows."""
    lang = as_lang(get_language())
    summaries = []
    for assignment in round.assignments.all():
        items = day.checklist_items(assignment, lang=lang)
        summaries.append(AssignmentSummary(assignment, sum(i.done for i in items), len(items)))
    decision = Decision.objects.filter(round=round).first()
    waiting = None
    if decision is not None and decision.is_waiting and decision.follow_up_on:
        waiting = day.waiting_for(decision, today=timezone.localdate())
    return RoundDay(
        assignments=summaries,
        reflection=Reflection.objects.filter(round=round).first(),
        decision=decision,
        waiting=waiting,
        sector_note=day.sector_note(round.application, lang=lang),
    )


@register.simple_tag
def waiting_for_news(rows: list[tuple[Application, Any]]) -> list[day.Waiting]:
    """The dashboard's applications that wait for news: one query, whatever the number of rows."""
    ids = [application.pk for application, _action in rows]
    return day.waiting_rows(ids, today=timezone.localdate()) if ids else []


@register.simple_tag
def application_waiting(application: Application) -> list[day.Waiting]:
    return day.waiting_rows([application.pk], today=timezone.localdate())
