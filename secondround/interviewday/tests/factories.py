"""Test data for the interview-day app: plain make_<model> helpers, and a heavy round that fills the
sheet to the brim (used by the tests and by bench/bench_sheet.py)."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import datetime, timedelta
from decimal import Decimal
from typing import Any
from unittest import mock
from zoneinfo import ZoneInfo

from secondround.applications.models import Round
from secondround.interviewday import sources
from secondround.interviewday.models import Assignment, Decision, Reflection
from secondround.testing.factories import make_application, make_interviewer, make_round

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
KINDS = ["hr", "manager", "colleague", "director", "colleague", "other", "hr", "manager"]
NAMES = [
    "Sanne Jansen",
    "Joost Bakker",
    "Fatima el Amrani",
    "Pieter-Jan van den Berghe",
    "Anouk de Wit-Verhoeven",
    "Mehmet Yilmaz",
    "Charlotte Bosch",
    "Willem Hendriksen",
]
LONG_NOTE = (
    "Vroeg in de eerste ronde heel precies door op hoe ik omga met klachten van klanten die al "
    "drie keer hebben gebeld, en wilde weten hoe ik de wachttijd aan de telefoon zou verkorten "
    "zonder dat de kwaliteit van de gesprekken daalt. Werkt er al twaalf jaar en kent iedereen."
)
PITCH = (
    "Ik ben Noor, twaalf jaar werkzaam in klantcontact, waarvan zes als teamleider. "
    "Ik haal energie uit mensen beter maken in hun vak en uit een wachtrij die kort blijft. "
    "Bij mijn vorige werkgever halveerde ik de wachttijd in een jaar door slimmer te plannen. "
    "Ik zoek een team dat wil groeien, en een organisatie met een duidelijke koers. "
    "Daarom spreekt Stroomlijn Energie mij aan: groene stroom, een groeiend team en ruimte om te "
    "verbeteren. In mijn vrije tijd coach ik een jeugdteam, daar leer ik elke week geduld."
)
QUESTIONS = [
    f"Vraag {n}: hoe ziet een gewone werkdag eruit voor de teamleider, van de eerste "
    "koffie tot het overleg met Facturatie aan het eind van de middag?"
    for n in range(1, 13)
]
EXAMPLES = [
    sources.ExampleLine(
        competency=f"Competentie {n}",
        text="In de winter van 2022 vielen drie collega's tegelijk uit; ik maakte een noodrooster, "
        "belde zelf mee en hield de wachttijd onder de vijf minuten, daarna evalueerden we samen.",
    )
    for n in range(1, 16)
]
SALARY = sources.SalaryNumbers(
    target_monthly=Decimal("4200"), minimum_monthly=Decimal("3800"), wishes="32 uur, thuiswerken"
)


def make_assignment(*, round: Round, **overrides: Any) -> Assignment:
    fields: dict[str, Any] = {
        "type": "presentation",
        "description": "Jouw eerste 90 dagen, 10 minuten.",
    }
    fields.update(overrides)
    return Assignment.objects.create(round=round, **fields)


def make_reflection(*, round: Round, **overrides: Any) -> Reflection:
    fields: dict[str, Any] = {
        "how_it_went": "Goed, al was ik in het begin zenuwachtig.",
        "went_well": "Het voorbeeld over de wachttijd\nDe vraag over het team",
        "to_improve": "Korter antwoorden.",
        "may_doubt": "Ervaring met een team van achttien mensen.",
    }
    fields.update(overrides)
    return Reflection.objects.create(round=round, **fields)


def make_decision(*, round: Round, **overrides: Any) -> Decision:
    fields: dict[str, Any] = {}
    fields.update(overrides)
    return Decision.objects.create(round=round, **fields)


def heavy_round(*, user: Any, starts_at: datetime | None = None) -> Round:
    """8 interviewers with long notes, a long place, a long own goal."""
    application = make_application(
        user=user,
        company="Stroomlijn Energie",
        role="Teamleider klantenservice",
        goal="Een aanbod krijgen én ontdekken of het team bij mij past; " * 6,
    )
    people = [
        make_interviewer(
            application=application,
            name=name,
            kind=kind,
            role_title="Manager klantcontact en planning",
            notes=LONG_NOTE,
        )
        for name, kind in zip(NAMES, KINDS, strict=True)
    ]
    make_round(
        application=application,
        interviewers=people[:2],
        status="done",
        starts_at=(starts_at or datetime.now(AMSTERDAM)) - timedelta(days=14),
    )
    return make_round(
        application=application,
        interviewers=people,
        starts_at=starts_at or datetime(2026, 10, 26, 9, 0, tzinfo=AMSTERDAM),
        location="Stroomlijn Energie, hoofdkantoor, Utrechtseweg 12, 3811 NB Amersfoort, "
        "derde verdieping, vergaderzaal De Windmolen (meld je bij de receptie links van de lift)",
    )


@contextmanager
def filled_sources(
    *,
    pitch: str = PITCH,
    examples: list[sources.ExampleLine] = EXAMPLES,
    questions: list[str] = QUESTIONS,
    salary: sources.SalaryNumbers | None = SALARY,
) -> Iterator[None]:
    """Act as if preparation and practice were installed and filled in."""
    with (
        mock.patch.object(sources, "pitch_lines", lambda round: [pitch] if pitch else []),
        mock.patch.object(sources, "best_examples", lambda round, lang: list(examples)),
        mock.patch.object(sources, "questions_to_ask", lambda round, lang: list(questions)),
        mock.patch.object(sources, "salary_numbers", lambda application: salary),
    ):
        yield
