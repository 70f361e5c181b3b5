"""The six-step plan per round (R2), G5's question, and the salary numbers (S4)."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround.applications.models import FitQuestion
from secondround.preparation.forms import TermsForm
from secondround.preparation.models import RoundPlan, Terms
from secondround.testing.factories import make_application, make_interviewer, make_round

from .factories import make_asked, make_example, make_rehearsal

pytestmark = pytest.mark.django_db


def _plan(client: Any, round: Any) -> str:
    response = client.get(reverse("preparation:plan", args=[round.pk]))
    assert response.status_code == 200
    return response.content.decode()


def test_the_plan_shows_progress_and_days_left(alice_client: Any, setup: dict[str, Any]) -> None:
    page = _plan(alice_client, setup["two"])
    # The example backs the only asked competency and the pitch was rehearsed within 15%.
    assert "2 van 6 stappen klaar (33%)" in page
    assert "Nog 3 dagen tot ronde 2." in page or "Nog 2 dagen tot ronde 2." in page
    assert "Inwerkperiode" in page  # the round-one notes, shown inline
    assert "Sanne de Vries" in page  # who sat at the table in round one


def test_ticking_a_step_changes_the_percentage(alice_client: Any, setup: dict[str, Any]) -> None:
    two = setup["two"]
    response = alice_client.post(
        reverse("preparation:plan_tick", args=[two.pk]), {"step": "reread_notes", "done": "1"}
    )
    assert response["Location"].endswith("#step-reread_notes")
    assert RoundPlan.objects.get(round=two).ticked == ["reread_notes"]
    assert "3 van 6 stappen klaar (50%)" in _plan(alice_client, two)
    alice_client.post(reverse("preparation:plan_tick", args=[two.pk]), {"step": "reread_notes"})
    assert "2 van 6 stappen klaar (33%)" in _plan(alice_client, two)
    response = alice_client.post(reverse("preparation:plan_tick", args=[two.pk]), {"step": "nope"})
    assert response.status_code == 302 and RoundPlan.objects.get(round=two).ticked == []


def test_steps_the_app_checks_itself(alice_client: Any, alice: Any, setup: dict[str, Any]) -> None:
    two, application = setup["two"], setup["application"]
    make_asked(application=application, competency_id="leadership")
    page = _plan(alice_client, two)
    assert "1 van 6 stappen klaar" in page  # leadership has no example: step 2 is open again
    make_example(user=alice, title="Team geleid", competencies=["leadership"])
    assert "2 van 6 stappen klaar" in _plan(alice_client, two)
    make_rehearsal(pitch=setup["pitch"], seconds=31)
    setup["rehearsal"].delete()
    Terms.objects.create(application=application, target_monthly=4000, minimum_monthly=3500)
    assert "3 van 6 stappen klaar" in _plan(alice_client, two)


def test_the_topics_answer_starts_from_the_draft_and_is_saved(
    alice_client: Any, setup: dict[str, Any]
) -> None:
    two = setup["two"]
    page = _plan(alice_client, two)
    assert "Ik wil graag terugkomen op inwerkperiode en scholingsbudget." in page
    alice_client.post(
        reverse("preparation:plan_topics", args=[two.pk]), {"topics_answer": "Mijn eigen antwoord."}
    )
    assert RoundPlan.objects.get(round=two).topics_answer == "Mijn eigen antwoord."
    assert "3 van 6 stappen klaar" in _plan(alice_client, two)
    response = alice_client.post(
        reverse("preparation:plan_topics", args=[two.pk]), {"topics_answer": "x" * 20_001}
    )
    assert response.status_code == 422
    assert RoundPlan.objects.get(round=two).topics_answer == "Mijn eigen antwoord."


def test_what_i_want_to_find_out_is_shown_back(alice_client: Any, setup: dict[str, Any]) -> None:
    two = setup["two"]
    alice_client.post(
        reverse("preparation:plan_purpose", args=[two.pk]), {"text": "<i>Hoe is de sfeer?</i>"}
    )
    page = _plan(alice_client, two)
    assert "&lt;i&gt;Hoe is de sfeer?&lt;/i&gt;" in page and "nog open" in page
    question = FitQuestion.objects.get()
    assert question.application == setup["application"] and question.is_open


def test_round_one_has_no_plan(alice_client: Any, setup: dict[str, Any]) -> None:
    page = alice_client.get(reverse("preparation:plan", args=[setup["one"].pk])).content.decode()
    assert "is voor ronde twee en later" in page


def test_terms_are_saved_per_application(alice_client: Any, setup: dict[str, Any]) -> None:
    application, two = setup["application"], setup["two"]
    plan_url = reverse("preparation:plan", args=[two.pk])
    response = alice_client.post(
        reverse("preparation:terms", args=[application.pk]),
        {
            "target_monthly": "4.250,50",
            "minimum_monthly": "3900",
            "wishes": "32 uur",
            "next": plan_url + "#step-salary_terms",
            "round": two.pk,
        },
    )
    assert response["Location"] == plan_url + "#step-salary_terms"
    terms = Terms.objects.get(application=application)
    assert (str(terms.target_monthly), str(terms.minimum_monthly)) == ("4250.50", "3900.00")


@pytest.mark.parametrize(
    "target, minimum, message",
    [
        ("-1", "", "kan niet negatief zijn"),
        ("3000", "3500", "Je minimum is hoger dan je wens"),
        ("1000000000000", "", "meer dan een miljoen per maand"),
        ("3000,123", "", "hoogstens twee cijfers"),
        ("drieduizend", "", "Vul een bedrag in euro in"),
    ],
)
def test_bad_terms_get_a_message_on_the_plan_page(
    alice_client: Any, setup: dict[str, Any], target: str, minimum: str, message: str
) -> None:
    application, two = setup["application"], setup["two"]
    response = alice_client.post(
        reverse("preparation:terms", args=[application.pk]),
        {"target_monthly": target, "minimum_monthly": minimum, "wishes": "laptop", "round": two.pk},
    )
    page = response.content.decode()
    assert response.status_code == 422 and message in page
    assert "De zes stappen" in page and f'value="{target}"' in page
    assert not Terms.objects.exists()


def test_the_terms_page_without_a_round(alice_client: Any, alice: Any) -> None:
    application = make_application(user=alice)
    url = reverse("preparation:terms", args=[application.pk])
    assert alice_client.get(url).status_code == 200
    response = alice_client.post(url, {"target_monthly": "-5"})
    assert response.status_code == 422 and "kan niet negatief zijn" in response.content.decode()


def test_bob_gets_404_on_plan_and_terms(bob_client: Any, setup: dict[str, Any]) -> None:
    two, application = setup["two"], setup["application"]
    assert bob_client.get(reverse("preparation:plan", args=[two.pk])).status_code == 404
    for name, data in [
        ("preparation:plan_tick", {"step": "pitch", "done": "1"}),
        ("preparation:plan_topics", {"topics_answer": "x"}),
        ("preparation:plan_purpose", {"text": "x"}),
    ]:
        assert bob_client.post(reverse(name, args=[two.pk]), data).status_code == 404
    terms = reverse("preparation:terms", args=[application.pk])
    assert bob_client.get(terms).status_code == 404
    assert bob_client.post(terms, {"target_monthly": "1"}).status_code == 404
    assert not RoundPlan.objects.exists() and not Terms.objects.exists()
    assert not FitQuestion.objects.exists()


def test_wrong_methods(alice_client: Any, setup: dict[str, Any]) -> None:
    two = setup["two"]
    for name in ("preparation:plan_tick", "preparation:plan_topics", "preparation:plan_purpose"):
        assert alice_client.get(reverse(name, args=[two.pk])).status_code == 405
    assert alice_client.post(reverse("preparation:plan", args=[two.pk])).status_code == 405


def test_the_round_page_shows_a_compact_progress(alice_client: Any, setup: dict[str, Any]) -> None:
    page = alice_client.get(setup["two"].get_absolute_url()).content.decode()
    assert "2 van 6 stappen klaar (33%)" in page
    assert reverse("preparation:plan", args=[setup["two"].pk]) in page
    assert "Volgende stap:" in page
    one = alice_client.get(setup["one"].get_absolute_url()).content.decode()
    assert "stappen klaar" not in one


def _add_application_with_round_two(user: Any) -> None:
    application = make_application(user=user)
    make_round(application=application, number=1, status="done")
    make_round(application=application, number=2)
    make_asked(application=application)


def test_the_dashboard_query_count_stays_the_same(alice_client: Any, alice: Any) -> None:
    from secondround import freshness

    _add_application_with_round_two(alice)
    url = reverse("applications:dashboard")
    alice_client.get(url)  # sets the CSRF cookie; then measure fresh renders, not the cache
    freshness.touch(alice.pk)
    with CaptureQueriesContext(connection) as few:
        page = alice_client.get(url).content.decode()
    assert "Voorbereiden" in page and "stappen klaar" in page
    for _ in range(4):
        _add_application_with_round_two(alice)
    freshness.touch(alice.pk)
    with CaptureQueriesContext(connection) as many:
        page = alice_client.get(url).content.decode()
    assert page.count("stappen klaar") == 5
    assert len(many) == len(few)


@pytest.mark.parametrize(("days", "line"), [(5, "Nog 5 dagen tot ronde 2."), (2, "Nog 2 dagen")])
def test_the_dashboard_counts_the_days_in_dutch(
    alice_client: Any, alice: Any, days: int, line: str
) -> None:
    application = make_application(user=alice)
    make_round(application=application, number=1, status="done")
    make_round(application=application, number=2, starts_at=timezone.now() + timedelta(days=days))
    page = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert line in page and "days left" not in page


@settings(
    max_examples=30, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(target=st.text(max_size=16), minimum=st.text(max_size=16), wishes=st.text(max_size=50))
def test_the_terms_form_never_breaks(alice: Any, target: str, minimum: str, wishes: str) -> None:
    application = make_application(user=alice)
    form = TermsForm(
        {"target_monthly": target, "minimum_monthly": minimum, "wishes": wishes},
        instance=Terms(application=application),
    )
    if form.is_valid():
        data = form.cleaned_data
        for value in (data["target_monthly"], data["minimum_monthly"]):
            assert value is None or 0 <= value <= 1_000_000


@pytest.mark.parametrize(("lang", "shown"), [("nl", 'value="4300,5"'), ("en", 'value="4300.5"')])
def test_the_salary_numbers_show_the_way_the_page_language_writes_them(lang, shown) -> None:
    from decimal import Decimal

    from django.utils import translation

    from secondround.preparation.forms import TermsForm
    from secondround.preparation.models import Terms

    with translation.override(lang):
        html = str(TermsForm(instance=Terms(target_monthly=Decimal("4300.50"))))
    assert shown in html and "4300.50" not in html


@pytest.mark.parametrize(
    ("language", "wanted", "unwanted"),
    [
        ("nl", "Kunt u daar nog iets meer over vertellen?", "Kun je daar"),
        ("en", "Could you tell me a little more about it?", "Kunt u"),
    ],
)
def test_the_closing_lines_on_the_plan_say_u_to_a_mixed_table(
    alice_client: Any, alice: Any, setup: dict[str, Any], language: str, wanted: str, unwanted: str
) -> None:
    """Sanne (je) was there last time; Hendrik, a director, gets "u": what is said near the end
    goes to both of them."""
    alice.language = language
    alice.save()
    two = setup["two"]
    hendrik = make_interviewer(
        application=setup["application"], name="Hendrik Smit", kind="director"
    )
    two.interviewers.add(hendrik)
    page = " ".join(_plan(alice_client, two).split())
    assert wanted in page and unwanted not in page
    if language == "nl":
        assert "Vorige keer vroeg u zich af of ik genoeg ervaring heb" in page
        assert "vroeg je je af" not in page
