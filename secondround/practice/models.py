"""Practice: own questions in the bank, questions to ask per round, mock interviews and drills."""

from __future__ import annotations

from typing import TYPE_CHECKING

from django.conf import settings
from django.core.validators import MaxValueValidator
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from secondround.coach.follow_up_answers import answered_again, parts_supplied
from secondround.owned import OwnedQuerySet

QUESTION_LIMIT = 1000
ANSWER_LIMIT = 20_000
MAX_SECONDS = 3600

if TYPE_CHECKING:
    from django_stubs_ext import StrOrPromise


class Direction(models.TextChoices):
    THEY_ASK = "they_ask", _("They may ask")
    TO_ASK = "to_ask", _("To ask them")


class RoundFit(models.TextChoices):
    BOTH = "both", _("Any round")
    FIRST = "first", _("Mostly round one")
    SECOND = "second", _("Mostly round two")


class OwnQuestionQuerySet(OwnedQuerySet["OwnQuestion"]):
    owner = "user"


class OwnQuestion(models.Model):
    """A question the user added to the bank; only this user sees it."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    direction = models.CharField(
        _("kind of question"), max_length=10, choices=Direction.choices, default=Direction.THEY_ASK
    )
    text = models.TextField(_("question"), max_length=QUESTION_LIMIT)
    kinds = models.JSONField(_("who asks or hears it"), default=list, blank=True)
    category = models.CharField(_("category"), max_length=40, blank=True)
    round = models.CharField(
        _("which round"), max_length=10, choices=RoundFit.choices, default=RoundFit.BOTH
    )
    tests = models.TextField(_("what it may really test"), blank=True, max_length=QUESTION_LIMIT)
    tip = models.TextField(_("tip"), blank=True, max_length=QUESTION_LIMIT)
    created = models.DateTimeField(_("created"), default=timezone.now)

    objects = OwnQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("own question")
        verbose_name_plural = _("own questions")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(direction__in=["they_ask", "to_ask"]),
                name="own_question_direction",
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("practice:own_edit", args=[self.pk])

    @property
    def bank_id(self) -> str:
        return f"own:{self.pk}"


class RoundQuestionQuerySet(OwnedQuerySet["RoundQuestion"]):
    owner = "round__application__user"


class RoundQuestion(models.Model):
    """A question the candidate wants to ask at this round (D5, D7), in the order of asking."""

    round = models.ForeignKey(
        "applications.Round", on_delete=models.CASCADE, related_name="questions_to_ask"
    )
    text = models.TextField(_("question"), max_length=QUESTION_LIMIT)
    source_id = models.CharField(_("suggested question"), max_length=60, blank=True)
    position = models.PositiveIntegerField(_("position"), default=1)
    interviewer = models.ForeignKey(
        "applications.Interviewer",
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="questions_for_them",
        verbose_name=_("for whom"),
        help_text=_("Tie the question to one person, or leave it for everyone at the table."),
    )

    objects = RoundQuestionQuerySet.as_manager()

    class Meta:
        ordering = ["round", "position", "pk"]
        verbose_name = _("question to ask")
        verbose_name_plural = _("questions to ask")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(position__gte=1), name="round_question_position"
            ),
        ]

    def __str__(self) -> str:
        return self.text[:80]

    def get_absolute_url(self) -> str:
        return reverse("practice:round_questions", args=[self.round_id])


class AnswerType(models.TextChoices):
    STAR = "star", _("A STARR example")
    PITCH = "pitch", _("A pitch")
    OPINION = "opinion", _("Your view")
    SHORT = "short", _("A short answer")


# The kinds as they read mid-sentence ("This question asks for: your opinion."); the labels
# above stand on their own, as in the admin.
ASKS_FOR: dict[str, StrOrPromise] = {
    AnswerType.STAR: _("a STARR example"),
    AnswerType.PITCH: _("a pitch"),
    AnswerType.OPINION: _("your opinion"),
    AnswerType.SHORT: _("a short answer"),
}


class MockSessionQuerySet(OwnedQuerySet["MockSession"]):
    owner = "user"

    def interviews(self) -> MockSessionQuerySet:
        """Practice interviews of several questions, not one bank question practised on its own."""
        return self.filter(single=False)

    def singles(self) -> MockSessionQuerySet:
        return self.filter(single=True)


class MockSession(models.Model):
    """One practice interview for a round, composed from the panel at the table; or one question
    from the bank practised on its own (`single`), for the round the user meets next or, before
    there is any round, for no round at all."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    round = models.ForeignKey(
        "applications.Round",
        on_delete=models.CASCADE,
        related_name="mock_sessions",
        null=True,
        blank=True,
    )
    single = models.BooleanField(_("one question from the bank"), default=False)
    started = models.DateTimeField(_("started"), default=timezone.now)
    finished = models.DateTimeField(_("finished"), null=True, blank=True)
    seed = models.PositiveIntegerField(_("seed"), default=0)
    lang = models.CharField(_("language"), max_length=2, default="nl")

    objects = MockSessionQuerySet.as_manager()

    class Meta:
        ordering = ["-started", "-pk"]
        verbose_name = _("practice interview")
        verbose_name_plural = _("practice interviews")
        constraints = [
            # Only a single bank question can be practised without a round.
            models.CheckConstraint(
                condition=models.Q(single=True) | models.Q(round__isnull=False),
                name="mock_session_round_unless_single",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.round or self.user} · {self.started:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("practice:session", args=[self.pk])


class Attempt(models.Model):
    """What the user answered to a practice question, and how the coach read it."""

    answer_text = models.TextField(_("your answer"), blank=True, max_length=ANSWER_LIMIT)
    seconds_taken = models.PositiveIntegerField(
        _("seconds you took"), null=True, blank=True, validators=[MaxValueValidator(MAX_SECONDS)]
    )
    analysis = models.JSONField(_("analysis"), null=True, blank=True)
    answered_at = models.DateTimeField(_("answered"), null=True, blank=True)
    # The interviewer's follow-up questions after the answer, in the order asked: each a dict with
    # text, reason, targets, asker, source ("rules" or "ai"), and the candidate's answer.
    follow_ups = models.JSONField(_("follow-up questions"), default=list, blank=True)
    follow_up_note = models.CharField(_("about the follow-ups"), max_length=300, blank=True)

    class Meta:
        abstract = True

    @property
    def is_answered(self) -> bool:
        return self.answered_at is not None

    @property
    def answered_on_topic(self) -> bool:
        """The answer itself answered this question (older answers count as on topic)."""
        return (self.analysis or {}).get("on_topic", True) is not False

    @property
    def is_on_topic(self) -> bool:
        """False when neither the answer nor the answer to the question asked again ("that is not
        what I asked") answered this question."""
        return self.answered_on_topic or answered_again(self.follow_ups)

    def has_part(self, part: str) -> bool:
        """The part is there, in the answer or in the answer to a follow-up that asked for it: the
        whole exchange counts. An off-topic story does not count, whatever followed it, unless the
        question asked again was answered: then that answer and what followed it count."""
        present = ((self.analysis or {}).get(part) or {}).get("present")
        own = bool(present) and self.answered_on_topic
        return (own or part in self.follow_up_parts) and self.is_on_topic

    @property
    def follow_up_parts(self) -> list[str]:
        """The STARR parts that answers to follow-ups supplied, in the order they were asked."""
        return [
            part
            for item in self.follow_ups
            if item.get("answered")
            for part in parts_supplied(item.get("heard"))
        ]


ATTEMPT_FIELDS = (
    "answer_text",
    "seconds_taken",
    "analysis",
    "answered_at",
    "follow_ups",
    "follow_up_note",
)


class MockAnswerQuerySet(OwnedQuerySet["MockAnswer"]):
    owner = "session__user"


class MockAnswer(Attempt):
    """One question of a practice interview, why it was chosen, and what the user answered last.
    The attempts before an improved answer are kept apart (`earlier_attempts`) and never counted."""

    session = models.ForeignKey(MockSession, on_delete=models.CASCADE, related_name="answers")
    position = models.PositiveSmallIntegerField(_("position"))
    question_id = models.CharField(_("question id"), max_length=60)
    question_text = models.TextField(_("question"), max_length=QUESTION_LIMIT)
    reasons = models.JSONField(_("why this question"), default=list, blank=True)
    asker = models.CharField(_("who asks it"), max_length=200, blank=True)
    target_min = models.PositiveIntegerField(_("target from (seconds)"), default=60)
    target_max = models.PositiveIntegerField(_("target to (seconds)"), default=120)
    answer_type = models.CharField(
        _("kind of answer"), max_length=10, choices=AnswerType.choices, default=AnswerType.STAR
    )
    # While an answered question is being improved, the new text waits here: the answer and its
    # analysis stay as they were until the new one is submitted.
    draft_text = models.TextField(
        _("better answer in progress"), blank=True, max_length=ANSWER_LIMIT
    )

    objects = MockAnswerQuerySet.as_manager()

    class Meta:
        ordering = ["session", "position"]
        verbose_name = _("practice answer")
        verbose_name_plural = _("practice answers")
        constraints = [
            models.UniqueConstraint(fields=["session", "position"], name="one_answer_per_position"),
            models.CheckConstraint(
                condition=models.Q(target_min__lte=models.F("target_max")),
                name="answer_target_order",
            ),
        ]

    def __str__(self) -> str:
        return f"{self.position}. {self.question_text[:60]}"

    def get_absolute_url(self) -> str:
        return reverse("practice:answer", args=[self.pk])

    @property
    def asks_for(self) -> str:
        """What kind of answer the question asks for, in lower case to read mid-sentence."""
        return str(ASKS_FOR.get(self.answer_type, ASKS_FOR[AnswerType.STAR]))

    @property
    def open_follow_up(self) -> int | None:
        """The index of the first follow-up not answered yet, or None."""
        return next((i for i, f in enumerate(self.follow_ups) if not f.get("answered")), None)


class EarlierAttemptQuerySet(OwnedQuerySet["EarlierAttempt"]):
    owner = "answer__session__user"


class EarlierAttempt(Attempt):
    """An answer the user replaced with an improved one: kept to compare, never counted."""

    answer = models.ForeignKey(
        MockAnswer, on_delete=models.CASCADE, related_name="earlier_attempts"
    )

    objects = EarlierAttemptQuerySet.as_manager()

    class Meta:
        ordering = ["answer", "answered_at", "pk"]
        verbose_name = _("earlier attempt")
        verbose_name_plural = _("earlier attempts")
        constraints = [
            models.CheckConstraint(
                condition=models.Q(answered_at__isnull=False), name="earlier_attempt_answered"
            ),
        ]

    def __str__(self) -> str:
        return f"{self.answer} · {self.answered_at:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return self.answer.get_absolute_url()

    # Read as the question asks: what kind of answer, and in how many seconds.
    @property
    def answer_type(self) -> str:
        return self.answer.answer_type

    @property
    def target_min(self) -> int:
        return self.answer.target_min

    @property
    def target_max(self) -> int:
        return self.answer.target_max


class DrillAttemptQuerySet(OwnedQuerySet["DrillAttempt"]):
    owner = "user"


class DrillAttempt(models.Model):
    """One try at a difficult-question or closing drill (D2, D7)."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    drill_id = models.CharField(_("drill"), max_length=60)
    answer = models.TextField(_("your response"), max_length=ANSWER_LIMIT)
    passed = models.BooleanField(_("passed"), default=False)
    found = models.JSONField(_("found"), default=list, blank=True)
    missing = models.JSONField(_("missing"), default=list, blank=True)
    created = models.DateTimeField(_("created"), default=timezone.now)

    objects = DrillAttemptQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("drill attempt")
        verbose_name_plural = _("drill attempts")

    def __str__(self) -> str:
        return f"{self.drill_id} · {self.created:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("practice:drill", args=[self.drill_id])
