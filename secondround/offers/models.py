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
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.db.models import Q
from django.urls import reverse
from django.utils.translation import gettext_lazy as _

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise

from secondround.applications.models import Application
from secondround.coach.pay import LIMITS, Package
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
        Application, on_delete=models.CASCADE, null=True, blank=True, related_name="packages"
    )
    kind = models.CharField(_("kind"), max_length=10, choices=Kind.choices, default=Kind.OFFER)
    name = models.CharField(
        _("name"),
        max_length=200,
        blank=True,
        help_text=_("A short name to tell packages apart, for example the company."),
    )
    received_on = models.DateField(_("received on"), null=True, blank=True)
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
