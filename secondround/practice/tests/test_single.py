"""Practising one bank question on its own: from the bank (or a practice interview) to the answer
screen, the feedback, the follow-ups and a short summary, in Dutch and in English; for the round the
user meets next, or for no round; and every way it may go wrong."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.test import Client
from django.urls import reverse
from django.utils import timezone

from secondround.testing.factories import make_application, make_interviewer, make_round

from ..models import MockAnswer, MockSession
from ..services import mock_start
from .factories import GOOD_ANSWER, make_own_question, make_round_two

pytestmark = pytest.mark.django_db

WEAKNESS = "q-weakness"  # "Wat is je grootste zwakte?", asked by HR and managers (an opinion)
HARD_TARGET = "q-comp-hard-target"  # a STARR question
NO_RESULT = {
    "nl": (
        "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand "
        "van vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb "
        "het werk opnieuw verdeeld en elke ochtend een korte stand-up gehouden."
    ),
    "en": (
        "Last year I was a team lead at an energy company. Our team had a backlog of four hundred "
        "customer questions. My task was to clear it within a month. I split the work again and "
        "held a short stand-up every morning."
    ),
}
RESULT = {
    "nl": "Na drie weken was de achterstand weg.",
    "en": "In the end the backlog was gone after three weeks.",
}
SCREEN = {
    "nl": {
        "button": "Oefen deze vraag",
        "heading": "Eén vraag oefenen",
        "weakness": "Wat is je grootste zwakte?",
        "alone": "Een vraag uit de vragenbank, los van een sollicitatie geoefend.",
        "picked": "Je koos deze vraag zelf in de vragenbank.",
        "submit": "Antwoord insturen",
        "behind": "De vraag achter de vraag",
        "finish": "Afronden en samenvatting bekijken",
        "summary": "Samenvatting van je oefenvraag",
        "again": "Oefen deze vraag opnieuw",
        "singles": "Losse vragen die je oefende",
    },
    "en": {
        "button": "Practise this question",
        "heading": "Practising one question",
        "weakness": "What is your biggest weakness?",
        "alone": "A question from the question bank, practised apart from any application.",
        "picked": "You picked this question yourself in the question bank.",
        "submit": "Submit answer",
        "behind": "The question behind the question",
        "finish": "Finish and see the summary",
        "summary": "Summary of your practice question",
        "again": "Practise this question again",
        "singles": "Single questions you practised",
    },
}


def _client(user: Any, language: str) -> Client:
    user.language = language
    user.save(update_fields=["language"])
    client = Client()
    client.force_login(user)
    return client


def _start(client: Client, question_id: str, **data: str) -> Any:
    return client.post(reverse("practice:practise_question", args=[question_id]), data)


def _page(client: Client, url: str) -> str:
    response = client.get(url)
    assert response.status_code == 200, url
    return str(response.content.decode())


# The happy path


@pytest.mark.parametrize("language", ["nl", "en"])
def test_the_bank_offers_to_practise_each_question_they_may_ask(alice: Any, language: str) -> None:
    page = _page(_client(alice, language), reverse("practice:bank"))
    start = reverse("practice:practise_question", args=[WEAKNESS])
    assert f'<form method="post" action="{start}">' in page
    assert SCREEN[language]["button"] in page
    # A question to ask them is not one to answer: it has no button.
    assert reverse("practice:practise_question", args=["ask-working-day"]) not in page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_one_question_without_any_round_from_start_to_summary(alice: Any, language: str) -> None:
    client, text = _client(alice, language), SCREEN[language]
    response = _start(client, WEAKNESS)
    session = MockSession.objects.get()
    answer = session.answers.get()
    assert (session.user, session.round, session.single, session.lang) == (
        alice,
        None,
        True,
        language,
    )
    assert (answer.question_id, answer.question_text, answer.asker) == (
        WEAKNESS,
        text["weakness"],
        "",
    )
    assert answer.answer_type == "opinion" and (answer.target_min, answer.target_max) == (30, 60)
    # The session leads to its one open question.
    assert client.get(response["Location"])["Location"] == answer.get_absolute_url()
    page = _page(client, answer.get_absolute_url())
    for shown in ("heading", "weakness", "alone", "picked", "submit"):
        assert text[shown] in page, shown
    assert '<progress class="progress"' not in page  # one question needs no progress bar

    client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER, "seconds_taken": "50"})
    answer.refresh_from_db()
    assert answer.is_answered and answer.analysis and answer.seconds_taken == 50
    page = _page(client, answer.get_absolute_url())
    assert 'id="feedback"' in page and text["behind"] in page and text["finish"] in page

    response = client.post(reverse("practice:session_finish", args=[session.pk]))
    page = _page(client, response["Location"])
    session.refresh_from_db()
    assert session.finished is not None
    assert text["summary"] in page and text["weakness"] in page and text["again"] in page
    assert GOOD_ANSWER in page


@pytest.mark.parametrize("language", ["nl", "en"])
def test_a_story_without_a_result_gets_the_same_follow_up_as_in_a_mock(
    alice: Any, language: str
) -> None:
    client = _client(alice, language)
    _start(client, HARD_TARGET)
    answer = MockAnswer.objects.get()
    assert answer.answer_type == "star"
    client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT[language]})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["targets"] == ["result"]
    assert answer.follow_ups[0]["source"] == "rules"
    assert answer.follow_ups[0]["text"] in _page(client, answer.get_absolute_url())

    url = reverse("practice:follow_up", args=[answer.pk, 0])
    client.post(url, {"answer_text": RESULT[language]})
    answer.refresh_from_db()
    assert answer.follow_ups[0]["answered"] and answer.has_part("result")
    summary = _page(client, reverse("practice:summary", args=[answer.session_id]))
    assert RESULT[language] in summary


def test_the_next_round_asks_it_as_its_panel_would(alice: Any) -> None:
    """HR, addressed with "u", asks about a weakness at the coming round; an earlier round and a
    round of an archived application are not the next table."""
    application = make_application(user=alice, company="Stroomlijn Energie")
    hr = make_interviewer(
        application=application, name="Sanne Jansen", kind="hr", form_of_address="u"
    )
    colleague = make_interviewer(application=application, name="Ayla Smit", kind="colleague")
    past = timezone.now() - timedelta(days=10)
    make_round(application=application, number=1, status="done", starts_at=past)
    two = make_round(application=application, number=2, interviewers=[colleague, hr])
    archived = make_application(user=alice, company="Oud Bedrijf", archived=True)
    make_round(application=archived, starts_at=timezone.now() + timedelta(days=1))

    client = _client(alice, "nl")
    _start(client, WEAKNESS)
    session = MockSession.objects.get()
    answer = session.answers.get()
    assert session.round == two
    assert (answer.asker, answer.question_text) == ("Sanne Jansen", "Wat is uw grootste zwakte?")
    page = _page(client, answer.get_absolute_url())
    assert "Sanne Jansen vraagt:" in page
    assert "Een vraag uit de vragenbank, geoefend voor ronde 2 bij Stroomlijn Energie." in page
    # The follow-ups come from the same person.
    client.post(answer.get_absolute_url(), {"answer_text": "Ik ben soms te ongeduldig."})
    answer.refresh_from_db()
    assert answer.follow_ups and {f["asker"] for f in answer.follow_ups} == {"Sanne Jansen"}


def test_a_round_with_nobody_at_the_table_asks_it_with_je(alice: Any) -> None:
    round = make_round(application=make_application(user=alice))
    _start(_client(alice, "nl"), WEAKNESS)
    answer = MockAnswer.objects.get()
    assert answer.session.round == round
    assert (answer.asker, answer.question_text) == ("", "Wat is je grootste zwakte?")


def test_from_a_practice_interview_it_is_practised_for_that_round(alice: Any) -> None:
    """The button next to the question behind the question: the same round, even when another
    round comes sooner."""
    round = make_round_two(user=alice)
    sooner = make_round(
        application=make_application(user=alice), starts_at=timezone.now() + timedelta(hours=2)
    )
    mock = mock_start(round=round, lang="nl", size=3)
    answer = mock.answers.order_by("position").first()
    assert answer is not None
    client = _client(alice, "nl")
    client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    page = _page(client, answer.get_absolute_url())
    assert "Oefen deze vraag nog eens apart" in page and f'value="{round.pk}"' in page

    _start(client, answer.question_id, round=str(round.pk))
    single = MockSession.objects.singles().get()
    assert single.round == round != sooner
    assert single.answers.get().question_id == answer.question_id
    # The practice interview stays as it was.
    assert mock.answers.count() == 3 and MockSession.objects.interviews().count() == 1


def test_an_own_question_can_be_practised_with_what_its_author_wrote(alice: Any) -> None:
    own = make_own_question(user=alice, category="competency")
    client = _client(alice, "nl")
    assert reverse("practice:practise_question", args=[own.bank_id]) in _page(
        client, reverse("practice:bank")
    )
    _start(client, own.bank_id)
    answer = MockAnswer.objects.get()
    assert (answer.question_id, answer.question_text) == (own.bank_id, own.text)
    assert answer.answer_type == "star"  # what questions of its category ask for
    client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    page = _page(client, answer.get_absolute_url())
    assert own.tests in page and own.tip in page  # the question behind it, as the author wrote


# Starting twice makes no second practice


def test_starting_twice_takes_up_the_practice_that_waits_for_its_answer(alice: Any) -> None:
    client = _client(alice, "nl")
    first, second = _start(client, WEAKNESS), _start(client, WEAKNESS)
    assert first.url == second.url and MockSession.objects.count() == 1
    answer = MockAnswer.objects.get()
    client.post(reverse("practice:answer_draft", args=[answer.pk]), {"answer_text": "Ik ben"})
    _start(client, WEAKNESS)
    assert MockSession.objects.count() == 1  # the draft is kept, not thrown away
    assert MockAnswer.objects.get().answer_text == "Ik ben"

    # Once answered, practising it again is a new try; another question is a practice of its own.
    client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})
    _start(client, WEAKNESS)
    _start(client, HARD_TARGET)
    assert MockSession.objects.singles().count() == 3
    assert MockAnswer.objects.filter(answered_at__isnull=True).count() == 2


def test_a_practice_in_the_other_language_is_not_taken_up(alice: Any) -> None:
    _start(_client(alice, "nl"), WEAKNESS)
    _start(_client(alice, "en"), WEAKNESS)
    texts = set(MockAnswer.objects.values_list("question_text", flat=True))
    assert texts == {"Wat is je grootste zwakte?", "What is your biggest weakness?"}


# Where the practice shows up afterwards


def test_practised_questions_show_in_progress_and_the_bank_not_as_interviews(alice: Any) -> None:
    round = make_round_two(user=alice)
    client = _client(alice, "nl")
    _start(client, WEAKNESS)
    answer = MockAnswer.objects.get()
    client.post(answer.get_absolute_url(), {"answer_text": GOOD_ANSWER})

    progress = client.get(reverse("practice:progress"))
    assert "Losse vragen die je oefende" in progress.content.decode()
    assert [row.question for row in progress.context["singles"]] == ["Wat is je grootste zwakte?"]
    assert progress.context["charted"] == [] and progress.context["open_rows"] == []
    bank = _page(client, reverse("practice:bank"))
    assert "Laatst geoefend op" in bank
    assert reverse("practice:summary", args=[answer.session_id]) in bank
    # The round's list of practice interviews does not count it, nor does the next mock.
    mocks = client.get(reverse("practice:mock_sessions", args=[round.pk]))
    assert mocks.context["sessions"] == []
    assert mock_start(round=round, lang="nl", size=3).seed == 0


def test_progress_invites_a_first_single_question(alice: Any) -> None:
    page = _page(_client(alice, "en"), reverse("practice:progress"))
    assert "None yet. In the question bank, pick a question you dread" in page


# Unhappy paths


@pytest.mark.parametrize("language", ["nl", "en"])
@pytest.mark.parametrize(
    "question_id",
    ["q-does-not-exist", "ask-working-day", "own:999999", "own:abc", "own:", "own:²", "1"],
)
def test_an_unknown_question_is_404_and_starts_nothing(
    alice: Any, language: str, question_id: str
) -> None:
    response = _start(_client(alice, language), question_id)
    assert response.status_code == 404 and not MockSession.objects.exists()


def test_bobs_own_question_is_404_for_alice(alice: Any, bob: Any) -> None:
    theirs = make_own_question(user=bob)
    assert _start(_client(alice, "nl"), theirs.bank_id).status_code == 404
    assert not MockSession.objects.exists()


def test_an_own_question_to_ask_them_is_not_one_to_practise(alice: Any) -> None:
    ask = make_own_question(user=alice, direction="to_ask")
    assert _start(_client(alice, "nl"), ask.bank_id).status_code == 404


@pytest.mark.parametrize("language", ["nl", "en"])
def test_bob_gets_404_on_alices_practice_and_changes_nothing(
    alice: Any, bob: Any, language: str
) -> None:
    client = _client(alice, "nl")
    _start(client, HARD_TARGET)
    answer = MockAnswer.objects.get()
    client.post(answer.get_absolute_url(), {"answer_text": NO_RESULT["nl"]})
    session = answer.session
    bob_client = _client(bob, language)
    for url in (
        reverse("practice:session", args=[session.pk]),
        reverse("practice:summary", args=[session.pk]),
        answer.get_absolute_url(),
    ):
        assert bob_client.get(url).status_code == 404, url
    for url in (
        answer.get_absolute_url(),
        reverse("practice:answer_draft", args=[answer.pk]),
        reverse("practice:follow_up", args=[answer.pk, 0]),
        reverse("practice:session_finish", args=[session.pk]),
    ):
        assert bob_client.post(url, {"answer_text": "Bob was here"}).status_code == 404, url
    answer.refresh_from_db()
    session.refresh_from_db()
    assert answer.answer_text == NO_RESULT["nl"] and not answer.follow_ups[0]["answered"]
    assert session.finished is None


def test_bob_cannot_practise_for_alices_round(alice: Any, bob: Any) -> None:
    round = make_round_two(user=alice)
    response = _start(_client(bob, "en"), WEAKNESS, round=str(round.pk))
    assert response.status_code == 404 and not MockSession.objects.exists()


def test_a_round_that_is_no_number_falls_back_to_the_next_round(alice: Any) -> None:
    round = make_round_two(user=alice)
    round.application.rounds.filter(number=1).update(starts_at=timezone.now() - timedelta(days=9))
    _start(_client(alice, "nl"), WEAKNESS, round="twee")
    assert MockSession.objects.get().round == round


def test_starting_is_post_only(alice: Any) -> None:
    url = reverse("practice:practise_question", args=[WEAKNESS])
    client = _client(alice, "nl")
    assert client.get(url).status_code == 405
    assert client.put(url).status_code == 405
    assert not MockSession.objects.exists()


def test_starting_needs_a_login(client: Client) -> None:
    response = _start(client, WEAKNESS)
    assert response.status_code == 302 and "/accounts/login/" in response.url
    assert not MockSession.objects.exists()


def test_starting_without_the_csrf_token_is_refused(alice: Any) -> None:
    client = Client(enforce_csrf_checks=True)
    client.force_login(alice)
    response = _start(client, WEAKNESS)
    assert response.status_code == 403 and not MockSession.objects.exists()
