"""Dutch words that read right to a Dutch user, in every catalogue, the coach's knowledge files and
the README: speech to text is never called "uitschrijven" (that is unsubscribing), and no text
breaks off at the hyphen of a compound ("AI-" for "AI-interviewer")."""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest
from django.urls import reverse

from .test_spelling import texts

README = Path(__file__).resolve().parents[2] / "README.md"
# "uitschrijven", "uitgeschreven", "schrijft … uit" for a transcript: each reads as unsubscribing.
UNSUBSCRIBE = re.compile(r"uitschrijv|uitgeschrev|uitschrijft", re.IGNORECASE)
# A word cut at its hyphen, unless another word shares the tail: "hoofd- en bijzaken".
CUT_OFF = re.compile(r"\w-(?!\w)(?! (?:en|of) )")


def test_no_dutch_text_calls_speech_to_text_unsubscribing() -> None:
    found = [where for where, text in texts("nl") if UNSUBSCRIBE.search(text)]
    dutch_readme = README.read_text(encoding="utf-8").split('<a id="english">')[0]
    assert found == [] and not UNSUBSCRIBE.search(dutch_readme)


@pytest.mark.parametrize(
    ("text", "wrong"),
    [
        ("Mijn opnames uitschrijven", True),
        ("De uitgeschreven tekst", True),
        ("Mijn opnames laten omzetten naar tekst", False),
    ],
)
def test_the_unsubscribe_check_finds_the_word(text: str, wrong: bool) -> None:
    assert bool(UNSUBSCRIBE.search(text)) is wrong


def test_no_dutch_text_breaks_off_at_a_hyphen() -> None:
    assert [(where, text) for where, text in texts("nl") if CUT_OFF.search(text)] == []


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        ("AI-", True),
        ("De AI- staat aan.", True),
        ("AI-interviewer", False),
        ("je hoofd- en bijzaken", False),
        ("Geen reis- of thuiswerkvergoeding", False),
    ],
)
def test_the_hyphen_check_finds_a_cut_off_word(text: str, cut: bool) -> None:
    assert bool(CUT_OFF.search(text)) is cut


def test_the_speaking_settings_read_in_full_in_dutch(alice_client: Any) -> None:
    page = alice_client.get(reverse("talk:settings")).content.decode()
    assert '<h2 id="h-interviewer">AI-interviewer</h2>' in page
    assert '<h2 id="h-transcription">Spraak naar tekst</h2>' in page
    assert "Mijn opnames laten omzetten naar tekst" in page
    assert "Server voor spraak naar tekst" in page
