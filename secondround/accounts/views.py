"""Sign up, log in and out, language, settings, data export/import and account deletion."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.utils import timezone, translation
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from secondround import portability
from secondround.web import client_address, render_page, safe_next
from secondround.web import posted as _posted

from . import services
from .forms import DeleteAccountForm, ImportForm, LanguageForm, LoginForm, SignupForm


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("applications:dashboard")
    initial = {"language": translation.get_language() or "nl"}
    form = SignupForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        user = services.user_create(**form.cleaned_data)
        login(request, user, backend="django.contrib.auth.backends.ModelBackend")
        messages.success(request, _("Welcome! Start by adding the job you are applying for."))
        return redirect("applications:dashboard")
    return render_page(request, "accounts/signup.html", {"form": form}, invalid=form)


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("applications:dashboard")
    form = LoginForm(_posted(request), request=request)
    if request.method == "POST":
        email = str(request.POST.get("email", "")).replace("\x00", "")[:254]
        address = client_address(request)
        if services.login_is_throttled(email=email, address=address):
            form.is_valid()
            form.add_error(None, _("Too many failed attempts. Wait 15 minutes and try again."))
            return render_page(request, "accounts/login.html", {"form": form}, invalid=form)
        if form.is_valid() and form.user is not None:
            services.login_failures_clear(email=email)
            login(request, form.user)
            return redirect(safe_next(request, "applications:dashboard"))
        services.login_failure_record(email=email, address=address)
    return render_page(request, "accounts/login.html", {"form": form}, invalid=form)


@require_http_methods(["POST"])
def logout_view(request: HttpRequest) -> HttpResponse:
    logout(request)
    return redirect("accounts:login")


@require_http_methods(["POST"])
def set_language(request: HttpRequest) -> HttpResponse:
    form = LanguageForm(request.POST)
    response = redirect(safe_next(request, "applications:dashboard"))
    if form.is_valid():
        language = form.cleaned_data["language"]
        if request.user.is_authenticated:
            services.user_set_language(user=request.user, language=language)  # type: ignore[arg-type]
        request.remember_language = language  # type: ignore[attr-defined] # cookie: middleware
    return response


@login_required
@require_http_methods(["GET"])
def settings_view(request: HttpRequest) -> HttpResponse:
    context = {
        "language_form": LanguageForm(initial={"language": request.user.language}),  # type: ignore[union-attr]
        "import_form": ImportForm(),
    }
    return render_page(request, "accounts/settings.html", context)


@login_required
@require_http_methods(["GET"])
def export_view(request: HttpRequest) -> HttpResponse:
    document = portability.export_user(request.user)
    response = HttpResponse(portability.dumps(document), content_type="application/json")
    name = f"secondround-{timezone.localdate():%Y-%m-%d}.json"
    response["Content-Disposition"] = f'attachment; filename="{name}"'
    return response


@login_required
@require_http_methods(["POST"])
def import_view(request: HttpRequest) -> HttpResponse:
    form = ImportForm(request.POST, request.FILES)
    if form.is_valid():
        try:
            document = portability.parse(form.cleaned_data["file"].read())
            count = portability.import_user(request.user, document)
        except portability.ImportRefused as refusal:
            form.add_error("file", str(refusal))
        else:
            # The import may have set the profile's language: the cookie follows, and the message is
            # written in the language of the page that shows it.
            request.remember_language = request.user.language  # type: ignore[attr-defined,union-attr]
            with translation.override(request.user.language):  # type: ignore[union-attr]
                done = ngettext(
                    "Import done: %(count)s item restored.",
                    "Import done: %(count)s items restored.",
                    count,
                )
            messages.success(request, done % {"count": count})
            return redirect("applications:dashboard")
    context = {
        "language_form": LanguageForm(initial={"language": request.user.language}),  # type: ignore[union-attr]
        "import_form": form,
    }
    return render_page(request, "accounts/settings.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(_posted(request), user=request.user)  # type: ignore[arg-type]
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.user_delete(user=user)  # type: ignore[arg-type]
        messages.success(request, _("Your account and all its data have been deleted."))
        return redirect("accounts:login")
    return render_page(request, "accounts/delete.html", {"form": form}, invalid=form)
