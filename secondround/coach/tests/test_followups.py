"""Follow-up questions by rule, in Dutch and English."""

from __future__ import annotations

import pytest

from secondround.coach.analysis import analyze
from secondround.coach.followups import (
    TARGETS,
    Asker,
    Doubt,
    choose_follow_ups,
    doubts_from_notes,
    read_answer,
)

NO_RESULT = {
    "nl": "Vorig jaar werkte ik als planner bij een transportbedrijf in Tilburg. De ritten liepen "
    "steeds uit en klanten klaagden. Mijn taak was om de planning betrouwbaarder te maken. Ik heb "
    "alle ritten van een maand geanalyseerd en een nieuwe indeling voorgesteld aan de chauffeurs.",
    "en": "Last year I worked as a planner at a transport company in Leeds. The routes kept running "
    "late and customers complained. My task was to make the planning more reliable. I analysed "
    "every route of one month and proposed a new schedule to the drivers.",
}
MOSTLY_WE = {
    "nl": "Bij mijn vorige werkgever liep een groot project uit de hand. We moesten binnen een "
    "maand opleveren. We hebben toen alles opnieuw gepland en we belden de klant elke week. "
    "Daardoor waren we twee dagen eerder klaar. We hebben geleerd dat vaste overleggen helpen.",
    "en": "At my previous employer a large project got out of hand. We had to deliver within a "
    "month. We then planned everything again and we called the client every week. As a result "
    "we finished two days early. We learned that fixed meetings help.",
}
CLAIM_ONLY = {
    "nl": "Ik ben heel flexibel. Ik denk dat dat belangrijk is in deze functie, omdat het werk "
    "steeds verandert en je snel moet kunnen schakelen tussen taken en mensen.",
    "en": "I am very flexible. I think that matters in this role, because the work keeps changing "
    "and you have to switch quickly between tasks and people.",
}
NO_REFLECTION = {
    "nl": "Vorig jaar werkte ik als teamleider in een callcenter in Utrecht. De wachttijden waren "
    "te lang. Mijn taak was om ze omlaag te brengen. Ik heb de roosters aangepast en een "
    "terugbelknop ingevoerd. Daardoor daalde de wachttijd met veertig procent.",
    "en": "Last year I worked as a team lead in a call centre in Bristol. Waiting times were too "
    "long. My task was to bring them down. I changed the rosters and introduced a call-back "
    "button. As a result the waiting time fell by forty percent.",
}


def _targets(text: str, lang: str, **options) -> list[tuple[str, ...]]:
    found = choose_follow_ups(analyze(text, lang=lang), **options)
    return [f.targets for f in found]


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize(
    ("texts", "first"),
    [(NO_RESULT, "result"), (MOSTLY_WE, "own_part"), (NO_REFLECTION, "reflection")],
)
def test_the_first_follow_up_goes_after_what_is_missing(lang, texts, first) -> None:
    targets = _targets(texts[lang], lang)
    assert targets[0] == (first,)
    assert len(targets) <= 2


@pytest.mark.parametrize(
    ("lang", "question"), [("nl", "Wat leverde het op?"), ("en", "came of it")]
)
def test_no_result_asks_what_it_brought(lang, question) -> None:
    found = choose_follow_ups(analyze(NO_RESULT[lang], lang=lang))
    assert question in found[0].text
    assert found[0].reason


@pytest.mark.parametrize(
    ("lang", "address", "text"),
    [("nl", "je", "Wat deed jij daar zelf?"), ("nl", "u", "Wat deed u daar zelf?"),
     ("en", "u", "What did you do there yourself?")],
)  # fmt: skip
def test_dutch_follow_ups_follow_the_form_of_address(lang, address, text) -> None:
    found = choose_follow_ups(analyze(MOSTLY_WE[lang], lang=lang), asker=Asker(address=address))
    assert found[0].text == text
    assert "4×" in found[0].reason or "5×" in found[0].reason or "6×" in found[0].reason


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_claim_without_an_example_asks_for_one_and_quotes_it(lang) -> None:
    found = choose_follow_ups(analyze(CLAIM_ONLY[lang], lang=lang), answer_type="opinion")
    assert found[0].targets == ("example",)
    assert CLAIM_ONLY[lang].split(".")[0] in found[0].reason


