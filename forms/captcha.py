"""The complaint form's reCAPTCHA field, which survives an unreachable verification service.

django-recaptcha catches only `HTTPError` around its call to Google; a refused connection, a
time-out, a dropped connection or a garbled answer escapes as a server error, and the citizen's
typed complaint is lost. Here every such failure becomes a message beside the captcha, and the
form comes back with what was typed.
"""

import http.client
import logging

from django.core.exceptions import ValidationError
from django.utils.translation import gettext_lazy as _
from django_recaptcha.fields import ReCaptchaField
from django_recaptcha.widgets import ReCaptchaV2Checkbox

logger = logging.getLogger(__name__)

# OSError covers URLError (and so HTTPError), refused connections and time-outs; HTTPException
# a connection dropped mid-answer; ValueError and KeyError an answer that is not the JSON the
# client expects.
NETWORK_ERRORS = (OSError, http.client.HTTPException, ValueError, KeyError)
UNAVAILABLE = "captcha_unavailable"
UNAVAILABLE_MESSAGE = _(
    "The security check cannot be reached at the moment, so the complaint was not sent. "
    "Your answers are still in the form: tick “I'm not a robot” again and send it, or "
    "try again in a few minutes."
)


class ComplaintCaptchaField(ReCaptchaField):
    """reCAPTCHA v2 ("I'm not a robot"); an unreachable service refuses the post, never crashes."""

    widget = ReCaptchaV2Checkbox
    default_error_messages = {
        "required": _("Tick “I'm not a robot” first."),
        "captcha_invalid": _("The security check failed. Tick “I'm not a robot” again."),
        # django-recaptcha's own code for an HTTP error answer from the service.
        "captcha_error": UNAVAILABLE_MESSAGE,
        UNAVAILABLE: UNAVAILABLE_MESSAGE,
    }

    def get_remote_ip(self):
        """Nothing: the address is optional to Google's check and is personal data (UU 27/2022).

        django-recaptcha would otherwise send whatever X-Forwarded-For the client wrote.
        """
        return ""

    def validate(self, value):
        try:
            super().validate(value)
        except ValidationError:
            raise
        except NETWORK_ERRORS as error:
            # The kind of failure only: the answer token and the client address stay out of logs.
            logger.warning("reCAPTCHA verification unavailable: %s", type(error).__name__)
            raise ValidationError(self.error_messages[UNAVAILABLE], code=UNAVAILABLE) from error
