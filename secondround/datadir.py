"""The local data folder: where the SQLite database and the generated secret key live.

Settings only read from it (importing them writes nothing); `prepare_data_dir()` creates the folder
and the key, and the commands that need them (`serve`, `migrate`, `demo`, `export`, `import`) call it
before Django starts. No Django import here: settings import this module.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

SECRET_KEY_FILE = "secret_key"


class DataDirError(Exception):
    """The data folder cannot be created or written to; the message says so in Dutch and English."""

    def __init__(self, folder: Path, error: OSError) -> None:
        reason = error.strerror or str(error)
        super().__init__(
            f"De datamap {folder} kan niet worden aangemaakt of is niet schrijfbaar ({reason}).\n"
            "Kies een map waarin je mag schrijven: SECONDROUND_DATA_DIR=/pad/naar/map\n"
            f"The data folder {folder} cannot be created or is not writable ({reason}).\n"
            "Choose a folder you can write to: SECONDROUND_DATA_DIR=/path/to/folder"
        )


def data_dir() -> Path:
    """SECONDROUND_DATA_DIR, else the XDG data folder of this user. Only computes the path."""
    if explicit := os.environ.get("SECONDROUND_DATA_DIR"):
        return Path(explicit)
    xdg = os.environ.get("XDG_DATA_HOME")
    return (Path(xdg) if xdg else Path.home() / ".local" / "share") / "secondround"


def read_secret_key() -> str:
    """SECRET_KEY from the environment, else the key file; empty when neither exists yet (Django then
    refuses to sign anything, so a missing key cannot pass unnoticed)."""
    if key := os.environ.get("SECRET_KEY"):
        return key
    try:
        return (data_dir() / SECRET_KEY_FILE).read_text(encoding="utf-8").strip()
    except FileNotFoundError:
        return ""


def prepare_data_dir() -> Path:
    """Create the data folder and, unless SECRET_KEY is set, a secret key readable by this user only
    (with both SECRET_KEY and DATABASE_URL set, nothing: the folder is not used). Safe to run again
    and by two processes at once. Raises DataDirError when the folder is not usable."""
    folder = data_dir()
    if os.environ.get("SECRET_KEY") and os.environ.get("DATABASE_URL"):
        return folder  # hosted: nothing is kept in the folder
    try:
        folder.mkdir(parents=True, exist_ok=True)
        if not os.environ.get("SECRET_KEY"):
            _write_secret_key(folder / SECRET_KEY_FILE)
        # SQLite writes its journal files beside the database: the folder itself must be writable.
        if not os.access(folder, os.W_OK | os.X_OK):
            raise PermissionError(13, os.strerror(13))
    except OSError as error:
        raise DataDirError(folder, error) from error
    return folder


def _write_secret_key(path: Path) -> None:
    """Write the whole key to a private file, then link it into place: a second process sees either
    no key or a complete one, and the first key written wins."""
    if path.exists():
        return
    draft = path.with_name(f".{path.name}.{os.getpid()}")
    fd = os.open(draft, os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o600)
    try:
        with os.fdopen(fd, "w", encoding="utf-8") as file:
            file.write(secrets.token_urlsafe(50))
        os.link(draft, path)
    except FileExistsError:
        pass
    finally:
        draft.unlink(missing_ok=True)
