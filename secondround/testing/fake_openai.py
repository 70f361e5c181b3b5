"""A fake OpenAI-compatible server for tests: chat completions and audio transcriptions.

Started by a test on 127.0.0.1 with a free port. It records every request it receives (so a test
can assert that nothing was sent while a feature is off) and answers as told by `mode`:
"ok", 401, 429, 500, "garbage" (not JSON), "timeout" (answers too late), "empty" (an empty
transcript or chat message).

    with FakeOpenAI() as fake:
        fake.transcript = "Ik werkte als planner."
        ... settings point at fake.url ("http://127.0.0.1:PORT/v1") ...
        assert fake.requests[0].path == "/v1/audio/transcriptions"
"""

from __future__ import annotations

import json
import threading
import time
from dataclasses import dataclass, field
from http.server import BaseHTTPRequestHandler, ThreadingHTTPServer
from typing import Any


@dataclass
class Received:
    method: str
    path: str
    headers: dict[str, str]
    body: bytes

    def json(self) -> Any:
        return json.loads(self.body)


@dataclass
class FakeOpenAI:
    mode: str | int = "ok"
    transcript: str = "Vorig jaar werkte ik als planner. Ik heb de roosters aangepast."
    chat_reply: str = '{"follow_ups": ["Wat leverde het op, in cijfers?"]}'
    delay: float = 3.0  # how late a "timeout" answer comes (longer than the client waits in tests)
    requests: list[Received] = field(default_factory=list)

    def __post_init__(self) -> None:
        fake = self

        class Handler(BaseHTTPRequestHandler):
            def log_message(self, *args: Any) -> None:  # keep the test output clean
                pass

            def do_GET(self) -> None:
                self._answer()

            def do_POST(self) -> None:
                self._answer()

            def _answer(self) -> None:
                length = int(self.headers.get("Content-Length") or 0)
                body = self.rfile.read(length) if length else b""
                headers = {k.lower(): v for k, v in self.headers.items()}
                fake.requests.append(Received(self.command, self.path, headers, body))
                status, payload = fake.reply(self.path)
                try:
                    self.send_response(status)
                    self.send_header("Content-Type", "application/json")
                    self.send_header("Content-Length", str(len(payload)))
                    self.end_headers()
                    self.wfile.write(payload)
                except (BrokenPipeError, ConnectionResetError):
                    pass  # the client gave up waiting, as it should

        self._server = ThreadingHTTPServer(("127.0.0.1", 0), Handler)
        self._server.daemon_threads = True
        self._thread = threading.Thread(target=self._server.serve_forever, daemon=True)

    @property
    def url(self) -> str:
        return f"http://127.0.0.1:{self._server.server_address[1]}/v1"

    @property
    def host(self) -> str:
        return f"127.0.0.1:{self._server.server_address[1]}"

    def reply(self, path: str) -> tuple[int, bytes]:
        if isinstance(self.mode, int):
            error = {"error": {"message": f"fake error {self.mode}", "type": "fake"}}
            return self.mode, json.dumps(error).encode()
        if self.mode == "timeout":
            time.sleep(self.delay)
        if self.mode == "garbage":
            return 200, b"<html>this is not JSON</html>"
        empty = self.mode == "empty"
        if path.endswith("/audio/transcriptions"):
            return 200, json.dumps({"text": "" if empty else self.transcript}).encode()
        if path.endswith("/chat/completions"):
            message = {"role": "assistant", "content": "" if empty else self.chat_reply}
            return 200, json.dumps({"choices": [{"index": 0, "message": message}]}).encode()
        return 404, b'{"error": {"message": "not found"}}'

    def start(self) -> FakeOpenAI:
        self._thread.start()
        return self

    def stop(self) -> None:
        self._server.shutdown()
        self._server.server_close()

    def __enter__(self) -> FakeOpenAI:
        return self.start()

    def __exit__(self, *exc: object) -> None:
        self.stop()
