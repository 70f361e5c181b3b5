"""A small client for OpenAI-compatible servers (a local whisper.cpp, faster-whisper, Ollama or
llama.cpp server, or a provider): audio transcription and chat completions, over the standard
library. Every call has a timeout; every failure becomes one EngineError with a short reason."""

from __future__ import annotations

import json
import socket
import uuid
from typing import Any
from urllib import error, request
from urllib.parse import urlsplit

TRANSCRIPTIONS = "/audio/transcriptions"
CHAT = "/chat/completions"


class EngineError(Exception):
    """The engine could not help. `reason`: "auth", "rate_limit", "server", "timeout",
    "unreachable", "garbage" or "empty"."""

    def __init__(self, reason: str, detail: str = "") -> None:
        super().__init__(f"{reason}: {detail}" if detail else reason)
        self.reason = reason


def endpoint(base: str, path: str) -> str:
    """The full address of `path` under a base URL as users write it: "http://host:8080",
    "http://host:8080/v1" or already the full endpoint."""
    base = base.strip().rstrip("/")
    if base.endswith(path):
        return base
    return f"{base}{path}" if base.endswith("/v1") else f"{base}/v1{path}"


def host_of(url: str) -> str:
    """The host (and port) a URL sends to, as shown on the consent screen."""
    return urlsplit(url.strip()).netloc


def _send(req: request.Request, timeout: float) -> Any:
    try:
        with request.urlopen(req, timeout=timeout) as response:  # noqa: S310  # the user's own URL
            raw = response.read()
    except error.HTTPError as failed:
        reason = {401: "auth", 403: "auth", 429: "rate_limit"}.get(failed.code, "server")
        raise EngineError(reason, f"HTTP {failed.code}") from None
    except TimeoutError:
        raise EngineError("timeout") from None
    except error.URLError as failed:
        if isinstance(failed.reason, (TimeoutError, socket.timeout)):
            raise EngineError("timeout") from None
        raise EngineError("unreachable", str(failed.reason)) from None
    except OSError as failed:
        raise EngineError("unreachable", str(failed)) from None
    try:
        return json.loads(raw)
    except (UnicodeDecodeError, json.JSONDecodeError):
        raise EngineError("garbage", "the answer is not JSON") from None


def _headers(key: str, content_type: str) -> dict[str, str]:
    headers = {"Content-Type": content_type, "Accept": "application/json"}
    if key:
        headers["Authorization"] = f"Bearer {key}"
    return headers


def transcribe(
    *, url: str, model: str, key: str, audio: bytes, filename: str, content_type: str,
    language: str = "", timeout: float = 60.0,
) -> str:  # fmt: skip
    """The text spoken in `audio`; EngineError when the engine fails or hears nothing."""
    boundary = uuid.uuid4().hex
    fields = {"model": model or "whisper-1", "response_format": "json"}
    if language:
        fields["language"] = language
    parts = [
        f'--{boundary}\r\nContent-Disposition: form-data; name="{name}"\r\n\r\n{value}\r\n'.encode()
        for name, value in fields.items()
    ]
    head = (
        f'--{boundary}\r\nContent-Disposition: form-data; name="file"; filename="{filename}"\r\n'
        f"Content-Type: {content_type}\r\n\r\n"
    ).encode()
    body = b"".join(parts) + head + audio + f"\r\n--{boundary}--\r\n".encode()
    headers = _headers(key, f"multipart/form-data; boundary={boundary}")
    req = request.Request(endpoint(url, TRANSCRIPTIONS), data=body, headers=headers)
    data = _send(req, timeout)
    text = data.get("text") if isinstance(data, dict) else None
    if not isinstance(text, str):
        raise EngineError("garbage", "no text in the answer")
    if not text.strip():
        raise EngineError("empty")
    return text.strip()


def chat(
    *, url: str, model: str, key: str, messages: list[dict[str, str]], timeout: float = 15.0
) -> str:
    """The assistant's reply to `messages`; EngineError on any failure or an empty reply."""
    payload = {"model": model, "messages": messages, "temperature": 0.4, "stream": False}
    body = json.dumps(payload).encode()
    req = request.Request(endpoint(url, CHAT), data=body, headers=_headers(key, "application/json"))
    data = _send(req, timeout)
    try:
        content = data["choices"][0]["message"]["content"]
    except (KeyError, IndexError, TypeError):
        raise EngineError("garbage", "no message in the answer") from None
    if not isinstance(content, str) or not content.strip():
        raise EngineError("empty")
    return content.strip()
