"""The receipt a reporter keeps: a QR code of the tracking link drawn by the site, a print
layout, the link emailed again on request, and a new code for a lost one that tells nobody
whether an address is known."""

import io
import logging
import re

import cairosvg
import pytest
import zxingcpp
from django.contrib.staticfiles import finders
from django.core import mail
from PIL import Image

from forms import outbox
from forms.models import AuditEntry, Complaint, Notification

from .conftest import valid_data

pytestmark = pytest.mark.django_db

CODE = re.compile(r'<p class="receipt-card__code">[^<]*<code>([A-Z2-7-]+)</code>')
QR = re.compile(r"<svg [^>]*receipt-qr__code.*?</svg>", re.DOTALL)
CSRF = re.compile(r'<input type="hidden" name="csrfmiddlewaretoken" value="[^"]+">')


def send(client, setup, **fields):
    """A complaint sent through the form: the receipt's HTML and the tracking code on it."""
    response = client.post(setup.url, valid_data(setup, **fields))
    assert response.status_code == 200
    html = response.content.decode()
    return html, CODE.search(html).group(1)


def delivered(notification):
    """The worker's part: send the row through the outbox, as it would."""
    assert outbox.deliver(notification.pk) == "sent"
    return mail.outbox[-1]


def decode_qr(svg):
    png = cairosvg.svg2png(bytestring=svg.encode(), output_width=400)
    return [result.text for result in zxingcpp.read_barcodes(Image.open(io.BytesIO(png)))]


def test_the_receipt_shows_a_qr_code_that_decodes_to_the_tracking_link(client, setup):
    html, code = send(client, setup)
    svg = QR.search(html).group(0)
    assert decode_qr(svg) == [setup.page.full_tracking_url(code)]
    assert f'href="{setup.page.tracking_url(code)}"' in html
    assert 'role="img"' in svg and "<title>Kode QR tautan lacak Anda</title>" in svg
    # Drawn in the page: no image request anywhere else, no file on disk.
    assert "<img" not in html and "xlink:href" not in svg


def test_the_receipt_holding_the_code_is_never_cached_nor_sent_on_as_a_referrer(client, setup):
    response = client.post(setup.url, valid_data(setup))
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "strict-origin"  # the origin, never a path


def test_the_receipt_links_a_print_stylesheet_and_a_print_button_hidden_without_script(
    client, setup
):
    html, _code = send(client, setup)
    assert '<link rel="stylesheet" href="/static/forms/receipt.css">' in html
    assert '<script src="/static/forms/receipt.js" defer></script>' in html
    assert re.search(r"<button [^>]*data-print-receipt hidden>Cetak tanda terima</button>", html)
    assert "simpan sebagai PDF" in html  # the hint for a browser without script

    stylesheet = open(finders.find("forms/receipt.css")).read()  # noqa: SIM115
    printed = stylesheet[stylesheet.index("@media print") :]
    for hidden in (".site-header", ".site-footer", ".emergency-bar", ".breadcrumbs"):
        assert hidden in printed
    assert ".receipt-qr__code { width: 40mm; }" in printed
    script = open(finders.find("forms/receipt.js")).read()  # noqa: SIM115
    assert "window.print()" in script and "button.hidden = false" in script
    assert client.get("/static/forms/receipt.css").status_code == 200


def test_the_reporter_emails_the_link_to_themselves_once_through_the_outbox(client, setup):
    html, code = send(client, setup)
    action = re.search(r'<form method="post" action="([^"]+)">', html).group(1)
    assert "kode" not in action  # the code travels in the body, never in the address
    before = Notification.objects.count()

    response = client.post(action, {"kode": code})
    again = client.post(action, {"kode": code})  # a double click or a refresh

    assert response.status_code == again.status_code == 200
    assert "tautan lacak sedang dikirim ke alamat email" in response.content.decode()
    assert CODE.search(response.content.decode()).group(1) == code  # the receipt stays on screen
    (link,) = Notification.objects.filter(kind="link")
    assert Notification.objects.count() == before + 1
    assert link.recipients == "budi@example.com"
    assert code not in link.body and code not in link.subject  # sealed until sent
    email = delivered(link)
    assert email.to == ["budi@example.com"]
    assert setup.page.full_tracking_url(code) in email.body
    assert Notification.objects.get(kind="link").sealed_tracking_url == ""


def test_emailing_the_link_is_refused_in_indonesian_past_the_limit(client, setup, settings):
    settings.COMPLAINT_LINK_EMAIL_COMPLAINT_RATE_LIMIT = "1/d"
    _html, code = send(client, setup)
    action = setup.page.url + "lacak/kirim-tautan/"
    client.post(action, {"kode": code})
    Notification.objects.filter(kind="link").update(state="sent")

    response = client.post(action, {"kode": code})

    assert response.status_code == 429
    assert int(response["Retry-After"]) > 0
    body = response.content.decode()
    assert "Tautan sudah beberapa kali dikirim ke email, jadi pengiriman kami hentikan" in body
    assert CODE.search(body).group(1) == code
    assert Notification.objects.filter(kind="link").count() == 1


def test_emailing_the_link_with_a_wrong_code_sends_nothing(client, setup):
    send(client, setup)
    response = client.post(setup.page.url + "lacak/kirim-tautan/", {"kode": "AAAA-BBBB"})
    assert response.status_code == 404
    assert not Notification.objects.filter(kind="link").exists()
    assert client.get(setup.page.url + "lacak/kirim-tautan/").status_code == 302


