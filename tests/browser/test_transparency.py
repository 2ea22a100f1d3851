"""The statistics page and the satisfaction survey on a 360 px phone: axe finds no WCAG 2.1
A/AA violation in either language, and a reporter rates a closed complaint, after which the
statistics page shows the handling unit's IKM in both languages. The rating comes at the end
of the whole loop: a complaint sent through the form and closed by its officer in the admin."""

import pytest
from axe_playwright_python.sync_playwright import Axe
from playwright.sync_api import expect

from forms.models import Status
from tests.browser.staff import open_complaint_in_admin
from tests.factories import ServiceIndexPageFactory, ServicePageFactory
from tests.forms.conftest import make_staff, restore_groups
from tests.transparency.conftest import build_transparency, complaint
from transparency.ikm import ELEMENT_FIELDS
from transparency.models import SurveyResponse

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}
PATHS = {
    "statistics": {"id": "/statistik/", "en": "/en/statistics/"},
    "survey": {"id": "/survei-kepuasan/", "en": "/en/satisfaction-survey/"},
}
axe = Axe()


@pytest.fixture
def transparency_site(site_tree):
    site = build_transparency(site_tree)
    services = ServiceIndexPageFactory(parent=site_tree.home)
    ServicePageFactory(parent=services, title="SKCK", slug="skck", unit=site.complaints.unit_b)
    for status in (Status.RESOLVED, Status.REJECTED, Status.RESOLVED, Status.RECEIVED):
        for _ in range(2):
            complaint(site.complaints.category_a, status=status, days_ago=5)
    return site


def no_horizontal_scroll(page):
    assert page.evaluate("document.documentElement.scrollWidth") <= 360


@pytest.mark.parametrize("language", ["id", "en"])
@pytest.mark.parametrize("name", PATHS)
def test_page_has_no_wcag_21_aa_violations_on_a_phone(phone_page, transparency_site, name,
                                                       language):  # fmt: skip
    phone_page.goto(PATHS[name][language])
    no_horizontal_scroll(phone_page)
    results = axe.run(phone_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


def test_a_complaint_goes_round_the_whole_loop_and_its_rating_reaches_the_statistics(
    phone_page, browser, live_server, transparency_site, django_user_model, settings, tmp_path
):
    """A reporter complains on a phone, the unit's officer closes the complaint in the admin, the
    reporter rates the service from the tracking page, and the unit's IKM, unpublished until
    then, appears on the statistics page in both languages."""
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    unit = transparency_site.complaints.unit_a
    restore_groups()
    officer = make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[unit])
    officer.set_password("sandi-petugas-uji-2026")
    officer.save()
    for _ in range(4):  # four earlier answers: one short of publishing the unit's index
        SurveyResponse.objects.create(channel=SurveyResponse.Channel.COMPLAINT, unit=unit,
                                      **dict.fromkeys(ELEMENT_FIELDS, 3))  # fmt: skip
    page = phone_page
    page.goto("/statistik/")
    ikm_table = page.locator("table", has=page.get_by_text("Indeks kepuasan per satuan"))
    expect(ikm_table.get_by_role("row", name=unit.name)).to_contain_text("< 5")

    page.goto("/pengaduan/")
    page.select_option("[name=category]", label="Laporan tindak pidana")
    page.fill("textarea[name=description]", "Rumah saya dibobol pencuri tadi malam di Sekayu.")
    page.select_option("[name=district]", label="Sekayu")
    page.fill("[name=incident_location]", "Jalan Merdeka, Sekayu")
    page.fill("[name=name]", "Siti Aminah")
    page.fill("[name=phone]", "0812 1111 2222")
    page.check("[name=consent]")
    page.wait_for_timeout(3200)  # a person takes longer than the minimum fill time
    page.get_by_role("button", name="Kirim pengaduan").click()
    reference = page.locator("#nomor-pengaduan").inner_text()
    page.locator("#tautan-lacak").click()
    expect(page.locator("#status-pengaduan")).to_have_text("Diterima")
    tracking_url = page.url

    desk = open_complaint_in_admin(
        browser, live_server, reference, "petugas", "sandi-petugas-uji-2026"
    )
    for status, shown in [
        (Status.VERIFIED, "Diverifikasi"),
        (Status.IN_PROGRESS, "Diproses"),
        (Status.RESOLVED, "Selesai"),
    ]:
        desk.select_option("[name=status]", value=status.value)
        desk.get_by_role("button", name="Ubah status").click()
        expect(desk.locator("#status-admin")).to_have_text(shown)
    desk.context.close()

    page.goto(tracking_url)
    expect(page.locator("#status-pengaduan")).to_have_text("Selesai")
    page.get_by_role("button", name="Nilai layanan kami").click()
    expect(page.get_by_text(reference)).to_be_visible()
    no_horizontal_scroll(page)
    for field in ELEMENT_FIELDS:
        page.locator(f'input[name="{field}"][value="4"]').check()
    page.fill("[name=suggestion]", "Petugas sangat membantu.")
    page.get_by_role("button", name="Kirim penilaian saya").click()
    expect(page.get_by_role("status")).to_contain_text("Jawaban Anda telah tercatat")
    assert "kode" not in page.url

    # Four answers of 3 and one of 4 on every element: mean 3.2, IKM 3.2 * 25 = 80.00, grade B.
    page.goto("/statistik/")
    row = page.locator("table", has=page.get_by_text("Indeks kepuasan per satuan")).get_by_role(
        "row", name=unit.name
    )
    expect(row).to_contain_text("80,00")
    expect(row).to_contain_text("B")
    no_horizontal_scroll(page)
    page.goto("/en/statistics/")
    english = page.locator("table", has=page.get_by_text("Satisfaction index per unit"))
    expect(english.get_by_role("row", name=unit.name)).to_contain_text("80.00")
    expect(english.get_by_role("row", name=unit.name)).to_contain_text("B")
