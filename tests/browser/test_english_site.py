"""A visitor reads the site in English and searches it, on a phone."""

import pytest
from django.core.management import call_command
from playwright.sync_api import expect

from home.models import InformationPage
from tests.factories import ServicePageFactory

pytestmark = pytest.mark.browser


def test_visitor_switches_a_service_to_english_and_is_told_when_a_page_has_no_english(
    phone_page, live_server, public_pages, site_tree
):
    local = InformationPage(title="Pengumuman Lokal", slug="pengumuman")
    site_tree.home.add_child(instance=local)
    local.save_revision().publish()

    phone_page.goto("/layanan/skck/")
    phone_page.get_by_role("link", name="English").click()
    expect(phone_page).to_have_url(f"{live_server.url}/en/layanan/skck/")
    expect(phone_page.get_by_role("heading", level=1)).to_have_text(
        "Police Clearance Certificate (SKCK)"
    )

    phone_page.goto("/pengumuman/")
    phone_page.get_by_role("link", name="English").click()
    expect(phone_page.locator("html")).to_have_attribute("lang", "en")
    expect(
        phone_page.get_by_role("status").filter(has_text="not available in English")
    ).to_be_visible()


def test_visitor_finds_a_service_by_another_form_of_its_word_and_keeps_it_in_english(
    phone_page, live_server, public_pages
):
    ServicePageFactory(
        parent=public_pages.services,
        title="Surat Keterangan Tanda Lapor Kehilangan",
        slug="surat-kehilangan",
    )
    call_command("update_index", verbosity=0)

    phone_page.goto("/cari/")
    phone_page.get_by_label("Apa yang Anda cari?").fill("hilang")
    phone_page.get_by_role("button", name="Pencarian").click()

    first = phone_page.locator(".search-results h2 a").first
    expect(first).to_have_attribute("href", "/layanan/surat-kehilangan/")
    phone_page.get_by_role("link", name="English").click()
    expect(phone_page).to_have_url(f"{live_server.url}/en/cari/?q=hilang")
