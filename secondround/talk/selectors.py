"""Reads of the talk app for other apps."""

from __future__ import annotations

from typing import Any

from .models import Recording


def recording_for_answer(*, answer: Any, recording_id: str | None) -> Recording | None:
    """The recording with this id when it belongs to this mock answer (and so to its owner)."""
    if not recording_id or not str(recording_id).isdigit():
        return None
    return Recording.objects.filter(answer=answer, follow_up=None, pk=int(recording_id)).first()
