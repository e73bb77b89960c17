"""pipv's one settings file. Everything that differs between machines comes from PIPV_* variables.

With nothing set, a checkout runs on SQLite. Outside DEBUG, PIPV_SECRET_KEY is required.
"""

import os
import tempfile
from datetime import timedelta
from pathlib import Path

import dj_database_url
from csp.constants import NONCE
from django.core.exceptions import ImproperlyConfigured

from pipv.env import env_bool, env_int, env_list, env_str, env_time_zone, local_data_key

BASE_DIR = Path(__file__).resolve().parent.parent

DEBUG = env_bool("PIPV_DEBUG", False)

if DEBUG:
    SECRET_KEY = env_str("PIPV_SECRET_KEY", "dev-only-insecure-key-never-use-in-production")
else:
    SECRET_KEY = env_str("PIPV_SECRET_KEY", "")
    if not SECRET_KEY:
        raise ImproperlyConfigured(
            "PIPV_SECRET_KEY must be set when PIPV_DEBUG is off. Generate one with: "
            'python3 -c "import secrets; print(secrets.token_urlsafe(50))". '
            "To run tests, use `make test`, or set PIPV_SECRET_KEY=test-only-key."
        )

# Keys that encrypt every case document in the database (Fernet, comma-separated, newest
# first). Outside debug they are required; `make run` keeps a local one in .local/data_key.
PIPV_DATA_KEYS = env_list("PIPV_DATA_KEYS", [])
if not PIPV_DATA_KEYS:
    if not DEBUG:
        raise ImproperlyConfigured(
            "PIPV_DATA_KEYS must be set when PIPV_DEBUG is off: every case is encrypted with it. "
            "Generate a key with: python3 -c 'from cryptography.fernet import Fernet; "
            "print(Fernet.generate_key().decode())'"
        )
    PIPV_DATA_KEYS = [local_data_key(BASE_DIR / ".local" / "data_key")]

ALLOWED_HOSTS = env_list("PIPV_ALLOWED_HOSTS", ["127.0.0.1", "localhost"])

INSTALLED_APPS = [
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django_htmx",
    "axes",
    # Its default app config wraps the template loaders so "page.html#partial" works.
    "template_partials",
    "pipv.core",
    "pipv.accounts",
    "pipv.cases",
    "pipv.report",
]

MIDDLEWARE = [
    # Outermost, so every frame of the request fits in one chunk of CPython's frame stack.
    "pipv.core.middleware.FrameStackRoomMiddleware",
    # First: a body over PIPV_MAX_REQUEST_BYTES is refused before anything reads it.
    "pipv.core.middleware.BodySizeLimitMiddleware",
    "django.middleware.security.SecurityMiddleware",
    "csp.middleware.CSPMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    # Serves /static/ itself outside debug, so one gunicorn process is the whole app.
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    # A logged-in user's own language (kept on the server) wins over this browser's cookie.
    "pipv.accounts.language.UserLanguageMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    # Nothing a logged-in person sees is kept in a browser's or a proxy's cache.
    "pipv.core.middleware.NoStoreWhenLoggedInMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "django_htmx.middleware.HtmxMiddleware",
    # After the session and htmx: a step's post that comes after the session ended gets the
    # log-in page holding what was posted, rather than a redirect that drops it.
    "pipv.accounts.kept_typing.KeepTypingMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the calm lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "pipv.urls"
WSGI_APPLICATION = "pipv.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "pipv.core.context_processors.security",
            ],
        },
    },
]

# SQLite unless DATABASE_URL names another database, e.g. postgres://user:pass@host:5432/pipv.
DATABASE_URL = env_str("DATABASE_URL", "")
if DATABASE_URL:
    DATABASES = {"default": dj_database_url.parse(DATABASE_URL, conn_max_age=60)}
