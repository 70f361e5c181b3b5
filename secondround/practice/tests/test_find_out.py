"""What the candidate still wants to find out after round one: listed in the plan of round two to
tick off or to add to the questions to ask, left out of the mock (and of what the AI interviewer
reads), and on the sheet while still open. In Dutch and English, as alice; bob gets a 404."""

from __future__ import annotations

from typing import Any

import pytest
from django.urls import reverse

from secondround.applications.models import Debrief, Round
from secondround.coach.lang import as_lang
from secondround.coach.round_notes import find_out_key
from secondround.demo import demo_create
from secondround.interviewday import sheet
from secondround.testing.factories import make_debrief

from ..models import RoundQuestion
from ..services import answer_submit
from .factories import GOOD_ANSWER, as_star_question, make_round_two, make_session

pytestmark = pytest.mark.django_db

POINTS = {
    "nl": ("Uitzoeken hoe ze de klanttevredenheid meten", "Jaarverslag 2025 lezen"),
    "en": ("Find out how they measure customer satisfaction", "Read the 2025 annual report"),
}
# As the plan and the sheet show them: a capital, and no "find out" under a heading that says it.
SHOWN = {
    "nl": ("Hoe ze de klanttevredenheid meten", "Jaarverslag 2025 lezen"),
    "en": ("How they measure customer satisfaction", "Read the 2025 annual report"),
}
QUESTION = {
    "nl": "Hoe meten jullie de klanttevredenheid?",
    "en": "Could you tell me how you measure customer satisfaction?",
}


def _setup(user: Any, lang: str = "nl") -> tuple[Any, Debrief]:
    """Round two of alice's application; round one's notes hold two points to find out."""
    if lang == "en":
        user.language = "en"
        user.save()
    two = make_round_two(user=user)
    one = two.application.rounds.get(number=1)
    notes = make_debrief(round=one, find_out="\n".join(POINTS[lang]))
    return two, notes


def _plan(client: Any, round: Any) -> str:
    response = client.get(reverse("preparation:plan", args=[round.pk]))
    assert response.status_code == 200
    return response.content.decode()


def _act(client: Any, round: Any, point: str, action: str) -> Any:
    url = reverse("practice:find_out", args=[round.pk])
    return client.post(url, {"point": point, "action": action}, follow=True)


@pytest.mark.parametrize(
    ("lang", "heading", "open_tag", "buttons"),
    [
        ("nl", "Wat je na ronde 1 nog wilde uitzoeken", "nog open", ("Heb ik uitgezocht<span", "Zet bij mijn vragen om te stellen")),
        ("en", "What you still wanted to find out after round 1", "still open", ("Found out", "Add to my questions to ask")),
    ],
)  # fmt: skip
def test_the_plans_research_step_lists_the_points(
    alice_client: Any, alice: Any, lang: str, heading: str, open_tag: str, buttons: tuple[str, str]
) -> None:
    two, _notes = _setup(alice, lang)
    page = _plan(alice_client, two)
    research_step = page[
        page.index('id="step-revisit_preparation"') : page.index('id="step-star_examples"')
    ]
    assert heading in research_step
    for point in SHOWN[lang]:
        assert f"<strong>{point}</strong>" in research_step
    assert research_step.count(open_tag) == 2
    assert all(research_step.count(button) == 2 for button in buttons)


@pytest.mark.parametrize(("lang", "tag"), [("nl", "✓ uitgezocht"), ("en", "✓ found out")])
def test_a_point_is_ticked_off_and_opened_again(
    alice_client: Any, alice: Any, lang: str, tag: str
) -> None:
    two, notes = _setup(alice, lang)
    point = POINTS[lang][1]
    response = _act(alice_client, two, point, "done")
    assert response.redirect_chain[-1][0].endswith("#find-out")
    notes.refresh_from_db()
    assert notes.found_out == [point]
    assert notes.find_out == "\n".join(POINTS[lang])  # the notes keep their words
    assert tag in response.content.decode()
    assert sheet.gather(two, lang=as_lang(lang)).still_to_check == [SHOWN[lang][0]]
    _act(alice_client, two, point, "open")
    notes.refresh_from_db()
    assert notes.found_out == []
    assert sheet.gather(two, lang=as_lang(lang)).still_to_check == list(SHOWN[lang])


