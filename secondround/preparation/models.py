"""Preparing a next round: asked competencies (R3), the STARR example bank (R3), the pitch with its
rehearsals (R4), the six-step plan per round (R2, G5) and the salary numbers per application (S4)."""

from __future__ import annotations

from decimal import Decimal
from typing import Any

from django.conf import settings
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from secondround.applications.models import Application, Round
from secondround.owned import OwnedQuerySet

TEXT_LIMIT = 20_000
PITCH_LIMIT = 5_000
MONEY_LIMIT = Decimal("1000000")
PITCH_TARGETS = [(30, _("30 seconds")), (60, _("60 seconds")), (90, _("90 seconds"))]
REHEARSAL_MAX_SECONDS = 3600


class AskedCompetencyQuerySet(OwnedQuerySet["AskedCompetency"]):
    owner = "application__user"

    def shown(self) -> AskedCompetencyQuerySet:
        return self.filter(removed=False)


class AskedCompetency(models.Model):
    """A competency the vacancy asks for (found in its text, or added by the user)."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="asked_competencies"
    )
    competency_id = models.CharField(_("competency"), max_length=60)
    phrases = models.JSONField(_("phrases in the vacancy"), default=list, blank=True)
    added_by_user = models.BooleanField(_("added by you"), default=False)
    # Removed rows stay, so that reading the vacancy again later does not bring them back unasked.
    removed = models.BooleanField(_("removed"), default=False)

    objects = AskedCompetencyQuerySet.as_manager()

    class Meta:
        ordering = ["application", "pk"]
        verbose_name = _("asked competency")
        verbose_name_plural = _("asked competencies")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "competency_id"], name="one_asked_competency_per_id"
            )
        ]

    def __str__(self) -> str:
        return f"{self.application}: {self.competency_id}"

    def get_absolute_url(self) -> str:
        return reverse("preparation:matrix", args=[self.application_id])


class ExampleQuerySet(OwnedQuerySet["Example"]):
    owner = "user"


class Example(models.Model):
    """A STARR example from the user's own work, reusable for every application."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    title = models.CharField(
        _("title"),
        max_length=200,
        help_text=_("A few words you will recognise, such as “Seminar for forty clients”."),
    )
    telling = models.TextField(
        _("your example"),
        max_length=TEXT_LIMIT,
        help_text=_(
            "Tell it as you would in the interview: the situation, your task, what you did, "
            "the result, and what you learned from it."
        ),
    )
    competencies = models.JSONField(_("competencies it proves"), default=list, blank=True)
    happened_on = models.DateField(_("when it happened"), null=True, blank=True)
    # What the analysis found missing at the last save: the matrix and the plan read it cheaply.
    missing_parts = models.JSONField(_("missing STARR parts"), default=list, blank=True)
    # The fingerprint of the analysis rules that found them (coach.analysis.rules_version).
    analysed_with = models.CharField(max_length=16, blank=True, default="", editable=False)
    created = models.DateTimeField(_("created"), default=timezone.now)
    updated = models.DateTimeField(_("last saved"), default=timezone.now)

    objects = ExampleQuerySet.as_manager()

    class Meta:
        ordering = ["-updated", "-pk"]
        verbose_name = _("example")
        verbose_name_plural = _("examples")

    def __str__(self) -> str:
        return self.title

    def get_absolute_url(self) -> str:
        return reverse("preparation:example", args=[self.pk])

    @property
    def is_complete(self) -> bool:
        return not self.missing_parts


class PitchQuerySet(OwnedQuerySet["Pitch"]):
    owner = "user"


