"""The demo account: one Dutch application after round one, with round two planned.

Each app may add its own example data through `secondround/<app>/demo.py: fill(...)`.
"""

from __future__ import annotations

import importlib
from datetime import timedelta

from django.db import transaction
from django.utils import timezone

from secondround.accounts.models import User
from secondround.applications.models import Application, Debrief, Interviewer, Round

VACANCY = """Teamleider klantenservice (32-40 uur)

Stroomlijn Energie levert groene stroom aan 180.000 huishoudens. Ons klantenserviceteam van 14
collega's staat elke dag klaar voor vragen over facturen, verhuizingen en zonnepanelen.

Wat ga je doen?
Je geeft leiding aan het team, coacht collega's in gesprekken en bewaakt de kwaliteit van onze
service. Je maakt de planning, denkt mee over verbeteringen en werkt nauw samen met de afdelingen
Facturatie en ICT.

Wie ben jij?
- Je bent klantgericht en communicatief sterk.
- Je blijft rustig onder druk: stressbestendig.
- Je hebt ervaring met leidinggeven en coachen.
- Je kunt goed plannen en organiseren.
- Je werkt resultaatgericht en neemt initiatief.
"""

OTHER_APPS = ("preparation", "practice", "offers", "interviewday", "talk")


@transaction.atomic
def demo_create(*, email: str, password: str, language: str = "nl") -> User:
    User.objects.filter(email=email.lower()).delete()
    user = User.objects.create_user(
        email=email, password=password, language=language, first_name="Noor"
    )
    application = Application.objects.create(
        user=user,
        company="Stroomlijn Energie",
        role="Teamleider klantenservice",
        vacancy_text=VACANCY,
        vacancy_url="https://example.org/vacatures/teamleider-klantenservice",
        sector="business",
        stage="round_two",
        goal="Een aanbod krijgen én ontdekken of het team bij mij past.",
    )
    sanne = Interviewer.objects.create(
        application=application,
        name="Sanne Jansen",
        role_title="Recruiter",
        kind="hr",
        notes="Vroeg in ronde één veel naar mijn motivatie. Werkt er zes jaar.",
    )
    joost = Interviewer.objects.create(
        application=application,
        name="Joost Bakker",
        role_title="Manager klantcontact",
        kind="manager",
        notes="Nieuw in ronde twee: mijn toekomstige leidinggevende.",
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    one = Round.objects.create(
        application=application,
        number=1,
        status="done",
        format="on_site",
        starts_at=now - timedelta(days=9),
        duration_minutes=45,
        location="Stroomlijn Energie, Utrechtseweg 12, Amersfoort",
    )
    one.interviewers.set([sanne])
    Debrief.objects.create(
        round=one,
        learned_role="Het team groeit van 14 naar 18 mensen. De teamleider doet ook de planning.",
        learned_company="Ze willen de wachttijd aan de telefoon halveren dit jaar.",
        learned_colleagues="Veel jonge collega's, een paar met tien jaar ervaring.",
        learned_collaborations="Wekelijks overleg met Facturatie en ICT.",
        learned_products="Nieuw product: een thuisbatterij, veel vragen verwacht.",
        went_well="Mijn voorbeeld over de wintercrisis bij mijn vorige werkgever viel goed.",
        doubts="Of ik genoeg ervaring heb met een team van deze omvang.",
        topics="Inwerkperiode en begeleiding\nHoe de planning nu werkt\nDoorgroeien naar manager",
    )
    two = Round.objects.create(
        application=application,
        number=2,
        status="planned",
        format="on_site",
        starts_at=(now + timedelta(days=5)).replace(hour=10),
        duration_minutes=60,
        location="Stroomlijn Energie, Utrechtseweg 12, Amersfoort",
    )
    two.interviewers.set([sanne, joost])
    for app in OTHER_APPS:
        try:
            module = importlib.import_module(f"secondround.{app}.demo")
        except ModuleNotFoundError:
            continue
        module.fill(user=user, application=application, rounds=[one, two], lang=language)
    return user
