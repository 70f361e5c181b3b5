"""Applications, interviewers, rounds, notes and the dashboard, as a user would use them."""

from __future__ import annotations

from datetime import datetime, time, timedelta
from typing import Any

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext
from django.urls import reverse
from django.utils import timezone

from secondround import freshness
from secondround.applications.models import Application, Debrief, Interviewer, Round
from secondround.testing.factories import (
    make_application,
    make_busy_applications,
    make_debrief,
    make_interviewer,
    make_round,
)

pytestmark = pytest.mark.django_db


def test_creating_an_application_saves_it_for_the_user(alice_client, alice) -> None:
    response = alice_client.post(
        reverse("applications:create"),
        {
            "company": "Stroomlijn",
            "role": "Teamleider",
            "stage": "round_one",
            "sector": "",
            "vacancy_url": "",
            "vacancy_text": "Je bent flexibel.",
            "goal": "",
        },
    )
    application = Application.objects.get()
    assert response["Location"] == application.get_absolute_url()
    assert (application.user, application.company, application.stage) == (
        alice,
        "Stroomlijn",
        "round_one",
    )


def test_a_missing_company_is_named_and_what_was_typed_stays(alice_client) -> None:
    response = alice_client.post(
        reverse("applications:create"),
        {
            "company": "",
            "role": "Teamleider <b>x</b>",
            "stage": "letter",
            "vacancy_text": "bewaard",
        },
    )
    body = response.content.decode()
    assert response.status_code == 422
    assert response.context["form"]["company"].errors
    assert "Teamleider &lt;b&gt;x&lt;/b&gt;" in body and "bewaard" in body
    assert Application.objects.count() == 0


def test_the_application_page_shows_the_goal_of_the_next_step(alice_client, alice) -> None:
    application = make_application(user=alice, stage="round_two")
    body = alice_client.get(application.get_absolute_url()).content.decode()
    assert "Doel van de volgende stap" in body and "aanbod" in body


