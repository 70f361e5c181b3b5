"""What the offer pages show: the coach's valuation, comparison, numbers check, salary talk and drafts
for the job packages, shaped for the templates. Writes are in `services.py`."""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date
from decimal import Decimal
from typing import Any, cast

from django.db import models
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

from secondround.applications.selectors import Application, InterviewerKind, Round, round_address
from secondround.coach.address import Address
from secondround.coach.lang import Lang
from secondround.coach.pay import (
    SUPPORTED_YEARS,
    Comparison,
    Finding,
    SalaryRange,
    Valuation,
    changed_keys,
    check_against_numbers,
    compare_packages,
    draft_replies,
    format_eur,
    format_number,
    format_pct,
    range_findings,
    read_salary,
    value_package,
)
from secondround.coach.salary_talk import Moment, Numbers, salary_moments, sheet_lines
from secondround.preparation.selectors import salary_numbers

from .models import MONEY_KEYS, CounterOffer, Decision, JobPackage, VacancySalary

DEFAULT_YEAR = SUPPORTED_YEARS[-1]
THINK_WORKING_DAYS = 3


def current_package(user: Any) -> JobPackage | None:
    return JobPackage.objects.for_user(user).current().first()


def saved_vacancy_salary(application: Application) -> VacancySalary | None:
    return VacancySalary.objects.filter(application=application).first()


def vacancy_salary(application: Application) -> SalaryRange:
    """Their range: as the user checked it, or else as read from the vacancy text now."""
    saved = saved_vacancy_salary(application)
    return saved.as_range() if saved else read_salary(application.vacancy_text)


def vacancy_salary_as_read(application: Application) -> VacancySalary:
    """Unsaved: what the app reads in the vacancy text now (a form's starting point)."""
    found = read_salary(application.vacancy_text)
    return VacancySalary(
        application=application,
        min_amount=found.min,
        max_amount=found.max,
        period=found.period or "",
        hours_per_week=found.hours_per_week,
        scale=found.scale or "",
        holiday_allowance_included=found.holiday_allowance_included,
        ikb_pct=found.ikb_pct,
        thirteenth_month=found.thirteenth_month,
        marktconform=found.marktconform,
        evidence="\n".join(found.evidence),
    )


def their_range_findings(package: JobPackage, *, lang: Lang) -> list[Finding]:
    """Where an offer lands in the employer's own range from the vacancy (S4)."""
    if package.application is None:
        return []
    return range_findings(package.as_package(), vacancy_salary(package.application), lang)


def year_from(value: str | None) -> int:
    """The tax year asked for, or the newest one the coach knows."""
    return int(value) if value in {str(y) for y in SUPPORTED_YEARS} else DEFAULT_YEAR


def valuation(package: JobPackage, *, year: int = DEFAULT_YEAR, lang: Lang) -> Valuation:
    return value_package(package.as_package(), year=year, lang=lang)


def compared_packages(application: Application) -> list[JobPackage]:
    """The current job first (the baseline), then the latest version of each offer."""
    current = current_package(application.user)
    offers = list(
        application.packages.offers()
        .filter(next_versions__isnull=True)
        .select_related("previous")
        .order_by("received_on", "pk")
    )
    return ([current] if current else []) + offers


@dataclass(frozen=True)
class Change:
    label: str
    before: str
    after: str


def format_value(key: str, value: Any, lang: Lang) -> str:
    """One value of an offer as a person reads it: money, a percentage, hours, yes or no."""
    if isinstance(value, bool):
        return str(_("yes") if value else _("no"))
    if value is None:
        return "—"
    if key in MONEY_KEYS:
        return format_eur(float(value), lang)
    if key.endswith("_pct"):
        return format_pct(float(value), lang)
    return format_number(float(value), lang, 0 if float(value).is_integer() else 1)


def field_label(key: str) -> str:
    field = cast("models.Field[Any, Any]", JobPackage._meta.get_field(key))  # a concrete field
    label = str(field.verbose_name)
    return label[:1].upper() + label[1:]


@dataclass(frozen=True)
class CounterShown:
    counter: CounterOffer
    parts: list[tuple[str, str]]


def negotiation(package: JobPackage, *, lang: Lang) -> list[CounterShown]:
    """The counter-offers about this version of the offer, each part with its label and amount."""
    return [
        CounterShown(
            counter,
            [(field_label(k), format_value(k, v, lang)) for k, v in (counter.parts or {}).items()],
        )
        for counter in package.counters.select_related("new_version")
    ]


def version_changes(package: JobPackage, *, lang: Lang) -> list[Change]:
    """What changed since the earlier version of this offer (after a counter-offer)."""
    old = package.previous
    if old is None:
        return []
    return [
        Change(
            field_label(key),
            format_value(key, getattr(old, key), lang),
            format_value(key, getattr(package, key), lang),
        )
        for key in changed_keys(old.as_package(), package.as_package())
        if key != "conditions"
    ]


