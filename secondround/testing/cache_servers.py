"""Private Redis and Memcached servers for the cache tests.

Debian's `redis-server` and `memcached`, each on a free port of 127.0.0.1, started in a temporary
folder, writing nothing to disk, with a small memory bound and least-recently-used eviction (as the
README tells a host to run them), and stopped at the end (or when the test process dies):

    with cache_server("redis", folder) as url:   # "redis://127.0.0.1:PORT/0", a CACHE_URL
        ...

A free port can be taken by another process (another pytest-xdist worker) between the moment it is
found and the moment the server binds it, so a server counts as started only when the one that
answers on the port reports the process id of the one started here; otherwise another port is tried.
"""

from __future__ import annotations

import os
import shlex
import shutil
import socket
import subprocess
import time
from collections.abc import Iterator
from contextlib import contextmanager
from dataclasses import dataclass
from pathlib import Path
from urllib.parse import urlsplit

MEMORY_MB = 4
START_SECONDS = 10
ATTEMPTS = 5


@dataclass(frozen=True)
class Kind:
    program: str  # also the Debian package's name
    arguments: str  # with {port} and {memory} (megabytes)
    url: str  # the CACHE_URL, with {port}
    ask_pid: bytes  # a request whose answer holds the server's process id …
    pid_line: str  # … in this form, with {pid}

    def command(self, port: int) -> list[str]:
        arguments = shlex.split(self.arguments.format(port=port, memory=MEMORY_MB))
        if self.program == "memcached" and os.geteuid() == 0:
            arguments += ["-u", "root"]  # memcached refuses root unless told which user to be
        # Linux kills the server when the test process ends, even by kill -9 (util-linux's setpriv).
        dies_with_us = ["setpriv", "--pdeathsig", "KILL", "--"] if shutil.which("setpriv") else []
        return [*dies_with_us, self.program, *arguments]


KINDS = {
    "redis": Kind(
        "redis-server",
        "--port {port} --bind 127.0.0.1 --save '' --appendonly no --dir . "
        "--maxmemory {memory}mb --maxmemory-policy allkeys-lru",
        "redis://127.0.0.1:{port}/0",
        b"INFO server\r\n",
        "process_id:{pid}\r\n",
    ),
    "memcached": Kind(
        "memcached",
        "-p {port} -U 0 -l 127.0.0.1 -m {memory}",
        "memcached://127.0.0.1:{port}",
        b"stats\r\n",
        "STAT pid {pid}\r\n",
    ),
}


@contextmanager
def cache_server(kind: str, folder: Path) -> Iterator[str]:
    """Start a private server of `kind` ("redis" or "memcached"), yield its CACHE_URL, stop it."""
    spec = KINDS[kind]
    missing = missing_server(kind)
    if missing:
        raise RuntimeError(missing)
    log = folder / f"{kind}.log"
    for _ in range(ATTEMPTS):
        port = _free_port()
        with log.open("ab") as output:
            process = subprocess.Popen(
                spec.command(port), cwd=folder, stdout=output, stderr=subprocess.STDOUT
            )
        if _started(spec, port, process):
            break
        _stop(process)
    else:
        raise RuntimeError(
            f"{spec.program} did not answer on 127.0.0.1 after {ATTEMPTS} tries; its output:\n"
            + log.read_text(errors="replace")[-2000:]
        )
    try:
        yield spec.url.format(port=port)
    finally:
        _stop(process)


def missing_server(kind: str) -> str | None:
    """Why a server of `kind` cannot be started here, if it cannot."""
    program = KINDS[kind].program
    if shutil.which(program):
        return None
    return (
        f"{program} is not installed, and the cache tests need a real server: install the Debian "
        f"package {program} (scripts/install --test does)."
    )


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _started(spec: Kind, port: int, process: subprocess.Popen[bytes]) -> bool:
    """Whether the server started as `process` answers on `port` (False once it has stopped)."""
    mine = spec.pid_line.format(pid=process.pid).encode()
    deadline = time.monotonic() + START_SECONDS
    while process.poll() is None and time.monotonic() < deadline:
        try:
            if mine in ask(spec.url.format(port=port), spec.ask_pid, until=mine):
                return True
        except OSError:  # not listening yet, or another process's server (it never says our pid)
            pass
        time.sleep(0.02)
    return False


def ask(url: str, request: bytes, *, until: bytes = b"END\r\n") -> bytes:
    """The answer of the server at `url` to one request, read until it holds `until` (Memcached
    closes a list with END) or the server stops sending."""
    where = urlsplit(url)
    with socket.create_connection((where.hostname, where.port), timeout=1) as connection:
        connection.sendall(request)
        answer = b""
        while until not in answer and (chunk := connection.recv(65536)):
            answer += chunk
        return answer


def _stop(process: subprocess.Popen[bytes]) -> None:
    # Killed, not asked to stop: nothing of theirs is worth keeping, and memcached takes a second
    # to shut down when asked.
    process.kill()
    process.wait()
