"""A citizen on a 360 px phone finds the SKCK procedure through the menu and through search,
reads the requirements and the steps, and no page scrolls sideways."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def assert_no_sideways_scroll(page):
    page.wait_for_load_state()  # a click may still be navigating
    width = page.evaluate("document.documentElement.scrollWidth")
    assert width <= 360, f"{page.url} is {width}px wide"


def assert_reads_requirements_and_steps(page):
    expect(page.get_by_role("heading", level=1)).to_have_text(
        "Surat Keterangan Catatan Kepolisian (SKCK)"
    )
    expect(page.get_by_role("heading", name="Persyaratan")).to_be_visible()
    expect(page.get_by_text("Fotokopi KTP.")).to_be_visible()
    steps = page.locator("ol.steps > li")
    expect(steps).to_have_count(2)
    expect(steps.first).to_contain_text("Serahkan berkas persyaratan")
    assert_no_sideways_scroll(page)


def test_citizen_finds_skck_through_the_menu(phone_page, searchable_pages):
    phone_page.goto("/")
    assert_no_sideways_scroll(phone_page)
    phone_page.get_by_role("navigation", name="Menu utama").get_by_role(
        "link", name="Layanan"
    ).click()
    assert_no_sideways_scroll(phone_page)
    phone_page.get_by_role("link", name="Surat Keterangan Catatan Kepolisian (SKCK)").click()
    assert_reads_requirements_and_steps(phone_page)


def test_citizen_finds_skck_through_search(phone_page, searchable_pages):
    phone_page.goto("/")
    phone_page.get_by_role("link", name="Pencarian").click()
    phone_page.get_by_label("Apa yang Anda cari?").fill("skck")
    phone_page.get_by_role("button", name="Pencarian").click()
    assert_no_sideways_scroll(phone_page)
    results = phone_page.locator("ol.search-results")
    expect(results.locator("mark").first).to_have_text("SKCK")
    results.get_by_role("link", name="Surat Keterangan Catatan Kepolisian (SKCK)").click()
    assert_reads_requirements_and_steps(phone_page)


SEARCHES = [
    ("skck", "Surat Keterangan Catatan Kepolisian (SKCK)"),
    ("kehilangan", "Surat Keterangan Tanda Lapor Kehilangan"),
    # Stemmed on both databases (PySastrawi): "mengadukan" and "pengaduan" share "adu".
    ("mengadukan", "Layanan Pengaduan Online Dibuka"),
]


@pytest.mark.parametrize(("term", "expected"), SEARCHES)
def test_search_terms_find_the_relevant_page(phone_page, searchable_pages, term, expected):
    phone_page.goto(f"/cari/?q={term}")
    expect(
        phone_page.locator("ol.search-results").get_by_role("link", name=expected)
    ).to_be_visible()


@pytest.mark.parametrize(
    "path",
    [
        "/layanan/",
        "/layanan/skck/",
        "/satuan/?kecamatan=1",
        "/berita/",
        "/berita/operasi-keselamatan/",
        "/kampanye/",
        "/kampanye/selamat-sampai-tujuan/",
        "/cari/?q=skck",
        "/en/layanan/skck/",
    ],
)
def test_public_pages_fit_a_360_pixel_phone(phone_page, searchable_pages, path):
    phone_page.goto(path)
    assert_no_sideways_scroll(phone_page)
