"""Writes for job packages, and the coach's valuation, comparison, numbers check and drafts for them."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any

from django.db import transaction
from django.urls import reverse

from secondround.applications.models import Application, InterviewerKind
from secondround.coach.lang import Lang
from secondround.coach.pay import (
    SUPPORTED_YEARS,
    Comparison,
    Finding,
    Valuation,
    check_against_numbers,
    compare_packages,
    draft_replies,
    format_eur,
    format_number,
    value_package,
)

from .models import Decision, JobPackage, Kind

DEFAULT_YEAR = SUPPORTED_YEARS[-1]
THINK_WORKING_DAYS = 3


# --- writes -------------------------------------------------------------------------------------


@transaction.atomic
def package_save_current(*, package: JobPackage, user: Any) -> JobPackage:
    package.user, package.kind, package.application = user, Kind.CURRENT, None
    package.full_clean()
    package.save()
    return package


@transaction.atomic
def package_save_offer(*, package: JobPackage, application: Application) -> JobPackage:
    package.user_id, package.kind, package.application = (
        application.user_id,
        Kind.OFFER,
        application,
    )
    package.full_clean()
    package.save()
    return package


@transaction.atomic
def package_set_decision(*, package: JobPackage, decision: str) -> JobPackage:
    package.decision = decision
    package.full_clean()
    package.save(update_fields=["decision"])
    return package


@transaction.atomic
def package_delete(*, package: JobPackage) -> None:
    package.delete()


# --- reading ------------------------------------------------------------------------------------


def current_package(user: Any) -> JobPackage | None:
    return JobPackage.objects.for_user(user).current().first()


def year_from(value: str | None) -> int:
    """The tax year asked for, or the newest one the coach knows."""
    return int(value) if value in {str(y) for y in SUPPORTED_YEARS} else DEFAULT_YEAR


def valuation(package: JobPackage, *, year: int = DEFAULT_YEAR, lang: Lang) -> Valuation:
    return value_package(package.as_package(), year=year, lang=lang)


def compared_packages(application: Application) -> list[JobPackage]:
    """The current job first (the baseline), then the offers of this application."""
    current = current_package(application.user)
    offers = list(application.packages.offers().order_by("received_on", "pk"))
    return ([current] if current else []) + offers


def comparison(packages: list[JobPackage], *, year: int, lang: Lang) -> Comparison:
    coach_packages = [p.as_package() for p in packages]
    seen: dict[str, int] = {}
    for i, pkg in enumerate(coach_packages):  # two offers of one company need different names
        seen[pkg.name] = seen.get(pkg.name, 0) + 1
        if seen[pkg.name] > 1:
            coach_packages[i] = replace(pkg, name=f"{pkg.name} ({seen[pkg.name]})")
    return compare_packages(coach_packages, year=year, lang=lang, baseline_index=0)


def _my_numbers(application: Application) -> tuple[float, float, list[str]] | None:
    """The user's own salary indication, minimum and wishes (S4), from the preparation plan.

    The preparation app owns `Terms`; until it exists on this branch (or the user has not filled
    it in) there are no numbers, and the pages say how to set them.
    """
    try:
        from secondround.preparation.models import Terms  # type: ignore[attr-defined]
    except ImportError:
        return None
    try:
        terms = Terms.objects.get(application=application)
    except Terms.DoesNotExist:
        return None
    return _as_numbers(terms.target_monthly, terms.minimum_monthly, terms.wishes)


def _as_numbers(target: Any, minimum: Any, wishes: Any) -> tuple[float, float, list[str]] | None:
    if isinstance(wishes, str):
        wishes = wishes.splitlines()
    wish_list = [str(w).strip(" -•\t") for w in (wishes or []) if str(w).strip(" -•\t")]
    if target is None and minimum is None:
        return None
    target_f = float(target if target is not None else minimum)
    minimum_f = float(minimum if minimum is not None else 0)
    return target_f, minimum_f, wish_list


def numbers_findings(package: JobPackage, *, lang: Lang) -> list[Finding] | None:
    """An offer against the user's own numbers (S4); None when there are no numbers yet."""
    if package.application is None:
        return None
    numbers = _my_numbers(package.application)
    if numbers is None:
        return None
    target, minimum, wishes = numbers
    return check_against_numbers(
        package.as_package(),
        target_monthly=target,
        minimum_monthly=minimum,
        wishes=wishes,
        lang=lang,
    )


