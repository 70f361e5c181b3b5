"""The question bank (D3-D7) and the questions to ask (D5, D7), table-tested in both languages."""

from dataclasses import replace

import pytest

from secondround.coach.drills import drill_entries
from secondround.coach.lang import load
from secondround.coach.questions import (
    ASKER_KINDS,
    CATEGORIES,
    COMPETENCY_IDS,
    D5_KEYS,
    D7_KEYS,
    D_POINTS,
    Bilingual,
    context_for,
    context_of,
    get_question,
    questions_they_ask,
    questions_to_ask,
    suggest_questions_to_ask,
    typical_answer_type,
    validate_bank,
    worded_for,
)

LANGS = ["nl", "en"]


def test_the_stored_bank_has_no_problems() -> None:
    assert validate_bank() == []


def test_the_bank_is_big_enough() -> None:
    asks = [a for a in questions_to_ask() if a.category != "procedure_closing"]
    closing = [a for a in questions_to_ask() if a.category == "procedure_closing"]
    assert len(questions_they_ask()) >= 160
    assert len(asks) >= 45
    assert len(closing) >= 4


@pytest.mark.parametrize("competency", COMPETENCY_IDS)
def test_every_competency_is_probed_by_a_question(competency) -> None:
    assert any(competency in q.competencies for q in questions_they_ask())


@pytest.mark.parametrize("kind", ASKER_KINDS)
def test_every_kind_asks_and_is_asked_questions(kind) -> None:
    assert any(kind in q.kinds for q in questions_they_ask())
    assert any(kind in a.kinds for a in questions_to_ask())


@pytest.mark.parametrize("category", CATEGORIES)
def test_every_category_holds_questions(category) -> None:
    assert sum(q.category == category for q in questions_they_ask()) >= 5


@pytest.mark.parametrize("point", D_POINTS)
def test_every_d_point_is_carried_by_an_item_or_drill(point) -> None:
    carried = {p for q in questions_they_ask() for p in q.method_points}
    carried |= {a.method_point for a in questions_to_ask()}
    carried |= {p for d in drill_entries() for p in d["method_points"]}
    assert point in carried


@pytest.mark.parametrize(("category", "point"), [("motivation", "D6"), ("team_fit", "D4"),
                                                 ("signal", "D3")])  # fmt: skip
def test_each_category_carries_its_method_point(category, point) -> None:
    in_category = [q.id for q in questions_they_ask() if q.category == category]
    assert in_category and all(point in get_question(q).method_points for q in in_category)


@pytest.mark.parametrize(
    ("point", "key"), [("D5", k) for k in D5_KEYS] + [("D7", k) for k in D7_KEYS]
)
def test_the_method_questions_to_ask_exist(point, key) -> None:
    assert [a.id for a in questions_to_ask() if a.method_point == point and a.key == key]


@pytest.mark.parametrize("lang", LANGS)
def test_a_question_speaks_the_asked_language(lang) -> None:
    question = get_question("q-weakness")
    expected = {"nl": "Wat is je grootste zwakte?", "en": "What is your biggest weakness?"}[lang]
    assert question.text_in(lang) == expected
    assert question.tests_in(lang) and question.tip_in(lang) != question.tests_in(lang)


@pytest.mark.parametrize(
    ("question_id", "je", "u"),
    [
        ("q-intro-about-you", "Vertel eens iets over jezelf.", "Vertelt u eens iets over uzelf."),
        (
            "q-intro-one-minute",
            "Stel je voor in één minuut, alsof we elkaar nog nooit hebben gezien.",
            "Stelt u zich eens voor in één minuut, alsof we elkaar nog nooit hebben gezien.",
        ),
        (
            "q-intro-newcomer",
            "Ik was er de vorige keer niet bij. Kun je me in het kort vertellen wie je bent?",
            "Ik was er de vorige keer niet bij. Kunt u me in het kort vertellen wie u bent?",
        ),
        ("q-weakness", "Wat is je grootste zwakte?", "Wat is uw grootste zwakte?"),
        (
            "q-five-years",
            "Waar zie je jezelf over vijf jaar?",
            "Waar ziet u zichzelf over vijf jaar?",
        ),
        (
            "q-comp-hard-target",
            "Vertel over een doel dat je haalde terwijl het eerst onhaalbaar leek.",
            "Vertelt u eens over een doel dat u haalde terwijl het eerst onhaalbaar leek.",
        ),
        (
            "q-salary-above-budget",
            "Je vraagt meer dan we in gedachten hadden. Hoe kijk je daarnaar?",
            "U vraagt meer dan we in gedachten hadden. Hoe kijkt u daarnaar?",
        ),
        # Says neither "je" nor "u": one wording for everyone.
        ("q-total-failure", "Vertel over iets wat helemaal mislukte.", ""),
    ],
)
def test_a_question_is_asked_with_je_or_with_u(question_id, je, u) -> None:
    question = get_question(question_id)
    assert question.text_in("nl") == question.text_in("nl", "je") == je
    assert question.text_in("nl", "u") == (u or je)
    assert question.text_in("en", "u") == question.text_in("en", "je") != je


