"""Views of the practice app, as alice (the owner) and bob (another user) would use them."""

from __future__ import annotations

import re
from typing import Any

import pytest
from django.urls import reverse
from django.utils import translation
from django.utils.html import escape
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround.testing.factories import make_application, make_interviewer, make_round

from ..models import DrillAttempt, MockAnswer, MockSession, OwnQuestion, RoundQuestion
from .factories import (
    GOOD_ANSWER,
    NO_RESULT_ANSWER,
    as_star_question,
    make_own_question,
    make_round_question,
    make_round_two,
    make_session,
)

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}
DRILL = "drill-closing-questions"


@pytest.fixture
def world(alice: Any) -> dict[str, Any]:
    round = make_round_two(user=alice)
    session = make_session(round=round, size=3)
    return {
        "round": round,
        "session": session,
        "answer": as_star_question(session.answers.order_by("position").first()),
        "own": make_own_question(user=alice),
        "ask": make_round_question(round=round),
    }


def _urls(w: dict[str, Any]) -> dict[str, str]:
    return {
        "own_edit": reverse("practice:own_edit", args=[w["own"].pk]),
        "own_delete": reverse("practice:own_delete", args=[w["own"].pk]),
        "round_questions": reverse("practice:round_questions", args=[w["round"].pk]),
        "round_question_edit": reverse("practice:round_question_edit", args=[w["ask"].pk]),
        "mock_sessions": reverse("practice:mock_sessions", args=[w["round"].pk]),
        "session": reverse("practice:session", args=[w["session"].pk]),
        "summary": reverse("practice:summary", args=[w["session"].pk]),
        "answer": reverse("practice:answer", args=[w["answer"].pk]),
    }


def _post_urls(w: dict[str, Any]) -> dict[str, tuple[str, dict[str, str]]]:
    return {
        "own_edit": (
            reverse("practice:own_edit", args=[w["own"].pk]),
            {"direction": "they_ask", "text": "Bob was here", "round": "both"},
        ),
        "own_delete": (reverse("practice:own_delete", args=[w["own"].pk]), {}),
        "round_questions": (
            reverse("practice:round_questions", args=[w["round"].pk]),
            {"text": "Bob was here"},
        ),
        "rq_edit": (
            reverse("practice:round_question_edit", args=[w["ask"].pk]),
            {"text": "Bob was here"},
        ),
        "rq_move": (
            reverse("practice:round_question_move", args=[w["ask"].pk]),
            {"direction": "down"},
        ),
        "rq_delete": (reverse("practice:round_question_delete", args=[w["ask"].pk]), {}),
        "mock_start": (reverse("practice:mock_sessions", args=[w["round"].pk]), {"size": "3"}),
        "answer": (
            reverse("practice:answer", args=[w["answer"].pk]),
            {"answer_text": "Bob was here"},
        ),
        "draft": (
            reverse("practice:answer_draft", args=[w["answer"].pk]),
            {"answer_text": "Bob was here"},
        ),
        "finish": (reverse("practice:session_finish", args=[w["session"].pk]), {}),
    }


def _state(alice: Any) -> tuple[Any, ...]:
    return (
        list(OwnQuestion.objects.for_user(alice).values_list("text", flat=True)),
        list(RoundQuestion.objects.for_user(alice).values_list("text", "position")),
        MockSession.objects.for_user(alice).filter(finished__isnull=True).count(),
        MockSession.objects.for_user(alice).count(),
        list(MockAnswer.objects.for_user(alice).values_list("answer_text", flat=True)),
    )


# Access


@pytest.mark.parametrize("name", ["progress", "bank", "own_create", "drills"])
def test_login_required_on_pages(client: Any, name: str) -> None:
    response = client.get(reverse(f"practice:{name}"))
    assert response.status_code == 302 and "/accounts/login/" in response.url


def test_login_required_on_owned_pages(client: Any, world: dict[str, Any]) -> None:
    for url in _urls(world).values():
        response = client.get(url)
        assert response.status_code == 302 and "/accounts/login/" in response.url, url


def test_bob_gets_404_on_reads(bob_client: Any, world: dict[str, Any]) -> None:
    for url in _urls(world).values():
        assert bob_client.get(url).status_code == 404, url


def test_bob_gets_404_on_writes_and_changes_nothing(
    bob_client: Any, alice: Any, world: dict[str, Any]
) -> None:
    before = _state(alice)
    for name, (url, data) in _post_urls(world).items():
        assert bob_client.post(url, data).status_code == 404, name
        assert bob_client.post(url, data, **HTMX).status_code == 404, name
    assert _state(alice) == before


def test_bob_does_not_see_alices_own_question(bob_client: Any, world: dict[str, Any]) -> None:
    response = bob_client.get(reverse("practice:bank"))
    assert response.status_code == 200
    assert world["own"].text not in response.content.decode()


