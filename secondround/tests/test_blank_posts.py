"""Every form POST with its fields cleared, as the owner: never a 500, and nothing invalid saved.

For each URL that takes a POST with fields: (a) every field posted as an empty string; (b) every
field cleared as a browser clears it (an empty string; nothing at all for a group of checkboxes),
except the required ones, filled in. (a) must save nothing when a field is required; (b) must be
accepted. Every row either case adds or changes must pass the model's own checks (`full_clean`: no
NULL where the model allows none, no blank where a value is needed, no value outside the choices),
and the page a redirect leads to must open. Both as a full page and as an htmx request (a partial).

A guard walks the URL configuration: a new view that accepts POST fails the test until it is added
to the table below, or to NO_FIELDS (a button that only confirms, such as delete).
"""

from __future__ import annotations

import re
from collections.abc import Callable
from dataclasses import dataclass
from datetime import date
from functools import cached_property
from http.cookies import SimpleCookie
from typing import Any

import pytest
from django import forms
from django.contrib.auth import get_user_model
from django.core.files.uploadedfile import SimpleUploadedFile
from django.db import connection, models
from django.test import Client
from django.urls import reverse

from secondround import portability
from secondround.accounts.forms import (
    DeleteAccountForm,
    ImportForm,
    LanguageForm,
    LoginForm,
    SignupForm,
)
from secondround.applications.forms import (
    ApplicationForm,
    DebriefForm,
    FitAnswerForm,
    GoalForm,
    InterviewerForm,
    RoundForm,
)
from secondround.applications.models import FitQuestion
from secondround.coach.aftercare import reflection_prompts
from secondround.interviewday import forms as day_forms
from secondround.interviewday.selectors import bank_questions
from secondround.interviewday.tests.factories import make_assignment
from secondround.offers import forms as offer_forms
from secondround.offers.models import CounterOffer
from secondround.offers.tests.factories import make_current, make_offer
from secondround.practice import forms as practice_forms
from secondround.practice import selectors as practice_selectors
from secondround.practice import services as practice_services
from secondround.practice.tests.factories import (
    as_star_question,
    make_own_question,
    make_round_question,
    make_round_two,
    make_session,
)
from secondround.preparation import forms as prep_forms
from secondround.preparation.services import competencies_ensure
from secondround.preparation.tests.factories import make_example, make_pitch
from secondround.talk import forms as talk_forms
from secondround.testing.factories import make_debrief
from secondround.testing.urls import all_routes

pytestmark = pytest.mark.django_db
HTMX = {"HTTP_HX_REQUEST": "true"}


class World:
    """Alice's objects, each made only when a case asks for it."""

    def __init__(self, user: Any) -> None:
        self.user = user

    @cached_property
    def round(self) -> Any:
        round = make_round_two(user=self.user)
        make_debrief(round=round.application.rounds.get(number=1))
        return round

    @cached_property
    def application(self) -> Any:
        return self.round.application

    @cached_property
    def interviewer(self) -> Any:
        return self.round.interviewers.first()

    @cached_property
    def assignment(self) -> Any:
        return make_assignment(round=self.round)

    @cached_property
    def offer(self) -> Any:
        return make_offer(application=self.application)

    @cached_property
    def counter(self) -> Any:
        return CounterOffer.objects.create(package=self.offer, sent_on=date(2026, 3, 3), note="x")

    @cached_property
    def own_question(self) -> Any:
        return make_own_question(user=self.user)

    @cached_property
    def round_question(self) -> Any:
        return make_round_question(round=self.round)

    @cached_property
    def answer(self) -> Any:
        return make_session(round=self.round).answers.first()

    @cached_property
    def asked_answer(self) -> Any:
        """An answered mock question with a follow-up waiting (no result: "what came of it?")."""
        answer = as_star_question(make_session(round=self.round).answers.first())
        text = "Vorig jaar werkte ik in een team. Ik maakte een nieuw rooster voor iedereen."
        return practice_services.answer_submit(answer=answer, text=text, seconds=None, lang="nl")

    @cached_property
    def fit_question(self) -> Any:
        return FitQuestion.objects.create(application=self.application, text="Hoe is het team?")

    @cached_property
    def example(self) -> Any:
        return make_example(user=self.user)

    @cached_property
    def pitch(self) -> Any:
        return make_pitch(user=self.user, application=self.application)


