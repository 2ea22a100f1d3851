"""The site as production runs it: gunicorn, production settings, PostgreSQL, hashed static files.

Requests carry `X-Forwarded-Proto: https`, as nginx sends them. These tests need the test
database to be PostgreSQL (production refuses anything else), so on SQLite they do not run.
"""

import os
import re
import secrets
import socket
import subprocess
import sys
import time
import urllib.error
import urllib.request
from pathlib import Path

import pytest
from django.conf import settings
from django.db import connection

pytestmark = [
    pytest.mark.django_db(transaction=True),
    pytest.mark.skipif(
        not os.environ.get("DATABASE_URL", "").startswith("postgres"),
        reason="production settings run on PostgreSQL only",
    ),
]

ROOT = Path(settings.BASE_DIR)


def production_environment(static_root):
    db = connection.settings_dict
    return {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "config.settings.production",
        "SECRET_KEY": secrets.token_urlsafe(50),
        "ALLOWED_HOSTS": "127.0.0.1",
        "DATABASE_URL": (
            f"postgres://{db['USER']}@{db['HOST'] or '127.0.0.1'}:{db['PORT'] or 5432}/{db['NAME']}"
        ),
        "STATIC_ROOT": str(static_root),
        "GUNICORN_WORKERS": "1",
    }


def free_port():
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture(scope="module")
def static_root(tmp_path_factory):
    root = tmp_path_factory.mktemp("static")
    subprocess.run(
        [sys.executable, "manage.py", "collectstatic", "--noinput", "-v0"],
        cwd=ROOT,
        env=production_environment(root),
        check=True,
    )
    return root


@pytest.fixture
def production_server(site_tree, static_root):
    """A fresh gunicorn per test: each keeps its own memory cache of the page tree, which
    would go stale when the test database is flushed between tests."""
    port = free_port()
    env = production_environment(static_root) | {"GUNICORN_BIND": f"127.0.0.1:{port}"}
    server = subprocess.Popen(
        [sys.executable, "-m", "gunicorn", "config.wsgi", "-c", "site/gunicorn.conf.py"],
        cwd=ROOT,
        env=env,
    )
    base_url = f"http://127.0.0.1:{port}"
    try:
        deadline = time.monotonic() + 30
        while True:
            try:
                urllib.request.urlopen(f"{base_url}/healthz/", timeout=5)
                break
            except OSError:
                if time.monotonic() > deadline or server.poll() is not None:
                    raise
                time.sleep(0.2)
        yield base_url
    finally:
        server.terminate()
        server.wait(timeout=10)


def fetch(url):
    request = urllib.request.Request(url, headers={"X-Forwarded-Proto": "https"})
    try:
        with urllib.request.urlopen(request, timeout=5) as response:
            return response.status, response.headers
    except urllib.error.HTTPError as error:
        return error.code, error.headers


def assert_security_headers(headers):
    assert headers["Strict-Transport-Security"] == ("max-age=31536000; includeSubDomains; preload")
    assert "default-src 'self'" in headers["Content-Security-Policy"]
    assert headers["X-Content-Type-Options"] == "nosniff"
    assert headers["Referrer-Policy"] == "strict-origin-when-cross-origin"
    assert "geolocation=()" in headers["Permissions-Policy"]


def test_public_page_has_every_security_header(production_server):
    status, headers = fetch(f"{production_server}/")
    assert status == 200
    assert_security_headers(headers)
    assert headers["X-Frame-Options"] == "DENY"
    assert "'unsafe-inline'" not in headers["Content-Security-Policy"]


def test_admin_login_has_every_security_header_and_is_never_cached(production_server):
    status, headers = fetch(f"{production_server}/admin/login/")
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
    request = urllib.request.Request(
        f"{production_server}/", headers={"X-Forwarded-Proto": "https"}
    )
    html = urllib.request.urlopen(request, timeout=5).read().decode()
    stylesheet = re.search(r'href="(/static/css/site\.[0-9a-f]{12}\.css)"', html).group(1)
    status, headers = fetch(f"{production_server}{stylesheet}")
    assert status == 200
    assert "immutable" in headers["Cache-Control"]
    assert "max-age=315360000" in headers["Cache-Control"]


def test_deploy_checks_pass_with_a_realistic_environment(static_root):
    result = subprocess.run(
        [sys.executable, "manage.py", "check", "--deploy", "--fail-level", "WARNING"],
        cwd=ROOT,
        env=production_environment(static_root),
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
