"""The personal pitch (R4): write it with a live speaking-time estimate, rehearse it with a timer."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.urls import reverse
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from secondround.applications.selectors import applications_for
from secondround.web import confirm_delete, is_htmx, posted, render_page, ui_lang

from .. import services
from ..forms import AnalyzeForm, PitchForm, RehearsalForm
from ..models import Pitch, Rehearsal
from ..selectors import read_text

PAGE = "preparation/pitch.html"


@login_required
@require_http_methods(["GET"])
def pitch_list(request: HttpRequest) -> HttpResponse:
    pitches = Pitch.objects.for_user(request.user).select_related("application")
    return render_page(request, "preparation/pitch_list.html", {"pitches": pitches})


@login_required
@require_http_methods(["GET"])
def pitch_for_application(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(applications_for(request.user), pk=pk)
    pitch = application.pitches.first()
    if pitch:
        return redirect(pitch)
    return redirect(reverse("preparation:pitch_create") + f"?application={application.pk}")


@login_required
@require_http_methods(["GET", "POST"])
def pitch_create(request: HttpRequest) -> HttpResponse:
    initial = {"application": request.GET.get("application") or None}
    form = PitchForm(posted(request), initial=initial, user=request.user)
    if request.method == "POST" and form.is_valid():
        pitch = services.pitch_save(pitch=form.instance, user=request.user, lang=ui_lang())
        messages.success(request, _("Pitch saved. Now rehearse it out loud with the timer."))
        return redirect(pitch)
    return render_page(request, PAGE, _context(form, None), invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def pitch_detail(request: HttpRequest, pk: int) -> HttpResponse:
    pitch = get_object_or_404(Pitch.objects.for_user(request.user), pk=pk)
    form = PitchForm(posted(request), instance=pitch, user=request.user)
    if request.method == "POST" and form.is_valid():
        services.pitch_save(pitch=form.instance, lang=ui_lang())
        messages.success(request, _("Pitch saved."))
        return redirect(pitch)
    if request.method == "POST":
        pitch.refresh_from_db()  # the form changed the instance; the page shows what is saved
    return render_page(request, PAGE, _context(form, pitch), invalid=form)


def _context(
    form: PitchForm, pitch: Pitch | None, rehearsal_form: RehearsalForm | None = None
) -> dict[str, object]:
    text = form.data.get("text", pitch.text if pitch else "")
    target = pitch.target_seconds if pitch else 60
    rehearsals = _history(pitch) if pitch else []
    return {
        "form": form,
        "pitch": pitch,
        "rehearsal_form": rehearsal_form or RehearsalForm(),
        "reading": read_text(text, lang=ui_lang(), target_seconds=target),
        "rehearsals": rehearsals,
        "chart": rehearsal_chart(rehearsals, target),
    }


CHART_WIDTH = 400
BAR_STEP = 26


def rehearsal_chart(rehearsals: list[Rehearsal], target: int) -> dict[str, object]:
    """Bars for the last ten rehearsals, oldest first, on a scale where the target is visible."""
    shown = list(reversed(rehearsals[:10]))
    longest = max([r.seconds for r in shown] + [target]) * 1.15
    scale = (CHART_WIDTH - 60) / longest
    bars = [
        {
            "y": i * BAR_STEP,
            "text_y": i * BAR_STEP + 14,
            "seconds": r.seconds,
            "width": max(2, round(r.seconds * scale)),
            "label_x": round(r.seconds * scale) + 6,
            "fits": r.fits,
            "over": r.difference > 0,
        }
        for i, r in enumerate(shown)
    ]
    bars_height = len(bars) * BAR_STEP
    return {
        "bars": bars,
        "width": CHART_WIDTH,
        "height": bars_height + 22,
        "bars_height": bars_height,
        "target": target,
        "target_x": round(target * scale),
    }


def _history(pitch: Pitch) -> list[Rehearsal]:
    rehearsals = list(pitch.rehearsals.all()[:20])
    for rehearsal in rehearsals:
        rehearsal.pitch = pitch  # saves a query per row for the target
    return rehearsals


@login_required
@require_http_methods(["POST"])
def pitch_analyze(request: HttpRequest) -> HttpResponse:
    form = AnalyzeForm(request.POST)
    valid = form.is_valid()
    text = form.data.get("text", "") if valid else ""
    target = form.cleaned_data["target_seconds"] if valid else 60
    context = {
        "reading": read_text(text, lang=ui_lang(), target_seconds=target),
        "pitch_mode": True,
    }
    template = (
        "preparation/_pitch_reading.html" if is_htmx(request) else "preparation/reading_page.html"
    )
    return render_page(request, template, context)


@login_required
@require_http_methods(["POST"])
def rehearsal_add(request: HttpRequest, pk: int) -> HttpResponse:
    pitch = get_object_or_404(Pitch.objects.for_user(request.user), pk=pk)
    form = RehearsalForm(request.POST)
    saved = None
    if form.is_valid():
        saved = services.rehearsal_add(pitch=pitch, seconds=form.cleaned_data["seconds"])
        if not is_htmx(request):
            messages.success(
                request,
                ngettext(
                    "Rehearsal saved: %(seconds)d second.",
                    "Rehearsal saved: %(seconds)d seconds.",
                    saved.seconds,
                )
                % {"seconds": saved.seconds},
            )
            return redirect(reverse("preparation:pitch", args=[pitch.pk]) + "#history")
    context = _context(
        PitchForm(instance=pitch, user=request.user), pitch, RehearsalForm() if saved else form
    )
    context["saved"] = saved
    return render_page(request, PAGE, context, partial="rehearse", invalid=form)


@login_required
@require_http_methods(["POST"])
def rehearsal_delete(request: HttpRequest, pk: int) -> HttpResponse:
    rehearsal = get_object_or_404(Rehearsal.objects.for_user(request.user), pk=pk)
    services.rehearsal_delete(rehearsal=rehearsal)
    messages.success(request, _("Rehearsal removed."))
    return redirect(reverse("preparation:pitch", args=[rehearsal.pitch_id]) + "#history")


@login_required
@require_http_methods(["GET", "POST"])
def pitch_delete(request: HttpRequest, pk: int) -> HttpResponse:
    pitch = get_object_or_404(Pitch.objects.for_user(request.user), pk=pk)
    return confirm_delete(
        request,
        pitch,
        delete=lambda: services.pitch_delete(pitch=pitch),
        done=_("Pitch deleted."),
        then="preparation:pitches",
    )
