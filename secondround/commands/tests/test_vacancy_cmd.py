"""`secondround vacancy`: competencies and salary information, as a report and as JSON."""

import io
import json

import pytest

from secondround.cli import main

VACANCY = (
    "Beleidsadviseur Wonen (36 uur)\n"
    "Je bent een teamspeler en communicatief sterk.\n"
    "Je beheert een budget van € 2 miljoen. Bel 06-12345678.\n"
    "Salaris: € 3.600 – € 4.500 bruto per maand o.b.v. 36 uur (schaal 10), excl. 8% vakantiegeld.\n"
    "Een Individueel Keuzebudget (IKB) van 16,37% en geen 13e maand.\n"
)
KEYS = {"min", "max", "period", "hours_per_week", "scale", "holiday_allowance_included",
        "ikb_pct", "thirteenth_month", "evidence"}  # fmt: skip


def test_json_has_exactly_the_listed_keys(tmp_path, capsys) -> None:
    path = tmp_path / "vacature.txt"
    path.write_text(VACANCY, encoding="utf-8")
    assert main(["vacancy", str(path), "--json"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert set(found) == {"competencies", "salary"}
    assert set(found["salary"]) == KEYS
    salary = found["salary"]
    assert (salary["min"], salary["max"], salary["period"]) == (3600, 4500, "month")
    assert salary["hours_per_week"] == 36 and salary["scale"] == "10"
    assert salary["holiday_allowance_included"] is False and salary["ikb_pct"] == 16.37
    assert salary["thirteenth_month"] is False
    assert len(salary["evidence"]) == 2 and "budget van" not in " ".join(salary["evidence"])
    assert "Samenwerken" in found["competencies"] and "Communicatie" in found["competencies"]


def test_json_names_competencies_in_english_and_nulls_what_is_not_said(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"We want a team player.")))
    assert main(["vacancy", "-", "--json", "--lang", "en"]) == 0
    found = json.loads(capsys.readouterr().out)
    assert found["competencies"] == ["Collaboration"]
    assert found["salary"] == {key: ([] if key == "evidence" else None) for key in KEYS}


@pytest.mark.parametrize(
    ("lang", "expected"),
    [("nl", ["Competenties:", "€ 3.600 tot € 4.500 per maand", "schaal 10", "IKB 16,37%",
             "Gelezen in:"]),
     ("en", ["Competencies:", "€3,600 to €4,500 a month", "scale 10", "IKB 16.37%", "Read in:"])],
)  # fmt: skip
def test_the_report_shows_the_range_and_the_sentences(tmp_path, capsys, lang, expected) -> None:
    path = tmp_path / "vacature.txt"
    path.write_text(VACANCY, encoding="utf-8")
    assert main(["vacancy", str(path), "--lang", lang]) == 0
    out = capsys.readouterr().out
    for piece in expected:
        assert piece in out


def test_a_vacancy_without_pay_says_to_ask(tmp_path, capsys) -> None:
    path = tmp_path / "v.txt"
    path.write_text("We zoeken een collega met humor.", encoding="utf-8")
    assert main(["vacancy", str(path)]) == 0
    assert "zegt niets over salaris" in capsys.readouterr().out


@pytest.mark.parametrize("content", [b"", b"\xff\xfe\x00binary"])
def test_no_usable_text_is_exit_2(tmp_path, capsys, content) -> None:
    path = tmp_path / "v.txt"
    path.write_bytes(content)
    assert main(["vacancy", str(path)]) == 2
    assert "secondround vacancy:" in capsys.readouterr().err
    assert main(["vacancy", str(tmp_path / "missing.txt")]) == 2


def test_help_names_the_json_keys(capsys) -> None:
    with pytest.raises(SystemExit) as exit_:
        main(["vacancy", "--help"])
    assert exit_.value.code == 0
    out = capsys.readouterr().out
    assert "holiday_allowance_included" in out and "FILE" in out and "--json" in out
