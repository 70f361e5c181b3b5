"""Small middleware: a strict Content-Security-Policy, and the language stored on the user's profile."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation

CSP = "; ".join(
    [
        "default-src 'self'",
        "script-src 'self'",
        "style-src 'self'",
        "img-src 'self' data:",
        "media-src 'self' blob:",
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
            "Permissions-Policy", "camera=(), microphone=(self), geolocation=()"
        )
        return response

    return middleware


def user_language(get_response: Handler) -> Handler:
    """A signed-in user sees the language saved on their profile, whatever the browser asks for.

    The profile is the source of truth; the language cookie follows it, so LocaleMiddleware can
    settle the language of most requests without loading the user (a health check costs no query).
    The cookie is written whenever a view sets `request.remember_language` (at login and on a
    change of language, see accounts), and once for a signed-in browser that lacks it (then the user
    is read).
    """
    codes = {code for code, _name in settings.LANGUAGES}

    def middleware(request: HttpRequest) -> HttpResponse:
        cookie = request.COOKIES.get(settings.LANGUAGE_COOKIE_NAME)
        if cookie not in codes and settings.SESSION_COOKIE_NAME in request.COOKIES:
            language = getattr(request.user, "language", None)
            if language:
                translation.activate(language)
                request.LANGUAGE_CODE = language
                request.remember_language = language  # type: ignore[attr-defined]
        response = get_response(request)
        language = getattr(request, "remember_language", None)
        if language and language != cookie:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,
            )
            response.headers["Content-Language"] = language
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
