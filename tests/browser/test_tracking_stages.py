"""On a 360 px phone the reporter reads the stages of a closed complaint and asks for a review;
axe finds nothing to fix on the tracking page, in Indonesian and in English."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.factories.complaints import ComplaintFactory
from tests.forms.conftest import build_complaint_setup

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}


def test_reporter_reads_the_stages_and_asks_for_a_review_on_a_phone(phone_page, site_tree):
    setup = build_complaint_setup(site_tree)
    english = site_tree.home_en.locale
    setup.privacy.copy_for_translation(english).save_revision().publish()
    setup.page.copy_for_translation(english).save_revision().publish()
    complaint = ComplaintFactory(page=setup.page, category=setup.category_a)
    for status in ["verified", "in_progress", "resolved"]:
        complaint.change_status(status, user=None)
    page = phone_page
    axe = Axe()

    page.goto(f"/en/pengaduan/lacak/?kode={complaint.tracking_code}")
    expect(page.locator("#tahap-resolution")).to_contain_text("on time")
    english_results = axe.run(page, options=WCAG_21_AA)
    assert english_results.violations_count == 0, english_results.generate_report()

    page.goto(setup.page.tracking_url(complaint.tracking_code))
    for key in ["received", "first_response", "processing", "resolution"]:
        expect(page.locator(f"#tahap-{key}")).to_contain_text("Terpenuhi pada")
    reason = page.get_by_label("Mengapa pengaduan Anda perlu ditinjau ulang?")
    reason.fill("Belum puas.")
    page.get_by_role("button", name="Minta peninjauan ulang").click()
    expect(page.locator("#kesalahan")).to_contain_text("paling sedikit 20 karakter")
    expect(reason).to_have_value("Belum puas.")
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()

    reason.fill("Motor saya belum ditemukan, tetapi pengaduan ditutup tanpa penjelasan.")
    page.get_by_role("button", name="Minta peninjauan ulang").click()
    expect(page.locator("#status-pengaduan")).to_have_text("Ditinjau ulang")
    expect(page.locator("#tahap-review")).to_contain_text("10 hari kerja lagi")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
