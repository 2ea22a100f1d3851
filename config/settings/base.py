"""Settings shared by every environment.

Secure by default: DEBUG is off, the secret key and hosts must come from the environment, and
every value an operator may need to change is read from an environment variable with the usual
name. `dev.py` loosens this for `make run`, `test.py` makes it fast, `production.py` hardens it.
"""

import os
from datetime import timedelta
from pathlib import Path
from urllib.parse import urlsplit, urlunsplit

import dj_database_url

BASE_DIR = Path(__file__).resolve().parent.parent.parent
VAR_DIR = BASE_DIR / "var"


def env_bool(name, default=False):
    """Read a yes/no environment variable the way operators write it (1, true, yes, on)."""
    value = os.environ.get(name)
    if value is None:
        return default
    return value.strip().lower() in {"1", "true", "yes", "on"}


def env_list(name, default=""):
    """Read a comma-separated environment variable into a list, ignoring blanks."""
    return [item.strip() for item in os.environ.get(name, default).split(",") if item.strip()]


DEBUG = False
SECRET_KEY = os.environ.get("SECRET_KEY", "")
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS")

INSTALLED_APPS = [
    "home",
    "news",
    "services",
    "forms",
    "transparency",
    "wagtail_localize",
    "wagtail_localize.locales",
    "wagtail.contrib.forms",
    "wagtail.contrib.routable_page",
    "wagtail.contrib.search_promotions",
    "wagtail.contrib.redirects",
    "wagtail.contrib.settings",
    "wagtail.embeds",
    "wagtail.sites",
    "wagtail.users",
    "wagtail.snippets",
    "wagtail.documents",
    "wagtail.images",
    "wagtail.search",
    "wagtail.admin",
    "wagtail",
    "modelcluster",
    "taggit",
    "django_recaptcha",
    "django_tasks",
    "django_tasks_db",
    "wagtailcache",
    "wagtail_2fa",
    "django_otp",
    "django_otp.plugins.otp_totp",
    "axes",
    # Its system check refuses a cache that worker processes do not share (E003).
    "django_ratelimit",
    "csp",
    "django.contrib.admin",
    "django.contrib.auth",
    "django.contrib.contenttypes",
    "django.contrib.sessions",
    "django.contrib.messages",
    "django.contrib.staticfiles",
    "django.contrib.sitemaps",
]

MIDDLEWARE = [
    "django.middleware.security.SecurityMiddleware",
    "whitenoise.middleware.WhiteNoiseMiddleware",
    "config.request_log.RequestLogMiddleware",
    "config.request_guard.RejectNulCharactersMiddleware",
    # A cached page is answered here, before sessions, locale or the database are touched.
    "home.page_cache.BrowserRevalidationMiddleware",
    "wagtailcache.cache.UpdateCacheMiddleware",
    "wagtailcache.cache.FetchFromCacheMiddleware",
    "home.page_cache.CachedSiteMiddleware",
    "django.contrib.sessions.middleware.SessionMiddleware",
    "django.middleware.locale.LocaleMiddleware",
    "django.middleware.common.CommonMiddleware",
    "django.middleware.csrf.CsrfViewMiddleware",
    "django.contrib.auth.middleware.AuthenticationMiddleware",
    "wagtail_2fa.middleware.VerifyUserPermissionsMiddleware",
    "django.contrib.messages.middleware.MessageMiddleware",
    "django.middleware.clickjacking.XFrameOptionsMiddleware",
    "config.security.ContentSecurityPolicyMiddleware",
    "django_permissions_policy.PermissionsPolicyMiddleware",
    "config.security.NoStoreForAdminMiddleware",
    "wagtail.contrib.redirects.middleware.RedirectMiddleware",
    # Last, as django-axes asks: it turns a locked-out login into the lockout page.
    "axes.middleware.AxesMiddleware",
]

ROOT_URLCONF = "config.urls"
WSGI_APPLICATION = "config.wsgi.application"

TEMPLATES = [
    {
        "BACKEND": "django.template.backends.django.DjangoTemplates",
        "DIRS": [BASE_DIR / "templates"],
        "APP_DIRS": True,
        "OPTIONS": {
            "context_processors": [
                "django.template.context_processors.debug",
                "django.template.context_processors.request",
                "django.template.context_processors.i18n",
                "django.contrib.auth.context_processors.auth",
                "django.contrib.messages.context_processors.messages",
                "wagtail.contrib.settings.context_processors.settings",
            ],
        },
    },
]

