"""What the vacancy asks for, and which examples back it up: the matrix of one application (R3)."""

from __future__ import annotations

from dataclasses import dataclass

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from secondround.applications.selectors import Application, applications_for
from secondround.coach import competencies as lexicon
from secondround.coach.evidence import is_evidence, rule_text
from secondround.web import render_page, ui_lang

from .. import services
from ..forms import CompetencyAddForm
from ..models import AskedCompetency, Example
from ..selectors import backing, part_labels


@dataclass(frozen=True)
class MatrixRow:
    asked: AskedCompetency
    name: str
    explanation: str
    examples: list[Example]

    @property
    def gap(self) -> bool:
        return not self.examples

    @property
    def claim_only(self) -> bool:
        """Examples are linked, but none is evidence: a claim without evidence."""
        return bool(self.examples) and not any(is_evidence(e.missing_parts) for e in self.examples)


def _matrix(application: Application, user: object) -> dict[str, object]:
    code = ui_lang()
    asked = [a for a in application.asked_competencies.shown() if _known(a.competency_id)]
    examples = list(Example.objects.for_user(user))
    rows = [
        MatrixRow(
            asked=a,
            name=lexicon.name(a.competency_id, code),
            explanation=lexicon.explain(a.competency_id, code),
            examples=[e for e in examples if a.competency_id in e.competencies],
        )
        for a in asked
    ]
    used = [e for e in examples if any(e in row.examples for row in rows)]
    pairs = [(e.competencies, e.missing_parts) for e in examples]
    return {
        "rows": rows,
        "used": [(e, part_labels(e.missing_parts, code)) for e in used],
        "backing": backing([a.competency_id for a in asked], pairs),
        "evidence_rule": rule_text(code),
        "claims": {e.pk for e in examples if not is_evidence(e.missing_parts)},
    }


def _known(competency_id: str) -> bool:
    try:
        lexicon.get(competency_id)
    except KeyError:
        return False
    return True


@login_required
@require_http_methods(["GET"])
def matrix(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(applications_for(request.user), pk=pk)
    services.competencies_ensure(application=application)
    return _render(request, application, None)


def _render(
    request: HttpRequest, application: Application, form: CompetencyAddForm | None
) -> HttpResponse:
    shown = set(application.asked_competencies.shown().values_list("competency_id", flat=True))
    form = form or CompetencyAddForm(lang=ui_lang(), exclude=shown)
    context = {"application": application, "add_form": form, **_matrix(application, request.user)}
    return render_page(request, "preparation/matrix.html", context, invalid=form)


@login_required
@require_http_methods(["POST"])
def competency_add(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(applications_for(request.user), pk=pk)
    shown = set(application.asked_competencies.shown().values_list("competency_id", flat=True))
    form = CompetencyAddForm(request.POST, lang=ui_lang(), exclude=shown)
    if not form.is_valid():
        return _render(request, application, form)
    row = services.competency_add(
        application=application, competency_id=form.cleaned_data["competency"]
    )
    messages.success(
        request, _("%(name)s is added.") % {"name": lexicon.name(row.competency_id, ui_lang())}
    )
    return redirect("preparation:matrix", application.pk)


@login_required
@require_http_methods(["POST"])
def competency_reread(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(applications_for(request.user), pk=pk)
    found = services.competencies_read(application=application)
    messages.success(
        request,
        ngettext(
            "The vacancy is read again: %(count)d competency.",
            "The vacancy is read again: %(count)d competencies.",
            len(found),
        )
        % {"count": len(found)},
    )
    return redirect("preparation:matrix", application.pk)


@login_required
@require_http_methods(["POST"])
def competency_remove(request: HttpRequest, pk: int) -> HttpResponse:
    asked = get_object_or_404(AskedCompetency.objects.for_user(request.user), pk=pk)
    services.competency_remove(asked=asked)
    name = lexicon.name(asked.competency_id, ui_lang()) if _known(asked.competency_id) else ""
    messages.success(request, _("%(name)s is removed from this application.") % {"name": name})
    return redirect("preparation:matrix", asked.application_id)
