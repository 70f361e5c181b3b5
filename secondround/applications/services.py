"""Writes for applications, rounds, interviewers and round notes. Reads are in `selectors.py`."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone

from secondround.coach.notes import add_lines, split_research

from .models import TEXT_LIMIT, Application, Debrief, FitQuestion, Interviewer, Round


@transaction.atomic
def application_save(*, application: Application, user: Any | None = None) -> Application:
    if user is not None:
        application.user = user
    application.full_clean()
    application.save()
    return application


@transaction.atomic
def application_set_archived(*, application: Application, archived: bool) -> None:
    application.archived = archived
    application.save(update_fields=["archived"])


@transaction.atomic
def row_delete(*, row: models.Model) -> None:
    """Delete an application, interviewer or round; what belongs to it goes with it (CASCADE)."""
    row.delete()


@transaction.atomic
def interviewer_save(*, interviewer: Interviewer) -> Interviewer:
    interviewer.full_clean()
    interviewer.save()
    return interviewer


def round_next_number(*, application: Application) -> int:
    highest = application.rounds.aggregate(highest=Max("number"))["highest"] or 0
    return min(highest + 1, 20)


@transaction.atomic
def round_save(*, round: Round, interviewers: list[Interviewer] | None = None) -> Round:
    round.full_clean()
    round.save()
    if interviewers is not None:
        # Only people of this application can sit at this table.
        round.interviewers.set(
            [i for i in interviewers if i.application_id == round.application_id]
        )
    return round


@transaction.atomic
def debrief_save(*, debrief: Debrief) -> int:
    """Save the notes. A topic line that is plainly the candidate's own research ("uitzoeken …",
    "find out …") moves to what she still wants to find out, as the migration did for older notes:
    the practice interviewer would ask it otherwise; not when the list would grow past the limit
    of a text (an export could not be read back then), and then nothing moves. Returns how many
    lines moved. A point that was ticked off and is no longer in the list loses its tick."""
    kept, moved = split_research(debrief.topics)
    grown = add_lines(debrief.find_out, moved) if moved else debrief.find_out
    if moved and len(grown) <= TEXT_LIMIT:
        debrief.topics, debrief.find_out = kept, grown
    else:
        moved = ""
    points = set(debrief.find_out_points)
    debrief.found_out = [point for point in debrief.found_out if point in points]
    debrief.updated = timezone.now()
    debrief.full_clean()
    debrief.save()
    return len(moved.splitlines())


@transaction.atomic
def debrief_find_out_tick(*, debrief: Debrief, point: str, done: bool) -> None:
    """Tick a point to find out off (`done`), or open it again. The notes keep their words."""
    ticked = [p for p in debrief.found_out if p != point]
    debrief.found_out = [*ticked, point] if done else ticked
    debrief.full_clean()
    debrief.save(update_fields=["found_out"])


@transaction.atomic
def fit_question_save(*, question: FitQuestion) -> FitQuestion:
    question.text = " ".join(question.text.split())
    if not question.answer.strip():
        question.answered_in = None
    question.full_clean()
    question.save()
    return question
