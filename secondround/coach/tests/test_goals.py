"""G1: a goal for every step, and the next thing to do."""

from datetime import date, timedelta

import pytest

from secondround.coach.goals import STAGES, ApplicationState, next_action, round_goal, stage_goal

TODAY = date(2026, 11, 22)


@pytest.mark.parametrize(
    ("stage", "lang", "words"),
    [
        ("letter", "nl", "uitnodiging"),
        ("round_one", "en", "second interview"),
        ("round_two", "nl", "aanbod"),
        ("round_two", "en", "choice is yours"),
        ("offer", "en", "whole package"),
    ],
)
def test_each_stage_has_the_goal_of_the_next_step(stage, lang, words) -> None:
    assert words in stage_goal(stage, lang).text.lower()


@pytest.mark.parametrize("stage", STAGES)
def test_every_stage_has_a_goal_in_both_languages(stage) -> None:
    assert stage_goal(stage, "nl").text != stage_goal(stage, "en").text


@pytest.mark.parametrize(
    ("state", "code"),
    [
        (ApplicationState(stage="rejected"), "closed"),
        (ApplicationState(stage="round_one", undebriefed_round_number=1), "write_notes"),
        (ApplicationState(stage="round_one"), "write_goal"),
        (ApplicationState(stage="round_one", has_own_goal=True), "plan_round"),
        (ApplicationState(stage="offer", has_own_goal=True), "offer"),
        (ApplicationState(stage="round_two", has_own_goal=True, next_round_number=2), "add_panel"),
        (
            ApplicationState(
                stage="round_two", has_own_goal=True, next_round_number=2, panel_size_next_round=2
            ),
            "set_date",
        ),
        (
            ApplicationState(
                stage="round_two",
                has_own_goal=True,
                next_round_number=2,
                panel_size_next_round=2,
                next_round_date=date(2026, 11, 25),
            ),
            "prepare",
        ),
    ],
)
def test_it_picks_the_next_action(state, code) -> None:
    assert next_action(state, today=TODAY, lang="nl").code == code


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "Gesprek gehad? Schrijf meteen je aantekeningen van ronde 2 op."),
        ("en", "Interview over? Write your notes on round 2 right away."),
    ],
)
def test_a_round_that_has_started_asks_for_notes_not_for_the_sheet(lang, expected) -> None:
    state = ApplicationState(
        stage="round_two",
        next_round_number=2,
        panel_size_next_round=2,
        next_round_date=TODAY,
        next_round_started=True,
    )
    assert next_action(state, today=TODAY, lang=lang).text == expected


def test_prepare_counts_the_days_left() -> None:
    state = ApplicationState(
        stage="round_two",
        has_own_goal=True,
        next_round_number=2,
        panel_size_next_round=1,
        next_round_date=date(2026, 11, 25),
    )
    assert "3 day" in next_action(state, today=TODAY, lang="en").text
    assert "nog 3 dag" in next_action(state, today=TODAY, lang="nl").text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_round_has_its_own_goal_whatever_the_stage(lang) -> None:
    one, two, three = round_goal(1, lang), round_goal(2, lang), round_goal(3, lang)
    assert ("tweede gesprek" if lang == "nl" else "second interview") in one.text
    assert ("aanbod" if lang == "nl" else "offer") in two.text
    assert ("past" if lang == "nl" else "fits") in two.text  # round two is also a fit check
    assert three.text != two.text and round_goal(7, lang) == three


@pytest.mark.parametrize(
    ("days", "lang", "expected"),
    [
        (3, "nl", "Bereid ronde 2 voor: nog 3 dagen."),
        (1, "nl", "Bereid ronde 2 voor: nog 1 dag."),
        (0, "nl", "Ronde 2 is vandaag. Lees je spiekbriefje nog eens door."),
        (3, "en", "Prepare round 2: 3 days to go."),
        (1, "en", "Prepare round 2: 1 day to go."),
        (0, "en", "Round 2 is today. Read your sheet once more."),
    ],
)
def test_the_days_left_agree_with_their_number(days, lang, expected) -> None:
    state = ApplicationState(
        stage="round_two",
        has_own_goal=True,
        next_round_number=2,
        panel_size_next_round=1,
        next_round_date=TODAY + timedelta(days=days),
    )
    assert next_action(state, today=TODAY, lang=lang).text == expected
