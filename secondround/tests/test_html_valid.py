"""Every main page of the demo account is valid HTML (the Nu Html Checker, run offline)."""

from __future__ import annotations

import json
import shutil
import subprocess
from pathlib import Path

import pytest
from django.urls import reverse

from secondround.demo import demo_create

ROOT = Path(__file__).resolve().parents[2]
VNU = ROOT / "node_modules" / "vnu-jar" / "build" / "dist" / "vnu.jar"

pytestmark = pytest.mark.django_db


def _pages(user) -> dict[str, str]:
    from secondround.offers.models import JobPackage
    from secondround.practice.models import MockSession
    from secondround.preparation.models import Example, Pitch

    application = user.application_set.get(company="Stroomlijn Energie")
    one, two = application.rounds.order_by("number")
    offer = JobPackage.objects.filter(user=user, kind="offer").get()
    return {
        "dashboard": reverse("applications:dashboard"),
        "application": application.get_absolute_url(),
        "application-form": reverse("applications:edit", args=[application.pk]),
        "round-one": one.get_absolute_url(),
        "round-two": two.get_absolute_url(),
        "round-form": reverse("applications:round_edit", args=[two.pk]),
        "round-notes": reverse("applications:round_notes", args=[one.pk]),
        "interviewer-form": reverse("applications:interviewer_create", args=[application.pk]),
        "settings": reverse("accounts:settings"),
        "examples": reverse("preparation:examples"),
        "example-form": reverse("preparation:example_create"),
        "example": Example.objects.filter(user=user)[0].get_absolute_url(),
        "matrix": reverse("preparation:matrix", args=[application.pk]),
        "plan": reverse("preparation:plan", args=[two.pk]),
        "pitch": Pitch.objects.filter(user=user)[0].get_absolute_url(),
        "practice": reverse("practice:progress"),
        "bank": reverse("practice:bank"),
        "drills": reverse("practice:drills"),
        "round-questions": reverse("practice:round_questions", args=[two.pk]),
        "mock-summary": reverse(
            "practice:summary", args=[MockSession.objects.interviews().get().pk]
        ),
        "single-summary": reverse(
            "practice:summary", args=[MockSession.objects.singles().get().pk]
        ),
        "single-answer": MockSession.objects.singles().get().answers.get().get_absolute_url(),
        "compare": reverse("offers:compare", args=[application.pk]),
        "offer": offer.get_absolute_url(),
        "offer-form": reverse("offers:edit", args=[offer.pk]),
        "replies": reverse("offers:replies", args=[offer.pk]),
        "sheet": reverse("interviewday:sheet", args=[two.pk]),
        "reflection": reverse("interviewday:reflection", args=[one.pk]),
        "decision": reverse("interviewday:decision", args=[one.pk]),
        "thank-you": reverse("interviewday:thank_you", args=[one.pk]),
    }


def test_the_main_pages_are_valid_html(client, tmp_path: Path) -> None:
    assert VNU.exists(), "vnu.jar is missing: run scripts/install --test"
    assert shutil.which("java"), "java is missing: run scripts/install --test"
    user = demo_create(email="html@example.com", password="html-secret-42")
    client.force_login(user)
    files = []
    for name, url in _pages(user).items():
        response = client.get(url)
        assert response.status_code == 200, url
        path = tmp_path / f"{name}.html"
        path.write_bytes(response.content)
        files.append(str(path))
    client.logout()
    for name in ("login", "signup"):
        path = tmp_path / f"{name}.html"
        path.write_bytes(client.get(reverse(f"accounts:{name}")).content)
        files.append(str(path))
    result = subprocess.run(
        ["java", "-jar", str(VNU), "--errors-only", "--format", "json", *files],
        capture_output=True,
        text=True,
        check=False,
        timeout=120,
    )
    messages = json.loads(result.stderr or result.stdout or '{"messages": []}')["messages"]
    problems = [f"{Path(m['url']).name}:{m.get('lastLine')}: {m['message']}" for m in messages]
    assert problems == []
