"""Small middleware: private answers for signed-in users, the language stored on the profile,
no NUL characters in submitted values."""

from __future__ import annotations

from collections.abc import Callable

from django.conf import settings
from django.http import HttpRequest, HttpResponse, QueryDict
from django.utils import translation
from django.utils.cache import patch_cache_control
from django.utils.functional import SimpleLazyObject, empty

Handler = Callable[[HttpRequest], HttpResponse]


def private_responses(get_response: Handler) -> Handler:
    """What a signed-in user sees (pages and downloads) is never kept by a browser or proxy cache,
    and no page may use the camera or location; the microphone only on this site (speaking
    practice). The Content-Security-Policy itself comes from django-csp (settings.py)."""

    def middleware(request: HttpRequest) -> HttpResponse:
        response = get_response(request)
        response.headers.setdefault("Permissions-Policy", settings.PERMISSIONS_POLICY)
        if _signed_in(request):
            patch_cache_control(response, private=True, no_store=True)
        return response

    return middleware


def _signed_in(request: HttpRequest) -> bool:
    """Whether the answer was made for a signed-in user, without loading the user just to ask: a
    view that never looked at the user (a health check, a static page) made nothing private."""
    user = getattr(request, "user", None)
    if isinstance(user, SimpleLazyObject) and user._wrapped is empty:  # type: ignore[attr-defined]  # the lazy user not loaded yet
        return False
    return bool(user is not None and user.is_authenticated)


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
                request.remember_language = language  # type: ignore[attr-defined]  # our own request attribute
        response = get_response(request)
        language = getattr(request, "remember_language", None)
        if language and language != cookie:
            response.set_cookie(
                settings.LANGUAGE_COOKIE_NAME,
                language,
                max_age=settings.LANGUAGE_COOKIE_AGE,
                secure=settings.LANGUAGE_COOKIE_SECURE,
                httponly=settings.LANGUAGE_COOKIE_HTTPONLY,
                samesite=settings.LANGUAGE_COOKIE_SAMESITE,  # type: ignore[arg-type]  # "Lax"
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
        request.GET = clean(request.GET)  # type: ignore[assignment]  # a copy; nothing writes to it
        if request.method == "POST":
            request.POST = clean(request.POST)  # type: ignore[assignment]  # likewise
        return get_response(request)

    return middleware
