"""Who is at the table (METHOD P1-P3): what a panel means for the talk, derived from plain data."""

from __future__ import annotations

from dataclasses import dataclass, field

from .lang import Lang, load, pick

KINDS: tuple[str, ...] = ("hr", "colleague", "manager", "director", "other")


@dataclass(frozen=True)
class PanelMember:
    """One interviewer at the table of a round. `known` means they were at the previous round."""

    name: str
    kind: str
    known: bool = False
    role_title: str = ""


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


def _names(members: list[PanelMember]) -> str:
    return ", ".join(member.name for member in members)


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
    notes = [_note(f"situation_{situation}", lang, new=_names(new), known=_names(known))]
    if round_number >= 2 and situation != "empty":
        notes.append(_note("round_two_adds", lang))
    kinds_seen = []
    for member in members:
        if member.kind not in kinds_seen:
            kinds_seen.append(member.kind)
    for kind in kinds_seen:
        names = _names([m for m in members if m.kind == kind])
        notes.append(_note(f"kind_{kind if kind in KINDS else 'other'}", lang, names=names))
    if len(members) > 1:
        notes.append(_note("spread_attention", lang))
    return PanelReading(new=new, known=known, situation=situation, notes=notes)
