"""Applications, their interview rounds, the people at the table, and the notes after a round."""

from __future__ import annotations

from datetime import timedelta
from typing import Any

from django.conf import settings
from django.core.exceptions import ValidationError
from django.core.validators import MaxValueValidator, MinValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from secondround.coach.address import Address, address_for
from secondround.coach.goals import CLOSED_STAGES
from secondround.coach.notes import note_lines
from secondround.coach.round_notes import split_points
from secondround.owned import OwnedQuerySet

TEXT_LIMIT = 20_000
VACANCY_LIMIT = 50_000


class Stage(models.TextChoices):
    LETTER = "letter", _("Letter sent")
    ROUND_ONE = "round_one", _("Round one")
    ROUND_TWO = "round_two", _("Round two")
    FURTHER = "further", _("Further rounds")
    OFFER = "offer", _("Offer")
    ACCEPTED = "accepted", _("Accepted")
    DECLINED = "declined", _("Declined")
    REJECTED = "rejected", _("Rejected")
    WITHDRAWN = "withdrawn", _("Withdrawn")


class Sector(models.TextChoices):
    UNKNOWN = "", _("Not specified")
    BUSINESS = "business", _("Business")
    GOVERNMENT = "government", _("Government")
    HEALTHCARE = "healthcare", _("Healthcare")
    EDUCATION = "education", _("Education")
    NONPROFIT = "nonprofit", _("Non-profit")


class FormOfAddress(models.TextChoices):
    AUTOMATIC = "", _("Automatic")
    JE = "je", _("je (informal)")
    U = "u", _("u (formal)")


class ApplicationQuerySet(OwnedQuerySet["Application"]):
    owner = "user"

    def active(self) -> ApplicationQuerySet:
        return self.filter(archived=False).exclude(stage__in=CLOSED_STAGES)


