"""Project-wide promises: translations complete, strict CSP, deploy checks, committed migrations."""

from __future__ import annotations

import os
import re
import subprocess
import sys
from pathlib import Path

import polib
import pytest
from django.contrib.auth.hashers import Argon2PasswordHasher
from django.core.management import call_command

import secondround.settings as production

ROOT = Path(__file__).resolve().parents[2]
PACKAGE = ROOT / "secondround"
CATALOGUES = sorted(PACKAGE.glob("**/locale/nl/LC_MESSAGES/django.po"))
TEMPLATES = sorted(PACKAGE.glob("**/templates/**/*.html"))


def _entries(path: Path) -> list[tuple[str, tuple[str, ...], bool]]:
    """(msgid, translations, fuzzy) for each live entry of a .po file (one translation per plural form)."""
    entries = []
    for entry in polib.pofile(str(path)):
        if not entry.obsolete:
            forms = tuple(entry.msgstr_plural[k] for k in sorted(entry.msgstr_plural))
            entries.append((entry.msgid, forms or (entry.msgstr,), entry.fuzzy))
    return entries


def test_there_is_a_dutch_catalogue() -> None:
    assert any(path.parent.parent.parent.parent == PACKAGE for path in CATALOGUES)


@pytest.mark.parametrize("path", CATALOGUES, ids=[str(p.relative_to(PACKAGE)) for p in CATALOGUES])
def test_every_dutch_entry_is_translated_and_not_fuzzy(path: Path) -> None:
    problems = []
    for msgid, msgstr, fuzzy in _entries(path):
        if fuzzy:
            problems.append(f"fuzzy: {msgid}")
        elif not all(msgstr):
            problems.append(f"untranslated: {msgid}")
    assert problems == []


def test_the_catalogue_reader_sees_fuzzy_and_half_translated_plurals(tmp_path: Path) -> None:
    catalogue = tmp_path / "django.po"
    catalogue.write_text(
        'msgid ""\nmsgstr ""\n"Plural-Forms: nplurals=2; plural=(n != 1);\\n"\n\n'
        '#, fuzzy\nmsgid "Save"\nmsgstr "Bewaar"\n\n'
        'msgid "one day"\nmsgid_plural "%(n)s days"\nmsgstr[0] "één dag"\nmsgstr[1] ""\n\n'
        '#~ msgid "Old"\n#~ msgstr ""\n',
        encoding="utf-8",
    )
    assert _entries(catalogue) == [("Save", ("Bewaar",), True), ("one day", ("één dag", ""), False)]


def test_every_template_string_is_in_a_catalogue() -> None:
    """A string added to a template without running makemessages would show English to Dutch users."""
    known = {msgid for path in CATALOGUES for msgid, _, _ in _entries(path)}
    missing = []
    for template in TEMPLATES:
        for text in re.findall(r'{%\s*translate\s+"([^"]+)"', template.read_text(encoding="utf-8")):
            if text not in known:
                missing.append(f"{template.name}: {text}")
    assert missing == []


@pytest.mark.django_db
def test_a_dutch_page_really_shows_dutch(client) -> None:
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="nl").content.decode()
    assert 'lang="nl"' in page and "Inloggen" in page and "Wachtwoord" in page


@pytest.mark.django_db
def test_an_english_browser_gets_english_until_it_signs_in(client) -> None:
    page = client.get("/accounts/login/", HTTP_ACCEPT_LANGUAGE="en").content.decode()
    assert 'lang="en"' in page and "Password" in page


@pytest.mark.parametrize("template", TEMPLATES, ids=[t.name for t in TEMPLATES])
def test_templates_have_no_inline_script_or_style(template: Path) -> None:
    text = template.read_text(encoding="utf-8")
    assert not re.search(r"<script(?![^>]*\bsrc=)[^>]*>", text), "inline <script>"
    assert not re.search(r"\sstyle=", text), "style= attribute"
    assert not re.search(r"\son[a-z]+=", text), "inline event handler"


