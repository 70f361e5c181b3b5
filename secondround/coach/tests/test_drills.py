"""Drills for difficult questions and the closing (D1, D2, D7): what an answer did, in both languages."""

import re

import pytest

from secondround.coach.drills import (
    DRILL_KINDS,
    answer_lang,
    check_definitions,
    check_drill,
    drills,
)

LANGS = ["nl", "en"]

NL_BUY_TIME = (
    "Dat is een goede vraag. Ik vind het lastig om nee te zeggen als collega's om hulp vragen. "
    "Daardoor schuift mijn eigen werk soms op. Nu plan ik vaste blokken en zeg ik eerlijk wanneer "
    "ik iets kan oppakken."
)
EN_BUY_TIME = (
    "That's a good question, let me think about that for a moment. I find it hard to delegate, "
    "so I used to do too much myself. Now I hand over tasks early and check in once a week."
)
NL_STARR = (
    "Toen ik bij een webwinkel werkte, viel het systeem uit in de kerstdrukte. Mijn taak was de "
    "klantenservice draaiende houden. Ik besloot een vaste tekst te schrijven en ik belde de "
    "grootste klanten zelf. Het resultaat was dat we geen klant kwijtraakten. Ik heb geleerd dat "
    "snel en eerlijk communiceren het verschil maakt."
)
EN_STARR = (
    "When I was working at a web shop, the system went down at Christmas. My task was to keep "
    "customer service running. I decided to write a standard reply and I called the biggest "
    "customers myself. In the end we lost no customers. I learned that quick, honest "
    "communication makes the difference."
)
NL_STARR_NO_REFLECTION = NL_STARR.split(" Ik heb geleerd")[0]

# (drill, answer, UI language, passed, found codes, missing codes)
TABLE = [
    ("drill-buy-time-bad-at", NL_BUY_TIME, "nl", True, ["buy_time", "answer_follows"], []),
    ("drill-buy-time-bad-at", EN_BUY_TIME, "en", True, ["buy_time", "answer_follows"], []),
    ("drill-buy-time-bad-at", EN_BUY_TIME, "nl", True, ["buy_time", "answer_follows"], []),
    ("drill-buy-time-bad-at", "Ik ben soms ongeduldig.", "nl", False, [],
     ["buy_time", "answer_follows"]),
    ("drill-buy-time-bad-at", "Goede vraag.", "nl", False, ["buy_time"], ["answer_follows"]),
    ("drill-buy-time-bad-at", "I am sometimes impatient with slow meetings and long emails, and "
     "I have been working on that for a year now with a coach who helps me.", "en", False,
     ["answer_follows"], ["buy_time"]),
    ("drill-buy-time-why-you", "Wat een mooie vraag. Twee dingen: ik ken jullie klanten al uit "
     "mijn vorige baan, en ik blijf rustig als het druk wordt, zoals vorig jaar in de piek.",
     "nl", True, ["buy_time", "answer_follows", "structure_open"], []),
    ("drill-clarify-vague", "Bedoel je in mijn werk of daarbuiten? Als het om werk gaat: ik ben "
     "nieuwsgierig en positief, en ik zoek altijd wat er wel kan, ook als iets tegenzit.",
     "nl", True, ["clarify", "answer_follows"], []),
    ("drill-clarify-vague", "Just to check I understand: do you mean at work? There I am curious "
     "and positive, and I look for what is possible, even when a project goes badly.",
     "nl", True, ["clarify", "answer_follows"], []),
    ("drill-clarify-vague", "Ik sta positief in het leven en ik probeer elke dag iets nieuws te "
     "leren, op mijn werk en thuis, want dat houdt me scherp en blij.", "nl", False,
     ["answer_follows"], ["clarify"]),
    ("drill-clarify-goes-wrong", "If I understand you correctly, you are asking about projects? "
     "Then I first find out what went wrong, I tell my manager early and I make a new plan.",
     "en", True, ["clarify", "answer_follows"], []),
    ("drill-structure-points", "Twee dingen: ten eerste ervaring met klanten, ten tweede rust als "
     "het druk wordt. Tot slot neem ik veel zin mee.", "nl", True,
     ["structure_open", "structure_next", "structure_close"], []),
    ("drill-structure-points", "Two things. First, experience with clients. Second, calm when it "
     "gets busy.", "en", True, ["structure_open", "structure_next"], ["structure_close"]),
    ("drill-structure-points", "Ik breng ervaring mee en ik ben rustig en ik heb zin in het werk.",
     "nl", False, [], ["structure_open", "structure_next", "structure_close"]),
    ("drill-structure-starr", NL_STARR, "nl", True, ["starr_situation", "starr_task",
     "starr_action", "starr_result", "starr_reflection"], []),
    ("drill-structure-starr", EN_STARR, "en", True, ["starr_situation", "starr_task",
     "starr_action", "starr_result", "starr_reflection"], []),
    ("drill-structure-starr", NL_STARR_NO_REFLECTION, "nl", False, ["starr_situation",
     "starr_task", "starr_action", "starr_result"], ["starr_reflection"]),
    ("drill-closing-questions", "Hoe gaat de procedure verder? Wanneer hoor ik van jullie, en "
     "wanneer zou ik kunnen beginnen? Dank jullie allemaal voor het fijne gesprek.", "nl", True,
     ["procedure", "when_hear", "when_start", "thanks", "thank_everyone"], []),
    ("drill-closing-questions", "When will I hear from you, and when would I start? Thank you "
     "all for your time.", "nl", True, ["when_hear", "when_start", "thanks", "thank_everyone"],
     ["procedure"]),
    ("drill-closing-questions", "Bedankt voor het gesprek.", "nl", False, ["thanks"],
     ["procedure", "when_hear", "when_start", "thank_everyone"]),
    ("drill-closing-questions", "Wanneer hoor ik iets? Bedankt, Sanne.", "nl", False,
     ["when_hear", "thanks"], ["procedure", "when_start", "thank_everyone"]),
    ("drill-closing-goodbye", "Graag! Wanneer kan ik iets van jullie verwachten? Bedankt "
     "allemaal.", "nl", True, ["when_hear", "thanks", "thank_everyone"], ["when_start"]),
    ("drill-closing-goodbye", "Great. When can I expect to hear? Thanks, everyone.", "en", True,
     ["when_hear", "thanks", "thank_everyone"], ["when_start"]),
    ("drill-closing-goodbye", "Thank you, goodbye.", "en", False, ["thanks"],
     ["when_hear", "thank_everyone", "when_start"]),
]  # fmt: skip


