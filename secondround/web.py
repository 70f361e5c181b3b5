"""Small helpers every app's views share."""

from __future__ import annotations

from collections.abc import Callable
from typing import Any

from django import forms
from django.contrib import messages
from django.http import HttpRequest, HttpResponse
from django.shortcuts import get_object_or_404, redirect, render
from django.utils.http import url_has_allowed_host_and_scheme
from django.utils.translation import get_language

from secondround.applications.selectors import Round, rounds_for
from secondround.coach.lang import Lang, as_lang


def ui_lang() -> Lang:
    """The language of the page being built, as the coach knows it ("nl" or "en")."""
    return as_lang(get_language())


def user_round(request: HttpRequest, pk: int) -> Round:
    """A round of the signed-in user, with its application; someone else's round is a 404."""
    return get_object_or_404(rounds_for(request.user).select_related("application"), pk=pk)


def is_htmx(request: HttpRequest) -> bool:
    return bool(getattr(request, "htmx", False))


def render_page(
    request: HttpRequest,
    template: str,
    context: dict[str, Any],
    *,
    partial: str | None = None,
    invalid: forms.BaseForm | None = None,
) -> HttpResponse:
    """Render a page, or only its `partial` for an htmx request.

    A form that did not validate answers 422 to a plain browser and 200 to htmx, because htmx 2 does
    not swap 4xx responses and the user must see the messages next to the fields.
    """
    name = f"{template}#{partial}" if partial and is_htmx(request) else template
    status = 200
    if invalid is not None and invalid.is_bound and invalid.errors and not is_htmx(request):
        status = 422
    return render(request, name, context, status=status)


def confirm_delete(
    request: HttpRequest,
    row: Any,
    *,
    delete: Callable[[], None],
    done: str,
    then: Any,
    template: str = "applications/confirm_delete.html",
) -> HttpResponse:
    """GET asks "are you sure?"; POST runs `delete` (a service call), says `done` and goes `then`."""
    if request.method == "POST":
        delete()
        messages.success(request, done)
        return redirect(then)
    return render_page(request, template, {"object": row, "cancel_url": row.get_absolute_url()})


def safe_next(request: HttpRequest, default: str) -> str:
    """The `next` address from the form or the link, only when it stays on this site (a path; no
    other host, no scheme, no `/\\host` trick); otherwise `default`."""
    target = request.POST.get("next") or request.GET.get("next") or ""
    local = target.startswith("/") and url_has_allowed_host_and_scheme(target, allowed_hosts=set())
    return target if local else default


def posted(request: HttpRequest) -> Any:
    """The POST data for a bound form, or None on GET. (Not `request.POST or None`: an empty POST
    must still be validated and answered with messages.)"""
    return request.POST if request.method == "POST" else None
