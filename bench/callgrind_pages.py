"""Benchmark: CPU instructions per request (valgrind's callgrind), steady on a shared machine.

Fills one user per size (1, 30 and 100 applications, as in bench_pages.py) in a temporary SQLite
database, then runs requests through Django's full stack (test client, every middleware) in one
process under `valgrind --tool=callgrind --instr-atstart=no`: /ping/, the fresh dashboard and round
page (no CSRF cookie, so no page cache) and the cached ones. For each, WARM requests run
uninstrumented, then callgrind_control switches instrumentation on for COUNT requests; the figure
is the instructions counted divided by COUNT. Also prints the queries of one such request.

Usage: .venv/bin/python bench/callgrind_pages.py [--sizes 1,30,100] [--count 5]
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
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))
from bench_pages import fill, setup  # noqa: E402

WARM = 2
FRESH = "#fresh"  # a path ending in this is asked without the CSRF cookie: no page cache


def requests_plan(users: dict[int, tuple[str, int]]) -> list[tuple[str, str, str]]:
    plan = []
    for size, (cookie, round_id) in users.items():
        plan.append((f"ping ({size} apps user)", "/ping/", cookie))
        plan.append((f"dashboard, fresh, {size} apps", "/" + FRESH, cookie))
        plan.append((f"round, fresh, {size} apps", f"/rounds/{round_id}/{FRESH}", cookie))
        plan.append((f"dashboard, cached, {size} apps", "/", cookie))
        plan.append((f"round, cached, {size} apps", f"/rounds/{round_id}/", cookie))
    return plan


def client_for(cookie: str) -> Any:
    from django.test import Client

    client = Client(HTTP_HOST="127.0.0.1")
    for pair in filter(None, cookie.split("; ")):
        name, value = pair.split("=", 1)
        client.cookies[name] = value
    return client


def control(*args: str) -> str:
    command = ["callgrind_control", *args, str(os.getpid())]
    return subprocess.run(command, capture_output=True, text=True, check=True).stdout


def counted(work: Any) -> int:
    """Instructions that `work()` runs (read while instrumentation is still on)."""
    control("--zero")
    control("--instr=on")
    work()
    threads = re.findall(r"Th +\d+ +([\d,]+)", control("-e", "Ir"))
    control("--instr=off")
    if not threads:
        raise SystemExit("callgrind_control gave no count")
    return sum(int(count.replace(",", "")) for count in threads)


def get(client: Any, path: str) -> None:
    if path.endswith(FRESH):
        client.cookies.pop("csrftoken", None)
    response = client.get(path.removesuffix(FRESH))
    assert response.status_code == 200, (path, response.status_code)


def measure(plan: list[tuple[str, str, str]], count: int) -> None:
    """Child mode, under callgrind: one line per page."""
    from django.db import connection

    queries: list[str] = []

    def count_query(execute: Any, sql: str, *args: Any) -> Any:
        queries.append(sql)
        return execute(sql, *args)

    overhead = counted(lambda: None)  # the calls to callgrind_control themselves
    for name, path, cookie in plan:
        client = client_for(cookie)
        for _ in range(WARM):
            get(client, path)
        queries.clear()
        with connection.execute_wrapper(count_query):
            get(client, path)
        run = [(client, path)] * count
        per = (counted(lambda run=run: [get(*args) for args in run]) - overhead) / count
        print(f"{name:30s} {per / 1e6:8.2f} M   {len(queries):3d} queries", flush=True)


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", default="1,30,100")
    parser.add_argument("--count", type=int, default=5)
    parser.add_argument("--child")
    args = parser.parse_args()
    if args.child:
        data_dir, plan, count = json.loads(args.child)
        os.environ["SECONDROUND_DATA_DIR"] = data_dir
        os.environ.setdefault("DJANGO_SETTINGS_MODULE", "secondround.settings")
        import django

        django.setup()
        measure(plan, count)
        return
    data_dir = tempfile.mkdtemp(prefix="secondround-callgrind-")
    setup(data_dir)
    users = {int(size): fill(int(size)) for size in args.sizes.split(",")}
    print(f"Instructions per request (callgrind; mean of {args.count} after {WARM} warm-up ones)")
    child = json.dumps([data_dir, requests_plan(users), args.count])
    command = ["valgrind", "--tool=callgrind", "--instr-atstart=no"]
    command += ["--callgrind-out-file=/dev/null", sys.executable, __file__, "--child", child]
    log = Path(data_dir) / "valgrind.log"
    with log.open("w") as errors:
        if subprocess.run(command, stderr=errors).returncode:
            raise SystemExit(log.read_text()[-3000:])


if __name__ == "__main__":
    main()
