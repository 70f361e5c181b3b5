"""Services of the practice app: list order, mock composition, and export → import."""

from __future__ import annotations

from typing import Any

import pytest

from secondround.accounts.models import User
from secondround.coach.questions import questions_they_ask
from secondround.portability import export_user, import_user
from secondround.testing.factories import make_application, make_debrief, make_round

from .. import selectors, services
from ..models import EarlierAttempt, MockAnswer, RoundQuestion
from .factories import (
    GOOD_ANSWER,
    NO_RESULT_ANSWER,
    as_star_question,
    make_drill_attempt,
    make_own_question,
    make_round_question,
    make_round_two,
    make_session,
)

pytestmark = pytest.mark.django_db


def _positions(round: Any) -> list[tuple[str, int]]:
    return [(q.text, q.position) for q in selectors.questions_for_round(round)]


def test_reorder_keeps_positions_one_to_n(alice: Any) -> None:
    round = make_round_two(user=alice)
    a, b, c = (services.round_question_add(round=round, text=t) for t in ("A", "B", "C"))
    services.round_question_move(question=c, direction="up")
    assert _positions(round) == [("A", 1), ("C", 2), ("B", 3)]
    services.round_question_move(question=a, direction="up")  # already first: nothing changes
    services.round_question_move(question=b, direction="down")  # already last
    assert _positions(round) == [("A", 1), ("C", 2), ("B", 3)]
    services.round_question_delete(question=a)
    assert _positions(round) == [("C", 1), ("B", 2)]
    services.round_question_add(round=round, text="D")
    assert _positions(round) == [("C", 1), ("B", 2), ("D", 3)]


def test_reorder_repairs_gaps_and_duplicates(alice: Any) -> None:
    round = make_round_two(user=alice)
    make_round_question(round=round, text="A", position=4)
    b = make_round_question(round=round, text="B", position=4)
    make_round_question(round=round, text="C", position=9)
    services.round_question_move(question=b, direction="down")
    assert [p for _, p in _positions(round)] == [1, 2, 3]


def test_mock_is_composed_from_the_panel_with_reasons(alice: Any) -> None:
    round = make_round_two(user=alice)
    session = services.mock_start(round=round, lang="nl", size=5)
    answers = list(session.answers.order_by("position"))
    assert [a.position for a in answers] == [1, 2, 3, 4, 5]
    reasons = " ".join(r for a in answers for r in a.reasons)
    assert "Nieuw gezicht" in reasons and "Joost" in reasons
    assert all(a.target_min <= a.target_max for a in answers)


def test_a_second_session_varies_the_questions(alice: Any) -> None:
    round = make_round_two(user=alice)
    first = {a.question_id for a in make_session(round=round, size=5).answers.all()}
    second = {a.question_id for a in make_session(round=round, size=5).answers.all()}
    assert first != second and len(second) == 5


def test_submit_stores_analysis_and_draft_keeps_it(alice: Any) -> None:
    round = make_round_two(user=alice)
    answer = as_star_question(make_session(round=round).answers.first())
    services.answer_submit(answer=answer, text=GOOD_ANSWER, seconds=95, lang="nl")
    answer.refresh_from_db()
    assert answer.is_answered and answer.has_part("result") and answer.has_part("reflection")
    services.answer_save_draft(answer=answer, text="Nieuwe versie", seconds=12)
    answer.refresh_from_db()
    assert answer.analysis is not None and answer.draft_text == "Nieuwe versie"
    assert answer.answer_text == GOOD_ANSWER and answer.seconds_taken == 95


def test_improving_keeps_the_earlier_attempt_and_counts_the_latest(alice: Any) -> None:
    round = make_round_two(user=alice)
    answer = as_star_question(make_session(round=round).answers.first())
    services.answer_submit(answer=answer, text=NO_RESULT_ANSWER, seconds=20, lang="nl")
    first_analysis = MockAnswer.objects.get(pk=answer.pk).analysis
    services.answer_save_draft(answer=answer, text="Half af")
    services.answer_submit(answer=answer, text=GOOD_ANSWER, seconds=95, lang="nl")
    answer.refresh_from_db()
    (earlier,) = answer.earlier_attempts.all()
    assert (earlier.answer_text, earlier.seconds_taken) == (NO_RESULT_ANSWER, 20)
    assert earlier.analysis == first_analysis and not earlier.has_part("result")
    assert answer.answer_text == GOOD_ANSWER and answer.has_part("result")
    assert earlier.answered_at is not None and answer.answered_at is not None
    assert answer.draft_text == "" and earlier.answered_at < answer.answered_at
    assert selectors.session_row(answer.session).with_result == 1
    # The other way round: a better earlier attempt does not count once a weaker one replaced it.
    services.answer_submit(answer=answer, text=NO_RESULT_ANSWER, seconds=20, lang="nl")
    assert selectors.session_row(answer.session).with_result == 0


