"""Speaking practice: upload a recorded answer (measured, and transcribed when turned on), the
recordings list with playback and deleting, the engine settings and the AI interviewer's consent."""

from __future__ import annotations

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import FileResponse, Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.formats import number_format
from django.utils.translation import get_language, ngettext
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from secondround.coach.drills import drills
from secondround.coach.lang import as_lang
from secondround.practice.models import MockAnswer
from secondround.web import posted, render_page

from . import services
from .forms import ConsentForm, EngineSettingsForm, RecordingForm, masked
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


def _target(request: HttpRequest, form: RecordingForm) -> tuple[MockAnswer | None, str, str]:
    """What the recording answers: a mock question (or one of its follow-ups) or a drill."""
    answer_pk, drill_id = form.cleaned_data.get("answer"), form.cleaned_data.get("drill") or ""
    if answer_pk:
        answer = get_object_or_404(MockAnswer.objects.for_user(request.user), pk=answer_pk)
        index = form.cleaned_data.get("follow_up")
        if index is not None:
            if index >= len(answer.follow_ups):
                raise Http404
            return answer, "", answer.follow_ups[index]["text"]
        return answer, "", answer.question_text
    found = next((d for d in drills(as_lang(get_language())) if d.id == drill_id), None)
    if found is None:
        raise Http404
    return None, drill_id, found.prompt


def seconds_text(value: float) -> str:
    """Seconds with one decimal in the user's language ("2,5" in Dutch)."""
    return number_format(value, decimal_pos=1)


def _summary(recording: Recording) -> str:
    pauses = ", ".join(f"{seconds_text(p)} s" for p in recording.pauses)
    spoke = _("You spoke for %(seconds)s s.") % {
        "seconds": seconds_text(recording.speaking_seconds)
    }
    if not pauses:
        return f"{spoke} {_('No long pauses.')}"
    longest = ngettext(
        "Longest pause: %(pauses)s.", "Longest pauses: %(pauses)s.", len(recording.pauses)
    ) % {"pauses": pauses}
    return f"{spoke} {longest}"


@login_required
@require_http_methods(["POST"])
def record(request: HttpRequest) -> HttpResponse:
    """Keep an uploaded recording; answer with what it shows and, when on, its transcript."""
    form = RecordingForm(request.POST, request.FILES)
    if not form.is_valid():
        error = next(iter(form.errors.values()))[0]
        return JsonResponse({"error": error}, status=422)
    upload = form.cleaned_data["audio"]
    kind = services.audio_type(upload.content_type or "")
    if kind is None or upload.size > settings.AUDIO_MAX_BYTES or upload.size == 0:
        return JsonResponse({"error": _("This is not a recording this app can keep.")}, status=422)
    answer, drill_id, question = _target(request, form)
    recording = services.recording_save(
        user=request.user, audio=upload.read(), content_type=kind,
        levels=form.cleaned_data["levels"], answer=answer,
        follow_up=form.cleaned_data.get("follow_up"), drill_id=drill_id, question_text=question,
    )  # fmt: skip
    transcript, problem = services.transcribe(recording=recording, lang=as_lang(get_language()))
    return JsonResponse(
        {
            "id": recording.pk,
            "duration": recording.duration_seconds,
            "speaking": recording.speaking_seconds,
            "pauses": recording.pauses,
            "summary": _summary(recording),
            "transcript": transcript,
            "message": problem,
        }
    )


@login_required
@require_http_methods(["GET"])
def recordings(request: HttpRequest) -> HttpResponse:
    rows = Recording.objects.for_user(request.user).select_related("answer")
    context = {"recordings": [{"recording": r, "summary": _summary(r)} for r in rows]}
    return render_page(request, "talk/recordings.html", context)


@login_required
@require_http_methods(["GET"])
def audio(request: HttpRequest, pk: int) -> HttpResponse:
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
