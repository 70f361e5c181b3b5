"""Mock composition from the panel (P1, P2, G2, G3), table-tested in both languages."""

import pytest

from secondround.coach.address import INFORMAL
from secondround.coach.mock import (
    TALK_ORDER,
    TARGET_SECONDS,
    competency_name,
    compose_mock,
    single_pick,
)
from secondround.coach.panel import PanelMember
from secondround.coach.questions import ANSWER_TYPES, CATEGORIES, get_question, questions_they_ask

LANGS = ["nl", "en"]
SANNE_HR_KNOWN = PanelMember(name="Sanne", kind="hr", known=True)
JOOST_MANAGER_NEW = PanelMember(name="Joost", kind="manager", known=False)
AYLA_COLLEAGUE_KNOWN = PanelMember(name="Ayla", kind="colleague", known=True)
BART_COLLEAGUE_NEW = PanelMember(name="Bart", kind="colleague", known=False)
MIRA_DIRECTOR_NEW = PanelMember(name="Mira", kind="director", known=False)
MIRA_DIRECTOR_U = PanelMember(name="Mira", kind="director", known=True, address="u")

NEW_FACE = {
    "nl": "Nieuw gezicht: de manager (Joost) was er in ronde één niet bij, dus vragen uit de "
    "eerste ronde komen terug.",
    "en": "New face: the manager (Joost) was not there in round one, so round-one questions "
    "come back.",
}
KNOWN_FACE = {
    "nl": "Bekend gezicht: Sanne (HR) sprak je al en gaat nu dieper.",
    "en": "Known face: Sanne (HR) has met you before and now goes deeper.",
}
DIFFICULT = {
    "nl": "Bereid je voor op het moeilijke gesprek",
    "en": "Prepare for the hard conversation",
}


def _with_reason(picks, text):
    return [p for p in picks if any(text in reason for reason in p.reasons)]


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("seed", [0, 1, 7])
def test_hr_and_a_new_manager_in_round_two(lang, seed) -> None:
    picks = compose_mock(
        [SANNE_HR_KNOWN, JOOST_MANAGER_NEW], round_number=2, competencies=[], lang=lang, seed=seed
    )
    questions = [get_question(p.question_id) for p in picks]
    assert any("hr" in q.kinds for q in questions)
    assert any("manager" in q.kinds for q in questions)
    new_face = _with_reason(picks, NEW_FACE[lang])
    assert len(new_face) == 1
    returned = get_question(new_face[0].question_id)
    assert returned.round in ("first", "both") and "manager" in returned.kinds
    assert _with_reason(picks, DIFFICULT[lang])
    assert any(p.category == "difficult" for p in picks)
    assert any(p.category == "salary_terms" for p in picks)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize("competencies", [[], ["integrity"], ["customer_focus", "accuracy"]])
def test_the_same_people_go_deeper_with_star_questions(lang, competencies) -> None:
    picks = compose_mock(
        [SANNE_HR_KNOWN, AYLA_COLLEAGUE_KNOWN], round_number=2, competencies=competencies, lang=lang
    )
    known = _with_reason(picks, KNOWN_FACE[lang])
    assert len(known) == 1
    assert known[0].category == "competency" and known[0].answer_type == "star"
    assert "hr" in get_question(known[0].question_id).kinds
    assert not _with_reason(picks, NEW_FACE[lang][:12])
    assert any("Ayla" in reason for p in picks for reason in p.reasons)


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    "competencies",
    [["collaboration"], ["stress_resistance", "planning_organising"], ["hospitality", "negotiation"],
     ["customer_focus", "accuracy", "digital_skills"]],
)  # fmt: skip
def test_each_competency_asked_for_is_named_in_a_reason(lang, competencies) -> None:
    picks = compose_mock(
        [SANNE_HR_KNOWN, JOOST_MANAGER_NEW], round_number=2, competencies=competencies, lang=lang
    )
    for competency in competencies:
        name = competency_name(competency, lang)
        named = [p for p in picks if any(name in reason for reason in p.reasons)]
        assert named, competency
        assert competency in get_question(named[0].question_id).competencies