def numbers_url(application: Application) -> str:
    """Step 6 of the preparation plan (your numbers); the application page until that page exists."""
    return reverse("preparation:terms", args=[application.pk])


# --- the three answers (S2) ---------------------------------------------------------------------


def default_contact(application: Application) -> str:
    """The HR person of the application if there is one: the offer usually comes from them."""
    people = list(application.interviewers.all())
    hr = [p for p in people if p.kind == InterviewerKind.HR]
    return (hr or people)[0].name if people else ""


def default_target(package: JobPackage) -> Decimal:
    """The user's own target when known; otherwise 5% above the offer, rounded up to 50."""
    numbers = _my_numbers(package.application) if package.application else None
    if numbers is not None and numbers[0] > float(package.monthly_gross):
        return Decimal(str(round(numbers[0], 2)))
    raised = float(package.monthly_gross) * 1.05
    return Decimal(int(-(-raised // 50) * 50))


@dataclass(frozen=True)
class Draft:
    code: str
    text: str


def drafts(
    package: JobPackage, *, contact: str, target: float, think_until: date, lang: Lang
) -> list[Draft]:
    application = package.application
    assert application is not None
    found = draft_replies(
        company=application.company,
        role=application.role,
        contact_name=contact,
        offer_monthly=float(package.monthly_gross),
        target_monthly=target,
        think_until=think_until,
        lang=lang,
        address=application.address,
        candidate_name=application.user.first_name,
    )
    return [Draft(code, found[code]) for code in ("accept", "time", "counter")]


DRAFT_DECISION = {
    "accept": Decision.ACCEPTED,
    "time": Decision.THINKING,
    "counter": Decision.COUNTERING,
}


# --- the comparison as rows for the page --------------------------------------------------------


@dataclass(frozen=True)
class Cell:
    text: str
    verdict: str


@dataclass(frozen=True)
class Row:
    code: str
    label: str
    cells: list[Cell]
    key: bool  # one of the lines a person looks at first


KEY_LINES = frozenset({"monthly_gross", "total_value", "value_per_worked_hour", "net_monthly"})


def format_amount(value: float | None, unit: str, lang: Lang) -> str:
    if value is None:
        return "—"
    if unit == "hours":
        return format_number(value, lang)
    return format_eur(value, lang, 2 if unit == "eur_per_hour" else 0)


def table_rows(found: Comparison, lang: Lang) -> list[Row]:
    return [
        Row(
            code=row.code,
            label=row.label,
            cells=[
                Cell(format_amount(v, row.unit, lang), verdict)
                for v, verdict in zip(row.values, row.verdicts, strict=True)
            ],
            key=row.code in KEY_LINES,
        )
        for row in found.rows
    ]


def component_rows(found: Comparison, lang: Lang) -> list[tuple[str, list[str]]]:
    """The yearly value per component and package: the numbers behind the bar chart."""
    labels = [label for label, _amount in found.components[0]]
    return [
        (label, [format_eur(parts[i][1], lang) for parts in found.components])
        for i, label in enumerate(labels)
    ]


@dataclass(frozen=True)
class ShownLine:
    label: str
    text: str
    explanation: str
    key: bool


def shown_lines(found: Valuation, lang: Lang) -> list[ShownLine]:
    """One offer's valuation lines, formatted for the page."""
    return [
        ShownLine(
            line.label,
            format_amount(line.amount, line.unit, lang),
            line.explanation,
            line.code in KEY_LINES,
        )
        for line in found.lines
    ]
