"""`make_<model>` helpers for the practice tests, on top of the foundation's factories."""

from __future__ import annotations

from typing import Any

from secondround.applications.models import Round
from secondround.testing.factories import make_application, make_interviewer, make_round

from ..models import DrillAttempt, MockAnswer, MockSession, OwnQuestion, RoundQuestion
from ..services import mock_start


def make_round_two(*, user: Any) -> Round:
    """Round two of an application: HR known from round one, plus a new manager."""
    application = make_application(user=user)
    hr = make_interviewer(application=application, name="Sanne Jansen", kind="hr")
    manager = make_interviewer(
        application=application, name="Joost Bakker", kind="manager", role_title="Manager"
    )
    make_round(application=application, interviewers=[hr], number=1, status="done")
    return make_round(application=application, interviewers=[hr, manager], number=2)


def make_own_question(*, user: Any, **overrides: Any) -> OwnQuestion:
    fields: dict[str, Any] = {
        "direction": "they_ask",
        "text": "Hoe ga je om met een boze klant aan de telefoon?",
        "kinds": ["manager"],
        "category": "difficult",
        "round": "second",
        "tests": "Of je rustig blijft.",
        "tip": "Noem een voorbeeld.",
    }
    fields.update(overrides)
    return OwnQuestion.objects.create(user=user, **fields)


def make_round_question(*, round: Round, **overrides: Any) -> RoundQuestion:
    fields: dict[str, Any] = {
        "text": "Hoe ziet een werkdag eruit?",
        "position": RoundQuestion.objects.filter(round=round).count() + 1,
    }
    fields.update(overrides)
    return RoundQuestion.objects.create(round=round, **fields)


def make_session(*, round: Round, size: int = 3, lang: str = "nl") -> MockSession:
    return mock_start(round=round, lang=lang, size=size)


def as_star_question(answer: MockAnswer | None) -> MockAnswer:
    """Make this mock question a STARR question from the bank (a session opens with a pitch)."""
    assert answer is not None, "the session has a question to answer"
    answer.question_id = "q-comp-hard-target"
    answer.question_text = "Vertel over een doel dat je haalde terwijl het eerst onhaalbaar leek."
    answer.answer_type = "star"
    answer.save()
    return answer


def make_drill_attempt(*, user: Any, **overrides: Any) -> DrillAttempt:
    fields: dict[str, Any] = {"drill_id": "x", "answer": "Goede vraag.", "passed": True}
    fields.update(overrides)
    return DrillAttempt.objects.create(user=user, **fields)


GOOD_ANSWER = (
    "Vorig jaar werkte ik als teamleider bij een energiebedrijf. Ons team had een achterstand van "
    "vierhonderd klantvragen. Mijn taak was om die binnen een maand weg te werken. Ik heb het werk "
    "opnieuw verdeeld en elke ochtend een korte stand-up gehouden. Daardoor was de achterstand na "
    "drie "
    "weken weg en steeg de klanttevredenheid met tien procent. Ik heb geleerd dat korte lijnen in "
    "het team veel rust geven."
)
NO_RESULT_ANSWER = (
    "Ik ben heel flexibel en klantgericht. Bij mijn vorige baan hielp ik vaak collega's. "
    "Ik vind samenwerken belangrijk."
)
