"""A citizen on a 360 px phone sends a complaint with a photo and follows it; a member of the
complaint staff changes its status and replies in the admin; the citizen sees both."""

import re

import pytest
from playwright.sync_api import expect

from tests.browser.staff import open_complaint_in_admin
from tests.forms.conftest import build_complaint_setup, make_staff, png_bytes, restore_groups

pytestmark = pytest.mark.browser

DESCRIPTION = "Sepeda motor saya hilang di parkiran Pasar Sekayu kemarin sore pukul 16.00."
REPLY = "Terima kasih. Petugas kami sudah memeriksa rekaman CCTV pasar."


@pytest.fixture
def complaint_site(site_tree, django_user_model, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    setup = build_complaint_setup(site_tree)
    restore_groups()
    staff = make_staff(
        django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a]
    )
    staff.set_password("sandi-petugas-uji-2026")
    staff.save()
    return setup


def test_citizen_complains_on_a_phone_and_follows_the_staff_answer(
    phone_page, browser, live_server, complaint_site
):
    page = phone_page
    page.goto("/pengaduan/")
    page.select_option("[name=category]", label="Laporan tindak pidana")
    page.fill("textarea[name=description]", DESCRIPTION)
    page.select_option("[name=district]", label="Sekayu")
    page.fill("[name=incident_location]", "Parkiran Pasar Sekayu")
    page.fill("[name=name]", "Budi Santoso")
    page.fill("[name=phone]", "0812 3456 7890")
    page.fill("[name=email]", "budi@example.com")
    page.set_input_files(
        "[name=attachments]",
        files=[{"name": "bukti.png", "mimeType": "image/png", "buffer": png_bytes()}],
    )
    page.check("[name=consent]")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.wait_for_timeout(3200)  # a person takes longer than the minimum fill time
    page.get_by_role("button", name="Kirim pengaduan").click()

    expect(page.locator("#nomor-pengaduan")).to_have_text(re.compile(r"ADU-\d{4}-\d{5}"))
    reference = page.locator("#nomor-pengaduan").inner_text()
    assert page.evaluate("document.documentElement.scrollWidth") <= 360
    page.locator("#tautan-lacak").click()
    expect(page.locator("#status-pengaduan")).to_have_text("Diterima")
    tracking_url = page.url

    staff = open_complaint_in_admin(
        browser, live_server, reference, "petugas", "sandi-petugas-uji-2026"
    )
    expect(staff.get_by_text("Budi Santoso")).to_be_visible()
    expect(staff.get_by_role("link", name=re.compile("bukti.png"))).to_be_visible()
    staff.select_option("[name=status]", label="Diverifikasi")
    staff.get_by_role("button", name="Ubah status").click()
    expect(staff.locator("#status-admin")).to_have_text("Diverifikasi")
    staff.fill("form[action$='/reply/'] [name=body]", REPLY)
    staff.get_by_role("button", name="Kirim balasan").click()
    expect(staff.get_by_text(REPLY)).to_be_visible()
    staff.context.close()

    page.goto(tracking_url)
    expect(page.locator("#status-pengaduan")).to_have_text("Diverifikasi")
    expect(page.get_by_text(REPLY)).to_be_visible()
    expect(page.get_by_text("Budi Santoso")).to_have_count(0)


def test_emergency_words_reveal_the_call_110_notice_while_typing(phone_page, complaint_site):
    phone_page.goto("/pengaduan/")
    notice = phone_page.locator("#pemberitahuan-darurat")
    expect(notice).to_be_hidden()
    phone_page.fill("textarea[name=description]", "Tolong, ada perampokan yang sedang terjadi!")
    expect(notice).to_be_visible()
    expect(notice.get_by_role("link", name="110")).to_be_visible()
