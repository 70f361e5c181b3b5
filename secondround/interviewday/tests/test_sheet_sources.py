"""What the sheet reads of the other apps, through their selectors (preparation, practice): the sheet
lights up with the pitch, the strongest examples, the questions to ask and the salary numbers."""

from __future__ import annotations

import io
from decimal import Decimal
from typing import Any

import pytest
from django.urls import reverse
from pypdf import PdfReader

from secondround.interviewday.models import SheetOptions
from secondround.practice.models import RoundQuestion
from secondround.practice.selectors import questions_to_ask
from secondround.preparation.models import AskedCompetency, Example, Pitch, Terms
from secondround.preparation.selectors import best_examples, pitch_lines, salary_numbers
from secondround.testing.factories import make_application, make_interviewer, make_round


@pytest.fixture
def round(alice: Any) -> Any:
    application = make_application(user=alice)
    return make_round(
        application=application, interviewers=[make_interviewer(application=application)]
    )


def test_without_rows_everything_is_empty(round: Any) -> None:
    assert pitch_lines(round) == []
    assert best_examples(round, lang="nl") == []
    assert questions_to_ask(round, lang="nl") == []
    assert salary_numbers(round.application) is None


def test_pitch_for_the_application_wins_over_the_general_one(alice: Any, round: Any) -> None:
    pitch = Pitch
    pitch.objects.create(user=alice, application=None, text="Algemene pitch")
    assert pitch_lines(round) == ["Algemene pitch"]
    pitch.objects.create(user=alice, application=round.application, text="Regel een\n\nRegel twee")
    assert pitch_lines(round) == ["Regel een", "Regel twee"]


def test_the_strongest_example_per_kept_competency(alice: Any, bob: Any, round: Any) -> None:
    asked, example = AskedCompetency, Example
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
    lines = best_examples(round, lang="nl")
    assert [line.text for line in lines] == ["Boze klant aan de balie"]
    assert lines[0].competency != "customer_focus"  # the coach's name, not the id


def test_questions_to_ask_in_their_order(round: Any) -> None:
    question = RoundQuestion
    question.objects.create(round=round, text="Tweede vraag", position=2)
    question.objects.create(round=round, text="Eerste vraag", position=1)
    assert questions_to_ask(round, lang="nl") == ["Eerste vraag", "Tweede vraag"]


def test_salary_numbers(round: Any) -> None:
    terms = Terms
    terms.objects.create(
        application=round.application,
        target_monthly=Decimal("4200"),
        minimum_monthly=Decimal("3800"),
        wishes="32 uur",
    )
    numbers = salary_numbers(round.application)
    assert numbers is not None and numbers.target_monthly == Decimal("4200")


def test_the_real_data_on_the_pdf(alice_client: Any, alice: Any, round: Any) -> None:
    Pitch.objects.create(
        user=alice, application=round.application, text="Ik ben Noor en ik maak teams beter."
    )
    RoundQuestion.objects.create(round=round, text="Hoe ziet een werkdag eruit?")
    Terms.objects.create(application=round.application, target_monthly=Decimal("4200"))
    SheetOptions.objects.create(round=round, show_salary=True)
    response = alice_client.get(reverse("interviewday:sheet_pdf", args=[round.pk]))
    reader = PdfReader(io.BytesIO(response.content))
    text = " ".join(" ".join(p.extract_text() for p in reader.pages).split())
    assert len(reader.pages) == 1
    assert "Ik ben Noor" in text and "Hoe ziet een werkdag eruit?" in text and "4.200" in text
