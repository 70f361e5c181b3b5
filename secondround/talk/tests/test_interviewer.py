"""The opt-in AI interviewer: settings, consent for one host, exactly what is sent, the follow-ups in
the interviewer's voice, and the rule follow-ups (with one line) on any failure. Nothing is sent
unless it is on and agreed to."""

from __future__ import annotations

import json
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse

from secondround import portability
from secondround.practice.models import MockAnswer
from secondround.practice.tests.factories import as_star_question, make_round_two, make_session
from secondround.testing.factories import make_debrief

from ..models import EngineSettings
from ..services import engine_settings

pytestmark = pytest.mark.django_db
NO_RESULT = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand van "
    "vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb het werk "
    "opnieuw verdeeld en elke ochtend een korte stand-up gehouden."
)
VOICED = "Mooi verhaal, maar wat leverde die aanpak concreet op voor de klanten?"
# The rules ask two follow-ups after NO_RESULT (the result, then the reflection).
REPLY = json.dumps({"follow_ups": [VOICED, "En wat neem je daarvan mee naar een volgende klus?"]})


@pytest.fixture
def answer(alice: Any) -> MockAnswer:
    session = make_session(round=make_round_two(user=alice), size=3)
    return as_star_question(session.answers.order_by("position")[0])


def _settings(alice_client: Any, fake: Any, **changes: str) -> Any:
    data = {"interviewer_on": "on", "chat_url": fake.url, "chat_model": "llama3.1",
            "chat_key": "sk-chat-secret-9876", **changes}  # fmt: skip
    return alice_client.post(reverse("talk:settings"), data)


def _agree(alice_client: Any) -> None:
    alice_client.post(reverse("talk:consent"), {"agree": "yes"})


def test_everything_is_off_by_default_and_nothing_is_sent(
    alice_client: Any, alice: Any, answer: MockAnswer, fake: Any
) -> None:
    engines = engine_settings(alice)
    assert not engines.transcription_on and not engines.interviewer_on
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["source"] == "rules" and answer.follow_up_note == ""
    assert fake.requests == []


def test_turning_it_on_asks_for_consent_naming_the_host_and_what_is_sent(
    alice_client: Any, alice: Any, answer: MockAnswer, fake: Any
) -> None:
    response = _settings(alice_client, fake)
    assert response.url == reverse("talk:consent")
    page = alice_client.get(response.url).content.decode()
    assert fake.host in page and "je antwoord" in page and "de vraag die je kreeg" in page
    assert "niet je aantekeningen" in page
    # Not agreed yet: still nothing is sent.
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    assert fake.requests == []


def test_with_consent_the_follow_ups_come_in_the_interviewers_voice(
    alice_client: Any, answer: MockAnswer, fake: Any
) -> None:
    _settings(alice_client, fake)
    _agree(alice_client)
    fake.chat_reply = REPLY
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    first = answer.follow_ups[0]
    assert first["text"] == VOICED and first["source"] == "ai"
    assert first["targets"] == ["result"] and "niet wat het opleverde" in first["reason"]
    assert answer.follow_up_note == "" and len(answer.follow_ups) == 2
    assert (
        answer.follow_ups[1]["targets"] == ["reflection"] and answer.follow_ups[1]["source"] == "ai"
    )
    # The analysis stays the judge: the same as without AI.
    assert answer.analysis is not None
    assert answer.analysis["result"]["present"] is False
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert VOICED in page


def test_exactly_the_question_answer_and_interviewer_kind_are_sent(
    alice_client: Any, answer: MockAnswer, fake: Any
) -> None:
    assert answer.session.round is not None, "a practice interview has a round"
    make_debrief(round=answer.session.round.application.rounds.get(number=1))
    _settings(alice_client, fake)
    _agree(alice_client)
    fake.chat_reply = REPLY
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    sent = fake.requests[0]
    assert sent.path == "/v1/chat/completions"
    assert sent.headers["authorization"] == "Bearer sk-chat-secret-9876"
    body = sent.json()
    assert body["model"] == "llama3.1"
    user = json.loads(body["messages"][1]["content"])
    assert user["question"] == answer.question_text and user["answer"] == NO_RESULT
    assert user["follow_ups"][0]["ask_about"] == ["result"]
    system = body["messages"][0]["content"]
    assert "kind: hr" in system or "kind: manager" in system
    text = sent.body.decode()
    for private in ("alice@example.com", "Sanne Jansen", "Joost Bakker", "leidinggeven"):
        assert private not in text  # no names, no e-mail, no round-one notes unless ticked


def test_round_one_notes_are_sent_only_when_ticked(
    alice_client: Any, answer: MockAnswer, fake: Any
) -> None:
    assert answer.session.round is not None, "a practice interview has a round"
    make_debrief(round=answer.session.round.application.rounds.get(number=1))
    _settings(alice_client, fake, send_notes="on")
    _agree(alice_client)
    page = alice_client.get(reverse("talk:consent")).content.decode()
    assert "je aantekeningen van de vorige ronde (dat heb je aangevinkt" in page
    fake.chat_reply = REPLY
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    assert "leidinggeven" in fake.requests[0].body.decode()