# SQLite under var/ is the embedded default; production and CI set DATABASE_URL to PostgreSQL.
DATABASES = {
    "default": dj_database_url.config(
        default=f"sqlite:///{VAR_DIR / 'db.sqlite3'}",
        conn_max_age=int(os.environ.get("DB_CONN_MAX_AGE", "0")),
        conn_health_checks=True,
    )
}
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":
    # The web process and the worker write at the same time. Write-ahead logging lets readers
    # go on during a write; IMMEDIATE takes the write lock when a transaction begins, so a
    # transaction that reads and then writes waits for the other process (up to `timeout`
    # seconds) instead of failing at once with "database is locked".
    DATABASES["default"]["OPTIONS"] = {
        "transaction_mode": "IMMEDIATE",
        "timeout": 20,
        "init_command": "PRAGMA journal_mode=WAL; PRAGMA synchronous=NORMAL",
    }
DEFAULT_AUTO_FIELD = "django.db.models.BigAutoField"

AUTHENTICATION_BACKENDS = [
    # django-axes counts failed logins and refuses them once the limit is reached.
    "axes.backends.AxesStandaloneBackend",
    "django.contrib.auth.backends.ModelBackend",
]

AUTH_PASSWORD_VALIDATORS = [
    {"NAME": "django.contrib.auth.password_validation.UserAttributeSimilarityValidator"},
    {
        "NAME": "django.contrib.auth.password_validation.MinimumLengthValidator",
        "OPTIONS": {"min_length": 12},
    },
    {"NAME": "django.contrib.auth.password_validation.CommonPasswordValidator"},
    {"NAME": "django.contrib.auth.password_validation.NumericPasswordValidator"},
]

# Indonesian first: `id` is served without a prefix at `/`, English under `/en/`.
LANGUAGE_CODE = "id"
LANGUAGES = [
    ("id", "Bahasa Indonesia"),
    ("en", "English"),
]
WAGTAIL_I18N_ENABLED = True
WAGTAIL_CONTENT_LANGUAGES = LANGUAGES
# The admin offers the same two languages; Wagtail's `id_ID` catalogue is found for `id`.
WAGTAILADMIN_PERMITTED_LANGUAGES = LANGUAGES
# The project's own catalogue first, then complete Indonesian catalogues for the packages the
# admin is built from (Wagtail, wagtail-localize, django-otp), one folder per package so each can
# be offered upstream as it is. The first path wins where two translate the same msgid.
LOCALE_PATHS = [
    BASE_DIR / "locale",
    *sorted(path for path in (BASE_DIR / "locale-admin").iterdir() if path.is_dir()),
]
# Dates read "27 November 2026" in both languages (config/formats/).
FORMAT_MODULE_PATH = ["config.formats"]
TIME_ZONE = "Asia/Jakarta"
USE_I18N = True
USE_TZ = True

STATIC_URL = "/static/"
STATIC_ROOT = Path(os.environ.get("STATIC_ROOT", VAR_DIR / "static"))
MEDIA_URL = "/media/"
MEDIA_ROOT = Path(os.environ.get("MEDIA_ROOT", VAR_DIR / "media"))
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {
        "BACKEND": "whitenoise.storage.CompressedManifestStaticFilesStorage",
    },
}

# Mail: SMTP with the usual variables. Without EMAIL_HOST nothing can be delivered, which is
# why dev.py switches to the console backend in that case.
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = os.environ.get("EMAIL_HOST", "")
EMAIL_PORT = int(os.environ.get("EMAIL_PORT", "25"))
EMAIL_HOST_USER = os.environ.get("EMAIL_HOST_USER", "")
EMAIL_HOST_PASSWORD = os.environ.get("EMAIL_HOST_PASSWORD", "")
EMAIL_USE_TLS = env_bool("EMAIL_USE_TLS")
EMAIL_TIMEOUT = 20
DEFAULT_FROM_EMAIL = os.environ.get("DEFAULT_FROM_EMAIL", "noreply@example.id")
SERVER_EMAIL = DEFAULT_FROM_EMAIL