@pytest.mark.parametrize(
    ("lang", "added", "again", "tag"),
    [
        ("nl", "Toegevoegd aan je vragen om te stellen.", "Dit punt staat al bij je vragen om te stellen.", "bij je vragen om te stellen"),
        ("en", "Added to your questions to ask.", "This point is in your questions to ask already.", "in your questions to ask"),
    ],
)  # fmt: skip
def test_a_point_becomes_a_question_on_the_one_list_of_questions(
    alice_client: Any, alice: Any, lang: str, added: str, again: str, tag: str
) -> None:
    two, _notes = _setup(alice, lang)
    point = POINTS[lang][0]
    page = _act(alice_client, two, point, "ask").content.decode()
    question = RoundQuestion.objects.get(round=two)
    assert (question.text, question.source_id) == (QUESTION[lang], find_out_key(point))
    assert added in page and tag in page and QUESTION[lang] in page
    # The app's own list of questions to ask has it, and the sheet asks it as a question.
    listed = alice_client.get(reverse("practice:round_questions", args=[two.pk])).content.decode()
    assert QUESTION[lang] in listed
    source = sheet.gather(two, lang=as_lang(lang))
    assert QUESTION[lang] in source.questions and source.still_to_check == [SHOWN[lang][1]]
    # Asking twice adds nothing; removing the question opens the point again.
    assert again in _act(alice_client, two, point, "ask").content.decode()
    assert RoundQuestion.objects.filter(round=two).count() == 1
    alice_client.post(reverse("practice:round_question_delete", args=[question.pk]))
    assert sheet.gather(two, lang=as_lang(lang)).still_to_check == list(SHOWN[lang])


def test_a_reworded_question_stays_tied_to_its_point(alice_client: Any, alice: Any) -> None:
    two, _notes = _setup(alice)
    _act(alice_client, two, POINTS["nl"][0], "ask")
    question = RoundQuestion.objects.get(round=two)
    alice_client.post(
        reverse("practice:round_question_edit", args=[question.pk]),
        {"text": "Welke cijfers gebruiken jullie voor de klanttevredenheid?"},
    )
    # Reworded, the question no longer reads as the point: only its link keeps the point asked.
    question.refresh_from_db()
    assert question.text == "Welke cijfers gebruiken jullie voor de klanttevredenheid?"
    page = _plan(alice_client, two)
    assert "Welke cijfers gebruiken jullie voor de klanttevredenheid?" in page
    assert QUESTION["nl"] not in page
    assert sheet.gather(two, lang="nl").still_to_check == [SHOWN["nl"][1]]


@pytest.mark.parametrize(
    ("lang", "error"),
    [
        ("nl", "Dat punt staat niet in je aantekeningen. Kies een punt op deze pagina."),
        ("en", "That point is not in your notes. Choose a point on this page."),
    ],
)
def test_a_point_not_in_the_notes_is_refused(
    alice_client: Any, alice: Any, lang: str, error: str
) -> None:
    two, notes = _setup(alice, lang)
    for data in (
        {"point": "Iets wat er nooit stond", "action": "done"},
        {"point": POINTS[lang][0], "action": "forget"},
        {"point": "", "action": "ask"},
    ):
        response = alice_client.post(reverse("practice:find_out", args=[two.pk]), data, follow=True)
        assert error in response.content.decode()
    notes.refresh_from_db()
    assert notes.found_out == [] and not RoundQuestion.objects.exists()


def test_round_one_has_no_points_to_settle(alice_client: Any, alice: Any) -> None:
    two, _notes = _setup(alice)
    one = two.application.rounds.get(number=1)
    response = alice_client.post(
        reverse("practice:find_out", args=[one.pk]), {"point": POINTS["nl"][0], "action": "done"}
    )
    assert response.status_code == 302 and Debrief.objects.get().found_out == []


@pytest.mark.parametrize(
    ("lang", "error"),
    [
        ("nl", "Dit punt is te lang voor een vraag. Maak het korter in je aantekeningen."),
        ("en", "This point is too long for a question. Shorten it in your notes."),
    ],
)
def test_a_point_too_long_for_a_question_says_so(
    alice_client: Any, alice: Any, lang: str, error: str
) -> None:
    two, notes = _setup(alice, lang)
    long_point = "Uitzoeken " + "hoe het echt zit " * 80
    notes.find_out = long_point
    notes.save()
    (point,) = notes.find_out_points
    page = _act(alice_client, two, point, "ask").content.decode()
    assert error in page and not RoundQuestion.objects.exists()


def test_bob_gets_404_and_changes_nothing(alice: Any, bob_client: Any) -> None:
    two, notes = _setup(alice)
    for action in ("done", "ask"):
        response = bob_client.post(
            reverse("practice:find_out", args=[two.pk]),
            {"point": POINTS["nl"][0], "action": action},
        )
        assert response.status_code == 404
    notes.refresh_from_db()
    assert notes.found_out == [] and not RoundQuestion.objects.exists()


