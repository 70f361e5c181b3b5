"""The demo account: one Dutch application after round one, with round two a few days away, and a
second application further along that has the offer.

Each app adds its own example data through `secondround/<app>/demo.py: fill(...)`.
"""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.db import transaction
from django.utils import timezone

from secondround.accounts.models import User
from secondround.applications.models import Application, Debrief, FitQuestion, Interviewer, Round
from secondround.interviewday import demo as interviewday_demo
from secondround.offers import demo as offers_demo
from secondround.practice import demo as practice_demo
from secondround.preparation import demo as preparation_demo

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

# Each app adds its own example data, in the order their data build on each other.
OTHER_APPS = (preparation_demo, practice_demo, offers_demo, interviewday_demo)
# The apps with data for the second application (further along, with the offer).
FURTHER_APPS = (offers_demo, interviewday_demo)

NOTES = {
    "nl": {
        "role": "Het team groeit van 14 naar 18 mensen. De teamleider doet ook de planning.",
        "company": "Ze willen de wachttijd aan de telefoon halveren dit jaar.",
        "colleagues": "Veel jonge collega's, een paar met tien jaar ervaring.",
        "collaborations": "Wekelijks overleg met Facturatie en ICT.",
        "products": "Nieuw product: een thuisbatterij, veel vragen verwacht.",
        "went_well": "Mijn voorbeeld over de wintercrisis bij mijn vorige werkgever viel goed.",
        "doubts": "Of ik genoeg ervaring heb met een team van deze omvang.",
        "topics": "Inwerkperiode en begeleiding\nHoe de planning nu werkt",
        "find_out": "Uitzoeken hoe ze de klanttevredenheid meten\n"
        "Opzoeken wat de cao zegt over thuiswerken",
    },
    "en": {
        "role": "The team grows from 14 to 18 people. The team lead also does the planning.",
        "company": "They want to halve the waiting time on the phone this year.",
        "colleagues": "Many young colleagues, a few with ten years of experience.",
        "collaborations": "Weekly meeting with Billing and IT.",
        "products": "New product: a home battery, many questions expected.",
        "went_well": "My example about the winter crisis at my previous employer landed well.",
        "doubts": "Whether I have enough experience with a team of this size.",
        "topics": "Onboarding and support\nHow the planning works now",
        "find_out": "Find out how they measure customer satisfaction\n"
        "Look up what the collective agreement says about working from home",
    },
}
RESEARCH: dict[str, dict[str, Any]] = {
    "nl": {
        "found": "Recruiter bij Stroomlijn sinds 2020, daarvoor bij een uitzendbureau.",
        "cares": "Of ik blijf: ze zoekt iemand die het team jaren wil leiden.",
        "question": "Wat maakt dat mensen hier lang blijven werken?",
        "joost": "Leidt klantcontact sinds vorig jaar; schreef over kortere wachttijden.",
        "fit": (
            "Hoeveel ruimte krijg ik om de planning anders te doen?",
            "Hoe gaat Joost om met fouten in het team?",
        ),
        "goal": "Laten zien dat ik een team van 18 aankan, met mijn wintercrisis als bewijs.",
        "company": "Groene stroom voor 180.000 huishoudens. In het nieuws: een thuisbatterij vanaf "
        "het voorjaar, en het doel om de wachttijd aan de telefoon te halveren.",
    },
    "en": {
        "found": "Recruiter at Stroomlijn since 2020, before that at a staffing agency.",
        "cares": "Whether I will stay: she wants someone who will lead the team for years.",
        "question": "What makes people stay here for a long time?",
        "joost": "Has led customer contact since last year; wrote about shorter waiting times.",
        "fit": (
            "How much room will I get to change the planning?",
            "How does Joost deal with mistakes in the team?",
        ),
        "goal": "Show I can lead a team of 18, with my winter crisis as evidence.",
        "company": "Green power for 180,000 households. In the news: a home battery from spring on, "
        "and the aim to halve the waiting time on the phone.",
    },
}


@transaction.atomic
def demo_create(*, email: str, password: str, language: str = "nl") -> User:
    """Noor after round one at Stroomlijn Energie: notes with a doubt, topics and two points to find
    out (the practice data puts one on her questions to ask), round two in three days with one
    known face (Sanne) and two new ones (Joost, Lotte), research started, no offer yet. A second
    application (Waterschap Vallei) is further along and has the offer."""
    User.objects.filter(email=email.lower()).delete()
    user = User.objects.create_user(
        email=email, password=password, language=language, first_name="Noor"
    )
    lang = "en" if language == "en" else "nl"
    application, rounds = _stroomlijn(user, lang)
    further, further_rounds = _waterschap(user, lang)
    for module in OTHER_APPS:
        module.fill(user=user, application=application, rounds=rounds, lang=language)
    for module in FURTHER_APPS:
        module.fill_further(user=user, application=further, rounds=further_rounds, lang=language)
    return user


