"""Demo data of the interview-day app: a presentation announced for round two, and for round one
(done) a reflection and the news that led to round two."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.utils import timezone

from secondround.applications.models import Application, Round

from .models import Assignment, Decision, Outcome, Reflection
from .services import decision_save, sheet_options_save

TEXTS = {
    "nl": {
        "presentation": "Presentatie: jouw eerste 90 dagen. Tien minuten, daarna vragen van Joost.",
        "how": "Goed! Sanne was hartelijk en het gesprek voelde als een echt gesprek.",
        "went_well": "Mijn voorbeeld over de wintercrisis viel goed\nIk stelde een goede vraag over "
        "de planning",
        "to_improve": "Ik praatte te lang over mijn huidige baan. Korter en concreter.",
        "surprised": "De vraag hoe ik omga met een collega die steeds te laat komt.",
        "doubt": "Of ik genoeg ervaring heb met een team van deze omvang.",
    },
    "en": {
        "presentation": "Presentation: your first 90 days. Ten minutes, then questions from Joost.",
        "how": "Good! Sanne was warm and it felt like a real conversation.",
        "went_well": "My example about the winter crisis landed well\nI asked a good question "
        "about the planning",
        "to_improve": "I talked too long about my current job. Shorter and more concrete.",
        "surprised": "The question how I deal with a colleague who is always late.",
        "doubt": "Whether I have enough experience with a team of this size.",
    },
}


def fill(*, user: Any, application: Application, rounds: list[Round], lang: str) -> None:
    texts = TEXTS["en" if lang == "en" else "nl"]
    one, two = rounds[0], rounds[1]
    Assignment.objects.create(
        round=two,
        type="presentation",
        description=texts["presentation"],
        ticked=["ask_brief", "structure"],
    )
    Reflection.objects.create(
        round=one,
        how_it_went=texts["how"],
        went_well=texts["went_well"],
        to_improve=texts["to_improve"],
        surprised_by=texts["surprised"],
        may_doubt=texts["doubt"],
    )
    decision = decision_save(decision=Decision(round=one, said_weeks=1), today=timezone.localdate())
    decision.outcome = Outcome.NEXT_ROUND
    decision.outcome_on = timezone.localdate()
    decision.full_clean()
    decision.save()
    # The demo user keeps her salary figures off the printed sheet (the default); shown explicitly.
    sheet_options_save(round=two, show_salary=False)


def fill_further(*, user: Any, application: Application, rounds: list[Round], lang: str) -> None:
    """The application further along: round two led to the offer."""
    decision = decision_save(
        decision=Decision(round=rounds[-1], said_weeks=1), today=timezone.localdate()
    )
    decision.outcome = Outcome.OFFER
    decision.outcome_on = timezone.localdate() - timedelta(days=1)
    decision.full_clean()
    decision.save()
