"""Search at /cari/: pages of the current language, highlighted, paginated, with helpful empty
and no-result states. Wagtail updates its index in background tasks; tests run update_index."""

import re

import pytest
from django.core.management import call_command

from tests.factories import ServicePageFactory

pytestmark = pytest.mark.django_db


def test_search_finds_a_service_and_highlights_the_words_found(client, searchable_pages):
    html = client.get("/cari/", {"q": "skck"}).content.decode()
    results = html.split('<ol class="search-results">')[1].split("</ol>")[0]
    assert 'href="/layanan/skck/"' in results
    assert "<mark>SKCK</mark>" in results
    assert "hasil untuk “skck”" in html


def test_search_stays_within_the_current_language(client, searchable_pages):
    indonesian = client.get("/cari/", {"q": "skck"}).content.decode()
    english = client.get("/en/cari/", {"q": "skck"}).content.decode()
    assert 'href="/en/layanan/skck/"' not in indonesian
    assert 'href="/en/layanan/skck/"' in english
    assert 'href="/layanan/skck/"' not in english


def test_search_finds_the_lost_item_letter(client, searchable_pages):
    html = client.get("/cari/", {"q": "kehilangan"}).content.decode()
    assert 'href="/layanan/surat-kehilangan/"' in html


def test_search_ignores_unpublished_pages(client, searchable_pages):
    draft = ServicePageFactory(
        parent=searchable_pages.services, title="Layanan Rahasia SKCK", live=False
    )
    call_command("update_index", verbosity=0)
    assert draft.title not in client.get("/cari/", {"q": "rahasia"}).content.decode()


def test_search_without_a_query_suggests_what_to_type(client, searchable_pages):
    html = client.get("/cari/").content.decode()
    assert "Ketik satu atau dua kata" in html
    assert 'class="search-results"' not in html


def test_search_without_results_says_so_and_offers_other_ways(client, searchable_pages):
    html = client.get("/cari/", {"q": "zzzxqy"}).content.decode()
    assert "Tidak ada hasil untuk “zzzxqy”." in html
    assert "Dalam keadaan darurat, hubungi 110." in html


def test_search_escapes_what_the_visitor_typed(client, searchable_pages):
    html = client.get("/cari/", {"q": "<script>alert(1)</script>"}).content.decode()
    assert "<script>alert(1)</script>" not in html
    assert "&lt;script&gt;" in html


def test_search_results_are_paginated(client, searchable_pages):
    for number in range(12):
        ServicePageFactory(parent=searchable_pages.services, title=f"Izin Keramaian Desa {number}")
    call_command("update_index", verbosity=0)
    first = client.get("/cari/", {"q": "keramaian"}).content.decode()
    second = client.get("/cari/", {"q": "keramaian", "halaman": 2}).content.decode()
    assert len(re.findall(r"<li>\s*<h2>", first)) == 10
    assert len(re.findall(r"<li>\s*<h2>", second)) == 2
    assert "?q=keramaian&amp;halaman=2" in first


def test_indonesian_stemming_lets_mengadukan_find_pengaduan(client, searchable_pages):
    html = client.get("/cari/", {"q": "mengadukan"}).content.decode()
    assert "Layanan Pengaduan Online Dibuka" in html
