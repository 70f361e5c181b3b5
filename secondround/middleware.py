"""Small middleware: a strict Content-Security-Policy, and the language stored on the user's profile."""

from __future__ import annotations

from collections.abc import Callable

from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "font-src 'self'",
        "connect-src 'self'",
        "form-action 'self'",
        "frame-ancestors 'none'",
        "base-uri 'self'",
        "object-src 'none'",
    ]
)

Handler = Callable[[HttpRequest], HttpResponse]


def content_security_policy(get_response: Handler) -> Handler:
    """No inline scripts or styles anywhere: everything comes from our own static files."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Content-Security-Policy", CSP)
        response.headers.setdefault(
            "Permissions-Policy", "camera=(), microphone=(), geolocation=()"
        )
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
        request.GET = clean(request.GET)  # type: ignore[assignment]  # a copy; nothing writes to it
        if request.method == "POST":
            request.POST = clean(request.POST)  # type: ignore[assignment]  # likewise
        return get_response(request)

    return middleware
