"""Question bank, questions to ask per round, mock interviews, drills and progress."""

from __future__ import annotations

from typing import Any

from django.conf import settings
from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.core.exceptions import ValidationError
from django.http import Http404, HttpRequest, HttpResponse, JsonResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.urls import reverse
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from secondround.applications.selectors import Round, notes_of, previous_round, round_panel
from secondround.coach.lang import Lang, as_lang
from secondround.talk import selectors as talk_selectors
from secondround.talk import services as talk_services
from secondround.web import confirm_delete, is_htmx, posted, render_page, ui_lang, user_round

from . import selectors, services
from .forms import (
    AnswerForm,
    BankFilterForm,
    DrillForm,
    FindOutForm,
    FollowUpForm,
    MockStartForm,
    OwnQuestionForm,
    RecordingForm,
    RoundQuestionForm,
)
from .models import ANSWER_LIMIT, DrillAttempt, MockAnswer, MockSession, OwnQuestion, RoundQuestion

# Question bank


@login_required
@require_http_methods(["GET"])
def bank_list(request: HttpRequest) -> HttpResponse:
    form = BankFilterForm(request.GET or None, categories=selectors.categories())
    items = selectors.bank_items(user=request.user, lang=ui_lang())
    values = form.values()
    shown = selectors.filter_items(
        items,
        direction=values.get("direction", ""),
        kind=values.get("kind", ""),
        category=values.get("category", ""),
        round_fit=values.get("round", ""),
    )
    context = {"form": form, "items": shown, "total": len(items)}
    return render_page(request, "practice/bank.html", context, partial="results")


