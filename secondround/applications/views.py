"""Dashboard, applications, interviewers, rounds and round notes."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.loader import render_to_string
from django.utils import timezone
from django.utils.safestring import mark_safe
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from secondround import dashboard as dashboard_reads
from secondround.coach.goals import round_goal, stage_goal
from secondround.freshness import cached
from secondround.web import confirm_delete, render_page, safe_next, ui_lang
from secondround.web import posted as _posted

from . import selectors, services
from .forms import (
    ApplicationForm,
    DebriefForm,
    FitAnswerForm,
    GoalForm,
    InterviewerForm,
    RoundForm,
)
from .models import (
    Application,
    Debrief,
    FitQuestion,
    Interviewer,
    Round,
    RoundStatus,
)


@login_required
@require_http_methods(["GET"])
def dashboard(request: HttpRequest) -> HttpResponse:
    body = cached(request, "dashboard", lambda: _dashboard_body(request))
    context = {"body": mark_safe(body)}  # noqa: S308 - our own rendered template
    return render_page(request, "applications/dashboard.html", context)


def _dashboard_body(request: HttpRequest) -> str:
    data = dashboard_reads.dashboard(request.user, lang=ui_lang(), today=timezone.localdate())
    context = {"dashboard": data}
    return render_to_string("applications/_dashboard_body.html", context, request=request)


@login_required
@require_http_methods(["GET"])
def archive_list(request: HttpRequest) -> HttpResponse:
    applications = Application.objects.for_user(request.user).filter(archived=True)
    return render_page(request, "applications/archive.html", {"applications": applications})


@login_required
@require_http_methods(["GET", "POST"])
def application_create(request: HttpRequest) -> HttpResponse:
    form = ApplicationForm(_posted(request))
    if request.method == "POST" and form.is_valid():
        application = services.application_save(application=form.instance, user=request.user)
        messages.success(request, _("Application saved."))
        return redirect(application)
    return render_page(request, "applications/application_form.html", {"form": form}, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def application_edit(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    form = ApplicationForm(_posted(request), instance=application)
    if request.method == "POST" and form.is_valid():
        services.application_save(application=form.instance)
        messages.success(request, _("Application saved."))
        return redirect(application)
    context = {"form": form, "application": application}
    return render_page(request, "applications/application_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET"])
def application_detail(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    context = {
        "application": application,
        "goal": stage_goal(application.stage, ui_lang()),
        "goal_form": GoalForm(instance=application),
        "rounds": application.rounds.prefetch_related("interviewers").select_related("debrief"),
        "interviewers": application.interviewers.all(),
        "fit_questions": application.fit_questions.all(),
    }
    return render_page(request, "applications/application_detail.html", context)


@login_required
@require_http_methods(["POST"])
def application_goal(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    form = GoalForm(request.POST, instance=application)
    if form.is_valid():
        services.application_save(application=form.instance)
        if not request.htmx:  # type: ignore[attr-defined]  # set by django-htmx's middleware
            messages.success(request, _("Your goal is saved."))
            return redirect(application)
    context = {
        "application": application,
        "goal": stage_goal(application.stage, ui_lang()),
        "goal_form": form,
        "goal_saved": form.is_valid(),
    }
    return render_page(
        request, "applications/application_detail.html", context, partial="goal", invalid=form
    )


@login_required
@require_http_methods(["POST"])
def application_archive(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    archived = request.POST.get("archived") == "1"
    services.application_set_archived(application=application, archived=archived)
    messages.success(
        request, _("Application archived.") if archived else _("Application restored.")
    )
    return redirect("applications:dashboard" if archived else application.get_absolute_url())


@login_required
@require_http_methods(["GET", "POST"])
def application_delete(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    return confirm_delete(
        request,
        application,
        delete=lambda: services.row_delete(row=application),
        done=_("Application deleted."),
        then="applications:dashboard",
    )


@login_required
@require_http_methods(["GET", "POST"])
def interviewer_create(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    form = InterviewerForm(_posted(request), instance=Interviewer(application=application))
    if request.method == "POST" and form.is_valid():
        services.interviewer_save(interviewer=form.instance)
        messages.success(request, _("%(name)s is added.") % {"name": form.instance.name})
        return redirect(safe_next(request, application.get_absolute_url()))
    context = {"form": form, "application": application, "next": safe_next(request, "")}
    return render_page(request, "applications/interviewer_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def interviewer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    interviewer = get_object_or_404(Interviewer.objects.for_user(request.user), pk=pk)
    form = InterviewerForm(_posted(request), instance=interviewer)
    if request.method == "POST" and form.is_valid():
        services.interviewer_save(interviewer=form.instance)
        messages.success(request, _("Saved."))
        return redirect(safe_next(request, interviewer.get_absolute_url()))
    context = {
        "form": form,
        "application": interviewer.application,
        "interviewer": interviewer,
        "next": safe_next(request, ""),
    }
    return render_page(request, "applications/interviewer_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def interviewer_delete(request: HttpRequest, pk: int) -> HttpResponse:
    interviewer = get_object_or_404(Interviewer.objects.for_user(request.user), pk=pk)
    return confirm_delete(
        request,
        interviewer,
        delete=lambda: services.row_delete(row=interviewer),
        done=_("Removed."),
        then=interviewer.application,
    )


@login_required
@require_http_methods(["GET", "POST"])
def round_create(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    initial = {"number": services.round_next_number(application=application)}
    form = RoundForm(_posted(request), initial=initial, application=application)
    return _round_form(request, form, application)


@login_required
@require_http_methods(["GET", "POST"])
def round_edit(request: HttpRequest, pk: int) -> HttpResponse:
    round = get_object_or_404(Round.objects.for_user(request.user), pk=pk)
    form = RoundForm(_posted(request), instance=round, application=round.application)
    return _round_form(request, form, round.application)


def _round_form(request: HttpRequest, form: RoundForm, application: Application) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        round = services.round_save(
            round=form.instance, interviewers=list(form.cleaned_data["interviewers"])
        )
        messages.success(request, _("Round saved."))
        return redirect(round)
    context = {"form": form, "application": application}
    return render_page(request, "applications/round_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET"])
def round_detail(request: HttpRequest, pk: int) -> HttpResponse:
    # A cached hit needs no query for the round: the key holds the user, so bob never gets
    # alice's entry, and any change (a deletion too) moves alice's version.
    page = cached(request, "round", lambda: _round_page(request, pk))
    context = {"title": page["title"], "body": mark_safe(page["body"])}  # noqa: S308
    return render_page(request, "applications/round_detail.html", context)


def _round_page(request: HttpRequest, pk: int) -> dict[str, str]:
    rounds = Round.objects.for_user(request.user).select_related("application", "debrief")
    round = get_object_or_404(rounds.prefetch_related("interviewers"), pk=pk)
    title = f"{_('Round')} {round.number} — {round.application.company}"
    return {"title": title, "body": _round_body(request, round)}


def _round_body(request: HttpRequest, round: Round) -> str:
    previous = selectors.previous_round(round)
    panel = selectors.round_panel(round)
    context = {
        "round": round,
        "application": round.application,
        "goal": round_goal(round.number, ui_lang()),
        "reading": selectors.round_reading(round, lang=ui_lang(), panel=panel),
        "address": selectors.round_address(round, panel),  # for the salary words (offers' card)
        "to_look_up": selectors.still_to_look_up(round),
        "interviewers": round.interviewers.all(),
        "previous": previous,
        "previous_notes": selectors.notes_of(previous),
        "notes": selectors.notes_of(round),  # loaded with the round: no query
        "done": round.status == RoundStatus.DONE,
        "next": selectors.next_round(round) if round.status == RoundStatus.DONE else None,
    }
    return render_to_string("applications/_round_body.html", context, request=request)


@login_required
@require_http_methods(["GET", "POST"])
def round_delete(request: HttpRequest, pk: int) -> HttpResponse:
    round = get_object_or_404(Round.objects.for_user(request.user), pk=pk)
    return confirm_delete(
        request,
        round,
        delete=lambda: services.row_delete(row=round),
        done=_("Round deleted."),
        then=round.application,
    )


@login_required
@require_http_methods(["GET", "POST"])
def round_notes(request: HttpRequest, pk: int) -> HttpResponse:
    round = get_object_or_404(Round.objects.for_user(request.user), pk=pk)
    debrief = Debrief.objects.filter(round=round).first() or Debrief(round=round)
    form = DebriefForm(_posted(request), instance=debrief)
    if request.method == "POST" and form.is_valid():
        moved = services.debrief_save(debrief=form.instance)
        messages.success(request, _("Your notes are saved."))
        if moved:
            messages.info(request, _moved_message(moved))
        return redirect(round)
    context = {"form": form, "round": round, "application": round.application}
    return render_page(request, "applications/round_notes.html", context, invalid=form)


def _moved_message(count: int) -> str:
    return ngettext(
        "%(count)s line under “Topics to come back to” looks like something to find out "
        "yourself. We moved it to “What I still want to find out”.",
        "%(count)s lines under “Topics to come back to” look like things to find out yourself. "
        "We moved them to “What I still want to find out”.",
        count,
    ) % {"count": count}


@login_required
@require_http_methods(["GET", "POST"])
def fit_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(FitQuestion.objects.for_user(request.user), pk=pk)
    form = FitAnswerForm(_posted(request), instance=question)
    if request.method == "POST" and form.is_valid():
        services.fit_question_save(question=form.instance)
        messages.success(request, _("Saved."))
        return redirect(safe_next(request, question.get_absolute_url()))
    context = {
        "form": form,
        "question": question,
        "application": question.application,
        "next": safe_next(request, ""),
    }
    return render_page(request, "applications/fit_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def fit_delete(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(FitQuestion.objects.for_user(request.user), pk=pk)
    return confirm_delete(
        request,
        question,
        delete=lambda: services.row_delete(row=question),
        done=_("Removed."),
        then=question.application,
    )


@require_http_methods(["GET"])
def method(request: HttpRequest) -> HttpResponse:
    """The method in plain words (the "why" behind the advice); open to everyone, no user data."""
    return render_page(request, "applications/method.html", {})
