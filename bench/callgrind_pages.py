"""Benchmark: CPU instructions per request (valgrind's callgrind), steady on a shared machine.

Fills one user per size (1, 30 and 100 applications, as in bench_pages.py) in a temporary SQLite
database, then runs requests through Django's full stack (test client, every middleware) under
`valgrind --tool=callgrind`: /ping/, the fresh dashboard and the fresh round page (no CSRF cookie,
so no page cache), and the cached dashboard. Each figure is the difference between a run with
WARM + COUNT requests and a run with WARM requests, divided by COUNT, so start-up is left out.
Also prints the queries per request.

Usage: .venv/bin/python bench/callgrind_pages.py [--sizes 1,30,100] [--count 3]
Needs valgrind (apt-get install valgrind). Takes a few minutes.
"""

from __future__ import annotations

import argparse
import json
import os
import re
import subprocess
import sys
import tempfile
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pages import fill, setup  # noqa: E402

WARM = 2


def requests_plan(users: dict[int, tuple[str, int]]) -> list[tuple[str, str, str]]:
    plan = [("ping", "/ping/", "")]
    for size, (cookie, round_id) in users.items():
        fresh = cookie.split(";")[0]
        plan.append((f"dashboard, fresh, {size} apps", "/", fresh))
        plan.append((f"round, fresh, {size} apps", f"/rounds/{round_id}/", fresh))
        plan.append((f"dashboard, cached, {size} apps", "/", cookie))
    return plan


def client_for(cookie: str) -> object:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for pair in filter(None, cookie.split("; ")):
        name, value = pair.split("=", 1)
        client.cookies[name] = value
    return client


def run(path: str, cookie: str, times: int) -> None:
    """Child mode: `times` GETs of `path`, each one checked."""
    client = client_for(cookie)
    for _ in range(times):
        response = client.get(path)  # type: ignore[attr-defined]
        assert response.status_code == 200, (path, response.status_code)


def queries(path: str, cookie: str) -> int:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    client = client_for(cookie)
    client.get(path)  # type: ignore[attr-defined]
    with CaptureQueriesContext(connection) as captured:
        client.get(path)  # type: ignore[attr-defined]
    return len(captured)


def instructions(data_dir: str, path: str, cookie: str, times: int) -> int:
    out = Path(data_dir) / "callgrind.out"
    subprocess.run(
        [
            "valgrind",
            "--tool=callgrind",
            f"--callgrind-out-file={out}",
            sys.executable,
            __file__,
            "--child",
            json.dumps([data_dir, path, cookie, times]),
        ],
        check=True,
        capture_output=True,
    )
    summary = re.search(r"^summary: (\d+)", out.read_text(), re.MULTILINE)
    assert summary
    return int(summary.group(1))


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,30,100")
    parser.add_argument("--count", type=int, default=3)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        data_dir, path, cookie, times = json.loads(args.child)
        os.environ["SECONDROUND_DATA_DIR"] = data_dir
        setup(data_dir)
        run(path, cookie, times)
        return
    data_dir = tempfile.mkdtemp(prefix="secondround-callgrind-")
    setup(data_dir)
    users = {int(size): fill(int(size)) for size in args.sizes.split(",")}
    print(f"Instructions per request (callgrind; {args.count} requests after {WARM} warm-up ones)")
    for name, path, cookie in requests_plan(users):
        base = instructions(data_dir, path, cookie, WARM)
        total = instructions(data_dir, path, cookie, WARM + args.count)
        per = (total - base) / args.count
        print(f"{name:30s} {per / 1e6:8.2f} M   {queries(path, cookie):3d} queries")


if __name__ == "__main__":
    main()