@pytest.mark.parametrize(
    ("name", "method"),
    [("progress", "post"), ("bank", "post"), ("drills", "delete")],
)
def test_wrong_method_is_405(alice_client: Any, name: str, method: str) -> None:
    assert getattr(alice_client, method)(reverse(f"practice:{name}")).status_code == 405


def test_wrong_method_on_owned_urls_is_405(alice_client: Any, world: dict[str, Any]) -> None:
    for url in (
        reverse("practice:round_question_move", args=[world["ask"].pk]),
        reverse("practice:round_question_delete", args=[world["ask"].pk]),
        reverse("practice:answer_draft", args=[world["answer"].pk]),
        reverse("practice:session_finish", args=[world["session"].pk]),
        reverse("practice:summary", args=[world["session"].pk]),
    ):
        method = alice_client.post if url.endswith("summary/") else alice_client.get
        assert method(url).status_code == 405, url


# Question bank and own questions


def test_bank_lists_both_kinds_with_the_question_behind_it(
    alice_client: Any, world: dict[str, Any]
) -> None:
    page = alice_client.get(reverse("practice:bank")).content.decode()
    assert "<details>" in page and "Wat het echt kan testen" in page
    assert "Hoe ziet een werkdag er hier uit?" in page  # a question to ask
    assert world["own"].text in page and "je eigen" in page


def test_bank_filters_by_kind_category_and_round(alice_client: Any) -> None:
    url = reverse("practice:bank")
    response = alice_client.get(url, {"kind": "hr", "category": "salary_terms", "round": "second"})
    items = response.context["items"]
    assert items and all(i.category == "salary_terms" for i in items)
    assert all(not i.kinds or "hr" in i.kinds for i in items)
    assert all(i.round in ("second", "both") for i in items)
    assert len(items) < response.context["total"]


def test_bank_htmx_gets_only_the_results(alice_client: Any) -> None:
    response = alice_client.get(reverse("practice:bank"), {"direction": "to_ask"}, **HTMX)
    page = response.content.decode()
    assert 'id="bank-results"' in page and "<html" not in page


def test_own_question_create_edit_delete(alice_client: Any, alice: Any) -> None:
    response = alice_client.post(
        reverse("practice:own_create"),
        {
            "direction": "to_ask",
            "text": "  Wat maakt dit team trots?  ",
            "kinds": ["colleague"],
            "category": "team",
            "round": "second",
            "tests": "",
            "tip": "",
        },
    )
    assert response.status_code == 302
    question = OwnQuestion.objects.get(user=alice, text="Wat maakt dit team trots?")
    assert question.kinds == ["colleague"] and question.direction == "to_ask"
    url = reverse("practice:own_edit", args=[question.pk])
    alice_client.post(
        url, {"direction": "to_ask", "text": "Wat maakt jullie trots?", "round": "both"}
    )
    question.refresh_from_db()
    assert question.text == "Wat maakt jullie trots?" and question.kinds == []
    assert alice_client.get(reverse("practice:own_delete", args=[question.pk])).status_code == 200
    alice_client.post(reverse("practice:own_delete", args=[question.pk]))
    assert not OwnQuestion.objects.filter(pk=question.pk).exists()


@pytest.mark.parametrize(
    ("text", "message"),
    [("", "Typ de vraag zelf"), ("   ", "Typ de vraag zelf"), ("x" * 1001, "1000")],
)
def test_own_question_bad_input_keeps_what_was_typed(
    alice_client: Any, alice: Any, text: str, message: str
) -> None:
    response = alice_client.post(
        reverse("practice:own_create"),
        {
            "direction": "they_ask",
            "text": text,
            "tests": "Mijn notitie",
            "round": "both",
        },
    )
    page = response.content.decode()
    assert response.status_code == 422 and message in page and "Mijn notitie" in page
    assert not OwnQuestion.objects.for_user(alice).exists()


def test_own_question_html_is_shown_as_text(alice_client: Any) -> None:
    alice_client.post(
        reverse("practice:own_create"),
        {
            "direction": "they_ask",
            "text": "<script>alert(1)</script>",
            "round": "both",
        },
    )
    page = alice_client.get(reverse("practice:bank")).content.decode()
    assert "<script>alert(1)" not in page and "&lt;script&gt;alert(1)" in page


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(max_size=1200),
    direction=st.sampled_from(["they_ask", "to_ask", "x", ""]),
    round_fit=st.text(max_size=8),
    category=st.text(max_size=30),
)
def test_own_question_form_never_breaks(
    alice_client: Any, text: str, direction: str, round_fit: str, category: str
) -> None:
    response = alice_client.post(
        reverse("practice:own_create"),
        {
            "direction": direction,
            "text": text,
            "round": round_fit,
            "category": category,
            "kinds": ["hr", "nonsense"],
        },
    )
    assert response.status_code in (302, 422)


