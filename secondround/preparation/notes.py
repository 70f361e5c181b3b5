"""The previous round's notes read as preparation for this round (R1 → R3, D7): one reading that the
plan, the mock, the round page and the sheet all use."""

from __future__ import annotations

from secondround.applications.models import Interviewer, Round
from secondround.applications.services import previous_round
from secondround.coach.lang import Lang
from secondround.coach.round_notes import Asker, ExampleInfo, NotePoint, read_notes

from .models import Example


def known_askers(round: Round) -> list[Asker]:
    """The people at this table who were also at an earlier round, each with their je or u."""
    earlier = set(
        Interviewer.objects.filter(
            rounds__application_id=round.application_id, rounds__number__lt=round.number
        ).values_list("pk", flat=True)
    )
    people = round.interviewers.select_related("application")
    return [Asker(name=i.name, address=i.address) for i in people if i.pk in earlier]


def example_infos(user: object) -> list[ExampleInfo]:
    return [
        ExampleInfo(
            id=e.pk,
            title=e.title,
            text=e.telling,
            competencies=tuple(e.competencies or ()),
            missing_parts=tuple(e.missing_parts or ()),
        )
        for e in Example.objects.for_user(user).order_by("pk")
    ]


def notes_reading(round: Round, *, lang: Lang) -> list[NotePoint]:
    """Doubts and topics of the previous round's notes, as points to prepare for this round."""
    previous = previous_round(round)
    notes = getattr(previous, "debrief", None) if previous else None
    if notes is None:
        return []
    return read_notes(
        doubts=notes.doubts,
        topics=notes.topics,
        askers=known_askers(round),
        examples=example_infos(round.application.user),
        lang=lang,
    )