def _stroomlijn(user: User, lang: str) -> tuple[Application, list[Round]]:
    research = RESEARCH[lang]
    application = Application.objects.create(
        user=user,
        company="Stroomlijn Energie",
        role="Teamleider klantenservice",
        vacancy_text=VACANCY,
        vacancy_url="https://example.org/vacatures/teamleider-klantenservice",
        research=research["company"],
        sector="business",
        stage="round_two",
        goal="Een aanbod krijgen én ontdekken of het team bij mij past."
        if lang == "nl"
        else "Get an offer and find out whether the team suits me.",
    )
    sanne = Interviewer.objects.create(
        application=application,
        name="Sanne Jansen",
        role_title="Recruiter",
        kind="hr",
        notes="Vroeg in ronde één veel naar mijn motivatie. Werkt er zes jaar."
        if lang == "nl"
        else "Asked a lot about my motivation in round one.",
        looked_up=True,
        found=research["found"],
        cares_about=research["cares"],
        question_for=research["question"],
    )
    joost = Interviewer.objects.create(
        application=application,
        name="Joost Bakker",
        role_title="Manager klantcontact",
        kind="manager",
        notes="Nieuw in ronde twee: mijn toekomstige leidinggevende."
        if lang == "nl"
        else "New in round two: my future manager.",
        found=research["joost"],
    )
    lotte = Interviewer.objects.create(
        application=application,
        name="Lotte Visser",
        role_title="Senior medewerker klantenservice",
        kind="colleague",
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    place = "Stroomlijn Energie, Utrechtseweg 12, Amersfoort"
    one = Round.objects.create(
        application=application,
        number=1,
        status="done",
        format="on_site",
        starts_at=now - timedelta(days=9),
        duration_minutes=45,
        location=place,
    )
    one.interviewers.set([sanne])
    notes = NOTES[lang]
    Debrief.objects.create(
        round=one,
        learned_role=notes["role"],
        learned_company=notes["company"],
        learned_colleagues=notes["colleagues"],
        learned_collaborations=notes["collaborations"],
        learned_products=notes["products"],
        went_well=notes["went_well"],
        doubts=notes["doubts"],
        topics=notes["topics"],
        find_out=notes["find_out"],
    )
    two = Round.objects.create(
        application=application,
        number=2,
        status="planned",
        format="on_site",
        starts_at=(now + timedelta(days=3)).replace(hour=10),
        duration_minutes=60,
        location=place,
        own_goal=research["goal"],
    )
    two.interviewers.set([sanne, joost, lotte])
    for text in research["fit"]:
        FitQuestion.objects.create(application=application, text=text)
    return application, [one, two]


FURTHER = {
    "nl": {
        "doubts": "Of ik de regels van de overheid snel genoeg leer.",
        "topics": "Thuiswerken en vaste werkplekken",
        "fit_open": "Hoe vaak werk ik samen met de buitendienst?",
        "fit_done": "Is er ruimte om te groeien naar coördinator?",
        "fit_answer": "Ja: na een jaar kan ik meedoen aan het interne programma.",
    },
    "en": {
        "doubts": "Whether I learn the government rules fast enough.",
        "topics": "Working from home and fixed desks",
        "fit_open": "How often do I work with the field staff?",
        "fit_done": "Is there room to grow into a coordinator role?",
        "fit_answer": "Yes: after a year I can join the internal programme.",
    },
}


def _waterschap(user: User, lang: str) -> tuple[Application, list[Round]]:
    """The second application: both rounds done, the offer came in yesterday."""
    texts = FURTHER[lang]
    application = Application.objects.create(
        user=user,
        company="Waterschap Vallei",
        role="Senior adviseur klantcontact",
        sector="government",
        stage="offer",
        goal="Het aanbod goed vergelijken met Stroomlijn."
        if lang == "nl"
        else "Compare the offer well with Stroomlijn.",
    )
    ilse = Interviewer.objects.create(
        application=application, name="Ilse de Groot", role_title="Afdelingshoofd", kind="manager"
    )
    now = timezone.now().replace(minute=0, second=0, microsecond=0)
    rounds = []
    for number, days_ago in ((1, 24), (2, 10)):
        round = Round.objects.create(
            application=application,
            number=number,
            status="done",
            format="video" if number == 1 else "on_site",
            video_link="https://example.org/meet/waterschap" if number == 1 else "",
            starts_at=(now - timedelta(days=days_ago)).replace(hour=14),
            duration_minutes=60,
            location="" if number == 1 else "Waterschap Vallei, Apeldoorn",
        )
        round.interviewers.set([ilse])
        rounds.append(round)
    Debrief.objects.create(round=rounds[0], doubts=texts["doubts"], topics=texts["topics"])
    FitQuestion.objects.create(
        application=application,
        text=texts["fit_done"],
        answer=texts["fit_answer"],
        answered_in=rounds[1],
    )
    FitQuestion.objects.create(application=application, text=texts["fit_open"])
    return application, rounds
