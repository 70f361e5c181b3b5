"""The answer to a follow-up question, judged on what the follow-up asked for (nl and en), and
which STARR part it adds to the answer."""

from __future__ import annotations

from typing import Any

import pytest

from secondround.coach.follow_up_answers import (
    Exchange,
    heard_in_follow_up,
    part_supplied,
    parts_supplied,
)
from secondround.coach.lang import Lang


@pytest.mark.parametrize(
    ("target", "text", "lang", "supplied"),
    [
        ("result", "Daardoor daalde het aantal klachten met een derde.", "nl", True),
        ("result", "Dat weet ik eigenlijk niet meer precies.", "nl", False),
        ("result", "In the end the client renewed the contract for two more years.", "en", True),
        ("result", "Hard to say, really.", "en", False),
        ("own_part", "Ik heb zelf de planning gemaakt en de leverancier gebeld.", "nl", True),
        ("own_part", "We hebben het samen opgepakt en de planning aangepast.", "nl", False),
        ("own_part", "I rewrote the script myself and tested it with two colleagues.", "en", True),
        ("own_part", "We just worked through it together as a team.", "en", False),
        (
            "example",
            "Vorig jaar bij de gemeente kwam er een klacht binnen van een boze burger. "
            "Ik heb hem teruggebeld en samen een oplossing gezocht.",
            "nl",
            True,
        ),  # fmt: skip
        ("example", "Ik ben gewoon heel flexibel.", "nl", False),
        (
            "example",
            "Last spring at the warehouse a shipment went missing; I traced it and called "
            "the carrier.",
            "en",
            True,
        ),  # fmt: skip
        ("example", "I am very flexible.", "en", False),
        # A moment without a deed is no example yet.
        (
            "example",
            "Ja, bij een project vorig jaar ging het mis omdat ik te snel wilde.",
            "nl",
            False,
        ),
        (
            "example",
            "Yes, on a project last year it went wrong because I wanted it too fast.",
            "en",
            False,
        ),
        (
            "reflection",
            "Sindsdien betrek ik collega's vanaf het begin bij een verandering.",
            "nl",
            True,
        ),
        ("reflection", "Het was heel leerzaam.", "nl", False),  # a generic line is no lesson
        (
            "reflection",
            "Since then I always check the handover list before my shift ends.",
            "en",
            True,
        ),
        ("reflection", "I learned a lot.", "en", False),
        # Asked what you do differently since, a habit in the present is the answer.
        (
            "reflection",
            "Ik betrek de eindgebruikers nu vanaf de eerste week, want anders bouw je iets wat "
            "niemand gebruikt.",
            "nl",
            True,
        ),
        ("reflection", "Het project liep daarna gewoon goed af.", "nl", False),
        ("reflection", "I now involve end users from the first week.", "en", True),
        ("reflection", "Nothing really, it all worked out fine.", "en", False),
        (
            "situation",
            "Dat was in 2022, toen ik als planner bij een transportbedrijf in Tilburg werkte.",
            "nl",
            True,
        ),  # fmt: skip
        ("task", "I was asked to cut the waiting time in half within a month.", "en", True),
        (
            "action",
            "Ik heb alle openstaande orders gebeld en een nieuwe lijst gemaakt.",
            "nl",
            True,
        ),
    ],
)
def test_the_answer_is_judged_on_what_was_asked(
    target: str, text: str, lang: Lang, supplied: bool
) -> None:
    heard = heard_in_follow_up((target,), text, lang=lang)
    assert heard is not None and heard.target == target and heard.supplied is supplied
    starts = {("nl", True): "Nu ", ("en", True): "Now ", ("nl", False): "", ("en", False): ""}
    assert heard.note.startswith(starts[(lang, supplied)])


def test_the_note_is_in_the_language_of_the_screen() -> None:
    heard = heard_in_follow_up(("result",), "Hard to say, really.", ui_lang="nl")
    assert heard is not None and heard.note.startswith("Je noemt nog steeds niet wat het opleverde")


@pytest.mark.parametrize(
    ("targets", "text"),
    [
        (("doubt",), "Ik reis graag, dus dat is geen probleem."),
        (("relevance",), "Sorry, ik bedoelde"),
        (("result",), "   "),
    ],  # fmt: skip
)
def test_no_verdict_for_a_doubt_a_relevance_question_or_a_skipped_one(
    targets: tuple[str, ...], text: str
) -> None:
    assert heard_in_follow_up(targets, text) is None


