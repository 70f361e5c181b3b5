"""Settings for Second Round, read from environment variables.

Local use needs none of them: SQLite in the user's data folder, DEBUG off, a secret key kept beside
the database. Hosting sets DATABASE_URL (PostgreSQL), SECRET_KEY, ALLOWED_HOSTS and SECONDROUND_HOSTED=1.
Importing this module writes nothing: the commands create the data folder and the key
(secondround/datadir.py).
"""

from __future__ import annotations

import os
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONE, SELF
from django.utils.translation import gettext_lazy as _

from secondround.cache_url import cache_config
from secondround.datadir import data_dir, read_secret_key

BASE_DIR = Path(__file__).resolve().parent


def _env_flag(name: str, default: bool = False) -> bool:
    return os.environ.get(name, "1" if default else "0").lower() in {"1", "true", "yes", "on"}


DEBUG = _env_flag("DEBUG")
HOSTED = _env_flag("SECONDROUND_HOSTED")
SECRET_KEY = read_secret_key()
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
    "csp",
    "axes",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
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
    "secondround.middleware.private_responses",
    # Last, so that it sees the answer of the login view (and of the admin login) first.
    "axes.middleware.AxesMiddleware",
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
AUTHENTICATION_BACKENDS = [
    # First: refuses an attempt while its account and client are cooling off (django-axes).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
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
# Only for `collectstatic` when hosting behind another web server; WhiteNoise serves from the package.
STATIC_ROOT = os.environ.get("STATIC_ROOT") or None
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

# Strict Content-Security-Policy (django-csp): no inline script or style, no eval, nothing from
# elsewhere. blob: media lets the browser play back a recording the user just made.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": [SELF],
        "script-src": [SELF],
        "style-src": [SELF],
        "img-src": [SELF, "data:"],
        "font-src": [SELF],
        "media-src": [SELF, "blob:"],
        "connect-src": [SELF],
        "form-action": [SELF],
        "frame-ancestors": [NONE],
        "base-uri": [SELF],
        "object-src": [NONE],
    }
}
# The microphone for speaking practice on this site only; camera and location never.
PERMISSIONS_POLICY = "camera=(), microphone=(self), geolocation=()"

# Failed logins (django-axes): after LOGIN_THROTTLE_FAILURES wrong passwords for one account from one
# client, that account waits LOGIN_THROTTLE_COOLOFF_SECONDS on that client only. The owner elsewhere
# is never refused; a made-up address never slows down a real account. See accounts/throttle.py.
LOGIN_THROTTLE_FAILURES = int(os.environ.get("LOGIN_THROTTLE_FAILURES", "5"))
LOGIN_THROTTLE_COOLOFF_SECONDS = int(os.environ.get("LOGIN_THROTTLE_COOLOFF_SECONDS", "900"))
# Hosted behind a reverse proxy: how many proxies of your own stand in front of the app. The client
# address is then read from X-Forwarded-For (that many entries from the right); without it (and
# always when not hosted) the connection's own address counts, and the header is ignored.
PROXY_COUNT = int(os.environ.get("SECONDROUND_PROXY_COUNT", "0")) if HOSTED else 0
# Sign-ups per client address per hour.
SIGNUP_THROTTLE_PER_HOUR = int(os.environ.get("SIGNUP_THROTTLE_PER_HOUR", "10"))
AXES_FAILURE_LIMIT = LOGIN_THROTTLE_FAILURES
AXES_COOLOFF_TIME = timedelta(seconds=LOGIN_THROTTLE_COOLOFF_SECONDS)
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_USERNAME_CALLABLE = "secondround.accounts.throttle.account_key"
AXES_CLIENT_IP_CALLABLE = "secondround.accounts.throttle.client_key"
AXES_LOCKOUT_CALLABLE = "secondround.accounts.throttle.cooling_off"
AXES_RESET_ON_SUCCESS = True
# A wrong password while cooling off does not make the owner wait longer.
AXES_RESET_COOL_OFF_ON_FAILURE_DURING_LOCKOUT = False
AXES_VERBOSE = False
AXES_DISABLE_ACCESS_LOG = True

# Import: a file larger than this, or nested deeper, is refused before it is parsed.
IMPORT_MAX_BYTES = int(os.environ.get("SECONDROUND_IMPORT_MAX_BYTES", str(8 * 1024 * 1024)))
IMPORT_MAX_DEPTH = 16

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