@pytest.mark.parametrize(
    ("competency", "lang", "name"),
    [("collaboration", "nl", "samenwerken"), ("customer_focus", "en", "customer focus")],
)
def test_a_competency_is_named_from_the_lexicon(competency, lang, name) -> None:
    assert competency_name(competency, lang) == name


@pytest.mark.parametrize("lang", LANGS)
@pytest.mark.parametrize(
    ("panel", "round_number"),
    [
        ([], 1),
        ([], 2),
        ([SANNE_HR_KNOWN], 1),
        ([SANNE_HR_KNOWN, JOOST_MANAGER_NEW], 2),
        ([AYLA_COLLEAGUE_KNOWN, BART_COLLEAGUE_NEW, MIRA_DIRECTOR_NEW], 3),
        ([PanelMember(name="Kees", kind="other")], 2),
    ],
)
def test_every_mock_opens_with_a_pitch_and_holds_a_hard_question(lang, panel, round_number) -> None:
    picks = compose_mock(panel, round_number=round_number, competencies=["initiative"], lang=lang)
    assert len(picks) == 8
    assert picks[0].category == "intro" and picks[0].answer_type == "pitch"
    assert any(p.category == "difficult" for p in picks)
    assert len({p.question_id for p in picks}) == len(picks)
    assert [TALK_ORDER.index(p.category) for p in picks] == sorted(
        TALK_ORDER.index(p.category) for p in picks
    )
    assert all(p.reasons and all(p.reasons) for p in picks)
    assert all(p.text == get_question(p.question_id).text_in(lang) for p in picks)


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", "Je weet nog niet wie er aan tafel zit"), ("en", "You do not know yet who is")],
)
def test_an_empty_panel_gives_a_generic_mix_and_says_so(lang, expected) -> None:
    picks = compose_mock([], round_number=2, competencies=[], lang=lang)
    assert expected in " ".join(picks[0].reasons)
    kinds = {k for p in picks for k in get_question(p.question_id).kinds}
    assert kinds == {"hr", "colleague", "manager", "director"}


@pytest.mark.parametrize("lang", LANGS)
def test_colleagues_bring_a_team_fit_question_that_names_them(lang) -> None:
    picks = compose_mock(
        [AYLA_COLLEAGUE_KNOWN, BART_COLLEAGUE_NEW], round_number=2, competencies=[], lang=lang
    )
    team_fit = [p for p in picks if p.category == "team_fit"]
    assert any("Ayla" in r and "Bart" in r for p in team_fit for r in p.reasons)
    assert "colleague" in get_question(team_fit[0].question_id).kinds


@pytest.mark.parametrize(
    ("panel", "round_number", "has_salary"),
    [
        ([SANNE_HR_KNOWN], 1, False),
        ([SANNE_HR_KNOWN], 2, True),
        ([JOOST_MANAGER_NEW], 3, True),
        ([AYLA_COLLEAGUE_KNOWN, BART_COLLEAGUE_NEW], 2, False),
    ],
)
def test_salary_comes_up_with_hr_or_a_manager_in_later_rounds(
    panel, round_number, has_salary
) -> None:
    picks = compose_mock(panel, round_number=round_number, competencies=[], lang="nl")
    assert any(p.category == "salary_terms" for p in picks) == has_salary


@pytest.mark.parametrize("lang", LANGS)
def test_round_one_with_a_new_face_is_a_first_talk(lang) -> None:
    picks = compose_mock([JOOST_MANAGER_NEW], round_number=1, competencies=[], lang=lang)
    rounds = {get_question(p.question_id).round for p in picks}
    assert "second" not in rounds
    assert not _with_reason(picks, NEW_FACE[lang])


def test_only_a_new_face_hears_i_was_not_there_last_time() -> None:
    with_new = compose_mock([MIRA_DIRECTOR_NEW], round_number=2, competencies=[], lang="nl")
    all_known = compose_mock([SANNE_HR_KNOWN, AYLA_COLLEAGUE_KNOWN], round_number=2,
                             competencies=[], lang="nl")  # fmt: skip
    assert with_new[0].question_id == "q-intro-newcomer"
    assert all(p.question_id != "q-intro-newcomer" for p in all_known)


