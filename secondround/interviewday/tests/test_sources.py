"""The adapters to the other apps, against their real models (preparation, practice, offers): the
sheet lights up with the pitch, the strongest examples, the questions to ask and the salary numbers."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from django.apps import apps
from django.urls import reverse
from pypdf import PdfReader

from secondround.interviewday import sources
from secondround.interviewday.models import SheetOptions
from secondround.testing.factories import make_application, make_interviewer, make_round


def model(label: str, name: str) -> Any:
    try:
        return apps.get_model(label, name)
    except LookupError:
        pytest.skip(f"{label}.{name} is not installed")


@pytest.fixture
def round(alice: Any) -> Any:
    application = make_application(user=alice)
    return make_round(
        application=application, interviewers=[make_interviewer(application=application)]
    )


def test_without_rows_everything_is_empty(round: Any) -> None:
    assert sources.pitch_lines(round) == []
    assert sources.best_examples(round, lang="nl") == []
    assert sources.questions_to_ask(round, lang="nl") == []
    assert sources.salary_numbers(round.application) is None


def test_pitch_for_the_application_wins_over_the_general_one(alice: Any, round: Any) -> None:
    pitch = model("preparation", "Pitch")
    pitch.objects.create(user=alice, application=None, text="Algemene pitch")
    assert sources.pitch_lines(round) == ["Algemene pitch"]
    pitch.objects.create(user=alice, application=round.application, text="Regel een\n\nRegel twee")
    assert sources.pitch_lines(round) == ["Regel een", "Regel twee"]


def test_the_strongest_example_per_kept_competency(alice: Any, bob: Any, round: Any) -> None:
    asked, example = model("preparation", "AskedCompetency"), model("preparation", "Example")
    asked.objects.create(application=round.application, competency_id="customer_focus")
    asked.objects.create(application=round.application, competency_id="flexibility")
    asked.objects.create(application=round.application, competency_id="leadership", removed=True)
    example.objects.create(
        user=alice,
        title="Half verhaal",
        telling="kort",
        competencies=["customer_focus"],
        missing_parts=["result", "reflection"],
    )
    example.objects.create(
        user=alice,
        title="Boze klant aan de balie",
        telling="S T A R R",
        competencies=["customer_focus", "leadership"],
        missing_parts=[],
    )
    example.objects.create(user=bob, title="Van bob", telling="x", competencies=["flexibility"])
    lines = sources.best_examples(round, lang="nl")
    assert [line.text for line in lines] == ["Boze klant aan de balie"]
    assert lines[0].competency != "customer_focus"  # the coach's name, not the id


def test_questions_to_ask_in_their_order(round: Any) -> None:
    question = model("practice", "RoundQuestion")
    question.objects.create(round=round, text="Tweede vraag", position=2)
    question.objects.create(round=round, text="Eerste vraag", position=1)
    assert sources.questions_to_ask(round, lang="nl") == ["Eerste vraag", "Tweede vraag"]


def test_salary_numbers(round: Any) -> None:
    terms = model("preparation", "Terms")
    terms.objects.create(
        application=round.application,
        target_monthly=Decimal("4200"),
        minimum_monthly=Decimal("3800"),
        wishes="32 uur",
    )
    numbers = sources.salary_numbers(round.application)
    assert numbers is not None and numbers.target_monthly == Decimal("4200")


def test_offer_compare_url_points_at_the_offers_app(round: Any) -> None:
    url = sources.offer_compare_url(round.application)
    if url is None:
        pytest.skip("the offers app has no comparison page")
    assert str(round.application.pk) in url


def test_the_real_data_on_the_pdf(alice_client: Any, alice: Any, round: Any) -> None:
    model("preparation", "Pitch").objects.create(
        user=alice, application=round.application, text="Ik ben Noor en ik maak teams beter."
    )
    model("practice", "RoundQuestion").objects.create(
        round=round, text="Hoe ziet een werkdag eruit?"
    )
    model("preparation", "Terms").objects.create(
        application=round.application, target_monthly=Decimal("4200")
    )
    SheetOptions.objects.create(round=round, show_salary=True)
    response = alice_client.get(reverse("interviewday:sheet_pdf", args=[round.pk]))
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert len(reader.pages) == 1
    assert "Ik ben Noor" in text and "Hoe ziet een werkdag eruit?" in text and "4.200" in text
