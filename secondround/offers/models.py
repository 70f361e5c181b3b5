"""Job packages: the current job's terms of employment (once per user) and the offers per application.

Design: one model for both. The current job is a `JobPackage` with kind "current", the user set and no
application; an offer has kind "offer" and an application. One model means one form, one set of
limits and one path to the coach's `Package`, so the current job and the offers are always valued the
same way (METHOD S3). Two constraints keep the two kinds apart: a current package has no application,
an offer always has one; and a user has at most one current package.
"""

from __future__ import annotations

from decimal import Decimal
from typing import TYPE_CHECKING, Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

from secondround.coach.pay import LIMITS, Package, SalaryRange, validate_package_values
from secondround.owned import OwnedQuerySet

CONDITIONS_LIMIT = 2000


class Kind(models.TextChoices):
    CURRENT = "current", _("Current job")
    OFFER = "offer", _("Offer")


class Decision(models.TextChoices):
    OPEN = "open", _("No answer yet")
    ACCEPTED = "accepted", _("Accepted")
    THINKING = "thinking", _("Asked for time to think")
    COUNTERING = "countering", _("Made a counter-offer")
    DECLINED = "declined", _("Declined")


def _number(
    key: str, label: StrOrPromise, default: float, help_text: StrOrPromise = ""
) -> models.DecimalField[Any, Any]:
    """A number of the offer, with the same limits as the coach (and so as the command line)."""
    spec = LIMITS[key]
    return models.DecimalField(
        label,
        max_digits=12,
        decimal_places=2,
        default=Decimal(str(default)),
        validators=[
            MinValueValidator(Decimal(str(spec.low))),
            MaxValueValidator(Decimal(str(spec.high))),
        ],
        help_text=help_text,
    )


NUMBER_KEYS: tuple[str, ...] = tuple(k for k, s in LIMITS.items() if s.kind == "number")
BOOL_KEYS: tuple[str, ...] = tuple(k for k, s in LIMITS.items() if s.kind == "bool")
MONEY_KEYS = frozenset(
    k
    for k in NUMBER_KEYS
    if k not in {"hours_per_week", "vacation_days", "public_holidays_off"}
    and not k.endswith("_pct")
)


def _range_constraints() -> list[models.CheckConstraint]:
    return [
        models.CheckConstraint(
            condition=Q(**{f"{key}__gte": LIMITS[key].low, f"{key}__lte": LIMITS[key].high}),
            name=f"package_{key}_in_range",
        )
        for key in NUMBER_KEYS
    ]


class JobPackageQuerySet(OwnedQuerySet["JobPackage"]):
    owner = "user"

    def offers(self) -> JobPackageQuerySet:
        return self.filter(kind=Kind.OFFER)

    def current(self) -> JobPackageQuerySet:
        return self.filter(kind=Kind.CURRENT)


