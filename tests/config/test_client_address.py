"""One client address for sign-in lockouts and request logs, behind a proxy or without one.

Requests arrive as nginx forwards them: from its own address (REMOTE_ADDR 127.0.0.1) with the
client's address appended to X-Forwarded-For. tests/config/test_behind_nginx.py runs the same
journeys through a real nginx.
"""

import logging

import pytest

from config.request_log import JsonFormatter

pytestmark = pytest.mark.django_db

PASSWORD = "kata-sandi-yang-panjang-2026"
NGINX = "127.0.0.1"


@pytest.fixture
def behind_nginx(settings):
    settings.PROXY_COUNT = 1


def sign_in(client, username, password, forwarded_for):
    return client.post(
        "/admin/login/",
        {"username": username, "password": password},
        REMOTE_ADDR=NGINX,
        HTTP_X_FORWARDED_FOR=forwarded_for,
    )


def test_behind_nginx_failed_sign_ins_lock_out_only_the_client_that_made_them(
    client, django_user_model, behind_nginx
):
    django_user_model.objects.create_superuser("redaksi", "redaksi@example.id", PASSWORD)
    for attempt in range(10):
        sign_in(client, "admin", f"tebakan-{attempt}", "198.51.100.7")
    assert sign_in(client, "admin", "tebakan-lagi", "198.51.100.7").status_code == 429

    assert sign_in(client, "redaksi", PASSWORD, "203.0.113.20").status_code == 302


def test_behind_nginx_an_invented_forwarded_for_entry_does_not_escape_the_lockout(
    client, django_user_model, behind_nginx
):
    django_user_model.objects.create_superuser("redaksi", "redaksi@example.id", PASSWORD)
    for attempt in range(10):
        sign_in(client, f"tebak-{attempt}", "salah", f"203.0.113.{attempt}, 198.51.100.7")
    assert sign_in(client, "redaksi", PASSWORD, "203.0.113.99, 198.51.100.7").status_code == 429


def test_without_a_proxy_the_forwarded_for_header_is_ignored(client, django_user_model):
    django_user_model.objects.create_superuser("redaksi", "redaksi@example.id", PASSWORD)
    for attempt in range(10):
        sign_in(client, f"tebak-{attempt}", "salah", f"203.0.113.{attempt}")
    assert sign_in(client, "redaksi", PASSWORD, "203.0.113.99").status_code == 429


def test_the_request_log_keeps_the_client_network_and_never_the_address(
    client, caplog, behind_nginx
):
    caplog.set_level(logging.INFO, logger="polres.requests")
    client.get("/", REMOTE_ADDR=NGINX, HTTP_X_FORWARDED_FOR="203.0.113.99, 198.51.100.7")
    line = JsonFormatter().format(next(r for r in caplog.records if r.name == "polres.requests"))
    assert '"client_network": "198.51.100.0/24"' in line
    assert "198.51.100.7" not in line
    assert "203.0.113" not in line