@dataclass(frozen=True)
class Case:
    url: str
    form: type[forms.BaseForm] | None
    args: Callable[[World], list[Any]] = lambda w: []
    form_kwargs: Callable[[World], dict[str, Any]] = lambda w: {}
    # Valid values for the required fields (case b), and for a field that `clean` requires.
    filled: Callable[[World], dict[str, Any]] = lambda w: {}
    # Keys the view reads from the POST besides the form's fields.
    extra: tuple[str, ...] = ()
    anonymous: bool = False  # sign-up and log-in send a logged-in user away before the form
    setup: Callable[[World], Any] = lambda w: None

    def fields(self, world: World) -> dict[str, forms.Field]:
        """The form's fields as the view builds it (some views add, drop or require fields)."""
        return dict(self.form(**self.form_kwargs(world)).fields) if self.form else {}

    def required(self, world: World) -> set[str]:
        return {name for name, found in self.fields(world).items() if found.required}


def _round(w: World) -> list[Any]:
    return [w.round.pk]


def _chat_server(w: World) -> None:
    """The consent page needs a chat server to name (nothing is sent to it here)."""
    from secondround.talk.services import engine_settings

    engines = engine_settings(w.user)
    engines.chat_url, engines.chat_model = "http://127.0.0.1:9/v1", "llama3.1"
    engines.save()


def _export_file(w: World) -> dict[str, Any]:
    """Another account's export, with an application, its people, rounds and notes in it (an import
    only goes into an empty account, such as alice's here)."""
    other = World(get_user_model().objects.create_user(email="carol@example.com"))
    make_assignment(round=other.round)
    document = portability.dumps(portability.export_user(other.user))
    return {"file": SimpleUploadedFile("export.json", document.encode(), "application/json")}


POINT = "Uitzoeken hoe ze de klanttevredenheid meten"


def _find_out(w: World) -> None:
    """A point to find out in the notes of round one, for the plan of round two."""
    notes = w.application.rounds.get(number=1).debrief
    notes.find_out = POINT
    notes.save()


PACKAGE = {"monthly_gross": "3650"}
TEXT = "Hoe ziet een gewone werkdag eruit?"
EXAMPLE = {"title": "Wachttijd omlaag", "telling": "Ik maakte een nieuw rooster."}

