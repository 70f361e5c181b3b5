"""R2: the six preparation steps as a plan with progress, and the draft answer of step 5."""

from datetime import date

import pytest

from secondround.coach.lang import LANGS
from secondround.coach.plan import (
    STEP_KEYS,
    days_left,
    draft_topics_answer,
    plan_progress,
    plan_steps,
)

KEYS = [
    "revisit_preparation",
    "star_examples",
    "reread_notes",
    "pitch",
    "topics_answer",
    "salary_terms",
]


@pytest.mark.parametrize("lang", LANGS)
def test_the_plan_has_the_six_steps_in_order_with_text(lang) -> None:
    steps = plan_steps(lang)
    assert [step.key for step in steps] == KEYS == list(STEP_KEYS)
    assert [step.number for step in steps] == [1, 2, 3, 4, 5, 6]
    for step in steps:
        assert step.title.strip() and len(step.instruction) > 40


def test_the_steps_differ_per_language() -> None:
    for nl, en in zip(plan_steps("nl"), plan_steps("en"), strict=True):
        assert nl.title != en.title and nl.instruction != en.instruction


@pytest.mark.parametrize(
    ("done", "count", "percent", "next_key"),
    [
        (set(), 0, 0, "revisit_preparation"),
        ({"revisit_preparation"}, 1, 17, "star_examples"),
        ({"pitch", "salary_terms"}, 2, 33, "revisit_preparation"),
        ({"pitch", "not_a_step"}, 1, 17, "revisit_preparation"),
        (set(KEYS[:5]), 5, 83, "salary_terms"),
        (set(KEYS), 6, 100, None),
        ({"revisit_preparation": True, "star_examples": False}, 1, 17, "star_examples"),
        ({key: True for key in KEYS}, 6, 100, None),
        ({key: False for key in KEYS}, 0, 0, "revisit_preparation"),
    ],
)
def test_progress_counts_done_steps_and_names_the_next(done, count, percent, next_key) -> None:
    progress = plan_progress(done)
    assert (progress.done_count, progress.total, progress.percent) == (count, 6, percent)
    assert progress.next_step_key == next_key


@pytest.mark.parametrize(
    ("interview", "today", "expected"),
    [
        (None, date(2025, 3, 1), None),
        (date(2025, 3, 10), date(2025, 3, 1), 9),
        (date(2025, 3, 1), date(2025, 3, 1), 0),
        (date(2025, 2, 27), date(2025, 3, 1), -2),
        (date(2026, 1, 5), date(2025, 12, 29), 7),
    ],
)
def test_days_left_until_the_interview(interview, today, expected) -> None:
    assert days_left(interview, today) == expected


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        (
            "nl",
            "Na ons eerste gesprek ben ik blijven nadenken over wat we bespraken. Ik wil graag "
            "terugkomen op het inwerkprogramma en de samenwerking met de SEH. Vooral het eerste "
            "punt houdt me bezig: ik wil graag begrijpen wat het betekent voor mijn werk als "
            "verpleegkundige. Daarnaast heb ik nog een vraag: hoe groot is het team? Zo kan ik nog "
            "beter inschatten wat ik bij Gelre kan bijdragen.",
        ),
        (
            "en",
            "Since our first conversation I have kept thinking about what we discussed. I would "
            "like to come back to the onboarding programme and the link with the emergency "
            "department. The first one is on my mind most: I want to understand what it means for"
            " my work as nurse. I also still have a question: How big is the team? That helps me "
            "see even more clearly what I can bring to Gelre.",
        ),
    ],
)
def test_the_draft_names_topics_and_asks_questions(lang, expected) -> None:
    topics = {
        "nl": ["Het inwerkprogramma.", "- de samenwerking met de SEH", "hoe groot is het team?"],
        "en": [
            "The onboarding programme",
            "the link with the emergency department;",
            "how big is the team?",
        ],
    }[lang]
    role = {"nl": "verpleegkundige", "en": "nurse"}[lang]
    assert draft_topics_answer(topics, role=role, company="Gelre", lang=lang) == expected


@pytest.mark.parametrize(
    ("lang", "needle"),
    [("nl", "gewone werkdag"), ("en", "ordinary working day")],
)
def test_without_topics_it_drafts_a_helpful_general_answer(lang, needle) -> None:
    for topics in ([], ["", "   "]):
        draft = draft_topics_answer(topics, role="planner", company="Vos Logistiek", lang=lang)
        assert needle in draft and "planner" in draft and "Vos Logistiek" in draft


@pytest.mark.parametrize(
    ("lang", "role_text", "company_text"),
    [("nl", "in deze functie", "jullie organisatie"), ("en", "in this role", "your organisation")],
)
def test_a_missing_role_or_company_reads_naturally(lang, role_text, company_text) -> None:
    draft = draft_topics_answer(["de planning"], role=" ", company="", lang=lang)
    assert role_text in draft and company_text in draft
    assert "{" not in draft and "  " not in draft


@pytest.mark.parametrize("lang", LANGS)
def test_one_entry_with_several_lines_gives_several_topics_once_each(lang) -> None:
    draft = draft_topics_answer(
        ["de roosters\nde scholing", "de roosters"], role="docent", company="X", lang=lang
    )
    and_word = {"nl": "en", "en": "and"}[lang]
    assert f"de roosters {and_word} de scholing." in draft
    assert draft.count("de roosters") == 1


@pytest.mark.parametrize("lang", LANGS)
def test_a_name_at_the_start_of_a_topic_keeps_its_capital(lang) -> None:
    draft = draft_topics_answer(
        ["Sanne haar idee over het rooster"], role="", company="", lang=lang
    )
    assert "Sanne haar idee" in draft
