"""Free-text notes the candidate types: one item per line, with or without a bullet."""

from __future__ import annotations

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
