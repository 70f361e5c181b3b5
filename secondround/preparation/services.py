"""Writes of the preparation app. Views, admin, the demo and commands call these."""

from __future__ import annotations

from typing import Any

from django.db import transaction
from django.utils import timezone

from secondround import freshness
from secondround.applications.selectors import Application, Round
from secondround.coach import competencies as lexicon
from secondround.coach.analysis import rules_version
from secondround.coach.plan import STEP_KEYS

from .models import AskedCompetency, Example, Pitch, Rehearsal, RoundPlan, Terms
from .selectors import read_text


@transaction.atomic
def competencies_read(*, application: Application) -> list[AskedCompetency]:
    """Read the vacancy (again): new competencies are added, phrases refreshed; what the user
    removed stays removed and what the user added stays."""
    found = {m.id: list(m.phrases) for m in lexicon.find_competencies(application.vacancy_text)}
    rows = {row.competency_id: row for row in application.asked_competencies.all()}
    for competency_id, phrases in found.items():
        row = rows.get(competency_id) or AskedCompetency(
            application=application, competency_id=competency_id
        )
        row.phrases = phrases
        row.full_clean()
        row.save()
    for competency_id, row in rows.items():
        if competency_id not in found and not row.added_by_user and not row.removed:
            row.delete()
    return list(application.asked_competencies.shown())


def competencies_ensure(*, application: Application) -> None:
    """Read the vacancy the first time the competencies of an application are needed."""
    if application.vacancy_text.strip() and not application.asked_competencies.exists():
        competencies_read(application=application)


@transaction.atomic
def competency_add(*, application: Application, competency_id: str) -> AskedCompetency:
    lexicon.get(competency_id)  # KeyError for an unknown id: forms only offer known ones
    row, created = AskedCompetency.objects.get_or_create(
        application=application,
        competency_id=competency_id,
        defaults={"added_by_user": True},
    )
    if not created and row.removed:
        row.removed = False
        row.save(update_fields=["removed"])
    return row


@transaction.atomic
def competency_remove(*, asked: AskedCompetency) -> None:
    asked.removed = True
    asked.save(update_fields=["removed"])


@transaction.atomic
def example_save(*, example: Example, user: Any | None = None, lang: str = "nl") -> Example:
    if user is not None:
        example.user = user
    example.missing_parts = list(read_text(example.telling, lang=lang).missing)
    example.analysed_with = rules_version()
    example.updated = timezone.now()
    example.full_clean()
    example.save()
    return example


def examples_reread(*, user: Any | None = None) -> int:
    """Read again every example (of `user`, or of everyone) that an older version of the analysis
    rules read, so the matrix and the plan show what the current rules find. Returns how many.
    Runs after an import and when the app starts (`secondround serve`, `secondround migrate`)."""
    version = rules_version()
    stale = Example.objects.exclude(analysed_with=version)
    if user is not None:
        stale = stale.filter(user=user)
    changed = []
    for example in stale.only("pk", "user_id", "telling", "missing_parts"):
        example.missing_parts = list(read_text(example.telling).missing)
        example.analysed_with = version
        changed.append(example)
    if changed:  # no write transaction (on SQLite: no write lock) when nothing is stale
        with transaction.atomic():
            Example.objects.bulk_update(changed, ["missing_parts", "analysed_with"], batch_size=500)
    for user_id in {example.user_id for example in changed}:
        freshness.touch(user_id)
    return len(changed)


@transaction.atomic
def example_delete(*, example: Example) -> None:
    example.delete()


@transaction.atomic
def pitch_save(*, pitch: Pitch, user: Any | None = None, lang: str = "nl") -> Pitch:
    if user is not None:
        pitch.user = user
    if pitch.application is not None and pitch.application.user_id != pitch.user_id:
        raise ValueError("a pitch can only belong to an application of the same user")
    reading = read_text(pitch.text, lang=lang, target_seconds=pitch.target_seconds)
    pitch.speaking_seconds = reading.speaking_seconds
    pitch.updated = timezone.now()
    pitch.full_clean()
    pitch.save()
    return pitch


@transaction.atomic
def pitch_delete(*, pitch: Pitch) -> None:
    pitch.delete()


@transaction.atomic
def rehearsal_add(*, pitch: Pitch, seconds: int) -> Rehearsal:
    rehearsal = Rehearsal(pitch=pitch, seconds=seconds, created=timezone.now())
    rehearsal.full_clean()
    rehearsal.save()
    return rehearsal


@transaction.atomic
def rehearsal_delete(*, rehearsal: Rehearsal) -> None:
    rehearsal.delete()


def plan_for(round: Round) -> RoundPlan:
    """The saved plan of this round, or a fresh unsaved one."""
    return RoundPlan.objects.filter(round=round).first() or RoundPlan(round=round)


@transaction.atomic
def plan_save(*, plan: RoundPlan) -> RoundPlan:
    plan.updated = timezone.now()
    plan.full_clean()
    plan.save()
    return plan


@transaction.atomic
def plan_tick(*, round: Round, step_key: str, done: bool) -> RoundPlan:
    if step_key not in STEP_KEYS:
        raise ValueError(f"unknown plan step {step_key!r}")
    plan = plan_for(round)
    ticked = [key for key in plan.ticked if key != step_key]
    plan.ticked = [key for key in STEP_KEYS if key in ticked or (done and key == step_key)]
    return plan_save(plan=plan)


@transaction.atomic
def terms_save(*, terms: Terms) -> Terms:
    terms.full_clean()
    terms.save()
    return terms