# Questions to ask per round


def test_suggestions_follow_the_kinds_at_the_table(alice_client: Any, alice: Any) -> None:
    round = make_round_two(user=alice)
    url = reverse("practice:round_questions", args=[round.pk])
    with_hr = {s.id for s in alice_client.get(url).context["suggestions"]}
    hr = round.interviewers.get(kind="hr")
    manager = round.interviewers.get(kind="manager")
    hr.kind, manager.kind = "colleague", "colleague"
    hr.save()
    manager.save()
    with_colleagues = {s.id for s in alice_client.get(url).context["suggestions"]}
    assert with_hr != with_colleagues


def test_pick_a_suggestion_then_it_leaves_the_suggestions(
    alice_client: Any, world: dict[str, Any]
) -> None:
    url = reverse("practice:round_questions", args=[world["round"].pk])
    first = alice_client.get(url).context["suggestions"][0]
    response = alice_client.post(url, {"source_id": first.id})
    assert response.status_code == 302
    added = RoundQuestion.objects.get(round=world["round"], source_id=first.id)
    assert added.text == first.text and added.position == 2
    assert first.id not in {s.id for s in alice_client.get(url).context["suggestions"]}


def test_own_question_to_ask_is_suggested(
    alice_client: Any, alice: Any, world: dict[str, Any]
) -> None:
    own = make_own_question(
        user=alice, direction="to_ask", text="Mag ik de werkplek zien?", kinds=[]
    )
    url = reverse("practice:round_questions", args=[world["round"].pk])
    assert own.bank_id in {s.id for s in alice_client.get(url).context["suggestions"]}
    alice_client.post(url, {"source_id": own.bank_id})
    assert RoundQuestion.objects.filter(round=world["round"], text=own.text).exists()


def test_add_free_text_and_htmx_partial(alice_client: Any, world: dict[str, Any]) -> None:
    url = reverse("practice:round_questions", args=[world["round"].pk])
    response = alice_client.post(url, {"text": "Wanneer hoor ik iets?"}, **HTMX)
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page and "Wanneer hoor ik iets?" in page
    assert RoundQuestion.objects.filter(round=world["round"]).count() == 2


def test_empty_question_to_ask_gets_a_message(alice_client: Any, world: dict[str, Any]) -> None:
    url = reverse("practice:round_questions", args=[world["round"].pk])
    response = alice_client.post(url, {"text": "  "})
    assert response.status_code == 422 and "Typ een vraag" in response.content.decode()
    assert alice_client.post(url, {"source_id": "nope"}, **HTMX).status_code == 200
    assert RoundQuestion.objects.filter(round=world["round"]).count() == 1


def test_move_edit_and_delete_through_the_views(alice_client: Any, world: dict[str, Any]) -> None:
    round = world["round"]
    second = make_round_question(round=round, text="Tweede")
    response = alice_client.post(
        reverse("practice:round_question_move", args=[second.pk]), {"direction": "up"}
    )
    assert response.status_code == 302
    assert [q.text for q in RoundQuestion.objects.filter(round=round)] == [
        "Tweede",
        "Hoe ziet een werkdag eruit?",
    ]
    response = alice_client.post(
        reverse("practice:round_question_move", args=[second.pk]), {"direction": "down"}, **HTMX
    )
    assert 'id="ask-list"' in response.content.decode()
    url = reverse("practice:round_question_edit", args=[second.pk])
    assert alice_client.post(url, {"text": ""}).status_code == 422
    alice_client.post(url, {"text": "In mijn eigen woorden"})
    second.refresh_from_db()
    assert second.text == "In mijn eigen woorden"
    alice_client.post(reverse("practice:round_question_delete", args=[world["ask"].pk]))
    assert [(q.text, q.position) for q in RoundQuestion.objects.filter(round=round)] == [
        ("In mijn eigen woorden", 1)
    ]


def test_round_page_shows_the_list_and_the_start_button(
    alice_client: Any, world: dict[str, Any]
) -> None:
    page = alice_client.get(world["round"].get_absolute_url()).content.decode()
    assert "Mijn vragen om te stellen" in page and "Hoe ziet een werkdag eruit?" in page
    assert reverse("practice:mock_sessions", args=[world["round"].pk]) in page


# Mock interviews