@pytest.mark.parametrize(("drill_id", "answer", "lang", "passed", "found", "missing"), TABLE)
def test_a_drill_answer_is_read_for_what_it_did(drill_id, answer, lang, passed, found, missing):
    result = check_drill(drill_id, answer, lang)
    assert result.passed == passed
    assert sorted(o.code for o in result.found) == sorted(found)
    assert sorted(o.code for o in result.missing) == sorted(missing)


@pytest.mark.parametrize(
    ("drill_id", "answer", "lang", "expected"),
    [
        ("drill-buy-time-bad-at", NL_BUY_TIME, "nl", "Je kocht tijd met 'dat is een goede vraag'"),
        (
            "drill-buy-time-bad-at",
            EN_BUY_TIME,
            "en",
            "You bought time with 'that's a good question",
        ),
        ("drill-clarify-vague", "Bedoel je mijn werk?", "nl", "Je vroeg om uitleg met 'bedoel je'"),
        ("drill-closing-goodbye", "Bedankt!", "nl", "Je vroeg niet wanneer je iets hoort"),
        ("drill-closing-goodbye", "Thanks!", "en", "You did not ask when you will hear"),
        ("drill-closing-questions", "When will I hear?", "en", "('when will I hear')"),
    ],
)
def test_feedback_names_what_was_seen_or_missed(drill_id, answer, lang, expected) -> None:
    result = check_drill(drill_id, answer, lang)
    texts = " ".join(o.text for o in [*result.found, *result.missing])
    assert expected in texts


@pytest.mark.parametrize("lang", LANGS)
def test_feedback_is_in_the_ui_language_whatever_the_answer_language(lang) -> None:
    result = check_drill(
        "drill-buy-time-bad-at", EN_BUY_TIME if lang == "nl" else NL_BUY_TIME, lang
    )
    opening = {"nl": "Je kocht tijd", "en": "You bought time"}[lang]
    assert result.passed and result.found[0].text.startswith(opening)


def test_an_english_phrase_does_not_count_in_a_dutch_answer_in_a_dutch_ui() -> None:
    # The answer is Dutch and so is the UI: only Dutch patterns apply.
    answer = "Good question. " + NL_BUY_TIME.split(". ", 1)[1]
    assert answer_lang(answer, "nl") == "nl"
    assert "buy_time" in [
        o.code for o in check_drill("drill-buy-time-bad-at", answer, "nl").missing
    ]


@pytest.mark.parametrize(
    ("answer", "fallback", "expected"),
    [(NL_STARR, "en", "nl"), (EN_STARR, "nl", "en"), ("", "en", "en"), ("Oké!", "nl", "nl")],
)
def test_the_answer_language_is_recognised(answer, fallback, expected) -> None:
    assert answer_lang(answer, fallback) == expected