@pytest.mark.parametrize("address", ["je", "u"])
def test_what_a_question_is_about_is_found_in_either_form(address) -> None:
    text = get_question("q-weakness").text_in("nl", address)
    assert context_for(text) == context_of("q-weakness", "nl") != ""


def test_an_unknown_question_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        get_question("q-does-not-exist")


def _broken(field: str, value: object) -> str:
    question = replace(get_question("q-weakness"), **{field: value})
    others = [q for q in questions_they_ask() if q.id != "q-weakness"]
    return " ".join(validate_bank(questions=[*others, question]))


@pytest.mark.parametrize(
    ("field", "value", "expected"),
    [
        ("text", Bilingual(nl="Wat is je zwakte?", en=""), "empty in one language"),
        ("tip", Bilingual(nl="Same", en="Same"), "same in Dutch and English"),
        ("tests", Bilingual(nl="Wat vindt u?", en="What do you think?"), "formal 'u'"),
        ("kinds", ("hr", "board"), "unknown kind 'board'"),
        ("kinds", (), "no kinds"),
        ("round", "third", "unknown round"),
        ("competencies", ("charisma",), "unknown competency 'charisma'"),
        ("difficulty", 5, "unknown difficulty"),
        ("category", "smalltalk", "unknown category"),
        ("answer_type", "essay", "unknown answer type"),
        ("method_points", ("Z9",), "unknown method point"),
        ("id", "q-intro-about-you", "duplicate 'q-intro-about-you'"),
    ],
)
def test_validation_names_a_broken_question(field, value, expected) -> None:
    assert expected in _broken(field, value)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (
            Bilingual(nl="Wat is jouw zwakte?", en="What is your weakness?"),
            "q-weakness: addresses the other person with 'je'; add the 'u' version (nl_u)",
        ),
        (
            Bilingual(nl="Wat is je zwakte?", nl_u="Wat is uw zwakte, denk je?", en="Weakness?"),
            "q-weakness: the 'u' version still says 'je'",
        ),
        (
            Bilingual(nl="Noem een zwakte.", nl_u="Noemt u een zwakte.", en="Name a weakness."),
            "q-weakness: the 'u' version is not needed",
        ),
    ],
)
def test_validation_wants_a_question_with_je_also_with_u(text, expected) -> None:
    assert expected in _broken("text", text)


def test_validation_wants_a_drill_question_with_je_also_with_u() -> None:
    first, *others = drill_entries()
    without_u = {**first, "prompt": {"nl": first["prompt"]["nl"], "en": first["prompt"]["en"]}}
    missing = f"{first['id']} prompt: addresses the other person with 'je'; add the 'u' version"
    assert f"{missing} (nl_u)" in validate_bank(drills=[without_u, *others])


def test_validation_finds_a_duplicate_text() -> None:
    first = questions_they_ask()[0]
    twin = replace(first, id="q-twin", text=Bilingual(nl=first.text.nl.upper(), en="Other words"))
    assert any("duplicate" in p for p in validate_bank(questions=[*questions_they_ask(), twin]))


def test_validation_finds_a_duplicate_u_wording() -> None:
    first = get_question("q-weakness")
    twin = replace(
        first,
        id="q-twin",
        text=Bilingual(nl="Wat is je zwakste punt?", nl_u=first.text.nl_u, en="Weakest point?"),
    )
    problems = validate_bank(questions=[*questions_they_ask(), twin])
    assert "question text (nl, u): duplicate 'Wat is uw grootste zwakte?'" in problems


def test_validation_finds_missing_coverage() -> None:
    without_hospitality = [q for q in questions_they_ask() if "hospitality" not in q.competencies]
    without_director = [a for a in questions_to_ask() if "director" not in a.kinds]
    without_lunch = [a for a in questions_to_ask() if a.key != "lunch"]
    assert "competency hospitality is probed by no question" in validate_bank(
        questions=without_hospitality
    )
    assert "no question to ask suits director" in validate_bank(asks=without_director)
    assert "D5 question 'lunch' is missing" in validate_bank(asks=without_lunch)


def test_validation_finds_a_method_point_nobody_carries() -> None:
    questions = [replace(q, method_points=()) for q in questions_they_ask()]
    asks = [replace(a, method_point=None, key=None) for a in questions_to_ask()]
    problems = validate_bank(questions=questions, asks=asks, drills=[])
    assert {f"method point {p} appears nowhere" for p in D_POINTS} <= set(problems)


def test_competency_ids_match_the_lexicon() -> None:
    assert set(load("competencies.json")["competencies"]) == set(COMPETENCY_IDS)


