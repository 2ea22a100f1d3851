"""What citizens type finds what they came for, first: services and the complaint page for their
names and common verbs, in any Indonesian word form, on SQLite and PostgreSQL alike. Runs on the
demo site, whose promoted results are part of it (editors manage them in the admin)."""

import re

import pytest

pytestmark = pytest.mark.django_db

FIRST_RESULT = [
    ("/cari/", "skck", "/layanan/skck/"),
    ("/cari/", "SKCK", "/layanan/skck/"),
    ("/cari/", "pengaduan", "/pengaduan/"),
    ("/cari/", "mengadukan", "/pengaduan/"),
    ("/cari/", "melapor", "/pengaduan/"),
    ("/cari/", "lapor polisi", "/pengaduan/"),
    ("/cari/", "kecelakaan", "/pengaduan/"),
    ("/cari/", "lacak", "/pengaduan/lacak/"),
    ("/cari/", "cek pengaduan", "/pengaduan/lacak/"),
    ("/cari/", "buat sim", "/layanan/sim/"),
    ("/cari/", "pembuatan sim", "/layanan/sim/"),
    ("/cari/", "perpanjangan sim", "/layanan/sim/"),
    ("/cari/", "kehilangan", "/layanan/surat-kehilangan/"),
    ("/cari/", "surat kehilangan", "/layanan/surat-kehilangan/"),
    ("/cari/", "izin keramaian", "/layanan/izin-keramaian/"),
    ("/cari/", "pengamanan acara", "/layanan/pengamanan-acara/"),
    ("/cari/", "konsultasi hukum", "/layanan/konsultasi-hukum/"),
    ("/en/cari/", "skck", "/en/layanan/skck/"),
    ("/en/cari/", "police clearance", "/en/layanan/skck/"),
    ("/en/cari/", "driving licence", "/en/layanan/sim/"),
    ("/en/cari/", "complaint", "/en/pengaduan/"),
    ("/en/cari/", "report", "/en/pengaduan/"),
    ("/en/cari/", "track", "/en/pengaduan/lacak/"),
    ("/en/cari/", "legal advice", "/en/layanan/konsultasi-hukum/"),
]


def result_links(html):
    results = html.split('<ol class="search-results">')[1].split("</ol>")[0]
    return re.findall(r'<h2><a href="([^"]+)"', results)


@pytest.mark.parametrize(("search_url", "query", "first"), FIRST_RESULT)
def test_search_lists_what_was_meant_first(client, loaded_demo, search_url, query, first):
    html = client.get(search_url, {"q": query}).content.decode()
    assert result_links(html)[0] == first, result_links(html)[:3]


def test_a_promoted_result_is_listed_once(client, loaded_demo):
    links = result_links(client.get("/cari/", {"q": "skck"}).content.decode())
    assert links.count("/layanan/skck/") == 1


def test_stemming_finds_every_form_of_a_word_in_news_too(client, loaded_demo):
    links = result_links(client.get("/cari/", {"q": "penipu"}).content.decode())
    assert "/berita/berita-12/" in links  # "Waspada Penipuan Berkedok Hadiah Undian"
