"""`secondround analyze`: the report, the JSON, and exit code 2 when there is no usable text."""

import io
import json

import pytest

from secondround.cli import main

NL_ANSWER = (
    "Vorig jaar werkte ik als verpleegkundige in Utrecht. Mijn taak was om de overdracht te "
    "verbeteren. Ik heb een checklist gemaakt. Daardoor duurde de overdracht tien minuten korter."
)
EN_ANSWER = (
    "Last year I worked as a nurse in Leeds. My job was to speed up the handover. I wrote a "
    "checklist. As a result, the handover took ten minutes less. I learned to ask colleagues early."
)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        (NL_ANSWER, ["Zinnen", "1. [Situatie]", "[Actie]", "Ontbreekt: Reflectie", "Wat opvalt"]),
        (
            EN_ANSWER,
            ["Sentences", "1. [Situation]", "[Action]", "All five STARR parts", "complete"],
        ),
    ],
)
def test_it_prints_a_numbered_report_in_the_text_language(tmp_path, capsys, text, expected) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(text, encoding="utf-8")
    assert main(["analyze", str(answer)]) == 0
    out = capsys.readouterr().out
    for piece in expected:
        assert piece in out


def test_json_has_the_starr_parts_with_evidence(tmp_path, capsys) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(NL_ANSWER, encoding="utf-8")
    assert main(["analyze", str(answer), "--json", "--wpm", "100"]) == 0
    data = json.loads(capsys.readouterr().out)
    for part in ("situation", "task", "action", "result", "reflection"):
        assert set(data[part]) == {"present", "evidence", "sentences"}
    assert data["situation"] == {
        "present": True,
        "evidence": [0],
        "sentences": ["Vorig jaar werkte ik als verpleegkundige in Utrecht."],
    }
    assert data["reflection"]["present"] is False
    assert data["missing"] == ["reflection"]
    assert data["wpm"] == 100 and data["lang"] == "nl"
    assert {"words", "fillers", "i_count", "we_count", "observations", "claims"} <= set(data)


def test_it_reads_stdin_and_takes_the_language_flag(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(EN_ANSWER.encode("utf-8"))))
    assert main(["analyze", "-", "--lang", "nl"]) == 0
    assert "Taal: nl" in capsys.readouterr().out


@pytest.mark.parametrize(
    ("content", "message"),
    [
        (b"", "empty"),
        (b"   \n\t  \n", "empty"),
        (b"\xff\xfe\x00\x01binary\x9c", "not UTF-8"),
        (b"\x00\x01\x02\x03", "binary"),
    ],
)
def test_unusable_files_exit_2_with_a_message(tmp_path, capsys, content, message) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_bytes(content)
    assert main(["analyze", str(answer)]) == 2
    captured = capsys.readouterr()
    assert message in captured.err
    assert captured.out == ""


def test_a_missing_file_exits_2(tmp_path, capsys) -> None:
    assert main(["analyze", str(tmp_path / "nope.txt")]) == 2
    assert "file not found" in capsys.readouterr().err


def test_empty_stdin_exits_2(monkeypatch, capsys) -> None:
    monkeypatch.setattr("sys.stdin", io.TextIOWrapper(io.BytesIO(b"")))
    assert main(["analyze"]) == 2
    assert "empty" in capsys.readouterr().err


def test_help_explains_the_command(capsys) -> None:
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", "--help"])
    assert exit_info.value.code == 0
    out = capsys.readouterr().out
    assert "STARR" in out and "--json" in out and "--wpm" in out and "Exit codes" in out


def test_a_zero_wpm_is_refused(tmp_path, capsys) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(NL_ANSWER, encoding="utf-8")
    with pytest.raises(SystemExit) as exit_info:
        main(["analyze", str(answer), "--wpm", "0"])
    assert exit_info.value.code == 2


def test_json_has_follow_ups_and_tips_in_the_order_they_would_be_asked(tmp_path, capsys) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(NL_ANSWER, encoding="utf-8")
    assert main(["analyze", str(answer), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["answer_type"] == "star" and data["on_topic"] is True
    assert [f["targets"] for f in data["follow_ups"]] == [["reflection"]]
    assert set(data["follow_ups"][0]) >= {"text", "reason", "targets"}
    assert "reflection" in [tip["about"] for tip in data["tips"]]


PITCH_NL = (
    "Ik ben Sanne en ik werk nu als planner bij een groothandel. Daarvoor heb ik zes jaar in de "
    "logistiek gewerkt. Ik zoek meer verantwoordelijkheid en daarom wil ik deze functie graag."
)


def test_a_pitch_is_judged_as_a_pitch(tmp_path, capsys) -> None:
    answer = tmp_path / "pitch.txt"
    answer.write_text(PITCH_NL, encoding="utf-8")
    question = "Kun je me in het kort vertellen wie je bent?"
    assert main(["analyze", str(answer), "--type", "pitch", "--question", question]) == 0
    out = capsys.readouterr().out
    assert "Een goede pitch" in out and "Ontbreekt" not in out and "geen reflectie" not in out


def test_an_answer_to_another_question_is_named_and_asked_again(tmp_path, capsys) -> None:
    answer = tmp_path / "pitch.txt"
    answer.write_text(PITCH_NL, encoding="utf-8")
    question = "Stel dat we je een aanbod doen. Wat moet erin staan om ja te zeggen?"
    args = ["analyze", str(answer), "--type", "opinion", "--question", question, "--json"]
    assert main(args) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["on_topic"] is False
    assert [f["targets"] for f in data["follow_ups"]] == [["relevance"]]
    assert question in data["follow_ups"][0]["text"]
    assert data["tips"][0]["about"] == "relevance"


def test_an_unknown_type_is_refused(tmp_path, capsys) -> None:
    answer = tmp_path / "answer.txt"
    answer.write_text(NL_ANSWER, encoding="utf-8")
    with pytest.raises(SystemExit) as stopped:
        main(["analyze", str(answer), "--type", "essay"])
    assert stopped.value.code == 2
