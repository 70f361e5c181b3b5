"""Follow-up questions in the mock interview: asked after the answer, answered in the same screen,
with why they were asked, and the whole exchange in the summary."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils.html import escape

from secondround.coach.address import INFORMAL
from secondround.coach.questions import get_question
from secondround.testing.factories import (
    make_application,
    make_debrief,
    make_interviewer,
    make_round,
)

from ..models import MockAnswer
from .factories import GOOD_ANSWER, as_star_question, make_round_two, make_session

pytestmark = pytest.mark.django_db

NO_RESULT = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand van "
    "vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb het werk "
    "opnieuw verdeeld en elke ochtend een korte stand-up gehouden."
)
OFF_TOPIC = (
    "Bij de gemeente waren de wachttijden voor een paspoort veel te lang. Mijn taak was om dat op "
    "te lossen. Ik heb een nieuw afsprakensysteem bedacht en ingevoerd. Daardoor daalden de "
    "wachttijden met veertig procent. Ik heb geleerd dat kleine stappen veel opleveren."
)


@pytest.fixture
def answer(alice: Any) -> MockAnswer:
    round = make_round_two(user=alice)
    return as_star_question(make_session(round=round, size=3).answers.order_by("position")[0])


def _url(answer: MockAnswer, index: int = 0) -> str:
    return reverse("practice:follow_up", args=[answer.pk, index])


def test_an_answer_without_result_gets_the_result_question_on_the_same_page(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["targets"] == ["result"]
    assert answer.follow_ups[0]["source"] == "rules" and not answer.follow_ups[0]["answered"]
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "Wat leverde het op?" in page and "De interviewer vraagt door" in page
    # The reason comes after the answer, as in a real talk.
    assert answer.follow_ups[0]["reason"] not in page


def test_answering_a_follow_up_keeps_it_and_says_why_it_was_asked(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    text = "Na drie weken was de achterstand weg."
    response = alice_client.post(_url(answer), {"answer_text": text})
    assert response.status_code == 302 and response.url.endswith("#follow-up-1")
    answer.refresh_from_db()
    assert answer.follow_ups[0]["answer"] == text and answer.follow_ups[0]["answered"]
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert text in page and answer.follow_ups[0]["reason"] in page


def test_a_follow_up_can_be_skipped_but_not_sent_empty(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    response = alice_client.post(_url(answer), {"answer_text": "  "})
    assert response.status_code == 422
    assert "of kies om hem over te slaan" in response.content.decode()
    answer.refresh_from_db()
    assert not answer.follow_ups[0]["answered"]
    alice_client.post(_url(answer), {"answer_text": "", "skip": "1"})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["answered"] and answer.follow_ups[0]["answer"] == ""


def test_a_round_one_doubt_the_answer_touches_is_pressed_by_the_known_face(
    alice_client: Any, answer: MockAnswer
) -> None:
    assert answer.session.round is not None, "a practice interview has a round"
    first = answer.session.round.application.rounds.get(number=1)
    make_debrief(round=first, doubts="Of ik een achterstand snel kan wegwerken\nOf ik Excel ken")
    alice_client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    answer.refresh_from_db()
    doubt = next(f for f in answer.follow_ups if f["targets"] == ["doubt"])
    assert "of je een achterstand snel kunt wegwerken" in doubt["text"]  # said to you
    assert doubt["asker"] == "Sanne Jansen" and "Sanne Jansen" in doubt["reason"]


def test_a_doubt_is_pressed_once_in_a_mock(alice_client: Any, alice: Any) -> None:
    round = make_round_two(user=alice)
    items = list(make_session(round=round, size=4).answers.order_by("position"))
    first = round.application.rounds.get(number=1)  # written after the mock began: not asked
    make_debrief(round=first, doubts="Twijfel: of ik een achterstand snel kan wegwerken")
    bank = [as_star_question(item) for item in items]
    for item in bank[:2]:
        alice_client.post(item.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    pressed = [
        f for item in MockAnswer.objects.filter(pk__in=[i.pk for i in bank])
        for f in item.follow_ups if f["targets"] == ["doubt"]
    ]  # fmt: skip
    assert len(pressed) == 1
    assert "Twijfel" not in pressed[0]["text"] and "Sanne Jansen" not in pressed[0]["text"]


def test_a_doubt_the_mock_asks_itself_is_not_pressed_again(alice_client: Any, alice: Any) -> None:
    round = make_round_two(user=alice)
    first = round.application.rounds.get(number=1)
    make_debrief(round=first, doubts="Of ik een achterstand snel kan wegwerken")
    session = make_session(round=round, size=4)
    assert session.answers.filter(question_id="notes:doubt:1").exists()
    item = as_star_question(session.answers.exclude(question_id__startswith="notes:").first())
    alice_client.post(item.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    item.refresh_from_db()
    assert all(f["targets"] != ["doubt"] for f in item.follow_ups)


def test_an_off_topic_answer_is_named_and_not_counted_in_the_summary(
    alice_client: Any, alice: Any
) -> None:
    session = make_session(round=make_round_two(user=alice), size=3)
    item = session.answers.order_by("position")[0]
    item.question_id, item.answer_type = "q-satisfied-day", "opinion"
    item.question_text = "Wanneer ga je na een werkdag tevreden naar huis?"
    item.save()
    alice_client.post(item.get_absolute_url(), {"answer_text": OFF_TOPIC})
    item.refresh_from_db()
    assert not item.is_on_topic and not item.has_part("result")
    assert item.follow_ups[0]["targets"] == ["relevance"]
    page = alice_client.get(item.get_absolute_url()).content.decode()
    assert "Dit is geen antwoord op de vraag." in page and "STARR-onderdelen" not in page
    summary = alice_client.get(reverse("practice:summary", args=[session.pk])).content.decode()
    assert "Geen antwoord op de vraag" in summary and "0 (0%)" in summary


def test_the_summary_shows_the_whole_exchange(alice_client: Any, answer: MockAnswer) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.post(_url(answer), {"answer_text": "De achterstand was na drie weken weg."})
    summary = reverse("practice:summary", args=[answer.session_id])
    page = alice_client.get(summary).content.decode()
    assert "Het gesprek" in page and "Wat leverde het op?" in page
    assert "De achterstand was na drie weken weg." in page


def test_follow_up_needs_login_and_is_404_for_bob_and_405_for_get(
    alice_client: Any, bob: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    anonymous, as_bob = Client(), Client()
    as_bob.force_login(bob)
    assert anonymous.post(_url(answer), {"answer_text": "x"}).status_code == 302
    assert as_bob.post(_url(answer), {"answer_text": "x"}).status_code == 404
    assert alice_client.get(_url(answer)).status_code == 405
    assert alice_client.post(_url(answer, 7), {"answer_text": "x"}).status_code == 404


@pytest.mark.parametrize(
    ("text", "supplied", "line"),
    [
        (
            "Na drie weken was de achterstand helemaal weggewerkt.",
            True,
            "Nu noem je wat het opleverde.",
        ),
        ("Dat weet ik eigenlijk niet meer.", False, "Je noemt nog steeds niet wat het opleverde."),
    ],
)
def test_the_answer_to_a_follow_up_is_read_for_what_it_asked(
    alice_client: Any, answer: MockAnswer, text: str, supplied: bool, line: str
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.post(_url(answer), {"answer_text": text})
    answer.refresh_from_db()
    heard = answer.follow_ups[0]["heard"]
    assert heard["target"] == "result" and heard["supplied"] is supplied
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert line in page and f'data-heard="{"yes" if supplied else "no"}"' in page
    summary = alice_client.get(reverse("practice:summary", args=[answer.session.pk]))
    assert line in summary.content.decode()


def test_a_skipped_follow_up_gets_no_verdict(alice_client: Any, answer: MockAnswer) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.post(_url(answer), {"answer_text": "", "skip": "1"})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["heard"] is None
    assert "data-heard" not in alice_client.get(answer.get_absolute_url()).content.decode()


def test_a_director_addressed_with_u_asks_and_follows_up_with_u(
    alice_client: Any, alice: Any
) -> None:
    application = make_application(user=alice)
    director = make_interviewer(application=application, name="Mira de Vries", kind="director")
    make_round(application=application, interviewers=[director], number=1, status="done")
    round = make_round(application=application, interviewers=[director], number=2)
    answers = list(make_session(round=round, size=8).answers.order_by("position"))
    assert [a.question_text for a in answers] == [
        get_question(a.question_id).text_in("nl", "u") for a in answers
    ]
    assert not [a.question_text for a in answers if INFORMAL.search(a.question_text)]
    story = next(a for a in answers if a.answer_type == "star" and "u " in a.question_text)
    alice_client.post(story.get_absolute_url(), {"answer_text": NO_RESULT})
    story.refresh_from_db()
    asked = [f["text"] for f in story.follow_ups]
    assert "Wat doet u sindsdien anders?" in asked
    assert not [text for text in asked if INFORMAL.search(text)]
    assert {f["asker"] for f in story.follow_ups} == {"Mira de Vries"}
    page = alice_client.get(story.get_absolute_url()).content.decode()
    assert escape(story.question_text) in page and "Mira de Vries:" in page
    # An answer that misses the question gets the question back, in the same form.
    view = next(a for a in answers if a.answer_type == "opinion")
    alice_client.post(view.get_absolute_url(), {"answer_text": OFF_TOPIC})
    view.refresh_from_db()
    again = f"Dat is niet helemaal wat ik u vroeg. Mijn vraag was: „{view.question_text}”"
    assert view.follow_ups[0]["text"] == again


@pytest.mark.parametrize(
    ("lang", "text", "line"),
    [
        ("nl", "Ik houd van wandelen in de duinen.", "Dit antwoord zegt niet wat het opleverde."),
        ("en", "I love walking in the dunes.", "This answer doesn&#x27;t say what came of it."),
    ],
)
def test_a_follow_up_answered_about_something_else_is_named_and_gives_nothing(
    alice_client: Any, answer: MockAnswer, lang: str, text: str, line: str
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.cookies["django_language"] = lang
    alice_client.post(_url(answer), {"answer_text": text})
    answer.refresh_from_db()
    heard = answer.follow_ups[0]["heard"]
    assert heard["on_topic"] is False and heard["supplied"] is False
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert line in page and 'data-heard="off-topic"' in page
    summary = alice_client.get(reverse("practice:summary", args=[answer.session_id]))
    content = summary.content.decode()
    assert line in content
    assert "in je antwoord op de vervolgvraag" not in content
    assert "in your answer to the follow-up" not in content


def test_a_short_real_result_still_counts_after_the_check(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.post(_url(answer), {"answer_text": "Twintig procent minder klachten."})
    answer.refresh_from_db()
    heard = answer.follow_ups[0]["heard"]
    assert heard["on_topic"] is True and heard["supplied"] is True
    summary = alice_client.get(reverse("practice:summary", args=[answer.session_id]))
    assert "in je antwoord op de vervolgvraag" in summary.content.decode()


def test_shares_leave_out_answers_to_another_question(alice_client: Any, alice: Any) -> None:
    session = make_session(round=make_round_two(user=alice), size=3)
    first, second = session.answers.order_by("position")[:2]
    first.question_id, first.answer_type = "q-satisfied-day", "opinion"
    first.question_text = "Wanneer ga je na een werkdag tevreden naar huis?"
    first.save()
    as_star_question(second)
    alice_client.post(first.get_absolute_url(), {"answer_text": OFF_TOPIC})
    alice_client.post(second.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    summary = alice_client.get(reverse("practice:summary", args=[session.pk])).content.decode()
    # One answer judged, and it has a result: 100 %, not 50 % of both.
    assert "1 (100%)" in summary and "hierboven niet meegeteld" in summary
    progress = alice_client.get(reverse("practice:progress")).content.decode()
    assert "1 niet over de vraag" in progress


def test_the_answer_page_counts_what_the_follow_up_gave(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "✗ Resultaat:" in page
    alice_client.post(_url(answer), {"answer_text": "Na drie weken was de achterstand weg."})
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "✓ Resultaat:" in page and "✗ Resultaat:" not in page
    assert "in je antwoord op de vervolgvraag" in page
    answer.refresh_from_db()
    assert answer.analysis is not None
    stale = [t["text"] for t in answer.analysis["tips"] if t.get("about") == "result"]
    assert stale and not any(escape(text) in page for text in stale)


WEEKEND = {
    "nl": "In het weekend fiets ik graag lange tochten door de polder met vrienden. Daarna "
    "drinken we koffie op een terras en praten we over van alles.",
    "en": "At the weekend I like long bike rides through the countryside with friends. After that "
    "we have coffee on a terrace and talk about all sorts of things.",
}
GOOD_EN = (
    "Last year I was a team lead at an energy company. Our team had a backlog of four hundred "
    "customer questions. My task was to clear it within a month. I split the work again and held "
    "a short stand-up every morning. As a result the backlog was gone after three weeks. I "
    "learned that short lines in the team give a lot of calm."
)
ANSWERED_AGAIN = {
    "nl": ("Nu beantwoord je de vraag: dit telt als je antwoord.", "STARR-onderdelen in dit "
           "antwoord: Situatie", "Dit is geen antwoord op de vraag."),
    "en": ("Now you answer the question: this counts as your answer.", "STARR parts in this "
           "answer: Situation", "This does not answer the question."),
}  # fmt: skip


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_the_question_answered_when_asked_again_counts_as_the_answer(
    alice_client: Any, answer: MockAnswer, lang: str
) -> None:
    alice = answer.session.user
    alice.language = lang
    alice.save()
    if lang == "en":
        answer.question_text = "Tell me about a goal you reached when it first seemed out of reach."
        answer.save()
    alice_client.post(answer.get_absolute_url(), {"answer_text": WEEKEND[lang]})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["targets"] == ["relevance"] and not answer.is_on_topic
    story = GOOD_ANSWER if lang == "nl" else GOOD_EN
    alice_client.post(_url(answer), {"answer_text": story})
    answer.refresh_from_db()
    assert answer.is_on_topic and answer.has_part("result") and answer.has_part("situation")
    verdict, given, off_topic = ANSWERED_AGAIN[lang]
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert verdict in page and given in page and 'data-heard="yes"' in page
    assert escape(off_topic) not in page and "part-present" in page
    summary = alice_client.get(reverse("practice:summary", args=[answer.session_id]))
    text = summary.content.decode()
    assert escape(off_topic) not in text and 'data-parts="present"' in text
    progress = alice_client.get(reverse("practice:progress")).content.decode()
    assert "100%" in progress or "100 %" in progress


def test_the_question_answered_about_something_else_again_is_named_in_one_line(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": WEEKEND["nl"]})
    dunes = "Op zondag wandel ik graag door de duinen met mijn hond en een thermoskan thee."
    alice_client.post(_url(answer), {"answer_text": dunes})
    answer.refresh_from_db()
    assert not answer.is_on_topic and not answer.has_part("result")
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert page.count("Ook dit antwoord gaat niet over de vraag.") == 1
    assert 'data-heard="off-topic"' in page and "data-given" not in page


HTMX = {"HTTP_HX_REQUEST": "true"}
DRAFT_TEXTS = {
    "nl": (
        "Wat je typt, wordt als concept opgeslagen.",
        "Concept opgeslagen",
        "Je concept is terug",
    ),
    "en": ("What you type is saved as a draft.", "Draft saved", "Your draft is back"),
}


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_a_typed_follow_up_answer_is_kept_as_a_draft_and_comes_back(
    alice_client: Any, answer: MockAnswer, lang: str
) -> None:
    alice = answer.session.user
    alice.language = lang
    alice.save()
    notice, saved, back = DRAFT_TEXTS[lang]
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert notice in page
    url = reverse("practice:follow_up_draft", args=[answer.pk, 0])
    response = alice_client.post(url, {"answer_text": "Na drie weken was de"}, **HTMX)
    assert response.status_code == 200 and saved in response.content.decode()
    assert "<html" not in response.content.decode()
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "Na drie weken was de</textarea>" in page and back in page
    # Without JavaScript the button saves it too; answering it clears the draft.
    response = alice_client.post(url, {"answer_text": "Na drie weken was de achterstand weg."})
    assert response.status_code == 302 and response["Location"].endswith("#follow-up-1")
    alice_client.post(_url(answer), {"answer_text": "Na drie weken was de achterstand weg."})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["answered"] and "draft" not in answer.follow_ups[0]
    # A follow-up already answered takes no draft: nothing would be saved, so none is said to be.
    assert alice_client.post(url, {"answer_text": "Nog iets"}, **HTMX).status_code == 404
    answer.refresh_from_db()
    assert "draft" not in answer.follow_ups[0]


def test_a_follow_up_draft_is_404_for_bob_and_405_for_get(
    alice_client: Any, bob: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    url = reverse("practice:follow_up_draft", args=[answer.pk, 0])
    as_bob = Client()
    as_bob.force_login(bob)
    assert as_bob.post(url, {"answer_text": "x"}).status_code == 404
    assert Client().post(url, {"answer_text": "x"}).status_code == 302
    assert alice_client.get(url).status_code == 405
    assert (
        alice_client.post(reverse("practice:follow_up_draft", args=[answer.pk, 9])).status_code
        == 404
    )
