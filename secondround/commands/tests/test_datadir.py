"""The data folder and secret key: made by the commands that need them, once, privately."""

from __future__ import annotations

import stat
from pathlib import Path

import pytest

from secondround.datadir import SECRET_KEY_FILE, prepare_data_dir, read_secret_key

from .test_cli import _cli


def test_migrate_makes_the_folder_a_private_key_and_the_database(tmp_path: Path) -> None:
    data = tmp_path / "new" / "folder"
    result = _cli(data, "migrate")
    assert result.returncode == 0, result.stderr.decode()
    key = data / SECRET_KEY_FILE
    assert stat.S_IMODE(key.stat().st_mode) == 0o600
    assert len(key.read_text()) >= 50
    assert (data / "secondround.sqlite3").exists()
    first = key.read_text()
    assert _cli(data, "migrate").returncode == 0
    assert key.read_text() == first  # sessions survive a restart


@pytest.mark.parametrize("command", ["serve", "migrate", "demo"])
def test_an_unusable_data_folder_is_exit_2_in_dutch_and_english(
    tmp_path: Path, command: str
) -> None:
    blocker = tmp_path / "a-file"
    blocker.write_text("not a folder")
    result = _cli(blocker / "data", command)
    stderr = result.stderr.decode()
    assert result.returncode == 2
    assert "De datamap" in stderr and "niet schrijfbaar" in stderr
    assert "The data folder" in stderr and "not writable" in stderr
    assert "Traceback" not in stderr


def test_hosting_with_a_key_and_a_database_url_needs_no_folder(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDROUND_DATA_DIR", str(tmp_path / "unused"))
    monkeypatch.setenv("SECRET_KEY", "from-the-host")
    monkeypatch.setenv("DATABASE_URL", "postgres:///secondround")
    prepare_data_dir()
    assert not (tmp_path / "unused").exists()
    assert read_secret_key() == "from-the-host"


def test_without_a_key_file_the_settings_read_an_empty_key(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("SECONDROUND_DATA_DIR", str(tmp_path))
    monkeypatch.delenv("SECRET_KEY", raising=False)
    assert read_secret_key() == ""  # Django refuses to sign with it: no silent throwaway key
    prepare_data_dir()
    assert read_secret_key() == (tmp_path / SECRET_KEY_FILE).read_text()