# ---------------------------------------------------------------- suggestions


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("round_number", [1, 2])
def test_hr_gets_other_suggestions_than_colleagues(lang, round_number) -> None:
    hr = suggest_questions_to_ask(["hr"], round_number=round_number, lang=lang)
    colleague = suggest_questions_to_ask(["colleague"], round_number=round_number, lang=lang)
    body_hr = {s.id for s in hr[:-1]}
    body_colleague = {s.id for s in colleague[:-1]}
    assert len(body_hr & body_colleague) <= 2
    assert all(s.for_kinds == ("hr",) for s in hr[:-1])
    assert all(s.for_kinds == ("colleague",) for s in colleague[:-1])


@pytest.mark.parametrize("kinds", [["hr"], ["colleague"], ["manager"], ["director"], [],
                                   ["hr", "manager"]])  # fmt: skip
@pytest.mark.parametrize("round_number", [1, 2, 3])
def test_suggestions_end_with_one_closing_question(kinds, round_number) -> None:
    suggestions = suggest_questions_to_ask(kinds, round_number=round_number, lang="nl", limit=8)
    by_id = {a.id: a for a in questions_to_ask()}
    categories = [by_id[s.id].category for s in suggestions]
    assert len(suggestions) == 8
    assert categories[-1] == "procedure_closing" and by_id[suggestions[-1].id].method_point == "D7"
    assert categories.count("procedure_closing") == 1
    assert len({s.id for s in suggestions}) == len(suggestions)


@pytest.mark.parametrize("kinds", [["colleague"], ["manager"], ["hr", "colleague"]])
def test_round_two_prefers_the_round_two_questions(kinds) -> None:
    by_id = {a.id: a for a in questions_to_ask()}

    def d5_count(round_number: int) -> int:
        found = suggest_questions_to_ask(kinds, round_number=round_number, lang="en")
        return sum(by_id[s.id].method_point == "D5" for s in found)

    assert d5_count(2) > d5_count(1)
    assert d5_count(2) >= 4


def test_round_one_does_not_open_about_terms() -> None:
    by_id = {a.id: a for a in questions_to_ask()}
    found = suggest_questions_to_ask(["hr"], round_number=1, lang="nl", limit=20)
    assert all(by_id[s.id].category != "terms" for s in found)
    later = suggest_questions_to_ask(["hr"], round_number=2, lang="nl", limit=20)
    assert any(by_id[s.id].category == "terms" for s in later)


@pytest.mark.parametrize(
    ("lang", "closing"), [("nl", "wanneer hoor ik"), ("en", "when will I hear")]
)
def test_suggestions_are_in_the_users_language(lang, closing) -> None:
    found = suggest_questions_to_ask(["manager"], round_number=2, lang=lang)
    assert closing in found[-1].text
    assert all(s.why and s.text for s in found)


@pytest.mark.parametrize(("limit", "size"), [(0, 0), (1, 1), (3, 3), (12, 12)])
def test_suggestions_respect_the_limit(limit, size) -> None:
    found = suggest_questions_to_ask(["colleague"], round_number=2, lang="nl", limit=limit)
    assert len(found) == size
    if found:
        assert found[-1].id == "ask-procedure"


def test_suggestions_are_deterministic_and_ignore_unknown_kinds() -> None:
    first = suggest_questions_to_ask(["manager", "board"], round_number=2, lang="nl")
    again = suggest_questions_to_ask(["manager"], round_number=2, lang="nl")
    assert first == again


@pytest.mark.parametrize(
    ("category", "answer_type"),
    [
        ("competency", "star"),
        ("intro", "pitch"),
        ("motivation", "opinion"),
        ("salary_terms", "short"),
        ("", "star"),
        ("no-such-category", "star"),
    ],
)
def test_a_category_has_the_kind_of_answer_its_questions_ask_most(category, answer_type) -> None:
    assert typical_answer_type(category) == answer_type


@pytest.mark.parametrize(
    ("text", "lang", "address", "expected"),
    [
        ("Wat vind jij het leukste aan deze functie?", "nl", "u", "Wat vindt u het leukste aan deze functie?"),
        ("Wat vindt u het leukste aan deze functie?", "nl", "je", "Wat vind jij het leukste aan deze functie?"),
        ("Wat vind jij het leukste aan deze functie?", "nl", "je", "Wat vind jij het leukste aan deze functie?"),
        ("What do you think is the best part of this role?", "en", "u", "What do you think is the best part of this role?"),
        ("Wat vind jij het leukst, Sanne?", "nl", "u", "Wat vind jij het leukst, Sanne?"),
    ],
)  # fmt: skip
def test_a_picked_question_follows_the_address_unless_the_user_reworded_it(
    text: str, lang, address, expected: str
) -> None:
    assert worded_for("ask-best-part", text, lang=lang, address=address) == expected


def test_a_question_not_from_the_bank_is_left_as_written() -> None:
    text = "Wat vind jij het leukste aan deze functie?"
    assert worded_for("", text, lang="nl", address="u") == text
    assert worded_for("own:12", text, lang="nl", address="u") == text
