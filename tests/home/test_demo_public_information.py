"""The demo gives a newcomer realistic services, news, campaigns and units, partly in English,
searchable at once."""

import pytest
from django.core.management import call_command

from news.models import CampaignPage, NewsPage
from services.models import ServicePage

pytestmark = pytest.mark.django_db

REQUIRED_SERVICES = {
    "skck",
    "sim",
    "surat-kehilangan",
    "izin-keramaian",
    "pengamanan-acara",
    "konsultasi-hukum",
}


def test_demo_covers_the_required_services_news_and_campaigns(client, loaded_demo):
    indonesian = ServicePage.objects.filter(locale__language_code="id", live=True)
    assert set(indonesian.values_list("slug", flat=True)) >= REQUIRED_SERVICES
    skck = indonesian.get(slug="skck")
    assert skck.fee == "Rp30.000" and "PP Nomor 76 Tahun 2021" in skck.fee_basis
    assert NewsPage.objects.live().count() > 12  # more than one page of the index
    assert CampaignPage.objects.live().count() >= 3
    assert "Layanan" in client.get("/layanan/").content.decode()


def test_demo_translates_the_services_index_and_two_services(client, loaded_demo):
    assert client.get("/en/layanan/").status_code == 200
    english = client.get("/en/layanan/skck/").content.decode()
    assert "Police Clearance Certificate (SKCK)" in english
    assert "A copy of your family card" in english
    assert client.get("/en/layanan/surat-kehilangan/").status_code == 200


def test_demo_is_searchable_without_waiting_for_the_worker(client, loaded_demo):
    html = client.get("/cari/", {"q": "skck"}).content.decode()
    assert 'href="/layanan/skck/"' in html


def test_demo_menu_starts_with_services_and_units_in_both_languages(client, loaded_demo):
    call_command("load_demo_content", stdout=None)  # a second load keeps the menu as it is
    for prefix in ("", "/en"):
        html = client.get(f"{prefix}/").content.decode()
        menu = html.split('class="main-menu"')[1].split("</nav>")[0]
        links = [href for href in menu.split('href="')[1:]][:3]
        assert [link.split('"')[0] for link in links] == [
            f"{prefix}/",
            f"{prefix}/layanan/",
            f"{prefix}/satuan/",
        ]