@pytest.mark.parametrize(
    ("mode", "reply", "line"),
    [(401, "", "weigerde de sleutel"), (429, "", "heeft het druk"), (500, "", "gaf een fout"),
     ("timeout", "", "niet op tijd"), ("garbage", "", "niet kan gebruiken"),
     ("empty", "", "leeg antwoord"), ("ok", "Ik weet het niet.", "niet kan gebruiken"),
     ("ok", '{"follow_ups": ["een", "twee", "drie"]}', "niet kan gebruiken")],
)  # fmt: skip
def test_on_any_failure_the_rule_follow_ups_stay_with_one_line(
    alice_client: Any, answer: MockAnswer, fake: Any, mode: Any, reply: str, line: str
) -> None:
    _settings(alice_client, fake)
    _agree(alice_client)
    fake.mode = mode
    fake.chat_reply = reply
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["text"] == "Wat leverde het op?"
    assert answer.follow_ups[0]["source"] == "rules"
    assert (
        line in answer.follow_up_note
        and "eigen vervolgvragen van de coach" in answer.follow_up_note
    )
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert answer.follow_up_note in page


def test_consent_lapses_when_the_host_changes(
    alice_client: Any, alice: Any, answer: MockAnswer, fake: Any
) -> None:
    _settings(alice_client, fake)
    _agree(alice_client)
    assert engine_settings(alice).interviewer_ready
    response = _settings(alice_client, fake, chat_url="http://127.0.0.1:9/v1")
    assert response.url == reverse("talk:consent")
    assert not EngineSettings.objects.get(user=alice).interviewer_ready


def test_saying_no_keeps_it_off(alice_client: Any, alice: Any, fake: Any) -> None:
    _settings(alice_client, fake)
    alice_client.post(reverse("talk:consent"), {"agree": "no"})
    engines = engine_settings(alice)
    assert not engines.interviewer_on and not engines.interviewer_ready


def test_the_key_is_never_shown_back_and_an_empty_field_keeps_it(
    alice_client: Any, alice: Any, fake: Any
) -> None:
    _settings(alice_client, fake)
    page = alice_client.get(reverse("talk:settings")).content.decode()
    assert "sk-chat-secret-9876" not in page and "…9876" in page
    _settings(alice_client, fake, chat_key="")
    assert engine_settings(alice).chat_key == "sk-chat-secret-9876"
    _settings(alice_client, fake, chat_key="", forget_keys="on")
    assert engine_settings(alice).chat_key == ""


def test_keys_and_engine_settings_are_never_exported(
    alice_client: Any, alice: Any, fake: Any
) -> None:
    _settings(alice_client, fake)
    document = portability.dumps(portability.export_user(alice))
    assert "sk-chat-secret-9876" not in document and fake.url not in document
    response = alice_client.get(reverse("accounts:export"))
    assert b"sk-chat-secret-9876" not in response.content


@pytest.mark.parametrize(
    ("data", "field_error"),
    [({"interviewer_on": "on", "chat_url": "", "chat_model": "m"}, "Vul het adres van de server in"),
     ({"interviewer_on": "on", "chat_url": "http://127.0.0.1:1/v1", "chat_model": ""}, "naam in van het model"),
     ({"transcription_on": "on", "transcription_url": ""}, "of zet spraak naar tekst uit"),
     ({"chat_url": "no url"}, "URL")],
)  # fmt: skip
def test_incomplete_settings_get_a_clear_message(
    alice_client: Any, alice: Any, data: dict[str, str], field_error: str
) -> None:
    response = alice_client.post(reverse("talk:settings"), data)
    assert response.status_code == 422
    assert field_error in response.content.decode() or "geldige URL" in response.content.decode()
    assert not engine_settings(alice).interviewer_on


def test_settings_and_consent_need_login_are_alices_own_and_refuse_put(
    alice_client: Any, alice: Any, bob: Any, fake: Any
) -> None:
    _settings(alice_client, fake)
    as_bob = Client()
    as_bob.force_login(bob)
    page = as_bob.get(reverse("talk:settings")).content.decode()
    assert fake.url not in page and "…9876" not in page
    assert Client().get(reverse("talk:settings")).status_code == 302
    assert Client().get(reverse("talk:consent")).status_code == 302
    assert alice_client.put(reverse("talk:settings")).status_code == 405
    assert alice_client.put(reverse("talk:consent")).status_code == 405
    # Bob has no chat server: his consent page sends him to the settings.
    assert as_bob.get(reverse("talk:consent"))["Location"] == reverse("talk:settings")


def test_the_answer_page_says_it_waits_for_the_ai_only_when_it_is_on(
    alice_client: Any, answer: MockAnswer, fake: Any
) -> None:
    assert "data-waiting=" not in alice_client.get(answer.get_absolute_url()).content.decode()
    _settings(alice_client, fake)
    _agree(alice_client)
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "De interviewer bedenkt een vervolgvraag (hooguit 1 s)" in page  # the test timeout