RECAPTCHA_PUBLIC_KEY = os.environ.get("RECAPTCHA_PUBLIC_KEY", "")
RECAPTCHA_PRIVATE_KEY = os.environ.get("RECAPTCHA_PRIVATE_KEY", "")

# Caches shared by every app server: Redis when REDIS_URL is set, process memory otherwise.
# Full pages live in their own Redis database ("pages"), because invalidation empties it whole.
REDIS_URL = os.environ.get("REDIS_URL", "")


def redis_database_after(url):
    """The same Redis server, next database number: redis://h:6379/1 -> redis://h:6379/2."""
    parts = urlsplit(url)
    number = int(parts.path.strip("/") or 0) + 1
    return urlunsplit(parts._replace(path=f"/{number}"))


if REDIS_URL:
    CACHES = {
        "default": {
            "BACKEND": "config.cache.ReusedClientRedisCache",
            "LOCATION": REDIS_URL,
        },
        "pages": {
            "BACKEND": "config.cache.ReusedClientRedisCache",
            "LOCATION": os.environ.get("PAGE_CACHE_URL") or redis_database_after(REDIS_URL),
            "TIMEOUT": 60 * 60,
        },
        # Wagtail's image renditions (see config.cache.RenditionCache).
        "renditions": {
            "BACKEND": "config.cache.RenditionCache",
            "LOCATION": REDIS_URL,
            "KEY_PREFIX": "renditions",
            "TIMEOUT": 24 * 60 * 60,
        },
    }
else:
    CACHES = {
        "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
        "pages": {
            "BACKEND": "django.core.cache.backends.locmem.LocMemCache",
            "LOCATION": "pages",
            "TIMEOUT": 60 * 60,
        },
    }

# Full-page cache for anonymous visitors (wagtail-cache), emptied whenever published content
# changes (home.page_cache). Pages with forms send no-store and are never kept.
WAGTAIL_CACHE = env_bool("WAGTAIL_CACHE", default=True)
WAGTAIL_CACHE_BACKEND = "pages"
WAGTAIL_CACHE_HEADER = "X-Cache"

# Background work (notification e-mails) goes through a database queue, so a task is saved in
# the same transaction as the record that caused it and survives restarts.
TASKS = {"default": {"BACKEND": "django_tasks_db.DatabaseBackend"}}

WAGTAIL_SITE_NAME = os.environ.get("WAGTAIL_SITE_NAME", "Situs Polres")
WAGTAILADMIN_BASE_URL = os.environ.get("WAGTAILADMIN_BASE_URL", "http://127.0.0.1:8000")
WAGTAILDOCS_EXTENSIONS = ["pdf", "doc", "docx", "odt", "xls", "xlsx", "ods", "txt"]

# Sessions are for staff only (citizens never log in): a working day, ended with the browser.
SESSION_COOKIE_AGE = int(os.environ.get("SESSION_COOKIE_AGE", 8 * 60 * 60))
SESSION_EXPIRE_AT_BROWSER_CLOSE = True
SESSION_COOKIE_HTTPONLY = True
CSRF_COOKIE_HTTPONLY = True

# Security headers. No page may be framed, except the admin's previews (Wagtail marks them
# SAMEORIGIN itself, and config.security allows frame-ancestors 'self' under /admin/).
X_FRAME_OPTIONS = "DENY"
SECURE_CONTENT_TYPE_NOSNIFF = True
SECURE_REFERRER_POLICY = "strict-origin-when-cross-origin"
SECURE_CROSS_ORIGIN_OPENER_POLICY = "same-origin"
PERMISSIONS_POLICY = {
    "camera": [],
    "geolocation": [],
    "microphone": [],
    "payment": [],
    "usb": [],
    "interest-cohort": [],
}
# Public pages run no inline script and load nothing from elsewhere; config.security loosens
# this for the Wagtail admin, whose templates use inline scripts and styles.
CONTENT_SECURITY_POLICY = {
    "DIRECTIVES": {
        "default-src": ["'self'"],
        "script-src": ["'self'"],
        "style-src": ["'self'"],
        "img-src": ["'self'", "data:"],
        "font-src": ["'self'"],
        "connect-src": ["'self'"],
        "frame-src": ["'self'"],
        "frame-ancestors": ["'none'"],
        "form-action": ["'self'"],
        "base-uri": ["'self'"],
        "object-src": ["'none'"],
    }
}
# Staff avatars: Wagtail's own default image or an uploaded one, never Gravatar, which would
# tell a third party who signs in to the admin (and which the policy above blocks anyway).
WAGTAIL_GRAVATAR_PROVIDER_URL = None

