"""Assignments and assessments in round two (METHOD R5): a checklist and a timeline per type, and a
note for the sectors where a final assessment or psychological test is common."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, timedelta
from functools import cache
from typing import Any, NamedTuple

from .competencies import term_pattern
from .lang import Lang, load, pick

FILE = "assignments.json"


@dataclass(frozen=True)
class Subtype:
    key: str
    name: str


@dataclass(frozen=True)
class AssignmentType:
    key: str
    name: str
    subtypes: tuple[Subtype, ...]  # empty for every type but "assessment"


@dataclass(frozen=True)
class ChecklistItem:
    key: str
    text: str
    days_before: int  # 0 = on the day itself, 1 = the evening before


class TimelineEntry(NamedTuple):
    when: date
    text: str


def _types() -> dict[str, Any]:
    types: dict[str, Any] = load(FILE)["types"]
    return types


def assignment_types(lang: Lang) -> list[AssignmentType]:
    return [
        AssignmentType(
            key=key,
            name=pick(entry["name"], lang),
            subtypes=tuple(
                Subtype(key=sub_key, name=pick(sub["name"], lang))
                for sub_key, sub in entry.get("subtypes", {}).items()
            ),
        )
        for key, entry in _types().items()
    ]


def checklist(kind: str, subtype: str | None, lang: Lang) -> list[ChecklistItem]:
    """What to prepare for this kind of assignment, earliest first. An assessment adds the items of
    its subtype ("other" when none is given); other kinds ignore the subtype. KeyError for an
    unknown kind or assessment subtype."""
    entry = _types()[kind]
    items = list(entry["checklist"])
    if "subtypes" in entry:
        items += entry["subtypes"][subtype or "other"]["checklist"]
    ordered = sorted(items, key=lambda item: -item["days_before"])
    return [
        ChecklistItem(key=item["key"], text=pick(item, lang), days_before=item["days_before"])
        for item in ordered
    ]


def timeline(
    kind: str, subtype: str | None, interview_date: date, lang: Lang
) -> list[TimelineEntry]:
    """The checklist placed on the calendar before the interview date."""
    return [
        TimelineEntry(interview_date - timedelta(days=item.days_before), item.text)
        for item in checklist(kind, subtype, lang)
    ]


def when_label(days_before: int, lang: Lang) -> str:
    """Say when an item is due: "On the day itself", "The evening before", "5 days before"."""
    when = load(FILE)["when"]
    if days_before <= 0:
        return pick(when["day"], lang)
    if days_before == 1:
        return pick(when["evening"], lang)
    return pick(when["days"], lang).format(days=days_before)


@cache
def _sector_patterns() -> tuple[tuple[str, Any], ...]:
    sectors = load(FILE)["sectors"]
    return tuple((key, term_pattern(*entry["terms"])) for key, entry in sectors.items())


def detect_sector(text: str) -> str | None:
    """Return "government" or "healthcare" when a company name or vacancy text points there (the
    sector named first wins), else None. "Je draagt zorg voor" is not healthcare: only "in de
    zorg" and compounds like "thuiszorg" count."""
    hits = []
    for key, pattern in _sector_patterns():
        found = pattern.search(text)
        if found:
            hits.append((found.start(), key))
    return min(hits)[1] if hits else None


def sector_note(sector: str, lang: Lang) -> str | None:
    """Why to expect a final assessment or psychological test, for a sector field ("overheid",
    "zorg", "healthcare") or any text that names one; None for other sectors."""
    sectors = load(FILE)["sectors"]
    plain = " ".join(sector.lower().split())
    key = next((k for k, entry in sectors.items() if plain in entry["exact"]), None)
    key = key or detect_sector(sector)
    return pick(sectors[key]["note"], lang) if key else None