def test_a_reporter_without_an_address_is_not_offered_the_email(client, setup):
    html, code = send(client, setup, email="")
    assert "kirim-tautan" not in html
    response = client.post(setup.page.url + "lacak/kirim-tautan/", {"kode": code})
    assert response.status_code == 400
    assert not Notification.objects.filter(kind="link").exists()


def ask_for_a_new_code(client, setup, email, reference=""):
    return client.post(
        setup.page.url + "lacak/kode-hilang/", {"email": email, "reference": reference}, follow=True
    )


def test_the_tracking_page_offers_a_new_code_for_a_lost_one(client, setup):
    html = client.get(setup.page.url + "lacak/").content.decode()
    assert 'href="/pengaduan/lacak/kode-hilang/"' in html
    form = client.get(setup.page.url + "lacak/kode-hilang/")
    assert form.status_code == 200
    assert 'name="email"' in form.content.decode()


def test_a_lost_code_request_answers_the_same_for_a_known_and_an_unknown_address(
    client, setup, caplog
):
    _html, old_code = send(client, setup)
    complaint = Complaint.objects.get()
    caplog.set_level(logging.DEBUG)
    before = Notification.objects.count()

    known = ask_for_a_new_code(client, setup, "Budi@Example.com")
    unknown = ask_for_a_new_code(client, setup, "orang-lain@example.com")

    assert known.redirect_chain == unknown.redirect_chain
    assert known.status_code == unknown.status_code == 200
    assert CSRF.sub("", known.content.decode()) == CSRF.sub("", unknown.content.decode())
    assert "tautan lacak baru untuk pengaduan itu sedang dikirim" in known.content.decode()
    assert "budi@example.com" not in caplog.text.lower()
    assert "orang-lain" not in caplog.text

    (link,) = Notification.objects.filter(kind="link")
    assert Notification.objects.count() == before + 1
    email = delivered(link)
    assert email.to == ["budi@example.com"]
    new_url = re.search(r"http://\S+\?kode=(\S+)", email.body)
    new_code = new_url.group(1)
    assert new_code != old_code
    assert "Kode lama tidak berlaku lagi" in email.body

    assert (
        "Tidak ada pengaduan"
        in client.get(setup.page.tracking_url(old_code), follow=True).content.decode()
    )
    works = client.get(setup.page.tracking_url(new_code), follow=True).content.decode()
    assert complaint.reference in works
    entry = AuditEntry.objects.get(action=AuditEntry.Action.CODE_REISSUED)
    assert entry.complaint == complaint and entry.detail == ""


def test_a_lost_code_request_with_another_reference_renews_nothing(client, setup):
    _html, old_code = send(client, setup)
    answer = ask_for_a_new_code(client, setup, "budi@example.com", reference="ADU-1999-00001")
    assert answer.status_code == 200
    assert not Notification.objects.filter(kind="link").exists()
    assert client.get(setup.page.tracking_url(old_code), follow=True).status_code == 200
    assert (
        "Tidak ada pengaduan"
        not in client.get(setup.page.tracking_url(old_code), follow=True).content.decode()
    )

    ask_for_a_new_code(
        client, setup, "budi@example.com", reference=Complaint.objects.get().reference
    )
    assert Notification.objects.filter(kind="link").count() == 1


def test_a_pending_receipt_email_carries_the_new_link_rather_than_the_dead_one(client, setup):
    _html, old_code = send(client, setup)
    ask_for_a_new_code(client, setup, "budi@example.com")
    email = delivered(Notification.objects.get(kind="receipt"))
    assert old_code not in email.body
    assert "?kode=" in email.body


def test_lost_code_requests_are_limited_per_address_whether_or_not_it_is_known(
    client, setup, settings
):
    settings.COMPLAINT_LOST_CODE_ADDRESS_RATE_LIMIT = "1/d"
    send(client, setup)
    for address in ("budi@example.com", "orang-lain@example.com"):
        assert ask_for_a_new_code(client, setup, address).status_code == 200
    known = ask_for_a_new_code(client, setup, "budi@example.com")
    unknown = ask_for_a_new_code(client, setup, "orang-lain@example.com")
    assert known.status_code == unknown.status_code == 429

    # The same page but for the typed address and the wait: django-ratelimit staggers each
    # key's window by the key itself, never by whether the address is known.
    def page(response, address):
        html = CSRF.sub("", response.content.decode()).replace(address, "X")
        return re.sub(r"coba lagi dalam [^.]+\.", "", html)

    assert page(known, "budi@example.com") == page(unknown, "orang-lain@example.com")
    assert "Silakan coba lagi dalam" in known.content.decode()
    assert Notification.objects.filter(kind="link").count() == 1


def test_lost_code_requests_are_limited_per_connection(client, setup, settings):
    settings.COMPLAINT_LOST_CODE_RATE_LIMIT = "2/h"
    for number in range(2):
        assert ask_for_a_new_code(client, setup, f"warga{number}@example.com").status_code == 200
    assert ask_for_a_new_code(client, setup, "warga9@example.com").status_code == 429


def test_a_lost_code_request_with_a_bad_address_keeps_what_was_typed(client, setup):
    response = client.post(
        setup.page.url + "lacak/kode-hilang/", {"email": "bukan-alamat", "reference": "ADU-2026"}
    )
    assert response.status_code == 400
    html = response.content.decode()
    assert 'value="bukan-alamat"' in html and 'value="ADU-2026"' in html
    assert "Masukkan alamat email yang valid" in html
