"""Small adapters to data that other apps own (preparation, practice, offers, the question bank).

Each one returns empty data when that app, model or field is not there (yet): the sheet and the outcome
flow then simply leave that part out. This is the one place that knows their names; when their models
change, only this file changes.
"""

from __future__ import annotations

import importlib
from dataclasses import dataclass
from decimal import Decimal
from typing import Any

from django.apps import apps
from django.core.exceptions import FieldError
from django.urls import NoReverseMatch, reverse
from django.utils import translation
from django.utils.translation import gettext as _

from secondround.applications.models import Application, Round
from secondround.coach.competencies import name as competency_name
from secondround.coach.evidence import completeness, is_evidence
from secondround.coach.lang import Lang

# What a missing app, model, field or attribute raises; nothing else is swallowed.
MISSING = (ImportError, LookupError, AttributeError, FieldError, TypeError, ValueError)


@dataclass(frozen=True)
class ExampleLine:
    competency: str
    text: str


@dataclass(frozen=True)
class SalaryNumbers:
    target_monthly: Decimal | int | None
    minimum_monthly: Decimal | int | None
    wishes: str


@dataclass(frozen=True)
class BankQuestion:
    id: str
    text: str
    category: str = ""


def _model(app_label: str, name: str) -> Any:
    return apps.get_model(app_label, name)  # LookupError when the app or model is not there


def _text(obj: Any, names: tuple[str, ...]) -> str:
    for name in names:
        value = getattr(obj, name, None)
        if isinstance(value, str) and value.strip():
            return value.strip()
    return ""


def pitch_lines(round: Round) -> list[str]:
    """The personal pitch (R4) for this application, else the user's general one, as its lines."""
    try:
        pitches = _model("preparation", "Pitch").objects.filter(user=round.application.user)
        pitch = (
            pitches.filter(application_id=round.application_id).order_by("-updated", "-pk").first()
            or pitches.filter(application=None).order_by("-updated", "-pk").first()
        )
    except MISSING:
        return []
    text = _text(pitch, ("text",)) if pitch else ""
    return [line.strip() for line in text.splitlines() if line.strip()]


def _strength(example: Any) -> tuple[int, int]:
    """The most complete STARR example is the strongest; a fuller telling breaks ties."""
    missing = getattr(example, "missing_parts", None) or []
    return completeness(missing), len(_text(example, ("telling",)))


def _label(competency_id: str, lang: Lang) -> str:
    try:
        return competency_name(competency_id, lang)
    except KeyError:
        return competency_id


def best_examples(round: Round, *, lang: Lang) -> list[ExampleLine]:
    """For each competency the vacancy asks for (and the user kept): the most complete STARR example
    of the bank that proves it, as one line (its title). A claim without an action and a result
    proves nothing, so it never shows here (coach.evidence)."""
    try:
        asked = _model("preparation", "AskedCompetency").objects.filter(
            application_id=round.application_id, removed=False
        )
        asked_ids = list(asked.order_by("pk").values_list("competency_id", flat=True))
        examples = list(
            _model("preparation", "Example").objects.filter(user=round.application.user)
        )
    except MISSING:
        return []
    by_competency: dict[str, list[Any]] = {}
    for example in examples:
        if not is_evidence(getattr(example, "missing_parts", None) or []):
            continue
        for key in getattr(example, "competencies", None) or []:
            by_competency.setdefault(str(key), []).append(example)
    lines = []
    for key in asked_ids:
        if candidates := by_competency.get(key):
            best = max(candidates, key=_strength)
            text = _text(best, ("title", "telling")) or str(best)
            lines.append(ExampleLine(competency=_label(key, lang), text=text))
    return lines


