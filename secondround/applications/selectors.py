"""What other apps may read of applications, rounds, the people at the table and the round notes.

Other apps reach this app only through this module (reads) and `services.py` (writes); a test parses
every import to hold them to it. The model classes and choices are re-exported here for type hints,
form choices and comparisons; querying goes through the functions below.
"""

from __future__ import annotations

from typing import Any

from django.db.models import QuerySet

from secondround.coach.address import Address, address_for, for_everyone
from secondround.coach.lang import as_lang
from secondround.coach.panel import PanelMember, PanelReading, read_panel

from .models import (
    CLOSED_STAGES,
    DEBRIEF_TEXTS,
    INTERVIEWER_TEXTS,
    TEXT_LIMIT,
    Application,
    Debrief,
    FitQuestion,
    Interviewer,
    InterviewerKind,
    Round,
    RoundStatus,
    Stage,
    filled_debrief_exists,
)

__all__ = [
    "CLOSED_STAGES",
    "DEBRIEF_TEXTS",
    "INTERVIEWER_TEXTS",
    "TEXT_LIMIT",
    "Application",
    "Debrief",
    "FitQuestion",
    "Interviewer",
    "InterviewerKind",
    "Round",
    "RoundStatus",
    "Stage",
    "applications_for",
    "asked_question_counts",
    "debrief_for",
    "notes_of",
    "previous_round",
    "round_address",
    "round_panel",
    "round_reading",
    "rounds_for",
    "still_to_look_up",
    "filled_debrief_exists",
]


def applications_for(user: Any) -> QuerySet[Application]:
    return Application.objects.for_user(user)


def rounds_for(user: Any) -> QuerySet[Round]:
    return Round.objects.for_user(user)


def previous_round(round: Round) -> Round | None:
    """The latest earlier round of the same application that was not cancelled."""
    return (
        round.application.rounds.filter(number__lt=round.number)
        .exclude(status="cancelled")
        .select_related("debrief")
        .order_by("-number")
        .first()
    )


def next_round(round: Round) -> Round | None:
    """The first later round of the same application that was not cancelled."""
    later = round.application.rounds.filter(number__gt=round.number).exclude(status="cancelled")
    return later.order_by("number").first()


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


def round_address(round: Round, panel: list[PanelMember] | None = None) -> Address:
    """Je or u for what is said or written to the whole table (a mail, the questions to ask, the
    salary words): "u" as soon as one of them gets "u"; with nobody named yet, the employer's.
    `panel`: the round's `round_panel` when the caller has it already (one query less)."""
    members = round_panel(round) if panel is None else panel
    if not members:
        return round.application.address
    return for_everyone(member.address for member in members)


def still_to_look_up(round: Round) -> list[Interviewer]:
    """The people at this table nobody has looked up yet (P1)."""
    return [i for i in round.interviewers.all() if not i.looked_up]


def round_reading(
    round: Round, *, lang: str, panel: list[PanelMember] | None = None
) -> PanelReading:
    members = round_panel(round) if panel is None else panel
    return read_panel(members, round_number=round.number, lang=as_lang(lang))


def debrief_for(round: Round) -> Debrief:
    """The notes of this round: the saved ones, else new empty ones (not saved). No query when the
    round was loaded with its debrief (`select_related("debrief")`)."""
    return notes_of(round) or Debrief(round=round)


def notes_of(round: Round | None) -> Debrief | None:
    """The saved notes of a round (None without a round or without notes); uses a `select_related`
    debrief when the round was loaded with one, as `previous_round` does."""
    return getattr(round, "debrief", None) if round is not None else None


def asked_question_counts(user: Any) -> dict[str, int]:
    """How often each bank question was ticked as asked, over all of a user's rounds: for practice
    to focus on the questions that come back (A1). One query."""
    counts: dict[str, int] = {}
    for ids in Debrief.objects.for_user(user).values_list("asked_question_ids", flat=True):
        for key in ids or []:
            counts[key] = counts.get(key, 0) + 1
    return counts
