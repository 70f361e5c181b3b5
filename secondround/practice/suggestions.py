"""Questions to ask, suggested from the people at the table of a round (D5, D7)."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from django.utils import timezone

from secondround.applications.models import Round
from secondround.applications.services import round_address, round_panel
from secondround.coach import questions as coach
from secondround.coach.address import Address
from secondround.coach.lang import as_lang

from .labels import kind_label
from .models import Direction, OwnQuestion, RoundQuestion

OWN_PREFIX = "own:"


@dataclass(frozen=True)
class Suggestion:
    id: str
    text: str
    why: str
    for_kinds: tuple[str, ...]

    @property
    def kind_labels(self) -> list[str]:
        return [kind_label(kind) for kind in self.for_kinds]


def _kinds_at_table(round: Round) -> list[str]:
    kinds: list[str] = []
    for member in round_panel(round):
        if member.kind not in kinds:
            kinds.append(member.kind)
    return kinds


def _own(user: Any, kinds: list[str]) -> list[Suggestion]:
    own = OwnQuestion.objects.for_user(user).filter(direction=Direction.TO_ASK)
    return [
        Suggestion(id=q.bank_id, text=q.text, why=q.tests, for_kinds=tuple(q.kinds or ()))
        for q in own
        if not q.kinds or not kinds or set(q.kinds) & set(kinds)
    ]


def next_table_address(user: Any) -> Address:
    """Je or u for the drills: the form of the table the user meets next (the latest round when
    none is planned), "je" before there is any round."""
    rounds = Round.objects.filter(application__user=user, application__archived=False)
    upcoming = rounds.filter(starts_at__gte=timezone.now()).order_by("starts_at").first()
    round = upcoming or rounds.order_by("-starts_at", "-pk").first()
    return round_address(round) if round else "je"


def for_round(round: Round, *, lang: str, limit: int = 8) -> list[Suggestion]:
    """Suggestions for this panel that are not on the list yet: the user's own first."""
    kinds = _kinds_at_table(round)
    taken = set(RoundQuestion.objects.filter(round=round).values_list("source_id", flat=True))
    found = coach.suggest_questions_to_ask(
        kinds,
        round_number=round.number,
        lang=as_lang(lang),
        limit=limit + len(taken),
        address=round_address(round),
    )
    suggested = [
        Suggestion(id=s.id, text=s.text, why=s.why, for_kinds=tuple(s.for_kinds)) for s in found
    ]
    everything = _own(round.application.user, kinds) + suggested
    return [s for s in everything if s.id not in taken][: limit + 4]


def text_for(source_id: str, *, round: Round, lang: str) -> str:
    """The wording of a suggestion the user picked ("" when the id is unknown or not theirs)."""
    if not source_id:
        return ""
    if source_id.startswith(OWN_PREFIX):
        pk = source_id.removeprefix(OWN_PREFIX)
        own = OwnQuestion.objects.for_user(round.application.user)
        own = own.filter(pk=pk if pk.isdigit() else 0).first()
        return own.text if own else ""
    for question in coach.questions_to_ask():
        if question.id == source_id:
            return question.text_in(as_lang(lang), round_address(round))
    return ""
