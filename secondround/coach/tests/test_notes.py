"""Notes split into items and merged without losing a word, and research notes told apart from
topics (in Dutch and English)."""

from __future__ import annotations

import pytest

from secondround.coach.notes import (
    add_lines,
    merge_notes,
    note_lines,
    research_lead,
    shown_point,
    split_research,
)


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


@pytest.mark.parametrize(
    ("line", "lead"),
    [
        ("uitzoeken hoe hun NPS wordt gemeten", "uitzoeken"),
        ("- Nagaan: of er een scholingsbudget is", "Nagaan"),
        ("• Opzoeken jaarverslag", "Opzoeken"),
        ("navragen,  wie de planning maakt", "navragen"),
        ("Find out how they measure NPS", "Find out"),
        ("find  out who does the planning", "find out"),
        ("Look up the annual report", "Look up"),
        ("check: parking", "check"),
        ("CHECK", "CHECK"),
        ("Vragen wie de planning maakt", "Vragen"),
        ("opvragen: het functieprofiel", "opvragen"),
        ("- Navragen of er een scholingsbudget is", "Navragen"),
        ("Kijken of thuiswerken in de cao staat", "Kijken of"),
        ("checken hoe de reiskosten gaan", "checken"),
        ("Nakijken: de cao", "Nakijken"),
        ("Ask who does the planning", "Ask"),
        # Every word that opens an indirect question in the notes counts after "vragen"/"ask".
        ("Vragen hoeveel vakantiedagen er zijn", "Vragen"),
        ("Vragen welk team de app bouwt", "Vragen"),
        ("Ask whom I report to", "Ask"),
        ("find the annual report", "find"),
        ("See whether there is a training budget", "See whether"),
        ("see if remote work is allowed", "see if"),
        ("Vraagstukken in de wijk", ""),
        ("Kijken naar de cijfers", ""),
        ("Asking for feedback", ""),
        ("Seeing the team at work", ""),
        # Topics that only look alike stay topics.
        ("Checklist voor de eerste week", ""),
        ("Check-in met het team", ""),
        ("Inwerkperiode en begeleiding", ""),
        ("Hoe ze de NPS meten (uitzoeken)", ""),
        ("Lookup tables in the billing system", ""),
        ("Onboarding; find out about parking", ""),
        ("", ""),
    ],
)
def test_a_research_note_opens_with_a_research_word(line: str, lead: str) -> None:
    assert research_lead(line) == lead


@pytest.mark.parametrize(
    ("topics", "kept", "moved"),
    [
        (
            "Inwerkperiode\nuitzoeken hoe hun NPS wordt gemeten\n- Scholingsbudget",
            "Inwerkperiode\n- Scholingsbudget",
            "uitzoeken hoe hun NPS wordt gemeten",
        ),
        (
            "Find out how they measure NPS\nOnboarding\n\n  - look up the annual report  \n",
            "Onboarding",
            "Find out how they measure NPS\n- look up the annual report",
        ),
        ("Inwerkperiode\n\nPlanning", "Inwerkperiode\n\nPlanning", ""),
        ("Nagaan: parkeren", "", "Nagaan: parkeren"),
        (
            "Checklist eerste week\nVragen wie de planning maakt\nCheck-in met het team",
            "Checklist eerste week\nCheck-in met het team",
            "Vragen wie de planning maakt",
        ),
        # A research point shares a line with a topic: the interviewer reads them as two.
        (
            "Inwerkperiode; uitzoeken hoe ze de NPS meten\nOnboarding; find out about parking",
            "Inwerkperiode\nOnboarding",
            "uitzoeken hoe ze de NPS meten\nfind out about parking",
        ),
        ("", "", ""),
    ],
)
def test_research_lines_leave_the_topics_and_the_rest_stays_as_typed(
    topics: str, kept: str, moved: str
) -> None:
    assert split_research(topics) == (kept, moved)


@pytest.mark.parametrize(
    ("text", "lines", "result"),
    [
        ("", "uitzoeken hoe NPS werkt", "uitzoeken hoe NPS werkt"),
        ("Parkeren\n", "Uitzoeken hoe NPS werkt", "Parkeren\nUitzoeken hoe NPS werkt"),
        ("find out about parking", "Find out about parking", "find out about parking"),
        ("Parking", "", "Parking"),
    ],
)
def test_added_lines_come_below_and_are_not_repeated(text: str, lines: str, result: str) -> None:
    assert add_lines(text, lines) == result


@pytest.mark.parametrize(
    ("point", "shown"),
    [
        ("Nagaan of thuiswerken in de cao staat", "Of thuiswerken in de cao staat"),
        ("uitzoeken hoe ze de NPS meten", "Hoe ze de NPS meten"),
        ("kijken of er een scholingsbudget is", "Of er een scholingsbudget is"),
        ("- Uitzoeken: wie de planning maakt", "Wie de planning maakt"),
        ("opzoeken wat de cao zegt", "Opzoeken wat de cao zegt"),  # says how: stays
        ("navragen wie de planning maakt", "Navragen wie de planning maakt"),
        ("jaarverslag lezen", "Jaarverslag lezen"),
        ("find out how they measure NPS", "How they measure NPS"),
        ("see whether there is a budget", "Whether there is a budget"),
        ("look up the annual report", "Look up the annual report"),
        ("Uitzoeken", "Uitzoeken"),  # nothing else to show
    ],
)
def test_a_point_is_shown_with_a_capital_and_without_a_lead_its_label_says(
    point: str, shown: str
) -> None:
    assert shown_point(point) == shown


@pytest.mark.parametrize(
    ("line", "research"),
    [
        ("Vragen over de proeftijd", False),  # a topic: the questions they may have
        ("Vragen wie de roadmap bepaalt", True),
        ("vragen of er een scholingsbudget is", True),
        ("Asking price of the new office", False),
        ("Ask who owns the roadmap", True),
        ("Findings of the audit", False),
        ("Find what the budget is", True),
    ],
)
def test_a_lead_that_is_also_a_noun_is_research_only_before_a_question_word(
    line: str, research: bool
) -> None:
    assert bool(research_lead(line)) is research