def test_start_shows_the_first_question_with_the_new_face_reason(
    alice_client: Any, alice: Any
) -> None:
    round = make_round_two(user=alice)
    response = alice_client.post(reverse("practice:mock_sessions", args=[round.pk]), {"size": "5"})
    session = MockSession.objects.get(round=round)
    assert session.answers.count() == 5
    assert response.url == reverse("practice:session", args=[session.pk])
    pages = [alice_client.get(a.get_absolute_url()).content.decode() for a in session.answers.all()]
    assert any("Nieuw gezicht" in p and "Joost" in p for p in pages)
    assert all("Waarom deze vraag" in p and "data-timer" in p for p in pages)


def test_bad_session_size_is_refused(alice_client: Any, world: dict[str, Any]) -> None:
    url = reverse("practice:mock_sessions", args=[world["round"].pk])
    assert alice_client.post(url, {"size": "-3"}).status_code == 422
    assert MockSession.objects.count() == 1


def test_submit_shows_parts_and_then_the_reveal(alice_client: Any, world: dict[str, Any]) -> None:
    answer = world["answer"]
    response = alice_client.post(
        answer.get_absolute_url(), {"answer_text": GOOD_ANSWER, "seconds_taken": "95"}
    )
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.is_answered and answer.seconds_taken == 95 and answer.has_part("result")
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    parts = page.index("STARR-onderdelen")
    reveal = page.index("De vraag achter de vraag")
    assert parts < reveal
    assert "Resultaat" in page and "steeg de klanttevredenheid" in page
    assert "Volgende vraag" in page


def test_answer_without_result_names_what_is_missing(
    alice_client: Any, world: dict[str, Any]
) -> None:
    answer = world["answer"]
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT_ANSWER})
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "✗ Resultaat:" in page and "ontbreekt" in page


@pytest.mark.parametrize(
    ("data", "message"),
    [
        ({"answer_text": ""}, "Typ eerst je antwoord"),
        ({"answer_text": "   \n "}, "Typ eerst je antwoord"),
        ({"answer_text": "Iets", "seconds_taken": "-5"}, "0 of meer"),
        ({"answer_text": "Iets", "seconds_taken": "99999"}, "3600"),
        ({"answer_text": "Iets", "seconds_taken": "tien"}, "heel getal"),
        ({"answer_text": "x" * 20_001}, "20000"),
    ],
)
def test_bad_answers_get_a_clear_message(
    alice_client: Any, world: dict[str, Any], data: dict[str, str], message: str
) -> None:
    answer = world["answer"]
    response = alice_client.post(answer.get_absolute_url(), data)
    assert response.status_code == 422 and message in response.content.decode()
    answer.refresh_from_db()
    assert not answer.is_answered


def test_typed_text_survives_an_invalid_submit(alice_client: Any, world: dict[str, Any]) -> None:
    answer = world["answer"]
    response = alice_client.post(
        answer.get_absolute_url(), {"answer_text": "Mijn halve antwoord", "seconds_taken": "-1"}
    )
    assert "Mijn halve antwoord" in response.content.decode()
    assert "Mijn halve antwoord" in alice_client.get(answer.get_absolute_url()).content.decode()


def test_draft_autosave_survives_a_reload(alice_client: Any, world: dict[str, Any]) -> None:
    answer = world["answer"]
    url = reverse("practice:answer_draft", args=[answer.pk])
    response = alice_client.post(
        url, {"answer_text": "Eerst de situatie: ", "seconds_taken": ""}, **HTMX
    )
    assert response.status_code == 200 and "Concept opgeslagen" in response.content.decode()
    assert "<html" not in response.content.decode()
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "Eerst de situatie:" in page and "Je concept is terug" in page
    answer.refresh_from_db()
    assert not answer.is_answered
    response = alice_client.post(url, {"answer_text": "Zonder JavaScript"})
    assert response.status_code == 302
    answer.refresh_from_db()
    assert answer.answer_text == "Zonder JavaScript"


