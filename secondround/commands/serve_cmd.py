"""`secondround serve`: apply pending migrations and serve the app with granian (a production server)."""

from __future__ import annotations

import argparse
import ctypes
import os
import signal
import sys

from . import _django

# The serving process's id, for its workers (see `stop_with_server`).
SERVER_PID = "SECONDROUND_SERVER_PID"
PR_SET_PDEATHSIG = 1


def add_parser(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser(
        "serve",
        help="start the web app (default http://127.0.0.1:8000)",
        description="Apply pending database migrations, then serve Second Round with granian.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1)"
    )
    parser.add_argument("--port", type=int, default=8000, help="port to listen on (default 8000)")
    parser.add_argument(
        "--workers",
        type=int,
        default=int(os.environ.get("SECONDROUND_WORKERS", "1")),
        help="worker processes (default 1; SECONDROUND_WORKERS)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    if not 0 < args.port < 65536:
        print(f"secondround serve: port {args.port} is not between 1 and 65535")
        return 2
    _django.start()
    from django.conf import settings
    from granian import Granian
    from granian.constants import Interfaces

    os.environ[SERVER_PID] = str(os.getpid())
    host = f"[{args.host}]" if ":" in args.host else args.host
    print(f"Second Round / Tweede Ronde: http://{host}:{args.port}/", flush=True)
    print(f"Data: {settings.DATABASES['default']['NAME']}", flush=True)
    Granian(
        "secondround.wsgi:application",
        address=args.host,
        port=args.port,
        interface=Interfaces.WSGI,
        workers=max(1, args.workers),
        blocking_threads=int(os.environ.get("SECONDROUND_THREADS", "2")),
        websockets=False,
        log_access=False,
    ).serve()
    return 0


def stop_with_server() -> None:
    """In a worker of `serve`: stop when the serving process is gone, however it ended.

    granian stops its workers when it is stopped (SIGTERM, SIGINT), but a process killed with
    SIGKILL cannot: its workers would keep serving. Linux sends a worker SIGKILL as soon as its
    parent dies (PR_SET_PDEATHSIG); a worker whose parent died before that was set stops at once.
    """
    server = os.environ.get(SERVER_PID)
    if not server or int(server) == os.getpid() or not sys.platform.startswith("linux"):
        return
    libc = ctypes.CDLL(None, use_errno=True)
    libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0)
    if os.getppid() != int(server):
        os._exit(0)
