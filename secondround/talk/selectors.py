"""Reads of the talk app for other apps."""

from __future__ import annotations

import math
from typing import Any

from django.conf import settings
from django.utils.formats import number_format
from django.utils.translation import gettext as _
from django.utils.translation import ngettext

from .models import EngineSettings, Recording


def recording_for_answer(*, answer: Any, recording_id: str | None) -> Recording | None:
    """The recording with this id when it belongs to this mock answer (and so to its owner)."""
    if not recording_id or not str(recording_id).isdigit():
        return None
    return Recording.objects.filter(answer=answer, follow_up=None, pk=int(recording_id)).first()


def ai_wait_seconds(user: Any) -> int | None:
    """How long an answer may wait for the AI interviewer (its timeout), or None when it is off."""
    engines = EngineSettings.objects.filter(user=user).first()
    if engines is None or not engines.interviewer_ready:
        return None
    return max(1, math.ceil(settings.CHAT_TIMEOUT))


def seconds_text(value: float) -> str:
    """Seconds with one decimal in the user's language ("2,5" in Dutch)."""
    return number_format(value, decimal_pos=1)


def recording_summary(recording: Recording) -> str:
    pauses = ", ".join(f"{seconds_text(p)} s" for p in recording.pauses)
    spoke = _("You spoke for %(seconds)s s.") % {
        "seconds": seconds_text(recording.speaking_seconds)
    }
    if not pauses:
        return f"{spoke} {_('No long pauses.')}"
    longest = ngettext(
        "Longest pause: %(pauses)s.", "Longest pauses: %(pauses)s.", len(recording.pauses)
    ) % {"pauses": pauses}
    return f"{spoke} {longest}"


def keeps_audio(user: Any) -> bool:
    """Whether any recording of `user` has a file name (its audio may come along in an export)."""
    return Recording.objects.for_user(user).exclude(file_name="").exists()
