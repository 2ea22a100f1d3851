"""The site as production runs it: gunicorn, production settings, PostgreSQL, hashed static files.

Requests carry `X-Forwarded-Proto: https`, as nginx sends them. These tests need the test
database to be PostgreSQL (production refuses anything else), so on SQLite they do not run.
"""

import re
import subprocess
import sys
import urllib.error
import urllib.parse
import urllib.request

import pytest

from tests.servers import ROOT, collect_static, fetch, gunicorn, needs_postgresql
from tests.servers import production_environment as environment

pytestmark = [pytest.mark.django_db(transaction=True), needs_postgresql]


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    collect_static(root)
    return root


@pytest.fixture
def production_server(site_tree, static_root):
    """A fresh gunicorn per test: each keeps its own memory cache of the page tree, which
    would go stale when the test database is flushed between tests."""
    with gunicorn(environment(static_root)) as base_url:
        yield base_url


def assert_security_headers(headers):
    assert headers["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "geolocation=()" in headers["Permissions-Policy"]


def test_public_page_has_every_security_header(production_server):
    status, headers, _body = fetch(f"{production_server}/")
    assert status == 200
    assert_security_headers(headers)
    assert headers["X-Frame-Options"] == "DENY"
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]


def test_admin_login_has_every_security_header_and_is_never_cached(production_server):
    status, headers, _body = fetch(f"{production_server}/admin/login/")
    assert status == 200
    assert_security_headers(headers)
    assert "no-store" in headers["Cache-Control"]


def test_plain_http_is_redirected_to_https(production_server):
    request = urllib.request.Request(f"{production_server}/")

    class NoRedirect(urllib.request.HTTPRedirectHandler):
        def redirect_request(self, *args, **kwargs):
            return None

    with pytest.raises(urllib.error.HTTPError) as redirect:
        urllib.request.build_opener(NoRedirect).open(request, timeout=5)
    assert redirect.value.code == 301
    assert redirect.value.headers["Location"].startswith("https://127.0.0.1")


def test_hashed_static_files_are_served_with_a_long_cache_lifetime(production_server):
    _status, _headers, html = fetch(f"{production_server}/")
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html).group(1)
    status, headers, _body = fetch(f"{production_server}{stylesheet}")
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert "max-age=315360000" in headers["Cache-Control"]


def test_deploy_checks_pass_with_a_realistic_environment(static_root):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=environment(
            static_root,
            REDIS_URL="redis://127.0.0.1:6379/1",
            WAGTAILADMIN_BASE_URL="https://polres.example.id",
        ),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr


def test_complaint_receipt_has_every_security_header_and_is_never_stored(site_tree, static_root):
    from tests.forms.conftest import build_complaint_setup

    setup = build_complaint_setup(site_tree)
    env = environment(static_root, COMPLAINT_MIN_FILL_SECONDS="0")
    with gunicorn(env) as base_url:
        status, headers, form_html = fetch(f"{base_url}/pengaduan/")
        assert status == 200
        cookies = "; ".join(c.split(";", 1)[0] for c in headers.get_all("Set-Cookie"))

        def hidden(name):
            return re.search(rf'name="{name}" value="([^"]*)"', form_html).group(1)

        body = urllib.parse.urlencode(
            {
                "csrfmiddlewaretoken": hidden("csrfmiddlewaretoken"),
                "form_started": hidden("form_started"),
                "submission_token": hidden("submission_token"),
                "category": setup.category_a.pk,
                "district": setup.district.pk,
                "description": "Sepeda motor saya hilang di parkiran pasar kemarin sore.",
                "reporter_mode": "anonymous",
                "consent": "on",
            }
        ).encode()
        request = urllib.request.Request(
            f"{base_url}/pengaduan/",
            data=body,
            headers={
                "X-Forwarded-Proto": "https",
                "Host": "127.0.0.1",
                "Referer": "https://127.0.0.1/pengaduan/",
                "Cookie": cookies,
            },
        )
        with urllib.request.urlopen(request, timeout=10) as response:
            receipt, headers = response.read().decode(), response.headers
    assert 'id="nomor-pengaduan"' in receipt
    assert headers["Strict-Transport-Security"].startswith("max-age=31536000")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert "geolocation=()" in headers["Permissions-Policy"]
    # Stricter than elsewhere: the receipt carries the private tracking link, so no address
    # leaves it, only the origin (its own form, the link by email, needs that for CSRF).
    assert headers["Referrer-Policy"] == "strict-origin"
    assert "no-store" in headers["Cache-Control"]
    assert headers["X-Frame-Options"] == "DENY"