else:
    DATABASES = {
        "default": {
            # Django's SQLite backend, creating the file readable by its owner only.
            "ENGINE": "pipv.core.sqlite3",
            "NAME": env_str("PIPV_DB_PATH", str(BASE_DIR / "db.sqlite3")),
            # Each web thread keeps its connection between requests, as on PostgreSQL, instead
            # of opening one and setting its pragmas for every request.
            "CONN_MAX_AGE": 60,
            # Several requests write at once (an item saved while a field is checked, two
            # gunicorn workers): writers take the lock up front and wait for it instead of
            # failing with "database is locked", and WAL lets readers go on meanwhile.
            "OPTIONS": {
                "transaction_mode": "IMMEDIATE",
                "timeout": 20,
                # secure_delete: a deleted case's pages are overwritten (pipv/core/forget.py).
                "init_command": (
                    "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL; PRAGMA secure_delete=ON;"
                ),
            },
            # A file, not the shared in-memory database, whose table locks cannot wait: the
            # browser tests' live server answers requests on several threads. One per test
            # process, so runs side by side do not meet.
            "TEST": {"NAME": str(Path(tempfile.gettempdir()) / f"pipv-test-{os.getpid()}.sqlite3")},
        }
    }

# Server errors go to the console (gunicorn's error log, systemd's journal) as one line: the
# exception's type and the path. Never a traceback or a message: either can quote an answer.
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"exception_and_path_only": {"()": "pipv.core.logs.ExceptionAndPathOnly"}},
    "formatters": {"line": {"format": "{asctime} {levelname} {name}: {message}", "style": "{"}},
    "handlers": {
        "errors": {
            "class": "logging.StreamHandler",
            "formatter": "line",
            "filters": ["exception_and_path_only"],
        }
    },
    "loggers": {"django.request": {"handlers": ["errors"], "level": "ERROR", "propagate": False}},
}

DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

LOGIN_URL = "accounts:login"
LOGIN_REDIRECT_URL = "cases:list"
LOGOUT_REDIRECT_URL = "home"
# A hosted install where an administrator creates the accounts turns this off.
PIPV_SELF_REGISTRATION = env_bool("PIPV_SELF_REGISTRATION", True)

# PDFs are rendered by background workers on Django's tasks framework (the django-tasks
# backport), never in a web request: `manage.py worker` (`make run` and `make serve` start one).
# PIPV_TASKS picks where the queue lives: "database" (this database, SQLite or PostgreSQL),
# "rq" (Redis at PIPV_REDIS_URL; pip install 'pipv[rq]', workers run `manage.py rqworker
# --job-class django_tasks_rq.Job default`) or "immediate" (run where queued: the tests).
PIPV_TASKS = env_str("PIPV_TASKS", "database")
# The database queue's table exists whatever the choice: a test drives a real worker with it.
INSTALLED_APPS += ["django_tasks", "django_tasks_db"]
if PIPV_TASKS == "database":
    TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}
elif PIPV_TASKS == "rq":
    INSTALLED_APPS += ["django_rq", "django_tasks_rq"]
    TASKS = {"default": {"BACKEND": "django_tasks_rq.RQBackend"}}
    RQ_QUEUES = {"default": {"URL": env_str("PIPV_REDIS_URL", "redis://127.0.0.1:6379/0")}}
elif PIPV_TASKS == "immediate":
    TASKS = {"default": {"BACKEND": "django_tasks.backends.immediate.ImmediateBackend"}}
else:
    raise ImproperlyConfigured(f"PIPV_TASKS must be database, rq or immediate; got {PIPV_TASKS!r}")
# A render that runs longer is stopped and the page offers to try again.
PIPV_PDF_TIME_LIMIT = env_int("PIPV_PDF_TIME_LIMIT", 60)
# A finished PDF is kept (encrypted) this long, then deleted; it is rendered again when asked.
PIPV_PDF_LIFETIME_MINUTES = env_int("PIPV_PDF_LIFETIME_MINUTES", 60)
# How much lower a worker's CPU priority is than the web server's (os.nice, and its session's
# where it leads one: pipv.core.priority). The lowest: a worker runs on the time the pages
# leave (`make serve` starts one per core), and the pages' requests go first. Its time limit
# counts CPU time, so waiting is not timing out.
PIPV_WORKER_NICE = env_int("PIPV_WORKER_NICE", 19)

