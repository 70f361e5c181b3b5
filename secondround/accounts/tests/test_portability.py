"""Export everything, delete, import: the same data comes back. Bad files change nothing."""

from __future__ import annotations

import json

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from secondround import portability
from secondround.accounts.models import User
from secondround.demo import demo_create

pytestmark = pytest.mark.django_db


def _without_timestamp(document: dict) -> dict:
    return {key: value for key, value in document.items() if key != "exported_at"}


def test_export_delete_import_gives_identical_data(alice) -> None:
    user = demo_create(email="noor@example.com", password="noor-secret-42")
    before = portability.export_user(user)
    assert sum(len(rows) for rows in before["data"].values()) >= 6
    raw = portability.dumps(before).encode()
    user.delete()
    fresh = User.objects.create_user(email="noor@example.com", password="x-secret-42")
    portability.import_user(fresh, portability.parse(raw))
    assert _without_timestamp(portability.export_user(fresh)) == _without_timestamp(before)


def test_the_browser_download_and_upload_round_trip(alice_client, alice) -> None:
    from django.test import Client

    noor = Client()
    noor.force_login(demo_create(email="noor@example.com", password="noor-secret-42"))
    download = noor.get(reverse("accounts:export"))
    assert download["Content-Disposition"].startswith("attachment;")
    document = json.loads(download.content)
    upload = SimpleUploadedFile("export.json", download.content, content_type="application/json")
    response = alice_client.post(reverse("accounts:import"), {"file": upload})
    assert response.status_code == 302
    again = portability.export_user(alice)
    assert again["data"] == document["data"]


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"\xff\xfe not text", "geen JSON-export"),
        (b"{not json", "geen JSON-export"),
        (b'{"format": "something-else", "version": 1, "data": {}}', "geen JSON-export"),
        (b'{"format": "secondround-export", "version": 99, "data": {}}', "versie 99"),
        (b'{"format": "secondround-export", "version": 1}', "beschadigd"),
        (b'{"format": "secondround-export", "version": 1, "data": {"auth.user": []}}', "niet kent"),
        (
            b'{"format": "secondround-export", "version": 1, "data": {"applications.application": [{"id": 1, "company": "", "role": "x"}]}}',
            "beschadigd",
        ),
        (
            b'{"format": "secondround-export", "version": 1, "data": {"applications.round": [{"id": 1, "application": 7, "number": 1}]}}',
            "beschadigd",
        ),
    ],
)
def test_a_bad_file_is_refused_and_changes_nothing(alice_client, alice, content, message) -> None:
    upload = SimpleUploadedFile("x.json", content, content_type="application/json")
    response = alice_client.post(reverse("accounts:import"), {"file": upload})
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not portability.user_owns_anything(alice)


def test_import_refuses_an_account_that_holds_data(alice_client, alice) -> None:
    demo = demo_create(email="noor@example.com", password="noor-secret-42")
    raw = portability.dumps(portability.export_user(demo)).encode()
    alice_client.post(reverse("accounts:import"), {"file": SimpleUploadedFile("a.json", raw)})
    response = alice_client.post(
        reverse("accounts:import"), {"file": SimpleUploadedFile("a.json", raw)}
    )
    assert "alleen in een leeg account" in response.content.decode()


def test_import_needs_post_and_a_login(client, alice_client) -> None:
    assert alice_client.get(reverse("accounts:import")).status_code == 405
    client.logout()
    assert client.post(reverse("accounts:import")).status_code == 302


def test_times_keep_their_full_precision(alice) -> None:
    """A time like 10:00:00.000123 must come back the same, or the round trip differs."""
    from datetime import UTC, datetime

    from secondround.testing.factories import make_application

    application = make_application(user=alice)
    application.created = datetime(2026, 11, 3, 10, 0, 0, 123, tzinfo=UTC)
    application.save()
    before = portability.export_user(alice)
    alice.delete()
    fresh = User.objects.create_user(email="alice@example.com", password="x-secret-42")
    portability.import_user(fresh, portability.parse(portability.dumps(before).encode()))
    assert portability.export_user(fresh)["data"] == before["data"]


def test_the_round_trip_keeps_research_goals_fit_questions_and_who_asks(alice) -> None:
    user = demo_create(email="noor@example.com", password="noor-secret-42")
    data = portability.export_user(user)["data"]
    assert any(p["looked_up"] and p["cares_about"] for p in data["applications.interviewer"])
    assert any(r["own_goal"] for r in data["applications.round"])
    assert any(a["research"] for a in data["applications.application"])
    assert any(q["answer"] and q["answered_in"] for q in data["applications.fitquestion"])
    assert any(q["interviewer"] for q in data["practice.roundquestion"])
    assert any(a["asker"] for a in data["practice.mockanswer"])
    raw = portability.dumps(portability.export_user(user)).encode()
    user.delete()
    fresh = User.objects.create_user(email="noor@example.com", password="x-secret-42")
    portability.import_user(fresh, portability.parse(raw))
    again = portability.export_user(fresh)["data"]
    for label in ("applications.interviewer", "applications.fitquestion", "practice.roundquestion"):
        assert again[label] == data[label]


def test_the_import_message_speaks_the_language_of_the_page_it_shows_on(bob_client, bob) -> None:
    """Bob's page is English; a Dutch export brings Dutch along, so the next page and its message
    are Dutch (a message in the old language on a page in the new one reads as a mistake)."""
    demo = demo_create(email="noor@example.com", password="noor-secret-42", language="nl")
    raw = portability.dumps(portability.export_user(demo)).encode()
    upload = SimpleUploadedFile("a.json", raw)
    page = bob_client.post(reverse("accounts:import"), {"file": upload}, follow=True)
    html = page.content.decode()
    bob.refresh_from_db()
    assert bob.language == "nl" and '<html lang="nl">' in html
    assert "Import klaar:" in html and "onderdelen teruggezet." in html
