"""When to talk about salary and terms of employment (METHOD S1), adapted to the round.

Pure Python: the round page of the web app and the one-page sheet both call `terms_timing`.
"""

from __future__ import annotations

from dataclasses import dataclass

from .goals import CLOSED_STAGES
from .lang import Lang


@dataclass(frozen=True)
class TimingAdvice:
    """A short card: a title, a few points, and which link fits ("numbers", "compare" or "")."""

    code: str  # "round_one", "later_round" or "offer"
    title: str
    points: list[str]
    link: str


TEXTS: dict[str, dict[Lang, dict[str, object]]] = {
    "round_one": {
        "nl": {
            "title": "Salaris: begin er zelf niet over",
            "points": [
                "Open niet met salaris of arbeidsvoorwaarden. In de eerste ronde gaat het om de "
                "vraag of jij bij de functie past.",
                "Vragen zij naar je salarisindicatie? Dan zijn ze meestal enthousiast. Noem rustig "
                "een bedrag dat je vooraf hebt bepaald.",
                "Komt het niet ter sprake? Dat is heel normaal. Het komt later terug.",
            ],
        },
        "en": {
            "title": "Salary: do not raise it yourself",
            "points": [
                "Do not open with salary or terms of employment. Round one is about whether you "
                "fit the role.",
                "Do they ask for your salary indication? Then they are usually keen. Calmly name "
                "an amount you decided on beforehand.",
                "Does it not come up? That is quite normal. It will come back later.",
            ],
        },
    },
    "later_round": {
        "nl": {
            "title": "Arbeidsvoorwaarden komen nu meestal ter sprake",
            "points": [
                "Zet je cijfers klaar: je salarisindicatie, je minimum en je wensen, zoals "
                "vakantiedagen, thuiswerken of opleiding.",
                "Begin het gesprek niet met salaris. Vragen zij ernaar? Dan willen ze je meestal "
                "graag hebben.",
                "Komt het niet ter sprake? Wacht tot duidelijk is dat ze jou willen. Laat dan je "
                "enthousiasme zien en vraag of jullie de arbeidsvoorwaarden kunnen bespreken.",
                "Een aanbod kan ook later komen, per mail of telefoon. Bedank dan en vraag rustig "
                "om bedenktijd.",
            ],
        },
        "en": {
            "title": "Terms of employment usually come up now",
            "points": [
                "Have your numbers ready: your salary indication, your minimum and your wishes, "
                "such as vacation days, working from home or training.",
                "Do not open with salary. Do they raise it? Then they usually want you.",
                "Does it not come up? Wait until it is clear they want you. Then show your "
                "enthusiasm and ask whether you can discuss the terms of employment.",
                "An offer may also come later, by mail or phone. Then say thank you and calmly "
                "ask for time to think.",
            ],
        },
    },
    "offer": {
        "nl": {
            "title": "Er ligt een aanbod",
            "points": [
                "Vergelijk het hele pakket, niet alleen het maandloon: vakantiedagen, pensioen, "
                "uren en extra's tellen mee.",
                "Reageer altijd met dank en enthousiasme, ook als je nog twijfelt.",
                "Bedenktijd vragen is meestal verstandig. Noem een datum waarop je antwoord geeft.",
            ],
        },
        "en": {
            "title": "There is an offer",
            "points": [
                "Compare the whole package, not only the monthly salary: vacation days, pension, "
                "hours and extras all count.",
                "Always react with thanks and enthusiasm, even when you still have doubts.",
                "Asking for time to think is usually wise. Name a date by which you will answer.",
            ],
        },
    },
}
LINKS = {"round_one": "", "later_round": "numbers", "offer": "compare"}


def timing_code(*, round_number: int, stage: str, has_offer: bool = False) -> str | None:
    """Which advice fits: none once the application is closed, "offer" once an offer is there."""
    if stage in CLOSED_STAGES:
        return None
    if has_offer or stage == "offer":
        return "offer"
    return "round_one" if round_number <= 1 else "later_round"


def terms_timing(
    *, round_number: int, stage: str, lang: Lang, has_offer: bool = False
) -> TimingAdvice | None:
    """The card about raising salary and terms for this round, in `lang`; None when closed."""
    code = timing_code(round_number=round_number, stage=stage, has_offer=has_offer)
    if code is None:
        return None
    entry = TEXTS[code][lang]
    return TimingAdvice(
        code=code,
        title=str(entry["title"]),
        points=list(entry["points"]),  # type: ignore[call-overload]  # a list of texts in the data file
        link=LINKS[code],
    )
