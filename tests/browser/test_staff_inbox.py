"""A supervisor in the complaint inbox: a possible emergency stands out and can be filtered
for, and the list downloads as a spreadsheet even with a complaint that names no district."""

import csv
import io
import re
from pathlib import Path

import pytest
from django.test import Client
from openpyxl import load_workbook
from playwright.sync_api import expect

from forms.models import Complaint
from tests.forms.conftest import build_complaint_setup, make_staff, restore_groups, valid_data

pytestmark = pytest.mark.browser

PASSWORD = "sandi-supervisor-uji-2026"
EMERGENCY = "Tetangga saya membawa parang dan mengancam warga saat ini juga di depan rumah."


@pytest.fixture
def inbox(site_tree, django_user_model, settings, tmp_path):
    """Two complaints sent through the form, one of them without a district, and a
    supervisor signed in to the admin."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    setup = build_complaint_setup(site_tree)
    restore_groups()
    citizen = Client()
    citizen.post(setup.url, valid_data(setup))
    citizen.post(setup.url, valid_data(setup, description=EMERGENCY, district=""))
    supervisor = make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan")
    supervisor.set_password(PASSWORD)
    supervisor.save()
    return Complaint.objects.get(emergency_suspected=True), Complaint.objects.get(
        emergency_suspected=False
    )


@pytest.fixture
def supervisor_page(browser, live_server, inbox):
    context = browser.new_context(base_url=live_server.url, accept_downloads=True)
    page = context.new_page()
    page.goto("/admin/login/")
    page.fill("[name=username]", "supervisor")
    page.fill("[name=password]", PASSWORD)
    page.get_by_role("button", name=re.compile("Masuk")).click()
    page.goto("/admin/pengaduan/kotak-masuk/")
    yield page
    context.close()


def test_a_possible_emergency_shows_in_the_inbox_and_the_filter_finds_it(supervisor_page, inbox):
    page = supervisor_page
    emergency, ordinary = inbox
    row = page.get_by_role("row").filter(has_text=emergency.reference)
    expect(row.get_by_text("Kemungkinan darurat")).to_be_visible()
    expect(
        page.get_by_role("row").filter(has_text=ordinary.reference).get_by_text("darurat")
    ).to_have_count(0)
    page.goto("/admin/pengaduan/kotak-masuk/?emergency_suspected=true")
    expect(page.get_by_role("link", name=emergency.reference)).to_be_visible()
    expect(page.get_by_role("link", name=ordinary.reference)).to_have_count(0)


def download(page, name):
    page.goto("/admin/pengaduan/kotak-masuk/")
    page.get_by_role("button", name="Tindakan", exact=True).click()
    with page.expect_download() as info:
        page.get_by_role("link", name=name).click()
    return Path(info.value.path()).read_bytes()


def test_a_supervisor_downloads_the_inbox_with_a_complaint_without_district(supervisor_page, inbox):
    references = sorted(complaint.reference for complaint in inbox)
    rows = list(csv.reader(io.StringIO(download(supervisor_page, "Unduh CSV").decode())))
    assert sorted(row[0] for row in rows[1:]) == references
    sheet = load_workbook(io.BytesIO(download(supervisor_page, "Unduh XLSX"))).active
    assert sorted(row[0] for row in sheet.iter_rows(min_row=2, values_only=True)) == references
