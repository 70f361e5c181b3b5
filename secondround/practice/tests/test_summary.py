"""The summary of a practice interview judges the whole exchange: a part that the answer to a
follow-up supplied counts, follow-ups still open are shown with a way back, and every sentence is
quoted once, with the parts it shows."""

from __future__ import annotations

from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from ..models import MockAnswer
from ..selectors import exchange_parts, quotes, session_row
from .factories import GOOD_ANSWER, as_star_question, make_round_two, make_session

pytestmark = pytest.mark.django_db

NO_RESULT = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand van "
    "vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb het werk "
    "opnieuw verdeeld en elke ochtend een korte stand-up gehouden."
)
NO_RESULT_EN = (
    "Last year I was a team lead at an energy company. Our team had a backlog of four hundred "
    "customer questions. My task was to clear it within a month. I split the work again and held "
    "a short stand-up every morning."
)
RESULT = "Na drie weken was de achterstand weg."
RESULT_EN = "In the end the backlog was gone after three weeks."
# One sentence that names the task and what was done: the analysis finds both parts in it.
TWO_PARTS = "Ik moest een achterstand van vierhonderd klantvragen wegwerken en ik heb het werk opnieuw verdeeld."  # noqa: E501
TWO_PARTS_ANSWER = f"Vorig jaar werkte ik als teamleider bij een energiebedrijf. {TWO_PARTS}"


@pytest.fixture
def answer(alice: Any) -> MockAnswer:
    round = make_round_two(user=alice)
    return as_star_question(make_session(round=round, size=3).answers.order_by("position")[0])


def _english(alice: Any) -> MockAnswer:
    alice.language = "en"
    alice.save()
    session = make_session(round=make_round_two(user=alice), size=3, lang="en")
    item = as_star_question(session.answers.order_by("position")[0])
    item.question_text = "Tell me about a goal you reached when it first seemed out of reach."
    item.save()
    return item


def _follow_up(answer: MockAnswer, index: int = 0) -> str:
    return reverse("practice:follow_up", args=[answer.pk, index])


def _summary(client: Any, answer: MockAnswer) -> str:
    response = client.get(reverse("practice:summary", args=[answer.session_id]))
    assert response.status_code == 200
    return str(response.content.decode())


def _stored(heard: dict[str, Any] | None, *, answered: bool = True) -> dict[str, Any]:
    """A follow-up as the mock stores it, with the coach's verdict on its answer."""
    return {
        "text": "Wat leverde het op?", "reason": "", "targets": [(heard or {}).get("target", "")],
        "asker": "", "source": "rules", "answer": RESULT if answered else "",
        "answered": answered, "heard": heard,
    }  # fmt: skip


RESULT_HEARD = {"target": "result", "supplied": True, "note": "", "sentences": [RESULT]}


# 1. A part the follow-up asked for and its answer supplied counts as given