def test_resume_goes_to_the_first_open_question(alice_client: Any, world: dict[str, Any]) -> None:
    session = world["session"]
    first, second, _ = session.answers.order_by("position")
    alice_client.post(first.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    response = alice_client.get(reverse("practice:session", args=[session.pk]))
    assert response.url == second.get_absolute_url()
    listing = alice_client.get(reverse("practice:mock_sessions", args=[world["round"].pk]))
    assert "Verder oefenen" in listing.content.decode()


def test_finish_and_summary(alice_client: Any, world: dict[str, Any]) -> None:
    session = world["session"]
    for item in session.answers.order_by("position"):
        as_star_question(item)
        alice_client.post(
            item.get_absolute_url(), {"answer_text": GOOD_ANSWER, "seconds_taken": "70"}
        )
    last_page = alice_client.get(session.answers.order_by("position").last().get_absolute_url())
    assert "Afronden en samenvatting bekijken" in last_page.content.decode()
    response = alice_client.post(reverse("practice:session_finish", args=[session.pk]))
    assert response.url == reverse("practice:summary", args=[session.pk])
    session.refresh_from_db()
    assert session.finished is not None
    page = alice_client.get(response.url).content.decode()
    assert "je deed er 70 s over" in page and "Resultaat" in page and "3 van 3 beantwoord" in page
    assert alice_client.get(reverse("practice:session", args=[session.pk])).url == response.url


def test_progress_shows_chart_table_and_drills(
    alice_client: Any, alice: Any, world: dict[str, Any]
) -> None:
    alice_client.post(world["answer"].get_absolute_url(), {"answer_text": GOOD_ANSWER})
    DrillAttempt.objects.create(user=alice, drill_id=DRILL, answer="x", passed=True)
    page = alice_client.get(reverse("practice:progress")).content.decode()
    assert "<svg" in page and "<table>" in page and "1 (100%)" in page
    assert "1 poging, 1 geslaagd" in page


@pytest.mark.parametrize(
    ("language", "names"),
    [
        ("nl", ["Je oefengesprekken, oudste eerst", "Per oefening: hoe vaak je het probeerde"]),
        ("en", ["Your practice interviews, oldest first", "Each drill: how often you tried it"]),
    ],
)
def test_progress_tables_are_named_scroll_regions_a_keyboard_reaches(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str, names: list[str]
) -> None:
    alice.language = language
    alice.save()
    alice_client.post(world["answer"].get_absolute_url(), {"answer_text": GOOD_ANSWER})
    page = alice_client.get(reverse("practice:progress")).content.decode()
    regions = re.findall(r'<div class="table-scroll" ([^>]*)>', page)
    assert regions == [
        'tabindex="0" role="region" aria-labelledby="caption-sessions"',
        'tabindex="0" role="region" aria-labelledby="caption-drills"',
    ]
    for caption, name in zip(("caption-sessions", "caption-drills"), names, strict=True):
        assert re.search(f'<caption class="visually-hidden" id="{caption}">{name}', page)


def test_application_page_lists_practice_sessions(alice_client: Any, world: dict[str, Any]) -> None:
    application = world["round"].application
    page = alice_client.get(application.get_absolute_url()).content.decode()
    assert reverse("practice:session", args=[world["session"].pk]) in page


# Drills


def test_drill_attempt_is_stored_with_feedback(alice_client: Any, alice: Any) -> None:
    url = reverse("practice:drill", args=[DRILL])
    answer = (
        "Ja, ik heb nog een vraag: hoe ziet de rest van de procedure eruit, en wanneer hoor ik "
        "iets? Wanneer zou ik kunnen beginnen? Dank jullie wel allemaal voor dit fijne gesprek."
    )
    response = alice_client.post(url, {"answer": answer})
    assert response.status_code == 200
    attempt = DrillAttempt.objects.get(user=alice)
    assert attempt.found and "Wat de coach opviel" in response.content.decode()
    listing = alice_client.get(reverse("practice:drills")).content.decode()
    assert "1× geprobeerd" in listing


def test_drill_htmx_partial_and_empty_answer(alice_client: Any, alice: Any) -> None:
    url = reverse("practice:drill", args=[DRILL])
    response = alice_client.post(url, {"answer": "Nee hoor."}, **HTMX)
    page = response.content.decode()
    assert response.status_code == 200 and "<html" not in page and "drill-feedback" in page
    response = alice_client.post(url, {"answer": "   "})
    assert response.status_code == 422 and "Typ hoe je zou reageren" in response.content.decode()
    assert DrillAttempt.objects.for_user(alice).count() == 1


def test_a_drill_is_asked_in_the_form_of_the_next_table(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice)
    director = make_interviewer(application=application, name="Mira de Vries", kind="director")
    make_round(application=application, interviewers=[director])
    page = alice_client.get(reverse("practice:drill", args=[DRILL])).content.decode()
    assert "Heeft u zelf nog vragen?" in page and "Heb je zelf nog vragen?" not in page
    listing = alice_client.get(reverse("practice:drills")).content.decode()
    assert "Heeft u zelf nog vragen?" in listing


def test_unknown_drill_is_404(alice_client: Any) -> None:
    assert alice_client.get(reverse("practice:drill", args=["nope"])).status_code == 404


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    text=st.text(max_size=400),
    seconds=st.one_of(st.text(max_size=6), st.integers(-10, 5000).map(str)),
)
def test_answer_form_never_breaks(
    alice_client: Any, world: dict[str, Any], text: str, seconds: str
) -> None:
    response = alice_client.post(
        world["answer"].get_absolute_url(), {"answer_text": text, "seconds_taken": seconds}
    )
    assert response.status_code in (302, 422)