def test_the_same_inputs_give_the_same_mock_and_seeds_vary_it() -> None:
    def mock(seed: int) -> list[str]:
        picks = compose_mock([], round_number=2, competencies=[], lang="en", seed=seed)
        return [p.question_id for p in picks]

    assert mock(3) == mock(3)
    assert len({tuple(mock(seed)) for seed in range(6)}) > 1


@pytest.mark.parametrize("size", [0, 1, 3, 8, 14])
def test_the_mock_has_the_asked_size(size) -> None:
    panel = [SANNE_HR_KNOWN, JOOST_MANAGER_NEW]
    picks = compose_mock(panel, round_number=2, competencies=["accuracy"], lang="nl", size=size)
    assert len(picks) == size
    if size:
        assert picks[0].category == "intro"


def test_excluded_questions_never_come_back() -> None:
    panel = [SANNE_HR_KNOWN, JOOST_MANAGER_NEW]
    first = compose_mock(panel, round_number=2, competencies=["collaboration"], lang="nl")
    seen = {p.question_id for p in first}
    second = compose_mock(
        panel, round_number=2, competencies=["collaboration"], lang="nl", exclude=seen
    )
    assert len(second) == 8 and not seen & {p.question_id for p in second}
    assert second[0].category == "intro"


def test_unknown_competencies_are_ignored() -> None:
    picks = compose_mock([SANNE_HR_KNOWN], round_number=2, competencies=["charisma"], lang="en")
    assert not any("charisma" in r for p in picks for r in p.reasons)


def test_target_lengths_follow_the_answer_type() -> None:
    assert set(TARGET_SECONDS) == set(ANSWER_TYPES)
    assert set(TALK_ORDER) == set(CATEGORIES) | {"notes"}  # notes: doubts from last time
    assert TARGET_SECONDS["star"] == (60, 120) and TARGET_SECONDS["short"] == (20, 45)
    picks = compose_mock([SANNE_HR_KNOWN], round_number=2, competencies=[], lang="nl", size=12)
    assert all(p.target_seconds == TARGET_SECONDS[p.answer_type] for p in picks)
    assert all(low < high for low, high in TARGET_SECONDS.values())


@pytest.mark.parametrize(
    ("lang", "words"), [("nl", "echt gesprek (3×)"), ("en", "real interview before (3×)")]
)
def test_questions_asked_in_real_interviews_come_back(lang, words) -> None:
    panel = [PanelMember(name="Sanne", kind="hr", known=True)]
    plain = {p.question_id for p in compose_mock(panel, round_number=2, competencies=[], lang=lang)}
    bank = [q.id for q in questions_they_ask() if q.id not in plain and q.category == "signal"]
    picks = compose_mock(
        panel, round_number=2, competencies=[], lang=lang, asked_before={bank[0]: 3, bank[1]: 1}
    )
    chosen = {p.question_id: p for p in picks}
    assert bank[0] in chosen and bank[1] in chosen
    assert any(words in reason for reason in chosen[bank[0]].reasons)


def test_an_asked_question_already_in_the_mock_gets_the_reason_added() -> None:
    panel = [PanelMember(name="Sanne", kind="hr", known=True)]
    first = compose_mock(panel, round_number=2, competencies=[], lang="nl")[0]
    picks = compose_mock(
        panel, round_number=2, competencies=[], lang="nl", asked_before={first.question_id: 2}
    )
    again = next(p for p in picks if p.question_id == first.question_id)
    assert len(again.reasons) == len(first.reasons) + 1


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_doubts_from_the_notes_are_asked_early_by_the_person_from_last_time(lang) -> None:
    from secondround.coach.mock import NoteQuestion
    from secondround.coach.round_notes import Asker, read_notes

    panel = [
        PanelMember(name="Mark", kind="manager", known=True),
        PanelMember(name="Lotte", kind="colleague", known=False),
    ]
    doubts = {"nl": "Of ik genoeg ervaring heb met grote teams", "en": "Whether I can lead"}[lang]
    points = read_notes(doubts=doubts, topics="", askers=[Asker("Mark")], examples=[], lang=lang)
    notes = [NoteQuestion(p.key, p.question, p.asker, p.reason) for p in points]
    mock = compose_mock(panel, round_number=2, competencies=[], lang=lang, size=5, notes=notes)
    assert len(mock) == 5
    assert mock[0].category == "intro"
    assert mock[1].question_id == "notes:doubt:1" and mock[1].asker == "Mark"
    assert "Mark" not in mock[1].text  # the asker speaks for themself: "vorige keer vroeg ik me af"
    assert any(pick.asker == "Lotte" for pick in mock)  # the new face asks a question too


