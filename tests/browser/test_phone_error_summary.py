"""A citizen on a 360 px phone sends the complaint form with answers missing: the page comes
back with an error summary on the first screen, focused, that names the photo to choose again
and whose links lead to the fields."""

import pytest
from playwright.sync_api import expect

from tests.forms.conftest import build_complaint_setup, png_bytes

pytestmark = pytest.mark.browser


def test_failed_submission_on_a_phone_shows_a_focused_summary_with_links_to_the_fields(
    phone_page, site_tree
):
    build_complaint_setup(site_tree)
    page = phone_page
    page.goto("/pengaduan/")
    page.fill("textarea[name=description]", "Sepeda motor saya hilang di parkiran pasar kemarin.")
    page.set_input_files(
        "[name=attachments]",
        files=[{"name": "foto-motor.png", "mimeType": "image/png", "buffer": png_bytes()}],
    )
    page.get_by_role("button", name="Kirim pengaduan").click()

    summary = page.get_by_role("alert").filter(has_text="Perbaiki jawaban")
    expect(summary).to_be_focused()
    top = summary.bounding_box()["y"]
    assert 0 <= top < 740, f"the summary starts {top}px down"
    expect(summary.get_by_role("heading")).to_be_in_viewport()
    expect(summary).to_contain_text("foto-motor.png")
    assert page.evaluate("document.documentElement.scrollWidth") <= 360

    summary.get_by_role("link", name="Tentang apa pengaduan Anda?").click()
    category = page.locator("[name=category]")
    expect(category).to_be_focused()
    expect(category).to_be_in_viewport()
    summary.get_by_role("link", name="foto-motor.png").click()
    expect(page.locator("[name=attachments]")).to_be_focused()
