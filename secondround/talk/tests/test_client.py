"""The OpenAI-compatible client against a fake server: normal answers, errors, garbage, timeouts."""

from __future__ import annotations

from typing import Any

import pytest

from secondround.talk.client import EngineError, chat, endpoint, host_of, transcribe
from secondround.testing.fake_openai import FakeOpenAI

AUDIO = b"RIFF....WAVEfmt fake audio"


@pytest.fixture
def fake():
    with FakeOpenAI(delay=1.5) as server:
        yield server


def _transcribe(fake: FakeOpenAI, **kwargs) -> str:
    options: dict[str, Any] = {"url": fake.url, "model": "whisper-1", "key": "sk-test-1234", "audio": AUDIO,
               "filename": "answer.webm", "content_type": "audio/webm", "timeout": 0.5}  # fmt: skip
    options.update(kwargs)
    return transcribe(**options)


def test_a_transcription_sends_the_audio_model_and_key_and_returns_the_text(fake) -> None:
    fake.transcript = "Ik werkte als planner."
    assert _transcribe(fake, language="nl") == "Ik werkte als planner."
    sent = fake.requests[0]
    assert sent.path == "/v1/audio/transcriptions"
    assert sent.headers["authorization"] == "Bearer sk-test-1234"
    assert AUDIO in sent.body and b'name="model"' in sent.body and b"whisper-1" in sent.body
    assert b'name="language"\r\n\r\nnl' in sent.body


def test_a_chat_sends_the_messages_and_returns_the_reply(fake) -> None:
    fake.chat_reply = "Wat leverde het op?"
    messages = [{"role": "user", "content": "Vraag"}]
    assert chat(url=fake.url, model="llama3", key="", messages=messages, timeout=0.5) == (
        "Wat leverde het op?"
    )
    sent = fake.requests[0]
    assert sent.path == "/v1/chat/completions" and "authorization" not in sent.headers
    assert sent.json()["messages"] == messages and sent.json()["model"] == "llama3"


@pytest.mark.parametrize(
    ("mode", "reason"),
    [(401, "auth"), (429, "rate_limit"), (500, "server"), ("garbage", "garbage"),
     ("timeout", "timeout"), ("empty", "empty")],
)  # fmt: skip
def test_every_failure_becomes_one_engine_error(fake, mode, reason) -> None:
    fake.mode = mode
    with pytest.raises(EngineError) as failed:
        _transcribe(fake)
    assert failed.value.reason == reason
    with pytest.raises(EngineError) as failed:
        chat(url=fake.url, model="m", key="k", messages=[], timeout=0.5)
    assert failed.value.reason == reason


def test_an_unreachable_server_is_named_so() -> None:
    with FakeOpenAI() as gone:
        url = gone.url
    with pytest.raises(EngineError) as failed:
        chat(url=url, model="m", key="", messages=[], timeout=0.5)
    assert failed.value.reason == "unreachable"


@pytest.mark.parametrize(
    ("base", "full"),
    [("http://127.0.0.1:8080", "http://127.0.0.1:8080/v1/chat/completions"),
     ("http://127.0.0.1:8080/v1/", "http://127.0.0.1:8080/v1/chat/completions"),
     ("https://api.example.com/v1/chat/completions", "https://api.example.com/v1/chat/completions")],
)  # fmt: skip
def test_the_endpoint_is_found_from_the_url_a_user_types(base, full) -> None:
    assert endpoint(base, "/chat/completions") == full


def test_the_host_is_what_the_consent_screen_names() -> None:
    assert host_of("https://api.example.com:8443/v1") == "api.example.com:8443"
