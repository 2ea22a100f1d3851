"""Sign-in lockouts behind a real nginx, with the proxy headers of site/nginx/polres.conf.

Each client connects to nginx from its own loopback address (127.0.0.2, 127.0.0.3, ...), so
nginx sees it as production's nginx sees a citizen. gunicorn runs the fast test settings (quick
password hashing) on the test database, which must therefore be PostgreSQL: another process
cannot open the in-memory SQLite database of the test run.
"""

import contextlib
import http.client
import re
import shutil
import subprocess
import time
import urllib.parse

import pytest

from tests.servers import ROOT, free_port, gunicorn, needs_postgresql
from tests.servers import production_environment as environment

NGINX = shutil.which("nginx") or "/usr/sbin/nginx"
PASSWORD = "kata-sandi-yang-panjang-2026"
LOCKED = "Masuk sementara dikunci"

pytestmark = [pytest.mark.django_db(transaction=True), needs_postgresql]


def proxy_directives():
    """The `proxy_*` lines of the site's `location /`, with `$scheme` fixed to https: TLS ends
    at this nginx in production, and the test speaks plain HTTP to it."""
    conf = (ROOT / "site" / "nginx" / "polres.conf").read_text()
    block = re.search(r"\n    location / \{\n(.*?)\n    \}", conf, re.DOTALL).group(1)
    lines = [line.strip() for line in block.splitlines() if line.strip().startswith("proxy_")]
    lines = [line for line in lines if not line.startswith("proxy_pass")]
    return "\n".join(line.replace("$scheme", "https") for line in lines)


@contextlib.contextmanager
def nginx(app_url, directory):
    port = free_port()
    conf = directory / "nginx.conf"
    conf.write_text(
        f"""
daemon off;
worker_processes 1;
pid {directory}/nginx.pid;
error_log {directory}/error.log warn;
events {{ worker_connections 64; }}
http {{
    access_log off;
    client_body_temp_path {directory}/body;
    proxy_temp_path {directory}/proxy;
    fastcgi_temp_path {directory}/fastcgi;
    uwsgi_temp_path {directory}/uwsgi;
    scgi_temp_path {directory}/scgi;
    upstream polres_app {{ server {app_url.removeprefix("http://")}; keepalive 16; }}
    server {{
        listen 127.0.0.1:{port};
        # Its workers may not write below the test's private temporary folder: buffer in memory.
        proxy_max_temp_file_size 0;
        location / {{
            proxy_pass http://polres_app;
            {proxy_directives()}
        }}
    }}
}}
"""
    )
    server = subprocess.Popen([NGINX, "-c", str(conf), "-p", str(directory)])
    try:
        deadline = time.monotonic() + 10
        while send(port, "127.0.0.1", "GET", "/healthz/", attempt=True) is None:
            if time.monotonic() > deadline or server.poll() is not None:
                raise RuntimeError((directory / "error.log").read_text())
            time.sleep(0.1)
        yield port
    finally:
        server.terminate()
        server.wait(timeout=10)


def send(port, source, method, path, body=None, headers=None, attempt=False):
    """(status, headers, body) of one request to nginx from the loopback address `source`."""
    connection = http.client.HTTPConnection(
        "127.0.0.1", port, source_address=(source, 0), timeout=10
    )
    try:
        headers = {"Host": "127.0.0.1", **(headers or {})}
        connection.request(method, path, body=body, headers=headers)
        response = connection.getresponse()
        return response.status, response.headers, response.read().decode()
    except OSError:
        if attempt:
            return None
        raise
    finally:
        connection.close()


class Browser:
    """One person at one address: keeps cookies, sends the sign-in form as a browser would."""

    def __init__(self, port, source, forwarded_for=None):
        self.port, self.source, self.forwarded_for = port, source, forwarded_for
        self.cookies = {}

    def request(self, method, path, body=None, headers=None):
        headers = dict(headers or {})
        if self.cookies:
            headers["Cookie"] = "; ".join(f"{k}={v}" for k, v in self.cookies.items())
        if self.forwarded_for:
            headers["X-Forwarded-For"] = self.forwarded_for()
        status, response_headers, html = send(self.port, self.source, method, path, body, headers)
        for cookie in response_headers.get_all("Set-Cookie") or []:
            name, value = cookie.split(";", 1)[0].split("=", 1)
            self.cookies[name] = value
        return status, html

    def sign_in(self, username, password):
        _status, html = self.request("GET", "/admin/login/")
        token = re.search(r'name="csrfmiddlewaretoken" value="([^"]+)"', html).group(1)
        body = urllib.parse.urlencode(
            {"csrfmiddlewaretoken": token, "username": username, "password": password}
        )
        return self.request(
            "POST",
            "/admin/login/",
            body,
            {
                "Content-Type": "application/x-www-form-urlencoded",
                "Referer": "https://127.0.0.1/admin/login/",
            },
        )


@pytest.fixture
def site_behind_nginx(site_tree, django_user_model, tmp_path):
    django_user_model.objects.create_superuser("redaksi", "redaksi@example.id", PASSWORD)
    env = environment(
        tmp_path,
        DJANGO_SETTINGS_MODULE="config.settings.test",
        PROXY_COUNT="1",
        WAGTAIL_2FA_REQUIRED="0",
    )
    with gunicorn(env) as app_url, nginx(app_url, tmp_path) as port:
        yield port


def test_ten_failed_sign_ins_from_one_address_do_not_lock_out_staff_elsewhere(
    site_behind_nginx,
):
    attacker = Browser(site_behind_nginx, "127.0.0.2")
    for attempt in range(10):
        attacker.sign_in("admin", f"tebakan-{attempt}")
    status, html = attacker.sign_in("admin", "tebakan-lagi")
    assert status == 429
    assert LOCKED in html

    status, html = Browser(site_behind_nginx, "127.0.0.3").sign_in("redaksi", PASSWORD)
    assert LOCKED not in html
    assert status == 302


def test_a_client_cannot_escape_the_lockout_with_its_own_forwarded_for_header(
    site_behind_nginx,
):
    invented = iter(f"203.0.113.{number}" for number in range(1, 100))
    attacker = Browser(site_behind_nginx, "127.0.0.2", forwarded_for=lambda: next(invented))
    for attempt in range(10):
        # A new user name each time, so only the address can tie the attempts together.
        attacker.sign_in(f"tebak-{attempt}", "salah")
    status, html = attacker.sign_in("redaksi", PASSWORD)
    assert status == 429
    assert LOCKED in html

    assert Browser(site_behind_nginx, "127.0.0.3").sign_in("redaksi", PASSWORD)[0] == 302
