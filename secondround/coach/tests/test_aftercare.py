"""A1, A2, D7: when news is due and when to follow up, the e-mails, closing lines, reflection."""

import json
from datetime import date
from pathlib import Path

import holidays
import pytest

from secondround.coach.aftercare import (
    OFFICES_OPEN,
    Decision,
    add_working_days,
    closing_lines,
    dutch_holidays,
    expected_decision,
    follow_up_email,
    format_date,
    is_working_day,
    reassurance,
    reflection_prompts,
    thank_you_email,
    waiting_status,
)
from secondround.coach.lang import LANGS

D = date
KNOWLEDGE = Path(__file__).resolve().parents[1] / "knowledge"


@pytest.mark.parametrize(
    ("interview", "said_date", "said_weeks", "fast", "expected"),
    [
        # nothing said: three to six weeks, follow up two working days after
        (
            D(2025, 3, 3),
            None,
            None,
            False,
            (D(2025, 3, 24), D(2025, 4, 14), D(2025, 4, 16), "default"),
        ),
        # a fast employer: within two weeks
        (D(2025, 3, 3), None, None, True, (D(2025, 3, 4), D(2025, 3, 17), D(2025, 3, 19), "fast")),
        # they said two weeks: that wins over "fast"; one working day after
        (
            D(2025, 3, 3),
            None,
            2,
            True,
            (D(2025, 3, 17), D(2025, 3, 17), D(2025, 3, 18), "said_weeks"),
        ),
        # "this week" (0 weeks) on a Friday interview: follow up on Monday
        (
            D(2025, 3, 7),
            None,
            0,
            False,
            (D(2025, 3, 7), D(2025, 3, 7), D(2025, 3, 10), "said_weeks"),
        ),
        # a named date wins over weeks; a Friday date means a Monday follow-up
        (
            D(2025, 3, 3),
            D(2025, 3, 14),
            4,
            False,
            (D(2025, 3, 14), D(2025, 3, 14), D(2025, 3, 17), "said_date"),
        ),
        # a Saturday date: news is expected on the Monday, the follow-up a working day later
        (
            D(2025, 3, 3),
            D(2025, 3, 15),
            None,
            False,
            (D(2025, 3, 17), D(2025, 3, 17), D(2025, 3, 18), "said_date"),
        ),
        # latest on a Friday before Easter Monday: Tuesday and Wednesday are the working days
        (
            D(2025, 3, 7),
            None,
            None,
            False,
            (D(2025, 3, 28), D(2025, 4, 18), D(2025, 4, 23), "default"),
        ),
        # Christmas Eve: Christmas, Boxing Day and the weekend are skipped
        (
            D(2025, 12, 1),
            D(2025, 12, 24),
            None,
            False,
            (D(2025, 12, 24), D(2025, 12, 24), D(2025, 12, 29), "said_date"),
        ),
        # New Year's Eve: across the year, past New Year's Day
        (
            D(2025, 12, 1),
            D(2025, 12, 31),
            None,
            False,
            (D(2025, 12, 31), D(2025, 12, 31), D(2026, 1, 2), "said_date"),
        ),
        # the default window would end on New Year's Day: it ends the next working day instead
        (
            D(2025, 11, 20),
            None,
            None,
            False,
            (D(2025, 12, 11), D(2026, 1, 2), D(2026, 1, 6), "default"),
        ),
        # the day after is King's Day (a Monday in 2026)
        (
            D(2026, 4, 1),
            D(2026, 4, 24),
            None,
            False,
            (D(2026, 4, 24), D(2026, 4, 24), D(2026, 4, 28), "said_date"),
        ),
    ],
)
def test_expected_decision(interview, said_date, said_weeks, fast, expected) -> None:
    decision = expected_decision(
        interview_date=interview, said_date=said_date, said_weeks=said_weeks, fast_employer=fast
    )
    assert (decision.earliest, decision.latest, decision.follow_up_on, decision.source) == expected
    assert is_working_day(decision.follow_up_on)
    assert decision.follow_up_on.weekday() < 5


@pytest.mark.parametrize(("said_date", "said_weeks"), [(D(2025, 3, 2), None), (None, -1)])
def test_impossible_promises_are_refused(said_date, said_weeks) -> None:
    with pytest.raises(ValueError):
        expected_decision(
            interview_date=D(2025, 3, 3),
            said_date=said_date,
            said_weeks=said_weeks,
            fast_employer=False,
        )