def test_an_unknown_drill_is_a_key_error() -> None:
    with pytest.raises(KeyError):
        check_drill("drill-nope", "Goede vraag.", "nl")


@pytest.mark.parametrize("lang", LANGS)
def test_every_kind_of_drill_exists_with_phrases_to_practise(lang) -> None:
    found = drills(lang)
    assert {d.kind for d in found} == set(DRILL_KINDS)
    assert all(d.prompt and d.instructions and d.phrases for d in found)
    assert len({d.id for d in found}) == len(found)


@pytest.mark.parametrize(("lang", "listen"), [("nl", "Luister eerst de hele vraag af"),
                                              ("en", "First listen to the whole question")])  # fmt: skip
def test_the_buy_time_drill_teaches_to_listen_first(lang, listen) -> None:
    buy_time = [d for d in drills(lang) if d.kind == "buy_time"]
    assert any(listen in d.instructions and "D1" in d.method_points for d in buy_time)


@pytest.mark.parametrize("code", sorted(check_definitions()))
def test_every_check_has_feedback_in_both_languages_and_valid_patterns(code) -> None:
    check = check_definitions()[code]
    for field in ("found", "missing"):
        assert check[field]["nl"].strip() and check[field]["en"].strip()
        assert check[field]["nl"] != check[field]["en"]
    for lang in LANGS:
        for pattern in check.get("patterns", {}).get(lang, []):
            re.compile(pattern)


@pytest.mark.parametrize(
    ("lang", "answer", "cliche"),
    [
        ("nl", "Goede vraag, daar wil ik even over nadenken. Ik ben eigenlijk te perfectionistisch, "
         "ik blijf dingen controleren tot ze helemaal kloppen en dat kost me soms veel tijd.",
         "'perfectionistisch'"),
        ("nl", "Goede vraag, daar wil ik even over nadenken. Ik ben een beetje perfectionistisch en "
         "ik blijf dingen controleren tot ze helemaal kloppen, dat kost me soms veel tijd.",
         "'perfectionistisch'"),
        ("en", "Good question, let me think about that for a moment. I work too hard, I often stay "
         "late to finish everything and then I am tired the next morning at work.",
         "'work too hard'"),
    ],
)  # fmt: skip
def test_the_difficult_question_drill_names_a_cliche(lang, answer, cliche) -> None:
    result = check_drill("drill-buy-time-bad-at", answer, lang)
    named = [o.text for o in result.missing if o.code == "cliche"]
    assert len(named) == 1 and cliche in named[0]
    assert result.passed  # a cliché is a tip, not a failure


def test_an_answer_without_a_cliche_gets_no_cliche_note() -> None:
    answer = (
        "Goede vraag, daar wil ik even over nadenken. Ik vind presenteren voor grote groepen "
        "lastig. Daarom oefen ik nu elke maand in ons teamoverleg en dat gaat steeds beter."
    )
    result = check_drill("drill-buy-time-bad-at", answer, "nl")
    assert not [o for o in result.missing + result.found if o.code == "cliche"]


SALARY_ANSWERS = [
    ("drill-salary-current-pay", "Ik kijk liever naar wat bij deze functie past. Ik denk aan "
     "€ 4.000 tot € 4.500 bruto per maand. Welke bandbreedte hebben jullie?", "nl", True),
    ("drill-salary-current-pay", "Ik verdien nu 3.650 euro bruto.", "nl", False),
    ("drill-salary-current-pay", "I would rather look at what fits this role: I am thinking of "
     "€4,000 to €4,500 a month.", "en", True),
    ("drill-salary-expectations", "Op basis van de functie en mijn ervaring denk ik aan tussen "
     "4.000 en 4.500 euro bruto per maand.", "nl", True),
    ("drill-salary-expectations", "Iets van 4.000 euro.", "nl", False),
    ("drill-salary-expectations", "Based on my experience, between €55k and €60k a year.", "en", True),
    ("drill-salary-offer-in-room", "Dank je wel, daar ben ik echt blij mee! Wil je het op de mail "
     "zetten? En wanneer wil je mijn antwoord hebben?", "nl", True),
    ("drill-salary-offer-in-room", "Ja, ik neem het aan!", "nl", False),
    ("drill-salary-offer-in-room", "Thank you, I am really pleased. Could you send it by e-mail? "
     "By when would you like my answer?", "en", True),
]  # fmt: skip


@pytest.mark.parametrize(("drill_id", "answer", "lang", "passed"), SALARY_ANSWERS)
def test_the_salary_drills_read_what_the_answer_did(drill_id, answer, lang, passed) -> None:
    result = check_drill(drill_id, answer, lang)
    assert result.passed is passed, [o.text for o in result.missing]