class Pitch(models.Model):
    """A short spoken introduction (R4), for one application or general."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    application = models.ForeignKey(
        Application,
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="pitches",
        verbose_name=_("application"),
    )
    text = models.TextField(_("your pitch"), blank=True, max_length=PITCH_LIMIT)
    target_seconds = models.PositiveSmallIntegerField(
        _("target length"), choices=PITCH_TARGETS, default=60
    )
    speaking_seconds = models.PositiveIntegerField(_("estimated speaking time"), default=0)
    updated = models.DateTimeField(_("last saved"), default=timezone.now)

    objects = PitchQuerySet.as_manager()

    class Meta:
        ordering = ["application", "pk"]
        verbose_name = _("pitch")
        verbose_name_plural = _("pitches")
        constraints = [
            models.UniqueConstraint(
                fields=["application"],
                condition=models.Q(application__isnull=False),
                name="one_pitch_per_application",
            ),
            models.UniqueConstraint(
                fields=["user"],
                condition=models.Q(application__isnull=True),
                name="one_general_pitch_per_user",
            ),
            models.CheckConstraint(
                condition=models.Q(target_seconds__in=[30, 60, 90]), name="pitch_target_choice"
            ),
        ]

    def __str__(self) -> str:
        return str(self.application) if self.application_id else str(_("General pitch"))

    def get_absolute_url(self) -> str:
        return reverse("preparation:pitch", args=[self.pk])

    def fits(self, seconds: int) -> bool:
        """A rehearsal fits when it is within 15% of the target length."""
        return abs(seconds - self.target_seconds) <= self.target_seconds * 0.15


class RehearsalQuerySet(OwnedQuerySet["Rehearsal"]):
    owner = "pitch__user"


class Rehearsal(models.Model):
    pitch = models.ForeignKey(Pitch, on_delete=models.CASCADE, related_name="rehearsals")
    seconds = models.PositiveIntegerField(
        _("seconds"), validators=[MinValueValidator(1), MaxValueValidator(REHEARSAL_MAX_SECONDS)]
    )
    created = models.DateTimeField(_("when"), default=timezone.now)

    objects = RehearsalQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("rehearsal")
        verbose_name_plural = _("rehearsals")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(seconds__gte=1) & models.Q(seconds__lte=REHEARSAL_MAX_SECONDS),
                name="rehearsal_seconds_in_range",
            )
        ]

    def __str__(self) -> str:
        return f"{self.pitch}: {self.seconds} s"

    def get_absolute_url(self) -> str:
        return reverse("preparation:pitch", args=[self.pitch_id])

    @property
    def difference(self) -> int:
        """Seconds over (positive) or under (negative) the target."""
        return self.seconds - self.pitch.target_seconds

    @property
    def difference_abs(self) -> int:
        return abs(self.difference)

    @property
    def fits(self) -> bool:
        return self.pitch.fits(self.seconds)


class RoundPlanQuerySet(OwnedQuerySet["RoundPlan"]):
    owner = "round__application__user"


class RoundPlan(models.Model):
    """The six preparation steps for one round (R2): ticks and the topics answer. What the candidate
    wants to find out (G5) lives on the application as FitQuestion rows."""

    round = models.OneToOneField(Round, on_delete=models.CASCADE, related_name="plan")
    ticked = models.JSONField(_("steps ticked off"), default=list, blank=True)
    topics_answer = models.TextField(
        _("your answer"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_("Edit the draft until it sounds like you."),
    )
    updated = models.DateTimeField(_("last saved"), default=timezone.now)

    objects = RoundPlanQuerySet.as_manager()

    class Meta:
        verbose_name = _("preparation plan")
        verbose_name_plural = _("preparation plans")

    def __str__(self) -> str:
        return f"{_('Plan')}: {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("preparation:plan", args=[self.round_id])


class TermsQuerySet(OwnedQuerySet["Terms"]):
    owner = "application__user"


def _money(label: Any) -> models.DecimalField[Any, Any]:
    return models.DecimalField(
        label,
        max_digits=9,
        decimal_places=2,
        null=True,
        blank=True,
        validators=[MinValueValidator(Decimal(0)), MaxValueValidator(MONEY_LIMIT)],
    )


class Terms(models.Model):
    """Your own numbers before round two (S4): read by the offers app to compare an offer."""

    application = models.OneToOneField(Application, on_delete=models.CASCADE, related_name="terms")
    target_monthly = _money(_("target gross salary per month"))
    minimum_monthly = _money(_("minimum gross salary per month"))
    wishes = models.TextField(
        _("wished-for terms"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_("For example: 32 hours a week, a laptop, two days working from home."),
    )

    objects = TermsQuerySet.as_manager()

    class Meta:
        verbose_name = _("salary and terms")
        verbose_name_plural = _("salary and terms")
        constraints = [
            models.CheckConstraint(
                condition=(models.Q(target_monthly__isnull=True) | models.Q(target_monthly__gte=0))
                & (models.Q(minimum_monthly__isnull=True) | models.Q(minimum_monthly__gte=0)),
                name="terms_not_negative",
            ),
            models.CheckConstraint(
                condition=models.Q(target_monthly__isnull=True)
                | models.Q(minimum_monthly__isnull=True)
                | models.Q(minimum_monthly__lte=models.F("target_monthly")),
                name="terms_minimum_not_above_target",
                violation_error_message=_(
                    "Your minimum is higher than your target. Lower the minimum or raise the target."
                ),
            ),
        ]

    def __str__(self) -> str:
        return f"{_('Salary and terms')}: {self.application}"

    def get_absolute_url(self) -> str:
        return reverse("applications:detail", args=[self.application_id])

    @property
    def is_set(self) -> bool:
        return self.target_monthly is not None and self.minimum_monthly is not None
