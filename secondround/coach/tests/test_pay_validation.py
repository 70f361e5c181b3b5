"""Limits on offer values (shared with the web forms) and reading offer files with line numbers."""

from __future__ import annotations

import pytest

from secondround.coach.pay import (
    LIMITS,
    OfferFileError,
    Package,
    parse_offer_text,
    read_offer_file,
    validate_package_values,
    value_package,
)
from secondround.coach.pay.tomlfile import key_lines


@pytest.mark.parametrize(
    ("values", "key", "code"),
    [
        ({}, "monthly_gross", "required"),
        ({"monthly_gross": -100}, "monthly_gross", "too_low"),
        ({"monthly_gross": 0}, "monthly_gross", "too_low"),
        ({"monthly_gross": 2_000_000}, "monthly_gross", "too_high"),
        ({"monthly_gross": "4250"}, "monthly_gross", "wrong_type_number"),
        ({"monthly_gross": True}, "monthly_gross", "wrong_type_number"),
        ({"monthly_gross": float("nan")}, "monthly_gross", "wrong_type_number"),
        ({"monthly_gross": float("inf")}, "monthly_gross", "wrong_type_number"),
        ({"monthly_gross": 4000, "hours_per_week": 200}, "hours_per_week", "too_high"),
        ({"monthly_gross": 4000, "hours_per_week": 0}, "hours_per_week", "too_low"),
        ({"monthly_gross": 4000, "vacation_days": 400}, "vacation_days", "too_high"),
        ({"monthly_gross": 4000, "vacation_days": -1}, "vacation_days", "too_low"),
        ({"monthly_gross": 4000, "pension_employer_pct": 80}, "pension_employer_pct", "too_high"),
        ({"monthly_gross": 4000, "phone": "yes"}, "phone", "wrong_type_bool"),
        ({"monthly_gross": 4000, "conditions": 3}, "conditions", "wrong_type_text"),
        ({"monthly_gross": 4000, "lease_car_first_registration_year": 2025.5},
         "lease_car_first_registration_year", "wrong_type_year"),
        ({"monthly_gross": 4000, "salary": 4000}, "salary", "unknown_key"),
    ],
)  # fmt: skip
def test_impossible_values_are_named_in_both_languages(
    values: dict[str, object], key: str, code: str
) -> None:
    problems = validate_package_values(values)
    assert [(p.key, p.code) for p in problems] == [(key, code)]
    assert key in problems[0].text_nl and key in problems[0].text_en
    assert problems[0].text_nl != problems[0].text_en


def test_the_limits_cover_every_package_field() -> None:
    assert set(LIMITS) == set(Package.__dataclass_fields__) - {"stated", "their_range"}


def test_a_value_stated_in_a_file_is_not_called_a_default() -> None:
    stated = Package.from_values({"monthly_gross": 4000, "hours_per_week": 40})
    assert "hours_per_week" not in stated.defaults_used()
    assert "vacation_days" in stated.defaults_used()
    assert "hours_per_week" in Package(monthly_gross=4000).defaults_used()


def test_valid_values_build_a_package_with_floats() -> None:
    values: dict[str, object] = {"monthly_gross": 4000, "hours_per_week": 36, "phone": True}
    assert validate_package_values(values) == []
    pkg = Package.from_values(values)
    assert pkg.hours_per_week == 36.0 and isinstance(pkg.monthly_gross, float) and pkg.phone


@pytest.mark.parametrize(
    "package",
    [Package(monthly_gross=4000, hours_per_week=0), Package(monthly_gross=-1)],
)
def test_valuing_an_impossible_package_fails_loudly(package: Package) -> None:
    with pytest.raises(ValueError, match="cannot be"):
        value_package(package, year=2026, lang="nl")


def test_key_lines_finds_bare_and_quoted_keys_but_not_tables() -> None:
    text = 'name = "x"\n\n# comment\n"monthly_gross" = 1\n  bonus=2\n[extra]\nphone = true\n'
    assert key_lines(text) == {"name": 1, "monthly_gross": 4, "bonus": 5}


@pytest.mark.parametrize(
    ("text", "line", "fragment_nl", "fragment_en"),
    [
        ('name = "A"\nmonthly_gross = 4000\nbonus = \n', 3, "regel 3", "line 3"),
        ('name = "A"\nmonthly_gross = -4000\n', 2, "regel 2", "line 2"),
        (
            "monthly_gross = 4000\n\nhours_per_week = 200\n",
            3,
            "niet hoger zijn dan 60",
            "higher than 60",
        ),
        ("monthly_gross = 4000\nvacation_days = 400\n", 2, "400", "400"),
        (
            "monthly_gross = 4000\nsalaris = 5\n",
            2,
            "‘salaris’ ken ik niet",
            "I do not know ‘salaris’",
        ),
        ('monthly_gross = 4000\nphone = "ja"\n', 2, "true of false", "true or false"),
        ("monthly_gross = 4000\nbonus = [1, 2]\n", 2, "tabel of lijst", "table or list"),
    ],
)
def test_bad_files_point_at_the_line_to_fix(
    text: str, line: int, fragment_nl: str, fragment_en: str
) -> None:
    with pytest.raises(OfferFileError) as caught:
        parse_offer_text(text, path="offer.toml")
    problem = caught.value.problems[0]
    assert problem.line == line
    assert fragment_nl in problem.message("nl") and f"regel {line}" in problem.message("nl")
    assert fragment_en in problem.message("en") and f"line {line}" in problem.message("en")


def test_a_file_without_a_name_takes_the_file_name(tmp_path) -> None:  # type: ignore[no-untyped-def]
    path = tmp_path / "bakker.toml"
    path.write_text("monthly_gross = 4000\n", encoding="utf-8")
    assert read_offer_file(path).name == "bakker"


def test_a_missing_file_is_a_problem_not_a_crash(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(OfferFileError) as caught:
        read_offer_file(tmp_path / "nope.toml")
    assert "bestaat niet" in caught.value.problems[0].message("nl")
