"""What the interview-day pages show and other apps may read: checklists, the sector note, the
questions of the bank to tick after a round, the e-mail drafts and who is waiting for news. Writes
are in `services.py`."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from typing import Any, cast

from django.db.models import Q
from django.utils import timezone

from secondround.applications.selectors import Application, Round, debrief_for, round_address
from secondround.coach import aftercare, assignments
from secondround.coach.lang import Lang
from secondround.coach.questions import questions_they_ask
from secondround.practice.selectors import practised_question_ids
from secondround.urlmaker import url_maker

from .models import Assignment, Decision, Outcome


def interview_date(round: Round, *, today: date) -> date:
    """The day of the round in local time; today when the round has no date."""
    return timezone.localtime(round.starts_at).date() if round.starts_at else today


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


@dataclass(frozen=True)
class BankQuestion:
    id: str
    text: str
    category: str = ""


def bank_questions(lang: Lang, *, round_number: int | None = None) -> list[BankQuestion]:
    """Questions interviewers ask, from the coach's bank, to tick after a round (A1). With a round
    number, only those asked in that kind of round ("first", "second" or "both")."""
    wanted = {"both", "first" if round_number == 1 else "second"}
    return [
        BankQuestion(id=item.id, text=item.text_in(lang), category=item.category)
        for item in questions_they_ask()
        if round_number is None or item.round in wanted
    ]


def short_bank(
    round: Round, *, lang: Lang, selected: list[str], query: str = "", limit: int = 20
) -> list[BankQuestion]:
    """The questions to tick after a round (A1): those practised for it, those already ticked,
    and what a search finds; not the whole bank."""
    bank = bank_questions(lang)
    keep = set(practised_question_ids(round)) | set(selected)
    words = query.lower().split()
    found = [q for q in bank if words and all(w in q.text.lower() for w in words)][:limit]
    return [q for q in bank if q.id in keep] + [q for q in found if q.id not in keep]


def expected(decision: Decision) -> aftercare.Decision:
    # decision_save fills the dates and the source together; callers pass saved decisions.
    return aftercare.Decision(
        earliest=cast(date, decision.earliest),
        latest=cast(date, decision.latest),
        follow_up_on=cast(date, decision.follow_up_on),
        source=cast(aftercare.Source, decision.source),
    )


def panel_names(round: Round) -> list[str]:
    return [person.name for person in round.interviewers.all()]


def default_topic(round: Round) -> str:
    """The first topic of the round notes, else the first line of what went well."""
    debrief = debrief_for(round)
    if debrief.topic_list:
        return debrief.topic_list[0]  # topics are noun phrases; what went well is often a sentence
    return debrief.first_went_well


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
    return aftercare.follow_up_email(
        names=panel_names(round),
        role=round.application.role,
        company=round.application.company,
        interview_date=interview_date(round, today=today),
        candidate_name=candidate_name,
        lang=lang,
        address=round_address(round),
    )


@dataclass(frozen=True)
class Waiting:
    decision: Decision
    status: aftercare.Waiting
    overdue: bool
    round_url: str = ""  # the lists' addresses, each name reversed once per list (url_maker)
    follow_up_url: str = ""


def waiting_rows(application_ids: list[int], *, today: date) -> list[Waiting]:
    """Applications waiting for news after a round, with the coach's status; one query."""
    return _waiting(Q(round__application_id__in=application_ids), today=today)


def waiting_of_user(user: Any, *, today: date) -> list[Waiting]:
    """`waiting_rows` for every application of the user that is not archived (the dashboard), read
    by the user rather than by a list of ids, which costs the ORM one parameter per application."""
    return _waiting(
        Q(round__application__user=user, round__application__archived=False), today=today
    )


def _waiting(scope: Q, *, today: date) -> list[Waiting]:
    decisions = (
        Decision.objects.filter(scope, outcome=Outcome.WAITING)
        .exclude(follow_up_on=None)
        .select_related("round__application")
        .order_by("follow_up_on", "pk")
    )
    round_url, follow_up_url = url_maker("applications:round"), url_maker("interviewday:follow_up")
    return [
        waiting_for(
            decision,
            today=today,
            round_url=round_url(decision.round_id),
            follow_up_url=follow_up_url(decision.round_id),
        )
        for decision in decisions
    ]


def waiting_for(
    decision: Decision, *, today: date, round_url: str = "", follow_up_url: str = ""
) -> Waiting:
    status = aftercare.waiting_status(expected(decision), today)
    return Waiting(
        decision=decision,
        status=status,
        overdue=status.state == "follow_up_due",
        round_url=round_url,
        follow_up_url=follow_up_url,
    )
