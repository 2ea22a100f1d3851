"""A reporter on a 360 px phone keeps the receipt: the print button works with script, the
printed receipt is one A5 page (and one A4 page) without header or footer, and the receipt and
the "lost your code?" pages have nothing axe would fix."""

import re

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from tests.forms.conftest import build_complaint_setup

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
DESCRIPTION = "Sepeda motor saya hilang di parkiran Pasar Sekayu kemarin sore pukul 16.00."

axe = Axe()


def pages_in(pdf):
    return len(re.findall(rb"/Type\s*/Page[^s]", pdf))


def test_the_receipt_prints_on_one_page_with_its_code_and_qr_code(phone_page, site_tree, settings):
    settings.COMPLAINT_MIN_FILL_SECONDS = 0
    build_complaint_setup(site_tree)
    page = phone_page
    page.goto("/pengaduan/")
    page.select_option("[name=category]", label="Laporan tindak pidana")
    page.fill("textarea[name=description]", DESCRIPTION)
    page.fill("[name=name]", "Budi Santoso")
    page.fill("[name=email]", "budi@example.com")
    page.check("[name=consent]")
    page.get_by_role("button", name="Kirim pengaduan").click()

    expect(page.locator("#nomor-pengaduan")).to_have_text(re.compile(r"ADU-\d{4}-\d{5}"))
    expect(page.get_by_role("button", name="Cetak tanda terima")).to_be_visible()
    expect(page.get_by_role("img", name="Kode QR tautan lacak Anda")).to_be_visible()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()

    page.emulate_media(media="print")
    for hidden in (".site-header", ".site-footer", ".emergency-bar", ".receipt-actions"):
        expect(page.locator(hidden)).to_be_hidden()
    for shown in ("#nomor-pengaduan", ".receipt-card__code", "#kode-qr", ".receipt-facts"):
        expect(page.locator(shown)).to_be_visible()
    assert pages_in(page.pdf(format="A5")) == 1
    assert pages_in(page.pdf(format="A4")) == 1

    page.emulate_media(media="screen")
    page.get_by_role("button", name="Kirim ulang tautan ke email saya").click()
    expect(page.get_by_role("status")).to_contain_text("tautan lacak sedang dikirim")


def test_the_lost_code_pages_have_nothing_axe_would_fix(phone_page, site_tree):
    build_complaint_setup(site_tree)
    page = phone_page
    page.goto("/pengaduan/lacak/")
    page.get_by_role("link", name="Kode hilang? Minta kode baru lewat email").click()
    expect(page).to_have_url(re.compile(r"/lacak/kode-hilang/$"))  # axe reads the new page
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_role("button", name="Kirimkan tautan baru kepada saya").click()
    expect(page.locator("#kesalahan")).to_be_visible()  # the address is required
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()

    page.get_by_label("Alamat email").fill("siapa.saja@example.com")
    page.get_by_role("button", name="Kirimkan tautan baru kepada saya").click()
    expect(page.locator("#kode-dikirim")).to_be_visible()
    results = axe.run(page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
