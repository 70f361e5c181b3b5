"""The salary moments (S1, S2, S4): per round, in je or u, with a range anchored on the numbers."""

from __future__ import annotations

import pytest

from secondround.coach.lang import LANGS, Lang
from secondround.coach.salary_talk import Numbers, ask_range, salary_moments, sheet_lines

MINE = Numbers(target=4000, minimum=3700, their_high=4500, hours=36)


@pytest.mark.parametrize(
    ("numbers", "expected"),
    [
        (Numbers(target=4000, minimum=3700, their_high=4500), (4000, 4500)),
        (Numbers(target=4000, minimum=3700, their_high=4100), (4000, 4350)),  # 8% above target
        (Numbers(target=4010), (4050, 4400)),  # round numbers
        (Numbers(minimum=3500), (3500, 3800)),
        (Numbers(their_high=4500), None),
    ],
)
def test_the_range_starts_at_the_target_and_reaches_their_top(numbers, expected) -> None:
    assert ask_range(numbers) == expected


@pytest.mark.parametrize(
    ("lang", "address", "question", "line"),
    [
        ("nl", "je", "Wat zijn je salarisverwachtingen?", "Ik heb gezien dat jullie bandbreedte"),
        ("nl", "u", "Wat zijn uw salarisverwachtingen?", "Ik heb gezien dat uw bandbreedte"),
        ("en", "je", "What are your salary expectations?", "I saw that your range"),
    ],
)
def test_expectations_follow_the_form_of_address(lang, address, question, line) -> None:
    moments = salary_moments(round_number=2, address=address, numbers=MINE, lang=lang)
    expectations = next(m for m in moments if m.code == "expectations")
    assert expectations.question == question
    assert expectations.lines[0].startswith(line)
    assert "4.000" in expectations.lines[0] or "4,000" in expectations.lines[0]


@pytest.mark.parametrize(
    ("address", "asks"), [("je", "Wanneer wil je mijn antwoord hebben?"),
                          ("u", "Wanneer wilt u mijn antwoord hebben?")],
)  # fmt: skip
def test_an_offer_in_the_room_thanks_asks_in_writing_and_asks_by_when(address, asks) -> None:
    moments = salary_moments(round_number=2, address=address, numbers=MINE, lang="nl")
    offer = next(m for m in moments if m.code == "offer_in_room")
    assert offer.lines[0].startswith("Dank")
    assert any("op de mail" in line for line in offer.lines)
    assert offer.lines[-1] == asks


@pytest.mark.parametrize("lang", LANGS)
def test_current_pay_offers_the_expectation_and_the_pay_history_rule(lang: Lang) -> None:
    moments = salary_moments(round_number=2, address="je", numbers=MINE, lang=lang)
    current = next(m for m in moments if m.code == "current_pay")
    assert "4.000" in current.lines[0] or "4,000" in current.lines[0]
    history = current.tips[-1]
    assert "2023/970" in history and "7 juni 2026" in history or "7 June 2026" in history
    assert "1 januari 2027" in history or "1 January 2027" in history


def test_round_one_has_no_offer_moment_and_short_tips() -> None:
    moments = salary_moments(round_number=1, address="je", numbers=MINE, lang="nl")
    assert [m.code for m in moments] == ["current_pay", "expectations", "not_raised"]
    not_raised = moments[-1]
    assert not_raised.tips[0].startswith("In de eerste ronde laat je het rusten")


def test_without_numbers_the_moments_say_to_set_them_and_leave_a_blank() -> None:
    moments = salary_moments(round_number=2, address="je", numbers=Numbers(), lang="nl")
    expectations = next(m for m in moments if m.code == "expectations")
    assert expectations.tips[0].startswith("Zet eerst je eigen cijfers klaar")
    assert "[je bandbreedte]" in expectations.lines[0]
    assert all("{" not in line for m in moments for line in m.lines)


def test_their_maximum_below_your_minimum_is_said() -> None:
    numbers = Numbers(target=4200, minimum=4000, their_high=3800)
    moments = salary_moments(round_number=2, address="je", numbers=numbers, lang="nl")
    expectations = next(m for m in moments if m.code == "expectations")
    assert "onder je minimum" in expectations.tips[0]


@pytest.mark.parametrize("lang", LANGS)
def test_the_sheet_has_three_lines_from_round_two_and_the_range_only_when_shown(lang) -> None:
    assert sheet_lines(round_number=1, numbers=MINE, show_numbers=True, lang=lang) == []
    hidden = sheet_lines(round_number=2, numbers=MINE, show_numbers=False, lang=lang)
    shown = sheet_lines(round_number=3, numbers=MINE, show_numbers=True, lang=lang)
    assert len(hidden) == len(shown) == 3
    assert not any("4.000" in x or "4,000" in x for x in hidden)
    assert "4.500" in shown[1] or "4,500" in shown[1]
    assert all(len(line) <= 90 for line in hidden + shown)


@pytest.mark.parametrize(
    ("lang", "address", "expected"),
    [
        ("nl", "je", "Vragen ze “Wat verdien je nu?”, noem dan je verwachting"),
        ("nl", "u", "Vragen ze “Wat verdient u nu?”, noem dan je verwachting"),
        ("en", "je", "If they ask “What do you earn now?”, name your expectation"),
        ("en", "u", "If they ask “What do you earn now?”, name your expectation"),
    ],
)
def test_the_sheet_quotes_their_question_in_their_form_and_tells_you_with_je(
    lang: Lang, address, expected: str
) -> None:
    lines = sheet_lines(
        round_number=2, numbers=MINE, show_numbers=False, lang=lang, address=address
    )
    assert lines[0].startswith(expected)
