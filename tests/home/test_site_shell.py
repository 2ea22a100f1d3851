"""The public shell every page shares: language, unit identity, emergency number, errors."""

import re

import pytest
from django.test import RequestFactory
from django.utils import translation
from django.views.defaults import server_error

from tests.conftest import TEST_PARENT_UNIT, TEST_UNIT_NAME
from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


def test_home_is_served_in_indonesian_at_the_root(client, site_tree):
    response = client.get("/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="id">' in html
    assert "Beranda Uji" in html
    assert "Langsung ke isi utama" in html


def test_english_home_is_served_under_en(client, site_tree):
    response = client.get("/en/")
    html = response.content.decode()
    assert response.status_code == 200
    assert '<html lang="en">' in html
    assert "Test Home" in html
    assert "Skip to main content" in html


def test_header_shows_the_unit_named_in_site_settings_not_in_code(client, site_tree):
    html = client.get("/").content.decode()
    assert TEST_UNIT_NAME in html
    assert TEST_PARENT_UNIT in html
    assert "Musi Banyuasin" not in html


def test_changing_the_unit_profile_changes_every_page(client, site_tree):
    client.get("/")  # the profile is now kept with the cached pages
    site_tree.profile.unit_name = "Polres Lain"
    site_tree.profile.save()
    assert "· Polres Lain</title>" in client.get("/").content.decode()
    assert TEST_UNIT_NAME not in client.get("/en/").content.decode()


@pytest.mark.parametrize("path", ["/", "/en/", "/halaman-tidak-ada/"])
def test_emergency_number_is_on_every_page(client, site_tree, path):
    html = client.get(path).content.decode()
    assert 'href="tel:110"' in html


def test_emergency_number_comes_from_the_unit_profile(client, site_tree):
    site_tree.profile.emergency_number = "112"
    site_tree.profile.save()
    assert 'href="tel:112"' in client.get("/").content.decode()


def test_footer_lists_contacts_and_social_accounts(client, site_tree):
    html = client.get("/").content.decode()
    assert 'href="tel:(0711)000-0000"' in html
    assert 'href="https://wa.me/6281100000000"' in html
    assert 'href="mailto:humas@example.id"' in html
    assert 'href="https://example.com/instagram"' in html
    assert "Jam layanan" in html


def test_unknown_url_gets_the_site_404_page_in_indonesian(client, site_tree):
    response = client.get("/halaman-tidak-ada/")
    html = response.content.decode()
    assert response.status_code == 404
    assert '<html lang="id">' in html
    assert "Halaman tidak ditemukan" in html
    assert TEST_UNIT_NAME in html


def test_unknown_english_url_gets_the_404_page_in_english(client, site_tree):
    response = client.get("/en/no-such-page/")
    assert response.status_code == 404
    assert "Page not found" in response.content.decode()


@pytest.mark.parametrize(
    ("language", "expected"),
    [("id", "Terjadi gangguan"), ("en", "Something went wrong")],
)
def test_server_error_page_is_in_the_active_language(language, expected):
    with translation.override(language):
        response = server_error(RequestFactory().get("/"))
    html = response.content.decode()
    assert response.status_code == 500
    assert f'<html lang="{language}">' in html
    assert expected in html
    assert 'href="tel:110"' in html


def test_language_switcher_links_to_the_translation_of_the_page(client, site_tree):
    page = InformationPageFactory(parent=site_tree.home, title="Profil", slug="profil")
    translated = page.copy_for_translation(site_tree.home_en.locale)
    translated.save_revision().publish()
    html = client.get("/profil/").content.decode()
    assert 'href="/en/profil/" hreflang="en"' in html


def test_language_switcher_falls_back_to_the_english_home(client, site_tree):
    InformationPageFactory(parent=site_tree.home, title="Hanya Indonesia", slug="hanya-id")
    html = client.get("/hanya-id/").content.decode()
    assert 'href="/en/?terjemahan=tidak-ada" hreflang="en"' in html  # with its notice


def test_menu_lists_pages_marked_for_menus_in_the_current_language(client, site_tree):
    InformationPageFactory(parent=site_tree.home, title="Profil Satuan", slug="profil")
    InformationPageFactory(
        parent=site_tree.home, title="Tersembunyi", slug="tersembunyi", show_in_menus=False
    )
    menu = client.get("/").content.decode().split('aria-label="Menu utama"')[1].split("</nav>")[0]
    assert "Profil Satuan" in menu
    assert "Tersembunyi" not in menu


def test_inner_pages_have_breadcrumbs(client, site_tree):
    parent = InformationPageFactory(parent=site_tree.home, title="Tentang", slug="tentang")
    InformationPageFactory(parent=parent, title="Sejarah", slug="sejarah")
    html = client.get("/tentang/sejarah/").content.decode()
    trail = html.split('aria-label="Navigasi lokasi"')[1].split("</nav>")[0]
    assert 'href="/"' in trail
    assert 'href="/tentang/"' in trail
    assert '<li aria-current="page">Sejarah</li>' in trail


def test_breadcrumbs_follow_a_renamed_parent_at_once(client, site_tree):
    parent = InformationPageFactory(parent=site_tree.home, title="Tentang", slug="tentang")
    InformationPageFactory(parent=parent, title="Sejarah", slug="sejarah")
    client.get("/tentang/sejarah/")  # the trail is now cached with the pages
    parent.title = "Profil Satuan"
    parent.save_revision().publish()
    html = client.get("/tentang/sejarah/").content.decode()
    trail = html.split('aria-label="Navigasi lokasi"')[1].split("</nav>")[0]
    assert ">Profil Satuan</a>" in trail


def test_site_serves_its_own_assets_only(client, site_tree):
    html = client.get("/").content.decode()
    # Links to the page itself (canonical, hreflang) and schema.org names in JSON-LD are not
    # assets; stylesheets, icons, scripts and images are, and must all come from this site.
    asset_urls = re.findall(r'<link rel="(?:stylesheet|icon|preload)"[^>]*href="([^"]+)"', html)
    asset_urls += re.findall(r'<(?:script|img)[^>]*src="([^"]+)"', html)
    assert asset_urls
    assert not [url for url in asset_urls if "://" in url or url.startswith("//")]
    assert "/static/css/site.css" in html
