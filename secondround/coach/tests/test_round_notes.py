"""R1 → R3, D7: the previous round's doubts and topics become questions, slots, closing lines and
sheet lines."""

import pytest

from secondround.coach.round_notes import (
    Asker,
    ExampleInfo,
    doubt_question,
    find_out_key,
    find_out_question,
    read_notes,
    second_person,
    split_points,
)

WINTER = ExampleInfo(
    id=1,
    title="Wintercrisis",
    text="Ik nam het team van twaalf mee en de wachttijd daalde. I led the team of twelve.",
    competencies=("stress_resistance",),
)
CLAIM = ExampleInfo(
    id=2,
    title="Flexibel",
    text="Ik ben heel flexibel en het team vindt me fijn.",
    competencies=("flexibility",),
    missing_parts=("situation", "task", "action", "result", "reflection"),
)
MARK = Asker(name="Mark", address="je")
LOTTE = Asker(name="Lotte", address="u")

CASES = {
    "nl": {
        "doubts": "Of ik genoeg ervaring heb met een team van deze omvang.\nflexibiliteit",
        "topics": "Inwerkperiode en begeleiding",
        "questions": [
            "Vorige keer vroeg ik me af of je genoeg ervaring hebt met een team van deze "
            "omvang. Kun je met een voorbeeld laten zien hoe dat zit?",
            "Vorige keer had ik nog een twijfel over flexibiliteit. Kunt u met een voorbeeld "
            "laten zien hoe dat zit?",
            "Ik kom nog even terug op vorige keer: inwerkperiode en begeleiding. Hoe kijk je "
            "daar nu tegenaan?",
        ],
        "closing": "Vorige keer vroeg je je af of ik genoeg ervaring heb met een team van deze "
        "omvang. Mag ik daar een voorbeeld van geven?",
        "sheet": [
            "Twijfel: Of ik genoeg ervaring heb met een team van deze omvang → mijn bewijs: "
            "Wintercrisis",
            "Twijfel: flexibiliteit → nog geen voorbeeld",
            "Terugkomen op: Inwerkperiode en begeleiding",
        ],
        "slot": "Twijfel: flexibiliteit",
    },
    "en": {
        "doubts": "Whether I have enough experience with a team this size\nflexibility",
        "topics": "Onboarding and support",
        "questions": [
            "Last time I wondered whether you have enough experience with a team this size. "
            "Can you show with an example how that is?",
            "Last time I still had a doubt about flexibility. Can you show with an example "
            "how that is?",
            "Let me come back to last time: onboarding and support. How do you see that now?",
        ],
        "closing": "Last time you wondered whether I have enough experience with a team this "
        "size. May I give you an example?",
        "sheet": [
            "Doubt: Whether I have enough experience with a team this size → my evidence: "
            "Wintercrisis",
            "Doubt: flexibility → no example yet",
            "Come back to: Onboarding and support",
        ],
        "slot": "Doubt: flexibility",
    },
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_each_doubt_and_topic_becomes_question_slot_closing_and_sheet_line(lang) -> None:
    case = CASES[lang]
    points = read_notes(
        doubts=case["doubts"],
        topics=case["topics"],
        askers=[MARK, LOTTE],
        examples=[WINTER, CLAIM],
        lang=lang,
    )
    assert [p.key for p in points] == ["notes:doubt:1", "notes:doubt:2", "notes:topic:1"]
    assert [p.question for p in points] == case["questions"]
    assert [p.asker for p in points] == ["Mark", "Lotte", "Mark"]
    assert points[0].closing == case["closing"]
    assert [p.sheet_line for p in points] == case["sheet"]
    assert points[1].slot_title == case["slot"]
    assert points[0].example == WINTER


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_claim_never_answers_a_doubt(lang) -> None:
    points = read_notes(doubts="flexibel", topics="", askers=[], examples=[CLAIM], lang=lang)
    assert points[0].example is None


@pytest.mark.parametrize(
    ("lang", "expected"),
    [
        ("nl", "Vorige keer bleef bij ons de vraag of je genoeg ervaring hebt met teams. Kun je"),
        ("en", "Last time we were left wondering whether you have enough experience with teams."),
    ],
)
def test_without_anyone_from_last_time_nobody_is_named(lang, expected) -> None:
    text = {
        "nl": "of ik genoeg ervaring heb met teams",
        "en": "whether I have enough experience with teams",
    }[lang]
    assert doubt_question(text, None, lang).startswith(expected)


@pytest.mark.parametrize(
    ("clause", "address", "lang", "expected"),
    [
        ("ik heb weinig ervaring met mijn team", "je", "nl", "je hebt weinig ervaring met je team"),
        ("ik heb weinig ervaring met mijn team", "u", "nl", "u heeft weinig ervaring met uw team"),
        ("ik ben te jong", "u", "nl", "u bent te jong"),
        ("I am too young for my role", "je", "en", "you are too young for your role"),
        ("de planning werkt niet", "je", "nl", "de planning werkt niet"),
    ],
)
def test_the_candidates_words_turn_into_the_interviewers(clause, address, lang, expected) -> None:
    assert second_person(clause, address, lang) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("- a\n\n• b; c\nA.", ["a", "b", "c"]),
        ("", []),
        ("één punt.", ["één punt"]),
    ],
)
def test_notes_split_into_points(text, expected) -> None:
    assert split_points(text) == expected