# Admin sign-in: two-factor authentication (TOTP) for everyone holding the "enable 2FA"
# permission (complaint staff, supervisors) and for superusers; lockout after 10 failures.
WAGTAIL_2FA_REQUIRED = env_bool("WAGTAIL_2FA_REQUIRED", default=True)
# Wagtail's sign-in form with its password field labelled for translation.
WAGTAILADMIN_USER_LOGIN_FORM = "home.admin_widgets.LoginForm"
WAGTAIL_2FA_OTP_TOTP_NAME = os.environ.get("WAGTAIL_2FA_OTP_TOTP_NAME", "Situs Polres")
AXES_FAILURE_LIMIT = 10
AXES_COOLOFF_TIME = timedelta(minutes=int(os.environ.get("AXES_COOLOFF_MINUTES", "30")))
AXES_LOCKOUT_PARAMETERS = ["ip_address", "username"]
AXES_LOCKOUT_TEMPLATE = "lockout.html"
AXES_RESET_ON_SUCCESS = True
# The client's address for lockouts, rate limits and request logs: config.client_ip, which
# reads X-Forwarded-For as the PROXY_COUNT reverse proxies in front of gunicorn (nginx: 1) wrote
# it, and ignores it when there are none.
PROXY_COUNT = int(os.environ.get("PROXY_COUNT", "0"))
AXES_CLIENT_IP_CALLABLE = "config.client_ip.client_ip"

# Logs carry no personal data: request lines are structured, without query strings
# (config.request_log), Django's own request loggers are filtered the same way, and error
# reports hide POST data and personal-looking variables (config.errors).
LOGGING = {
    "version": 1,
    "disable_existing_loggers": False,
    "filters": {"no_query_strings": {"()": "config.request_log.DropQueryStringsFilter"}},
    "formatters": {"json": {"()": "config.request_log.JsonFormatter"}},
    "handlers": {
        "console": {"class": "logging.StreamHandler", "formatter": "json"},
        "mail_admins": {
            "class": "django.utils.log.AdminEmailHandler",
            "level": "ERROR",
            "filters": ["no_query_strings"],
        },
    },
    "root": {"handlers": ["console"], "level": "INFO"},
    "loggers": {
        "django.request": {
            "handlers": ["console", "mail_admins"],
            "level": "ERROR",
            "propagate": False,
            "filters": ["no_query_strings"],
        },
        "django.server": {"level": "INFO", "filters": ["no_query_strings"]},
        "django.db.backends": {"level": "WARNING"},
        # Wagtail logs every page action at INFO; the audit log in the admin already keeps them.
        "wagtail": {"level": "WARNING"},
        "axes": {"level": "WARNING"},
    },
}
DEFAULT_EXCEPTION_REPORTER_FILTER = "config.errors.PersonalDataReporterFilter"


