"""System checks: evidence must never be reachable through the public media URL, and a public
server must not link staff to a loopback address."""

from pathlib import Path
from urllib.parse import urlsplit

from django.conf import settings
from django.core import checks


@checks.register(checks.Tags.security)
def private_media_outside_media_root(app_configs, **kwargs):
    private = Path(settings.PRIVATE_MEDIA_ROOT).resolve()
    media = Path(settings.MEDIA_ROOT).resolve()
    if private == media or media in private.parents:
        return [
            checks.Error(
                "PRIVATE_MEDIA_ROOT is inside MEDIA_ROOT: complaint evidence would be public.",
                id="forms.E001",
            )
        ]
    return []


LOOPBACK_HOSTS = {"127.0.0.1", "localhost", "::1", "0.0.0.0"}  # noqa: S104 - names, not a bind


@checks.register(checks.Tags.security)
def public_base_url(app_configs, **kwargs):
    """Off under DEBUG (`make run`). Elsewhere the links in staff emails use this address."""
    if settings.DEBUG:
        return []
    host = urlsplit(settings.WAGTAILADMIN_BASE_URL or "").hostname
    if not host or host in LOOPBACK_HOSTS:
        return [
            checks.Error(
                f"WAGTAILADMIN_BASE_URL is {settings.WAGTAILADMIN_BASE_URL!r}: links in emails "
                "to staff would point at this server's own loopback address.",
                hint="Set WAGTAILADMIN_BASE_URL to the site's public address, "
                "e.g. https://polres.example.id.",
                id="forms.E002",
            )
        ]
    return []
