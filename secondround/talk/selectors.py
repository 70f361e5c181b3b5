"""Reads of the talk app for other apps."""

from __future__ import annotations

import math
from typing import Any

from .models import Recording


def recording_for_answer(*, answer: Any, recording_id: str | None) -> Recording | None:
    """The recording with this id when it belongs to this mock answer (and so to its owner)."""
    if not recording_id or not str(recording_id).isdigit():
        return None
    return Recording.objects.filter(answer=answer, follow_up=None, pk=int(recording_id)).first()


def ai_wait_seconds(user: Any) -> int | None:
    """How long an answer may wait for the AI interviewer (its timeout), or None when it is off."""
    from django.conf import settings

    from .models import EngineSettings

    engines = EngineSettings.objects.filter(user=user).first()
    if engines is None or not engines.interviewer_ready:
        return None
    return max(1, math.ceil(settings.CHAT_TIMEOUT))
