"""Example practice data for the demo account: questions to ask, one finished practice interview and
one question practised on its own (improved once, so the earlier attempt shows)."""

from __future__ import annotations

import io
import math
import struct
import wave
from typing import Any

from secondround.applications.selectors import Round, notes_of, previous_round
from secondround.coach.lang import as_lang
from secondround.talk import services as talk_services

from . import selectors, services
from .models import Direction, MockAnswer, OwnQuestion, RoundFit

GOOD = {
    "nl": (
        "Bij mijn vorige werkgever werkte ik als senior medewerker klantenservice. Na een storing "
        "stonden er op een maandag ruim driehonderd klachten open. Mijn taak was om die binnen een "
        "week af te handelen zonder dat de wachttijd opliep. Ik heb het team in twee groepen "
        "verdeeld en zelf de lastigste gesprekken overgenomen. Daardoor waren alle klachten binnen "
        "vijf dagen opgelost en daalde de wachttijd met twintig procent. Ik heb geleerd dat rust en "
        "een duidelijke verdeling meer opleveren dan harder werken."
    ),
    "en": (
        "At my previous employer I was a senior customer service agent. After an outage, more than "
        "three hundred complaints were open on a Monday. My task was to handle them within a week "
        "without longer waiting times. I split the team into two groups and took the hardest calls "
        "myself. As a result, all complaints were solved within five days and waiting time fell by "
        "twenty percent. I learned that calm and a clear split of work achieve more than working "
        "harder."
    ),
}
NO_RESULT = {
    "nl": (
        "Ik ben iemand die graag met mensen werkt. In mijn huidige team help ik collega's vaak als "
        "het druk is, en ik denk mee over hoe het beter kan."
    ),
    "en": (
        "I like working with people. In my current team I often help colleagues when it is busy, "
        "and I think along about how things can be better."
    ),
}
OWN_WORDING = {
    "nl": "Waar is het team het meest trots op van het afgelopen jaar?",
    "en": "What is the team most proud of from the past year?",
}

OWN_QUESTION = {
    "nl": (
        "Hoe ga je om met een klant die elke dag opnieuw belt over dezelfde klacht?",
        "Of je vriendelijk én duidelijk kunt zijn, en of je een grens durft te stellen.",
        "Noem je voorbeeld van de klant met de dubbele factuur: wat deed je, en wat leverde het op?",
    ),
    "en": (
        "How do you handle a customer who calls every day about the same complaint?",
        "Whether you can be friendly and clear at once, and dare to set a limit.",
        "Use your example of the customer with the double invoice: what did you do, what came of it?",
    ),
}

WEAKNESS = {
    "nl": (
        "Mijn grootste zwakte is dat ik soms te veel zelf wil doen. Vorig jaar merkte ik dat ik "
        "'s avonds nog offertes controleerde die een collega prima kon doen. Nu spreek ik aan het "
        "begin van de week af wie wat oppakt, en vraag ik eerder om hulp. Daar werk ik nog steeds "
        "aan, en het gaat steeds beter."
    ),
    "en": (
        "My biggest weakness is that I sometimes want to do too much myself. Last year I noticed I "
        "was still checking quotes in the evening that a colleague could easily handle. Now I agree "
        "at the start of the week who picks up what, and I ask for help sooner. I am still working "
        "on it, and it is going better and better."
    ),
}

# The first try at the weakness question, before the user improved it.
WEAKNESS_FIRST = {
    "nl": "Ik ben soms een beetje te perfectionistisch.",
    "en": "I am sometimes a bit of a perfectionist.",
}

DEMO_DRILL = "drill-buy-time-bad-at"


def _questions_to_ask(round: Round, lang: str) -> None:
    for suggestion in selectors.for_round(round, lang=as_lang(lang))[:5]:
        services.round_question_add(round=round, text=suggestion.text, source_id=suggestion.id)
    first, second = selectors.questions_for_round(round)[:2]
    first.text = OWN_WORDING[as_lang(lang)]
    services.round_question_save(question=first)
    # A question tied to one person: the sheet shows it as "Vraag aan Joost Bakker: ...".
    second.interviewer = round.interviewers.filter(kind="manager").first()
    services.round_question_save(question=second)
    # One of the points she wanted to find out after round one becomes a question to ask; the
    # other stays open, so the sheet shows it as still to check.
    notes = notes_of(previous_round(round))
    if notes is not None and notes.find_out_points:
        point = notes.find_out_points[0]
        services.find_out_settle(round=round, notes=notes, point=point, action="ask", lang=lang)