@pytest.mark.parametrize(("lang", "name"), [("nl", "Eva"), ("en", "Tom")])
def test_a_known_face_asks_what_you_do_differently_since(lang, name) -> None:
    asker = Asker(name=name, kind="manager", known=True, address="u")
    found = choose_follow_ups(analyze(NO_REFLECTION[lang], lang=lang), asker=asker)
    assert found[0].targets == ("reflection",)
    assert ("sindsdien" if lang == "nl" else "since then") in found[0].text
    assert name in found[0].reason
    new_face = choose_follow_ups(analyze(NO_REFLECTION[lang], lang=lang), asker=Asker(name=name))
    assert "sindsdien" not in new_face[0].text and name not in new_face[0].reason


@pytest.mark.parametrize(
    ("lang", "doubt"),
    [("nl", "Of ze de roosters van een groot team aankan"),
     ("en", "Whether she can handle the rosters of a big team")],
)  # fmt: skip
def test_a_doubt_the_answer_touches_is_pressed_by_who_had_it(lang, doubt) -> None:
    doubts = [Doubt("Of het salaris past" if lang == "nl" else "Whether the salary fits"),
              Doubt(doubt, "Eva", "u")]  # fmt: skip
    found = choose_follow_ups(analyze(NO_REFLECTION[lang], lang=lang), doubts=doubts)
    assert [f.targets for f in found] == [("reflection",), ("doubt",)]
    assert "roosters" in found[1].text or "rosters" in found[1].text
    assert "Eva" not in found[1].text  # she speaks for herself
    assert "Eva" in found[1].reason and found[1].asker == "Eva"
    if lang == "nl":
        assert "Kunt u" in found[1].text


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_doubt_the_answer_does_not_touch_is_not_asked(lang) -> None:
    doubts = [Doubt("Of het salaris past" if lang == "nl" else "Whether the salary fits", "Eva")]
    assert ("doubt",) not in _targets(NO_REFLECTION[lang], lang, doubts=doubts)


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_an_off_topic_answer_gets_only_the_question_again(lang) -> None:
    question = (
        "Wanneer ga je na een werkdag tevreden naar huis?"
        if lang == "nl"
        else "When do you go home satisfied after a working day?"
    )
    found = choose_follow_ups(
        analyze(NO_RESULT[lang], lang=lang), on_topic=False, question=question
    )
    assert [f.targets for f in found] == [("relevance",)]
    assert question in found[0].text


