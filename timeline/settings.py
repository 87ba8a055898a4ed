"""Settings for the diplomacy timeline. Everything that differs between machines comes from the environment."""

import datetime
from pathlib import Path

import dj_database_url
from django.core.exceptions import ImproperlyConfigured
from django.utils.csp import CSP

from timeline.env import envbool, envint, envlist, envstr

BASE_DIR = Path(__file__).resolve().parent.parent
VAR_DIR = BASE_DIR / "var"

DEBUG = envbool("DJANGO_DEBUG", False)

SECRET_KEY = envstr("DJANGO_SECRET_KEY")
if SECRET_KEY is None:
    if not DEBUG:
        raise ImproperlyConfigured("DJANGO_SECRET_KEY must be set when DJANGO_DEBUG is off.")
    # Only ever used on a developer's machine: debug mode refuses to start without it otherwise.
    SECRET_KEY = "django-insecure-development-only-key-timeline-do-not-deploy"

ALLOWED_HOSTS = envlist("DJANGO_ALLOWED_HOSTS", ["127.0.0.1", "localhost", "[::1]"] if DEBUG else [])
CSRF_TRUSTED_ORIGINS = envlist("DJANGO_CSRF_TRUSTED_ORIGINS", [])

INSTALLED_APPS = [
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "whitenoise.runserver_nostatic",
    "django.contrib.staticfiles",
    "django_htmx",
    "simple_history",
    "axes",
    "django_tasks_db",
    "timeline",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    # Compresses pages (the timeline's 50 events with their source sentences shrink about 6x). Safe against BREACH
    # for the CSRF token, which Django masks afresh on every response; WhiteNoise's pre-compressed files pass through.
    "django.middleware.gzip.GZipMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django.middleware.csp.ContentSecurityPolicyMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    "simple_history.middleware.HistoryRequestMiddleware",
    # Last, as django-axes asks: it turns a refused sign-in into the "locked out" page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "timeline.urls"
WSGI_APPLICATION = "timeline.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.csp",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "timeline.context_processors.roles",
            ],
        },
    },
]

DATABASE_URL = envstr("DATABASE_URL", f"sqlite:///{VAR_DIR / 'timeline.sqlite3'}")
try:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=envint("DATABASE_CONN_MAX_AGE", 60))}
except ValueError as exc:
    raise ImproperlyConfigured(f"DATABASE_URL is not a database address this app understands: {exc}") from None
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # WAL lets readers carry on while the ingest command writes; the timeout rides out short write locks.
    DATABASES["default"]["OPTIONS"] = {
        # mmap lets each short-lived connection read pages from the OS cache instead of copying them in: the
        # timeline's filtered pages at 100,000 events took 3-5x longer without it (bench_timeline).
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA mmap_size=1073741824; PRAGMA cache_size=-65536;",
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
    }
    DATABASES["default"]["CONN_MAX_AGE"] = 0
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {"NAME": "django.contrib.auth.password_validation.MinimumLengthValidator"},
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]
LOGIN_URL = "login"
LOGIN_REDIRECT_URL = "timeline:event_list"
# Signing out shows registration/logged_out.html (with links back), so the sign-out is confirmed on a page of its own.
LOGOUT_REDIRECT_URL = None

