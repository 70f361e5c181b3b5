"""Read-side helpers shared by the views and the template tags: checklists, the sector note, the
e-mail drafts and who is waiting for news. No writes here."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any

from secondround.applications.models import Application, Round
from secondround.applications.services import round_address
from secondround.coach import aftercare, assignments
from secondround.coach.lang import Lang

from .models import Assignment, Decision, Outcome, Reflection


@dataclass(frozen=True)
class CheckItem:
    key: str
    text: str
    when: str
    done: bool


def checklist_items(assignment: Assignment, *, lang: Lang) -> list[CheckItem]:
    items = assignments.checklist(assignment.type, assignment.subtype or None, lang)
    done = set(assignment.ticked)
    return [
        CheckItem(
            key=item.key,
            text=item.text,
            when=assignments.when_label(item.days_before, lang),
            done=item.key in done,
        )
        for item in items
    ]


def assignment_day(assignment: Assignment, *, today: date) -> date:
    """The day the timeline counts back from: the assignment's own date, else the interview's."""
    from .services import interview_date

    return assignment.due_on or interview_date(assignment.round, today=today)


def timeline(assignment: Assignment, *, lang: Lang, today: date) -> list[Any]:
    day = assignment_day(assignment, today=today)
    return assignments.timeline(assignment.type, assignment.subtype or None, day, lang)


def sector_note(application: Application, *, lang: Lang) -> str | None:
    """Government and healthcare often end with an assessment or psychological test (R5)."""
    if application.sector:
        note = assignments.sector_note(application.sector, lang)
        if note:
            return note
    text = f"{application.company}\n{application.role}\n{application.vacancy_text}"
    sector = assignments.detect_sector(text)
    return assignments.sector_note(sector, lang) if sector else None


def expected(decision: Decision) -> aftercare.Decision:
    return aftercare.Decision(
        earliest=decision.earliest,
        latest=decision.latest,
        follow_up_on=decision.follow_up_on,
        source=decision.source,
    )


def panel_names(round: Round) -> list[str]:
    return [person.name for person in round.interviewers.all()]


def default_topic(round: Round) -> str:
    """The first topic of the round notes, else the first line of what went well."""
    debrief = getattr(round, "debrief", None)
    if debrief is not None and debrief.topic_list:
        return debrief.topic_list[0]  # topics are noun phrases; what went well is often a sentence
    reflection = Reflection.objects.filter(round=round).first()
    if reflection and reflection.first_went_well:
        return reflection.first_went_well
    return ""


def thank_you(round: Round, *, topic: str, lang: Lang, candidate_name: str) -> aftercare.Draft:
    return aftercare.thank_you_email(
        names=panel_names(round),
        topic=topic,
        role=round.application.role,
        company=round.application.company,
        candidate_name=candidate_name,
        lang=lang,
        address=round_address(round),
    )


def follow_up(round: Round, *, lang: Lang, candidate_name: str, today: date) -> aftercare.Draft:
    from .services import interview_date

    return aftercare.follow_up_email(
        names=panel_names(round),
        role=round.application.role,
        company=round.application.company,
        interview_date=interview_date(round, today=today),
        candidate_name=candidate_name,
        lang=lang,
        address=round_address(round),
    )


def asked_question_counts(user: Any) -> dict[str, int]:
    """How often each bank question was ticked as asked, over all of a user's rounds: for practice
    to focus on the questions that come back (A1). One query."""
    counts: dict[str, int] = {}
    for ids in Reflection.objects.for_user(user).values_list("asked_question_ids", flat=True):
        for key in ids or []:
            counts[key] = counts.get(key, 0) + 1
    return counts


@dataclass(frozen=True)
class Waiting:
    decision: Decision
    status: aftercare.Waiting
    overdue: bool


def waiting_rows(application_ids: list[int], *, today: date) -> list[Waiting]:
    """Applications waiting for news after a round, with the coach's status; one query."""
    decisions = (
        Decision.objects.filter(round__application_id__in=application_ids, outcome=Outcome.WAITING)
        .exclude(follow_up_on=None)
        .select_related("round__application")
        .order_by("follow_up_on", "pk")
    )
    return [waiting_for(decision, today=today) for decision in decisions]


def waiting_for(decision: Decision, *, today: date) -> Waiting:
    status = aftercare.waiting_status(expected(decision), today)
    return Waiting(decision=decision, status=status, overdue=status.state == "follow_up_due")