@pytest.mark.parametrize(
    ("day", "count", "expected"),
    [
        (D(2025, 3, 7), 1, D(2025, 3, 10)),
        (D(2025, 3, 8), 1, D(2025, 3, 10)),
        (D(2025, 3, 10), 0, D(2025, 3, 10)),
        (D(2025, 5, 28), 1, D(2025, 5, 30)),  # Ascension Day
        (D(2025, 6, 6), 1, D(2025, 6, 10)),  # Whit Monday
        (D(2024, 12, 31), 1, D(2025, 1, 2)),
        (D(2025, 5, 2), 1, D(2025, 5, 6)),  # Liberation Day, a day off every fifth year
        (D(2026, 5, 4), 1, D(2026, 5, 5)),  # ... and a working day in the other years
        (D(2027, 3, 25), 1, D(2027, 3, 26)),  # Good Friday: most offices are open
        (D(2027, 3, 26), 1, D(2027, 3, 30)),  # Easter Monday
        (D(2027, 4, 26), 1, D(2027, 4, 28)),  # King's Day on a Tuesday
        (D(2027, 5, 5), 1, D(2027, 5, 7)),  # Ascension Day
        (D(2027, 5, 14), 1, D(2027, 5, 18)),  # Whit Monday
        (D(2027, 12, 24), 1, D(2027, 12, 27)),  # Christmas on a Saturday: no day in lieu
    ],
)
def test_working_days_skip_weekends_and_dutch_holidays(day, count, expected) -> None:
    assert add_working_days(day, count) == expected


def test_the_holiday_left_out_is_still_named_so_by_the_holidays_package() -> None:
    # A renamed holiday would silently become a day off again.
    names = set(holidays.country_holidays("NL", years=2027, language="en_US").values())
    assert OFFICES_OPEN <= names
    assert D(2027, 3, 26) not in dutch_holidays(2027)


@pytest.mark.parametrize("year", [2025, 2026])
def test_the_pay_files_count_only_days_that_are_dutch_holidays(year: int) -> None:
    data = json.loads((KNOWLEDGE / "pay" / f"nl_{year}.json").read_text(encoding="utf-8"))
    listed = {D.fromisoformat(day) for day in data["weekday_public_holidays"]["dates"]}
    assert listed <= dutch_holidays(year)


DECISION = Decision(D(2025, 3, 24), D(2025, 4, 14), D(2025, 4, 16), "default")


@pytest.mark.parametrize(
    ("today", "state", "to_latest", "to_follow_up"),
    [
        (D(2025, 3, 3), "waiting", 42, 44),
        (D(2025, 4, 14), "waiting", 0, 2),
        (D(2025, 4, 15), "waiting", -1, 1),
        (D(2025, 4, 16), "follow_up_due", -2, 0),
        (D(2025, 5, 1), "follow_up_due", -17, -15),
    ],
)
def test_waiting_status(today, state, to_latest, to_follow_up) -> None:
    waiting = waiting_status(DECISION, today)
    assert (waiting.state, waiting.days_to_latest, waiting.days_to_follow_up) == (
        state,
        to_latest,
        to_follow_up,
    )


@pytest.mark.parametrize(
    ("names", "lang", "greeting", "thanks"),
    [
        ([], "nl", "Goedendag,", "Dank jullie wel"),
        (["Sanne"], "nl", "Beste Sanne,", "Dank je wel"),
        (["Sanne", " Joost "], "nl", "Beste Sanne en Joost,", "Dank jullie wel"),
        (["Sanne", "Joost", "Ayla"], "nl", "Beste Sanne, Joost en Ayla,", "Dank jullie wel"),
        (["A", "B", "C", "D", "E"], "nl", "Beste allemaal,", "Dank jullie wel"),
        (["", "Sanne", "  "], "nl", "Beste Sanne,", "Dank je wel"),
        ([], "en", "Hello,", "Thank you"),
        (["Sanne"], "en", "Dear Sanne,", "Thank you"),
        (["Sanne", "Joost"], "en", "Dear Sanne and Joost,", "Thank you"),
        (["Sanne", "Joost", "Ayla"], "en", "Dear Sanne, Joost and Ayla,", "Thank you"),
        (["A", "B", "C", "D", "E"], "en", "Dear all,", "Thank you"),
    ],
)
def test_the_thank_you_mail_greets_the_people_by_name(names, lang, greeting, thanks) -> None:
    draft = thank_you_email(
        names=names,
        topic="the new rota",
        role="nurse",
        company="Gelre",
        candidate_name="Eva de Vries",
        lang=lang,
    )
    assert draft.body.startswith(f"{greeting}\n\n{thanks}")
    assert draft.body.endswith("\nEva de Vries")
    assert "the new rota" in draft.body and "nurse" in draft.subject


