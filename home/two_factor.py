"""The second sign-in step for the admin (wagtail-2fa), made to work with django-otp >= 1.7.

django-otp 1.7 no longer tries a code against every device of a user (that could throttle
unrelated devices): the form must name the device. wagtail-2fa 1.8's code form names none,
so every code is refused. Staff here enrol one authenticator app each, so the form names the
user's confirmed TOTP device itself, through django-otp's documented `otp_device` field.
"""

from django import forms
from django.utils.translation import gettext_lazy as _
from django_otp.plugins.otp_totp.models import TOTPDevice
from wagtail_2fa import forms as wagtail_2fa_forms
from wagtail_2fa import views as wagtail_2fa_views


class TokenForm(wagtail_2fa_forms.TokenForm):
    otp_device = forms.CharField(required=False, widget=forms.HiddenInput)

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        # wagtail-2fa gives the code field no label, so Django made "Otp token" of its name.
        self.fields["otp_token"].label = _("OTP token")

    def clean_otp_device(self):
        """The user's own confirmed authenticator, whatever the browser sent."""
        device = (
            TOTPDevice.objects.devices_for_user(self.user, confirmed=True).order_by("pk").first()
        )
        return device.persistent_id if device else ""


class LoginView(wagtail_2fa_views.LoginView):
    form_class = TokenForm