AUTHENTICATION_BACKENDS = [
    # Counts failed log-ins and refuses more after PIPV_LOGIN_ATTEMPTS (django-axes).
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]
AXES_FAILURE_LIMIT = env_int("PIPV_LOGIN_ATTEMPTS", 5)
AXES_COOLOFF_TIME = timedelta(minutes=env_int("PIPV_LOGIN_LOCKOUT_MINUTES", 15))
# One person's name from one address: a stranger cannot lock everyone out of a shared office
# network by guessing, and guessing many names from one address still counts per name.
AXES_LOCKOUT_PARAMETERS = [["username", "ip_address"]]
AXES_RESET_ON_SUCCESS = True
AXES_LOCKOUT_TEMPLATE = "accounts/locked_out.html"
# The address the connection came from. Behind reverse proxies of your own, set
# PIPV_PROXY_COUNT to their number: the client's address is then read from X-Forwarded-For,
# counted from the right, so a made-up header cannot choose it (pipv.core.addresses).
PIPV_PROXY_COUNT = env_int("PIPV_PROXY_COUNT", 0)
AXES_CLIENT_IP_CALLABLE = "pipv.core.addresses.client_address"
# Login history (name, address, browser) is deleted after this many days by
# `manage.py prune_login_history`, and with the account (pipv.accounts.history).
PIPV_LOGIN_HISTORY_DAYS = env_int("PIPV_LOGIN_HISTORY_DAYS", 30)
# Axes keeps its own record of each attempt; its log lines would add user agents and paths.
AXES_VERBOSE = False

# Argon2 first: new passwords use it; older hashes are upgraded at the next login. Argon2id at
# OWASP's Password Storage Cheat Sheet parameters (19 MiB, two passes, one lane: about 50 ms of
# one core, where Django's own 100 MiB and eight lanes take 0.4 s of every core), at most
# PIPV_HASH_SLOTS hashes at once on this host (half the cores), in threads PIPV_HASH_NICE lower
# in CPU priority (pipv.accounts.hashers): on a busy host the pages go first and sign-ups wait
# their turn, instead of every thread hashing. Not lower than 5: at 10 a host busy with other
# work left sign-ups waiting for over a minute.
PASSWORD_HASHERS = [
    "pipv.accounts.hashers.LimitedArgon2PasswordHasher",
    "django.contrib.auth.hashers.PBKDF2PasswordHasher",
]

# Raise these on a host with cores to spare; never below OWASP's minimum.
PIPV_ARGON2_MEMORY_KIB = max(19456, env_int("PIPV_ARGON2_MEMORY_KIB", 19456))
PIPV_ARGON2_TIME_COST = max(2, env_int("PIPV_ARGON2_TIME_COST", 2))
PIPV_ARGON2_PARALLELISM = max(1, env_int("PIPV_ARGON2_PARALLELISM", 1))
PIPV_HASH_SLOTS = env_int("PIPV_HASH_SLOTS", max(1, (os.cpu_count() or 1) // 2))
PIPV_HASH_NICE = env_int("PIPV_HASH_NICE", 5)
# Seconds a hash waits for a slot before it goes ahead without one.
PIPV_HASH_WAIT = env_int("PIPV_HASH_WAIT", 10)
# Where the slots' lock files are: one directory for every pipv process on the host.
PIPV_HASH_LOCK_DIR = env_str("PIPV_HASH_LOCK_DIR", "")

# NIST SP 800-63B-4, section 3.1.1.2, for a password used alone: at least 15 characters, any
# characters, no composition rules (so no "not only digits" rule), checked against common
# passwords and the account's own name; spaces alone are refused too (pipv.accounts.passwords).
AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 15},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "pipv.accounts.passwords.NotOnlySpacesValidator"},
]

LANGUAGE_CODE = "en"
LANGUAGES = [
    ("en", "English"),
    ("zh-hans", "简体中文"),
]
LOCALE_PATHS = [BASE_DIR / "locale"]
# The language chosen with the switch is remembered on this browser for a year; a logged-in
# user's choice is also stored with their account (pipv.accounts.language).
LANGUAGE_COOKIE_AGE = 365 * 24 * 60 * 60
LANGUAGE_COOKIE_HTTPONLY = True
LANGUAGE_COOKIE_SAMESITE = "Lax"
USE_I18N = True
USE_TZ = True
# "Today" is the person's day (a new case's as-of date, the results' banner): the machine's
# own zone, or PIPV_TIME_ZONE for a server that serves one region.
TIME_ZONE = env_time_zone("PIPV_TIME_ZONE")

