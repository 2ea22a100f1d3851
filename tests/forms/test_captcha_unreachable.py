"""An unreachable reCAPTCHA service gives the form back with what was typed, never a 500.

The deployed site has no outbound network except SMTP, so Google's verification endpoint can
be refused, silent or broken. The first test fakes the client at its boundary; the others make
real connections to loopback ports that refuse or never answer.
"""

import logging
import socket
from urllib.error import URLError

import pytest
from django.utils.html import escape

from forms.models import Attachment, Complaint, Notification

from .conftest import png_bytes, upload, valid_data

pytestmark = pytest.mark.django_db

UNAVAILABLE = "Pemeriksaan keamanan tidak dapat dihubungi saat ini"
TYPED = {
    "description": "Dompet saya dicopet di angkot jurusan Sekayu pagi tadi, mohon ditindak.",
    "name": "Siti Rahmawati",
    "incident_location": "Halte depan Masjid Agung",
    "phone": "0813-2222-3333",
    "email": "siti.rahma@example.com",
}


@pytest.fixture
def captcha_on(settings):
    settings.COMPLAINT_CAPTCHA_ENABLED = True
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"
    return settings


def post_with_captcha(client, setup, **extra):
    data = valid_data(setup, **TYPED)
    data["g-recaptcha-response"] = "answer-token-from-the-widget-0123456789"
    data.update(extra)
    client.raise_request_exception = False
    return client.post(setup.url, data)


def assert_form_back_with_typed_text(response, private_media):
    assert response.status_code == 200
    html = response.content.decode()
    assert UNAVAILABLE in html
    for value in TYPED.values():
        assert escape(value) in html, value
    assert 'name="g-recaptcha-response"' in html or "g-recaptcha" in html
    assert Complaint.objects.count() == 0
    assert Attachment.objects.count() == 0
    assert Notification.objects.count() == 0
    assert not private_media.exists() or not any(private_media.rglob("*.*"))


def test_a_network_error_from_the_captcha_client_gives_the_form_back(
    client, setup, captcha_on, monkeypatch, private_media, caplog
):
    def unreachable(**kwargs):
        raise URLError(ConnectionRefusedError(111, "Connection refused"))

    monkeypatch.setattr("django_recaptcha.client.submit", unreachable)
    with caplog.at_level(logging.WARNING):
        response = post_with_captcha(client, setup)
    assert_form_back_with_typed_text(response, private_media)
    # The log says what failed, and nothing of what the citizen sent.
    assert "URLError" in caplog.text
    for value in [*TYPED.values(), "answer-token-from-the-widget"]:
        assert value not in caplog.text


def test_chosen_files_are_named_so_they_can_be_chosen_again(
    client, setup, captcha_on, monkeypatch, private_media
):
    def timed_out(**kwargs):
        raise TimeoutError("timed out")

    monkeypatch.setattr("django_recaptcha.client.submit", timed_out)
    response = post_with_captcha(
        client, setup, attachments=[upload("foto-kejadian.png", png_bytes())]
    )
    assert_form_back_with_typed_text(response, private_media)
    html = response.content.decode()
    start = html.index('id="isian-attachments"')
    block = html[start : html.index("</div>", start)]
    assert "foto-kejadian.png" in block
    assert "Pilih lagi" in block


@pytest.fixture
def refusing_port():
    """A loopback port that is bound but not listening: every connection is refused."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    yield sock.getsockname()[1]
    sock.close()


@pytest.fixture
def silent_port():
    """A loopback port that accepts connections and never answers."""
    sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM)
    sock.bind(("127.0.0.1", 0))
    sock.listen(8)
    yield sock.getsockname()[1]
    sock.close()


def test_no_route_to_the_captcha_service_gives_the_form_back(
    client, setup, captcha_on, refusing_port, private_media
):
    captcha_on.RECAPTCHA_DOMAIN = f"127.0.0.1:{refusing_port}"
    response = post_with_captcha(client, setup)
    assert_form_back_with_typed_text(response, private_media)


def test_a_captcha_service_that_never_answers_gives_the_form_back(
    client, setup, captcha_on, silent_port, private_media
):
    captcha_on.RECAPTCHA_DOMAIN = f"127.0.0.1:{silent_port}"
    captcha_on.RECAPTCHA_VERIFY_REQUEST_TIMEOUT = 1
    response = post_with_captcha(client, setup)
    assert_form_back_with_typed_text(response, private_media)


def test_the_citizens_address_is_not_sent_to_the_captcha_service(
    client, setup, captcha_on, monkeypatch
):
    sent = {}

    def submit(recaptcha_response, private_key, remoteip):
        sent["remoteip"] = remoteip
        raise URLError("no outbound network in this test")

    monkeypatch.setattr("django_recaptcha.client.submit", submit)
    post_with_captcha(client, setup, HTTP_X_FORWARDED_FOR="198.51.100.7", REMOTE_ADDR="203.0.113.9")
    assert sent == {"remoteip": ""}
