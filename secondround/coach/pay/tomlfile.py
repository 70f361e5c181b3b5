"""Read an offer from a flat TOML file, with messages that point at the line to fix."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass, replace
from pathlib import Path

from ..lang import Lang, load, pick
from .package import Package, validate_package_values
from .vacancy import PERIODS, SalaryRange

# The employer's own range from the vacancy, optional in an offer file: `their_min`, `their_max`
# (euro), `their_period` ("month", "year" or "hour") and `their_hours_per_week`.
RANGE_KEYS: dict[str, tuple[float, float]] = {
    "their_min": (0, 1_000_000),
    "their_max": (0, 1_000_000),
    "their_hours_per_week": (1, 60),
}

KEY_LINE = re.compile(r"""^\s*(?:"([^"]+)"|'([^']+)'|([A-Za-z0-9_-]+))\s*=""")
TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


@dataclass(frozen=True)
class FileProblem:
    path: str
    line: int | None
    text_nl: str
    text_en: str

    def message(self, lang: Lang) -> str:
        return self.text_nl if lang == "nl" else self.text_en


class OfferFileError(Exception):
    """An offer file that cannot be used; `problems` says where and why, in both languages."""

    def __init__(self, problems: list[FileProblem]) -> None:
        super().__init__("; ".join(p.text_en for p in problems))
        self.problems = problems


def _cli_text(code: str, **values: object) -> tuple[str, str]:
    entry = load("pay/texts.json")["cli"][code]
    return pick(entry, "nl").format(**values), pick(entry, "en").format(**values)


def key_lines(text: str) -> dict[str, int]:
    """The line number (1-based) of every top-level `key = ...` in a TOML text."""
    found: dict[str, int] = {}
    for number, line in enumerate(text.splitlines(), start=1):
        if line.lstrip().startswith("["):
            break  # a table starts: what follows is not top level
        match = KEY_LINE.match(line)
        if match:
            key = next(g for g in match.groups() if g is not None)
            found.setdefault(key, number)
    return found


def _syntax_problem(path: str, error: tomllib.TOMLDecodeError) -> FileProblem:
    message = str(error)
    position = TOML_POSITION.search(message)
    line, column = (int(position[1]), int(position[2])) if position else (None, None)
    reason = TOML_POSITION.sub("", message).strip()
    nl, en = _cli_text("syntax", path=path, line=line or "?", column=column or "?", reason=reason)
    return FileProblem(path, line, nl, en)


def _located(path: str, line: int | None, text_nl: str, text_en: str) -> FileProblem:
    code = "problem" if line else "problem_no_line"
    nl, _ = _cli_text(code, path=path, line=line, text=text_nl)
    _, en = _cli_text(code, path=path, line=line, text=text_en)
    return FileProblem(path, line, nl, en)


def parse_offer_text(text: str, *, path: str, default_name: str = "") -> Package:
    """A Package from TOML text; raises OfferFileError with line-precise problems."""
    try:
        values = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise OfferFileError([_syntax_problem(path, error)]) from None
    lines = key_lines(text)
    problems = []
    for key, value in values.items():
        if isinstance(value, dict | list):
            nl, en = _cli_text("nested", key=key)
            problems.append(_located(path, lines.get(key), nl, en))
    flat = {k: v for k, v in values.items() if not isinstance(v, dict | list)}
    range_values = {k: flat.pop(k) for k in [*RANGE_KEYS, "their_period"] if k in flat}
    for key, text_nl, text_en in _range_problems(range_values):
        problems.append(_located(path, lines.get(key), text_nl, text_en))
    for problem in validate_package_values(flat):
        problems.append(_located(path, lines.get(problem.key), problem.text_nl, problem.text_en))
    if problems:
        raise OfferFileError(sorted(problems, key=lambda p: p.line or 0))
    if "name" not in flat and default_name:
        flat["name"] = default_name
    return replace(Package.from_values(flat), their_range=_their_range(range_values))


def _range_problems(values: dict[str, object]) -> list[tuple[str, str, str]]:
    found = []
    for key, value in values.items():
        if key == "their_period":
            if value not in PERIODS:
                nl, en = _cli_text("their_period", key=key)
                found.append((key, nl, en))
            continue
        low, high = RANGE_KEYS[key]
        number = isinstance(value, int | float) and not isinstance(value, bool)
        if not number or not low <= float(value) <= high:  # type: ignore[arg-type]  # a TOML number, checked above
            nl, en = _cli_text("their_number", key=key, low=f"{low:g}", high=f"{high:g}")
            found.append((key, nl, en))
    low_max = values.get("their_min"), values.get("their_max")
    if not found and all(isinstance(v, int | float) for v in low_max):
        if float(low_max[0]) > float(low_max[1]):  # type: ignore[arg-type]  # TOML numbers, checked above
            found.append(("their_min", *_cli_text("their_order")))
    return found


def _their_range(values: dict[str, object]) -> SalaryRange | None:
    if not values:
        return None

    def number(key: str) -> float | None:
        value = values.get(key)
        return None if value is None else float(value)  # type: ignore[arg-type]  # a TOML number, checked above

    return SalaryRange(
        min=number("their_min"),
        max=number("their_max"),
        period=values.get("their_period", "month"),  # type: ignore[arg-type]  # one of the periods, checked above
        hours_per_week=number("their_hours_per_week"),
    )


def read_offer_file(path: str | Path) -> Package:
    """Read one offer file; an unnamed offer takes the file name (without .toml) as its name."""
    file = Path(path)
    try:
        text = file.read_text(encoding="utf-8")
    except FileNotFoundError:
        missing = _cli_text("file_missing", path=path)
        raise OfferFileError([FileProblem(str(path), None, *missing)]) from None
    except (OSError, UnicodeDecodeError) as error:
        texts = _cli_text("file_unreadable", path=path, reason=error)
        raise OfferFileError([FileProblem(str(path), None, *texts)]) from None
    return parse_offer_text(text, path=str(path), default_name=file.stem)
