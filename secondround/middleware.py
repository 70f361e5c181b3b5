"""Small middleware: private answers for signed-in users, the language stored on the profile,
no NUL characters in submitted values."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation
from django.utils.cache import patch_cache_control

Handler = Callable[[HttpRequest], HttpResponse]


def private_responses(get_response: Handler) -> Handler:
    """What a signed-in user sees (pages and downloads) is never kept by a browser or proxy cache,
    and no page may use the camera or location; the microphone only on this site (speaking
    practice). The Content-Security-Policy itself comes from django-csp (settings.py)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        user = getattr(request, "user", None)
        if user is not None and user.is_authenticated:
            patch_cache_control(response, private=True, no_store=True)
        return response

    return middleware


def user_language(get_response: Handler) -> Handler:
    """A signed-in user sees the language saved on their profile, whatever the browser asks for."""

    def middleware(request: HttpRequest) -> HttpResponse:
        language = getattr(request.user, "language", None)
        if language:
            translation.activate(language)
            request.LANGUAGE_CODE = language
        response = get_response(request)
        if language:
            response.headers.setdefault("Content-Language", language)
        return response

    return middleware


def strip_null_characters(get_response: Handler) -> Handler:
    """Remove NUL characters from submitted values. Nobody can type them, PostgreSQL cannot store
    them, and removing them loses nothing the user meant to keep."""

    def clean(data: QueryDict) -> QueryDict:
        if not any("\x00" in value for values in data.lists() for value in values[1]):
            return data
        copy = data.copy()
        for key, values in data.lists():
            copy.setlist(key.replace("\x00", ""), [value.replace("\x00", "") for value in values])
        return copy

    def middleware(request: HttpRequest) -> HttpResponse:
        request.GET = clean(request.GET)
        if request.method == "POST":
            request.POST = clean(request.POST)
        return get_response(request)

    return middleware
