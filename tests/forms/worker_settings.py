"""Settings for a worker started as a separate process by the outbox fault tests: the test
settings, on the database and SMTP server the test hands over, with a short email lease."""

import os

import dj_database_url

from config.settings.test import *  # noqa: F403

DATABASES = {"default": dj_database_url.parse(os.environ["WORKER_DATABASE_URL"])}
EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
EMAIL_HOST = "127.0.0.1"
EMAIL_PORT = int(os.environ["WORKER_SMTP_PORT"])
EMAIL_TIMEOUT = 120
COMPLAINT_EMAIL_LEASE_SECONDS = float(os.environ["WORKER_LEASE_SECONDS"])