class JobPackage(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.ForeignKey(
        "applications.Application",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="packages",
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.OFFER)
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("A short name to tell packages apart, for example the company."),
    )
    received_on = models.DateField(_("received on"), null=True, blank=True)
    answer_due = models.DateField(
        _("they want my answer by"),
        null=True,
        blank=True,
        help_text=_("Ask when they need your answer; it shows on your dashboard."),
    )
    previous = models.ForeignKey(
        "self",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="next_versions",
        verbose_name=_("earlier version"),
    )
    decision = models.CharField(
        _("my answer"), max_length=12, choices=Decision.choices, default=Decision.OPEN
    )
    # Salary
    monthly_gross = _number("monthly_gross", _("gross salary per month (€)"), 1)
    hours_per_week = _number("hours_per_week", _("hours per week"), 40)
    # Extra pay
    holiday_allowance_pct = _number("holiday_allowance_pct", _("holiday allowance (%)"), 8)
    thirteenth_month = models.BooleanField(_("13th month"), default=False)
    year_end_bonus_pct = _number("year_end_bonus_pct", _("year-end bonus (% of 12 months)"), 0)
    year_end_bonus_amount = _number(
        "year_end_bonus_amount", _("year-end bonus, fixed amount (€)"), 0
    )
    ikb_pct = _number(
        "ikb_pct",
        _("individual choice budget, IKB (% of 12 months)"),
        0,
        help_text=_("Common in government and healthcare. Taxed as wage when paid out."),
    )
    bonus = _number("bonus", _("expected bonus per year (€)"), 0)
    profit_sharing = _number("profit_sharing", _("profit sharing per year (€)"), 0)
    # Pension
    pension_employer_pct = _number("pension_employer_pct", _("pension, employer pays (%)"), 0)
    pension_employee_pct = _number("pension_employee_pct", _("pension, you pay (%)"), 0)
    pension_franchise = _number("pension_franchise", _("pension franchise per year (€)"), 0)
    # Time off
    vacation_days = _number("vacation_days", _("vacation days per year"), 20)
    public_holidays_off = _number("public_holidays_off", _("public holidays off"), 6)
    # Car and travel
    lease_car_list_price = _number("lease_car_list_price", _("lease car: list price (€)"), 0)
    lease_car_electric = models.BooleanField(_("the lease car is electric"), default=False)
    lease_car_first_registration_year = models.PositiveSmallIntegerField(
        _("lease car: year of first registration"),
        null=True,
        blank=True,
        validators=[
            MinValueValidator(int(LIMITS["lease_car_first_registration_year"].low)),
            MaxValueValidator(int(LIMITS["lease_car_first_registration_year"].high)),
        ],
    )
    lease_car_own_contribution = _number(
        "lease_car_own_contribution", _("lease car: own contribution per month (€)"), 0
    )
    travel_allowance_monthly = _number(
        "travel_allowance_monthly", _("travel allowance per month (€)"), 0
    )
    home_office_allowance_monthly = _number(
        "home_office_allowance_monthly", _("home office allowance per month (€)"), 0
    )
    # Other
    phone = models.BooleanField(_("phone from work"), default=False)
    phone_value_yearly = _number("phone_value_yearly", _("value of the phone per year (€)"), 300)
    laptop = models.BooleanField(_("laptop from work"), default=False)
    laptop_value_yearly = _number("laptop_value_yearly", _("value of the laptop per year (€)"), 400)
    training_budget = _number("training_budget", _("training budget per year (€)"), 0)
    other_benefits_yearly = _number("other_benefits_yearly", _("other benefits per year (€)"), 0)
    conditions = models.TextField(
        _("conditions and notes"),
        blank=True,
        max_length=CONDITIONS_LIMIT,
        help_text=_("For example: no leave in the first three months, or a one-year contract."),
    )
    # Your situation (the net estimate does not cover these)
    aow_age = models.BooleanField(_("I have reached the state pension (AOW) age"), default=False)
    thirty_percent_ruling = models.BooleanField(
        _("I have the 30 percent ruling (expat scheme)"), default=False
    )
    second_job = models.BooleanField(
        _("this is a second job (tax credits go to another employer)"), default=False
    )

    objects = JobPackageQuerySet.as_manager()

    class Meta:
        ordering = ["kind", "received_on", "pk"]
        verbose_name = _("job package")
        verbose_name_plural = _("job packages")
        constraints = [
            models.CheckConstraint(
                condition=(
                    Q(kind=Kind.CURRENT, application__isnull=True)
                    | Q(kind=Kind.OFFER, application__isnull=False)
                ),
                name="package_current_has_no_application",
                violation_error_message=_(
                    "An offer belongs to an application; your current job does not."
                ),
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=Q(kind=Kind.CURRENT),
                name="one_current_package",
                violation_error_message=_("You already entered your current job."),
            ),
            models.CheckConstraint(
                condition=Q(decision__in=Decision.values), name="package_decision_known"
            ),
            *_range_constraints(),
        ]

    def __str__(self) -> str:
        return self.display_name

    def get_absolute_url(self) -> str:
        if self.kind == Kind.CURRENT:
            return reverse("offers:current")
        return reverse("offers:detail", args=[self.pk])

    @property
    def is_current(self) -> bool:
        return self.kind == Kind.CURRENT

    @property
    def display_name(self) -> str:
        if self.name.strip():
            return self.name.strip()
        if self.is_current:
            return str(_("My current job"))
        return self.application.company if self.application else str(_("Offer"))

    @property
    def version(self) -> int:
        """1 for the first offer, 2 for the new offer after a counter-offer, and so on."""
        number, seen = 1, self.previous
        while seen is not None:
            number, seen = number + 1, seen.previous
        return number

    def as_package(self) -> Package:
        """The coach's plain dataclass, for valuing and comparing."""
        values: dict[str, Any] = {key: float(getattr(self, key)) for key in NUMBER_KEYS}
        values.update({key: bool(getattr(self, key)) for key in BOOL_KEYS})
        return Package(
            name=self.display_name,
            conditions=self.conditions,
            lease_car_first_registration_year=self.lease_car_first_registration_year,
            **values,
        )


class SalaryPeriod(models.TextChoices):
    MONTH = "month", _("per month")
    YEAR = "year", _("per year")
    HOUR = "hour", _("per hour")


class VacancySalaryQuerySet(OwnedQuerySet["VacancySalary"]):
    owner = "application__user"


def _optional(label: Any, low: int = 0, high: int = 1_000_000) -> models.DecimalField:
    """A number the vacancy may not state: empty means "not stated"."""
    return models.DecimalField(
        label,
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(low)), MaxValueValidator(Decimal(high))],
    )


