from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import pytest

from secondround.testing.fake_openai import FakeOpenAI


@pytest.fixture
def fake(settings: Any) -> Iterator[FakeOpenAI]:
    """A fake OpenAI-compatible server; the app waits at most half a second for it."""
    settings.CHAT_TIMEOUT = 0.5
    settings.TRANSCRIPTION_TIMEOUT = 0.5
    with FakeOpenAI(delay=1.5) as server:
        yield server
