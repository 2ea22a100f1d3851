import logging

from django.apps import AppConfig
from django.conf import settings
from django.utils.translation import gettext_lazy as _

logger = logging.getLogger("forms")


class FormsConfig(AppConfig):
    name = "forms"
    verbose_name = _("Complaints")
    default_auto_field = "django.db.models.BigAutoField"

    def ready(self):
        from . import checks  # noqa: F401  (registers the system checks)

        if settings.DEBUG and not settings.COMPLAINT_CAPTCHA_ENABLED:
            logger.warning(
                "reCAPTCHA is off for the complaint form: set RECAPTCHA_PUBLIC_KEY and "
                "RECAPTCHA_PRIVATE_KEY to turn it on."
            )