def questions_to_ask(round: Round, *, lang: Lang) -> list[str]:
    """The candidate's own questions for this round (D5): those for everyone first, in their chosen
    order, then per person at the table ("Vraag aan Lotte: ..."), with the question noted on that
    person's research."""
    try:
        rows = list(
            _model("practice", "RoundQuestion")
            .objects.filter(round=round)
            .select_related("interviewer")
            .order_by("position", "pk")
        )
    except MISSING:
        rows = []
    general = [text for row in rows if not row.interviewer_id and (text := _text(row, ("text",)))]
    lines = list(general)
    with translation.override(lang):
        for person in round.interviewers.all():
            own = [_text(row, ("text",)) for row in rows if row.interviewer_id == person.pk]
            if person.question_for.strip():
                own.append(" ".join(person.question_for.split()))
            label = _("Question for %(name)s:") % {"name": person.name}
            lines += [f"{label} {text}" for text in dict.fromkeys(own) if text]
    return lines


def note_points(round: Round, *, lang: Lang) -> list[Any]:
    """The previous round's doubts and topics read for this round (preparation's reading)."""
    try:
        module = importlib.import_module("secondround.preparation.notes")
        return list(module.notes_reading(round, lang=lang))
    except MISSING:
        return []


def salary_numbers(application: Application) -> SalaryNumbers | None:
    """The candidate's own numbers (S4): target and minimum monthly salary and wished-for terms."""
    try:
        terms = _model("preparation", "Terms").objects.filter(application=application).first()
    except MISSING:
        return None
    if terms is None:
        return None
    numbers = SalaryNumbers(
        target_monthly=getattr(terms, "target_monthly", None),
        minimum_monthly=getattr(terms, "minimum_monthly", None),
        wishes=_text(terms, ("wishes",)),
    )
    empty = (
        numbers.target_monthly is None and numbers.minimum_monthly is None and not numbers.wishes
    )
    return None if empty else numbers


def salary_lines(round: Round, *, lang: Lang, show_numbers: bool) -> list[str]:
    """Two or three lines for the salary talk from round two on (S1, S2, S4), from the offers app."""
    from secondround.offers import services as offers

    return offers.salary_sheet_lines(round, lang=lang, show_numbers=show_numbers)


def offer_compare_url(application: Application) -> str | None:
    """Where to compare offer packages side by side (S3), if the offers app has that page."""
    for args in ([application.pk], []):
        try:
            return reverse("offers:compare", args=args)
        except NoReverseMatch:
            continue
    return None


def bank_questions(lang: Lang, *, round_number: int | None = None) -> list[BankQuestion]:
    """Questions interviewers ask, from the coach's bank, to tick after a round (A1). With a round
    number, only those asked in that kind of round ("first", "second" or "both")."""
    try:
        module = importlib.import_module("secondround.coach.questions")
        items = module.questions_they_ask()
    except MISSING:
        return []
    wanted = {None, "both", "first" if round_number == 1 else "second"}
    found = []
    for item in items:
        key = getattr(item, "id", None)
        text = item.text_in(lang) if hasattr(item, "text_in") else getattr(item, "text", None)
        if round_number is not None and getattr(item, "round", None) not in wanted:
            continue
        if key and isinstance(text, str) and text:
            found.append(
                BankQuestion(id=str(key), text=text, category=str(getattr(item, "category", "")))
            )
    return found


def practised_question_ids(round: Round) -> list[str]:
    """Bank questions of this round's practice interviews, most recent session first."""
    try:
        rows = (
            _model("practice", "MockAnswer")
            .objects.filter(session__round=round)
            .order_by("-session__started", "position")
            .values_list("question_id", flat=True)
        )
        return list(dict.fromkeys(rows))
    except MISSING:
        return []


def short_bank(
    round: Round, *, lang: Lang, selected: list[str], query: str = "", limit: int = 20
) -> list[BankQuestion]:
    """The questions to tick after a round (A1): those practised for it, those already ticked,
    and what a search finds; not the whole bank."""
    bank = bank_questions(lang)
    keep = set(practised_question_ids(round)) | set(selected)
    words = query.lower().split()
    found = [q for q in bank if words and all(w in q.text.lower() for w in words)][:limit]
    return [q for q in bank if q.id in keep] + [q for q in found if q.id not in keep]