@login_required
@require_http_methods(["GET", "POST"])
def own_create(request: HttpRequest) -> HttpResponse:
    initial = {"direction": request.GET.get("direction", "they_ask")}
    form = OwnQuestionForm(posted(request), initial=initial, categories=selectors.categories())
    if request.method == "POST" and form.is_valid():
        services.own_question_save(question=form.instance, user=request.user)
        messages.success(request, _("Your question is in your bank."))
        return redirect("practice:bank")
    return render_page(request, "practice/own_form.html", {"form": form}, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def own_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(OwnQuestion.objects.for_user(request.user), pk=pk)
    form = OwnQuestionForm(posted(request), instance=question, categories=selectors.categories())
    if request.method == "POST" and form.is_valid():
        services.own_question_save(question=form.instance)
        messages.success(request, _("Your question is saved."))
        return redirect("practice:bank")
    context = {"form": form, "question": question}
    return render_page(request, "practice/own_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def own_delete(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(OwnQuestion.objects.for_user(request.user), pk=pk)
    return confirm_delete(
        request,
        question,
        delete=lambda: services.own_question_delete(question=question),
        done=_("Question deleted."),
        then="practice:bank",
        template="practice/confirm_delete.html",
    )


# Questions to ask at a round


def _questions_context(round: Round, lang: Lang, form: RoundQuestionForm | None = None) -> dict:
    return {
        "round": round,
        "application": round.application,
        "questions": selectors.questions_for_round(round),
        "suggestions": selectors.for_round(round, lang=lang),
        "form": form or RoundQuestionForm(round=round),
    }


@login_required
@require_http_methods(["GET", "POST"])
def round_questions(request: HttpRequest, pk: int) -> HttpResponse:
    round = user_round(request, pk)
    form = RoundQuestionForm(posted(request), round=round)
    if request.method == "POST":
        source_id = request.POST.get("source_id", "")
        picked = selectors.text_for(source_id, round=round, lang=ui_lang())
        if picked:
            services.round_question_add(round=round, text=picked, source_id=source_id)
        elif form.is_valid():
            services.round_question_add(
                round=round,
                text=form.cleaned_data["text"],
                interviewer=form.cleaned_data.get("interviewer"),
            )
        if picked or form.is_valid():
            if not is_htmx(request):
                messages.success(request, _("Question added to your list."))
                return redirect("practice:round_questions", round.pk)
            form = RoundQuestionForm(round=round)
    context = _questions_context(round, ui_lang(), form)
    return render_page(
        request, "practice/round_questions.html", context, partial="list", invalid=form
    )


@login_required
@require_http_methods(["GET", "POST"])
def round_question_edit(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(
        RoundQuestion.objects.for_user(request.user).select_related("round__application"), pk=pk
    )
    form = RoundQuestionForm(posted(request), instance=question)
    if request.method == "POST" and form.is_valid():
        services.round_question_save(question=form.instance)
        messages.success(request, _("Your question is saved."))
        return redirect("practice:round_questions", question.round_id)
    context = {
        "form": form,
        "question": question,
        "round": question.round,
        "application": question.round.application,
    }
    return render_page(request, "practice/round_question_form.html", context, invalid=form)


@login_required
@require_http_methods(["POST"])
def round_question_move(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(RoundQuestion.objects.for_user(request.user), pk=pk)
    direction = request.POST.get("direction")
    if direction in ("up", "down"):
        services.round_question_move(question=question, direction=direction)
    return _after_list_change(request, question.round_id)


@login_required
@require_http_methods(["POST"])
def round_question_delete(request: HttpRequest, pk: int) -> HttpResponse:
    question = get_object_or_404(RoundQuestion.objects.for_user(request.user), pk=pk)
    round_id = question.round_id
    services.round_question_delete(question=question)
    if not is_htmx(request):
        messages.success(request, _("Question removed from your list."))
    return _after_list_change(request, round_id)


@login_required
@require_http_methods(["POST"])
def find_out(request: HttpRequest, pk: int) -> HttpResponse:
    """A point the candidate wanted to find out after the previous round, on the plan of this
    round: tick it off, open it again, or add it to the questions to ask (the one list of them)."""
    round = user_round(request, pk)
    notes = notes_of(previous_round(round))
    form = FindOutForm(request.POST, points=notes.find_out_points if notes else [])
    back = reverse("preparation:plan", args=[round.pk]) + "#find-out"
    if notes is None or not form.is_valid():
        messages.error(request, _("That point is not in your notes. Choose a point on this page."))
        return redirect(back)
    point, action = form.cleaned_data["point"], form.cleaned_data["action"]
    try:
        outcome = services.find_out_settle(
            round=round, notes=notes, point=point, action=action, lang=ui_lang()
        )
    except ValidationError:
        messages.error(
            request, _("This point is too long for a question. Shorten it in your notes.")
        )
        return redirect(back)
    if outcome == "added":
        messages.success(
            request, _("Added to your questions to ask. Change the wording there if you like.")
        )
    elif outcome == "lookup":
        messages.info(
            request, _("This is a point to look up yourself, not a question to ask them.")
        )
    elif outcome == "already":
        messages.info(request, _("This point is in your questions to ask already."))
    return redirect(back)


def _after_list_change(request: HttpRequest, round_id: int) -> HttpResponse:
    if not is_htmx(request):
        return redirect("practice:round_questions", round_id)
    round = user_round(request, round_id)
    context = _questions_context(round, ui_lang())
    return render_page(request, "practice/round_questions.html", context, partial="list")


# Mock interviews


@login_required
@require_http_methods(["GET", "POST"])
def mock_sessions(request: HttpRequest, pk: int) -> HttpResponse:
    round = user_round(request, pk)
    form = MockStartForm(posted(request))
    if request.method == "POST" and form.is_valid():
        session = services.mock_start(round=round, lang=ui_lang(), size=form.cleaned_data["size"])
        if not session.answers.exists():
            messages.error(
                request, _("No questions fit this round yet. Add people to the table first.")
            )
            return redirect("practice:mock_sessions", round.pk)
        return redirect(session)
    sessions = selectors.sessions_with_counts(MockSession.objects.filter(round=round).interviews())
    context = {
        "round": round,
        "application": round.application,
        "form": form,
        "sessions": sessions,
        "panel": round_panel(round),
    }
    return render_page(request, "practice/mock_sessions.html", context, invalid=form)


@login_required
@require_http_methods(["GET"])
def session(request: HttpRequest, pk: int) -> HttpResponse:
    """Resume: the first open question, or the summary when every question has an answer."""
    mock = get_object_or_404(MockSession.objects.for_user(request.user), pk=pk)
    open_answer = services.next_open_answer(mock)
    if mock.finished is None and open_answer is not None:
        return redirect(open_answer)
    return redirect("practice:summary", mock.pk)


def _answer(request: HttpRequest, pk: int) -> MockAnswer:
    answers = MockAnswer.objects.for_user(request.user).select_related(
        "session__round__application", "session__user"
    )
    return get_object_or_404(answers, pk=pk)


@login_required
@require_http_methods(["GET", "POST"])
def answer(request: HttpRequest, pk: int) -> HttpResponse:
    item = _answer(request, pk)
    form = AnswerForm(posted(request), initial=_answer_initial(item))
    if request.method == "POST" and form.is_valid():
        text = form.cleaned_data["answer_text"]
        spoken = services.spoken_answer(answer=item, recording_id=request.POST.get("recording"))
        services.answer_submit(
            answer=item,
            text=text,
            seconds=form.cleaned_data["seconds_taken"],
            lang=ui_lang(),
            wpm=services.spoken_pace(text, spoken),
            spoken=spoken,
        )
        return redirect(f"{item.get_absolute_url()}#feedback")
    if request.method == "POST" and form.data.get("answer_text", "").strip():
        services.answer_save_draft(
            answer=item, text=form.data["answer_text"].strip()[:ANSWER_LIMIT]
        )
    services.readings_in_language([item], lang=ui_lang())
    context = selectors.answer_context(item, lang=ui_lang())
    context["form"] = form
    return render_page(request, "practice/answer.html", context, invalid=form)


def _answer_initial(item: MockAnswer) -> dict[str, Any]:
    """The form starts from the draft; an improved answer from the last one, with a new time."""
    if item.is_answered:
        return {"answer_text": item.draft_text or item.answer_text, "seconds_taken": None}
    return {"answer_text": item.answer_text, "seconds_taken": item.seconds_taken}


@login_required
@require_http_methods(["POST"])
def follow_up(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    """Answer (or skip) one follow-up question; the page then shows why it was asked."""
    item = _answer(request, pk)
    if not item.is_answered or not 0 <= index < len(item.follow_ups):
        raise Http404
    form = FollowUpForm(request.POST)
    if form.is_valid():
        services.follow_up_answer(
            answer=item, index=index, text=form.cleaned_data["answer_text"], lang=ui_lang()
        )
        return redirect(f"{item.get_absolute_url()}#follow-up-{index + 1}")
    context = selectors.answer_context(item, lang=ui_lang())
    context.update(follow_up_form=form, follow_up_index=index)
    return render_page(request, "practice/answer.html", context, invalid=form)


@login_required
@require_http_methods(["POST"])
def follow_up_draft(request: HttpRequest, pk: int, index: int) -> HttpResponse:
    """Keep what was typed in answer to a follow-up, as the answer itself keeps its draft; a
    follow-up already answered has nothing left to draft."""
    item = _answer(request, pk)
    if not item.is_answered or not 0 <= index < len(item.follow_ups):
        raise Http404
    if item.follow_ups[index].get("answered"):
        raise Http404
    text = request.POST.get("answer_text", "").strip()[:ANSWER_LIMIT]
    services.follow_up_save_draft(answer=item, index=index, text=text)
    if not is_htmx(request):
        messages.success(request, _("Draft saved."))
        return redirect(f"{item.get_absolute_url()}#follow-up-{index + 1}")
    context = {"item": {"number": index + 1}, "draft_saved": True}
    return render(request, "practice/_follow_ups.html#follow_up_draft_status", context)


@login_required
@require_http_methods(["POST"])
def answer_draft(request: HttpRequest, pk: int) -> HttpResponse:
    item = _answer(request, pk)
    form = AnswerForm(request.POST, require_answer=False)
    saved = form.is_valid()
    if saved:
        services.answer_save_draft(
            answer=item,
            text=form.cleaned_data["answer_text"],
            seconds=form.cleaned_data["seconds_taken"],
        )
    if not is_htmx(request):
        if saved:
            messages.success(request, _("Draft saved."))
        if item.is_answered:  # improving: back to the open form, where the draft is
            return redirect(f"{item.get_absolute_url()}?again=1#answer-form")
        return redirect(item)
    context = {"answer": item, "draft_saved": saved, "draft_form": form}
    return render_page(request, "practice/answer.html", context, partial="draft_status")


@login_required
@require_http_methods(["POST"])
def session_finish(request: HttpRequest, pk: int) -> HttpResponse:
    mock = get_object_or_404(MockSession.objects.for_user(request.user), pk=pk)
    services.session_finish(session=mock)
    return redirect("practice:summary", mock.pk)


@login_required
@require_http_methods(["GET"])
def summary(request: HttpRequest, pk: int) -> HttpResponse:
    mock = get_object_or_404(
        MockSession.objects.for_user(request.user).select_related("round__application"), pk=pk
    )
    services.readings_in_language(mock.answers.prefetch_related("earlier_attempts"), lang=ui_lang())
    context = selectors.summary_context(mock, lang=ui_lang())
    return render_page(request, "practice/summary.html", context)


# One bank question practised on its own


@login_required
@require_http_methods(["POST"])
def practise_question(request: HttpRequest, question_id: str) -> HttpResponse:
    """Start (or take up again) a practice of one bank question: for the round posted with it (a
    question met in a practice interview is practised for that round again), else for the round
    the user meets next, else for no round."""
    question = selectors.practice_question(user=request.user, question_id=question_id)
    if question is None:
        raise Http404
    posted_round = request.POST.get("round", "")
    if posted_round.isascii() and posted_round.isdigit():
        round: Round | None = user_round(request, int(posted_round[:18]))
    else:
        round = selectors.next_round(request.user)
    session = services.single_start(
        user=request.user, question=question, round=round, lang=ui_lang()
    )
    return redirect(session)


# Drills and progress


@login_required
@require_http_methods(["GET"])
def drill_list(request: HttpRequest) -> HttpResponse:
    context = {"groups": selectors.drill_overview(request.user, lang=ui_lang())}
    return render_page(request, "practice/drills.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def drill(request: HttpRequest, drill_id: str) -> HttpResponse:
    address = selectors.next_table_address(request.user)
    found = selectors.find_drill(drill_id, lang=ui_lang(), address=address)
    if found is None:
        raise Http404
    form = DrillForm(posted(request))
    attempt = None
    if request.method == "POST" and form.is_valid():
        answer = form.cleaned_data["answer"]
        attempt = services.drill_attempt_save(
            user=request.user, drill_id=drill_id, answer=answer, lang=ui_lang(), address=address
        )
    attempts = DrillAttempt.objects.for_user(request.user).filter(drill_id=drill_id)[:10]
    context = {
        "drill": found,
        "form": form,
        "attempt": attempt,
        "attempts": attempts,
        "next_drill": selectors.next_drill(drill_id, lang=ui_lang()),
    }
    return render_page(request, "practice/drill.html", context, partial="feedback", invalid=form)


@login_required
@require_http_methods(["GET"])
def progress_page(request: HttpRequest) -> HttpResponse:
    context = selectors.progress_context(request.user, lang=ui_lang())
    return render_page(request, "practice/progress.html", context)


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
    address = selectors.next_table_address(request.user)
    found = selectors.find_drill(drill_id, lang=as_lang(get_language()), address=address)
    if found is None:
        raise Http404
    return None, drill_id, found.prompt


@login_required
@require_http_methods(["POST"])
def record(request: HttpRequest) -> HttpResponse:
    """Keep an uploaded recording; answer with what it shows and, when on, its transcript."""
    form = RecordingForm(request.POST, request.FILES)
    if not form.is_valid():
        error = next(iter(form.errors.values()))[0]
        return JsonResponse({"error": error}, status=422)
    upload = form.cleaned_data["audio"]
    kind = talk_services.audio_type(upload.content_type or "")
    if kind is None or upload.size > settings.AUDIO_MAX_BYTES or upload.size == 0:
        return JsonResponse({"error": _("This is not a recording this app can keep.")}, status=422)
    answer, drill_id, question = _target(request, form)
    recording = talk_services.recording_save(
        user=request.user, audio=upload.read(), content_type=kind,
        levels=form.cleaned_data["levels"], answer=answer,
        follow_up=form.cleaned_data.get("follow_up"), drill_id=drill_id, question_text=question,
    )  # fmt: skip
    transcript, problem = talk_services.transcribe(
        recording=recording, lang=as_lang(get_language())
    )
    return JsonResponse(
        {
            "id": recording.pk,
            "duration": recording.duration_seconds,
            "speaking": recording.speaking_seconds,
            "pauses": recording.pauses,
            "summary": talk_selectors.recording_summary(recording),
            "transcript": transcript,
            "message": problem,
        }
    )