def test_login_required_and_post_only(client: Any, alice: Any) -> None:
    two, _notes = _setup(alice)
    url = reverse("practice:find_out", args=[two.pk])
    assert client.post(url, {"point": POINTS["nl"][0], "action": "done"}).status_code == 302
    assert Debrief.objects.get().found_out == []
    client.force_login(alice)
    assert client.get(url).status_code == 405


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_mock_never_asks_them(alice: Any, monkeypatch: pytest.MonkeyPatch, lang: str) -> None:
    """Not as a question from the notes, and not through the AI interviewer's notes either."""
    two, notes = _setup(alice, lang)
    notes.topics = "Inwerkperiode" if lang == "nl" else "Onboarding"
    notes.save()
    session = make_session(round=two, size=5, lang=lang)
    asked = dict(session.answers.values_list("question_id", "question_text"))
    # The doubt and the topic are asked, as the questions from the notes; no point to find out is.
    assert [key for key in asked if key.startswith("notes:")] == ["notes:doubt:1", "notes:topic:1"]
    for text in asked.values():
        assert all(word not in text for word in ("klanttevredenheid", "customer satisfaction"))
        assert all(word not in text for word in ("Jaarverslag", "annual report"))
    seen: dict[str, Any] = {}

    def fake_ai(**kwargs: Any) -> tuple[list[dict[str, Any]], str]:
        seen.update(kwargs)
        return kwargs["follow_ups"], ""

    monkeypatch.setattr("secondround.practice.services.ai_follow_ups", fake_ai)
    item = as_star_question(session.answers.exclude(question_id__startswith="notes:").first())
    answer_submit(answer=item, text=GOOD_ANSWER, seconds=None, lang=lang)
    assert notes.topics in seen["notes"]
    assert all(point not in seen["notes"] for point in POINTS[lang])


@pytest.mark.parametrize(("lang", "label"), [("nl", "Nog uitzoeken:"), ("en", "Still to check:")])
def test_the_sheet_shows_what_is_still_open(
    alice_client: Any, alice: Any, lang: str, label: str
) -> None:
    two, _notes = _setup(alice, lang)
    _act(alice_client, two, POINTS[lang][1], "done")
    page = alice_client.get(reverse("interviewday:sheet", args=[two.pk])).content.decode()
    questions = page[page.index('id="sheet-questions"') :]
    assert f"<strong>{label}</strong> {SHOWN[lang][0]}</p>" in questions
    assert POINTS[lang][1] not in page  # found out: off the sheet


def test_a_sheet_without_points_has_no_line(alice_client: Any, alice: Any) -> None:
    two = make_round_two(user=alice)
    make_debrief(round=two.application.rounds.get(number=1))
    page = alice_client.get(reverse("interviewday:sheet", args=[two.pk])).content.decode()
    assert "Nog uitzoeken" not in page and "sheet-check" not in page


@pytest.mark.parametrize(
    ("lang", "question", "still_open"),
    [
        ("nl", "Hoe meten jullie de klanttevredenheid?", "Opzoeken wat de cao zegt over thuiswerken"),
        ("en", "Could you tell me how you measure customer satisfaction?", "Look up what the collective agreement says about working from home"),
    ],
)  # fmt: skip
def test_the_demo_has_one_point_asked_and_one_still_open(
    client: Any, lang: str, question: str, still_open: str
) -> None:
    noor = demo_create(email="noor@example.com", password="noor-secret-42", language=lang)
    two = Round.objects.get(
        application__user=noor, application__company="Stroomlijn Energie", number=2
    )
    assert RoundQuestion.objects.filter(round=two, text=question).exists()
    source = sheet.gather(two, lang=as_lang(lang))
    assert question in source.questions and source.still_to_check == [still_open]
    client.force_login(noor)
    page = _plan(client, two)
    assert question in page and still_open in page


@pytest.mark.parametrize(
    ("lang", "point", "message"),
    [
        ("nl", "Glassdoor-reviews opzoeken", None),
        ("nl", "Opzoeken: hun Glassdoor-reviews", "Dit is iets om zelf op te zoeken, geen vraag voor hen."),
        ("en", "look up their Glassdoor reviews", "This is a point to look up yourself, not a question to ask them."),
    ],
)  # fmt: skip
def test_a_point_to_look_up_yourself_is_never_offered_as_a_question(
    alice_client: Any, alice: Any, lang: str, point: str, message: str | None
) -> None:
    two, notes = _setup(alice, lang)
    notes.find_out = point
    notes.save()
    page = _plan(alice_client, two)
    asks = page.count('name="action" value="ask"')
    if message is None:  # no lead word: it may be asked
        assert asks == 1
        return
    assert asks == 0
    assert message in _act(alice_client, two, point, "ask").content.decode()
    assert not RoundQuestion.objects.filter(round=two).exists()