@pytest.mark.parametrize(
    ("target", "text", "lang", "shown"),
    [
        (
            "result",
            "Na drie weken was de achterstand weg. Het was een drukke maand.",
            "nl",
            ("Na drie weken was de achterstand weg.",),
        ),
        (
            "result",
            "It was a busy month. In the end the client renewed the contract for two more years.",
            "en",
            ("In the end the client renewed the contract for two more years.",),
        ),
        (
            "own_part",
            "Ik heb zelf de planning gemaakt en de leverancier gebeld.",
            "nl",
            ("Ik heb zelf de planning gemaakt en de leverancier gebeld.",),
        ),
        ("result", "Dat weet ik eigenlijk niet meer precies.", "nl", ()),
        ("result", "Hard to say, really.", "en", ()),
    ],
)
def test_the_verdict_keeps_the_sentences_that_supply_what_was_asked(
    target: str, text: str, lang: Lang, shown: tuple[str, ...]
) -> None:
    heard = heard_in_follow_up((target,), text, lang=lang)
    assert heard is not None and heard.sentences == shown
    assert heard.to_dict()["sentences"] == list(shown)


@pytest.mark.parametrize(
    ("heard", "part"),
    [
        ({"target": "result", "supplied": True, "note": "Nu noem je wat het opleverde."}, "result"),
        ({"target": "reflection", "supplied": True, "note": "Now you say what you learned."}, "reflection"),
        ({"target": "situation", "supplied": True, "note": ""}, "situation"),
        ({"target": "result", "supplied": False, "note": "Je noemt nog steeds niet …"}, None),
        # Your own part and an example are no STARR part of their own: they add nothing to count.
        ({"target": "own_part", "supplied": True, "note": ""}, None),
        ({"target": "example", "supplied": True, "note": ""}, None),
        (None, None),  # a doubt, an off-the-point question or a skipped one has no verdict
        ({}, None),
    ],
)  # fmt: skip
def test_only_a_starr_part_the_follow_up_asked_for_and_got_counts(
    heard: dict[str, Any] | None, part: str | None
) -> None:
    assert part_supplied(heard) == part


STORY = {
    "nl": "Vorig jaar liep bij onze klantenservice de wachtrij op tot vierhonderd vragen. Ik heb "
    "het werk opnieuw verdeeld en elke ochtend een korte stand-up gehouden.",
    "en": "Last year the queue at our service desk grew to four hundred questions. I split the "
    "work again and held a short stand-up every morning.",
}
ASKED = {
    "result": {"nl": "Wat leverde het op?", "en": "What came of it?"},
    "reflection": {"nl": "Wat doe je sindsdien anders?", "en": "What do you do differently since?"},
    "own_part": {"nl": "Wat deed jij daar zelf?", "en": "What did you do there yourself?"},
    "situation": {
        "nl": "Waar was dat, en wat speelde er toen?",
        "en": "Where was that, and what was going on at the time?",
    },
}


def _exchange(target: str, lang: str) -> Exchange:
    question = {"nl": "Vertel over een drukke periode.", "en": "Tell me about a busy period."}
    return Exchange(question=question[lang], answer=STORY[lang], follow_up=ASKED[target][lang])


