"""Benchmark: the dashboard and a round page against a trivial view, on the production server.

Fills one user per size (1, 30 and 100 applications; each application has two rounds and three
interviewers), serves the app with granian (`secondround serve`, 2 workers) on SQLite, and loads
the URLs with wrk (16 connections) in the same run: /ping/ (a trivial view through the same
middleware), then per size the dashboard and a round page, cached and fresh. Prints requests/s, p95
latency (median of several runs) and each page's ratio to the trivial view of the same run.
Targets: cached pages >= 20 % of the trivial view's requests/s with p95 under 50 ms; fresh pages at
30 applications >= 15 %.

Usage: .venv/bin/python bench/bench_pages.py [--seconds 5] [--runs 3] [--sizes 1,30,100]
Needs wrk (apt-get install wrk).
"""

from __future__ import annotations

import argparse
import os
import re
import shutil
import socket
import statistics
import subprocess
import sys
import tempfile
import time
import urllib.request
from datetime import timedelta
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
LUA = """
done = function(summary, latency, requests)
  io.write(string.format("P95_US %d\\n", latency:percentile(95)))
end
"""


def setup(data_dir: str) -> None:
    os.environ["SECONDROUND_DATA_DIR"] = data_dir
    os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
    sys.path.insert(0, str(ROOT))
    import django

    django.setup()
    from django.core.management import call_command

    call_command("migrate", verbosity=0)


def fill(applications: int) -> tuple[str, int]:
    """A user with `applications` applications; returns their cookies and a round id."""
    from django.test import Client
    from django.utils import timezone

    from secondround.accounts.models import User
    from secondround.applications.models import Application, Interviewer, Round

    user = User.objects.create_user(
        email=f"bench{applications}@example.com", password="bench-secret-42"
    )
    round_id = 0
    for index in range(applications):
        app = Application.objects.create(
            user=user,
            company=f"Bedrijf {index}",
            role="Teamleider",
            stage="round_two",
            goal="Aanbod",
        )
        people = [
            Interviewer.objects.create(
                application=app, name=f"Persoon {index}-{n}", kind=["hr", "manager", "colleague"][n]
            )
            for n in range(3)
        ]
        one = Round.objects.create(
            application=app, number=1, status="done", starts_at=timezone.now() - timedelta(days=7)
        )
        one.interviewers.set(people[:1])
        two = Round.objects.create(
            application=app, number=2, starts_at=timezone.now() + timedelta(days=index + 1)
        )
        two.interviewers.set(people)
        round_id = two.pk
    client = Client(HTTP_HOST="127.0.0.1")
    client.force_login(user)
    client.get("/")  # a browser holds a CSRF cookie after its first page, like this one
    # The CSRF cookie last: without it (`without_csrf`) a page renders fresh.
    names = [n for n in ("sessionid", "django_language", "csrftoken") if n in client.cookies]
    cookies = "; ".join(f"{name}={client.cookies[name].value}" for name in names)
    return cookies, round_id


def without_csrf(cookie: str) -> str:
    return "; ".join(p for p in cookie.split("; ") if not p.startswith("csrftoken="))


def free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def wrk(url: str, cookie: str, seconds: int, script: str) -> tuple[float, float]:
    out = subprocess.run(
        ["wrk", "-t2", "-c16", f"-d{seconds}s", "-s", script, "-H", f"Cookie: {cookie}", url],
        capture_output=True,
        text=True,
        check=True,
    ).stdout
    rps = float(re.search(r"Requests/sec:\s+([\d.]+)", out).group(1))
    p95 = int(re.search(r"P95_US (\d+)", out).group(1)) / 1000
    errors = re.search(r"Non-2xx or 3xx responses: (\d+)", out)
    if errors:
        raise SystemExit(f"{url}: {errors.group(1)} error responses")
    return rps, p95


def serve(data_dir: str, port: int) -> subprocess.Popen[bytes]:
    env = {**os.environ, "SECONDROUND_DATA_DIR": data_dir}
    env.pop("DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "secondround.cli", "serve", "--port", str(port), "--workers", "2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    for _ in range(100):
        try:
            urllib.request.urlopen(f"http://127.0.0.1:{port}/ping/")
            return server
        except OSError:
            time.sleep(0.2)
    server.terminate()
    raise SystemExit("the server did not start")


def verdict(name: str, size: int, ratio: float, p95: float) -> str:
    if name.startswith("trivial"):
        return ""
    if "fresh" in name:
        return "" if size != 30 else ("  OK" if ratio >= 0.15 else "  BELOW TARGET")
    return "  OK" if ratio >= 0.2 and p95 < 50 else "  BELOW TARGET"


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--seconds", type=int, default=5)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--sizes", default="1,30,100", help="applications per user, comma-separated"
    )
    args = parser.parse_args()
    if not shutil.which("wrk"):
        raise SystemExit("wrk is missing: apt-get install wrk")
    sizes = [int(s) for s in args.sizes.split(",")]
    data_dir = tempfile.mkdtemp(prefix="secondround-bench-")
    setup(data_dir)
    users = {size: fill(size) for size in sizes}
    # Without the CSRF cookie the page body is rendered afresh on every request (no cache):
    # the figure for the first visit, and for every visit right after a change.
    pages: dict[tuple[str, int], tuple[str, str]] = {("trivial /ping/", 0): ("/ping/", "")}
    for size, (cookie, round_id) in users.items():
        fresh = without_csrf(cookie)
        pages[("dashboard", size)] = ("/", cookie)
        pages[("round page", size)] = (f"/rounds/{round_id}/", cookie)
        pages[("dashboard, fresh", size)] = ("/", fresh)
        pages[("round, fresh", size)] = (f"/rounds/{round_id}/", fresh)
    port = free_port()
    script = Path(data_dir) / "p95.lua"
    script.write_text(LUA, encoding="utf-8")
    base = f"http://127.0.0.1:{port}"
    server = serve(data_dir, port)
    results: dict[tuple[str, int], list[tuple[float, float]]] = {key: [] for key in pages}
    try:
        for path, jar in pages.values():  # warm up every worker
            wrk(base + path, jar, 1, str(script))
        for _ in range(args.runs):
            for key, (path, jar) in pages.items():
                results[key].append(wrk(base + path, jar, args.seconds, str(script)))
    finally:
        server.terminate()
        server.wait(timeout=20)
    print(
        f"Data: one user per size ({args.sizes} applications; 2 rounds and 3 interviewers each); "
        f"granian, 2 workers; wrk 16 connections, {args.seconds} s x {args.runs} runs (medians)"
    )
    base_rps = statistics.median(r for r, _ in results[("trivial /ping/", 0)])
    for (name, size), runs in results.items():
        rps = statistics.median(r for r, _ in runs)
        p95 = statistics.median(p for _, p in runs)
        ratio = rps / base_rps
        label = f"{name}, {size} apps" if size else name
        print(
            f"{label:28s} {rps:8.0f} req/s   p95 {p95:6.1f} ms   ratio {ratio:6.1%}"
            f"{verdict(name, size, ratio, p95)}"
        )


if __name__ == "__main__":
    main()
