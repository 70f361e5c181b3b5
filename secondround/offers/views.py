"""The current job's package, offers per application, the comparison (S3, S4) and three answers (S2)."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse, QueryDict
from django.shortcuts import get_object_or_404, redirect
from django.utils import timezone
from django.utils.translation import get_language
from django.utils.translation import gettext as _
from django.views.decorators.http import require_http_methods

from secondround.applications.models import Application
from secondround.coach.aftercare import add_working_days
from secondround.coach.lang import Lang, as_lang
from secondround.coach.pay import SUPPORTED_YEARS
from secondround.web import render_page, safe_next

from . import services
from .chart import build_chart
from .forms import (
    CounterAnswerForm,
    CounterOfferForm,
    DecisionForm,
    PackageForm,
    RepliesForm,
    VacancySalaryForm,
)
from .models import CounterOffer, JobPackage, Kind


def _lang() -> Lang:
    return as_lang(get_language())


def _data(request: HttpRequest) -> QueryDict | None:
    """The posted form, even when empty (an empty POST must show "required", not a blank form)."""
    return request.POST if request.method == "POST" else None


@login_required
@require_http_methods(["GET", "POST"])
def current_edit(request: HttpRequest) -> HttpResponse:
    package = services.current_package(request.user) or JobPackage(kind=Kind.CURRENT)
    form = PackageForm(_data(request), instance=package, current=True)
    if request.method == "POST" and form.is_valid():
        services.package_save_current(package=form.instance, user=request.user)
        messages.success(request, _("Your current job is saved."))
        return redirect(safe_next(request, form.instance.get_absolute_url()))
    context = {"form": form, "package": package, "next": safe_next(request, "")}
    return render_page(request, "offers/package_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def current_delete(request: HttpRequest) -> HttpResponse:
    package = get_object_or_404(JobPackage.objects.for_user(request.user).current())
    if request.method == "POST":
        services.package_delete(package=package)
        messages.success(request, _("Your current job is removed."))
        return redirect("applications:dashboard")
    return render_page(request, "offers/confirm_delete.html", {"package": package})


@login_required
@require_http_methods(["GET", "POST"])
def offer_create(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    package = JobPackage(kind=Kind.OFFER, application=application)
    initial = {"received_on": timezone.localdate()}
    form = PackageForm(_data(request), instance=package, initial=initial)
    return _offer_form(request, form, application)


@login_required
@require_http_methods(["GET", "POST"])
def offer_edit(request: HttpRequest, pk: int) -> HttpResponse:
    package = get_object_or_404(JobPackage.objects.for_user(request.user).offers(), pk=pk)
    form = PackageForm(_data(request), instance=package)
    return _offer_form(request, form, package.application)  # type: ignore[arg-type]


def _offer_form(request: HttpRequest, form: PackageForm, application: Application) -> HttpResponse:
    if request.method == "POST" and form.is_valid():
        package = services.package_save_offer(package=form.instance, application=application)
        messages.success(request, _("The offer is saved."))
        return redirect(package)
    context = {"form": form, "package": form.instance, "application": application}
    return render_page(request, "offers/package_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET"])
def offer_detail(request: HttpRequest, pk: int) -> HttpResponse:
    package = get_object_or_404(
        JobPackage.objects.for_user(request.user).offers().select_related("application"), pk=pk
    )
    application = package.application
    assert application is not None
    found = services.valuation(package, lang=_lang())
    context = {
        "package": package,
        "application": application,
        "valuation": found,
        "lines": services.shown_lines(found, _lang()),
        "findings": services.numbers_findings(package, lang=_lang()),
        "range_findings": services.their_range_findings(package, lang=_lang()),
        "numbers_url": services.numbers_url(application),
        "has_current": services.current_package(request.user) is not None,
        "counters": services.negotiation(package, lang=_lang()),
        "changes": services.version_changes(package, lang=_lang()),
        "newer": package.next_versions.first(),
        "fit_questions": application.fit_questions.all(),
    }
    return render_page(request, "offers/offer_detail.html", context)


@login_required
@require_http_methods(["GET", "POST"])
def offer_delete(request: HttpRequest, pk: int) -> HttpResponse:
    package = get_object_or_404(JobPackage.objects.for_user(request.user).offers(), pk=pk)
    if request.method == "POST":
        services.package_delete(package=package)
        messages.success(request, _("The offer is removed."))
        return redirect(package.application)
    context = {"package": package, "application": package.application}
    return render_page(request, "offers/confirm_delete.html", context)


@login_required
@require_http_methods(["GET"])
def compare(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    year = services.year_from(request.GET.get("year"))
    packages = services.compared_packages(application)
    context: dict[str, object] = {
        "application": application,
        "year": year,
        "years": SUPPORTED_YEARS,
        "packages": packages,
    }
    if packages:
        found = services.comparison_context(application, packages, year=year, lang=_lang())
        context.update(found, chart=build_chart(found["comparison"], _lang()))
    return render_page(request, "offers/compare.html", context, partial="comparison")


@login_required
@require_http_methods(["GET"])
def replies(request: HttpRequest, pk: int) -> HttpResponse:
    package = get_object_or_404(
        JobPackage.objects.for_user(request.user).offers().select_related("application"), pk=pk
    )
    application = package.application
    assert application is not None
    defaults = {
        "contact_name": services.default_contact(application),
        "target_monthly": services.default_target(package),
        "think_until": add_working_days(timezone.localdate(), 3),
    }
    form = RepliesForm(request.GET or None, initial=defaults)
    values = form.cleaned_data if form.is_bound and form.is_valid() else {}
    values = {k: values.get(k) or v for k, v in defaults.items()}
    lang = _lang()
    other: Lang = "en" if lang == "nl" else "nl"
    shown = other if request.GET.get("show") == "other" else lang
    drafts = services.drafts(
        package,
        contact=values["contact_name"],
        target=float(values["target_monthly"]),
        think_until=values["think_until"],
        lang=shown,
    )
    toggle = request.GET.copy()
    toggle["show"] = "own" if shown != lang else "other"
    context = {
        "package": package,
        "application": application,
        "form": form,
        "drafts": drafts,
        "shown": shown,
        "other": shown != lang,
        "toggle_query": toggle.urlencode(),
        "decision_form": DecisionForm(instance=package),
    }
    return render_page(request, "offers/replies.html", context, partial="drafts", invalid=form)


@login_required
@require_http_methods(["POST"])
def decision(request: HttpRequest, pk: int) -> HttpResponse:
    package = get_object_or_404(JobPackage.objects.for_user(request.user).offers(), pk=pk)
    form = DecisionForm(request.POST, instance=package)
    if form.is_valid():
        services.package_set_decision(package=package, decision=form.cleaned_data["decision"])
        if not request.htmx:  # type: ignore[attr-defined]
            messages.success(request, _("Your answer is saved."))
            return redirect(package)
    else:
        package.refresh_from_db()
    context = {"package": package, "decision_form": form, "saved": form.is_valid()}
    return render_page(request, "offers/decision.html", context, partial="decision", invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def vacancy_salary(request: HttpRequest, pk: int) -> HttpResponse:
    application = get_object_or_404(Application.objects.for_user(request.user), pk=pk)
    saved = services.saved_vacancy_salary(application)
    if request.method == "POST" and "reset" in request.POST:
        services.vacancy_salary_reset(application=application)
        messages.success(request, _("The salary information is read from the vacancy again."))
        return redirect("offers:vacancy_salary", pk=application.pk)
    form = VacancySalaryForm(
        _data(request), instance=saved or services.vacancy_salary_as_read(application)
    )
    if request.method == "POST" and form.is_valid():
        services.vacancy_salary_save(salary=form.instance, application=application)
        messages.success(request, _("Their salary information is saved."))
        return redirect(application)
    context = {
        "form": form,
        "application": application,
        "saved": saved,
        "their": form.instance.as_range(),
    }
    return render_page(request, "offers/vacancy_salary.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def counter_create(request: HttpRequest, pk: int) -> HttpResponse:
    package = get_object_or_404(
        JobPackage.objects.for_user(request.user).offers().select_related("application"), pk=pk
    )
    initial = {"sent_on": timezone.localdate()}
    form = CounterOfferForm(_data(request), instance=CounterOffer(package=package), initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        services.counter_send(
            package=package,
            sent_on=data["sent_on"],
            parts=data["parts"],
            note=data["note"],
            answer_expected_on=data["answer_expected_on"],
        )
        messages.success(request, _("Your counter-offer is saved."))
        return redirect(package)
    context = {
        "form": form,
        "package": package,
        "application": package.application,
        "range_findings": services.their_range_findings(package, lang=_lang()),
    }
    return render_page(request, "offers/counter_form.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def counter_answer(request: HttpRequest, pk: int) -> HttpResponse:
    counter = get_object_or_404(
        CounterOffer.objects.for_user(request.user).select_related("package__application"), pk=pk
    )
    initial = {"answered_on": counter.answered_on or timezone.localdate()}
    form = CounterAnswerForm(_data(request), instance=counter, initial=initial)
    if request.method == "POST" and form.is_valid():
        data = form.cleaned_data
        counter = services.counter_record_answer(
            counter=counter,
            answer=data["answer"],
            answered_on=data["answered_on"],
            answer_note=data["answer_note"],
            new_values=data["new_values"],
        )
        messages.success(request, _("Their answer is saved."))
        return redirect(counter.new_version or counter.package)
    package = counter.package
    context = {
        "form": form,
        "counter": counter,
        "package": package,
        "application": package.application,
    }
    return render_page(request, "offers/counter_answer.html", context, invalid=form)
