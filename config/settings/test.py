"""Fast settings for the test suite: quick hashing, memory cache and outbox, plain static files.

SQLite in memory by default; set DATABASE_URL to run the same suite on PostgreSQL.
"""

from .base import *  # noqa: F403

SECRET_KEY = "test-only-not-secret"
ALLOWED_HOSTS = ["*"]
PASSWORD_HASHERS = ["django.contrib.auth.hashers.MD5PasswordHasher"]
EMAIL_BACKEND = "django.core.mail.backends.locmem.EmailBackend"
CACHES = {
    "default": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache"},
    "pages": {"BACKEND": "django.core.cache.backends.locmem.LocMemCache", "LOCATION": "pages"},
}
# Off, so one test's pages are never served to the next; the caching tests switch it on.
WAGTAIL_CACHE = False
STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.InMemoryStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}
WAGTAILADMIN_BASE_URL = "http://testserver"
# Rate limits count in process memory, which the tests share with the code they test.
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]  # noqa: F405
# Off so tests can log staff in directly; the 2FA tests switch it on, as production has it.
WAGTAIL_2FA_REQUIRED = False
LOGGING = {"version": 1, "disable_existing_loggers": False}

# Serve static files straight from the apps' folders; no collectstatic outside production.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True

if DATABASES["default"]["ENGINE"] == "django.db.backends.postgresql":  # noqa: F405
    # The suite commits and truncates thousands of times; a throwaway test database need not
    # wait for each commit to reach the disk. Only the test connections are affected.
    DATABASES["default"].setdefault("OPTIONS", {})["options"] = "-c synchronous_commit=off"  # noqa: F405
if DATABASES["default"]["ENGINE"] == "django.db.backends.sqlite3":  # noqa: F405
    # The test database is in memory, and a live_server thread shares its one connection with
    # the test: BEGIN IMMEDIATE from one while the other holds a transaction fails. The
    # concurrent-writer test runs the development settings, which keep IMMEDIATE.
    DATABASES["default"]["OPTIONS"].pop("transaction_mode", None)  # noqa: F405