@pytest.mark.parametrize(
    ("notes", "expected"),
    [
        ("Twijfel: weinig ervaring met IT-leveranciers", ["weinig ervaring met IT-leveranciers"]),
        ("- Doubt: little experience with suppliers", ["little experience with suppliers"]),
        ("Terugkomen op: het budget; Vraag: de reistijd", ["het budget", "de reistijd"]),
        ("Planning: wie maakt die?", ["Planning: wie maakt die?"]),  # not a label: kept whole
        ("Twijfel:", ["Twijfel:"]),
    ],
)
def test_a_label_before_a_note_is_dropped(notes, expected) -> None:
    assert split_points(notes) == expected


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_asker_speaks_for_themself_and_never_reads_out_a_label(lang) -> None:
    doubts = "Twijfel: weinig ervaring met IT-leveranciers" if lang == "nl" else "Doubt: suppliers"
    point = read_notes(doubts=doubts, topics="", askers=[LOTTE], examples=[], lang=lang)[0]
    assert "Lotte" not in point.question and point.asker == "Lotte"
    assert "Twijfel" not in point.question and "Doubt" not in point.question
    assert ("ik" in point.question.split()) if lang == "nl" else ("I" in point.question.split())


@pytest.mark.parametrize(
    ("point", "address", "lang", "question"),
    [
        ("uitzoeken hoe hun NPS wordt gemeten", "je", "nl", "Kun je me vertellen hoe jullie NPS wordt gemeten?"),
        ("uitzoeken hoe hun NPS wordt gemeten", "u", "nl", "Kunt u me vertellen hoe uw NPS wordt gemeten?"),
        ("uitzoeken hoe ze de NPS meten", "je", "nl", "Hoe meten jullie de NPS?"),
        ("Nagaan: of er een scholingsbudget is", "u", "nl", "Is er een scholingsbudget?"),
        ("Kijken of thuiswerken in de cao staat", "je", "nl", "Staat thuiswerken in de cao?"),
        ("- Wat de reistijd is", "je", "nl", "Wat is de reistijd?"),
        ("navragen hoe jullie nieuwe mensen inwerken", "je", "nl", "Kun je me vertellen hoe jullie nieuwe mensen inwerken?"),
        ("uitzoeken wat hun klanten vinden van de app", "u", "nl", "Kunt u me vertellen wat uw klanten vinden van de app?"),
        ("opzoeken: het opleidingsplan", "je", "nl", "Kun je me iets meer vertellen over het opleidingsplan?"),
        ("Navragen: Wie maakt de planning?", "u", "nl", "Wie maakt de planning?"),
        ("find out how they measure NPS", "je", "en", "Could you tell me how you measure NPS?"),
        ("Check whether there is a training budget.", "u", "en", "Could you tell me whether there is a training budget?"),
        ("see if their team works remotely", "je", "en", "Could you tell me if your team works remotely?"),
        ("Find out: who does the planning?", "je", "en", "Who does the planning?"),
        # The question keeps the language of the candidate's own words, whatever the page's.
        ("uitzoeken hoe ze de NPS meten", "je", "en", "Hoe meten jullie de NPS?"),
        ("find out how they measure NPS", "je", "nl", "Could you tell me how you measure NPS?"),
    ],
)  # fmt: skip
def test_a_point_to_find_out_becomes_a_question_to_ask_them(point, address, lang, question) -> None:
    assert find_out_question(point, address, lang) == question