@pytest.mark.parametrize(
    ("lang", "topic", "expected"),
    [
        ("nl", "De nieuwe roosterplanning.", "ons gesprek over de nieuwe roosterplanning is me"),
        ("nl", "hoe het team is opgebouwd?", "ons gesprek over hoe het team is opgebouwd is me"),
        ("en", "The move to the new building", "Our talk about the move to the new building"),
    ],
)
def test_the_thank_you_mail_names_one_topic_from_the_talk(lang, topic, expected) -> None:
    draft = thank_you_email(
        names=["Sanne"], topic=topic, role="", company="", candidate_name="", lang=lang
    )
    assert expected in draft.body


@pytest.mark.parametrize("lang", LANGS)
def test_the_thank_you_mail_reads_well_without_topic_role_company_or_name(lang) -> None:
    draft = thank_you_email(names=[], topic=" ", role="", company="", candidate_name="", lang=lang)
    for text in (draft.subject, draft.body):
        assert "{" not in text and "  " not in text and " ." not in text
    assert "gesprek over {" not in draft.body and "talk about" not in draft.body
    assert draft.body.endswith(("groet,\n[je naam]", "regards,\n[your name]"))


@pytest.mark.parametrize(
    ("lang", "names", "expected"),
    [
        ("nl", ["Sanne"], "Op 3 maart 2025 sprak ik met je over de functie van planner bij Vos."),
        (
            "nl",
            ["Sanne", "Joost"],
            "Op 3 maart 2025 sprak ik met jullie over de functie van planner",
        ),
        ("nl", [], "Weten jullie al wanneer ik iets kan verwachten?"),
        ("nl", ["Sanne"], "Weet je al wanneer ik iets kan verwachten?"),
        ("en", ["Sanne"], "On 3 March 2025 we talked about the planner position at Vos."),
    ],
)
def test_the_follow_up_mail_asks_where_things_stand(lang, names, expected) -> None:
    draft = follow_up_email(
        names=names,
        role="planner",
        company="Vos",
        interview_date=D(2025, 3, 3),
        candidate_name="Eva",
        lang=lang,
    )
    assert expected in draft.body
    assert "planner" in draft.subject and draft.body.endswith("\nEva")


@pytest.mark.parametrize(
    ("day", "lang", "expected"),
    [(D(2025, 3, 3), "nl", "3 maart 2025"), (D(2026, 12, 31), "en", "31 December 2026")],
)
def test_dates_are_written_out(day, lang, expected) -> None:
    assert format_date(day, lang) == expected


@pytest.mark.parametrize(
    ("lang", "needles"),
    [
        ("nl", ["vervolg", "horen", "beginnen", "Bedank iedereen"]),
        ("en", ["next steps", "hear", "start", "Thank everyone"]),
    ],
)
def test_the_closing_lines_ask_about_the_procedure_and_thank_everyone(lang, needles) -> None:
    lines = closing_lines(lang)
    assert len(lines) == len(needles)
    for line, needle in zip(lines, needles, strict=True):
        assert needle in line


@pytest.mark.parametrize("lang", LANGS)
def test_the_reflection_asks_the_five_questions_and_reassures(lang) -> None:
    prompts = reflection_prompts(lang)
    assert [p.key for p in prompts] == [
        "how_it_went",
        "went_well",
        "to_improve",
        "surprising_questions",
        "their_doubts",
    ]
    assert all(p.label.endswith("?") and len(p.help) > 30 for p in prompts)
    key, label, help_text = prompts[0]
    assert key == "how_it_went" and label and help_text
    assert len(reassurance(lang)) > 40


def test_reflection_and_closing_differ_per_language() -> None:
    assert reflection_prompts("nl") != reflection_prompts("en")
    assert closing_lines("nl") != closing_lines("en")
    assert reassurance("nl") != reassurance("en")


@pytest.mark.parametrize(
    ("interview", "weeks", "fast", "said"),
    [
        (date(2026, 12, 6), None, False, None),  # a Sunday interview: + 3 and 6 weeks is a Sunday
        (date(2026, 12, 20), 1, False, None),  # one week later is Sunday 27 December
        (date(2026, 12, 18), 1, False, None),  # one week later is Christmas Day
        (date(2026, 12, 12), None, True, None),  # fast: two weeks later is Saturday 26 December
        (date(2026, 12, 20), None, False, date(2026, 12, 26)),  # they named Boxing Day
    ],
)
def test_expected_dates_are_never_on_a_weekend_or_holiday(interview, weeks, fast, said) -> None:
    found = expected_decision(
        interview_date=interview, said_date=said, said_weeks=weeks, fast_employer=fast
    )
    for day in (found.earliest, found.latest, found.follow_up_on):
        assert is_working_day(day), day