# Task, action, result and lesson, without a scene of its own.
NO_SCENE_COMPLETE = {
    "nl": "Mijn taak was om de voorraad voor de zaterdag op orde te krijgen. Ik heb elke vrijdag "
    "een telling ingevoerd en de bestellijst aangepast. Daarna waren we geen enkele zaterdag meer "
    "door de bestsellers heen. Sindsdien begin ik bij elk probleem met een telling.",
    "en": "My task was to get the stock right for Saturdays. I brought in a count every Friday "
    "and changed the order list. After that we never ran out of the bestsellers on a Saturday "
    "again. Since then I start every problem with a count.",
}
# Action and result, without a scene, a task or a lesson.
NO_SCENE_NO_LESSON = {
    "nl": "Ik heb elke vrijdag een telling ingevoerd en de bestellijst aangepast. Daarna waren we "
    "geen enkele zaterdag meer door de bestsellers heen.",
    "en": "I brought in a count every Friday and changed the order list. After that we never ran "
    "out of the bestsellers on a Saturday again.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_story_that_only_lacks_its_scene_is_asked_for_it(lang) -> None:
    analysis = analyze(NO_SCENE_COMPLETE[lang], lang=lang)
    assert not analysis.part("situation").present
    assert _targets(NO_SCENE_COMPLETE[lang], lang) == [("situation",)]


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_after_actions_and_a_result_the_scene_is_asked_for_last(lang) -> None:
    targets = _targets(NO_SCENE_NO_LESSON[lang], lang, limit=4)
    assert targets[0] == ("reflection",)
    assert targets[-1] == ("situation",)


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("kind", ["short", "pitch"])
def test_short_answers_and_pitches_are_not_asked_for_starr_parts(lang, kind) -> None:
    assert _targets(NO_RESULT[lang], lang, answer_type=kind) == []


@pytest.mark.parametrize("lang", ["nl", "en"])
@pytest.mark.parametrize("texts", [NO_RESULT, MOSTLY_WE, CLAIM_ONLY, NO_REFLECTION])
def test_a_follow_up_never_asks_for_a_part_that_was_found(lang, texts) -> None:
    analysis = analyze(texts[lang], lang=lang)
    for follow_up in choose_follow_ups(analysis, doubts=[Doubt("project planning klant")]):
        assert set(follow_up.targets) <= set(TARGETS)
        assert not set(follow_up.targets) & {p.part for p in analysis.parts if p.present}


def test_empty_answers_and_a_zero_limit_get_nothing() -> None:
    assert choose_follow_ups(analyze("")) == ()
    assert choose_follow_ups(analyze(NO_RESULT["nl"]), limit=0) == ()


def test_read_answer_carries_tips_and_follow_ups_in_its_dict() -> None:
    data = read_answer(NO_RESULT["en"], question="Tell me about a plan you fixed.").to_dict()
    assert data["follow_ups"][0]["targets"] == ["result"]
    assert {"text", "reason", "targets"} <= set(data["follow_ups"][0])
    assert all({"text", "about"} == set(tip) for tip in data["tips"])
    assert data["on_topic"] is True and data["answer_type"] == "star"


def test_doubts_come_one_per_line_from_the_notes() -> None:
    notes = "- Of ik genoeg ervaring heb\n\n• Of ik in ploegen wil werken\n"
    assert doubts_from_notes(notes, "Eva") == [
        Doubt("Of ik genoeg ervaring heb", "Eva"),
        Doubt("Of ik in ploegen wil werken", "Eva"),
    ]


@pytest.mark.parametrize(
    ("lang", "text"),
    [
        ("nl", "Vorig jaar liep bij ons magazijn de voorraad steeds uit de pas. Ik heb alle "
               "schappen zelf geteld en een nieuwe telling ingevoerd."),
        ("en", "Last year the stock at our warehouse kept drifting. I counted every shelf "
               "myself and brought in a new count."),
    ],
)  # fmt: skip
def test_the_task_is_asked_only_when_nothing_else_is(lang, text) -> None:
    found = choose_follow_ups(analyze(text, lang=lang))
    assert ("result",) in [f.targets for f in found]
    assert ("task",) not in [f.targets for f in found]
    alone = choose_follow_ups(analyze(text, lang=lang), limit=1)
    assert alone[0].targets == ("result",)


def test_the_task_alone_is_still_asked() -> None:
    text = (
        "Vorig jaar liep bij ons magazijn de voorraad steeds uit de pas. Ik heb alle schappen zelf "
        "geteld. Daarna klopte de telling op de eenheid. Sindsdien tel ik elke maand zelf mee."
    )
    analysis = analyze(text, lang="nl")
    assert analysis.missing == ("task",)
    assert [f.targets for f in choose_follow_ups(analysis)] == [("task",)]


@pytest.mark.parametrize(
    ("lang", "question", "text"),
    [
        (
            "nl",
            "Vertel over een keer dat je een boze klant hielp.",
            "Ik werk graag met mensen en ik ben heel klantgericht. Mijn sterke punten zijn "
            "communicatie en structuur. In het weekend zwem ik graag en ik lees veel thrillers.",
        ),
        (
            "en",
            "Tell me about a time you helped an angry customer.",
            "I like working with people and I am very customer-focused. My strengths are "
            "communication and structure. At the weekend I love swimming and I read a lot.",
        ),
    ],
)
def test_strengths_and_hobbies_are_no_story_and_miss_the_question(lang, question, text) -> None:
    reading = read_answer(text, lang=lang, question=question, answer_type="star")
    assert not reading.on_topic
    assert not any(p.present for p in reading.analysis.parts)
    assert [f.targets for f in reading.follow_ups] == [("relevance",)]


WE_WITHOUT_RESULT = {
    "nl": "Vorig jaar werkte ik bij een transportbedrijf in Tilburg. De ritten liepen steeds uit. "
    "We hebben alle ritten van een maand geanalyseerd en we hebben een nieuwe indeling gemaakt.",
    "en": "Last year I worked at a transport company in Leeds. The routes kept running late. We "
    "analysed every route of one month and we made a new schedule.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_surest_gap_is_asked_first(lang) -> None:
    """Measured on fresh batches, "what did you do yourself?" and "what did you do?" are the
    follow-ups the reading is surest of: they come before "what came of it?"."""
    assert _targets(WE_WITHOUT_RESULT[lang], lang) == [("own_part",), ("result",)]
