"""`secondround offer compare`: the side-by-side table, --json, and messages for bad files."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from secondround.cli import main

DOCS = Path(__file__).resolve().parents[3] / "docs"
EXAMPLE_A = str(DOCS / "offer-example-a.toml")
EXAMPLE_B = str(DOCS / "offer-example-b.toml")


def write(tmp_path: Path, name: str, text: str) -> str:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return str(path)


@pytest.mark.parametrize(
    ("lang", "words"),
    [
        ("nl", ["Totale waarde per jaar", "Waarde per gewerkt uur", "Netto per gewone maand",
                "€ 4.250", "Aannames:", "Geen verlof in het eerste kwartaal"]),
        ("en", ["Total value per year", "Value per hour worked", "Net in a regular month",
                "€4,250", "Assumptions:"]),
    ],
)  # fmt: skip
def test_compare_prints_a_side_by_side_table(
    capsys: pytest.CaptureFixture[str], lang: str, words: list[str]
) -> None:
    assert main(["offer", "compare", EXAMPLE_A, EXAMPLE_B, "--lang", lang]) == 0
    out = capsys.readouterr().out
    assert "Bakker Logistiek" in out and "Gemeente Zwolle" in out
    assert all(word in out for word in words), [w for w in words if w not in out]


def test_compare_json_has_the_figures_per_offer(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["offer", "compare", EXAMPLE_A, EXAMPLE_B, "--json", "--year", "2025"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert [d["name"] for d in data] == ["Bakker Logistiek", "Gemeente Zwolle"]
    keys = {"name", "annual_gross_cash", "total_value", "worked_hours", "value_per_worked_hour",
            "net_monthly", "net_annual"}  # fmt: skip
    for offer in data:
        assert keys <= set(offer)
        assert offer["year"] == 2025
        assert 0 < offer["net_monthly"] < offer["annual_gross_cash"] / 12
        assert offer["net_annual"] < offer["annual_gross_cash"] < offer["total_value"]
    assert data[0]["worked_hours"] > data[1]["worked_hours"]  # 40 h against 36 h


def test_json_net_pay_is_null_when_not_covered(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "expat.toml", "monthly_gross = 6000\nthirty_percent_ruling = true\n")
    assert main(["offer", "compare", path, "--json"]) == 0
    offer = json.loads(capsys.readouterr().out)[0]
    assert offer["name"] == "expat" and offer["net_monthly"] is None
    assert "thirty_percent_ruling" in [w["code"] for w in offer["warnings"]]


def test_a_syntax_error_names_the_line_and_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "bad.toml", 'name = "Bad"\nmonthly_gross = 4000\nbonus 2000\n')
    assert main(["offer", "compare", EXAMPLE_A, path]) == 2
    captured = capsys.readouterr()
    assert captured.out == ""
    assert f"{path}, regel 3" in captured.err


def test_a_negative_salary_names_the_line_of_that_key_and_exits_2(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    path = write(tmp_path, "neg.toml", '# offer\nname = "Neg"\n\nmonthly_gross = -3000\n')
    assert main(["offer", "compare", path, "--lang", "en"]) == 2
    err = capsys.readouterr().err
    assert f"{path}, line 4:" in err and "monthly_gross" in err and "-3000" in err


def test_every_bad_file_is_reported_in_one_run(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    one = write(tmp_path, "one.toml", "monthly_gross = 4000\nhours_per_week = 200\n")
    two = write(tmp_path, "two.toml", "monthly_gross = 4000\nvacation_days = 400\n")
    assert main(["offer", "compare", one, two]) == 2
    err = capsys.readouterr().err
    assert "hours_per_week" in err and "vacation_days" in err


def test_a_missing_file_exits_2(capsys: pytest.CaptureFixture[str], tmp_path: Path) -> None:
    assert main(["offer", "compare", str(tmp_path / "nope.toml")]) == 2
    assert "nope.toml" in capsys.readouterr().err


def test_offer_without_an_action_shows_help(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["offer"]) == 2
    assert "compare" in capsys.readouterr().out


def test_an_unknown_year_is_refused_by_the_parser() -> None:
    with pytest.raises(SystemExit) as caught:
        main(["offer", "compare", EXAMPLE_A, "--year", "2024"])
    assert caught.value.code == 2


RANGE_OFFER = """
name = "Provincie"
monthly_gross = 3800
hours_per_week = 36
holiday_allowance_pct = 0
ikb_pct = 16.37
bonus = 1000
their_min = 3600
their_max = 4500
their_period = "month"
their_hours_per_week = 36
"""


def test_compare_reads_ikb_their_range_and_uncertain_parts(tmp_path, capsys) -> None:
    path = tmp_path / "provincie.toml"
    path.write_text(RANGE_OFFER, encoding="utf-8")
    assert main(["offer", "compare", str(path), "--json"]) == 0
    (found,) = json.loads(capsys.readouterr().out)
    assert found["ikb_pct"] == 16.37 and found["ikb"] == round(12 * 3800 * 0.1637, 2)
    assert found["uncertain"] == 1000
    assert found["total_value_certain"] == round(found["total_value"] - 1000, 2)
    assert found["their_range"] == {"min": 3600, "max": 4500, "period": "month",
        "hours_per_week": 36, "scale": None, "holiday_allowance_included": None,
        "ikb_pct": None, "thirteenth_month": None}  # fmt: skip
    assert [p["code"] for p in found["position"]] == ["in_range"]
    for key in ("name", "annual_gross_cash", "total_value", "net_monthly", "lines", "warnings"):
        assert key in found  # the earlier keys are all still there
    assert main(["offer", "compare", str(path)]) == 0
    out = capsys.readouterr().out
    assert "Naast hun bandbreedte:" in out and "Totale waarde zonder onzekere delen" in out


@pytest.mark.parametrize(
    ("extra", "message"),
    [('their_period = "week"', "their_period"), ("their_min = 5000", "their_min is hoger"),
     ('their_max = "veel"', "their_max moet een getal")],
)  # fmt: skip
def test_a_bad_range_in_the_file_is_refused_with_its_line(tmp_path, capsys, extra, message) -> None:
    path = tmp_path / "bad.toml"
    text = "\n".join(line for line in RANGE_OFFER.splitlines() if line.split(" =")[0] not in extra)
    path.write_text(text + "\n" + extra + "\n", encoding="utf-8")
    assert main(["offer", "compare", str(path)]) == 2
    err = capsys.readouterr().err
    assert message in err and "regel" in err