def test_a_result_given_in_the_answer_to_the_follow_up_counts(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.post(_follow_up(answer), {"answer_text": RESULT})
    answer.refresh_from_db()
    assert answer.has_part("result") and answer.follow_up_parts == ["result"]
    page = _summary(alice_client, answer)
    present = page.split('data-parts="present">')[1].split("</dd>")[0]
    missing = page.split('data-parts="missing">')[1].split("</dd>")[0]
    assert 'Resultaat <span class="small">(in je antwoord op de vervolgvraag)</span>' in present
    assert "Resultaat" not in missing
    assert f"Resultaat, in je antwoord op de vervolgvraag:</strong> <q>{RESULT}</q>" in page
    # The tip that asked for a result has been acted on; the one on the lesson still stands.
    assert "Je noemt geen resultaat" not in page and "Je noemt geen reflectie" in page
    # The counts at the top say the same: one answered question, and it has a result.
    assert "Met een resultaat</dt><dd>1 (100%)" in page
    progress = alice_client.get(reverse("practice:progress")).content.decode()
    assert "1 (100%)" in progress


def test_a_result_given_in_the_answer_to_the_follow_up_counts_in_english(alice: Any) -> None:
    item = _english(alice)
    client = Client()
    client.force_login(alice)
    client.post(item.get_absolute_url(), {"answer_text": NO_RESULT_EN})
    item.refresh_from_db()
    assert item.follow_ups[0]["targets"] == ["result"]
    client.post(_follow_up(item), {"answer_text": RESULT_EN})
    page = _summary(client, item)
    assert 'Result <span class="small">(in your answer to the follow-up question)</span>' in page
    assert f"Result, in your answer to the follow-up question:</strong> <q>{RESULT_EN}</q>" in page
    assert "With a result</dt><dd>1 (100%)" in page


def test_a_follow_up_answer_without_the_result_does_not_count(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    alice_client.post(_follow_up(answer), {"answer_text": "Dat weet ik eigenlijk niet meer."})
    answer.refresh_from_db()
    assert not answer.has_part("result")
    page = _summary(alice_client, answer)
    assert "Resultaat" in page.split('data-parts="missing">')[1].split("</dd>")[0]
    assert "in je antwoord op de vervolgvraag" not in page
    assert "Met een resultaat</dt><dd>0 (0%)" in page


@pytest.mark.parametrize(
    ("on_topic", "follow_ups", "counted"),
    [
        (True, [_stored(RESULT_HEARD)], True),
        (True, [_stored({**RESULT_HEARD, "supplied": False, "sentences": []})], False),
        (True, [_stored(None)], False),  # a doubt or a skipped follow-up: no verdict
        (True, [_stored(RESULT_HEARD, answered=False)], False),
        (True, [_stored({**RESULT_HEARD, "target": "own_part"})], False),
        (True, [], False),
        # An answer to another question stays uncounted, whatever followed it.
        (False, [_stored(RESULT_HEARD)], False),
    ],
)
def test_what_counts_as_a_result_over_the_whole_exchange(
    answer: MockAnswer, on_topic: bool, follow_ups: list[dict[str, Any]], counted: bool
) -> None:
    answer.analysis = {"on_topic": on_topic, "result": {"present": False, "sentences": []}}
    answer.follow_ups = follow_ups
    answer.answer_text, answer.answered_at = NO_RESULT, answer.session.started
    answer.save()
    assert answer.has_part("result") is counted
    assert session_row(answer.session).with_result == int(counted)


def test_an_off_topic_answer_gets_no_parts_in_the_summary_whatever_followed(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    answer.analysis = {**(answer.analysis or {}), "on_topic": False}
    answer.follow_ups = [_stored(RESULT_HEARD)]
    answer.save()
    page = _summary(alice_client, answer)
    assert "Dit is geen antwoord op de vraag." in page and 'data-parts="present"' not in page
    assert "Met een resultaat</dt><dd>0 (0%)" in page


# 2. Follow-ups asked but not answered stay on the summary, with a way back


def test_an_open_follow_up_is_shown_with_a_link_to_answer_it(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    page = _summary(alice_client, answer)
    assert "Wat leverde het op?" in page and "Nog niet beantwoord" in page
    assert f'href="{answer.get_absolute_url()}#follow-up-1"' in page
    assert "Vervolgvragen nog open" in page and 'href="#h-q1">vraag 1</a>' in page
    # Why it was asked comes after the answer, as on the answer page; a later one is not asked yet.
    assert answer.follow_ups[0]["reason"] not in page
    for later in answer.follow_ups[1:]:
        assert later["text"] not in page


def test_an_open_follow_up_in_english(alice: Any) -> None:
    item = _english(alice)
    client = Client()
    client.force_login(alice)
    client.post(item.get_absolute_url(), {"answer_text": NO_RESULT_EN})
    page = _summary(client, item)
    assert "Not answered yet" in page and "Follow-up questions still open" in page
    assert f'href="{item.get_absolute_url()}#follow-up-1"' in page


def test_once_every_follow_up_is_answered_none_is_open(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    assert answer.follow_ups, "an answer without a result gets a follow-up"
    for index, _ in enumerate(answer.follow_ups):
        alice_client.post(_follow_up(answer, index), {"answer_text": RESULT})
    page = _summary(alice_client, answer)
    assert "Nog niet beantwoord" not in page and "Vervolgvragen nog open" not in page
    assert all(item["text"] in page for item in answer.follow_ups)


def test_without_follow_ups_the_summary_shows_none_open(
    alice_client: Any, answer: MockAnswer
) -> None:
    assert "Vervolgvragen nog open" not in _summary(alice_client, answer)  # nothing answered yet
    alice_client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    answer.refresh_from_db()
    answer.follow_ups = []
    answer.save()
    page = _summary(alice_client, answer)
    assert "Nog niet beantwoord" not in page and "Vervolgvragen nog open" not in page
    assert "in je antwoord op de vervolgvraag" not in page


# 3. A sentence is quoted once, with every part it shows


def test_a_sentence_that_shows_two_parts_is_quoted_once() -> None:
    analysis = {
        "sentences": ["Eerst.", "Beide.", "Dan."],
        "situation": {"present": True, "sentences": ["Eerst."]},
        "task": {"present": True, "sentences": ["Beide."]},
        "action": {"present": True, "sentences": ["Dan.", "Beide."]},
        "result": {"present": False, "sentences": []},
    }
    found = quotes(analysis)
    assert [q["text"] for q in found] == ["Eerst.", "Beide.", "Dan."]  # the answer's order
    assert found[1]["parts"] == ["task", "action"] and found[1]["labels"] == ["Taak", "Actie"]


def test_the_exchange_quotes_the_answer_then_what_the_follow_up_supplied(
    answer: MockAnswer,
) -> None:
    answer.analysis = {
        "on_topic": True,
        "sentences": ["Scène.", TWO_PARTS],
        "situation": {"present": True, "sentences": ["Scène."]},
        "task": {"present": True, "sentences": [TWO_PARTS]},
        "action": {"present": True, "sentences": [TWO_PARTS]},
    }
    answer.follow_ups = [_stored(RESULT_HEARD)]
    parts = exchange_parts(answer)
    assert [(q["text"], q["parts"], q["in_follow_up"]) for q in parts["quotes"]] == [
        ("Scène.", ["situation"], False),
        (TWO_PARTS, ["task", "action"], False),
        (RESULT, ["result"], True),
    ]
    assert [p["in_follow_up"] for p in parts["present"]] == [False, False, False, True]
    assert parts["missing"] == ["Reflectie"]


def test_the_summary_and_the_answer_page_quote_a_sentence_once(
    alice_client: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": TWO_PARTS_ANSWER})
    answer.refresh_from_db()
    analysis = answer.analysis or {}
    assert analysis["task"]["sentences"] == analysis["action"]["sentences"] == [TWO_PARTS]
    for page in (
        _summary(alice_client, answer),
        alice_client.get(answer.get_absolute_url()).content.decode(),
    ):
        assert page.count(f"<q>{TWO_PARTS}</q>") == 1
        assert f"Taak · Actie:</strong> <q>{TWO_PARTS}</q>" in page
        assert "Wat je zei, per onderdeel" in page


# Another user's session


def test_bob_gets_a_404_for_alices_summary_and_sees_none_of_it(
    alice_client: Any, bob: Any, answer: MockAnswer
) -> None:
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    as_bob = Client()
    as_bob.force_login(bob)
    response = as_bob.get(reverse("practice:summary", args=[answer.session_id]))
    assert response.status_code == 404
    assert "Wat leverde het op?" not in response.content.decode()