CASES = [
    # accounts
    Case(
        "accounts:signup",
        SignupForm,
        filled=lambda w: {
            "email": "new@example.com",
            "password": "a-long-secret-42",
            "language": "nl",
        },
        anonymous=True,
    ),
    Case(
        "accounts:login",
        LoginForm,
        filled=lambda w: {"email": "alice@example.com", "password": "alice-secret-42"},
        anonymous=True,
    ),
    Case("accounts:language", LanguageForm, filled=lambda w: {"language": "en"}),
    Case("accounts:import", ImportForm, filled=_export_file),
    Case(
        "accounts:delete",
        DeleteAccountForm,
        form_kwargs=lambda w: {"user": w.user},
        filled=lambda w: {"password": "alice-secret-42"},
    ),
    # applications
    Case(
        "applications:create",
        ApplicationForm,
        filled=lambda w: {"company": "De Linde", "role": "Teamleider", "stage": "round_one"},
    ),
    Case(
        "applications:edit",
        ApplicationForm,
        args=lambda w: [w.application.pk],
        filled=lambda w: {"company": "De Linde", "role": "Teamleider", "stage": "round_one"},
    ),
    Case("applications:goal", GoalForm, args=lambda w: [w.application.pk]),
    Case(
        "applications:archive_toggle", None, args=lambda w: [w.application.pk], extra=("archived",)
    ),
    Case(
        "applications:interviewer_create",
        InterviewerForm,
        args=lambda w: [w.application.pk],
        filled=lambda w: {"name": "Joost", "kind": "manager"},
    ),
    Case(
        "applications:interviewer_edit",
        InterviewerForm,
        args=lambda w: [w.interviewer.pk],
        filled=lambda w: {"name": "Joost", "kind": "manager"},
    ),
    Case(
        "applications:round_create",
        RoundForm,
        args=lambda w: [w.application.pk],
        form_kwargs=lambda w: {"application": w.application},
        filled=lambda w: {
            "number": "3",
            "duration_minutes": "60",
            "format": "on_site",
            "status": "planned",
        },
    ),
    Case(
        "applications:round_edit",
        RoundForm,
        args=_round,
        form_kwargs=lambda w: {"application": w.application},
        filled=lambda w: {
            "number": "2",
            "duration_minutes": "60",
            "format": "on_site",
            "status": "planned",
        },
    ),
    Case("applications:round_notes", DebriefForm, args=_round),
    Case(
        "applications:fit_edit",
        FitAnswerForm,
        args=lambda w: [w.fit_question.pk],
        form_kwargs=lambda w: {"instance": w.fit_question},
        filled=lambda w: {"text": "Hoe is het team?"},
    ),
    # interview day
    Case("interviewday:sheet_options", day_forms.SheetOptionsForm, args=_round),
    Case(
        "interviewday:assignment_create",
        day_forms.AssignmentForm,
        args=_round,
        filled=lambda w: {"type": "presentation"},
    ),
    Case(
        "interviewday:assignment_edit",
        day_forms.AssignmentForm,
        args=lambda w: [w.assignment.pk],
        filled=lambda w: {"type": "presentation"},
    ),
    Case(
        "interviewday:assignment_checklist", None, args=lambda w: [w.assignment.pk], extra=("done",)
    ),
    Case(
        "interviewday:reflection",
        day_forms.ReflectionForm,
        args=_round,
        form_kwargs=lambda w: {"bank": bank_questions("nl"), "prompts": reflection_prompts("nl")},
    ),
    Case("interviewday:decision", day_forms.DecisionForm, args=_round),
    Case(
        "interviewday:outcome",
        day_forms.OutcomeForm,
        args=_round,
        filled=lambda w: {"outcome": "next_round"},
    ),
    # offers
    Case(
        "offers:current",
        offer_forms.PackageForm,
        form_kwargs=lambda w: {"current": True},
        filled=lambda w: PACKAGE,
        setup=lambda w: make_current(user=w.user),
    ),
    Case(
        "offers:create",
        offer_forms.PackageForm,
        args=lambda w: [w.application.pk],
        filled=lambda w: PACKAGE,
    ),
    Case(
        "offers:edit",
        offer_forms.PackageForm,
        args=lambda w: [w.offer.pk],
        filled=lambda w: PACKAGE,
    ),
    Case(
        "offers:counter",
        offer_forms.CounterOfferForm,
        args=lambda w: [w.offer.pk],
        filled=lambda w: {"sent_on": "2026-03-03", "ask_monthly_gross": "4200"},
    ),
    Case(
        "offers:counter_answer",
        offer_forms.CounterAnswerForm,
        args=lambda w: [w.counter.pk],
        form_kwargs=lambda w: {"instance": w.counter},
        filled=lambda w: {"answer": "refused"},
    ),
    Case(
        "offers:vacancy_salary",
        offer_forms.VacancySalaryForm,
        args=lambda w: [w.application.pk],
    ),
    Case(
        "offers:decision",
        offer_forms.DecisionForm,
        args=lambda w: [w.offer.pk],
        filled=lambda w: {"decision": "thinking"},
    ),
    # practice
    Case(
        "practice:own_create",
        practice_forms.OwnQuestionForm,
        form_kwargs=lambda w: {"categories": practice_selectors.categories()},
        filled=lambda w: {"direction": "they_ask", "text": TEXT, "round": "both"},
    ),
    Case(
        "practice:own_edit",
        practice_forms.OwnQuestionForm,
        args=lambda w: [w.own_question.pk],
        form_kwargs=lambda w: {"categories": practice_selectors.categories()},
        filled=lambda w: {"direction": "they_ask", "text": TEXT, "round": "both"},
    ),
    Case(
        "practice:round_questions",
        practice_forms.RoundQuestionForm,
        args=_round,
        filled=lambda w: {"text": TEXT},
        extra=("source_id",),
    ),
    Case(
        "practice:round_question_edit",
        practice_forms.RoundQuestionForm,
        args=lambda w: [w.round_question.pk],
        filled=lambda w: {"text": TEXT},
    ),
    Case(
        "practice:round_question_move",
        None,
        args=lambda w: [w.round_question.pk],
        extra=("direction",),
    ),
    Case(
        "practice:find_out",
        practice_forms.FindOutForm,
        args=_round,
        form_kwargs=lambda w: {"points": [POINT]},
        filled=lambda w: {"point": POINT, "action": "ask"},
        setup=lambda w: _find_out(w),
    ),
    Case(
        "practice:mock_sessions",
        practice_forms.MockStartForm,
        args=_round,
        filled=lambda w: {"size": "3"},
    ),
    Case(
        "practice:answer",
        practice_forms.AnswerForm,
        args=lambda w: [w.answer.pk],
        filled=lambda w: {"answer_text": "Ik maakte een nieuw rooster voor het team."},
    ),
    Case(
        "practice:answer_draft",
        practice_forms.AnswerForm,
        args=lambda w: [w.answer.pk],
        form_kwargs=lambda w: {"require_answer": False},
    ),
    Case(
        "practice:follow_up",
        practice_forms.FollowUpForm,
        args=lambda w: [w.asked_answer.pk, 0],
        filled=lambda w: {"answer_text": "Het rooster klopte daarna elke week."},
    ),
    Case(
        "practice:follow_up_draft",
        None,
        args=lambda w: [w.asked_answer.pk, 0],
        extra=("answer_text",),
    ),
    Case(
        "practice:drill",
        practice_forms.DrillForm,
        args=lambda w: [practice_selectors.drills("nl")[0].id],
        filled=lambda w: {"answer": "Wat vindt u het belangrijkste in deze functie?"},
    ),
    # talk (speaking and the AI interviewer)
    Case("talk:settings", talk_forms.EngineSettingsForm),
    Case(
        "talk:consent",
        talk_forms.ConsentForm,
        filled=lambda w: {"agree": "yes"},
        setup=lambda w: _chat_server(w),
    ),
    Case(
        "practice:record",
        practice_forms.RecordingForm,
        filled=lambda w: {
            "audio": SimpleUploadedFile("a.webm", b"\x1aE\xdf\xa3 audio", "audio/webm"),
            "drill": practice_selectors.drills("nl")[0].id,
        },
    ),
    # preparation
    Case("preparation:example_create", prep_forms.ExampleForm, filled=lambda w: EXAMPLE),
    Case(
        "preparation:example_edit",
        prep_forms.ExampleForm,
        args=lambda w: [w.example.pk],
        filled=lambda w: EXAMPLE,
    ),
    Case("preparation:example_analyze", prep_forms.AnalyzeForm),
    Case(
        "preparation:competency_add",
        prep_forms.CompetencyAddForm,
        args=lambda w: [w.application.pk],
        form_kwargs=lambda w: {"lang": "nl", "exclude": set()},
        filled=lambda w: {"competency": "customer_focus"},
    ),
    Case(
        "preparation:pitch_create",
        prep_forms.PitchForm,
        form_kwargs=lambda w: {"user": w.user},
        filled=lambda w: {"target_seconds": "60"},
    ),
    Case("preparation:pitch_analyze", prep_forms.AnalyzeForm),
    Case(
        "preparation:pitch",
        prep_forms.PitchForm,
        args=lambda w: [w.pitch.pk],
        form_kwargs=lambda w: {"user": w.user},
        filled=lambda w: {"target_seconds": "60"},
    ),
    Case(
        "preparation:rehearsal_add",
        prep_forms.RehearsalForm,
        args=lambda w: [w.pitch.pk],
        filled=lambda w: {"seconds": "65"},
    ),
    Case(
        "preparation:plan_tick",
        prep_forms.TickForm,
        args=_round,
        filled=lambda w: {"step": "topics_answer"},
    ),
    Case("preparation:plan_topics", prep_forms.TopicsForm, args=_round),
    Case(
        "preparation:plan_purpose",
        prep_forms.PurposeForm,
        args=_round,
        filled=lambda w: {"text": "Hoe ziet een werkdag eruit?"},
        # The plan page reads the vacancy once; do that before counting rows.
        setup=lambda w: competencies_ensure(application=w.application),
    ),
    Case("preparation:terms", prep_forms.TermsForm, args=lambda w: [w.application.pk]),
]