@pytest.mark.django_db
def test_the_content_security_policy_forbids_inline_code(client) -> None:
    policy = client.get("/accounts/login/")["Content-Security-Policy"]
    assert "script-src 'self'" in policy and "unsafe-inline" not in policy
    assert "unsafe-eval" not in policy


def test_migrations_are_committed(db) -> None:
    call_command("makemigrations", "--check", "--dry-run", verbosity=0)


def test_the_deploy_check_is_clean_with_hosted_settings(tmp_path: Path) -> None:
    env = {
        **os.environ,
        "SECONDROUND_HOSTED": "1",
        "DEBUG": "0",
        "SECRET_KEY": "k" * 20 + "-a-long-random-secret-for-this-test-only-0123456789",
        "ALLOWED_HOSTS": "tweederonde.example",
        "SECONDROUND_DATA_DIR": str(tmp_path),
    }
    env.pop("DJANGO_ALLOW_ASYNC_UNSAFE", None)  # set for the browser tests only, never when hosted
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "no issues" in result.stdout


def test_hosting_makes_every_cookie_secure(tmp_path: Path) -> None:
    code = (
        "from django.conf import settings; print(settings.SESSION_COOKIE_SECURE and"
        " settings.CSRF_COOKIE_SECURE and settings.LANGUAGE_COOKIE_SECURE)"
    )
    env = {
        **os.environ,
        "SECONDROUND_HOSTED": "1",
        "SECONDROUND_DATA_DIR": str(tmp_path),
        "DJANGO_SETTINGS_MODULE": "secondround.settings",
    }
    result = subprocess.run(
        [sys.executable, "-c", code], cwd=ROOT, env=env, capture_output=True, text=True, check=True
    )
    assert result.stdout.strip() == "True"


def test_one_english_text_has_one_dutch_translation_across_catalogues() -> None:
    """Django merges every app's catalogue and the first one wins: a text translated differently in
    two apps would show the other app's words. Use a context (pgettext) when meanings differ."""
    seen: dict[tuple[str, str], tuple[str, Path]] = {}
    conflicts = []
    for path in CATALOGUES:
        for entry in (e for e in polib.pofile(str(path)) if not e.obsolete):
            key, msgstr = (
                (entry.msgctxt or "", entry.msgid),
                entry.msgstr or str(entry.msgstr_plural),
            )
            if key in seen and seen[key][0] != msgstr:
                conflicts.append(f"{key!r}: {seen[key][1].parts[-5]} vs {path.parts[-5]}")
            seen.setdefault(key, (msgstr, path))
    assert conflicts == []


@pytest.mark.django_db
def test_null_characters_are_removed_from_what_is_submitted(alice_client, alice) -> None:
    from secondround.applications.models import Application

    alice_client.post(
        "/applications/new/", {"company": "Stroom\x00lijn", "role": "Lead\x00", "stage": "letter"}
    )
    assert Application.objects.get().company == "Stroomlijn"


@pytest.mark.parametrize(
    ("target", "expected"),
    [
        ("/rounds/3/", "/rounds/3/"),
        ("/prepare/rounds/3/plan/?step=6", "/prepare/rounds/3/plan/?step=6"),
        ("", "/fallback/"),
        ("//evil.example/", "/fallback/"),
        ("/\\evil.example/", "/fallback/"),
        ("https://evil.example/", "/fallback/"),
        ("javascript:alert(1)", "/fallback/"),
        ("rounds/3/", "/fallback/"),
    ],
)
def test_a_next_address_only_stays_on_this_site(rf, target, expected) -> None:
    from secondround.web import safe_next

    assert safe_next(rf.post("/", {"next": target}), "/fallback/") == expected
    assert safe_next(rf.get("/", {"next": target}), "/fallback/") == expected


def test_production_hashes_passwords_with_argon2() -> None:
    # The tests swap in a fast hasher (conftest.py); the settings module itself must keep Argon2.
    assert production.PASSWORD_HASHERS[0] == "django.contrib.auth.hashers.Argon2PasswordHasher"
    assert Argon2PasswordHasher().encode("een-wachtwoord", "somesalt1234").startswith("argon2")
