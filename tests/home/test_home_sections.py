"""The home page: emergency call-out, top services, latest news, active campaigns and the call to
complain; editors choose what is featured, and each section has a default."""

import datetime

import pytest
from django.utils import timezone

from tests.factories import CampaignPageFactory, NewsPageFactory, ServicePageFactory

pytestmark = pytest.mark.django_db


def section(html, heading_id):
    return html.split(f'id="{heading_id}"')[1].split("</section>")[0]


def test_home_page_shows_every_section_by_default(client, public_pages):
    html = client.get("/").content.decode()
    assert 'href="tel:110"' in section(html, "darurat")
    assert "Surat Keterangan Catatan Kepolisian (SKCK)" in section(html, "layanan-utama")
    assert "Operasi Keselamatan Dimulai" in section(html, "berita-terbaru")
    assert "Selamat Sampai Tujuan" in section(html, "kampanye")
    assert 'href="/pengaduan/"' in section(html, "ajak-pengaduan")


def test_home_page_features_only_campaigns_running_today(client, public_pages):
    today = timezone.localdate()
    CampaignPageFactory(
        parent=public_pages.campaigns,
        title="Kampanye Mendatang",
        start_date=today + datetime.timedelta(days=10),
        end_date=today + datetime.timedelta(days=20),
    )
    assert "Kampanye Mendatang" not in client.get("/").content.decode()


def test_editors_choose_the_featured_services_news_and_campaigns(client, public_pages, site_tree):
    service = ServicePageFactory(parent=public_pages.services, title="Izin Keramaian")
    article = NewsPageFactory(
        parent=public_pages.news,
        title="Berita Pilihan",
        date=timezone.localdate() - datetime.timedelta(days=100),
    )
    campaign = CampaignPageFactory(parent=public_pages.campaigns, title="Kampanye Pilihan")
    home = site_tree.home
    home.featured_services = [("service", service)]
    home.featured_news = [("article", article)]
    home.featured_campaigns = [("campaign", campaign)]
    home.save_revision().publish()

    html = client.get("/").content.decode()

    services = section(html, "layanan-utama")
    assert "Izin Keramaian" in services and "SKCK" not in services
    news = section(html, "berita-terbaru")
    assert "Berita Pilihan" in news and "Operasi Keselamatan" not in news
    campaigns = section(html, "kampanye")
    assert "Kampanye Pilihan" in campaigns and "Selamat Sampai Tujuan" not in campaigns


def test_english_home_features_english_pages(client, public_pages):
    html = client.get("/en/").content.decode()
    assert "Police Clearance Certificate (SKCK)" in section(html, "layanan-utama")
    assert 'href="/en/pengaduan/"' in html


def test_sections_registered_by_the_apps_keep_the_home_page_order(client, public_pages):
    html = client.get("/").content.decode()
    headings = ["darurat", "layanan-utama", "kampanye", "berita-terbaru", "ajak-pengaduan"]
    positions = [html.index(f'id="{heading}"') for heading in headings]
    assert positions == sorted(positions)