def comparison(packages: list[JobPackage], *, year: int, lang: Lang) -> Comparison:
    coach_packages = [p.as_package() for p in packages]
    seen: dict[str, int] = {}
    for i, pkg in enumerate(coach_packages):  # two offers of one company need different names
        seen[pkg.name] = seen.get(pkg.name, 0) + 1
        if seen[pkg.name] > 1:
            coach_packages[i] = replace(pkg, name=f"{pkg.name} ({seen[pkg.name]})")
    return compare_packages(coach_packages, year=year, lang=lang, baseline_index=0)


def _my_numbers(application: Application) -> tuple[float, float, list[str]] | None:
    """The user's own salary indication, minimum and wishes (S4), from the preparation plan; None
    when the user has not set a target or minimum yet (the pages then say how to set them)."""
    numbers = salary_numbers(application)
    if numbers is None:
        return None
    target, minimum = numbers.target_monthly, numbers.minimum_monthly
    if target is None and minimum is None:
        return None
    target_f = float(target if target is not None else minimum)  # type: ignore[arg-type]  # one of the two is set: checked above
    minimum_f = float(minimum if minimum is not None else 0)
    return target_f, minimum_f, numbers.wish_list


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


# --- the salary moments of a round (S1, S2, S4) ------------------------------------------------


def talk_numbers(application: Application) -> Numbers:
    """Your numbers and the top of their range per month, at the hours their range is for."""
    mine = _my_numbers(application)
    their = vacancy_salary(application)
    hours = their.hours_per_week or 40.0
    _, high = their.monthly(hours)
    target, minimum = (mine[0], mine[1] or None) if mine else (None, None)
    return Numbers(target=target, minimum=minimum, their_high=high, hours=hours)


def salary_moments_for(round: Round, *, lang: Lang, address: Address | None = None) -> list[Moment]:
    """`address`: the round's `round_address` when the page has it already (one query less)."""
    return salary_moments(
        round_number=round.number,
        address=round_address(round) if address is None else address,
        numbers=talk_numbers(round.application),
        lang=lang,
    )


def salary_sheet_lines(round: Round, *, lang: Lang, show_numbers: bool) -> list[str]:
    """Two or three short lines for the sheet from round two on; your range only when shown; what
    they ask in the table's je or u."""
    return sheet_lines(
        round_number=round.number,
        numbers=talk_numbers(round.application),
        show_numbers=show_numbers,
        lang=lang,
        address=round_address(round),
    )


# --- the answers to an offer (S2) ----------------------------------------------------------------


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
    return [Draft(code, found[code]) for code in ("accept", "time", "counter", "decline")]


DRAFT_DECISION = {
    "accept": Decision.ACCEPTED,
    "time": Decision.THINKING,
    "counter": Decision.COUNTERING,
    "decline": Decision.DECLINED,
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


KEY_LINES = frozenset(
    {"monthly_gross", "total_value", "total_value_certain", "value_per_worked_hour", "net_monthly"}
)


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


@dataclass(frozen=True)
class CardLine:
    label: str
    baseline: str
    text: str
    verdict: str


@dataclass(frozen=True)
class OfferCard:
    """One offer against the baseline, for a phone: the key figures, then what differs."""

    name: str
    key: list[CardLine]
    differences: list[CardLine]


def offer_cards(rows: list[Row], names: list[str]) -> list[OfferCard]:
    """A card per package after the baseline (column 0): key lines first, then every other line
    that is better or worse, the worse ones first (those are the ones to ask about)."""
    cards = []
    for column in range(1, len(names)):
        lines = [
            (
                row,
                CardLine(
                    row.label, row.cells[0].text, row.cells[column].text, row.cells[column].verdict
                ),
            )
            for row in rows
        ]
        differences = [
            line for row, line in lines if not row.key and line.verdict in ("better", "worse")
        ]
        differences.sort(key=lambda line: line.verdict != "worse")
        cards.append(
            OfferCard(names[column], [line for row, line in lines if row.key], differences)
        )
    return cards


def comparison_context(
    application: Application, packages: list[JobPackage], *, year: int, lang: Lang
) -> dict[str, Any]:
    """Everything the comparison page shows about these packages (S3, S4)."""
    found = comparison(packages, year=year, lang=lang)
    offers = [p for p in packages if not p.is_current]
    rows = table_rows(found, lang)
    return {
        "comparison": found,
        "rows": rows,
        "cards": offer_cards(rows, found.names),
        "components": component_rows(found, lang),
        "baseline": packages[0],
        "numbers": [
            (p, numbers_findings(p, lang=lang), their_range_findings(p, lang=lang)) for p in offers
        ],
        "numbers_url": numbers_url(application),
        "changes": [(p, version_changes(p, lang=lang)) for p in offers if p.previous],
    }


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