def fill(*, user: Any, application: Any, rounds: list[Round], lang: str) -> None:
    round_two = rounds[-1]
    lang = as_lang(lang)
    _questions_to_ask(round_two, lang)
    text, tests, tip = OWN_QUESTION[lang]
    services.own_question_save(
        question=OwnQuestion(
            direction=Direction.THEY_ASK,
            text=text,
            kinds=["manager"],
            category="difficult",
            round=RoundFit.SECOND,
            tests=tests,
            tip=tip,
        ),
        user=user,
    )
    # Five questions, so a known face's STARR question is among them; two are answered.
    session = services.mock_start(round=round_two, lang=lang, size=5)
    answers = list(session.answers.order_by("position"))
    # The STARR story answers a question that asks for an example (not the opening pitch).
    first = next((a for a in answers if a.answer_type == "star"), answers[0])
    second = next(a for a in answers if a != first)
    services.answer_submit(answer=first, text=GOOD[lang], seconds=95, lang=lang)
    services.answer_submit(answer=second, text=NO_RESULT[lang], seconds=25, lang=lang)
    session.answers.filter(answered_at__isnull=True).delete()
    services.session_finish(session=session)
    _practise_one_question(user=user, round=round_two, lang=lang)
    drill = {
        "nl": "Dat is een goede vraag, daar wil ik even over nadenken. Bedoel je mijn laatste baan?",
        "en": "That is a good question, let me think for a moment. Do you mean my last job?",
    }
    services.drill_attempt_save(user=user, drill_id=DEMO_DRILL, answer=drill[lang], lang=lang)
    _record_first_answer(user)


def _practise_one_question(*, user: Any, round: Round, lang: str) -> None:
    """The question about a weakness, practised on its own from the bank, improved once and
    finished."""
    question = selectors.practice_question(user=user, question_id="q-weakness")
    if question is None:  # the bank no longer holds it
        return
    session = services.single_start(user=user, question=question, round=round, lang=lang)
    answer = session.answers.get()
    services.answer_submit(answer=answer, text=WEAKNESS_FIRST[as_lang(lang)], seconds=5, lang=lang)
    services.answer_submit(answer=answer, text=WEAKNESS[as_lang(lang)], seconds=40, lang=lang)
    services.session_finish(session=session)


def _record_first_answer(user: Any) -> None:
    """One recorded answer with its transcript, so the recordings page has something to show."""
    answer = (
        MockAnswer.objects.for_user(user).filter(answered_at__isnull=False).order_by("pk").first()
    )
    if answer is None:
        return
    audio, levels = _tone(3.0)
    recording = talk_services.recording_save(
        user=user, audio=audio, content_type="audio/wav", levels=levels, answer=answer,
        question_text=answer.question_text,
    )  # fmt: skip
    recording.transcript = answer.answer_text
    recording.save(update_fields=["transcript"])


RATE = 8000


def _tone(seconds: float) -> tuple[bytes, list[float]]:
    """A short WAV (a soft hum, a pause, a hum) and its loudness per 50 ms: a stand-in for speech."""
    frames, levels = [], []
    for index in range(int(seconds * RATE)):
        t = index / RATE
        loud = 0.0 if 1.0 <= t < 1.6 else 0.2
        frames.append(int(32767 * loud * math.sin(2 * math.pi * 180 * t)))
    for start in range(0, len(frames), RATE // 20):
        chunk = frames[start : start + RATE // 20]
        levels.append(round(math.sqrt(sum((f / 32767) ** 2 for f in chunk) / len(chunk)), 4))
    buffer = io.BytesIO()
    with wave.open(buffer, "wb") as out:
        out.setnchannels(1)
        out.setsampwidth(2)
        out.setframerate(RATE)
        out.writeframes(struct.pack(f"<{len(frames)}h", *frames))
    return buffer.getvalue(), levels