# POSTs without fields to clear: a button that confirms (delete, done, log out, read again).
NO_FIELDS = {
    "accounts:logout",
    "applications:delete",
    "applications:interviewer_delete",
    "applications:round_delete",
    "applications:fit_delete",
    "interviewday:assignment_delete",
    "interviewday:round_done",
    "offers:current_delete",
    "offers:delete",
    "practice:own_delete",
    "practice:practise_question",
    "practice:round_question_delete",
    "practice:session_finish",
    "preparation:example_delete",
    "talk:recording_delete",
    "talk:recordings_delete_all",
    "preparation:competency_reread",
    "preparation:competency_remove",
    "preparation:pitch_delete",
    "preparation:rehearsal_delete",
}


def test_the_table_holds_every_url_that_accepts_post(alice_client) -> None:
    """`require_http_methods` answers OPTIONS with a 405 whose Allow header lists the methods."""
    posts = set()
    for name, route in all_routes():
        url = "/" + re.sub(r"<\w+:\w+>", "1", route)
        if "POST" in alice_client.options(url).get("Allow", ""):
            posts.add(name)
    assert len(posts) >= 60
    assert posts == {case.url for case in CASES} | NO_FIELDS


def _rows() -> dict[tuple[type[models.Model], Any], tuple[Any, ...]]:
    """Every row of every table a user owns. Plain SQL: through the ORM this took 10 ms, not 0.4."""
    found = {}
    quote = connection.ops.quote_name
    with connection.cursor() as cursor:
        for model in [get_user_model(), *portability.exported_models()]:
            pk, table = quote(model._meta.pk.column), quote(model._meta.db_table)
            cursor.execute(f"SELECT {pk}, * FROM {table}")
            found.update({(model, row[0]): tuple(row) for row in cursor.fetchall()})
    return found


