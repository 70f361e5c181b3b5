"""Who is at the table (METHOD P1-P3): what a panel means for the talk, derived from plain data."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from dataclasses import dataclass, field
from typing import Protocol

from .address import Address
from .lang import Lang, load, pick, pick_count
from .names import first_name, join_names

KINDS: tuple[str, ...] = ("hr", "colleague", "manager", "director", "other")


@dataclass(frozen=True)
class PanelMember:
    """One interviewer at the table of a round. `known` means they were at the previous round."""

    name: str
    kind: str
    known: bool = False
    role_title: str = ""
    address: Address = "je"  # how the candidate addresses them in Dutch (coach/address.py)


class Seat(Protocol):
    """Someone at the table, as the mock (`PanelMember`) or the follow-ups (`Asker`) know them."""

    @property
    def name(self) -> str: ...
    @property
    def kind(self) -> str: ...
    @property
    def known(self) -> bool: ...


def who_asks(seats: Sequence[Seat], *, asker: str, kinds: Iterable[str]) -> int | None:
    """Which person at the table asks a question (their index): the one named as its `asker`,
    else someone of a kind that asks it (`kinds`), a known face first, else anyone; None when
    nobody sits at the table. The mock words the question in this person's form of address and
    the follow-ups come from them, so both ask the same person."""
    named = [index for index, seat in enumerate(seats) if asker and seat.name == asker]
    if named:
        return named[0]
    wanted = set(kinds)
    fitting = [index for index, seat in enumerate(seats) if seat.kind in wanted]
    fitting = fitting or list(range(len(seats)))
    fitting.sort(key=lambda index: not seats[index].known)
    return fitting[0] if fitting else None


@dataclass(frozen=True)
class Note:
    """One thing the coach observed, with the method point it comes from."""

    code: str
    point: str
    text: str


@dataclass(frozen=True)
class PanelReading:
    new: list[PanelMember]
    known: list[PanelMember]
    situation: str  # "first_time", "all_known", "all_new", "mixed", "empty"
    notes: list[Note] = field(default_factory=list)


def _note(code: str, lang: Lang, **values: str) -> Note:
    entry = load("panel.json")[code]
    return Note(code=code, point=entry["point"], text=pick(entry, lang).format(**values))


def _names(members: list[PanelMember], lang: Lang) -> str:
    return join_names([" ".join(member.name.split()) for member in members], lang)


def _counted(code: str, lang: Lang, members: list[PanelMember], **values: str) -> str:
    """A sentence about one person or several: the verb agrees, and one person is named by first
    name where a pronoun would have to guess ("Verwacht van Joost vragen ...")."""
    entry = load("panel.json")[code]
    first = first_name(" ".join(members[0].name.split())) if members else ""
    return pick_count(entry, len(members), lang).format(first=first, **values)


def _situation_note(
    situation: str, lang: Lang, new: list[PanelMember], known: list[PanelMember]
) -> Note:
    names = {"new": _names(new, lang), "known": _names(known, lang)}
    if situation == "mixed":
        text = " ".join(
            [
                _counted("situation_mixed_new", lang, new, **names),
                _counted("situation_mixed_known", lang, known, **names),
            ]
        )
        return Note(code="situation_mixed", point="P2", text=text)
    if situation in ("all_known", "all_new"):
        members = known if situation == "all_known" else new
        text = _counted(f"situation_{situation}", lang, members, **names)
        return Note(code=f"situation_{situation}", point="P2", text=text)
    return _note(f"situation_{situation}", lang)


def _situation(round_number: int, new: list[PanelMember], known: list[PanelMember]) -> str:
    if not new and not known:
        return "empty"
    if round_number <= 1:
        return "first_time"
    if not new:
        return "all_known"
    if not known:
        return "all_new"
    return "mixed"


def read_panel(members: list[PanelMember], *, round_number: int, lang: Lang) -> PanelReading:
    """Explain what this panel means for round `round_number`: who is new, who is known, and what each
    kind of interviewer looks for."""
    new = [m for m in members if not m.known]
    known = [m for m in members if m.known]
    situation = _situation(round_number, new, known)
    notes = [_situation_note(situation, lang, new, known)]
    if round_number >= 2 and situation != "empty":
        notes.append(_note("round_two_adds", lang))
    kinds_seen = []
    for member in members:
        if member.kind not in kinds_seen:
            kinds_seen.append(member.kind)
    for kind in kinds_seen:
        names = _names([m for m in members if m.kind == kind], lang)
        notes.append(_note(f"kind_{kind if kind in KINDS else 'other'}", lang, names=names))
    if len(members) > 1:
        notes.append(_note("spread_attention", lang))
    return PanelReading(new=new, known=known, situation=situation, notes=notes)
