"""Issue 14: round one steers round two. Each test here failed on the code before it: a bare claim
counted as evidence, round one showed round two's goal, past checklist items stayed where they were,
and the doubts of round one were read by nothing."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.urls import reverse
from django.utils import timezone

from secondround.applications.models import FitQuestion, Round
from secondround.interviewday import sheet
from secondround.interviewday.models import Assignment
from secondround.practice.selectors import questions_to_ask, reveal
from secondround.practice.services import answer_submit, mock_start
from secondround.preparation.models import Example
from secondround.preparation.selectors import best_examples
from secondround.preparation.services import example_save
from secondround.testing.factories import (
    make_application,
    make_debrief,
    make_interviewer,
    make_round,
)

pytestmark = pytest.mark.django_db

CLAIM = "Ik ben heel flexibel en ik neem graag initiatief."
DOUBT = "Of ik genoeg ervaring heb met een team van deze omvang."
VACANCY = "Je bent flexibel en neemt initiatief. Je bent klantgericht."


@pytest.fixture
def two(alice: Any) -> Round:
    application = make_application(
        user=alice, company="Stroomlijn Energie", stage="round_two", vacancy_text=VACANCY
    )
    mark = make_interviewer(application=application, name="Mark de Wit", kind="manager")
    lotte = make_interviewer(application=application, name="Lotte Visser", kind="colleague")
    one = make_round(
        application=application,
        number=1,
        interviewers=[mark],
        status="done",
        starts_at=timezone.now() - timedelta(days=8),
    )
    make_debrief(round=one, doubts=f"{DOUBT}\nHoe ik omga met drukte", topics="De planning")
    return make_round(
        application=application,
        number=2,
        interviewers=[mark, lotte],
        starts_at=timezone.now() + timedelta(days=2),
    )


def _claim(user: Any) -> Example:
    return example_save(
        example=Example(
            user=user, title="Flexibel", telling=CLAIM, competencies=["flexibility", "initiative"]
        ),
        lang="nl",
    )


def test_a_bare_claim_backs_nothing_in_the_matrix_or_on_the_sheet(alice_client, alice, two):
    _claim(alice)
    page = alice_client.get(reverse("preparation:matrix", args=[two.application.pk])).content
    html = page.decode()
    assert "bewering zonder bewijs" in html.lower()
    assert "0 van 3 competenties onderbouwd" in html
    assert "actie" in html and "resultaat" in html  # the rule is explained on screen
    assert best_examples(two, lang="nl") == []  # never a strongest example


def test_round_one_shows_the_goal_of_round_one(alice_client, two):
    one = two.application.rounds.get(number=1)
    html = alice_client.get(one.get_absolute_url()).content.decode()
    assert "tweede gesprek opleveren" in html and "aanbod opleveren" not in html
    source = sheet.gather(one, lang="nl")
    assert "tweede gesprek" in source.goal.text and "aanbod" not in source.goal.text
    assert "aanbod opleveren" in sheet.gather(two, lang="nl").goal.text


def test_past_checklist_items_move_into_the_days_that_remain(alice_client, two):
    Assignment.objects.create(round=two, type="presentation", description="Je eerste 90 dagen")
    html = alice_client.get(reverse("preparation:plan", args=[two.pk])).content.decode()
    assert "Weinig tijd: je plan per dag" in html
    assert "Vandaag" in html and "Morgen" in html and "Op de dag zelf" in html
    assert "verschoven: was gepland voor" in html


def test_the_doubts_of_round_one_reach_the_mock_the_plan_and_the_sheet(alice_client, two):
    session = mock_start(round=two, lang="nl", size=5)
    doubt = session.answers.get(question_id="notes:doubt:1")
    assert doubt.position == 2  # right after the opening
    assert doubt.asker == "Mark de Wit"
    assert doubt.question_text.startswith(
        "Vorige keer vroeg ik me af of je genoeg ervaring hebt met een team"
    )
    html = alice_client.get(reverse("preparation:plan", args=[two.pk])).content.decode()
    assert "twijfel → mijn bewijs" in html and "Twijfel: Hoe ik omga met drukte" in html
    notes = sheet.gather(two, lang="nl").notes
    assert notes[0].startswith("Twijfel: Of ik genoeg ervaring heb")
    assert "Terugkomen op: De planning" in notes
    answer = alice_client.get(doubt.get_absolute_url()).content.decode()
    assert "Mark de Wit vraagt:" in answer
    page = alice_client.get(two.get_absolute_url()).content.decode()
    assert "2 twijfels van vorige keer, 0 met een voorbeeld als antwoord" in page


def test_research_per_person_and_questions_tied_to_a_person(alice_client, two):
    mark = two.interviewers.get(name="Mark de Wit")
    url = reverse("applications:interviewer_edit", args=[mark.pk])
    page = alice_client.get(two.get_absolute_url()).content.decode()
    assert "Nog op te zoeken:" in page and "Mark de Wit" in page
    response = alice_client.post(
        f"{url}?next={two.get_absolute_url()}",
        {
            "name": "Mark de Wit",
            "kind": "manager",
            "looked_up": "on",
            "found": "Twaalf jaar bij het bedrijf.",
            "cares_about": "Rust in het team.",
            "question_for": "Wat zou je als eerste veranderen?",
        },
    )
    assert response.status_code == 302 and response["Location"] == two.get_absolute_url()
    mark.refresh_from_db()
    assert mark.looked_up and mark.cares_about == "Rust in het team."
    alice_client.post(
        reverse("practice:round_questions", args=[two.pk]),
        {"text": "Hoe ziet een werkdag eruit?", "interviewer": str(mark.pk)},
    )
    lines = questions_to_ask(two, lang="nl")
    assert "Vraag aan Mark de Wit: Hoe ziet een werkdag eruit?" in lines
    assert "Vraag aan Mark de Wit: Wat zou je als eerste veranderen?" in lines
    page = alice_client.get(two.get_absolute_url()).content.decode()
    assert "Nog op te zoeken:" in page and "Rust in het team." in page  # Lotte still to do


def test_company_research_stays_with_the_application_for_every_round(alice_client, two):
    application = two.application
    application.research = "Nieuw product: een thuisbatterij."
    application.save()
    for round in application.rounds.all():
        assert (
            "Nieuw product: een thuisbatterij."
            in alice_client.get(round.get_absolute_url()).content.decode()
        )


def test_a_round_cannot_be_done_before_it_started(alice_client, two):
    url = reverse("applications:round_edit", args=[two.pk])
    data = {
        "number": "2",
        "starts_at": timezone.localtime(two.starts_at).strftime("%Y-%m-%dT%H:%M"),
        "duration_minutes": "60",
        "format": "on_site",
        "status": "done",
    }
    response = alice_client.post(url, data)
    assert response.status_code == 422
    assert "kan dus nog niet gedaan zijn" in response.content.decode()
    two.refresh_from_db()
    assert two.status == "planned"


def test_fit_questions_reach_the_sheet_the_reflection_and_the_offer(alice_client, two):
    from secondround.offers.tests.factories import make_offer

    alice_client.post(
        reverse("preparation:plan_purpose", args=[two.pk]), {"text": "Hoe is de sfeer?"}
    )
    question = FitQuestion.objects.get(application=two.application)
    assert sheet.gather(two, lang="nl").find_out == ["Hoe is de sfeer?"]
    reflection = reverse("interviewday:reflection", args=[two.pk])
    assert "Hoe is de sfeer?" in alice_client.get(reflection).content.decode()
    offer = make_offer(application=two.application)
    assert "nog open" in alice_client.get(offer.get_absolute_url()).content.decode()
    alice_client.post(
        reverse("applications:fit_edit", args=[question.pk]),
        {"text": "Hoe is de sfeer?", "answer": "Open en vriendelijk.", "answered_in": two.pk},
    )
    question.refresh_from_db()
    assert question.answer == "Open en vriendelijk." and question.answered_in == two
    assert sheet.gather(two, lang="nl").find_out == []
    assert "Open en vriendelijk." in alice_client.get(offer.get_absolute_url()).content.decode()


def test_fit_questions_are_private(bob_client, two):
    question = FitQuestion.objects.create(application=two.application, text="Hoe is het team?")
    assert bob_client.get(reverse("applications:fit_edit", args=[question.pk])).status_code == 404
    response = bob_client.post(reverse("applications:fit_edit", args=[question.pk]), {"text": "x"})
    assert response.status_code == 404
    assert (
        bob_client.post(reverse("applications:fit_delete", args=[question.pk])).status_code == 404
    )
    assert FitQuestion.objects.get().text == "Hoe is het team?"


def test_fit_edit_needs_login_and_refuses_other_methods(alice_client, two):
    from django.test import Client

    question = FitQuestion.objects.create(application=two.application, text="Hoe is het team?")
    url = reverse("applications:fit_edit", args=[question.pk])
    assert Client().get(url).status_code == 302
    assert alice_client.put(url).status_code == 405
    response = alice_client.post(url, {"text": ""}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "Hoe is het team?" == FitQuestion.objects.get().text


def test_the_done_button_refuses_a_round_that_has_not_started(alice_client, two):
    response = alice_client.post(reverse("interviewday:round_done", args=[two.pk]), follow=True)
    two.refresh_from_db()
    assert two.status == "planned"
    assert "kan dus nog niet gedaan zijn" in response.content.decode()


@pytest.mark.parametrize(
    ("lang", "tests"),
    [("nl", "Of de twijfel van vorige keer terecht was."),
     ("en", "Whether last time's doubt was fair.")],
)  # fmt: skip
def test_a_doubt_question_says_what_it_really_tests(lang, tests):
    assert reveal("notes:doubt:1", lang)[0].startswith(tests)
    assert reveal("notes:topic:2", lang)[1]  # a topic has a tip of its own too


def test_the_answer_page_of_a_doubt_question_says_what_it_really_tests(alice_client, two):
    session = mock_start(round=two, lang="nl", size=5)
    doubt = session.answers.get(question_id="notes:doubt:1")
    answer_submit(answer=doubt, text="Ik leidde vorig jaar een team van twintig mensen.",
                  seconds=None, lang="nl")  # fmt: skip
    html = alice_client.get(doubt.get_absolute_url()).content.decode()
    assert "Of de twijfel van vorige keer terecht was." in html
    assert "Bedenk wat ze met deze vraag eigenlijk willen weten." not in html


def test_an_answer_to_a_doubt_must_be_about_the_doubt(two):
    session = mock_start(round=two, lang="nl", size=5)
    doubt = session.answers.get(question_id="notes:doubt:1")
    elsewhere = (
        "Vorig jaar had ik een klant die boos was over de lange wachttijd bij de balie. Ik heb hem "
        "later teruggebeld en samen een nieuwe afspraak gemaakt. Hij was daarna heel tevreden."
    )
    answer_submit(answer=doubt, text=elsewhere, seconds=None, lang="nl")
    doubt.refresh_from_db()
    assert not doubt.is_on_topic and doubt.follow_ups[0]["targets"] == ["relevance"]
    about = (
        "In mijn vorige baan leidde ik een team van twintig verpleegkundigen. Ik maakte de "
        "roosters en voerde elke maand met iedereen een gesprek. Het verzuim daalde van acht naar "
        "vijf procent."
    )
    answer_submit(answer=doubt, text=about, seconds=None, lang="nl")
    doubt.refresh_from_db()
    assert doubt.is_on_topic
