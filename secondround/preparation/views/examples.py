"""The STARR example bank (R3): list, write with a live reading, read back, delete."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from secondround.web import confirm_delete, is_htmx, posted, render_page, safe_next, ui_lang

from .. import services
from ..forms import AnalyzeForm, ExampleForm, competency_choices
from ..models import Example
from ..selectors import competency_names, part_labels, read_text

FORM = "preparation/example_form.html"


@login_required
@require_http_methods(["GET"])
def example_list(request: HttpRequest) -> HttpResponse:
    chosen = request.GET.get("competency", "")
    known = dict(competency_choices(ui_lang()))
    chosen = chosen if chosen in known else ""
    # A JSON list cannot be searched the same way on SQLite and PostgreSQL: filter here.
    examples = [
        e for e in Example.objects.for_user(request.user) if not chosen or chosen in e.competencies
    ]
    context = {
        "examples": [
            (
                e,
                competency_names(e.competencies, ui_lang()),
                part_labels(e.missing_parts, ui_lang()),
            )
            for e in examples
        ],
        "choices": list(known.items()),
        "chosen": chosen,
        "chosen_name": known.get(chosen, ""),
    }
    return render_page(request, "preparation/example_list.html", context, partial="results")


@login_required
@require_http_methods(["GET", "POST"])
def example_create(request: HttpRequest) -> HttpResponse:
    initial = {"competencies": request.GET.getlist("competency")}
    form = ExampleForm(posted(request), initial=initial, lang=ui_lang())
    return _example_form(request, form, None)


@login_required
@require_http_methods(["GET", "POST"])
def example_edit(request: HttpRequest, pk: int) -> HttpResponse:
    example = get_object_or_404(Example.objects.for_user(request.user), pk=pk)
    form = ExampleForm(posted(request), instance=example, lang=ui_lang())
    return _example_form(request, form, example)


def _example_form(request: HttpRequest, form: ExampleForm, example: Example | None) -> HttpResponse:
    checking = "check" in request.POST
    if request.method == "POST" and not checking and form.is_valid():
        saved = services.example_save(example=form.instance, user=request.user, lang=ui_lang())
        messages.success(request, _("Example saved."))
        return redirect(safe_next(request, saved.get_absolute_url()))
    text = request.POST.get("telling", example.telling if example else "")
    context = {
        "form": form,
        "example": example,
        "next": safe_next(request, ""),
        "reading": read_text(text, lang=ui_lang()) if text else None,
    }
    return render_page(request, FORM, context, invalid=form)


@login_required
@require_http_methods(["GET"])
def example_detail(request: HttpRequest, pk: int) -> HttpResponse:
    example = get_object_or_404(Example.objects.for_user(request.user), pk=pk)
    context = {
        "example": example,
        "names": competency_names(example.competencies, ui_lang()),
        "reading": read_text(example.telling, lang=ui_lang()),
    }
    return render_page(request, "preparation/example_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def example_delete(request: HttpRequest, pk: int) -> HttpResponse:
    example = get_object_or_404(Example.objects.for_user(request.user), pk=pk)
    return confirm_delete(
        request,
        example,
        delete=lambda: services.example_delete(example=example),
        done=_("Example deleted."),
        then="preparation:examples",
    )


@login_required
@require_http_methods(["POST"])
def example_analyze(request: HttpRequest) -> HttpResponse:
    """The live reading while typing (htmx); a plain POST gets it as a page of its own."""
    form = AnalyzeForm(request.POST)
    text = form.data.get("telling", "") if form.is_valid() else ""
    context = {"reading": read_text(text, lang=ui_lang()), "standalone": not is_htmx(request)}
    template = "preparation/_reading.html" if is_htmx(request) else "preparation/reading_page.html"
    return render_page(request, template, context)