def _changed(before: dict, after: dict) -> list[models.Model]:
    keys = [key for key, row in after.items() if before.get(key) != row]
    return [model.objects.get(pk=pk) for model, pk in keys]


def _invalid_rows(before: dict, after: dict) -> list[str]:
    """Rows the POST added or changed that the model itself would refuse."""
    problems = []
    for row in _changed(before, after):
        try:
            row.full_clean()
        except Exception as error:  # noqa: BLE001 - report every kind of refusal by name
            problems.append(f"{row._meta.label} {row.pk}: {error}")
    return problems


def _post(client: Any, url: str, data: dict[str, Any], htmx: bool) -> Any:
    response = client.post(url, data, **(HTMX if htmx else {}))
    assert response.status_code in (200, 302, 422), response.status_code
    return response


def _follow(client: Any, response: Any) -> None:
    """The page a saved form leads to must show what was saved without an error."""
    if response.status_code == 302:
        shown = client.get(response.url)
        assert shown.status_code in (200, 302), (response.url, shown.status_code)


@pytest.fixture
def world(alice: Any) -> World:
    return World(alice)


@pytest.fixture(scope="module")
def _one_client() -> Client:
    return Client()


@pytest.fixture
def shared_client(_one_client: Client) -> Client:
    """One test client for the module, logged out between tests: a new client loads the middleware
    again, and WhiteNoise then lists every static file (60 ms, a third of each test)."""
    _one_client.cookies = SimpleCookie()
    return _one_client


def _prepare(case: Case, client: Any, world: World) -> str:
    """Log in and make the objects the URL needs, before the rows are counted."""
    if not case.anonymous:
        client.force_login(world.user)
    case.setup(world)
    return reverse(case.url, args=case.args(world))


def _blank(case: Case, world: World) -> dict[str, Any]:
    return {name: "" for name in [*case.fields(world), *case.extra]}


def _cleared(case: Case, world: World) -> dict[str, Any]:
    """As a browser sends a cleared form: no key at all for a group of checkboxes left unticked."""
    multiple = {
        name
        for name, found in case.fields(world).items()
        if isinstance(found, forms.MultipleChoiceField | forms.ModelMultipleChoiceField)
    }
    return {name: value for name, value in _blank(case, world).items() if name not in multiple}


def _refused(response: Any) -> list[str]:
    """The fields a re-shown form complains about (htmx gets them with status 200)."""
    found = response.context or []
    contexts = found if isinstance(found, list) else [found]  # one template, or several
    values = [value for context in contexts for value in context.flatten().values()]
    shown = {id(v): v for v in values if isinstance(v, forms.BaseForm)}.values()
    return [name for form in shown if form.is_bound for name in form.errors]


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("case", CASES, ids=[case.url for case in CASES])
def test_every_field_cleared(shared_client, world, case: Case, htmx: bool) -> None:
    url = _prepare(case, shared_client, world)
    before = _rows()
    response = _post(shared_client, url, _blank(case, world), htmx)
    after = _rows()
    if case.required(world):
        assert _changed(before, after) == [], "a form missing a required field saved something"
    assert _invalid_rows(before, after) == []
    _follow(shared_client, response)


@pytest.mark.parametrize("htmx", [False, True], ids=["page", "htmx"])
@pytest.mark.parametrize("case", CASES, ids=[case.url for case in CASES])
def test_only_the_required_fields_filled(shared_client, world, case: Case, htmx: bool) -> None:
    url = _prepare(case, shared_client, world)
    filled = case.filled(world)
    assert case.required(world) <= set(filled), "fill in every required field"
    before = _rows()
    response = _post(shared_client, url, {**_cleared(case, world), **filled}, htmx)
    assert response.status_code in (200, 302)
    assert _refused(response) == [], "the form refused an optional field left empty"
    assert _invalid_rows(before, _rows()) == []
    _follow(shared_client, response)