class VacancySalary(models.Model):
    """The employer's own salary information (S4), as read from the vacancy and then checked or
    corrected by the user. Without a row the app reads the vacancy text afresh."""

    application = models.OneToOneField(
        "applications.Application", on_delete=models.CASCADE, related_name="vacancy_salary"
    )
    min_amount = _optional(_("lowest amount (€)"))
    max_amount = _optional(_("highest amount (€)"))
    period = models.CharField(
        _("the amounts are"), max_length=5, choices=SalaryPeriod.choices, blank=True
    )
    hours_per_week = _optional(_("hours per week the amounts are based on"), 1, 60)
    scale = models.CharField(_("scale"), max_length=40, blank=True)
    holiday_allowance_included = models.BooleanField(
        _("holiday allowance is included in the amounts"), null=True, blank=True
    )
    ikb_pct = _optional(_("individual choice budget, IKB (%)"), 0, 50)
    thirteenth_month = models.BooleanField(_("13th month"), null=True, blank=True)
    marktconform = models.BooleanField(
        _("only 'competitive' (marktconform), no amounts"), default=False
    )
    evidence = models.TextField(_("sentences from the vacancy"), blank=True, max_length=5000)

    objects = VacancySalaryQuerySet.as_manager()

    class Meta:
        verbose_name = _("salary in the vacancy")
        verbose_name_plural = _("salaries in vacancies")
        constraints = [
            models.CheckConstraint(
                condition=Q(min_amount__isnull=True)
                | Q(max_amount__isnull=True)
                | Q(min_amount__lte=models.F("max_amount")),
                name="vacancy_salary_min_not_above_max",
                violation_error_message=_("The lowest amount is higher than the highest."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application}: {self.min_amount}–{self.max_amount}"

    def get_absolute_url(self) -> str:
        return reverse("offers:vacancy_salary", args=[self.application_id])

    def as_range(self) -> SalaryRange:
        def number(value: Decimal | None) -> float | None:
            return None if value is None else float(value)

        return SalaryRange(
            min=number(self.min_amount),
            max=number(self.max_amount),
            period=self.period or None,  # type: ignore[arg-type]  # a saved period is one of the choices
            hours_per_week=number(self.hours_per_week),
            scale=self.scale or None,
            holiday_allowance_included=self.holiday_allowance_included,
            ikb_pct=number(self.ikb_pct),
            thirteenth_month=self.thirteenth_month,
            marktconform=self.marktconform,
            evidence=tuple(line for line in self.evidence.splitlines() if line.strip()),
        )


# What a counter-offer can ask for: the parts of an offer people negotiate about.
NEGOTIABLE: tuple[str, ...] = (
    "monthly_gross",
    "hours_per_week",
    "vacation_days",
    "pension_employer_pct",
    "year_end_bonus_pct",
    "bonus",
    "training_budget",
    "travel_allowance_monthly",
    "home_office_allowance_monthly",
    "lease_car_list_price",
)


class CounterAnswer(models.TextChoices):
    WAITING = "waiting", _("Waiting for their answer")
    ACCEPTED = "accepted", _("They agreed")
    PARTLY = "partly", _("They agreed in part")
    REFUSED = "refused", _("They said no")


class CounterOfferQuerySet(OwnedQuerySet["CounterOffer"]):
    owner = "package__user"


class CounterOffer(models.Model):
    """A counter-proposal sent about an offer (S2): which parts, which amounts, when an answer is
    expected, and the answer. A new offer that comes back is a new version of the package."""

    package = models.ForeignKey(JobPackage, on_delete=models.CASCADE, related_name="counters")
    sent_on = models.DateField(_("sent on"))
    parts = models.JSONField(_("what I asked for"), default=dict, blank=True)
    note = models.TextField(_("what else I asked or said"), blank=True, max_length=2000)
    answer_expected_on = models.DateField(_("answer expected by"), null=True, blank=True)
    answer = models.CharField(
        _("their answer"),
        max_length=10,
        choices=CounterAnswer.choices,
        default=CounterAnswer.WAITING,
    )
    answered_on = models.DateField(_("answered on"), null=True, blank=True)
    answer_note = models.TextField(_("what they said"), blank=True, max_length=2000)
    new_version = models.ForeignKey(
        JobPackage,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="from_counters",
        verbose_name=_("the new offer"),
    )

    objects = CounterOfferQuerySet.as_manager()

    class Meta:
        ordering = ["sent_on", "pk"]
        verbose_name = _("counter-offer")
        verbose_name_plural = _("counter-offers")
        constraints = [
            models.CheckConstraint(
                condition=Q(answer__in=CounterAnswer.values), name="counter_answer_known"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.package}: {self.sent_on}"

    def get_absolute_url(self) -> str:
        return reverse("offers:counter_answer", args=[self.pk])

    def clean(self) -> None:
        parts = self.parts if isinstance(self.parts, dict) else None
        if (
            parts is None
            or set(parts) - set(NEGOTIABLE)
            or validate_package_values({**parts, "monthly_gross": parts.get("monthly_gross", 1)})
        ):
            raise ValidationError({"parts": _("The counter-offer holds a part that cannot be.")})
        if not parts and not self.note.strip():
            raise ValidationError(_("Fill in at least one part you asked for, or a note."))

    @property
    def waiting(self) -> bool:
        return self.answer == CounterAnswer.WAITING
