"""A citizen who sent a complaint comes back on a phone, finds the tracking page from the
footer of the home page and from the complaint form, enters the code and sees the status."""

import re

import pytest
from django.test import Client
from playwright.sync_api import expect

from tests.forms.conftest import build_complaint_setup, valid_data

pytestmark = pytest.mark.browser


def test_citizen_finds_the_tracking_page_from_footer_and_form_and_sees_the_status(
    phone_page, site_tree
):
    setup = build_complaint_setup(site_tree)
    receipt = Client().post(setup.url, valid_data(setup)).content.decode()
    code = re.search(r'id="tautan-lacak" href="[^"]*\?kode=([^"]+)"', receipt)[1]

    page = phone_page
    page.goto("/")
    page.locator(".site-footer").get_by_role("link", name="Lacak pengaduan").click()
    expect(page.get_by_role("heading", level=1)).to_have_text("Lacak pengaduan")
    page.goto("/pengaduan/")
    page.get_by_role("link", name="Lacak pengaduan yang sudah dikirim").click()
    page.get_by_label("Kode lacak").fill(code)
    page.get_by_role("button", name="Tampilkan status").click()
    expect(page.locator("#status-pengaduan")).to_have_text("Diterima")
