"""How far the six-step plan of a round is (R2), computed for many rounds in a constant number of
queries, so the dashboard can show every application without a query per row."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from typing import Any, Protocol

from django.conf import settings
from django.utils import timezone

from secondround.applications.models import Round
from secondround.coach.assignments import checklist
from secondround.coach.evidence import is_evidence
from secondround.coach.lang import Lang
from secondround.coach.plan import PlanStep, Progress, days_left, plan_progress, plan_steps
from secondround.coach.short_notice import ChecklistDue, OpenStep, PlanDay, short_plan

from .models import AskedCompetency, Example, Pitch, RoundPlan, Terms

# Steps the app can check by itself; the others are done when the user ticks them.
AUTO_STEPS = {"star_examples", "pitch", "topics_answer", "salary_terms"}


class RoundLike(Protocol):
    """A round, or a plain row with what the plan status reads of it (the dashboard's rows)."""

    @property
    def pk(self) -> Any: ...
    @property
    def application_id(self) -> Any: ...
    @property
    def number(self) -> Any: ...
    @property
    def starts_at(self) -> datetime | None: ...


@dataclass(frozen=True)
class StepStatus:
    step: PlanStep
    done: bool
    ticked: bool
    auto: bool  # done because the app saw the work itself


@dataclass(frozen=True)
class PlanStatus:
    round: Any  # the Round (or the RoundLike row) it was computed for
    plan: RoundPlan | None
    steps: list[StepStatus]
    progress: Progress
    days_left: int | None

    @property
    def next_step(self) -> StepStatus | None:
        return next((s for s in self.steps if s.step.key == self.progress.next_step_key), None)


@dataclass(frozen=True)
class Backing:
    """How well the asked competencies of one application are backed by examples."""

    asked: list[str]
    backed: list[str]  # with at least one example that is evidence (coach.evidence)
    complete: list[str]  # with at least one example that has every STARR part

    @property
    def all_complete(self) -> bool:
        return bool(self.asked) and len(self.complete) == len(self.asked)


def backing(asked: list[str], examples: list[tuple[list[str], list[str]]]) -> Backing:
    """`examples` as (competency ids, missing parts) pairs. A claim without an action and a result
    backs nothing (coach.evidence)."""
    return _backing(asked, *_proven(examples))


def _proven(examples: list[tuple[list[str], list[str]]]) -> tuple[set[str], set[str]]:
    """The competencies with an example that is evidence, and those with an example that has every
    STARR part."""
    proven = {c for ids, missing in examples if is_evidence(missing) for c in ids}
    complete = {c for ids, missing in examples if not missing for c in ids}
    return proven, complete


def _backing(asked: list[str], proven: set[str], complete: set[str]) -> Backing:
    return Backing(
        asked=asked,
        backed=[c for c in asked if c in proven],
        complete=[c for c in asked if c in complete],
    )


def _asked_by_application(application_ids: set[int]) -> dict[int, list[str]]:
    asked: dict[int, list[str]] = defaultdict(list)
    rows = AskedCompetency.objects.filter(application_id__in=application_ids, removed=False)
    for application_id, competency_id in rows.values_list("application_id", "competency_id"):
        asked[application_id].append(competency_id)
    return asked


def _examples(user: Any) -> list[tuple[list[str], list[str]]]:
    rows = Example.objects.for_user(user).values_list("competencies", "missing_parts")
    return [(list(ids or []), list(missing or [])) for ids, missing in rows]


def backing_for(application_ids: set[int], user: Any) -> dict[int, Backing]:
    asked = _asked_by_application(application_ids)
    proven, complete = _proven(_examples(user))  # once, not once per application
    return {pk: _backing(asked.get(pk, []), proven, complete) for pk in application_ids}


def plan_statuses(rounds: Sequence[RoundLike], *, user: Any, lang: Lang) -> dict[int, PlanStatus]:
    """The plan status of each round, keyed by round id (six queries, whatever the number)."""
    if not rounds:
        return {}
    application_ids = {r.application_id for r in rounds}
    plans = {p.round_id: p for p in RoundPlan.objects.filter(round_id__in=[r.pk for r in rounds])}
    backings = backing_for(application_ids, user)
    pitches = Pitch.objects.filter(application_id__in=application_ids).prefetch_related(
        "rehearsals"
    )
    rehearsed = {p.application_id for p in pitches if any(r.fits for r in p.rehearsals.all())}
    terms_set = {
        t.application_id
        for t in Terms.objects.filter(application_id__in=application_ids)
        if t.is_set
    }
    today = timezone.localdate()
    steps = plan_steps(lang)
    return {
        r.pk: _status(
            r,
            plans.get(r.pk),
            steps,
            auto={
                "star_examples": backings[r.application_id].all_complete,
                "pitch": r.application_id in rehearsed,
                "salary_terms": r.application_id in terms_set,
            },
            today=today,
        )
        for r in rounds
    }


def _status(
    round: RoundLike,
    plan: RoundPlan | None,
    all_steps: list[PlanStep],
    *,
    auto: dict[str, bool],
    today: date,
) -> PlanStatus:
    ticked = set(plan.ticked if plan else [])
    auto = {**auto, "topics_answer": bool(plan and plan.topics_answer.strip())}
    steps = [
        StepStatus(
            step=step,
            ticked=step.key in ticked,
            auto=auto.get(step.key, False),
            done=step.key in ticked or auto.get(step.key, False),
        )
        for step in all_steps
    ]
    when = timezone.localtime(round.starts_at).date() if round.starts_at else None
    return PlanStatus(
        round=round,
        plan=plan,
        steps=steps,
        progress=plan_progress({s.step.key: s.done for s in steps}),
        days_left=days_left(when, today),
    )


def _open_checklist(round: Round, interview_day: date, lang: Lang) -> list[ChecklistDue]:
    """Open checklist items of the round's assignments, each on the day it was meant for."""
    items = []
    for assignment in round.assignments.all():  # type: ignore[attr-defined]
        base = assignment.due_on or interview_day
        for item in checklist(assignment.type, assignment.subtype or None, lang):
            if item.key not in assignment.ticked:
                items.append(ChecklistDue(item.text, base - timedelta(days=item.days_before)))
    return items


def day_plan(status: PlanStatus, *, lang: Lang, today: date | None = None) -> list[PlanDay]:
    """The dated plan per day when the round is close (the SECONDROUND_SHORT_NOTICE_DAYS setting),
    else [] and the six steps stand as they are."""
    round = status.round
    if round.starts_at is None:
        return []
    today = today or timezone.localdate()
    interview_day = timezone.localtime(round.starts_at).date()
    return short_plan(
        today=today,
        interview_day=interview_day,
        open_steps=[OpenStep(s.step.key, s.step.title) for s in status.steps if not s.done],
        checklist=_open_checklist(round, interview_day, lang),
        lang=lang,
        threshold=settings.SECONDROUND_SHORT_NOTICE_DAYS,
    )