@pytest.mark.parametrize("round_number", [1, 2, 3])
@pytest.mark.parametrize("seed", [0, 1, 7])
def test_a_director_addressed_with_u_asks_every_question_with_u(round_number, seed) -> None:
    picks = compose_mock(
        [MIRA_DIRECTOR_U], round_number=round_number, competencies=[], lang="nl", seed=seed
    )
    assert all(p.text == get_question(p.question_id).text_in("nl", "u") for p in picks)
    assert not [p.text for p in picks if INFORMAL.search(p.text)]
    assert sum(p.text != get_question(p.question_id).text_in("nl") for p in picks) >= 6


def test_each_question_comes_in_the_form_of_the_person_who_asks_it() -> None:
    panel = [SANNE_HR_KNOWN, MIRA_DIRECTOR_U, BART_COLLEAGUE_NEW]
    picks = compose_mock(panel, round_number=2, competencies=[], lang="nl", size=10)
    by_asker = {p.asker: p for p in picks}
    mira, bart = by_asker["Mira"], by_asker["Bart"]
    assert mira.text == get_question(mira.question_id).text_in("nl", "u")
    assert bart.text == get_question(bart.question_id).text_in("nl", "je")
    assert INFORMAL.search(bart.text) and not INFORMAL.search(mira.text)
    # "I wasn't there last time" comes from the new face, in their form, not from Mira.
    assert picks[0].question_id == "q-intro-newcomer" and picks[0].asker == "Bart"
    assert "Kun je me in het kort vertellen" in picks[0].text


def test_in_english_the_form_of_address_changes_nothing() -> None:
    def texts(member: PanelMember) -> list[str]:
        return [p.text for p in compose_mock([member], round_number=2, competencies=[], lang="en")]

    assert texts(MIRA_DIRECTOR_U) == texts(PanelMember(name="Mira", kind="director", known=True))


# One bank question practised on its own

WEAKNESS = get_question("q-weakness")  # asked by HR and managers
PICKED = {
    "nl": "Je koos deze vraag zelf in de vragenbank.",
    "en": "You picked this question yourself in the question bank.",
}
ASKED_BY = {
    "nl": "Wordt vaak gesteld door HR en de manager.",
    "en": "Often asked by HR and the manager.",
}


@pytest.mark.parametrize("lang", LANGS)
def test_a_single_question_without_a_table_is_asked_with_je_by_nobody(lang) -> None:
    pick = single_pick(WEAKNESS, [], lang=lang)
    assert pick.question_id == "q-weakness" and pick.asker == ""
    assert pick.text == WEAKNESS.text_in(lang, "je")
    assert pick.answer_type == WEAKNESS.answer_type
    assert pick.target_seconds == TARGET_SECONDS[WEAKNESS.answer_type]
    assert pick.reasons[0].startswith(PICKED[lang]) and pick.reasons[1] == ASKED_BY[lang]