# A short answer: about 9 s at a calm pace, whatever the timer says.
LENGTH_TEXTS = {
    "nl": {
        "timer": "Volgens de timer deed je er 75 s over.",
        "estimate": "Geschat op basis van het aantal woorden: rustig uitgesproken duurt dit "
        "ongeveer",
        "aim": "Mik op 60–120 s.",
        "fits": "Dat past.",
        "short": "Dat is aan de korte kant",
        "summary": "je deed er 75 s over volgens de timer (doel 60–120 s)",
    },
    "en": {
        "timer": "The timer says you took 75 s.",
        "estimate": "Estimated from the number of words: spoken at a calm pace, this takes about",
        "aim": "Aim for 60–120 s.",
        "fits": "That fits.",
        "short": "That is on the short side",
        "summary": "you took 75 s by the timer (aim 60–120 s)",
    },
}


def _feedback_page(client: Any, alice: Any, answer: MockAnswer, language: str, **post: str) -> str:
    alice.language = language
    alice.save()
    answer.target_min, answer.target_max = 60, 120
    answer.save()
    client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT_ANSWER, **post})
    return client.get(answer.get_absolute_url()).content.decode()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_timed_answer_is_judged_on_the_time_taken_not_on_its_words(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    texts = LENGTH_TEXTS[language]
    page = _feedback_page(alice_client, alice, world["answer"], language, seconds_taken="75")
    assert texts["timer"] in page and texts["aim"] in page and texts["fits"] in page
    assert texts["estimate"] not in page and texts["short"] not in page
    world["answer"].refresh_from_db()
    assert not [t for t in world["answer"].analysis["tips"] if t["about"] == "length"]
    alice_client.post(reverse("practice:session_finish", args=[world["session"].pk]))
    summary = alice_client.get(reverse("practice:summary", args=[world["session"].pk]))
    assert texts["summary"] in summary.content.decode()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_untimed_answer_is_judged_on_an_estimate_that_says_so(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    texts = LENGTH_TEXTS[language]
    page = _feedback_page(alice_client, alice, world["answer"], language, seconds_taken="")
    assert texts["estimate"] in page and texts["aim"] in page and texts["short"] in page
    assert texts["timer"] not in page


ASKS_FOR = {
    ("nl", "opinion"): "Geef hier je mening.",
    ("nl", "star"): "Geef hier een STARR-voorbeeld.",
    ("nl", "pitch"): "Geef hier een pitch.",
    ("nl", "short"): "Geef hier een kort antwoord.",
    ("en", "opinion"): "This question asks for: your opinion.",
    ("en", "star"): "This question asks for: a STARR example.",
    ("en", "pitch"): "This question asks for: a pitch.",
    ("en", "short"): "This question asks for: a short answer.",
}


@pytest.mark.parametrize(("language", "kind"), ASKS_FOR)
def test_the_kind_of_answer_reads_lower_case_mid_sentence(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str, kind: str
) -> None:
    alice.language = language
    alice.save()
    answer = world["answer"]
    answer.answer_type = kind
    answer.save()
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert ASKS_FOR[language, kind] in page


def test_an_unknown_kind_of_answer_reads_as_a_starr_example(
    alice_client: Any, world: dict[str, Any]
) -> None:
    answer = world["answer"]
    MockAnswer.objects.filter(pk=answer.pk).update(answer_type="riddle")
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "Geef hier een STARR-voorbeeld." in page


@pytest.mark.parametrize(("language", "label"), [("nl", "Je mening"), ("en", "Your view")])
def test_the_kind_keeps_its_capital_where_it_stands_alone(language: str, label: str) -> None:
    with translation.override(language):
        assert str(MockAnswer(answer_type="opinion").get_answer_type_display()) == label


IMPROVE_TEXTS = {
    "nl": {
        "earlier": "<summary>Eerdere poging</summary>",
        "gained": "<dt>Nieuw in deze poging</dt><dd>Resultaat</dd>",
        "missing": '<dd data-parts="missing">Taak, Resultaat, Reflectie</dd>',
        "same": "Dezelfde STARR-onderdelen als in je eerdere poging.",
        "draft": "Je concept is terug",
    },
    "en": {
        "earlier": "<summary>Earlier attempt</summary>",
        "gained": "<dt>New in this attempt</dt><dd>Result</dd>",
        "missing": '<dd data-parts="missing">Task, Result, Reflection</dd>',
        "same": "The same STARR parts as in your earlier attempt.",
        "draft": "Your draft is back",
    },
}
RESULT_ADDED = NO_RESULT_ANSWER + " Daardoor steeg de klanttevredenheid met tien procent."


def _improve(client: Any, alice: Any, answer: MockAnswer, language: str) -> str:
    alice.language = language
    alice.save()
    client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT_ANSWER, "seconds_taken": "20"})
    client.post(answer.get_absolute_url(), {"answer_text": RESULT_ADDED})
    return client.get(answer.get_absolute_url()).content.decode()


