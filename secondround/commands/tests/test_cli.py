"""The `secondround` command: help, serve with granian, demo, export and import."""

from __future__ import annotations

import json
import os
import socket
import subprocess
import sys
import time
import urllib.request
from pathlib import Path

import pytest

from secondround.cli import SUBCOMMANDS, main

ROOT = Path(__file__).resolve().parents[3]


def _cli(tmp_path: Path, *args: str, stdin: bytes | None = None) -> subprocess.CompletedProcess:
    env = {**os.environ, "SECONDROUND_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    return subprocess.run(
        [sys.executable, "-m", "secondround.cli", *args],
        cwd=ROOT,
        env=env,
        input=stdin,
        capture_output=True,
        check=False,
        timeout=120,
    )


def test_help_lists_every_command(capsys) -> None:
    assert main([]) == 0
    out = capsys.readouterr().out
    assert all(name in out for name in SUBCOMMANDS)


@pytest.mark.parametrize("name", SUBCOMMANDS)
def test_every_command_has_help(capsys, name) -> None:
    with pytest.raises(SystemExit) as exit_:
        main([name, "--help"])
    assert exit_.value.code == 0
    assert "usage: secondround" in capsys.readouterr().out


def _free_port() -> int:
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


def test_serve_migrates_and_serves_dutch_pages_with_granian(tmp_path: Path) -> None:
    port = _free_port()
    env = {**os.environ, "SECONDROUND_DATA_DIR": str(tmp_path)}
    env.pop("DATABASE_URL", None)
    server = subprocess.Popen(
        [sys.executable, "-m", "secondround.cli", "serve", "--port", str(port)],
        cwd=ROOT,
        env=env,
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
    )
    try:
        assert server.stdout is not None
        assert f"http://127.0.0.1:{port}/" in server.stdout.readline().decode()
        deadline = time.monotonic() + 30
        while True:
            try:
                with urllib.request.urlopen(f"http://127.0.0.1:{port}/accounts/login/") as page:
                    body = page.read().decode()
                    break
            except OSError:
                assert time.monotonic() < deadline, "the server did not answer within 30 s"
                time.sleep(0.3)
        assert "Inloggen" in body
        assert (tmp_path / "secondround.sqlite3").exists()
    finally:
        server.terminate()
        server.wait(timeout=20)


def test_serve_refuses_an_impossible_port(tmp_path: Path) -> None:
    result = _cli(tmp_path, "serve", "--port", "70000")
    assert result.returncode == 2


def test_demo_export_import_round_trip(tmp_path: Path) -> None:
    assert b"demo@tweederonde.nl" in _cli(tmp_path, "demo").stdout
    exported = _cli(tmp_path, "export", "--email", "demo@tweederonde.nl")
    document = json.loads(exported.stdout)
    assert document["format"] == "secondround-export"
    assert document["data"]["applications.application"][0]["company"] == "Stroomlijn Energie"
    target = tmp_path / "export.json"
    target.write_bytes(exported.stdout)
    imported = _cli(tmp_path, "import", str(target), "--email", "copy@example.com", "--create")
    assert imported.returncode == 0, imported.stderr
    again = json.loads(_cli(tmp_path, "export", "--email", "copy@example.com").stdout)
    assert again["data"] == document["data"]


def test_import_refuses_a_foreign_file_with_exit_2(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text('{"hello": "world"}', encoding="utf-8")
    result = _cli(tmp_path, "import", str(bad), "--email", "x@example.com", "--create")
    assert result.returncode == 2 and b"geen JSON-export" in result.stderr


def test_import_of_a_missing_file_is_exit_2(tmp_path: Path) -> None:
    result = _cli(tmp_path, "import", str(tmp_path / "nope.json"), "--email", "x@example.com")
    assert result.returncode == 2 and b"cannot read" in result.stderr


def test_export_of_an_unknown_account_is_exit_2(tmp_path: Path) -> None:
    result = _cli(tmp_path, "export", "--email", "nobody@example.com")
    assert result.returncode == 2 and b"no such account" in result.stderr
