"""S1: when to raise salary and terms, per round, in both languages."""

import pytest

from secondround.coach.pay_timing import TEXTS, terms_timing, timing_code


@pytest.mark.parametrize(
    ("round_number", "stage", "has_offer", "code"),
    [
        (1, "round_one", False, "round_one"),
        (1, "letter", False, "round_one"),
        (2, "round_two", False, "later_round"),
        (3, "further", False, "later_round"),
        (2, "round_two", True, "offer"),
        (2, "offer", False, "offer"),
        (1, "offer", False, "offer"),
        (2, "accepted", False, None),
        (2, "rejected", True, None),
        (1, "withdrawn", False, None),
    ],
)
def test_the_advice_fits_the_round_and_stage(round_number, stage, has_offer, code) -> None:
    assert timing_code(round_number=round_number, stage=stage, has_offer=has_offer) == code


@pytest.mark.parametrize(
    ("round_number", "stage", "lang", "words", "link"),
    [
        (1, "round_one", "nl", "begin er zelf niet over", ""),
        (1, "round_one", "en", "do not raise it yourself", ""),
        (2, "round_two", "nl", "zet je cijfers klaar", "numbers"),
        (2, "round_two", "en", "have your numbers ready", "numbers"),
        (2, "offer", "nl", "hele pakket", "compare"),
        (2, "offer", "en", "whole package", "compare"),
    ],
)
def test_the_card_says_it_in_the_language_asked(round_number, stage, lang, words, link) -> None:
    advice = terms_timing(round_number=round_number, stage=stage, lang=lang)
    assert advice is not None
    text = (advice.title + " " + " ".join(advice.points)).lower()
    assert words in text
    assert advice.link == link


@pytest.mark.parametrize("code", sorted(TEXTS))
def test_every_card_has_as_many_points_in_dutch_as_in_english(code) -> None:
    nl, en = TEXTS[code]["nl"], TEXTS[code]["en"]
    assert len(nl["points"]) == len(en["points"]) >= 3
    assert nl["title"] != en["title"]


def test_later_rounds_say_how_to_raise_terms_when_nobody_does() -> None:
    advice = terms_timing(round_number=2, stage="round_two", lang="nl")
    assert advice is not None
    text = " ".join(advice.points)
    assert "enthousiasme" in text and "per mail of telefoon" in text
    assert "Begin het gesprek niet met salaris" in text


def test_a_closed_application_gets_no_card() -> None:
    assert terms_timing(round_number=2, stage="declined", lang="en") is None
