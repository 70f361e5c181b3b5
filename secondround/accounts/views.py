"""Sign up, log in and out, language, settings, data export/import and account deletion."""

from __future__ import annotations

from django.contrib import messages
from django.contrib.auth import login, logout
from django.contrib.auth.decorators import login_required
from django.http import HttpRequest, HttpResponse
from django.shortcuts import redirect
from django.urls import reverse
from django.utils import timezone, translation
from django.utils.http import urlencode
from django.utils.translation import gettext as _
from django.utils.translation import ngettext
from django.views.decorators.http import require_http_methods

from secondround import portability
from secondround.talk.selectors import keeps_audio
from secondround.web import posted as _posted
from secondround.web import render_page, safe_next

from . import services, throttle
from .forms import DeleteAccountForm, ImportForm, LanguageForm, LoginForm, SignupForm


@require_http_methods(["GET", "POST"])
def signup(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("applications:dashboard")
    initial = {"language": translation.get_language() or "nl"}
    form = SignupForm(_posted(request), initial=initial)
    if request.method == "POST" and form.is_valid():
        wait = throttle.signup_wait(request)
        if wait:
            form.add_error(None, throttle.signup_wait_message(wait))
        else:
            # The same answer whether or not the address already had an account (see services).
            services.user_sign_up(**form.cleaned_data)
            messages.success(
                request,
                _(
                    "Done. Log in now with your e-mail address and password. Did you already have "
                    "an account with this address? Then your old password still works."
                ),
            )
            query = urlencode({"email": form.cleaned_data["email"]})
            return redirect(f"{reverse('accounts:login')}?{query}")
    return render_page(request, "accounts/signup.html", {"form": form}, invalid=form)


@require_http_methods(["GET", "POST"])
def login_view(request: HttpRequest) -> HttpResponse:
    if request.user.is_authenticated:
        return redirect("applications:dashboard")
    form = LoginForm(_posted(request), request=request, initial={"email": request.GET.get("email")})
    # Wrong passwords are counted and cooled off by django-axes (see throttle.py): while this
    # account cools off on this client, its middleware answers with the waiting time instead.
    if request.method == "POST" and form.is_valid() and form.user is not None:
        login(request, form.user)
        return redirect(safe_next(request, "applications:dashboard"))
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
            services.user_set_language(user=request.user, language=language)
        request.remember_language = language  # type: ignore[attr-defined] # cookie: middleware
    return response


@login_required
@require_http_methods(["GET"])
def settings_view(request: HttpRequest) -> HttpResponse:
    context = {
        "language_form": LanguageForm(initial={"language": request.user.language}),  # type: ignore[union-attr]  # login_required
        "import_form": ImportForm(),
        "keeps_audio": keeps_audio(request.user),
    }
    return render_page(request, "accounts/settings.html", context)


@login_required
@require_http_methods(["GET"])
def export_view(request: HttpRequest) -> HttpResponse:
    document = portability.export_user(request.user, with_audio=request.GET.get("audio") == "1")
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
            document = portability.parse(portability.read_limited(form.cleaned_data["file"]))
            count = portability.import_user(request.user, document)
        except portability.ImportRefused as refusal:
            form.add_error("file", str(refusal))
        else:
            # The import may have set the profile's language: the cookie follows, and the message is
            # written in the language of the page that shows it.
            request.remember_language = request.user.language  # type: ignore[attr-defined,union-attr]  # signed in here
            with translation.override(request.user.language):  # type: ignore[union-attr]  # signed in here
                done = ngettext(
                    "Import done: %(count)s item restored.",
                    "Import done: %(count)s items restored.",
                    count,
                )
            messages.success(request, done % {"count": count})
            return redirect("applications:dashboard")
    context = {
        "language_form": LanguageForm(initial={"language": request.user.language}),  # type: ignore[union-attr]  # login_required
        "import_form": form,
    }
    return render_page(request, "accounts/settings.html", context, invalid=form)


@login_required
@require_http_methods(["GET", "POST"])
def delete_account(request: HttpRequest) -> HttpResponse:
    form = DeleteAccountForm(_posted(request), user=request.user)  # type: ignore[arg-type]  # login_required
    if request.method == "POST" and form.is_valid():
        user = request.user
        logout(request)
        services.user_delete(user=user)  # type: ignore[arg-type]  # login_required
        messages.success(request, _("Your account and all its data have been deleted."))
        return redirect("accounts:login")
    return render_page(request, "accounts/delete.html", {"form": form}, invalid=form)
