"""Security headers on public pages and in the admin, and the load balancer's health check."""

import re

import pytest
from django.core.cache.backends.locmem import LocMemCache
from django.test import RequestFactory

from config.health import healthz

pytestmark = pytest.mark.django_db


def csp_directives(response):
    policy = response["Content-Security-Policy"]
    return dict((part.split()[0], part.split()[1:]) for part in policy.split(";") if part.strip())


def test_public_pages_allow_no_inline_script_and_nothing_from_elsewhere(client, site_tree):
    response = client.get("/")
    directives = csp_directives(response)
    assert directives["script-src"] == ["'self'"]
    assert directives["style-src"] == ["'self'"]
    assert directives["frame-ancestors"] == ["'none'"]
    assert directives["object-src"] == ["'none'"]


def test_public_pages_send_the_standard_protective_headers(client, site_tree):
    response = client.get("/")
    assert response["X-Content-Type-Options"] == "nosniff"
    assert response["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert response["X-Frame-Options"] == "DENY"
    assert "geolocation=()" in response["Permissions-Policy"]
    assert "camera=()" in response["Permissions-Policy"]


def test_admin_gets_the_inline_allowances_its_templates_need_and_is_never_cached(client):
    response = client.get("/admin/login/")
    directives = csp_directives(response)
    assert "'unsafe-inline'" in directives["script-src"]
    assert "no-store" in response["Cache-Control"]
    assert directives["frame-ancestors"] == ["'self'"]


def test_admin_pages_of_signed_in_staff_are_never_cached(client, admin_user):
    client.force_login(admin_user)
    response = client.get("/admin/")
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]


def test_health_check_answers_ok_when_database_and_cache_answer(client):
    response = client.get("/healthz/")
    assert response.status_code == 200
    assert response.content == b"ok"
    assert "no-cache" in response["Cache-Control"]


class CacheSharedWithABusyServer(LocMemCache):
    """The shared cache, with another app server's health check landing between each of this
    server's cache reads and the write before it, as happens under load."""

    def get(self, key, default=None, version=None):
        if not getattr(self, "_other_server_checking", False):
            self._other_server_checking = True
            try:
                assert healthz(RequestFactory().get("/healthz/")).status_code == 200
            finally:
                self._other_server_checking = False
        return super().get(key, default, version)


def test_health_checks_running_at_the_same_moment_all_answer_ok(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {"BACKEND": f"{__name__}.CacheSharedWithABusyServer", "LOCATION": "busy"},
    }
    response = client.get("/healthz/")
    assert response.status_code == 200


def test_health_check_answers_503_without_details_when_the_cache_is_down(client, settings):
    settings.CACHES = {
        **settings.CACHES,
        "default": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": "redis://127.0.0.1:1/0",
        },
    }
    response = client.get("/healthz/")
    assert response.status_code == 503
    assert response.content == b"unavailable"


def test_admin_page_preview_can_be_framed_by_the_admin_itself(client, site_tree, admin_user):
    client.force_login(admin_user)
    response = client.get(f"/admin/pages/{site_tree.home.pk}/edit/preview/")
    assert response.status_code == 200
    assert response["X-Frame-Options"] == "SAMEORIGIN"
    assert csp_directives(response)["frame-ancestors"] == ["'self'"]


def test_page_preview_rendered_for_the_admin_may_be_framed_by_the_admin(
    client, site_tree, admin_user
):
    """Wagtail renders a preview by running the page's own URL through the middleware; that
    response is shown in the admin's preview panel, so it must allow the admin as its frame."""
    client.force_login(admin_user)
    revision = site_tree.home.save_revision(user=admin_user)
    response = client.get(f"/admin/pages/{site_tree.home.pk}/revisions/{revision.pk}/view/")
    assert response.status_code == 200
    assert site_tree.home.title in response.content.decode()
    assert csp_directives(response)["frame-ancestors"] == ["'self'"]


def test_public_page_itself_still_refuses_every_frame(client, site_tree, admin_user):
    client.force_login(admin_user)
    response = client.get("/")
    assert csp_directives(response)["frame-ancestors"] == ["'none'"]
    assert response["X-Frame-Options"] == "DENY"


def test_admin_shows_no_image_from_outside_the_site(client, site_tree, admin_user):
    """Staff avatars default to Wagtail's own image, not Gravatar, which the policy blocks."""
    admin_user.email = "admin@example.id"
    admin_user.save()
    client.force_login(admin_user)
    html = client.get("/admin/").content.decode()
    sources = re.findall(r'<img[^>]*\ssrc="([^"]*)"', html)
    assert sources, "the dashboard shows the staff member's avatar"
    assert [src for src in sources if src.startswith(("//", "http:", "https:"))] == []