@pytest.mark.parametrize(
    ("point", "lang", "openings"),
    [
        ("uitzoeken hoe hun NPS wordt gemeten", "nl", ["Kun je me vertellen", "Ik ben benieuwd", "Mag ik vragen", "Kun je me vertellen"]),
        ("find out how they measure NPS", "en", ["Could you tell me", "I would like to know", "May I ask", "Could you tell me"]),
    ],
)  # fmt: skip
def test_questions_in_a_row_do_not_all_open_alike(point, lang, openings) -> None:
    said = [find_out_question(point, "je", lang, index) for index in range(4)]
    assert [s.startswith(o) for s, o in zip(said, openings, strict=True)] == [True] * 4
    assert not any(word in s.split() for s in said for word in ("hun", "their"))


def test_a_point_keeps_its_question_id_wherever_it_stands() -> None:
    key = find_out_key("Uitzoeken hoe  hun NPS wordt gemeten")
    assert key == find_out_key("uitzoeken hoe hun NPS wordt gemeten")
    assert key != find_out_key("uitzoeken hoe hun NPS wordt berekend")
    assert key.startswith("find-out:") and len(key) <= 60  # fits RoundQuestion.source_id


@pytest.mark.parametrize(
    ("lang", "table", "doubt", "topic"),
    [
        ("nl", "u", "Vorige keer vroeg u zich af of ik", "Kunt u daar nog iets meer over"),
        ("nl", "je", "Vorige keer vroeg je je af of ik", "Kun je daar nog iets meer over"),
        ("en", "u", "Last time you wondered whether I", "Could you tell me a little more"),
    ],
)
def test_the_closing_lines_take_the_tables_je_or_u(lang, table, doubt, topic) -> None:
    """Said near the end to everyone at the table: Mark says "je", but one at the table gets "u"."""
    text = {"nl": "of ik genoeg ervaring heb", "en": "whether I have enough experience"}[lang]
    points = read_notes(
        doubts=text, topics="Inwerkperiode", askers=[MARK], examples=[], lang=lang, table=table
    )
    assert points[0].closing.startswith(doubt)
    assert topic in points[1].closing
    assert points[0].question.startswith(
        {"nl": "Vorige keer vroeg ik me af of je", "en": "Last time I wondered whether you"}[lang]
    )


@pytest.mark.parametrize(
    ("topic", "asker", "lang", "question", "closing"),
    [
        (
            "Mijn aanpak van de klantreis bij Energiek", MARK, "nl",
            "Ik kom nog even terug op vorige keer: je aanpak van de klantreis bij Energiek. "
            "Hoe kijk je daar nu tegenaan?",
            "Vorige keer spraken we over mijn aanpak van de klantreis bij Energiek. Wil je daar "
            "nog meer over horen? Dan vertel ik er graag over.",
        ),
        (
            "Mijn aanpak van de klantreis bij Energiek", LOTTE, "nl",
            "Ik kom nog even terug op vorige keer: uw aanpak van de klantreis bij Energiek. "
            "Hoe kijkt u daar nu tegenaan?",
            "Vorige keer spraken we over mijn aanpak van de klantreis bij Energiek. Wilt u daar "
            "nog meer over horen? Dan vertel ik er graag over.",
        ),
        (
            "My approach to the customer journey", None, "en",
            "Let us come back to last time: your approach to the customer journey. "
            "How do you see that now?",
            "Last time we talked about my approach to the customer journey. Would you like to "
            "hear more about it? I'd be happy to tell you more.",
        ),
    ],
)  # fmt: skip
def test_a_topic_about_the_candidate_is_said_to_them_and_offered_by_them(
    topic, asker, lang, question, closing
) -> None:
    point = read_notes(
        doubts="", topics=topic, askers=[asker] if asker else [], examples=[], lang=lang
    )[0]
    assert point.question == question
    assert point.closing == closing