# --- Complaints (forms/) -----------------------------------------------------------------
# Evidence is stored here, outside MEDIA_ROOT, and only served through the admin.
PRIVATE_MEDIA_ROOT = Path(os.environ.get("PRIVATE_MEDIA_ROOT", VAR_DIR / "private"))
# Behind nginx, "/private-files/": the download view checks permission, then nginx sends the
# file from its internal location (X-Accel-Redirect). Empty: the app streams the file itself.
PRIVATE_MEDIA_ACCEL_REDIRECT = os.environ.get("PRIVATE_MEDIA_ACCEL_REDIRECT", "")
# Complaints one IP address may send, and wrong tracking codes it may try ("5/h", "100/d").
COMPLAINT_RATE_LIMIT = os.environ.get("COMPLAINT_RATE_LIMIT", "5/h")
COMPLAINT_TRACKING_RATE_LIMIT = os.environ.get("COMPLAINT_TRACKING_RATE_LIMIT", "20/h")
COMPLAINT_REVIEW_RATE_LIMIT = os.environ.get("COMPLAINT_REVIEW_RATE_LIMIT", "5/h")
# The tracking link emailed again from the receipt: per IP address, and per complaint.
COMPLAINT_LINK_EMAIL_RATE_LIMIT = os.environ.get("COMPLAINT_LINK_EMAIL_RATE_LIMIT", "5/h")
COMPLAINT_LINK_EMAIL_COMPLAINT_RATE_LIMIT = os.environ.get(
    "COMPLAINT_LINK_EMAIL_COMPLAINT_RATE_LIMIT", "3/d"
)
# "Lost your code?": requests per IP address, and per email address asked about (counted
# whether or not the address is known, so the limit tells nothing either).
COMPLAINT_LOST_CODE_RATE_LIMIT = os.environ.get("COMPLAINT_LOST_CODE_RATE_LIMIT", "5/h")
COMPLAINT_LOST_CODE_ADDRESS_RATE_LIMIT = os.environ.get(
    "COMPLAINT_LOST_CODE_ADDRESS_RATE_LIMIT", "3/d"
)
# The reporter's messages on the tracking page: per client address, and per complaint.
COMPLAINT_MESSAGE_RATE_LIMIT = os.environ.get("COMPLAINT_MESSAGE_RATE_LIMIT", "10/h")
COMPLAINT_MESSAGE_CODE_RATE_LIMIT = os.environ.get("COMPLAINT_MESSAGE_CODE_RATE_LIMIT", "5/h")
# Service satisfaction surveys one IP address may send (the survey page's rate limit).
SURVEY_RATE_LIMIT = os.environ.get("SURVEY_RATE_LIMIT", "5/h")
# The same client address as for sign-in lockouts (see PROXY_COUNT above).
RATELIMIT_IP_META_KEY = "config.client_ip.client_ip"
# Counts live in the default cache, Redis whenever REDIS_URL is set. django-ratelimit warns about
# every backend outside its short list (W001), Django's own Redis cache (config.cache) included,
# which increments atomically as it needs.
SILENCED_SYSTEM_CHECKS = ["django_ratelimit.W001"]
# A person needs a few seconds to fill the form; faster posts are treated as automated.
COMPLAINT_MIN_FILL_SECONDS = int(os.environ.get("COMPLAINT_MIN_FILL_SECONDS", "3"))
COMPLAINT_ATTACHMENT_MAX_BYTES = 10 * 1024 * 1024
COMPLAINT_IMAGE_MAX_PIXELS = 40_000_000
COMPLAINT_IMAGE_MAX_SIDE = 12_000
# Emails are retried with backoff for this long before they are marked failed.
COMPLAINT_EMAIL_GIVE_UP_AFTER = 3 * 24 * 3600
# A worker holds an email it is sending for this long (longer than any SMTP exchange); a worker
# that dies meanwhile loses it, and the email is sent again with the same Message-ID.
COMPLAINT_EMAIL_LEASE_SECONDS = 300
# Closed complaints are anonymised this many days after closure (UU 27/2022: no longer than
# needed); `manage.py anonymise_expired_complaints` does it, daily from a systemd timer
# (site/systemd/polres-anonymise.timer).
COMPLAINT_RETENTION_DAYS = int(os.environ.get("COMPLAINT_RETENTION_DAYS", "730"))
# reCAPTCHA v2 is on when both keys are set. Production refuses to start without them unless
# COMPLAINT_CAPTCHA_DISABLED=1 says that is intended.
COMPLAINT_CAPTCHA_ENABLED = bool(RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY)
COMPLAINT_CAPTCHA_DISABLED = env_bool("COMPLAINT_CAPTCHA_DISABLED")

# --- Public information: search, sitemap ---------------------------------------------
# The database backend picks PostgreSQL's full-text search when the database is PostgreSQL; the
# "indonesian" text search configuration stems Indonesian words. SQLite uses its FTS5 tables and
# ignores SEARCH_CONFIG. On both, pages also index their PySastrawi stems (home.stemming), so
# "mengadukan" finds "pengaduan" alike on either database.
WAGTAILSEARCH_BACKENDS = {
    "default": {
        "BACKEND": "wagtail.search.backends.database",
        "SEARCH_CONFIG": "indonesian",
    }
}
SEARCH_RESULTS_PER_PAGE = 10
# Page types that are what a visitor comes to do: one whose title holds every word searched for
# is listed before news and other pages (after the editors' promoted results).
SEARCH_FIRST_PAGE_TYPES = ["services.ServicePage", "forms.ComplaintFormPage"]
