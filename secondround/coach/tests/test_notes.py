"""Notes split into items and merged without losing a word (in Dutch and English)."""

from __future__ import annotations

import pytest

from secondround.coach.notes import merge_notes, note_lines


@pytest.mark.parametrize(
    ("text", "lines"),
    [
        (
            "Inwerkperiode\n- Planning\n• Doorgroeien\n\n",
            ["Inwerkperiode", "Planning", "Doorgroeien"],
        ),
        ("  * Onboarding  \n\t- Team size", ["Onboarding", "Team size"]),
        ("", []),
        ("-\n•\n", []),
        ("Half-time work stays whole", ["Half-time work stays whole"]),
    ],
)
def test_note_lines(text: str, lines: list[str]) -> None:
    assert note_lines(text) == lines


@pytest.mark.parametrize(
    ("first", "second", "merged"),
    [
        ("", "Mijn voorbeeld viel goed", "Mijn voorbeeld viel goed"),
        ("My example landed", "", "My example landed"),
        ("Twijfel over ervaring", "Twijfel over ervaring\n", "Twijfel over ervaring"),
        ("Voorbeeld viel goed\nGoede vraag", "Goede vraag", "Voorbeeld viel goed\nGoede vraag"),
        ("Goede vraag", "Voorbeeld viel goed\nGoede vraag", "Voorbeeld viel goed\nGoede vraag"),
        ("Team size", "Onboarding", "Team size\n\nOnboarding"),
        ("", "", ""),
    ],
)
def test_merge_notes_keeps_every_word(first: str, second: str, merged: str) -> None:
    assert merge_notes(first, second) == merged
