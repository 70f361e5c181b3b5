"""Writes of the interview-day app: the sheet options, assignments, marking a round done, the expected
decision and the outcome. Each is atomic and validates before it saves. The reflection after a round
is part of the round's notes (`applications.Debrief`), saved through `applications.services`."""

from __future__ import annotations

from datetime import date

from django.db import transaction

from secondround.applications.selectors import Round, RoundStatus, Stage
from secondround.applications.services import application_save, round_save
from secondround.coach import aftercare

from .models import Assignment, Decision, Outcome, SheetOptions
from .selectors import interview_date


@transaction.atomic
def sheet_options_save(*, round: Round, show_salary: bool) -> SheetOptions:
    options, _ = SheetOptions.objects.get_or_create(round=round)
    options.show_salary = show_salary
    options.full_clean()
    options.save()
    return options


@transaction.atomic
def assignment_save(*, assignment: Assignment) -> Assignment:
    assignment.full_clean()
    assignment.save()
    return assignment


@transaction.atomic
def assignment_tick(
    *, assignment: Assignment, keys: list[str], valid_keys: list[str]
) -> Assignment:
    """Store which checklist items are done; keys that are not on this checklist are ignored."""
    assignment.ticked = [key for key in valid_keys if key in set(keys)]
    assignment.full_clean()
    assignment.save(update_fields=["ticked"])
    return assignment


@transaction.atomic
def assignment_delete(*, assignment: Assignment) -> None:
    assignment.delete()


@transaction.atomic
def round_mark_done(*, round: Round) -> Round:
    round.status = RoundStatus.DONE
    return round_save(round=round)


@transaction.atomic
def decision_save(*, decision: Decision, today: date) -> Decision:
    """Compute the expected window from what they said (or the default window) and save."""
    expected = aftercare.expected_decision(
        interview_date=interview_date(decision.round, today=today),
        said_date=decision.said_date,
        said_weeks=decision.said_weeks,
        fast_employer=decision.fast_employer,
    )
    decision.earliest = expected.earliest
    decision.latest = expected.latest
    decision.follow_up_on = expected.follow_up_on
    decision.source = expected.source
    decision.full_clean()
    decision.save()
    return decision


def _decision_for(round: Round, *, today: date) -> Decision:
    existing = Decision.objects.filter(round=round).first()
    return existing or decision_save(decision=Decision(round=round), today=today)


def _next_round(round: Round) -> Round:
    application = round.application
    existing = application.rounds.filter(number=round.number + 1).first()
    if existing is not None:
        return existing
    new = Round(
        application=application,
        number=min(round.number + 1, 20),
        status=RoundStatus.PLANNED,
        starts_at=None,
        duration_minutes=round.duration_minutes,
        format=round.format,
        location=round.location,
        video_link=round.video_link,
    )
    return round_save(round=new, interviewers=list(round.interviewers.all()))


STAGE_AFTER = {
    Outcome.OFFER: Stage.OFFER,
    Outcome.REJECTED: Stage.REJECTED,
    Outcome.WITHDRAWN: Stage.WITHDRAWN,
}


@transaction.atomic
def outcome_record(*, round: Round, outcome: str, lesson: str, today: date) -> Round | None:
    """Record the news after `round`. A next round is created (same panel, no date yet) and returned;
    the next round's page shows this round's notes and reflection. The application moves to the
    matching stage."""
    decision = _decision_for(round, today=today)
    decision.outcome = outcome
    decision.outcome_on = today
    decision.lesson = lesson if outcome == Outcome.REJECTED else decision.lesson
    decision.full_clean()
    decision.save()
    if round.status == RoundStatus.PLANNED:
        round_mark_done(round=round)
    application = round.application
    created = None
    if outcome == Outcome.NEXT_ROUND:
        created = _next_round(round)
        application.stage = Stage.ROUND_TWO if created.number == 2 else Stage.FURTHER
    elif outcome in STAGE_AFTER:
        application.stage = STAGE_AFTER[Outcome(outcome)]
    application_save(application=application)
    return created
