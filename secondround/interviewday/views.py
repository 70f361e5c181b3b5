"""Interview day and after: the one-page sheet, the calendar file, assignments (R5), the reflection
(A1), the expected decision, the outcome and the e-mail drafts (A2)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from secondround.applications.models import Round, RoundStatus
from secondround.coach import aftercare
from secondround.coach.lang import Lang, as_lang
from secondround.web import confirm_delete, is_htmx, posted, render_page

from . import day, ics, services, sheet, sources
from .forms import (
    AssignmentForm,
    DecisionForm,
    OutcomeForm,
    ReflectionForm,
    SheetOptionsForm,
    TopicForm,
)
from .models import Assignment, Decision, Outcome, Reflection, SheetOptions


def _lang() -> Lang:
    return as_lang(get_language())


def _round(request: HttpRequest, pk: int) -> Round:
    rounds = Round.objects.for_user(request.user).select_related("application")
    return get_object_or_404(rounds, pk=pk)


# The one-page sheet -------------------------------------------------------------------------------


def _sheet_context(round: Round, form: SheetOptionsForm | None = None) -> dict[str, object]:
    source = sheet.gather(round, lang=_lang())
    options = SheetOptions.objects.filter(round=round).first() or SheetOptions(round=round)
    return {
        "round": round,
        "application": round.application,
        "sheet": sheet.shape(source, sheet.TRIES[0]),
        "options_form": form or SheetOptionsForm(instance=options),
        "has_salary": sources.salary_numbers(round.application) is not None,
    }


@login_required
@require_http_methods(["GET"])
def sheet_page(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    return render_page(request, "interviewday/sheet.html", _sheet_context(round), partial="sheet")


@login_required
@require_http_methods(["POST"])
def sheet_options(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    form = SheetOptionsForm(request.POST)
    if form.is_valid():
        services.sheet_options_save(round=round, show_salary=form.cleaned_data["show_salary"])
        if not is_htmx(request):
            messages.success(request, _("Saved."))
            return redirect("interviewday:sheet", pk=round.pk)
    return render_page(request, "interviewday/sheet.html", _sheet_context(round), partial="sheet")


@login_required
@require_http_methods(["GET"])
def sheet_pdf(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    pdf = sheet.render_pdf(sheet.gather(round, lang=_lang()))
    response = HttpResponse(pdf.content, content_type="application/pdf")
    response["Content-Disposition"] = (
        f'attachment; filename="{sheet.filename(round, suffix="pdf")}"'
    )
    return response


@login_required
@require_http_methods(["GET"])
def calendar_file(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    decision = Decision.objects.filter(round=round).first()
    follow_up_on = decision.follow_up_on if decision else None
    if follow_up_on is None and round.starts_at:
        follow_up_on = aftercare.expected_decision(
            interview_date=services.interview_date(round, today=timezone.localdate()),
            said_date=None,
            said_weeks=None,
            fast_employer=False,
        ).follow_up_on
    content = ics.round_calendar(round, follow_up_on=follow_up_on, now=timezone.now())
    response = HttpResponse(content, content_type="text/calendar; charset=utf-8")
    response["Content-Disposition"] = (
        f'attachment; filename="{sheet.filename(round, suffix="ics")}"'
    )
    return response


# Assignments (R5) ---------------------------------------------------------------------------------


@login_required
@require_http_methods(["GET", "POST"])
def assignment_create(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    form = AssignmentForm(posted(request), instance=Assignment(round=round))
    if request.method == "POST" and form.is_valid():
        assignment = services.assignment_save(assignment=form.instance)
        messages.success(request, _("Assignment saved. Work through the checklist below."))
        return redirect(assignment)
    context = {"form": form, "round": round, "application": round.application}
    return render_page(request, "interviewday/assignment_form.html", context, invalid=form)


def _assignment(request: HttpRequest, pk: int) -> Assignment:
    found = Assignment.objects.for_user(request.user).select_related("round__application")
    return get_object_or_404(found, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def assignment_edit(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _assignment(request, pk)
    form = AssignmentForm(posted(request), instance=assignment)
    if request.method == "POST" and form.is_valid():
        services.assignment_save(assignment=form.instance)
        messages.success(request, _("Saved."))
        return redirect(assignment)
    round = assignment.round
    context = {
        "form": form,
        "round": round,
        "application": round.application,
        "assignment": assignment,
    }
    return render_page(request, "interviewday/assignment_form.html", context, invalid=form)


def _assignment_context(assignment: Assignment) -> dict[str, object]:
    round = assignment.round
    items = day.checklist_items(assignment, lang=_lang())
    return {
        "assignment": assignment,
        "round": round,
        "application": round.application,
        "items": items,
        "done_count": sum(1 for item in items if item.done),
        "timeline": day.timeline(assignment, lang=_lang(), today=timezone.localdate()),
        "sector_note": day.sector_note(round.application, lang=_lang()),
    }


@login_required
@require_http_methods(["GET"])
def assignment_detail(request: HttpRequest, pk: int) -> HttpResponse:
    context = _assignment_context(_assignment(request, pk))
    return render_page(request, "interviewday/assignment_detail.html", context, partial="checklist")


@login_required
@require_http_methods(["POST"])
def assignment_checklist(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _assignment(request, pk)
    keys = [item.key for item in day.checklist_items(assignment, lang=_lang())]
    services.assignment_tick(
        assignment=assignment, keys=request.POST.getlist("done"), valid_keys=keys
    )
    if not is_htmx(request):
        messages.success(request, _("Checklist saved."))
        return redirect(assignment)
    context = {**_assignment_context(assignment), "checklist_saved": True}
    return render_page(request, "interviewday/assignment_detail.html", context, partial="checklist")


@login_required
@require_http_methods(["GET", "POST"])
def assignment_delete(request: HttpRequest, pk: int) -> HttpResponse:
    assignment = _assignment(request, pk)
    return confirm_delete(
        request,
        assignment,
        delete=lambda: services.assignment_delete(assignment=assignment),
        done=_("Assignment removed."),
        then=assignment.round,
    )


# After the interview (A1, A2) ---------------------------------------------------------------------


@login_required
@require_http_methods(["POST"])
def round_done(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    if round.starts_at is not None and round.starts_at > timezone.now():
        messages.error(
            request,
            _(
                "Round %(number)s only starts on %(when)s, so it cannot be done yet. "
                "Correct the date if the interview already took place."
            )
            % {
                "number": round.number,
                "when": date_format(timezone.localtime(round.starts_at), "j F Y, H:i"),
            },
        )
        return redirect(round)
    if round.status != RoundStatus.DONE:
        services.round_mark_done(round=round)
        messages.success(
            request,
            _("Round %(number)s is done. Well done! Now look back while it is fresh.")
            % {"number": round.number},
        )
    return redirect("interviewday:reflection", pk=round.pk)


@login_required
@require_http_methods(["GET", "POST"])
def reflection(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    instance = Reflection.objects.filter(round=round).first() or Reflection(round=round)
    query = request.GET.get("q", "").strip()[:100]
    ticked = list(instance.asked_question_ids or []) + request.POST.getlist("asked_question_ids")
    form = ReflectionForm(
        posted(request),
        instance=instance,
        bank=sources.short_bank(round, lang=_lang(), selected=ticked, query=query),
        prompts=aftercare.reflection_prompts(_lang()),
    )
    if request.method == "POST" and form.is_valid():
        services.reflection_save(reflection=form.instance)
        messages.success(request, _("Your reflection is saved."))
        return redirect("interviewday:decision", pk=round.pk)
    context = {
        "form": form,
        "round": round,
        "application": round.application,
        "reassurance": aftercare.reassurance(_lang()),
        "query": query,
        "fit_questions": round.application.fit_questions.all(),
    }
    return render_page(request, "interviewday/reflection.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def decision(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    today = timezone.localdate()
    instance = Decision.objects.filter(round=round).first() or Decision(round=round)
    form = DecisionForm(
        posted(request),
        instance=instance,
        interview_day=services.interview_date(round, today=today),
    )
    if request.method == "POST" and form.is_valid():
        saved = services.decision_save(decision=form.instance, today=today)
        messages.success(
            request,
            _("Saved. Expect news by %(date)s.")
            % {"date": date_format(saved.latest, "j F Y") if saved.latest else "?"},
        )
        return redirect(round)
    context = {
        "form": form,
        "round": round,
        "application": round.application,
        "decision": instance if instance.pk else None,
    }
    return render_page(request, "interviewday/decision.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def outcome(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    form = OutcomeForm(posted(request))
    if request.method == "POST" and form.is_valid():
        value = form.cleaned_data["outcome"]
        created = services.outcome_record(
            round=round,
            outcome=value,
            lesson=form.cleaned_data["lesson"],
            today=timezone.localdate(),
        )
        return _after_outcome(request, round, value, created)
    context = {"form": form, "round": round, "application": round.application}
    return render_page(request, "interviewday/outcome.html", context, invalid=form)


def _after_outcome(
    request: HttpRequest, round: Round, value: str, created: Round | None
) -> HttpResponse:
    if created is not None:
        messages.success(
            request,
            _(
                "Congratulations! Round %(number)s is added with the same people "
                "at the table. Add the date and check who joins."
            )
            % {"number": created.number},
        )
        return redirect(created)
    if value == Outcome.OFFER:
        messages.success(request, _("Congratulations on the offer! Compare it as a whole package."))
        return redirect(sources.offer_compare_url(round.application) or round.application)
    messages.success(request, _("Saved. Having done your best is a good result."))
    return redirect(round.application)


def _candidate(request: HttpRequest) -> str:
    return str(getattr(request.user, "first_name", "") or "")


@login_required
@require_http_methods(["GET"])
def thank_you(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    form = TopicForm(request.GET or None, initial={"topic": day.default_topic(round)})
    topic = (
        form.cleaned_data["topic"]
        if form.is_bound and form.is_valid()
        else day.default_topic(round)
    )
    draft = day.thank_you(round, topic=topic, lang=_lang(), candidate_name=_candidate(request))
    context = {
        "round": round,
        "application": round.application,
        "draft": draft,
        "form": form,
        "kind": "thank_you",
    }
    return render_page(request, "interviewday/draft.html", context, partial="draft", invalid=form)


@login_required
@require_http_methods(["GET"])
def follow_up(request: HttpRequest, pk: int) -> HttpResponse:
    round = _round(request, pk)
    draft = day.follow_up(
        round, lang=_lang(), candidate_name=_candidate(request), today=timezone.localdate()
    )
    context = {
        "round": round,
        "application": round.application,
        "draft": draft,
        "kind": "follow_up",
        "decision": Decision.objects.filter(round=round).first(),
    }
    return render_page(request, "interviewday/draft.html", context, partial="draft")
