"""Abuse protection: reCAPTCHA when configured, honeypot, minimum fill time, per-IP limit."""

import logging
import os
import subprocess
import sys
import time
from unittest import mock

import pytest
from django_recaptcha.client import RecaptchaResponse

from forms.forms import sign_start_time
from forms.models import Complaint

from .conftest import valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def captcha_on(settings):
    settings.COMPLAINT_CAPTCHA_ENABLED = True
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"


def test_without_keys_the_form_has_no_captcha(client, setup):
    html = client.get(setup.url).content.decode()
    assert "g-recaptcha" not in html
    assert client.post(setup.url, valid_data(setup)).status_code == 200
    assert Complaint.objects.count() == 1


def test_with_keys_the_form_shows_the_captcha(client, setup, captcha_on):
    html = client.get(setup.url).content.decode()
    assert "g-recaptcha" in html
    assert 'data-sitekey="public-test-key"' in html


def test_a_failed_captcha_check_stores_nothing(client, setup, captcha_on):
    data = valid_data(setup)
    data["g-recaptcha-response"] = "token-from-a-bot"
    with mock.patch(
        "django_recaptcha.client.submit",
        return_value=RecaptchaResponse(is_valid=False, error_codes=["invalid-input-response"]),
    ) as check:
        response = client.post(setup.url, data)
    assert check.called
    assert response.status_code == 200
    assert Complaint.objects.count() == 0


def test_a_passed_captcha_check_stores_the_complaint_but_not_the_token(client, setup, captcha_on):
    data = valid_data(setup)
    data["g-recaptcha-response"] = "token-from-a-person-123456"
    with mock.patch(
        "django_recaptcha.client.submit", return_value=RecaptchaResponse(is_valid=True)
    ):
        response = client.post(setup.url, data)
    assert 'id="nomor-pengaduan"' in response.content.decode()
    complaint = Complaint.objects.get()
    assert "token-from-a-person" not in str(Complaint.objects.values().get())
    assert "captcha" not in complaint.form_data


def test_the_honeypot_field_stops_bots(client, setup):
    response = client.post(setup.url, valid_data(setup, website="http://spam.example"))
    assert response.status_code == 200
    assert Complaint.objects.count() == 0


def test_a_form_sent_faster_than_a_person_can_fill_it_is_refused(client, setup):
    response = client.post(setup.url, valid_data(setup, form_started=sign_start_time()))
    assert response.status_code == 200
    assert "terlalu cepat" in response.content.decode()
    assert Complaint.objects.count() == 0


def test_a_forged_start_time_is_refused(client, setup):
    response = client.post(setup.url, valid_data(setup, form_started=str(time.time() - 600)))
    assert response.status_code == 200
    assert Complaint.objects.count() == 0


def test_the_complaint_over_the_limit_gets_a_friendly_429(client, setup, settings):
    settings.COMPLAINT_RATE_LIMIT = "5/h"
    for number in range(5):
        response = client.post(
            setup.url,
            valid_data(setup, description=f"Pengaduan ke-{number}: jalan rusak dan gelap."),
        )
        assert 'id="nomor-pengaduan"' in response.content.decode()
    response = client.post(
        setup.url, valid_data(setup, description="Pengaduan keenam: masih jalan yang sama.")
    )
    assert response.status_code == 429
    html = response.content.decode()
    assert "Mohon tunggu sebentar" in html
    assert "110" in html
    assert "no-store" in response["Cache-Control"]
    assert Complaint.objects.count() == 5


def test_the_limit_is_per_ip_address(client, setup, settings):
    settings.COMPLAINT_RATE_LIMIT = "1/h"
    client.post(setup.url, valid_data(setup), REMOTE_ADDR="10.0.0.1")
    other = client.post(
        setup.url,
        valid_data(setup, description="Tetangga saya melaporkan hal lain yang berbeda."),
        REMOTE_ADDR="10.0.0.2",
    )
    assert other.status_code == 200
    assert Complaint.objects.count() == 2


def test_the_rate_limit_comes_from_the_environment(monkeypatch):
    monkeypatch.setenv("COMPLAINT_RATE_LIMIT", "7/d")
    code = "from config.settings import base; print(base.COMPLAINT_RATE_LIMIT)"
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "7/d"
    monkeypatch.delenv("COMPLAINT_RATE_LIMIT")
    output = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True
    ).stdout
    assert output.strip() == "5/h"


def production_settings(**env):
    environment = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("RECAPTCHA", "COMPLAINT_CAPTCHA"))
    }
    environment.update(
        {
            "SECRET_KEY": "x" * 50,
            "ALLOWED_HOSTS": "polres.example.id",
            "DATABASE_URL": "postgres://polres@127.0.0.1:5432/polres",
            **env,
        }
    )
    return subprocess.run(
        [sys.executable, "-c", "import config.settings.production"],
        capture_output=True,
        text=True,
        env=environment,
    )


def test_production_refuses_to_start_without_captcha_keys():
    result = production_settings()
    assert result.returncode != 0
    assert "RECAPTCHA_PUBLIC_KEY" in result.stderr


def test_production_starts_with_keys_or_with_the_captcha_explicitly_disabled():
    assert production_settings(RECAPTCHA_PUBLIC_KEY="a", RECAPTCHA_PRIVATE_KEY="b").returncode == 0
    assert production_settings(COMPLAINT_CAPTCHA_DISABLED="1").returncode == 0


def test_development_without_keys_logs_a_warning(settings, caplog):
    from django.apps import apps

    settings.DEBUG = True
    settings.COMPLAINT_CAPTCHA_ENABLED = False
    with caplog.at_level(logging.WARNING, logger="forms"):
        apps.get_app_config("forms").ready()
    assert "reCAPTCHA is off" in caplog.text


def test_behind_nginx_the_limit_counts_each_client_and_ignores_invented_addresses(
    client, setup, settings
):
    settings.COMPLAINT_RATE_LIMIT = "1/h"
    settings.PROXY_COUNT = 1
    nginx = {"REMOTE_ADDR": "127.0.0.1"}
    client.post(setup.url, valid_data(setup), HTTP_X_FORWARDED_FOR="198.51.100.7", **nginx)
    again = client.post(
        setup.url,
        valid_data(setup, description="Orang yang sama mencoba lagi dengan alamat palsu."),
        HTTP_X_FORWARDED_FOR="203.0.113.1, 198.51.100.7",
        **nginx,
    )
    assert again.status_code == 429
    neighbour = client.post(
        setup.url,
        valid_data(setup, description="Tetangga saya melaporkan hal lain yang berbeda."),
        HTTP_X_FORWARDED_FOR="198.51.100.8",
        **nginx,
    )
    assert neighbour.status_code == 200
    assert Complaint.objects.count() == 2


@pytest.mark.parametrize(("rate", "seconds"), [("5/h", 3600), ("20/d", 86400), ("3/m", 60)])
def test_the_429_says_when_to_retry_from_the_configured_rate(
    client, setup, settings, rate, seconds
):
    settings.COMPLAINT_RATE_LIMIT = rate
    limit = int(rate.split("/")[0])
    for number in range(limit):
        client.post(
            setup.url, valid_data(setup, description=f"Pengaduan ke-{number}: lampu jalan mati.")
        )
    response = client.post(
        setup.url, valid_data(setup, description="Satu pengaduan lagi setelah batas tercapai.")
    )
    assert response.status_code == 429
    retry_after = int(response["Retry-After"])
    assert 0 < retry_after <= seconds
    if seconds != 3600:
        assert retry_after != 3600
    html = response.content.decode()
    assert "Silakan coba lagi dalam" in html
    assert "satu jam lagi" not in html
