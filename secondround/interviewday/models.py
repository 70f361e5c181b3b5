"""Interview day and after: the sheet options, announced assignments (R5), the reflection (A1) and the
expected decision with its outcome (A2). Every row hangs off a round of the foundation."""

from __future__ import annotations

from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from secondround.applications.selectors import TEXT_LIMIT
from secondround.owned import OwnedQuerySet

SHORT_LIMIT = 4000


class SheetOptionsQuerySet(OwnedQuerySet["SheetOptions"]):
    owner = "round__application__user"


class SheetOptions(models.Model):
    """What the one-page sheet of a round may show. Salary numbers stay off until the user ticks it."""

    round = models.OneToOneField(
        "applications.Round", on_delete=models.CASCADE, related_name="sheet_options"
    )
    show_salary = models.BooleanField(_("show my salary numbers on the sheet"), default=False)

    objects = SheetOptionsQuerySet.as_manager()

    class Meta:
        verbose_name = _("sheet options")
        verbose_name_plural = _("sheet options")

    def __str__(self) -> str:
        return f"{_('Sheet')}: {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("interviewday:sheet", args=[self.round_id])


class AssignmentType(models.TextChoices):
    TRIAL = "trial_assignment", _("Trial assignment")
    ASSESSMENT = "assessment", _("Assessment")
    SHADOWING = "job_shadowing", _("Job shadowing")
    PRESENTATION = "presentation", _("Presentation")
    SALES_PITCH = "sales_pitch", _("Sales pitch")


class AssessmentPart(models.TextChoices):
    NONE = "", _("Not applicable")
    CAPACITY = "capacity_test", _("Capacity test")
    PERSONALITY = "personality_questionnaire", _("Personality questionnaire")
    ROLE_PLAY = "role_play", _("Role play")
    OTHER = "other", _("Something else")


class AssignmentQuerySet(OwnedQuerySet["Assignment"]):
    owner = "round__application__user"


class Assignment(models.Model):
    """An assignment or assessment announced for a round (R5), with the checklist items ticked off."""

    round = models.ForeignKey(
        "applications.Round", on_delete=models.CASCADE, related_name="assignments"
    )
    type = models.CharField(_("kind of assignment"), max_length=30, choices=AssignmentType.choices)
    subtype = models.CharField(
        _("kind of assessment"),
        max_length=30,
        choices=AssessmentPart.choices,
        blank=True,
        help_text=_("Only for an assessment."),
    )
    description = models.TextField(
        _("what they told you"),
        blank=True,
        max_length=SHORT_LIMIT,
        help_text=_("For example the topic, how long it may take and what to hand in."),
    )
    due_on = models.DateField(
        _("date"),
        null=True,
        blank=True,
        help_text=_(
            "When it takes place or must be handed in. Leave empty if it is on the day itself."
        ),
    )
    ticked = models.JSONField(_("checklist items done"), default=list, blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now)

    objects = AssignmentQuerySet.as_manager()

    class Meta:
        ordering = ["round", "created", "pk"]
        verbose_name = _("assignment")
        verbose_name_plural = _("assignments")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(subtype="") | models.Q(type="assessment"),
                name="assessment_part_only_for_assessments",
                violation_error_message=_("Choose a kind of assessment only for an assessment."),
            ),
        ]

    def __str__(self) -> str:
        return f"{self.get_type_display()}: {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("interviewday:assignment", args=[self.pk])

    def clean(self) -> None:
        if not isinstance(self.ticked, list) or not all(isinstance(k, str) for k in self.ticked):
            raise ValidationError({"ticked": _("The checklist must be a list of item keys.")})
        if self.subtype and self.type != AssignmentType.ASSESSMENT:
            raise ValidationError(
                {
                    "subtype": _(
                        "Choose a kind of assessment only when the assignment is an assessment."
                    )
                }
            )


class Outcome(models.TextChoices):
    WAITING = "", _("Waiting for news")
    NEXT_ROUND = "next_round", _("Invited for a next round")
    OFFER = "offer", _("Offer")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("I withdrew")


class DecisionQuerySet(OwnedQuerySet["Decision"]):
    owner = "round__application__user"

    def waiting(self) -> DecisionQuerySet:
        return self.filter(outcome=Outcome.WAITING)


class Decision(models.Model):
    """When to expect news after a round (A2), what they said about it, and what the news was."""

    round = models.OneToOneField(
        "applications.Round", on_delete=models.CASCADE, related_name="decision"
    )
    said_date = models.DateField(
        _("they said: news on"),
        null=True,
        blank=True,
        help_text=_("Fill this in if they named a date."),
    )
    said_weeks = models.PositiveSmallIntegerField(
        _("they said: within this many weeks"),
        null=True,
        blank=True,
        validators=[MinValueValidator(1), MaxValueValidator(26)],
        help_text=_("Fill this in if they said “within … weeks”."),
    )
    fast_employer = models.BooleanField(
        _("this employer decides fast"),
        default=False,
        help_text=_("Some employers decide within two weeks. Tick this if that is what you heard."),
    )
    earliest = models.DateField(_("news at the earliest"), null=True, blank=True)
    latest = models.DateField(_("news at the latest"), null=True, blank=True)
    follow_up_on = models.DateField(_("follow up on"), null=True, blank=True)
    source = models.CharField(_("based on"), max_length=20, blank=True)
    outcome = models.CharField(
        _("outcome"), max_length=20, choices=Outcome.choices, blank=True, default=Outcome.WAITING
    )
    outcome_on = models.DateField(_("outcome recorded on"), null=True, blank=True)
    lesson = models.TextField(_("what I learn from it"), blank=True, max_length=TEXT_LIMIT)

    objects = DecisionQuerySet.as_manager()

    class Meta:
        verbose_name = _("expected decision")
        verbose_name_plural = _("expected decisions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(said_weeks__isnull=True)
                | (models.Q(said_weeks__gte=1) & models.Q(said_weeks__lte=26)),
                name="said_weeks_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{_('Decision')}: {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("interviewday:decision", args=[self.round_id])

    @property
    def is_waiting(self) -> bool:
        return self.outcome == Outcome.WAITING