# Sign-in throttling (django-axes): after AXES_FAILURE_LIMIT failures for one username, or from one address, further
# attempts are refused for AXES_COOLOFF_TIME with the page registration/locked_out.html.
AUTHENTICATION_BACKENDS = [
    "timeline.permissions.ThrottledSignInBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = envint("TIMELINE_SIGNIN_FAILURE_LIMIT", 5)
# Before the lock-out, attempts slow down: after SIGNIN_FREE_FAILURES misses each attempt waits
# SIGNIN_DELAY_SECONDS, doubling with every further miss up to SIGNIN_DELAY_MAX_SECONDS.
SIGNIN_FREE_FAILURES = envint("TIMELINE_SIGNIN_FREE_FAILURES", 2)
SIGNIN_DELAY_SECONDS = float(envint("TIMELINE_SIGNIN_DELAY_MS", 500)) / 1000
SIGNIN_DELAY_MAX_SECONDS = 4.0
AXES_COOLOFF_TIME = datetime.timedelta(minutes=envint("TIMELINE_SIGNIN_COOLOFF_MINUTES", 15))
AXES_LOCKOUT_PARAMETERS = ["username", "ip_address"]
AXES_LOCKOUT_TEMPLATE = "registration/locked_out.html"
AXES_RESET_ON_SUCCESS = True
# Failures are counted per client address: behind a proxy, the address it forwards (see permissions.client_address).
SIGNIN_BEHIND_PROXY = envbool("DJANGO_BEHIND_PROXY", False)
AXES_CLIENT_IP_CALLABLE = "timeline.permissions.client_address"

# Background work (extracting events from an uploaded document): django-tasks-db keeps the queue in the database and
# `manage.py db_worker` (started by `make run`) runs it. Tests switch to the immediate backend (tests/conftest.py).
_TASK_BACKENDS = {
    "database": "django_tasks_db.DatabaseBackend",
    "immediate": "django.tasks.backends.immediate.ImmediateBackend",
}
_task_backend = envstr("TIMELINE_TASKS_BACKEND", "database")
if _task_backend not in _TASK_BACKENDS:
    raise ImproperlyConfigured(f"TIMELINE_TASKS_BACKEND={_task_backend!r} is not one of {', '.join(_TASK_BACKENDS)}.")
TASKS = {"default": {"BACKEND": _TASK_BACKENDS[_task_backend]}}
# An upload still pending this long after it was queued seems stuck (a worker stopped mid-run leaves its task
# "running" for ever, and none may have been started): the review queue then stops waiting for it and lets an editor
# try again or delete it. Extracting one document takes seconds; the margin covers a long queue of uploads.
EXTRACTION_STALLED_AFTER = datetime.timedelta(minutes=envint("TIMELINE_EXTRACTION_STALLED_MINUTES", 10))
if EXTRACTION_STALLED_AFTER <= datetime.timedelta(0):
    raise ImproperlyConfigured("TIMELINE_EXTRACTION_STALLED_MINUTES must be at least 1.")

LANGUAGE_CODE = "en-gb"
TIME_ZONE = "UTC"
USE_I18N = True
USE_TZ = True

STATIC_URL = "static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = VAR_DIR / "static"
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage"
        if not DEBUG
        else "django.contrib.staticfiles.storage.StaticFilesStorage"
    },
}

# A strict policy: scripts only from this site or carrying the per-request nonce; no inline styles.
SECURE_CSP = {
    "default-src": [CSP.SELF],
    "script-src": [CSP.SELF, CSP.NONCE],
    "style-src": [CSP.SELF],
    "img-src": [CSP.SELF, "data:"],
    "connect-src": [CSP.SELF],
    "font-src": [CSP.SELF],
    "object-src": [CSP.NONE],
    "base-uri": [CSP.SELF],
    "form-action": [CSP.SELF],
    "frame-ancestors": [CSP.NONE],
}
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"

# Production hardening: on by default whenever debug is off, each can be turned off behind a TLS-terminating proxy.
SECURE_SSL_REDIRECT = envbool("DJANGO_SECURE_SSL_REDIRECT", not DEBUG)
SESSION_COOKIE_SECURE = envbool("DJANGO_SECURE_COOKIES", not DEBUG)
CSRF_COOKIE_SECURE = SESSION_COOKIE_SECURE
SECURE_HSTS_SECONDS = envint("DJANGO_HSTS_SECONDS", 0 if DEBUG else 31_536_000)
SECURE_HSTS_INCLUDE_SUBDOMAINS = envbool("DJANGO_HSTS_INCLUDE_SUBDOMAINS", not DEBUG)
SECURE_HSTS_PRELOAD = envbool("DJANGO_HSTS_PRELOAD", not DEBUG)
if envbool("DJANGO_BEHIND_PROXY", False):
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")

# Limits for documents: the ingest command and the upload form enforce the same one.
DOCUMENT_MAX_BYTES = envint("TIMELINE_DOCUMENT_MAX_BYTES", 2_000_000)
# Pasted text is a form field, not a file, so Django's cap on fields (2.5 MB by default) refused a paste a little over
# the document limit with a bare "Bad Request" page, losing what was typed. Set well above the limit, the form's own
# check is reached and names the field, the size and the limit, with the text and the other fields kept.
DATA_UPLOAD_MAX_MEMORY_SIZE = max(2_621_440, 5 * DOCUMENT_MAX_BYTES)

LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "handlers": {"console": {"class": "logging.StreamHandler"}},
    "root": {"handlers": ["console"], "level": envstr("DJANGO_LOG_LEVEL", "WARNING")},
}
