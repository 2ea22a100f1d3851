"""On a 360 px phone an anonymous reporter, asked a question by the officer, answers it with a
photo from the tracking page; axe finds nothing to fix in the question's state or after it."""

import time

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from forms.models import Attachment, Notification, ReporterMessage, Status
from tests.factories.complaints import ComplaintFactory
from tests.forms.conftest import build_complaint_setup, png_bytes

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
QUESTION = "Di sisi mana motor Anda diparkir? Kirimkan foto lokasinya bila ada."
ANSWER = "Di sisi timur parkiran, dekat pintu masuk toko emas. Fotonya saya lampirkan."


def test_an_anonymous_reporter_answers_a_question_with_a_photo_on_a_phone(
    phone_page, site_tree, settings, tmp_path
):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.COMPLAINT_MIN_FILL_SECONDS = 1
    setup = build_complaint_setup(site_tree)
    complaint = ComplaintFactory(
        page=setup.page,
        category=setup.category_a,
        reporter_mode="anonymous",
        name="",
        phone="",
        email="",
    )
    complaint.change_status(Status.VERIFIED, user=None)
    complaint.change_status(Status.CLARIFICATION, user=None, reason=QUESTION)
    page = phone_page
    axe = Axe()

    page.goto(setup.page.tracking_url(complaint.tracking_code))
    assert "kode=" not in page.url  # the code moved into the cookie
    expect(page.locator("#status-pengaduan")).to_have_text("Perlu klarifikasi")
    expect(page.locator("#klarifikasi")).to_contain_text(QUESTION)
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_role("link", name="Jawab pertanyaan").click()
    time.sleep(1.1)  # a person takes longer than the form's minimum
    page.get_by_label("Pesan Anda").fill(ANSWER)
    page.get_by_label("Foto atau dokumen (tidak wajib)").set_input_files(
        files=[{"name": "lokasi.png", "mimeType": "image/png", "buffer": png_bytes()}]
    )
    page.get_by_role("button", name="Kirim pesan").click()

    expect(page.locator("#pesan-terkirim")).to_be_visible()
    expect(page.locator("#status-pengaduan")).to_have_text("Diverifikasi")
    expect(page.locator("#percakapan")).to_contain_text(ANSWER)
    expect(page.locator("#percakapan")).to_contain_text("lokasi.png")
    assert "kode=" not in page.url
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()

    message = ReporterMessage.objects.get()
    assert message.body == ANSWER
    assert Attachment.objects.get(message=message).content_type == "image/png"
    (email,) = Notification.objects.filter(kind="message")
    assert ANSWER not in email.body
