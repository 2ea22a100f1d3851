"""Settings for `make run` on a developer's machine: debug on, local hosts, mail to the console
unless EMAIL_HOST points at a real SMTP server."""

from .base import *  # noqa: F403
from .base import EMAIL_HOST, env_bool, env_list

DEBUG = True
SECRET_KEY = os.environ.get("SECRET_KEY", "dev-only-not-secret")  # noqa: F405
ALLOWED_HOSTS = env_list("ALLOWED_HOSTS", "127.0.0.1,localhost,[::1]")

# Demo logins work without an authenticator app; production enforces 2FA (see base.py).
WAGTAIL_2FA_REQUIRED = env_bool("WAGTAIL_2FA_REQUIRED", default=False)

# One process, so counting rate limits in process memory is right here (production needs Redis).
SILENCED_SYSTEM_CHECKS = [*SILENCED_SYSTEM_CHECKS, "django_ratelimit.E003"]  # noqa: F405

# Editors trying the demo see every change at once; production caches pages (base.py).
WAGTAIL_CACHE = env_bool("WAGTAIL_CACHE", default=False)

if not EMAIL_HOST:
    EMAIL_BACKEND = "django.core.mail.backends.console.EmailBackend"

STORAGES = {
    "default": {"BACKEND": "django.core.files.storage.FileSystemStorage"},
    "staticfiles": {"BACKEND": "django.contrib.staticfiles.storage.StaticFilesStorage"},
}

# Serve static files straight from the apps' folders; no collectstatic outside production.
WHITENOISE_USE_FINDERS = True
WHITENOISE_AUTOREFRESH = True
