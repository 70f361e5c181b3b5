"""`secondround serve` stops its workers when it is stopped or killed (issue 12, finding 11): a
supervisor that ends the main process ends the app."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from secondround.commands.tests.test_cli import ROOT, _free_port


def _children(pid: int) -> list[int]:
    found = subprocess.run(["ps", "-o", "pid=", "--ppid", str(pid)], capture_output=True, text=True)
    return [int(line) for line in found.stdout.split()]


def _alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    status = Path(f"/proc/{pid}/status")
    return not (status.exists() and "\nState:\tZ" in status.read_text())


def _answers(port: int) -> bool:
    try:
        with urllib.request.urlopen(f"http://127.0.0.1:{port}/ping/", timeout=2) as response:
            return response.read() == b"ok"
    except OSError:
        return False


@pytest.mark.parametrize("stop", [signal.SIGKILL, signal.SIGTERM], ids=["kill-9", "term"])
def test_stopping_the_server_stops_its_workers(tmp_path: Path, stop: signal.Signals) -> None:
    port = _free_port()
    env = {**os.environ, "SECONDROUND_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "secondround.cli", "serve", "--port", str(port)]
    server = subprocess.Popen(
        [*command, "--workers", "2"], cwd=ROOT, env=env, stdout=subprocess.DEVNULL
    )
    workers: list[int] = []
    try:
        deadline = time.monotonic() + 60
        while not (_answers(port) and len(workers := _children(server.pid)) == 2):
            assert time.monotonic() < deadline, "the server did not start within 60 s"
            time.sleep(0.3)
        server.send_signal(stop)
        server.wait(timeout=20)
        deadline = time.monotonic() + 10
        while any(_alive(pid) for pid in workers) and time.monotonic() < deadline:
            time.sleep(0.2)
        assert not [pid for pid in workers if _alive(pid)], "workers outlived the server"
        assert not _answers(port)
    finally:
        for pid in [server.pid, *workers]:
            if _alive(pid):
                os.kill(pid, signal.SIGKILL)