STATIC_URL = "/static/"
STATICFILES_DIRS = [BASE_DIR / "static"]
STATIC_ROOT = BASE_DIR / "staticfiles"
# Compressed but not manifest-hashed, so pages render before (and without) collectstatic.
WHITENOISE_USE_FINDERS = True
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "whitenoise.storage.CompressedStaticFilesStorage"},
}

# Case files are small; anything bigger than this is a mistake or an attack.
DATA_UPLOAD_MAX_MEMORY_SIZE = 1024 * 1024
# Any request body over 2 MiB is refused with 413 before it is read. The import's own limit
# (MAX_FILE_BYTES, pipv.engine.casefile) stays below it, so a case file just too large gets its
# own message. Uploads under the cap stay in memory: nothing is written to a temporary file.
PIPV_MAX_REQUEST_BYTES = 2 * 1024 * 1024
FILE_UPLOAD_MAX_MEMORY_SIZE = PIPV_MAX_REQUEST_BYTES

# Sessions live in the database, so any number of app servers can answer the same person; only
# a keyed hash of each session's key is stored, so a copy of the database logs no one in.
SESSION_ENGINE = "pipv.accounts.session_store"
# Idle time-out: a session ends after PIPV_IDLE_MINUTES without a request (a shared or work
# computer left open). Each page or save starts the count again; pages warn before the end.
PIPV_IDLE_MINUTES = env_int("PIPV_IDLE_MINUTES", 30)
SESSION_COOKIE_AGE = PIPV_IDLE_MINUTES * 60
SESSION_SAVE_EVERY_REQUEST = True
SESSION_COOKIE_HTTPONLY = True
# htmx reads no cookie: templates send the token in hx-headers instead.
CSRF_COOKIE_HTTPONLY = False
X_FRAME_OPTIONS = "DENY"

# Content-Security-Policy (django-csp): everything from this server only. The one script from
# elsewhere in a page is htmx's, and it is ours too (django-htmx serves it) with a nonce.
# No inline style or script; no eval (htmx's hx-on and eval-based features stay unused).
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'none'"],
        "script-src": ["'self'", NONCE],
        "style-src": ["'self'"],
        "img-src": ["'self'"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "form-action": ["'self'"],
        "frame-ancestors": ["'none'"],
        "base-uri": ["'none'"],
        "object-src": ["'none'"],
    },
}
# Permissions-Policy (django-permissions-policy): pipv uses no camera, location or the like.
PERMISSIONS_POLICY = {
    feature: []
    for feature in (
        "accelerometer",
        "autoplay",
        "camera",
        "display-capture",
        "encrypted-media",
        "fullscreen",
        "geolocation",
        "gyroscope",
        "magnetometer",
        "microphone",
        "midi",
        "payment",
        "publickey-credentials-get",
        "screen-wake-lock",
        "usb",
        "xr-spatial-tracking",
    )
}
# same-origin, not no-referrer: under no-referrer browsers send "Origin: null" with every form
# post, which Django's CSRF check rightly refuses. Other sites still get no referrer.
SECURE_REFERRER_POLICY = "same-origin"
SECURE_CONTENT_TYPE_NOSNIFF = True
SESSION_COOKIE_SAMESITE = "Lax"
CSRF_COOKIE_SAMESITE = "Lax"

# Served over HTTPS (behind a TLS proxy): on by default outside debug. `make serve` turns it off
# because it listens on plain http://127.0.0.1 for a single person's laptop.
PIPV_HTTPS = env_bool("PIPV_HTTPS", not DEBUG)
if PIPV_HTTPS:
    SESSION_COOKIE_SECURE = True
    CSRF_COOKIE_SECURE = True
    SECURE_SSL_REDIRECT = True
    SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
    SECURE_HSTS_SECONDS = env_int("PIPV_HSTS_SECONDS", 31536000)
    SECURE_HSTS_INCLUDE_SUBDOMAINS = True
    # The header only allows preloading; a host still has to submit its domain itself.
    SECURE_HSTS_PRELOAD = env_bool("PIPV_HSTS_PRELOAD", True)
