"""The six preparation steps of a round (R2) as a plan with progress; G5's question; the numbers (S4)."""

from __future__ import annotations

from typing import Any

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from secondround.applications.selectors import (
    FitQuestion,
    Round,
    applications_for,
    notes_of,
    previous_round,
)
from secondround.applications.services import fit_question_save
from secondround.coach.plan import draft_topics_answer
from secondround.web import posted, render_page, safe_next, ui_lang, user_round

from .. import services
from ..forms import PurposeForm, TermsForm, TickForm, TopicsForm
from ..models import Example, Terms
from ..selectors import backing_for, day_plan, notes_reading_after, plan_statuses

PAGE = "preparation/plan.html"


def _context(request: HttpRequest, round: Round, **forms: Any) -> dict[str, Any]:
    application = round.application
    services.competencies_ensure(application=application)
    status = plan_statuses([round], user=request.user, lang=ui_lang())[round.pk]
    plan = status.plan or services.plan_for(round)
    previous = previous_round(round)
    notes = notes_of(previous)
    draft = draft_topics_answer(
        notes.topic_list if notes else [],
        role=application.role,
        company=application.company,
        lang=ui_lang(),
    )
    asked = set(application.asked_competencies.shown().values_list("competency_id", flat=True))
    terms = Terms.objects.filter(application=application).first() or Terms(application=application)
    return {
        "round": round,
        "application": application,
        "status": status,
        "plan": plan,
        "steps": {s.step.key: s for s in status.steps},
        "previous": previous,
        "previous_notes": notes,
        "previous_panel": previous.interviewers.all() if previous else [],
        "examples": [
            e for e in Example.objects.for_user(request.user) if asked & set(e.competencies)
        ],
        "backing": backing_for({application.pk}, request.user)[application.pk],
        "pitch": application.pitches.prefetch_related("rehearsals").first(),
        "topics_form": forms.get("topics_form")
        or TopicsForm(instance=plan, initial={"topics_answer": plan.topics_answer or draft}),
        "draft": draft,
        "purpose_form": forms.get("purpose_form") or PurposeForm(),
        "fit_questions": application.fit_questions.all(),
        "note_points": notes_reading_after(round, previous, lang=ui_lang()),
        "days": day_plan(status, lang=ui_lang()),
        "terms_form": forms.get("terms_form") or TermsForm(instance=terms),
    }


@login_required
@require_http_methods(["GET"])
def plan(request: HttpRequest, pk: int) -> HttpResponse:
    round = user_round(request, pk)
    if round.number < 2:
        return render_page(
            request,
            "preparation/plan_round_one.html",
            {"round": round, "application": round.application},
        )
    return render_page(request, PAGE, _context(request, round))


def _plan_url(round: Round, anchor: str) -> str:
    return reverse("preparation:plan", args=[round.pk]) + f"#{anchor}"


@login_required
@require_http_methods(["POST"])
def plan_tick(request: HttpRequest, pk: int) -> HttpResponse:
    round = user_round(request, pk)
    form = TickForm(request.POST)
    if form.is_valid():
        key = form.cleaned_data["step"]
        services.plan_tick(round=round, step_key=key, done=form.cleaned_data["done"])
        return redirect(_plan_url(round, f"step-{key}"))
    messages.error(request, _("That step does not exist. Choose a step on this page."))
    return redirect(_plan_url(round, "steps"))


@login_required
@require_http_methods(["POST"])
def plan_topics(request: HttpRequest, pk: int) -> HttpResponse:
    round = user_round(request, pk)
    form = TopicsForm(request.POST, instance=services.plan_for(round))
    if form.is_valid():
        services.plan_save(plan=form.instance)
        messages.success(request, _("Your answer is saved."))
        return redirect(_plan_url(round, "step-topics_answer"))
    return render_page(request, PAGE, _context(request, round, topics_form=form), invalid=form)


@login_required
@require_http_methods(["POST"])
def plan_purpose(request: HttpRequest, pk: int) -> HttpResponse:
    round = user_round(request, pk)
    form = PurposeForm(request.POST, instance=FitQuestion(application=round.application))
    if form.is_valid():
        fit_question_save(question=form.instance)
        messages.success(request, _("Saved. Take this question with you to the interview."))
        return redirect(_plan_url(round, "purpose"))
    return render_page(request, PAGE, _context(request, round, purpose_form=form), invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def terms(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(applications_for(request.user), pk=pk)
    instance = Terms.objects.filter(application=application).first()
    form = TermsForm(posted(request), instance=instance or Terms(application=application))
    if request.method == "POST" and form.is_valid():
        services.terms_save(terms=form.instance)
        messages.success(request, _("Your salary numbers and wishes are saved."))
        return redirect(safe_next(request, application.get_absolute_url()))
    # Sent from a plan page: show the messages there, beside the rest of the plan.
    round_pk = request.POST.get("round", "")
    round = (
        application.rounds.filter(pk=round_pk, number__gte=2).first()
        if (round_pk.isdigit())
        else None
    )
    if round is not None:
        context = _context(request, round, terms_form=form)
        return render_page(request, PAGE, context, invalid=form)
    context = {"application": application, "form": form, "next": safe_next(request, "")}
    return render_page(request, "preparation/terms.html", context, invalid=form)
