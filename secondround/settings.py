"""Settings for Second Round, read from environment variables.

Local use needs none of them: SQLite in the user's data folder, DEBUG off, a secret key kept beside
the database. Hosting sets DATABASE_URL (PostgreSQL), SECRET_KEY, ALLOWED_HOSTS and SECONDROUND_HOSTED=1.
"""

from __future__ import annotations

import os
import secrets
from pathlib import Path

import dj_database_url
from django.utils.translation import gettext_lazy as _

from secondround.cache_url import cache_config

BASE_DIR = Path(__file__).resolve().parent


def _env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


def data_dir() -> Path:
    """Where the local database lives: SECONDROUND_DATA_DIR, else the XDG data folder of this user."""
    explicit = os.environ.get("SECONDROUND_DATA_DIR")
    base = (
        Path(explicit)
        if explicit
        else Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")
        / "secondround"
    )
    base.mkdir(parents=True, exist_ok=True)
    return base


def _secret_key() -> str:
    if key := os.environ.get("SECRET_KEY"):
        return key
    path = data_dir() / "secret_key"
    if not path.exists():
        path.write_text(secrets.token_urlsafe(50), encoding="utf-8")
        path.chmod(0o600)
    return path.read_text(encoding="utf-8").strip()


DEBUG = _env_flag("DEBUG")
HOSTED = _env_flag("SECONDROUND_HOSTED")
SECRET_KEY = _secret_key()
ALLOWED_HOSTS = os.environ.get("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]").split(",")
CSRF_TRUSTED_ORIGINS = [o for o in os.environ.get("CSRF_TRUSTED_ORIGINS", "").split(",") if o]

INSTALLED_APPS = [
    "secondround.accounts",
    "secondround.applications",
    "secondround.preparation",
    "secondround.practice",
    "secondround.offers",
    "secondround.interviewday",
    "secondround.talk",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "template_partials",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "secondround.middleware.content_security_policy",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "secondround.middleware.strip_null_characters",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "secondround.middleware.user_language",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
]

ROOT_URLCONF = "secondround.urls"
WSGI_APPLICATION = "secondround.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "django.template.context_processors.i18n",
            ],
        },
    }
]

DATABASES = {
    "default": dj_database_url.parse(
        os.environ.get("DATABASE_URL") or f"sqlite:///{data_dir() / 'secondround.sqlite3'}",
        conn_max_age=600,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers and a writer work at once; IMMEDIATE takes the write lock up front so two
    # writers wait for each other (busy_timeout) instead of failing with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 5,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA busy_timeout=5000;",
    }

FORMS_URLFIELD_ASSUME_HTTPS = True
# The cache holds the rendered bodies of the busiest pages (see secondround/freshness.py for why
# they are never stale). Default: the database cache, shared by every server process (and every host
# on PostgreSQL), bounded to CACHE_MAX_ENTRIES rows. CACHE_URL=redis://… or memcached://… when hosting
# with one (secondround/cache_url.py).
CACHES = {
    "default": cache_config(
        os.environ.get("CACHE_URL"),
        max_entries=int(os.environ.get("CACHE_MAX_ENTRIES", "5000")),
    )
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"
AUTH_USER_MODEL = "accounts.User"
LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "applications:dashboard"
LOGOUT_REDIRECT_URL = "accounts:login"
PASSWORD_HASHERS = [
    "django.contrib.auth.hashers.Argon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "secondround.accounts.validators.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

LANGUAGE_CODE = "nl"
LANGUAGES = [("nl", _("Dutch")), ("en", _("English"))]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The language cookie follows the profile (set at login and on a change), so LocaleMiddleware can
# settle the language without loading the user (secondround/middleware.py, user_language).
LANGUAGE_COOKIE_AGE = 365 * 24 * 3600
LANGUAGE_COOKIE_SAMESITE = "Lax"
LANGUAGE_COOKIE_SECURE = HOSTED
TIME_ZONE = "Europe/Amsterdam"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT") or data_dir() / "static")
STATIC_ROOT.mkdir(parents=True, exist_ok=True)
STATICFILES_DIRS = [BASE_DIR / "static"]
# Serve straight from the package: a local install needs no collectstatic step.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = DEBUG

SESSION_COOKIE_AGE = 60 * 60 * 24 * 14
SESSION_COOKIE_SECURE = HOSTED
CSRF_COOKIE_SECURE = HOSTED
SESSION_COOKIE_HTTPONLY = True
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
X_FRAME_OPTIONS = "DENY"
if HOSTED:
    SECURE_SSL_REDIRECT = _env_flag("SECURE_SSL_REDIRECT", True)
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = int(os.environ.get("SECURE_HSTS_SECONDS", "31536000"))
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    SECURE_HSTS_PRELOAD = True

DATA_UPLOAD_MAX_MEMORY_SIZE = 5 * 1024 * 1024
MESSAGE_STORAGE = "django.contrib.messages.storage.session.SessionStorage"

# Failed logins: after this many failures for one e-mail address (or one client address) within the
# window, further attempts are refused until the window has passed.
LOGIN_THROTTLE_FAILURES = int(os.environ.get("LOGIN_THROTTLE_FAILURES", "5"))
LOGIN_THROTTLE_WINDOW_SECONDS = int(os.environ.get("LOGIN_THROTTLE_WINDOW_SECONDS", "900"))

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": "WARNING"},
}

# Short notice: with the next round this many days away or fewer, the six-step plan becomes a dated
# plan per day (secondround/coach/short_notice.py).
SECONDROUND_SHORT_NOTICE_DAYS = int(os.environ.get("SECONDROUND_SHORT_NOTICE_DAYS", "3"))

# Speaking practice: recorded answers stay in the data folder; the engines a user may turn on
# (transcription, the AI interviewer) get at most this many seconds per request.
AUDIO_DIR = data_dir() / "audio"
AUDIO_MAX_BYTES = 25 * 1024 * 1024
TRANSCRIPTION_TIMEOUT = float(os.environ.get("SECONDROUND_TRANSCRIPTION_TIMEOUT", "60"))
CHAT_TIMEOUT = float(os.environ.get("SECONDROUND_CHAT_TIMEOUT", "15"))
