"""Recording a spoken answer: kept in the data folder, measured, transcribed only when turned on,
listed, played back and deleted (one, all, or with the account)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from django.test import Client
from django.urls import reverse

from secondround.accounts.services import user_delete
from secondround.practice.models import MockAnswer
from secondround.practice.tests.factories import as_star_question, make_round_two, make_session

from ..models import Recording
from ..services import engine_settings

pytestmark = pytest.mark.django_db
AUDIO = b"\x1aE\xdf\xa3 fake webm bytes"
# 1 s silence, 2 s speech, 1.5 s pause, 1 s speech: 50 ms frames.
LEVELS = [0.001] * 20 + [0.2] * 40 + [0.001] * 30 + [0.2] * 20


@pytest.fixture
def answer(alice: Any) -> MockAnswer:
    session = make_session(round=make_round_two(user=alice), size=3)
    return as_star_question(session.answers.order_by("position")[0])


def _upload(client: Any, item: MockAnswer, **extra: Any) -> Any:
    data = {
        "audio": SimpleUploadedFile("answer.webm", AUDIO, "audio/webm;codecs=opus"),
        "levels": json.dumps(LEVELS),
        "answer": str(item.pk),
        **extra,
    }
    return client.post(reverse("practice:record"), data)


def _turn_on_transcription(user: Any, url: str) -> None:
    engines = engine_settings(user)
    engines.transcription_on, engines.transcription_url = True, url
    engines.transcription_model, engines.transcription_key = "whisper-1", "sk-secret-abcd"
    engines.save()


def test_a_recording_is_kept_in_the_data_folder_and_measured(
    alice_client: Any, answer: MockAnswer, settings: Any, fake: Any
) -> None:
    response = _upload(alice_client, answer)
    assert response.status_code == 200
    data = response.json()
    recording = Recording.objects.get(pk=data["id"])
    assert recording.answer == answer and recording.question_text == answer.question_text
    assert recording.path is not None and recording.path.read_bytes() == AUDIO
    assert Path(settings.AUDIO_DIR) in recording.path.parents
    assert data["speaking"] == pytest.approx(4.5, abs=0.1) and data["pauses"] == [1.5]
    assert "4,5 s" in data["summary"] and "1,5 s" in data["summary"]  # Dutch decimals
    assert data["transcript"] == "" and data["message"] == ""
    assert fake.requests == []  # transcription is off: nothing left the machine


def test_with_transcription_on_the_transcript_comes_back(
    alice_client: Any, alice: Any, answer: MockAnswer, fake: Any
) -> None:
    _turn_on_transcription(alice, fake.url)
    fake.transcript = "Vorig jaar werkte ik als planner."
    data = _upload(alice_client, answer).json()
    assert data["transcript"] == "Vorig jaar werkte ik als planner."
    sent = fake.requests[0]
    assert sent.path == "/v1/audio/transcriptions" and AUDIO in sent.body
    assert sent.headers["authorization"] == "Bearer sk-secret-abcd"
    assert Recording.objects.get(pk=data["id"]).transcribed_by == fake.host


@pytest.mark.parametrize(
    ("mode", "message"),
    [(401, "weigerde de sleutel"), (429, "heeft het druk"), (500, "gaf een fout"),
     ("garbage", "niet kan lezen"), ("timeout", "niet op tijd"), ("empty", "geen woorden")],
)  # fmt: skip
def test_a_failing_transcription_says_why_in_one_line_and_keeps_the_recording(
    alice_client: Any, alice: Any, answer: MockAnswer, fake: Any, mode: Any, message: str
) -> None:
    _turn_on_transcription(alice, fake.url)
    fake.mode = mode
    data = _upload(alice_client, answer).json()
    assert data["transcript"] == "" and message in data["message"]
    assert Recording.objects.get(pk=data["id"]).path is not None


@pytest.mark.parametrize(
    ("changes", "status"),
    [({"levels": "not json"}, 422), ({"levels": "[2, 3]"}, 422),
     ({"audio": SimpleUploadedFile("x.txt", b"hello", "text/plain")}, 422),
     ({"audio": SimpleUploadedFile("x.webm", b"", "audio/webm")}, 422),
     ({"answer": "99999"}, 404), ({"answer": "", "drill": "no-such-drill"}, 404)],
)  # fmt: skip
def test_bad_uploads_are_refused_with_a_message(
    alice_client: Any, answer: MockAnswer, changes: dict[str, Any], status: int
) -> None:
    response = _upload(alice_client, answer, **changes)
    assert response.status_code == status
    assert not Recording.objects.exists()


def test_a_drill_can_be_recorded(alice_client: Any, answer: MockAnswer) -> None:
    response = _upload(alice_client, answer, answer="", drill="drill-buy-time-bad-at")
    recording = Recording.objects.get(pk=response.json()["id"])
    assert recording.drill_id == "drill-buy-time-bad-at" and recording.answer is None
    assert "niet goed in" in recording.question_text


def test_recording_needs_login_is_404_for_bob_and_405_for_get(answer: MockAnswer, bob: Any) -> None:
    anonymous, as_bob = Client(), Client()
    as_bob.force_login(bob)
    assert _upload(anonymous, answer).status_code == 302
    assert _upload(as_bob, answer).status_code == 404
    assert as_bob.get(reverse("practice:record")).status_code == 405
    assert not Recording.objects.exists()


def test_the_list_plays_back_and_deletes_one_or_all(alice_client: Any, answer: MockAnswer) -> None:
    first = Recording.objects.get(pk=_upload(alice_client, answer).json()["id"])
    second = Recording.objects.get(pk=_upload(alice_client, answer).json()["id"])
    page = alice_client.get(reverse("talk:recordings")).content.decode()
    assert reverse("talk:audio", args=[first.pk]) in page and "Je opnames" in page
    played = alice_client.get(reverse("talk:audio", args=[first.pk]))
    assert b"".join(played.streaming_content) == AUDIO
    assert played["Content-Type"] == "audio/webm"
    path = first.path
    assert path is not None
    alice_client.post(reverse("talk:recording_delete", args=[first.pk]))
    assert not path.exists() and Recording.objects.count() == 1
    assert second.path is not None
    folder = second.path.parent
    response = alice_client.post(reverse("talk:recordings_delete_all"))
    assert response.status_code == 302
    assert not Recording.objects.exists() and not folder.exists()


def test_bob_cannot_hear_or_delete_alices_recording(
    alice_client: Any, answer: MockAnswer, bob: Any
) -> None:
    recording = Recording.objects.get(pk=_upload(alice_client, answer).json()["id"])
    as_bob = Client()
    as_bob.force_login(bob)
    assert as_bob.get(reverse("talk:audio", args=[recording.pk])).status_code == 404
    assert as_bob.post(reverse("talk:recording_delete", args=[recording.pk])).status_code == 404
    as_bob.post(reverse("talk:recordings_delete_all"))
    assert Recording.objects.filter(pk=recording.pk).exists() and recording.path is not None


def test_deleting_the_account_deletes_the_audio(
    alice_client: Any, alice: Any, answer: MockAnswer
) -> None:
    recording = Recording.objects.get(pk=_upload(alice_client, answer).json()["id"])
    assert recording.path is not None
    folder = recording.path.parent
    user_delete(user=alice)
    assert not folder.exists() and not Recording.objects.exists()


def test_a_spoken_answer_is_judged_on_its_measured_speaking_time(
    alice_client: Any, answer: MockAnswer
) -> None:
    recording = _upload(alice_client, answer).json()["id"]
    text = "Vorig jaar werkte ik als planner bij een vervoerder. Ik heb de roosters aangepast."
    alice_client.post(answer.get_absolute_url(), {"answer_text": text, "recording": recording})
    answer.refresh_from_db()
    assert answer.analysis is not None
    spoken = answer.analysis["spoken"]
    assert spoken["speaking_seconds"] == pytest.approx(4.5, abs=0.1) and spoken["pauses"] == [1.5]
    assert spoken["wpm"] == round(len(text.split()) * 60 / spoken["speaking_seconds"])
    assert answer.analysis["speaking_seconds"] == pytest.approx(4.5, abs=1)
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert "Gemeten uit je opname" in page and "1,5 s" in page


@pytest.mark.parametrize(
    ("language", "shown", "not_shown"),
    [
        (
            "nl",
            ["Gemeten uit je opname: je sprak 4,5 s.", "Mik op 60–120 s.",
             "Dat is aan de korte kant"],
            # Said once, under speaking time: the length tip does not repeat it.
            ["Volgens de timer", "75 s", "Geschat op basis van het aantal woorden",
             "je sprak 4,5 s. Richt je op 60–120 s."],
        ),
        (
            "en",
            ["Measured from your recording: you spoke for 4.5 s.", "Aim for 60–120 s.",
             "That is on the short side"],
            ["The timer says", "75 s", "Estimated from the number of words",
             "you spoke for 4.5 s. Aim for 60–120 s."],
        ),
    ],
)  # fmt: skip
def test_a_recorded_answer_shows_and_judges_one_length_the_speaking_time(
    alice_client: Any, alice: Any, answer: MockAnswer, language: str, shown: list[str],
    not_shown: list[str],
) -> None:  # fmt: skip
    alice.language = language
    alice.save()
    answer.target_min, answer.target_max = 60, 120
    answer.save()
    recording = _upload(alice_client, answer).json()["id"]
    text = "Vorig jaar werkte ik als planner bij een vervoerder. Ik heb de roosters aangepast."
    data = {"answer_text": text, "recording": recording, "seconds_taken": "75"}
    alice_client.post(answer.get_absolute_url(), data)
    page = alice_client.get(answer.get_absolute_url()).content.decode()
    assert [t for t in shown if t not in page] == [] and [t for t in not_shown if t in page] == []


def test_the_microphone_is_allowed_for_this_site_only(
    alice_client: Any, answer: MockAnswer
) -> None:
    response = alice_client.get(answer.get_absolute_url())
    assert "microphone=(self)" in response["Permissions-Policy"]
    assert "media-src 'self' blob:" in response["Content-Security-Policy"]
    assert "connect-src 'self'" in response["Content-Security-Policy"]
    page = response.content.decode()
    assert "data-recorder" in page and "talk/recorder" in page


def test_export_carries_transcripts_and_audio_only_when_asked(
    alice_client: Any, alice: Any, answer: MockAnswer, fake: Any, tmp_path: Path
) -> None:
    import base64

    from secondround.cli import main

    _turn_on_transcription(alice, fake.url)
    fake.transcript = "Ik werkte als planner."
    _upload(alice_client, answer)
    plain, full = tmp_path / "plain.json", tmp_path / "full.json"
    assert main(["export", "--email", alice.email, "-o", str(plain)]) == 0
    assert main(["export", "--email", alice.email, "-o", str(full), "--with-audio"]) == 0
    document = json.loads(plain.read_text())
    rows = document["data"]["talk.recording"]
    assert rows[0]["transcript"] == "Ik werkte als planner." and "audio" not in document
    assert "sk-secret-abcd" not in plain.read_text() and "sk-secret-abcd" not in full.read_text()
    audio = json.loads(full.read_text())["audio"]
    assert base64.b64decode(audio["1"]["data"]) == AUDIO


def test_an_imported_recording_keeps_its_transcript_without_audio(
    alice_client: Any, alice: Any, answer: MockAnswer, bob: Any
) -> None:
    from secondround import portability

    recording = Recording.objects.get(pk=_upload(alice_client, answer).json()["id"])
    recording.transcript = "Ik werkte als planner."
    recording.save()
    document = portability.export_user(alice)
    assert recording.path is not None
    recording.path.unlink()  # as on another computer
    portability.import_user(bob, document)
    copy = Recording.objects.for_user(bob).get()
    assert copy.transcript == "Ik werkte als planner." and copy.path is None
    as_bob = Client()
    as_bob.force_login(bob)
    page = as_bob.get(reverse("talk:recordings")).content.decode()
    assert "Ik werkte als planner." in page and "niet op deze computer" in page


def test_an_export_with_audio_imports_with_its_audio(
    alice_client: Any, alice: Any, answer: MockAnswer, bob: Any, tmp_path: Path
) -> None:
    from secondround.cli import main

    _upload(alice_client, answer)
    full = tmp_path / "full.json"
    assert main(["export", "--email", alice.email, "-o", str(full), "--with-audio"]) == 0
    assert main(["import", str(full), "--email", bob.email]) == 0
    copy = Recording.objects.for_user(bob).get()
    assert copy.path is not None and copy.path.read_bytes() == AUDIO and copy.size == len(AUDIO)
    assert copy.path.parent.name == str(bob.pk)
    as_bob = Client()
    as_bob.force_login(bob)
    played: Any = as_bob.get(reverse("talk:audio", args=[copy.pk]))
    assert played.status_code == 200 and b"".join(played.streaming_content) == AUDIO


@pytest.mark.parametrize(
    "audio",
    [
        {"2": None},  # a recording the file does not hold
        {"1": {"content_type": "audio/webm", "data": "not base64 !"}},
        {"1": {"content_type": "audio/ogg", "data": "AAAA"}},  # not the recording's kind
        {"1": {"content_type": "audio/webm", "data": "AAAA", "extra": 1}},
        ["AAAA"],
    ],
)
def test_damaged_audio_refuses_the_whole_import_and_writes_nothing(
    alice_client: Any, alice: Any, answer: MockAnswer, bob: Any, settings: Any, audio: Any
) -> None:
    from secondround import portability

    _upload(alice_client, answer)
    document = json.loads(portability.dumps(portability.export_user(alice, with_audio=True)))
    document["audio"] = audio
    with pytest.raises(portability.ImportRefused, match="audio"):
        portability.import_user(bob, portability.parse(json.dumps(document).encode()))
    assert not Recording.objects.for_user(bob).exists()
    assert not (Path(settings.AUDIO_DIR) / str(bob.pk)).exists() or not any(
        (Path(settings.AUDIO_DIR) / str(bob.pk)).iterdir()
    )


def test_settings_offer_the_download_with_audio_only_when_there_is_audio(
    alice_client: Any, answer: MockAnswer
) -> None:
    link = reverse("accounts:export") + "?audio=1"
    assert link not in alice_client.get(reverse("accounts:settings")).content.decode()
    _upload(alice_client, answer)
    assert link in alice_client.get(reverse("accounts:settings")).content.decode()
    with_audio = json.loads(alice_client.get(link).content)
    without = json.loads(alice_client.get(reverse("accounts:export")).content)
    assert set(with_audio["audio"]) == {"1"} and "audio" not in without
