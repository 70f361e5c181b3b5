"""Demo data: Noor prepares round two at Stroomlijn Energie (called by `secondround demo`)."""

from __future__ import annotations

from datetime import date, timedelta
from decimal import Decimal
from typing import Any

from django.utils import timezone

from secondround.applications.selectors import Application, Round, notes_of
from secondround.coach.lang import as_lang
from secondround.coach.plan import draft_topics_answer

from . import services
from .models import Example, Pitch, Terms

WINTER = (
    "Vorige winter stond de telefoon bij de klantenservice van Warmtenet Oost roodgloeiend: na "
    "een storing belden er drie keer zoveel klanten als normaal. Mijn taak was om de wachttijd "
    "binnen een week weer onder de vijf minuten te krijgen. Ik heb het rooster omgegooid, twee "
    "collega's van de backoffice ingewerkt en een kort belscript geschreven. Daardoor zaten we "
    "na vier dagen weer onder de vijf minuten en daalde het aantal klachten met 30 procent. Ik "
    "heb geleerd dat ik bij een crisis eerst het team moet meenemen en dan pas de planning."
)
COACHING = (
    "Vorig jaar kwam er bij mijn vorige werkgever een nieuwe collega in het team die moeite had "
    "met boze klanten. Mijn taak was om hem in te werken en zijn eerste maand te begeleiden. Ik "
    "heb elke week een gesprek met hem gevoerd, samen gesprekken teruggeluisterd en hem tips "
    "gegeven voor lastige momenten."
)
CLAIM = "Ik ben heel flexibel en ik neem graag initiatief."
PITCH = (
    "Ik ben Noor, en ik werk al acht jaar in klantenservice, waarvan drie als senior. Ik haal "
    "energie uit een team dat klanten echt verder helpt, ook als het druk is. Vorige winter "
    "kreeg ik de wachttijd na een grote storing binnen vier dagen terug onder de vijf minuten. "
    "Nu wil ik de stap naar teamleider zetten. Stroomlijn Energie spreekt me aan omdat jullie "
    "groene stroom leveren en de service willen verbeteren. Daar wil ik graag aan bijdragen, "
    "samen met het team."
)


def fill(*, user: Any, application: Application, rounds: list[Round], lang: str) -> None:
    services.competencies_read(application=application)
    examples = [
        (
            "Wintercrisis bij Warmtenet Oost",
            WINTER,
            ["customer_focus", "stress_resistance", "planning_organising"],
            400,
        ),
        ("Nieuwe collega inwerken", COACHING, ["coaching", "leadership"], 200),
        ("Flexibel en initiatief", CLAIM, ["flexibility", "initiative"], None),
    ]
    for title, telling, competencies, days_ago in examples:
        happened = date.today() - timedelta(days=days_ago) if days_ago else None
        example = Example(
            user=user, title=title, telling=telling, competencies=competencies, happened_on=happened
        )
        services.example_save(example=example, lang=lang)
    pitch = services.pitch_save(
        pitch=Pitch(user=user, application=application, text=PITCH, target_seconds=60), lang=lang
    )
    for seconds, days_ago in ((78, 2), (63, 1)):
        rehearsal = services.rehearsal_add(pitch=pitch, seconds=seconds)
        rehearsal.created = timezone.now() - timedelta(days=days_ago)
        rehearsal.save(update_fields=["created"])
    services.terms_save(
        terms=Terms(
            application=application,
            target_monthly=Decimal("4300"),
            minimum_monthly=Decimal("3900"),
            wishes="32 uur per week, twee dagen thuiswerken, een opleidingsbudget.",
        )
    )
    one, two = rounds[0], rounds[-1]
    notes = notes_of(one)
    services.plan_tick(round=two, step_key="revisit_preparation", done=True)
    plan = services.plan_for(two)
    plan.topics_answer = draft_topics_answer(
        notes.topic_list if notes else [],
        role=application.role,
        company=application.company,
        lang=as_lang(lang),
    )
    services.plan_save(plan=plan)
