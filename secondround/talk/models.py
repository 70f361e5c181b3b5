"""Speaking practice and the opt-in engines: recordings of spoken answers (audio in the user's data
folder), and the user's own transcription and AI-interviewer settings (off by default)."""

from __future__ import annotations

from pathlib import Path

from django.conf import settings
from django.db import models
from django.urls import reverse
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from secondround.owned import OwnedQuerySet
from secondround.practice.models import ANSWER_LIMIT, MockAnswer

URL_LIMIT = 500


class EngineSettingsQuerySet(OwnedQuerySet["EngineSettings"]):
    owner = "user"


class EngineSettings(models.Model):
    """Where transcription and the AI interviewer send their requests. Both are off until the
    user turns them on; the AI interviewer also needs consent for the host it sends to."""

    user = models.OneToOneField(
        settings.AUTH_USER_MODEL, on_delete=models.CASCADE, related_name="engine_settings"
    )
    transcription_on = models.BooleanField(_("transcribe my recordings"), default=False)
    transcription_url = models.URLField(_("transcription server"), blank=True, max_length=URL_LIMIT)
    transcription_model = models.CharField(_("transcription model"), blank=True, max_length=200)
    transcription_key = models.CharField(_("transcription key"), blank=True, max_length=500)
    interviewer_on = models.BooleanField(_("use the AI interviewer"), default=False)
    chat_url = models.URLField(_("chat server"), blank=True, max_length=URL_LIMIT)
    chat_model = models.CharField(_("chat model"), blank=True, max_length=200)
    chat_key = models.CharField(_("chat key"), blank=True, max_length=500)
    send_notes = models.BooleanField(_("also send my round-one notes"), default=False)
    consent_host = models.CharField(_("host agreed to"), blank=True, max_length=URL_LIMIT)
    consented_at = models.DateTimeField(_("agreed on"), null=True, blank=True)

    objects = EngineSettingsQuerySet.as_manager()

    class Meta:
        verbose_name = _("engine settings")
        verbose_name_plural = _("engine settings")

    def __str__(self) -> str:
        return f"{_('Engine settings')}: {self.user}"

    def get_absolute_url(self) -> str:
        return reverse("talk:settings")

    @property
    def transcription_ready(self) -> bool:
        return self.transcription_on and bool(self.transcription_url)

    @property
    def chat_host(self) -> str:
        from .client import host_of

        return host_of(self.chat_url) if self.chat_url else ""

    @property
    def interviewer_ready(self) -> bool:
        """On, configured, and agreed to for exactly the host it sends to now."""
        configured = self.interviewer_on and bool(self.chat_url and self.chat_model)
        return configured and self.consented_at is not None and self.consent_host == self.chat_host


class RecordingQuerySet(OwnedQuerySet["Recording"]):
    owner = "user"


class Recording(models.Model):
    """One spoken answer: the audio file in the data folder, what it shows (speaking time, the
    longest pauses) and its transcript."""

    user = models.ForeignKey(settings.AUTH_USER_MODEL, on_delete=models.CASCADE)
    answer = models.ForeignKey(
        MockAnswer, on_delete=models.SET_NULL, null=True, blank=True, related_name="recordings"
    )
    follow_up = models.PositiveSmallIntegerField(_("follow-up question"), null=True, blank=True)
    drill_id = models.CharField(_("drill"), max_length=60, blank=True)
    question_text = models.TextField(_("question"), blank=True, max_length=ANSWER_LIMIT)
    file_name = models.CharField(_("audio file"), max_length=100, blank=True)
    content_type = models.CharField(_("kind of audio"), max_length=100, default="audio/webm")
    size = models.PositiveIntegerField(_("size in bytes"), default=0)
    duration_seconds = models.FloatField(_("length (seconds)"), default=0)
    speaking_seconds = models.FloatField(_("speaking time (seconds)"), default=0)
    pauses = models.JSONField(_("longest pauses (seconds)"), default=list, blank=True)
    transcript = models.TextField(_("transcript"), blank=True, max_length=ANSWER_LIMIT)
    transcribed_by = models.CharField(_("transcribed by"), blank=True, max_length=URL_LIMIT)
    created = models.DateTimeField(_("recorded"), default=timezone.now)

    objects = RecordingQuerySet.as_manager()

    class Meta:
        ordering = ["-created", "-pk"]
        verbose_name = _("recording")
        verbose_name_plural = _("recordings")

    def __str__(self) -> str:
        return f"{self.question_text[:60]} · {self.created:%Y-%m-%d %H:%M}"

    def get_absolute_url(self) -> str:
        return reverse("talk:recordings")

    @property
    def path(self) -> Path | None:
        """Where the audio lives; None when this computer does not hold it (after an import)."""
        if not self.file_name:
            return None
        found = Path(settings.AUDIO_DIR) / str(self.user_id) / self.file_name
        return found if found.is_file() else None