@pytest.mark.parametrize(
    ("target", "lang", "text", "on_topic", "supplied"),
    [
        # About something else: named, and it supplies nothing.
        ("result", "nl", "Ik houd van wandelen in de duinen.", False, False),
        ("result", "en", "I love walking in the dunes.", False, False),
        ("own_part", "nl", "Mijn hobby is koken voor vrienden in het weekend.", False, False),
        (
            "reflection",
            "en",
            "These days I always cycle to the beach on Sundays with my two kids and "
            "then we have pancakes at the cafe by the dunes.",
            False,
            False,
        ),
        # The scene asked for, a weekend hobby told (new-user finding): named as off the point.
        (
            "situation",
            "nl",
            "In het weekend fiets ik graag lange tochten door de polder.",
            False,
            False,
        ),
        (
            "situation",
            "en",
            "At the weekend I like long bike rides through the countryside.",
            False,
            False,
        ),
        # Short real answers keep working.
        ("result", "nl", "Twintig procent minder klachten.", True, True),
        ("result", "en", "Within three weeks the queue was gone.", True, True),
        ("own_part", "nl", "Ik heb zelf de planning omgegooid.", True, True),
        ("reflection", "nl", "Ik vraag nu altijd eerst hoeveel vragen er openstaan.", True, True),
        ("reflection", "en", "Now I always check the queue first thing.", True, True),
        # An honest "I don't know" answers it: the "still not" line with its advice.
        ("result", "nl", "Dat weet ik eigenlijk niet meer.", True, False),
        ("result", "en", "Honestly, I don't know.", True, False),
        # On the subject, but still without what was asked: the old "still not" line.
        (
            "result",
            "nl",
            "De wachtrij was echt heel lang, dat was zwaar voor iedereen.",
            True,
            False,
        ),
    ],
)
def test_an_answer_to_a_follow_up_must_answer_it(target, lang, text, on_topic, supplied) -> None:
    heard = heard_in_follow_up(
        [target], text, lang=lang, ui_lang=lang, exchange=_exchange(target, lang)
    )
    assert heard is not None
    assert heard.on_topic is on_topic and heard.supplied is supplied
    assert part_supplied(heard.to_dict()) == (target if supplied and target != "own_part" else None)
    if not on_topic:
        assert heard.note.startswith(("Dit antwoord", "This answer"))


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_doubt_answered_about_something_else_is_named_and_otherwise_not_judged(lang) -> None:
    exchange = Exchange(
        question="Hoe werk je samen met IT?" if lang == "nl" else "How do you work with IT?",
        answer=STORY[lang],
        follow_up="Vorige keer vroeg ik me af of je met IT-leveranciers kunt samenwerken."
        if lang == "nl"
        else "Last time I wondered whether you can work with IT suppliers.",
    )
    off = {"nl": "Ik houd van wandelen in de duinen.", "en": "I love walking in the dunes."}
    on = {
        "nl": "Met IT-leveranciers maak ik vooraf afspraken over wie wat oplevert.",
        "en": "With IT suppliers I agree up front who delivers what.",
    }
    heard = heard_in_follow_up(["doubt"], off[lang], lang=lang, ui_lang=lang, exchange=exchange)
    assert heard is not None and not heard.on_topic and part_supplied(heard.to_dict()) is None
    assert (
        heard_in_follow_up(["doubt"], on[lang], lang=lang, ui_lang=lang, exchange=exchange) is None
    )


def test_without_the_exchange_only_the_target_is_judged() -> None:
    heard = heard_in_follow_up(["result"], "Ik houd van wandelen in de duinen.", lang="nl")
    assert heard is not None and heard.on_topic and not heard.supplied


GOAL = {
    "nl": "Vertel over een doel dat je haalde terwijl het eerst onhaalbaar leek.",
    "en": "Tell me about a goal you reached when it first seemed out of reach.",
}
WEEKEND = {
    "nl": "In het weekend fiets ik graag lange tochten door de polder met vrienden. Daarna "
    "drinken we koffie op een terras.",
    "en": "At the weekend I like long bike rides through the countryside with friends. After that "
    "we have coffee on a terrace.",
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_question_answered_when_asked_again_counts_with_its_parts(lang: Lang) -> None:
    """'That is not what I asked': a STARR answer now counts as the answer, with each part it
    shows; another answer about something else is named so in one line."""
    asked = Exchange(question=GOAL[lang], answer=WEEKEND[lang], follow_up=GOAL[lang])
    heard = heard_in_follow_up(["relevance"], STORY[lang], lang=lang, ui_lang=lang, exchange=asked)
    assert heard is not None and heard.supplied and heard.on_topic
    assert heard.note in ("Nu beantwoord je de vraag: dit telt als je antwoord.",
                          "Now you answer the question: this counts as your answer.")  # fmt: skip
    assert {"situation", "action"} <= set(parts_supplied(heard.to_dict()))
    assert all(heard.parts[part] for part in heard.parts)
    again = heard_in_follow_up(
        ["relevance"], WEEKEND[lang], lang=lang, ui_lang=lang, exchange=asked
    )
    assert again is not None and not again.supplied and not again.on_topic
    assert parts_supplied(again.to_dict()) == []
