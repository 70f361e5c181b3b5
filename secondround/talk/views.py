"""Speaking practice: upload a recorded answer (measured, and transcribed when turned on), the
recordings list with playback and deleting, the engine settings and the AI interviewer's consent."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from secondround.web import posted, render_page

from . import selectors, services
from .forms import ConsentForm, EngineSettingsForm, masked
from .models import Recording


@login_required
@require_http_methods(["GET", "POST"])
def engine_settings(request: HttpRequest) -> HttpResponse:
    engines = services.engine_settings(request.user)
    form = EngineSettingsForm(posted(request), instance=engines)
    if request.method == "POST" and form.is_valid():
        saved = services.engine_settings_save(engines=form.instance, keys=form.keys())
        if saved.interviewer_on and not saved.interviewer_ready:
            return redirect("talk:consent")
        messages.success(request, _("Your settings are saved."))
        return redirect("talk:settings")
    context = {
        "form": form,
        "engines": engines,
        "transcription_key": masked(engines.transcription_key),
        "chat_key": masked(engines.chat_key),
    }
    return render_page(request, "talk/settings.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def consent(request: HttpRequest) -> HttpResponse:
    """Before the first use, and whenever the host changes: exactly what is sent, and where."""
    engines = services.engine_settings(request.user)
    if not engines.chat_url:
        return redirect("talk:settings")
    form = ConsentForm(posted(request))
    if request.method == "POST" and form.is_valid():
        agree = form.cleaned_data["agree"]
        services.interviewer_consent(engines=engines, agree=agree)
        if not agree:
            engines.interviewer_on = False
            services.engine_settings_save(engines=engines, keys={})
        messages.success(
            request, _("The AI interviewer is on.") if agree else _("The AI interviewer is off.")
        )
        return redirect("talk:settings")
    context = {"form": form, "engines": engines, "host": engines.chat_host}
    return render_page(request, "talk/consent.html", context, invalid=form)


@login_required
@require_http_methods(["GET"])
def recordings(request: HttpRequest) -> HttpResponse:
    rows = Recording.objects.for_user(request.user).select_related("answer")
    context = {
        "recordings": [{"recording": r, "summary": selectors.recording_summary(r)} for r in rows]
    }
    return render_page(request, "talk/recordings.html", context)


@login_required
@require_http_methods(["GET"])
def audio(request: HttpRequest, pk: int) -> FileResponse:
    recording = get_object_or_404(Recording.objects.for_user(request.user), pk=pk)
    path = recording.path
    if path is None:
        raise Http404
    response = FileResponse(path.open("rb"), content_type=recording.content_type)
    response["Cache-Control"] = "private, no-store"
    return response


@login_required
@require_http_methods(["POST"])
def recording_delete(request: HttpRequest, pk: int) -> HttpResponse:
    recording = get_object_or_404(Recording.objects.for_user(request.user), pk=pk)
    services.recording_delete(recording=recording)
    messages.success(request, _("Recording deleted."))
    return redirect("talk:recordings")


@login_required
@require_http_methods(["POST"])
def recordings_delete_all(request: HttpRequest) -> HttpResponse:
    count = services.recordings_delete_all(user=request.user)
    messages.success(
        request,
        ngettext("%(count)s recording deleted.", "%(count)s recordings deleted.", count)
        % {"count": count},
    )
    return redirect("talk:recordings")
