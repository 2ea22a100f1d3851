"""A citizen on a phone reads the site in Indonesian and switches to English."""

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_citizen_opens_the_home_page_in_indonesian_and_switches_to_english(phone_page, live_server):
    phone_page.goto("/")
    expect(phone_page.locator("html")).to_have_attribute("lang", "id")
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Beranda Uji")
    expect(phone_page.get_by_role("link", name="110").first).to_be_visible()

    phone_page.get_by_role("link", name="English").click()

    expect(phone_page).to_have_url(f"{live_server.url}/en/")
    expect(phone_page.locator("html")).to_have_attribute("lang", "en")
    expect(phone_page.get_by_role("heading", level=1)).to_have_text("Test Home")


def test_home_page_fits_a_360_pixel_phone_without_sideways_scrolling(phone_page):
    phone_page.goto("/")
    scroll_width = phone_page.evaluate("document.documentElement.scrollWidth")
    assert scroll_width <= 360


def test_skip_link_appears_on_keyboard_focus_and_moves_to_the_content(phone_page):
    phone_page.goto("/")
    phone_page.keyboard.press("Tab")
    skip_link = phone_page.get_by_role("link", name="Langsung ke isi utama")
    expect(skip_link).to_be_focused()
    expect(skip_link).to_be_in_viewport()
    skip_link.press("Enter")
    expect(phone_page).to_have_url(phone_page.url.split("#")[0] + "#konten")