@pytest.mark.parametrize(
    ("panel", "asker", "text"),
    [
        # A director addressed with "u" does not ask it: the HR adviser does, with "je".
        ([MIRA_DIRECTOR_U, SANNE_HR_KNOWN], "Sanne", "Wat is je grootste zwakte?"),
        # Of two who may ask it, the known face asks, in their own form.
        (
            [JOOST_MANAGER_NEW, PanelMember("Els", "manager", known=True, address="u")],
            "Els",
            "Wat is uw grootste zwakte?",
        ),
        # Nobody of a kind that asks it: whoever sits there asks it, in their form.
        ([MIRA_DIRECTOR_U], "Mira", "Wat is uw grootste zwakte?"),
    ],
)
def test_a_single_question_comes_from_whom_a_mock_would_let_ask_it(panel, asker, text) -> None:
    pick = single_pick(WEAKNESS, panel, lang="nl")
    assert (pick.asker, pick.text) == (asker, text)
    assert single_pick(WEAKNESS, panel, lang="en").text == "What is your biggest weakness?"


def test_a_single_question_is_worded_as_the_mock_words_it_for_that_person() -> None:
    """The same question from the same person comes in the same form of address, alone or in a
    mock; a mock question nobody is named for is asked on behalf of the table."""
    panel = [MIRA_DIRECTOR_U, SANNE_HR_KNOWN, JOOST_MANAGER_NEW]
    for seed in range(6):
        for mock_pick in compose_mock(panel, round_number=2, competencies=[], lang="nl", seed=seed):
            question = (
                get_question(mock_pick.question_id) if mock_pick.question_id[:2] == "q-" else None
            )
            if question is None:
                continue  # a question from the notes
            if not mock_pick.asker:
                assert mock_pick.text == question.text_in("nl", "u"), mock_pick.question_id
                continue
            alone = single_pick(question, panel, lang="nl")
            if alone.asker == mock_pick.asker:
                assert alone.text == mock_pick.text, mock_pick.question_id


HENDRIK_U = PanelMember(name="Hendrik", kind="director", known=False, address="u")
LOTTE_JE = PanelMember(name="Lotte", kind="colleague", known=False)


@pytest.mark.parametrize("seed", [0, 1, 2, 3, 7])
def test_a_question_nobody_is_named_for_takes_the_tables_form(seed) -> None:
    """Hendrik gets "u", Sanne and Lotte "je": "Stelt u zich eens voor" and "Waarom zouden we voor
    jou moeten kiezen?" in one mock was two forms at one table."""
    panel = [HENDRIK_U, SANNE_HR_KNOWN, LOTTE_JE]
    picks = compose_mock(panel, round_number=2, competencies=[], lang="nl", seed=seed, size=10)
    forms = {member.name: member.address for member in panel}
    unnamed = [p for p in picks if not p.asker]
    assert unnamed
    for pick in picks:
        if pick.question_id.startswith("q-"):
            address = forms[pick.asker] if pick.asker else "u"
            assert pick.text == get_question(pick.question_id).text_in("nl", address)
    assert not [p.text for p in unnamed if INFORMAL.search(p.text)]
    english = compose_mock(panel, round_number=2, competencies=[], lang="en", seed=seed, size=10)
    assert [p.text for p in english if not p.asker] == [
        get_question(p.question_id).text_in("en") for p in english if not p.asker
    ]


def test_a_question_nobody_is_named_for_says_je_to_a_je_table() -> None:
    panel = [SANNE_HR_KNOWN, LOTTE_JE]
    picks = compose_mock(panel, round_number=2, competencies=[], lang="nl", size=10)
    unnamed = [p for p in picks if not p.asker and p.question_id.startswith("q-")]
    assert unnamed
    assert all(p.text == get_question(p.question_id).text_in("nl", "je") for p in unnamed)


@pytest.mark.parametrize(
    ("lang", "named", "not_named"),
    [("nl", "Sanne (recruiter)", "HR-adviseur"), ("en", "Sanne (Recruiter)", "HR adviser")],
)
def test_a_person_with_a_role_is_named_by_that_role(lang, named, not_named) -> None:
    recruiter = PanelMember(name="Sanne", kind="hr", known=False, role_title="Recruiter")
    picks = compose_mock([recruiter], round_number=2, competencies=[], lang=lang)
    reasons = " ".join(r for p in picks for r in p.reasons)
    assert named in reasons
    assert not_named not in reasons