def test_the_own_goal_is_saved_as_a_partial_for_htmx(alice_client, alice) -> None:
    application = make_application(user=alice)
    url = reverse("applications:goal", args=[application.pk])
    response = alice_client.post(url, {"goal": "Een aanbod krijgen"}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200
    assert "<html" not in response.content.decode() and "Opgeslagen" in response.content.decode()
    application.refresh_from_db()
    assert application.goal == "Een aanbod krijgen"
    full = alice_client.post(url, {"goal": "Anders"})
    assert full.status_code == 302


def test_a_goal_that_is_too_long_gets_a_message_in_the_partial(alice_client, alice) -> None:
    application = make_application(user=alice, goal="oud")
    url = reverse("applications:goal", args=[application.pk])
    response = alice_client.post(url, {"goal": "x" * 2001}, HTTP_HX_REQUEST="true")
    assert response.status_code == 200 and "2000" in response.content.decode()
    application.refresh_from_db()
    assert application.goal == "oud"


def test_archive_and_restore(alice_client, alice) -> None:
    application = make_application(user=alice)
    alice_client.post(
        reverse("applications:archive_toggle", args=[application.pk]), {"archived": "1"}
    )
    application.refresh_from_db()
    assert application.archived
    dashboard = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert application.company not in dashboard and "1 gearchiveerde sollicitatie" in dashboard
    alice_client.post(
        reverse("applications:archive_toggle", args=[application.pk]), {"archived": "0"}
    )
    application.refresh_from_db()
    assert not application.archived


def test_deleting_an_application_asks_first_then_deletes_everything(alice_client, alice) -> None:
    application = make_application(user=alice)
    make_round(application=application, interviewers=[make_interviewer(application=application)])
    url = reverse("applications:delete", args=[application.pk])
    assert "verwijderen?" in alice_client.get(url).content.decode()
    alice_client.post(url)
    assert not Application.objects.exists() and not Round.objects.exists()
    assert not Interviewer.objects.exists()


def test_adding_interviewers_and_a_round_with_them(alice_client, alice) -> None:
    application = make_application(user=alice)
    alice_client.post(
        reverse("applications:interviewer_create", args=[application.pk]),
        {"name": "Sanne", "role_title": "Recruiter", "kind": "hr", "profile_url": "", "notes": ""},
    )
    sanne = Interviewer.objects.get()
    response = alice_client.post(
        reverse("applications:round_create", args=[application.pk]),
        {
            "number": 1,
            "starts_at": "2026-12-01T10:00",
            "duration_minutes": 45,
            "format": "on_site",
            "location": "Amersfoort",
            "video_link": "",
            "status": "planned",
            "interviewers": [sanne.pk],
        },
    )
    round = Round.objects.get()
    assert response["Location"] == round.get_absolute_url()
    assert list(round.interviewers.all()) == [sanne]
    assert timezone.localtime(round.starts_at).hour == 10


def test_a_round_cannot_seat_someone_from_another_application(alice_client, alice) -> None:
    application = make_application(user=alice)
    stranger = make_interviewer(application=make_application(user=alice, company="Ander"))
    response = alice_client.post(
        reverse("applications:round_create", args=[application.pk]),
        {
            "number": 1,
            "duration_minutes": 45,
            "format": "phone",
            "status": "planned",
            "interviewers": [stranger.pk],
        },
    )
    assert response.status_code == 422
    assert not Round.objects.exists()


@pytest.mark.parametrize(
    ("changes", "field"),
    [
        ({"number": 0}, "number"),
        ({"number": 21}, "number"),
        ({"duration_minutes": -5}, "duration_minutes"),
        ({"starts_at": "9999-12-31T23:59"}, "starts_at"),
        ({"starts_at": "1999-01-01T10:00"}, "starts_at"),
        ({"starts_at": "morgen"}, "starts_at"),
        ({"video_link": "javascript:alert(1)"}, "video_link"),
    ],
)
def test_impossible_rounds_are_refused_next_to_the_field(
    alice_client, alice, changes, field
) -> None:
    application = make_application(user=alice)
    data = {
        "number": 1,
        "duration_minutes": 45,
        "format": "on_site",
        "status": "planned",
        "location": "Utrecht",
        **changes,
    }
    response = alice_client.post(reverse("applications:round_create", args=[application.pk]), data)
    assert response.status_code == 422
    assert response.context["form"][field].errors
    assert 'value="Utrecht"' in response.content.decode()
    assert not Round.objects.exists()


def test_a_cleared_duration_means_the_usual_hour(alice_client, alice) -> None:
    application = make_application(user=alice)
    response = alice_client.post(
        reverse("applications:round_create", args=[application.pk]),
        {"number": 1, "duration_minutes": "", "format": "phone", "status": "planned"},
    )
    assert response.status_code == 302
    assert Round.objects.get().duration_minutes == 60


def test_a_video_round_may_wait_for_its_link(alice_client, alice) -> None:
    application = make_application(user=alice)
    response = alice_client.post(
        reverse("applications:round_create", args=[application.pk]),
        {"number": 1, "duration_minutes": 45, "format": "video", "status": "planned"},
    )
    assert response.status_code == 302
    page = alice_client.get(Round.objects.get().get_absolute_url()).content.decode()
    assert "Nog geen link. Is hij er de dag ervoor nog niet, vraag er dan om." in page


def test_a_second_round_with_the_same_number_is_refused(alice_client, alice) -> None:
    application = make_application(user=alice)
    make_round(application=application, number=1)
    response = alice_client.post(
        reverse("applications:round_create", args=[application.pk]),
        {"number": 1, "duration_minutes": 45, "format": "phone", "status": "planned"},
    )
    assert "al een ronde met dit nummer" in response.content.decode()


def test_a_new_round_suggests_the_next_number(alice_client, alice) -> None:
    application = make_application(user=alice)
    make_round(application=application, number=1)
    form = alice_client.get(reverse("applications:round_create", args=[application.pk])).context[
        "form"
    ]
    assert form.initial["number"] == 2


def test_the_round_page_explains_who_is_new_and_who_is_known(alice_client, alice) -> None:
    application = make_application(user=alice)
    sanne = make_interviewer(application=application, name="Sanne", kind="hr")
    joost = make_interviewer(application=application, name="Joost", kind="manager")
    make_round(application=application, number=1, status="done", interviewers=[sanne])
    two = make_round(application=application, number=2, interviewers=[sanne, joost])
    body = alice_client.get(two.get_absolute_url()).content.decode()
    assert "Nieuw aan tafel: Joost" in body and "Bekend van de vorige keer: Sanne" in body
    assert "Manager (Joost)" in body and "HR of recruiter (Sanne)" in body
    assert "Wat deze ronde toevoegt" in body


def test_round_one_notes_are_saved_and_shown_on_round_two(alice_client, alice) -> None:
    application = make_application(user=alice)
    one = make_round(application=application, number=1, status="done")
    two = make_round(application=application, number=2)
    alice_client.post(
        reverse("applications:round_notes", args=[one.pk]),
        {
            "learned_role": "Team van twaalf",
            "went_well": "Mijn voorbeeld",
            "doubts": "Ervaring",
            "topics": "Inwerken\n- Scholing\n",
        },
    )
    notes = Debrief.objects.get(round=one)
    assert notes.topic_list == ["Inwerken", "Scholing"]
    body = alice_client.get(two.get_absolute_url()).content.decode()
    assert (
        "Je aantekeningen van ronde 1" in body and "Team van twaalf" in body and "Scholing" in body
    )


def test_the_dashboard_is_empty_with_a_way_to_start(alice_client) -> None:
    body = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert "Nog geen sollicitaties" in body and reverse("applications:create") in body


def test_the_dashboard_groups_by_stage_with_a_countdown_and_next_steps(alice_client, alice) -> None:
    one = make_application(user=alice, company="Alfa", stage="round_two", goal="Aanbod")
    make_application(user=alice, company="Beta", stage="letter")
    make_round(
        application=one,
        number=2,
        # Noon, two calendar days ahead: the same two days whatever the time of the test run.
        starts_at=timezone.localtime().replace(hour=12, minute=0) + timedelta(days=2),
        interviewers=[make_interviewer(application=one)],
    )
    body = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert "Tweede ronde" in body and "Brief verstuurd" in body
    assert "Volgend gesprek" in body and "Over 2" in body
    assert "Bereid ronde 2 voor: nog 2 dagen." in body
    assert "Schrijf in je eigen woorden je doel" in body


def test_a_finished_round_without_notes_asks_for_notes(alice_client, alice) -> None:
    application = make_application(user=alice, goal="x")
    make_round(application=application, number=1, status="done")
    body = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert "Schrijf je aantekeningen van ronde 1" in body
    make_debrief(round=Round.objects.get())
    body = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert "Schrijf je aantekeningen van ronde 1" not in body


def _url(alice, name: str) -> str:
    if name == "dashboard":
        return reverse("applications:dashboard")
    return Round.objects.filter(application__user=alice)[0].get_absolute_url()


@pytest.mark.parametrize("name", ["dashboard", "round"])
def test_the_number_of_queries_does_not_grow_with_the_applications(
    alice_client, alice, name
) -> None:
    def count() -> int:
        alice_client.get(_url(alice, name))  # the first visit sets the CSRF cookie
        freshness.touch(alice.pk)  # measure a fresh render, not the cache
        with CaptureQueriesContext(connection) as queries:
            assert alice_client.get(_url(alice, name)).status_code == 200
        return len(queries)

    make_busy_applications(user=alice, count=2)
    few = count()
    make_busy_applications(user=alice, count=10)
    assert count() == few


@pytest.mark.parametrize("name", ["dashboard", "round"])
def test_a_busy_page_comes_from_the_cache_until_the_data_changes(alice_client, alice, name) -> None:
    make_busy_applications(user=alice, count=3)
    alice_client.get(_url(alice, name))
    alice_client.get(_url(alice, name))
    with CaptureQueriesContext(connection) as queries:
        alice_client.get(_url(alice, name))
    assert len(queries) <= 6
    application = Application.objects.filter(user=alice)[0]
    make_interviewer(application=application, name="Zeynep Nieuwkomer")
    Round.objects.filter(application__user=alice)[0].interviewers.add(
        Interviewer.objects.get(name="Zeynep Nieuwkomer")
    )
    application.role = "Hoofd klantenservice"
    application.save()
    body = alice_client.get(_url(alice, name)).content.decode()
    assert "Hoofd klantenservice" in body
    if name == "round":
        assert "Zeynep Nieuwkomer" in body


def test_another_users_write_does_not_show_up_and_a_language_switch_does(
    alice_client, alice
) -> None:
    make_application(user=alice, company="Alfa")
    url = reverse("applications:dashboard")
    alice_client.get(url)
    assert "Je sollicitaties" in alice_client.get(url).content.decode()
    alice_client.post(reverse("accounts:language"), {"language": "en"})
    assert "Next:" in alice_client.get(url).content.decode()


@pytest.mark.parametrize(
    ("name", "method"),
    [("archive_toggle", "get"), ("goal", "get"), ("dashboard", "delete")],
)
def test_wrong_methods_get_405(alice_client, alice, name, method) -> None:
    application = make_application(user=alice)
    args = [] if name == "dashboard" else [application.pk]
    assert (
        getattr(alice_client, method)(reverse(f"applications:{name}", args=args)).status_code == 405
    )


def test_every_page_needs_a_login(client, alice) -> None:
    application = make_application(user=alice)
    response = client.get(application.get_absolute_url())
    assert response.status_code == 302 and "/accounts/login/" in response["Location"]


def test_a_done_round_points_to_its_notes_and_the_next_round(alice_client, alice) -> None:
    application = make_application(user=alice)
    hr = make_interviewer(application=application, name="Sanne Jansen", kind="hr")
    past = timezone.now() - timedelta(days=2)
    one = make_round(application=application, interviewers=[hr], status="done", starts_at=past)
    page = alice_client.get(one.get_absolute_url()).content.decode()
    assert "Deze ronde heb je gehad" in page and "Voeg de volgende ronde toe" in page
    assert "Nog op te zoeken:" not in page  # looking people up is for a round still to come
    assert '<details class="done-prep">' in page
    two = make_round(application=application, interviewers=[hr], number=2)
    page = alice_client.get(one.get_absolute_url()).content.decode()
    assert f'href="{two.get_absolute_url()}">Naar ronde 2</a>' in page
    upcoming = alice_client.get(two.get_absolute_url()).content.decode()
    assert "Deze ronde heb je gehad" not in upcoming and "done-prep" not in upcoming


def _started_a_while_ago() -> Any:
    """About 20 minutes ago, but today (local time) even just after midnight."""
    midnight = timezone.make_aware(datetime.combine(timezone.localdate(), time.min))
    return max(timezone.now() - timedelta(minutes=20), midnight)


@pytest.mark.parametrize(
    ("language", "said", "next_step", "gone"),
    [
        (
            "nl",
            "Gesprek gehad? Schrijf meteen je aantekeningen op.",
            "Gesprek gehad? Schrijf meteen je aantekeningen van ronde 2 op.",
            "Lees je spiekbriefje nog eens door",
        ),
        (
            "en",
            "Interview over? Write down your notes right away.",
            "Interview over? Write your notes on round 2 right away.",
            "Read your sheet once more",
        ),
    ],
)
def test_a_round_that_has_started_stays_on_the_dashboard_and_leads_to_its_notes(
    alice_client, alice, language, said, next_step, gone
) -> None:
    alice.language = language
    alice.save()
    application = make_application(user=alice, stage="round_two", goal="Aanbod")
    make_debrief(round=make_round(application=application, number=1, status="done"))
    two = make_round(
        application=application,
        number=2,
        starts_at=_started_a_while_ago(),
        interviewers=[make_interviewer(application=application)],
    )
    body = " ".join(alice_client.get(reverse("applications:dashboard")).content.decode().split())
    assert 'id="h-next"' in body and 'id="h-plans"' in body  # "Volgend gesprek", "Voorbereiden"
    notes = reverse("applications:round_notes", args=[two.pk])
    assert f'<a href="{notes}">{said}</a>' in body
    assert next_step in body and gone not in body


def test_a_round_still_planned_from_yesterday_leaves_the_cards_but_asks_for_notes(
    alice_client, alice
) -> None:
    application = make_application(user=alice, stage="round_two", goal="Aanbod")
    make_round(
        application=application,
        number=2,
        starts_at=timezone.now() - timedelta(days=1, hours=1),
        interviewers=[make_interviewer(application=application)],
    )
    body = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert 'id="h-next"' not in body and 'id="h-plans"' not in body
    assert "Gesprek gehad? Schrijf meteen je aantekeningen van ronde 2 op." in body
    assert "Ronde 2 is vandaag" not in body