def test_a_first_answer_keeps_no_earlier_attempt(alice: Any) -> None:
    round = make_round_two(user=alice)
    answer = as_star_question(make_session(round=round).answers.first())
    services.answer_save_draft(answer=answer, text="Eerste opzet")
    services.answer_submit(answer=answer, text=GOOD_ANSWER, seconds=95, lang="nl")
    assert not EarlierAttempt.objects.exists()


def test_every_improvement_keeps_its_attempt_in_order(alice: Any, bob: Any) -> None:
    round = make_round_two(user=alice)
    answer = as_star_question(make_session(round=round).answers.first())
    for text in ("Eén", "Twee", "Drie"):
        services.answer_submit(answer=answer, text=text, seconds=None, lang="nl")
    assert [a.answer_text for a in answer.earlier_attempts.all()] == ["Eén", "Twee"]
    assert EarlierAttempt.objects.for_user(alice).count() == 2
    assert not EarlierAttempt.objects.for_user(bob).exists()


def test_export_import_round_trip(alice: Any) -> None:
    round = make_round_two(user=alice)
    make_own_question(user=alice)
    make_own_question(user=alice, direction="to_ask", text="Wat is de grootste uitdaging?")
    services.round_question_add(round=round, text="Hoe ziet een werkdag eruit?", source_id="x")
    session = make_session(round=round)
    first = session.answers.first()
    assert first is not None
    services.answer_submit(answer=first, text=NO_RESULT_ANSWER, seconds=20, lang="nl")
    services.answer_submit(answer=first, text=GOOD_ANSWER, seconds=80, lang="nl")
    make_drill_attempt(user=alice, found=[{"code": "a", "text": "b"}])
    document = export_user(alice)
    assert len(document["data"]["practice.mockanswer"]) == 3
    twin = User.objects.create_user(email="twin@example.com", password="twin-secret-42")
    import_user(twin, document)
    again = export_user(twin)
    assert {k: v for k, v in again["data"].items() if k.startswith("practice.")} == {
        k: v for k, v in document["data"].items() if k.startswith("practice.")
    }
    assert RoundQuestion.objects.for_user(twin).count() == 1
    assert MockAnswer.objects.for_user(twin).exclude(analysis=None).count() == 1
    (earlier,) = EarlierAttempt.objects.for_user(twin)
    assert earlier.answer_text == NO_RESULT_ANSWER and earlier.analysis is not None
    assert earlier.answer.answer_text == GOOD_ANSWER


@pytest.mark.parametrize("lang", ["nl", "en"])
def test_demo_fills_questions_and_a_finished_session(alice: Any, lang: str) -> None:
    from ..demo import OWN_WORDING, fill

    round = make_round_two(user=alice)
    fill(user=alice, application=round.application, rounds=[round], lang=lang)
    questions = selectors.questions_for_round(round)
    assert len(questions) == 5 and questions[0].text == OWN_WORDING[lang]
    session = round.mock_sessions.interviews().get()
    answers = list(session.answers.all())
    assert session.finished and len(answers) == 2
    assert sorted(a.has_part("result") for a in answers) == [False, True]
    assert all(a.is_on_topic for a in answers if a.has_part("result"))
    single = round.mock_sessions.singles().get()
    assert single.finished and single.answers.get().question_id == "q-weakness"
    assert single.answers.get().is_answered and single.answers.get().is_on_topic
    assert single.answers.get().earlier_attempts.count() == 1


def test_the_mock_follows_the_competencies_the_user_kept(alice: Any) -> None:
    from secondround.preparation import services as preparation
    from secondround.testing.factories import make_application, make_round

    application = make_application(user=alice, vacancy_text="Je bent klantgericht.")
    round = make_round(application=application, number=2)
    preparation.competencies_ensure(application=application)
    preparation.competency_remove(asked=application.asked_competencies.get())
    preparation.competency_add(application=application, competency_id="negotiation")
    assert services._competencies_for(application) == ["negotiation"]
    session = services.mock_start(round=round, lang="nl", size=8)
    reasons = " ".join(r for answer in session.answers.all() for r in answer.reasons)
    assert "onderhandelen" in reasons.lower() and "klantgericht" not in reasons.lower()


def test_questions_ticked_in_a_reflection_come_back_in_the_next_mock(alice: Any) -> None:
    application = make_application(user=alice)
    one = make_round(application=application, number=1, status="done")
    two = make_round(application=application, number=2)
    asked = next(q.id for q in questions_they_ask() if q.category == "signal")
    make_debrief(round=one, asked_question_ids=[asked])
    session = services.mock_start(round=two, lang="en", size=8)
    answer = session.answers.get(question_id=asked)
    assert any("real interview before (1×)" in reason for reason in answer.reasons)