class Application(models.Model):
    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    company = models.CharField(_("company"), max_length=200)
    role = models.CharField(_("role"), max_length=200)
    vacancy_text = models.TextField(
        _("vacancy text"),
        blank=True,
        max_length=VACANCY_LIMIT,
        help_text=_("Paste the whole vacancy: the app reads which skills it asks for."),
    )
    vacancy_url = models.URLField(_("link to the vacancy"), blank=True, max_length=1000)
    sector = models.CharField(_("sector"), max_length=20, choices=Sector.choices, blank=True)
    stage = models.CharField(_("stage"), max_length=20, choices=Stage.choices, default=Stage.LETTER)
    goal = models.TextField(
        _("my goal for the next step"),
        blank=True,
        max_length=2000,
        help_text=_("In your own words: what do you want to reach in the next step?"),
    )
    research = models.TextField(
        _("my research"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_(
            "What you found about the company: products and services, recent news, how they "
            "present themselves. It stays with the application for every round."
        ),
    )
    form_of_address = models.CharField(
        _("je or u in letters"),
        max_length=2,
        choices=FormOfAddress.choices,
        blank=True,
        default=FormOfAddress.AUTOMATIC,
        help_text=_("Automatic: u for a government employer, je otherwise."),
    )
    archived = models.BooleanField(_("archived"), default=False)
    created = models.DateTimeField(_("created"), default=timezone.now)

    objects = ApplicationQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("application")
        verbose_name_plural = _("applications")

    def __str__(self) -> str:
        return f"{self.role} — {self.company}"

    def get_absolute_url(self) -> str:
        return reverse("applications:detail", args=[self.pk])

    @property
    def is_closed(self) -> bool:
        return self.stage in CLOSED_STAGES

    @property
    def address(self) -> Address:
        """Je or u for letters to this employer as a whole."""
        return address_for(self.form_of_address, sector=self.sector)


class InterviewerKind(models.TextChoices):
    HR = "hr", _("HR or recruiter")
    COLLEAGUE = "colleague", _("Future colleague")
    MANAGER = "manager", _("Manager")
    DIRECTOR = "director", _("Director or partner")
    OTHER = "other", _("Other")


class InterviewerQuerySet(OwnedQuerySet["Interviewer"]):
    owner = "application__user"


class Interviewer(models.Model):
    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="interviewers"
    )
    name = models.CharField(_("name"), max_length=200)
    role_title = models.CharField(_("job title"), max_length=200, blank=True)
    kind = models.CharField(
        _("kind of interviewer"),
        max_length=20,
        choices=InterviewerKind.choices,
        default=InterviewerKind.OTHER,
    )
    profile_url = models.URLField(
        _("profile link"),
        blank=True,
        max_length=1000,
        help_text=_("For example their professional profile page: look them up beforehand."),
    )
    notes = models.TextField(_("my notes on this person"), blank=True, max_length=TEXT_LIMIT)
    form_of_address = models.CharField(
        _("je or u"),
        max_length=2,
        choices=FormOfAddress.choices,
        blank=True,
        default=FormOfAddress.AUTOMATIC,
        help_text=_(
            "Automatic: u for a director or partner or a government employer, je otherwise."
        ),
    )
    # Research per person (P1): look each interviewer up before the talk.
    looked_up = models.BooleanField(_("I looked this person up"), default=False)
    found = models.TextField(
        _("what I found"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_("For example their background, how long they work there, what they posted."),
    )
    cares_about = models.TextField(
        _("what they care about"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_("What matters to this person in the work, and what they will listen for."),
    )
    question_for = models.TextField(
        _("my question for this person"),
        blank=True,
        max_length=2000,
        help_text=_("One question you want to ask them in particular."),
    )

    objects = InterviewerQuerySet.as_manager()

    class Meta:
        ordering = ["name", "pk"]
        verbose_name = _("interviewer")
        verbose_name_plural = _("interviewers")

    def __str__(self) -> str:
        return self.name

    def get_absolute_url(self) -> str:
        return reverse("applications:detail", args=[self.application_id])

    @property
    def address(self) -> Address:
        """Je or u between the candidate and this person."""
        return address_for(self.form_of_address, kind=self.kind, sector=self.application.sector)


class RoundFormat(models.TextChoices):
    ON_SITE = "on_site", _("On site")
    VIDEO = "video", _("Video call")
    PHONE = "phone", _("Phone")


class RoundStatus(models.TextChoices):
    PLANNED = "planned", _("Planned")
    DONE = "done", _("Done")
    CANCELLED = "cancelled", _("Cancelled")


class RoundQuerySet(OwnedQuerySet["Round"]):
    owner = "application__user"

    def upcoming(self) -> RoundQuerySet:
        return self.filter(status=RoundStatus.PLANNED, starts_at__gte=timezone.now()).order_by(
            "starts_at"
        )


class Round(models.Model):
    application = models.ForeignKey(Application, on_delete=models.CASCADE, related_name="rounds")
    number = models.PositiveSmallIntegerField(
        _("round number"), validators=[MinValueValidator(1), MaxValueValidator(20)]
    )
    starts_at = models.DateTimeField(_("date and time"), null=True, blank=True)
    duration_minutes = models.PositiveSmallIntegerField(
        _("duration in minutes"),
        default=60,
        validators=[MinValueValidator(5), MaxValueValidator(600)],
    )
    format = models.CharField(
        _("format"), max_length=10, choices=RoundFormat.choices, default=RoundFormat.ON_SITE
    )
    location = models.CharField(_("place"), max_length=300, blank=True)
    video_link = models.URLField(_("video link"), blank=True, max_length=1000)
    status = models.CharField(
        _("status"), max_length=10, choices=RoundStatus.choices, default=RoundStatus.PLANNED
    )
    interviewers = models.ManyToManyField(
        Interviewer, blank=True, related_name="rounds", verbose_name=_("people at the table")
    )
    own_goal = models.TextField(
        _("my goal for this round"),
        blank=True,
        max_length=2000,
        help_text=_("In your own words: what do you want to reach in this round?"),
    )

    objects = RoundQuerySet.as_manager()

    class Meta:
        ordering = ["application", "number"]
        verbose_name = _("round")
        verbose_name_plural = _("rounds")
        constraints = [
            models.UniqueConstraint(
                fields=["application", "number"],
                name="one_round_per_number",
                violation_error_message=_("This application already has a round with this number."),
            ),
            models.CheckConstraint(
                condition=models.Q(number__gte=1) & models.Q(number__lte=20),
                name="round_number_in_range",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.application} · {_('round')} {self.number}"

    def get_absolute_url(self) -> str:
        return reverse("applications:round", args=[self.pk])

    @property
    def ends_at(self) -> Any:
        if self.starts_at is None:
            return None
        return self.starts_at + timedelta(minutes=self.duration_minutes)

    @property
    def done_before_start(self) -> bool:
        """Marked done while its date still lies ahead: one of the two is wrong."""
        return (
            self.status == RoundStatus.DONE
            and self.starts_at is not None
            and self.starts_at > timezone.now()
        )


class DebriefQuerySet(OwnedQuerySet["Debrief"]):
    owner = "round__application__user"


class Debrief(models.Model):
    """What the candidate wrote down right after a round, one per round: what she learned, what
    to come back to and what she still wants to find out herself (R1), shown again when preparing
    the next; and looking back (A1): how it went, what to do better, and which questions they
    asked, for practice to focus on."""

    round = models.OneToOneField(Round, on_delete=models.CASCADE, related_name="debrief")
    learned_role = models.TextField(_("about the role"), blank=True, max_length=TEXT_LIMIT)
    learned_company = models.TextField(_("about the company"), blank=True, max_length=TEXT_LIMIT)
    learned_colleagues = models.TextField(
        _("about the colleagues"), blank=True, max_length=TEXT_LIMIT
    )
    learned_collaborations = models.TextField(
        _("about collaborations"), blank=True, max_length=TEXT_LIMIT
    )
    learned_products = models.TextField(
        _("about products and services"), blank=True, max_length=TEXT_LIMIT
    )
    went_well = models.TextField(_("what went well"), blank=True, max_length=TEXT_LIMIT)
    doubts = models.TextField(
        _("what they may still doubt or ask"), blank=True, max_length=TEXT_LIMIT
    )
    topics = models.TextField(
        _("topics to come back to"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_(
            "What may come up again in the conversation: they ask about it, or you bring it up. "
            "One topic per line."
        ),
    )
    # Not for the interviewer: the mock never asks these. The next round's plan lists them to
    # look up or to ask them, and the sheet shows those still open.
    find_out = models.TextField(
        _("what I still want to find out"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_(
            "What you look up yourself or ask them before the next round, such as how they "
            "measure customer satisfaction. The practice interview does not ask about these. "
            "One point per line."
        ),
    )
    found_out = models.JSONField(_("points found out"), default=list, blank=True)
    # Looking back (A1), written on the reflection page of the interview day.
    how_it_went = models.TextField(_("how did it go?"), blank=True, max_length=TEXT_LIMIT)
    to_improve = models.TextField(_("what I want to do better"), blank=True, max_length=TEXT_LIMIT)
    surprised_by = models.TextField(_("what surprised me"), blank=True, max_length=TEXT_LIMIT)
    asked_question_ids = models.JSONField(_("questions they asked"), default=list, blank=True)
    asked_other = models.TextField(
        _("other questions they asked"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_("One question per line."),
    )
    updated = models.DateTimeField(_("last saved"), default=timezone.now)

    objects = DebriefQuerySet.as_manager()

    class Meta:
        verbose_name = _("round notes")
        verbose_name_plural = _("round notes")

    def __str__(self) -> str:
        return f"{_('Notes')}: {self.round}"

    def get_absolute_url(self) -> str:
        return reverse("applications:round", args=[self.round_id])

    def clean(self) -> None:
        ids = self.asked_question_ids
        if not isinstance(ids, list) or not all(isinstance(i, str) and len(i) <= 100 for i in ids):
            raise ValidationError({"asked_question_ids": _("Tick questions from the list.")})
        done = self.found_out
        if not isinstance(done, list) or not all(
            isinstance(p, str) and len(p) <= TEXT_LIMIT for p in done
        ):
            raise ValidationError(
                {"found_out": _("Tick off only points from what you want to find out.")}
            )

    @property
    def topic_list(self) -> list[str]:
        return note_lines(self.topics)

    @property
    def find_out_points(self) -> list[str]:
        """What the candidate still wants to find out, one point each, as the plan lists them."""
        return split_points(self.find_out)

    @property
    def first_went_well(self) -> str:
        return next(iter(note_lines(self.went_well)), "")

    @property
    def looked_back(self) -> bool:
        """Whether the candidate wrote her reflection (A1) on this round."""
        return bool(self.asked_question_ids) or any(
            getattr(self, name).strip() for name in LOOKING_BACK
        )

    @property
    def is_empty(self) -> bool:
        return not any(getattr(self, name).strip() for name in DEBRIEF_TEXTS)


# The round notes page (R1) edits these; the reflection page of the interview day (A1) the rest.
NOTES_TEXTS = (
    "learned_role",
    "learned_company",
    "learned_colleagues",
    "learned_collaborations",
    "learned_products",
    "went_well",
    "doubts",
    "topics",
    "find_out",
)
LOOKING_BACK = ("how_it_went", "to_improve", "surprised_by", "asked_other")
DEBRIEF_TEXTS = NOTES_TEXTS + LOOKING_BACK
# What the practice interviewer may know of the notes: not what the candidate wants to find out.
INTERVIEWER_TEXTS = tuple(name for name in DEBRIEF_TEXTS if name != "find_out")


def filled_debrief_exists() -> models.Exists:
    """For a Round queryset: whether the round has notes with at least one field filled in."""
    empty = models.Q(**{name: "" for name in DEBRIEF_TEXTS})
    return models.Exists(Debrief.objects.filter(round=models.OuterRef("pk")).exclude(empty))


class FitQuestionQuerySet(OwnedQuerySet["FitQuestion"]):
    owner = "application__user"

    def open(self) -> FitQuestionQuerySet:
        return self.filter(answer="")


class FitQuestion(models.Model):
    """Something the candidate wants to find out to know whether the job fits (G5, R2), and what
    they found out. It belongs to the application: it travels from plan to sheet, reflection and
    offer, so the choice is about the job and not only the money."""

    application = models.ForeignKey(
        Application, on_delete=models.CASCADE, related_name="fit_questions"
    )
    text = models.CharField(_("what I want to find out"), max_length=500)
    answer = models.TextField(
        _("what I found out"),
        blank=True,
        max_length=TEXT_LIMIT,
        help_text=_("Leave it empty while you do not know yet."),
    )
    answered_in = models.ForeignKey(
        Round,
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="fit_answers",
        verbose_name=_("found out in round"),
    )
    created = models.DateTimeField(_("created"), default=timezone.now)

    objects = FitQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["application", "created", "pk"]
        verbose_name = _("fit question")
        verbose_name_plural = _("fit questions")

    def __str__(self) -> str:
        return self.text

    def get_absolute_url(self) -> str:
        return reverse("applications:detail", args=[self.application_id]) + "#fit"

    @property
    def is_open(self) -> bool:
        return not self.answer.strip()
