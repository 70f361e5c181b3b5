"""Import under attack (issue 12, findings 5-7): one path for the CLI and the upload, the same limits
as the forms, a clear refusal (exit 2, or 422 on the web) and nothing changed."""

from __future__ import annotations

import copy
import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.urls import reverse

from secondround import portability
from secondround.demo import demo_create

pytestmark = pytest.mark.django_db
ROOT = Path(__file__).resolve().parents[3]


@pytest.fixture
def export(db) -> dict[str, Any]:
    noor = demo_create(email="noor@example.com", password="noor-secret-42")
    return portability.export_user(noor)


def upload(client, raw: bytes):
    file = SimpleUploadedFile("export.json", raw, content_type="application/json")
    return client.post(reverse("accounts:import"), {"file": file})


def refused(client, user, raw: bytes, message: str) -> None:
    response = upload(client, raw)
    assert response.status_code == 422
    assert message in response.content.decode()
    assert not portability.user_owns_anything(user)


def raw(document: dict[str, Any]) -> bytes:
    return json.dumps(document).encode()


def first(document: dict[str, Any], label: str) -> dict[str, Any]:
    return document["data"][label][0]


def test_deep_nesting_is_refused_before_parsing(alice_client, alice) -> None:
    refused(alice_client, alice, b"[" * 100_000 + b"]" * 100_000, "te diep genest")
    inside = b'{"format": "secondround-export", "version": 1, "data": {"x": ' + b"[" * 5000
    refused(alice_client, alice, inside + b"]" * 5000 + b"}}", "te diep genest")


def test_brackets_inside_texts_do_not_count_as_nesting(alice_client, alice, export) -> None:
    first(export, "applications.application")["goal"] = (
        '[[[[[[[[[[[[[[[[[[[[[[[[{{{{{{{{{{{{ \\" [[['
    )
    assert upload(alice_client, raw(export)).status_code == 302


def test_a_file_over_the_size_limit_is_refused_unread(alice_client, alice, settings) -> None:
    settings.IMPORT_MAX_BYTES = 1024 * 1024
    refused(alice_client, alice, b" " * (1024 * 1024 + 1), "groter dan 1,0")


@pytest.mark.parametrize(
    ("label", "field", "size"),
    [
        ("applications.application", "vacancy_text", 600_000),
        ("preparation.example", "telling", 25_000),
        ("applications.interviewer", "notes", 25_000),
    ],
)
def test_texts_longer_than_the_forms_allow_are_refused(
    alice_client, alice, export, label, field, size
) -> None:
    first(export, label)[field] = "x" * size
    refused(alice_client, alice, raw(export), "langer dan de toegestane")


@pytest.mark.parametrize(
    ("change", "message"),
    [
        (lambda d: d.update(version=True), "geen heel getal"),
        (lambda d: d.update(version="1"), "geen heel getal"),
        (lambda d: d.update(version=1.0), "geen heel getal"),
        (lambda d: d.update(extra={}), "niet kent"),
        (lambda d: d["profile"].update(language="de"), "profile"),
        (lambda d: first(d, "applications.application").update(colour="red"), "kent dit veld niet"),
        (lambda d: first(d, "applications.application").update(company={"a": 1}), "verkeerde type"),
        (lambda d: first(d, "applications.application").update(company=["a"]), "verkeerde type"),
        (lambda d: first(d, "applications.application").update(company=12), "verkeerde type"),
        (lambda d: first(d, "applications.application").update(company="A\x00B"), "NUL"),
        (lambda d: first(d, "applications.application").update(id="1"), "heel getal als id"),
        (lambda d: first(d, "applications.application").update(id=True), "heel getal als id"),
        (lambda d: first(d, "applications.round").update(application=99), "niet in het bestand"),
        (lambda d: first(d, "applications.round").update(application="1"), "verkeerde type"),
        (lambda d: first(d, "applications.round").update(number=2**63), "verkeerde type"),
        (lambda d: first(d, "applications.round").update(number=-1), "nummer"),
        (lambda d: first(d, "applications.round").update(starts_at="gisteren"), "starts_at"),
        (
            lambda d: first(d, "applications.round").update(starts_at="2026-01-01"),
            "niet zoals een export",
        ),
        (lambda d: first(d, "applications.application").update(created=None), "verkeerde type"),
    ],
)
def test_a_damaged_file_is_refused_and_changes_nothing(
    alice_client, alice, export, change, message
) -> None:
    change(export)
    refused(alice_client, alice, raw(export), message)


def test_a_duplicated_id_is_refused(alice_client, alice, export) -> None:
    rows = export["data"]["practice.ownquestion"] or export["data"]["applications.interviewer"]
    rows.append(copy.deepcopy(rows[0]))
    refused(alice_client, alice, raw(export), "twee keer")


def test_a_key_written_twice_is_refused(alice_client, alice) -> None:
    text = b'{"format": "secondround-export", "version": 1, "version": 1, "data": {}}'
    refused(alice_client, alice, text, "geen JSON-export")


def _cli(tmp_path: Path, *args: str) -> subprocess.CompletedProcess:
    env = {
        **os.environ,
        "SECONDROUND_DATA_DIR": str(tmp_path),
        "SECONDROUND_IMPORT_MAX_BYTES": "300000",
    }
    env.pop("DATABASE_URL", None)
    command = [sys.executable, "-m", "secondround.cli", *args]
    return subprocess.run(command, cwd=ROOT, env=env, capture_output=True, check=False, timeout=120)


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"[" * 100_000 + b"]" * 100_000, "te diep genest"),
        (b" " * 300_001, "groter dan 293,0"),
        (b'{"format": "secondround-export", "version": "1", "data": {}}', "geen heel getal"),
    ],
)
def test_the_cli_refuses_with_exit_2_a_message_and_no_account(tmp_path, content, message) -> None:
    bad = tmp_path / "bad.json"
    bad.write_bytes(content)
    result = _cli(tmp_path, "import", str(bad), "--email", "new@example.com", "--create")
    assert result.returncode == 2
    assert message in result.stderr.decode() and b"Traceback" not in result.stderr
    assert b"no such account" in _cli(tmp_path, "export", "--email", "new@example.com").stderr
