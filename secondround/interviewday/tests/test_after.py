"""After the interview: mark done, reflection, expected decision, outcome flows, drafts, dashboard."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from typing import Any
from unittest import mock

import pytest
from django.urls import reverse
from django.utils import timezone

from secondround.applications.models import Application, Debrief, Round
from secondround.applications.selectors import asked_question_counts
from secondround.coach.aftercare import on_working_day
from secondround.interviewday import selectors, services
from secondround.interviewday.models import Decision
from secondround.practice.services import mock_start
from secondround.testing.factories import (
    make_application,
    make_debrief,
    make_interviewer,
    make_round,
)

from .factories import make_decision, make_reflection

TODAY = date(2026, 11, 2)


@pytest.fixture
def done_round(alice: Any) -> Round:
    application = make_application(user=alice, company="Stroomlijn Energie", stage="round_one")
    sanne = make_interviewer(application=application, name="Sanne Jansen", kind="hr")
    joost = make_interviewer(application=application, name="Joost Bakker", kind="manager")
    return make_round(
        application=application,
        interviewers=[sanne, joost],
        number=1,
        starts_at=timezone.now() - timedelta(days=2),
        status="planned",
        location="Utrechtseweg 12",
    )


def test_mark_done_then_reflection(alice_client: Any, done_round: Round) -> None:
    response = alice_client.post(reverse("interviewday:round_done", args=[done_round.pk]))
    assert response.status_code == 302
    assert response["Location"] == reverse("interviewday:reflection", args=[done_round.pk])
    done_round.refresh_from_db()
    assert done_round.status == "done"
    page = alice_client.get(response["Location"]).content.decode()
    assert "goed resultaat" in page  # the reassurance (A1)


def test_reflection_is_saved(alice_client: Any, done_round: Round) -> None:
    url = reverse("interviewday:reflection", args=[done_round.pk])
    response = alice_client.post(
        url,
        {
            "how_it_went": "Goed",
            "went_well": "Mijn voorbeeld over de wachttijd\nDe klik met Joost",
            "to_improve": "Korter",
            "surprised_by": "Vraag over te laat komen",
            "doubts": "Ervaring",
            "asked_other": "Wat is je grootste zwakte?",
        },
    )
    assert response.status_code == 302
    saved = Debrief.objects.get(round=done_round)
    assert saved.first_went_well == "Mijn voorbeeld over de wachttijd"
    assert saved.asked_other == "Wat is je grootste zwakte?"


def test_reflection_ticks_questions_from_the_bank(alice_client: Any, done_round: Round) -> None:
    bank = [
        selectors.BankQuestion("weakness", "Wat is je grootste zwakte?"),
        selectors.BankQuestion("why_us", "Waarom wil je hier werken?"),
    ]
    with mock.patch.object(selectors, "bank_questions", lambda lang, round_number=None: bank):
        url = reverse("interviewday:reflection", args=[done_round.pk])
        assert "Waarom wil je hier werken?" not in alice_client.get(url).content.decode()
        found = alice_client.get(url, {"q": "hier werken"}).content.decode()
        assert "Waarom wil je hier werken?" in found and "grootste zwakte" not in found
        alice_client.post(url + "?q=hier+werken", {"asked_question_ids": ["why_us"]})
        bad = alice_client.post(url, {"asked_question_ids": ["nonsense"]})
        page = alice_client.get(url).content.decode()  # a ticked question stays on the list
    assert Debrief.objects.get(round=done_round).asked_question_ids == ["why_us"]
    assert 'value="why_us" id="asked-why_us" checked' in page
    assert bad.status_code == 422


def test_reflection_refuses_huge_text_and_keeps_what_was_typed(
    alice_client: Any, done_round: Round
) -> None:
    url = reverse("interviewday:reflection", args=[done_round.pk])
    response = alice_client.post(
        url, {"went_well": "x" * 20_001, "to_improve": "<script>alert(1)</script>"}
    )
    assert response.status_code == 422
    html = response.content.decode()
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in html and "<script>alert(1)" not in html
    assert 'class="errors"' in html
    assert not Debrief.objects.filter(round=done_round).exists()


def test_decision_default_window(done_round: Round) -> None:
    done_round.starts_at = timezone.make_aware(datetime(2026, 10, 26, 9))
    saved = services.decision_save(decision=Decision(round=done_round), today=TODAY)
    assert (saved.earliest, saved.latest, saved.source) == (
        date(2026, 11, 16),
        date(2026, 12, 7),
        "default",
    )
    assert saved.follow_up_on == date(2026, 12, 9)


def test_decision_fast_employer(done_round: Round) -> None:
    done_round.starts_at = timezone.make_aware(datetime(2026, 10, 26, 9))
    saved = services.decision_save(
        decision=Decision(round=done_round, fast_employer=True), today=TODAY
    )
    assert saved.latest == date(2026, 11, 9) and saved.source == "fast"


def test_decision_from_weeks_and_from_a_date(alice_client: Any, done_round: Round) -> None:
    url = reverse("interviewday:decision", args=[done_round.pk])
    interview = timezone.localtime(done_round.starts_at).date()
    assert alice_client.post(url, {"said_weeks": "2"}).status_code == 302
    decision = Decision.objects.get(round=done_round)
    latest = on_working_day(interview + timedelta(weeks=2))
    assert decision.latest == latest and decision.source == "said_weeks"
    said = interview + timedelta(days=10)
    assert alice_client.post(url, {"said_date": said.isoformat()}).status_code == 302
    decision.refresh_from_db()
    assert decision.latest == on_working_day(said) and decision.source == "said_date"
    assert Decision.objects.count() == 1


@pytest.mark.parametrize(
    "data,field",
    [
        ({"said_weeks": "-3"}, "said_weeks"),
        ({"said_weeks": "300"}, "said_weeks"),
        ({"said_weeks": "drie"}, "said_weeks"),
        ({"said_date": "2026-02-30"}, "said_date"),
        ({"said_date": "1999-01-01"}, "said_date"),
        ({"said_date": "2999-01-01"}, "said_date"),
        ({"said_date": "2026-12-01", "said_weeks": "2"}, "said_weeks"),
    ],
)
def test_decision_bad_input(
    alice_client: Any, done_round: Round, data: dict[str, str], field: str
) -> None:
    response = alice_client.post(reverse("interviewday:decision", args=[done_round.pk]), data)
    assert response.status_code == 422
    assert f'id="id_{field}_error"' in response.content.decode()
    assert not Decision.objects.exists()


def test_decision_date_before_the_interview_is_refused(
    alice_client: Any, done_round: Round
) -> None:
    before = timezone.localtime(done_round.starts_at).date() - timedelta(days=1)
    response = alice_client.post(
        reverse("interviewday:decision", args=[done_round.pk]), {"said_date": before.isoformat()}
    )
    assert response.status_code == 422 and "vóór het gesprek" in response.content.decode()


def test_next_round_copies_the_panel_and_shows_the_notes(
    alice_client: Any, done_round: Round
) -> None:
    make_reflection(
        round=done_round,
        went_well="Het voorbeeld over de wachttijd",
        doubts="Ervaring met grote teams",
    )
    response = alice_client.post(
        reverse("interviewday:outcome", args=[done_round.pk]), {"outcome": "next_round"}
    )
    following = Round.objects.get(application=done_round.application, number=2)
    assert response["Location"] == following.get_absolute_url()
    assert following.status == "planned" and following.starts_at is None
    assert set(following.interviewers.values_list("name", flat=True)) == {
        "Sanne Jansen",
        "Joost Bakker",
    }
    notes = Debrief.objects.get(round=done_round)
    assert (
        notes.went_well == "Het voorbeeld over de wachttijd"
        and notes.doubts == "Ervaring met grote teams"
    )
    done_round.application.refresh_from_db()
    assert done_round.application.stage == "round_two"
    assert Decision.objects.get(round=done_round).outcome == "next_round"
    page = alice_client.get(following.get_absolute_url()).content.decode()
    assert "Je aantekeningen van ronde 1" in page
    assert "Het voorbeeld over de wachttijd" in page
    assert "Wat ik beter wil doen" in page and "Korter antwoorden." in page  # the look back


def test_the_reflection_and_the_round_notes_are_one_row(
    alice_client: Any, done_round: Round
) -> None:
    make_debrief(round=done_round, learned_role="Team van 14", topics="Inwerken", doubts="")
    alice_client.post(
        reverse("interviewday:reflection", args=[done_round.pk]),
        {"how_it_went": "Goed", "went_well": "Eigen woorden", "doubts": "Twijfel"},
    )
    notes = Debrief.objects.get(round=done_round)
    assert (notes.learned_role, notes.topics) == ("Team van 14", "Inwerken")
    assert (notes.how_it_went, notes.went_well, notes.doubts) == (
        "Goed",
        "Eigen woorden",
        "Twijfel",
    )


def test_the_round_notes_page_leaves_the_reflection_alone(
    alice_client: Any, done_round: Round
) -> None:
    make_reflection(round=done_round, how_it_went="Goed", asked_question_ids=["why_us"])
    page = alice_client.get(reverse("applications:round_notes", args=[done_round.pk]))
    assert 'name="how_it_went"' not in page.content.decode()
    alice_client.post(
        reverse("applications:round_notes", args=[done_round.pk]), {"topics": "Inwerken"}
    )
    notes = Debrief.objects.get(round=done_round)
    assert (notes.topics, notes.how_it_went, notes.asked_question_ids) == (
        "Inwerken",
        "Goed",
        ["why_us"],
    )


def test_a_third_round_moves_to_further(done_round: Round) -> None:
    services.outcome_record(round=done_round, outcome="next_round", lesson="", today=TODAY)
    two = Round.objects.get(application=done_round.application, number=2)
    services.outcome_record(round=two, outcome="next_round", lesson="", today=TODAY)
    done_round.application.refresh_from_db()
    assert done_round.application.stage == "further"
    assert done_round.application.rounds.count() == 3


def test_offer_moves_the_stage_and_goes_to_compare(alice_client: Any, done_round: Round) -> None:
    url = reverse("interviewday:outcome", args=[done_round.pk])
    response = alice_client.post(url, {"outcome": "offer"})
    application = Application.objects.get(pk=done_round.application_id)
    assert application.stage == "offer"
    assert response["Location"] == reverse("offers:compare", args=[application.pk])


def test_rejection_keeps_the_lesson(alice_client: Any, done_round: Round) -> None:
    alice_client.post(
        reverse("interviewday:outcome", args=[done_round.pk]),
        {"outcome": "rejected", "lesson": "Meer cijfers in mijn voorbeelden."},
    )
    decision = Decision.objects.get(round=done_round)
    assert decision.outcome == "rejected" and decision.lesson == "Meer cijfers in mijn voorbeelden."
    assert Application.objects.get(pk=done_round.application_id).stage == "rejected"
    page = alice_client.get(done_round.get_absolute_url()).content.decode()
    assert "Meer cijfers in mijn voorbeelden." in page


def test_withdrawn(alice_client: Any, done_round: Round) -> None:
    alice_client.post(
        reverse("interviewday:outcome", args=[done_round.pk]), {"outcome": "withdrawn"}
    )
    assert Application.objects.get(pk=done_round.application_id).stage == "withdrawn"


def test_outcome_needs_a_choice(alice_client: Any, done_round: Round) -> None:
    response = alice_client.post(
        reverse("interviewday:outcome", args=[done_round.pk]), {"outcome": "hired"}
    )
    assert response.status_code == 422
    assert not Decision.objects.exists()
    assert Application.objects.get(pk=done_round.application_id).stage == "round_one"


def test_waiting_rows_and_the_follow_up_nudge(done_round: Round) -> None:
    make_decision(
        round=done_round,
        earliest=date(2026, 11, 16),
        latest=date(2026, 12, 7),
        follow_up_on=date(2026, 12, 9),
        source="default",
    )
    ids = [done_round.application_id]
    (before,) = selectors.waiting_rows(ids, today=date(2026, 12, 8))
    assert not before.overdue and before.status.days_to_follow_up == 1
    (after,) = selectors.waiting_rows(ids, today=date(2026, 12, 9))
    assert after.overdue
    Decision.objects.update(outcome="offer")
    assert selectors.waiting_rows(ids, today=date(2026, 12, 9)) == []


def _waiting_application(user: Any, follow_up_on: date) -> Application:
    application = make_application(user=user, company=f"Bedrijf {Application.objects.count()}")
    round = make_round(
        application=application,
        status="done",
        interviewers=[make_interviewer(application=application)],
    )
    make_decision(
        round=round,
        earliest=follow_up_on - timedelta(days=10),
        latest=follow_up_on - timedelta(days=2),
        follow_up_on=follow_up_on,
    )
    return application


def test_dashboard_shows_waiting_and_nudges(alice_client: Any, alice: Any) -> None:
    today = timezone.localdate()
    _waiting_application(alice, today + timedelta(days=10))
    late = _waiting_application(alice, today - timedelta(days=1))
    page = alice_client.get(reverse("applications:dashboard")).content.decode()
    assert "Wachten op nieuws" in page
    assert page.count("Open de e-mail om na te vragen") == 1
    late_round = late.rounds.get()
    assert reverse("interviewday:follow_up", args=[late_round.pk]) in page


def test_dashboard_query_count_does_not_grow(alice_client: Any, alice: Any) -> None:
    from django.db import connection
    from django.test.utils import CaptureQueriesContext

    from secondround import freshness

    def count() -> int:
        alice_client.get(reverse("applications:dashboard"))  # sets the CSRF cookie
        freshness.touch(alice.pk)  # measure a fresh render, not the cache
        with CaptureQueriesContext(connection) as queries:
            assert alice_client.get(reverse("applications:dashboard")).status_code == 200
        return len(queries)

    _waiting_application(alice, timezone.localdate())
    one = count()
    for days in range(4):
        _waiting_application(alice, timezone.localdate() + timedelta(days=days))
    assert count() == one


def test_application_page_shows_waiting(alice_client: Any, alice: Any) -> None:
    application = _waiting_application(alice, timezone.localdate() + timedelta(days=5))
    page = alice_client.get(application.get_absolute_url()).content.decode()
    assert "Wachten op nieuws" in page and "Nieuws verwacht tussen" in page


def test_thank_you_draft_names_the_people_and_a_topic(
    alice_client: Any, alice: Any, done_round: Round
) -> None:
    alice.first_name = "Noor"
    alice.save()
    # No topics noted: the first thing that went well is the topic to come back to.
    make_reflection(round=done_round, went_well="de nieuwe thuisbatterij\nnog iets", topics="")
    url = reverse("interviewday:thank_you", args=[done_round.pk])
    page = alice_client.get(url).content.decode()
    assert "Beste Joost en Sanne," in page and "Sanne Jansen" not in page  # first names only
    assert "thuisbatterij" in page and "Noor" in page
    assert 'data-copy-target="draft-body"' in page and 'data-copied="Gekopieerd"' in page
    partial = alice_client.get(
        url, {"topic": "het inwerkprogramma"}, HTTP_HX_REQUEST="true"
    ).content.decode()
    assert "<html" not in partial and "inwerkprogramma" in partial and 'id="draft"' in partial


def test_thank_you_topic_from_the_round_notes(alice_client: Any, done_round: Round) -> None:
    make_debrief(round=done_round, went_well="", topics="Scholingsbudget\nInwerkperiode")
    page = alice_client.get(
        reverse("interviewday:thank_you", args=[done_round.pk])
    ).content.decode()
    assert "cholingsbudget" in page


def test_thank_you_refuses_a_huge_topic(alice_client: Any, done_round: Round) -> None:
    response = alice_client.get(
        reverse("interviewday:thank_you", args=[done_round.pk]), {"topic": "x" * 500}
    )
    assert response.status_code == 422 and 'id="id_topic_error"' in response.content.decode()


def test_follow_up_draft(alice_client: Any, done_round: Round) -> None:
    url = reverse("interviewday:follow_up", args=[done_round.pk])
    page = alice_client.get(url).content.decode()
    assert "Beste Joost en Sanne," in page and "Stroomlijn Energie" in page
    partial = alice_client.get(url, HTTP_HX_REQUEST="true").content.decode()
    assert "<html" not in partial and 'id="draft"' in partial


def test_round_panel_before_and_after(alice_client: Any, done_round: Round) -> None:
    page = alice_client.get(done_round.get_absolute_url()).content.decode()
    assert "Spiekbriefje" in page and "Deze ronde op gedaan zetten" in page
    assert reverse("interviewday:sheet_pdf", args=[done_round.pk]) in page
    assert reverse("interviewday:calendar", args=[done_round.pk]) in page
    services.round_mark_done(round=done_round)
    page = alice_client.get(done_round.get_absolute_url()).content.decode()
    assert "Deze ronde op gedaan zetten" not in page
    for name in ("reflection", "decision", "outcome", "thank_you", "follow_up"):
        assert reverse(f"interviewday:{name}", args=[done_round.pk]) in page


def test_reflection_lists_the_questions_practised_for_this_round_not_the_whole_bank(
    alice_client: Any, done_round: Round
) -> None:
    session = mock_start(round=done_round, lang="nl", size=3)
    practised = list(session.answers.values_list("question_id", flat=True))
    url = reverse("interviewday:reflection", args=[done_round.pk])
    page = alice_client.get(url).content.decode()
    assert page.count('name="asked_question_ids"') == len(practised) == 3
    assert all(f'value="{qid}"' in page for qid in practised)
    assert len(selectors.bank_questions("nl")) > 100  # the whole bank stays out of the way
    alice_client.post(url, {"asked_question_ids": practised[:1]})
    assert Debrief.objects.get(round=done_round).asked_question_ids == practised[:1]
    assert "<details open>" in alice_client.get(url).content.decode()


def test_bank_follows_the_round(db: Any) -> None:
    first = {q.id for q in selectors.bank_questions("en", round_number=1)}
    second = {q.id for q in selectors.bank_questions("en", round_number=2)}
    assert first and second and first != second and first & second


def test_asked_question_counts_for_practice(alice: Any, bob: Any, done_round: Round) -> None:
    make_reflection(round=done_round, asked_question_ids=["q-a", "q-b"])
    later = make_round(application=done_round.application, number=2)
    make_reflection(round=later, asked_question_ids=["q-a"])
    other = make_round(application=make_application(user=bob))
    make_reflection(round=other, asked_question_ids=["q-a"])
    assert asked_question_counts(alice) == {"q-a": 2, "q-b": 1}
