"""Random and hostile values posted to every form of the foundation: never a 500, a message next to
the field, nothing half-saved, and what was typed stays in the form."""

from __future__ import annotations

import html

import pytest
from django.urls import reverse
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from secondround.applications.models import Application, Debrief, Interviewer, Round
from secondround.applications.services import debrief_save
from secondround.testing.factories import make_application, make_round

pytestmark = pytest.mark.django_db

HOSTILE = st.one_of(
    st.text(max_size=300),
    st.sampled_from(
        [
            "",
            " ",
            "<script>alert(1)</script>",
            "x" * 30_000,
            "-1",
            "0",
            "9999-12-31T23:59",
            "0001-01-01T00:00",
            "1e309",
            "NaN",
            "∞",
            "😀" * 50,
            "' OR 1=1 --",
            "\x00",
            "javascript:alert(1)",
            "2026-02-30T10:00",
            "-99999999999999999999",
        ]
    ),
)
FUZZ = settings(
    max_examples=25,
    deadline=None,
    suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
)


def _post(client, url, data):
    response = client.post(url, data)
    assert response.status_code in (200, 302, 422), response.status_code
    return response


def _kept(response, value: str) -> None:
    """A value that was refused is shown again (escaped) so nothing typed is lost."""
    if response.status_code == 422 and value.strip() and "\x00" not in value and len(value) < 200:
        assert (
            html.escape(value.strip(), quote=True)[:40] in response.content.decode()
            or html.escape(value, quote=True)[:40] in response.content.decode()
        )


@FUZZ
@given(company=HOSTILE, role=HOSTILE, url=HOSTILE, stage=HOSTILE)
def test_application_form(alice_client, alice, company, role, url, stage) -> None:
    before = Application.objects.count()
    response = _post(
        alice_client,
        reverse("applications:create"),
        {
            "company": company,
            "role": role,
            "vacancy_url": url,
            "stage": stage,
            "vacancy_text": role,
        },
    )
    if response.status_code == 422:
        assert Application.objects.count() == before
        assert response.context["form"].errors
        _kept(response, role)


@FUZZ
@given(name=HOSTILE, kind=HOSTILE, url=HOSTILE, notes=HOSTILE)
def test_interviewer_form(alice_client, alice, name, kind, url, notes) -> None:
    application = Application.objects.filter(user=alice).first() or make_application(user=alice)
    before = Interviewer.objects.count()
    response = _post(
        alice_client,
        reverse("applications:interviewer_create", args=[application.pk]),
        {"name": name, "kind": kind, "profile_url": url, "notes": notes},
    )
    if response.status_code == 422:
        assert Interviewer.objects.count() == before
        _kept(response, name)


@FUZZ
@given(number=HOSTILE, starts=HOSTILE, duration=HOSTILE, fmt=HOSTILE, link=HOSTILE, place=HOSTILE)
def test_round_form(alice_client, alice, number, starts, duration, fmt, link, place) -> None:
    application = Application.objects.filter(user=alice).first() or make_application(user=alice)
    before = Round.objects.count()
    response = _post(
        alice_client,
        reverse("applications:round_create", args=[application.pk]),
        {
            "number": number,
            "starts_at": starts,
            "duration_minutes": duration,
            "format": fmt,
            "video_link": link,
            "location": place,
            "status": "planned",
        },
    )
    if response.status_code == 422:
        assert Round.objects.count() == before
        _kept(response, place)


@FUZZ
@given(texts=st.lists(HOSTILE, min_size=9, max_size=9))
def test_round_notes_form(alice_client, alice, texts) -> None:
    application = Application.objects.filter(user=alice).first() or make_application(user=alice)
    round = application.rounds.first() or make_round(application=application)
    names = [
        "learned_role",
        "learned_company",
        "learned_colleagues",
        "learned_collaborations",
        "learned_products",
        "went_well",
        "doubts",
        "topics",
        "find_out",
    ]
    before = Debrief.objects.count()
    response = _post(
        alice_client,
        reverse("applications:round_notes", args=[round.pk]),
        dict(zip(names, texts, strict=True)),
    )
    if response.status_code == 422:
        assert Debrief.objects.count() == before


@FUZZ
@given(notes=HOSTILE, point=HOSTILE, action=st.one_of(st.sampled_from(["done", "ask"]), HOSTILE))
def test_points_to_find_out(alice_client, alice, notes, point, action) -> None:
    """Hostile points in the notes, and hostile choices posted for them: the plan and the sheet
    still show, a point not in the notes is refused, and every tick is a point of the notes."""
    application = Application.objects.filter(user=alice).first() or make_application(user=alice)
    one = application.rounds.filter(number=1).first() or make_round(
        application=application, number=1
    )
    two = application.rounds.filter(number=2).first() or make_round(
        application=application, number=2
    )
    debrief = Debrief.objects.filter(round=one).first() or Debrief(round=one)
    debrief.find_out = notes.replace("\x00", "")[:20_000]
    debrief_save(debrief=debrief)  # as the notes form saves: old ticks go with their points
    for chosen in (point, *debrief.find_out_points[:1]):
        data = {"point": chosen, "action": action}
        _post(alice_client, reverse("practice:find_out", args=[two.pk]), data)
    debrief.refresh_from_db()
    assert set(debrief.found_out) <= set(debrief.find_out_points)
    for name in ("preparation:plan", "interviewday:sheet"):
        assert alice_client.get(reverse(name, args=[two.pk])).status_code == 200


@FUZZ
@given(email=HOSTILE, password=HOSTILE, language=HOSTILE)
def test_signup_and_login_forms(client, email, password, language) -> None:
    _post(
        client,
        reverse("accounts:signup"),
        {"email": email, "password": password, "language": language},
    )
    client.logout()
    _post(client, reverse("accounts:login"), {"email": email, "password": password})


def test_missing_fields_are_named(alice_client) -> None:
    response = alice_client.post(reverse("applications:create"), {})
    form = response.context["form"]
    assert response.status_code == 422
    assert {"company", "role", "stage"} <= set(form.errors)
    assert "verplicht" in str(form.errors["company"]).lower()


def test_an_empty_submit_is_answered_with_messages_on_every_form(client, alice) -> None:
    """`request.POST or None` treats an empty POST as a GET: the form comes back blank, without
    saying what is missing. Every form page must validate an empty submit instead."""
    from django.urls import reverse

    from secondround.demo import demo_create

    user = demo_create(email="empty@example.com", password="empty-secret-42")
    client.force_login(user)
    application = user.application_set.get(company="Stroomlijn Energie")
    one, two = application.rounds.order_by("number")
    pages = [
        reverse("applications:create"),
        reverse("applications:round_create", args=[application.pk]),
        reverse("applications:interviewer_create", args=[application.pk]),
        reverse("preparation:example_create"),
        reverse("preparation:pitch_create"),
        reverse("practice:own_create"),
        reverse("practice:round_questions", args=[two.pk]),
        reverse("interviewday:assignment_create", args=[two.pk]),
    ]
    for url in pages:
        response = client.post(url, {})
        assert response.status_code == 422, url
        assert response.context["form"].errors, url
