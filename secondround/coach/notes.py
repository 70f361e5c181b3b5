"""Free-text notes the candidate types: one item per line, with or without a bullet."""

from __future__ import annotations

import re

from .lang import load

BULLETS = " -•*\t"


def note_lines(text: str) -> list[str]:
    """The items of a note, one per line, without bullets and blank lines."""
    return [item for line in text.splitlines() if (item := line.strip(BULLETS))]


def merge_notes(first: str, second: str) -> str:
    """Two notes on the same thing as one, losing no word: a note that the other already holds is
    dropped; otherwise both stay, separated by a blank line."""
    first, second = first.strip(), second.strip()
    if second in first:
        return first
    if first in second:
        return second
    return f"{first}\n\n{second}"


# A topic line that opens with one of these is something the candidate wants to look up or ask
# themself, not a topic the interviewer comes back to. Saving the notes and the upgrade of older
# exports read this list (and so does the migration that once moved such lines out of the topics).
RESEARCH_LEADS = {
    "nl": (
        "uitzoeken", "nagaan", "opzoeken", "navragen", "opvragen", "vragen", "kijken of",
        "checken", "nakijken", "nalezen", "googelen", "googlen",
    ),
    "en": ("find out", "look up", "check", "ask", "find", "see whether", "see if", "google"),
}  # fmt: skip
# Of those, the ones the candidate does on her own: such a point is no question to ask them.
LOOKUP_LEADS = {
    "nl": ("opzoeken", "nakijken", "nalezen", "googelen", "googlen"),
    "en": ("look up", "google"),
}
# Longest first, so that "find out" is read as a whole and not as "find".
_LEADS = sorted(
    (lead for leads in RESEARCH_LEADS.values() for lead in leads), key=len, reverse=True
)


def _question_next(lang: str, *more: str) -> str:
    """A question word after the lead: the words that open an indirect question in the notes
    (`round_notes.json`), and `more` ("Vragen naar de reiskosten", "Ask about parking")."""
    words = [*load("round_notes.json")["question_words"][lang], *more]
    return r"\s+(?:" + "|".join(sorted(words, key=len, reverse=True)) + r")\b"


# Leads that are also nouns or plain verbs ("Vragen over de proeftijd" is a topic): research only
# when a question word follows ("Vragen wie de roadmap bepaalt", "Ask who owns it"). A line that
# opens with "find" is a look-up whatever follows ("find the annual report").
_QUESTION_NEXT = {
    "vragen": _question_next("nl", "naar"),
    "ask": _question_next("en", "about", "for"),
}


def _lead_pattern(lead: str) -> str:
    after = _QUESTION_NEXT.get(lead, r"$|[\s:,.;!?]")
    return re.escape(lead).replace(r"\ ", r"\s+") + f"(?={after})"


_RESEARCH = re.compile(r"^(?:" + "|".join(_lead_pattern(lead) for lead in _LEADS) + r")", re.I)


def research_lead(line: str) -> str:
    """The research word a note opens with ("Uitzoeken", "find out"), or "" when it has none. A
    word that merely starts the same ("checklist", "check-in") is no research note."""
    found = _RESEARCH.match(" ".join(line.strip(BULLETS).split()))
    return found.group(0) if found else ""


def is_lookup(point: str) -> bool:
    """Whether the point is one the candidate looks up herself ("opzoeken …", "look up …")."""
    lead = " ".join(research_lead(point).lower().split())
    return lead in (*LOOKUP_LEADS["nl"], *LOOKUP_LEADS["en"])


# Leads that say no more than the label above the points ("Wat ik nog wil uitzoeken", "Nog
# nagaan:"): left out when a point is shown under it. "Opzoeken" or "navragen" say how, so stay.
_SAID_BY_LABEL = {"uitzoeken", "nagaan", "checken", "nakijken", "kijken of", "find out", "check",
                  "see whether", "see if"}  # fmt: skip


def shown_point(point: str) -> str:
    """A point to find out as a line under its label: "Nagaan of thuiswerken in de cao staat" →
    "Of thuiswerken in de cao staat", "uitzoeken hoe ze de NPS meten" → "Hoe ze de NPS meten"."""
    text = " ".join(point.strip(BULLETS).split())
    lead = research_lead(text)
    if lead.lower() in _SAID_BY_LABEL and (rest := text[len(lead) :].lstrip(" :,.;-")):
        kept = [w for w in lead.split()[1:] if w.lower() in ("of", "whether", "if")]  # "kijken of"
        text = " ".join([*kept, rest])
    return text[:1].upper() + text[1:]


def split_research(topics: str) -> tuple[str, str]:
    """`topics` as (the topics that stay, the lines that are plainly research notes), each line
    as it was typed. Lines are not reordered and nothing is dropped but surrounding blank lines
    (and the semicolon between a research point and the topic it shared a line with)."""
    kept: list[str] = []
    moved: list[str] = []
    for line in topics.splitlines():
        # A line with semicolons holds several points, as the interviewer reads it
        # (`round_notes.split_points`): "Inwerkperiode; uitzoeken hoe ze de NPS meten".
        parts = line.split(";")
        research = [part.strip() for part in parts if research_lead(part)]
        if not research:
            kept.append(line.rstrip())
            continue
        moved.extend(research)
        rest = [part.strip() for part in parts if part.strip() and not research_lead(part)]
        if rest:
            kept.append("; ".join(rest))
    return "\n".join(kept).strip("\n"), "\n".join(moved)


def add_lines(text: str, lines: str) -> str:
    """`text` with `lines` added below it, one per line; a line it already holds is not repeated."""
    have = {line.strip().casefold() for line in text.splitlines()}
    new = [line for line in lines.splitlines() if line.strip().casefold() not in have]
    return "\n".join(part for part in (text.rstrip(), *new) if part)
