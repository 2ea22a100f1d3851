"""Settings for a public server (DJANGO_SETTINGS_MODULE=config.settings.production).

Everything secret or host-specific comes from the environment (see site/env.example once the
deployment files land). Refuses to start without a secret key or allowed hosts.
"""

from django.core.exceptions import ImproperlyConfigured

from .base import *  # noqa: F403
from .base import ALLOWED_HOSTS, SECRET_KEY

if not SECRET_KEY:
    raise ImproperlyConfigured("SECRET_KEY must be set in the environment.")
if not ALLOWED_HOSTS:
    raise ImproperlyConfigured("ALLOWED_HOSTS must be set in the environment.")

SECURE_PROXY_SSL_HEADER = ("HTTP_X_FORWARDED_PROTO", "https")
SESSION_COOKIE_SECURE = True
CSRF_COOKIE_SECURE = True

if not COMPLAINT_CAPTCHA_ENABLED and not COMPLAINT_CAPTCHA_DISABLED:  # noqa: F405
    raise ImproperlyConfigured(
        "The complaint form needs RECAPTCHA_PUBLIC_KEY and RECAPTCHA_PRIVATE_KEY; set "
        "COMPLAINT_CAPTCHA_DISABLED=1 to run it without a captcha on purpose."
    )