def test_the_summary_counts_the_latest_attempt_even_when_it_lost_the_result(
    alice_client: Any, world: dict[str, Any]
) -> None:
    answer = world["answer"]
    alice_client.post(answer.get_absolute_url(), {"answer_text": RESULT_ADDED})
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT_ANSWER})
    summary = alice_client.get(reverse("practice:summary", args=[world["session"].pk]))
    assert "<dt>Met een resultaat</dt><dd>0 (" in summary.content.decode()


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_improved_answer_shows_the_earlier_attempt_and_what_changed(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    texts = IMPROVE_TEXTS[language]
    page = _improve(alice_client, alice, world["answer"], language)
    new, earlier = page.index(escape(RESULT_ADDED)), page.index(texts["earlier"])
    assert new < earlier < page.index(escape(NO_RESULT_ANSWER) + "</p>", earlier)
    assert texts["gained"] in page and texts["missing"] in page[earlier:]
    assert '<details class="earlier-attempt">' in page and "<details open" not in page
    world["answer"].refresh_from_db()
    assert world["answer"].answer_text == RESULT_ADDED
    assert world["answer"].earlier_attempts.get().answer_text == NO_RESULT_ANSWER


@pytest.mark.parametrize("language", ["nl", "en"])
def test_improving_without_gaining_a_part_says_so(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    answer = world["answer"]
    _improve(alice_client, alice, answer, language)
    alice_client.post(answer.get_absolute_url(), {"answer_text": RESULT_ADDED + " Echt waar."})
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert IMPROVE_TEXTS[language]["same"] in page
    earlier = IMPROVE_TEXTS[language]["earlier"].replace("</summary>", " 2</summary>")
    assert page.index(earlier) < page.index(earlier.replace(" 2<", " 1<"))


def test_the_summary_counts_only_the_latest_attempt(
    alice_client: Any, alice: Any, world: dict[str, Any]
) -> None:
    _improve(alice_client, alice, world["answer"], "nl")
    summary = alice_client.get(reverse("practice:summary", args=[world["session"].pk]))
    body = summary.content.decode()
    assert "<dt>Met een resultaat</dt><dd>1 (" in body
    assert escape(RESULT_ADDED) in body and escape(NO_RESULT_ANSWER) + "<" not in body


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_draft_while_improving_leaves_the_answer_as_it_was(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    alice.language = language
    alice.save()
    answer = world["answer"]
    alice_client.post(
        answer.get_absolute_url(), {"answer_text": GOOD_ANSWER, "seconds_taken": "95"}
    )
    url = reverse("practice:answer_draft", args=[answer.pk])
    alice_client.post(url, {"answer_text": "Een betere versie", "seconds_taken": "9"}, **HTMX)
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert escape(GOOD_ANSWER) in page and "Een betere versie" not in page
    again = alice_client.get(answer.get_absolute_url() + "?again=1").content.decode()
    assert "Een betere versie</textarea>" in again and IMPROVE_TEXTS[language]["draft"] in again
    assert 'name="seconds_taken" value="95"' not in again
    answer.refresh_from_db()
    assert (answer.answer_text, answer.seconds_taken) == (GOOD_ANSWER, 95)
    assert not answer.earlier_attempts.exists()


def test_a_draft_while_improving_without_javascript_comes_back_in_the_open_form(
    alice_client: Any, world: dict[str, Any]
) -> None:
    """Without htmx "Save draft" is a plain post: it lands on the form being improved, with the
    draft in it, not on the finished answer where the draft would not be seen."""
    answer = world["answer"]
    alice_client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    url = reverse("practice:answer_draft", args=[answer.pk])
    response = alice_client.post(url, {"answer_text": "Een betere versie"}, follow=True)
    last, _ = response.redirect_chain[-1]
    assert last == f"{answer.get_absolute_url()}?again=1#answer-form"
    assert "Een betere versie</textarea>" in response.content.decode()


def test_an_empty_improvement_is_refused_and_keeps_the_answer(
    alice_client: Any, world: dict[str, Any]
) -> None:
    answer = world["answer"]
    alice_client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    page = alice_client.get(answer.get_absolute_url() + "?again=1").content.decode()
    action = f'action="{answer.get_absolute_url()}?again=1"'
    assert action in page
    response = alice_client.post(answer.get_absolute_url() + "?again=1", {"answer_text": "  "})
    assert response.status_code == 422 and "Typ eerst je antwoord" in response.content.decode()
    answer.refresh_from_db()
    assert answer.answer_text == GOOD_ANSWER and not answer.earlier_attempts.exists()


def test_bob_cannot_improve_alices_answer(bob_client: Any, world: dict[str, Any]) -> None:
    answer = world["answer"]
    url = answer.get_absolute_url()
    assert bob_client.get(url + "?again=1").status_code == 404
    assert bob_client.post(url, {"answer_text": "Bob was here"}).status_code == 404
    assert not answer.earlier_attempts.exists()


FOLD_TEXTS = {
    "nl": ("Wat leverde het op?", "Resultaat <span class=\"small\">(in je antwoord op de vervolgvraag)"),
    "en": ("What came of it?", "Result <span class=\"small\">(in your answer to the follow-up question)"),
}  # fmt: skip


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_earlier_attempt_keeps_its_follow_ups_in_the_fold(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    alice.language = language
    alice.save()
    answer = world["answer"]
    alice_client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT_ANSWER})
    answer.refresh_from_db()
    index = next(i for i, f in enumerate(answer.follow_ups) if f["targets"] == ["result"])
    for earlier in range(index):  # the ones asked before it, skipped
        alice_client.post(reverse("practice:follow_up", args=[answer.pk, earlier]), {"skip": "1"})
    reply = "Daardoor steeg de klanttevredenheid met tien procent."
    alice_client.post(
        reverse("practice:follow_up", args=[answer.pk, index]), {"answer_text": reply}
    )
    alice_client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    fold = page[page.index('<details class="earlier-attempt">') : page.index("</details>")]
    asked, result_later = FOLD_TEXTS[language]
    assert "data-earlier-follow-ups" in fold and asked in fold and reply in fold
    assert result_later in fold
    assert answer.earlier_attempts.get().follow_ups[index]["answer"] == reply


ONCE_TEXTS = {
    "nl": ("aan de korte kant", "voeg een voorbeeld", "Dit is geen antwoord op de vraag."),
    "en": ("on the short side", "add an example", "This does not answer the question."),
}
WEEKEND = {
    "nl": "In het weekend fiets ik graag lange tochten door de polder met vrienden. Daarna "
    "drinken we koffie op een terras en praten we over van alles.",
    "en": "At the weekend I like long bike rides through the countryside with friends. After that "
    "we have coffee on a terrace and talk about all sorts of things.",
}


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_time_advice_is_given_once_and_without_starr_advice_when_off_topic(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    alice.language = language
    alice.save()
    short, starr_advice, off_topic = ONCE_TEXTS[language]
    answer = world["answer"]
    alice_client.post(
        answer.get_absolute_url(), {"answer_text": GOOD_ANSWER, "seconds_taken": "20"}
    )
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert page.lower().count(short) == 1 and starr_advice in page
    # Improved into an answer about something else.
    alice_client.post(
        answer.get_absolute_url(), {"answer_text": WEEKEND[language], "seconds_taken": "5"}
    )
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    page = page[page.index('id="feedback"') :]  # the earlier attempt keeps its own tips
    assert escape(off_topic) in page and page.lower().count(short) == 1
    assert starr_advice not in page.lower()


PITCH = {
    "nl": "Ik ben Sanne, klantenservicemedewerker met acht jaar ervaring. Bij mijn vorige werkgever "
    "heb ik het klachtenproces verbeterd.",
    "en": "I am Sanne, a customer service agent with eight years of experience. At my last "
    "employer I improved the complaints process.",
}
PITCH_WHY = {
    "nl": " Deze functie spreekt me aan omdat ik hier klanten echt verder kan helpen.",
    "en": " This role appeals to me because I can really help customers here.",
}
PITCH_CHANGES = {
    "nl": ("<dt>Nieuw in deze poging</dt><dd>Waarom deze baan</dd>",
           "Dezelfde onderdelen van je pitch als in je eerdere poging."),
    "en": ("<dt>New in this attempt</dt><dd>Why this job</dd>",
           "The same pitch elements as in your earlier attempt."),
}  # fmt: skip


@pytest.mark.parametrize("language", ["nl", "en"])
def test_an_improved_pitch_says_which_elements_changed(
    alice_client: Any, alice: Any, world: dict[str, Any], language: str
) -> None:
    alice.language = language
    alice.save()
    answer = world["answer"]
    answer.answer_type, answer.target_min, answer.target_max = "pitch", 1, 600
    answer.save()
    url = answer.get_absolute_url()
    alice_client.post(url, {"answer_text": PITCH[language], "seconds_taken": "30"})
    alice_client.post(
        url, {"answer_text": PITCH[language] + PITCH_WHY[language], "seconds_taken": "30"}
    )
    gained, same = PITCH_CHANGES[language]
    page = alice_client.get(url).content.decode()
    assert gained in page and "STARR" not in page[page.index("data-changes") - 200 :][:400]
    alice_client.post(
        url, {"answer_text": PITCH[language] + PITCH_WHY[language], "seconds_taken": "30"}
    )
    assert same in alice_client.get(url).content.decode()
