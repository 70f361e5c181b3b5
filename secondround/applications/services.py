"""Writes for applications, rounds, interviewers and round notes; and the panel of a round as plain data."""

from __future__ import annotations

from typing import Any

from django.db import models, transaction
from django.db.models import Max
from django.utils import timezone

from secondround.coach.address import Address, address_for, for_everyone
from secondround.coach.panel import PanelMember, PanelReading, read_panel

from .models import Application, Debrief, FitQuestion, Interviewer, Round


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
def debrief_save(*, debrief: Debrief) -> Debrief:
    debrief.updated = timezone.now()
    debrief.full_clean()
    debrief.save()
    return debrief


@transaction.atomic
def fit_question_save(*, question: FitQuestion) -> FitQuestion:
    question.text = " ".join(question.text.split())
    if not question.answer.strip():
        question.answered_in = None
    question.full_clean()
    question.save()
    return question


def still_to_look_up(round: Round) -> list[Interviewer]:
    """The people at this table nobody has looked up yet (P1)."""
    return [i for i in round.interviewers.all() if not i.looked_up]


def previous_round(round: Round) -> Round | None:
    """The latest earlier round of the same application that was not cancelled."""
    return (
        round.application.rounds.filter(number__lt=round.number)
        .exclude(status="cancelled")
        .select_related("debrief")
        .order_by("-number")
        .first()
    )


def round_panel(round: Round) -> list[PanelMember]:
    """The people at this table; `known` when they sat at an earlier round of the same application."""
    earlier = set(
        Interviewer.objects.filter(
            rounds__application_id=round.application_id, rounds__number__lt=round.number
        ).values_list("pk", flat=True)
    )
    sector = round.application.sector
    return [
        PanelMember(
            name=i.name,
            kind=i.kind,
            known=i.pk in earlier,
            role_title=i.role_title,
            address=address_for(i.form_of_address, kind=i.kind, sector=sector),
        )
        for i in round.interviewers.all()
    ]


def round_address(round: Round) -> Address:
    """Je or u for what is said or written to the whole table (a mail, the questions to ask): "u"
    as soon as one of them gets "u"."""
    return for_everyone(member.address for member in round_panel(round))


def round_reading(round: Round, *, lang: str) -> PanelReading:
    return read_panel(
        round_panel(round), round_number=round.number, lang="en" if lang == "en" else "nl"
    )
