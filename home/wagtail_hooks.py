"""Admin hooks of the site shell."""

from django.urls import path
from wagtail import hooks

from . import page_cache
from .two_factor import LoginView

hooks.register("is_request_cacheable", page_cache.is_request_cacheable)


@hooks.register("register_admin_urls")
def two_factor_code_view():
    """Serve the 2FA code step with our form. This app's hooks load before wagtail-2fa's, so
    this pattern matches first; the URL and its name stay the ones wagtail-2fa uses."""
    return [path("2fa/auth", LoginView.as_view(), name="wagtail_2fa_auth")]
