"""What search engines and link previews read: sitemap, robots.txt, canonical and alternate
links, meta descriptions, structured data and breadcrumbs."""

import json
import re

import pytest

pytestmark = pytest.mark.django_db


def structured_data(html):
    blocks = re.findall(r'<script type="application/ld\+json">(.*?)</script>', html, re.S)
    return {data["@type"]: data for data in map(json.loads, blocks)}


def test_sitemap_lists_pages_of_both_languages_with_hreflang_alternates(client, public_pages):
    response = client.get("/sitemap.xml")
    xml = response.content.decode()
    assert response.status_code == 200
    assert "<loc>http://localhost/layanan/skck/</loc>" in xml
    assert "<loc>http://localhost/en/layanan/skck/</loc>" in xml
    entry = xml.split("<loc>http://localhost/layanan/skck/</loc>")[1].split("</url>")[0]
    assert 'hreflang="en" href="http://localhost/en/layanan/skck/"' in entry
    assert 'hreflang="id" href="http://localhost/layanan/skck/"' in entry


def test_sitemap_leaves_out_drafts(client, public_pages):
    public_pages.article.unpublish()
    xml = client.get("/sitemap.xml").content.decode()
    assert "http://localhost/berita/operasi-keselamatan/" not in xml
    assert "<loc>http://localhost/en/berita/operasi-keselamatan/</loc>" in xml


def test_robots_txt_names_the_sitemap_and_keeps_crawlers_out_of_the_admin(client):
    text = client.get("/robots.txt").content.decode()
    assert "Sitemap: http://testserver/sitemap.xml" in text
    assert "Disallow: /admin/" in text


def test_pages_have_a_canonical_url_alternates_and_a_meta_description(client, public_pages):
    head = client.get("/layanan/skck/").content.decode().split("</head>")[0]
    assert '<link rel="canonical" href="http://localhost/layanan/skck/">' in head
    assert '<link rel="alternate" hreflang="en" href="http://localhost/en/layanan/skck/">' in head
    assert '<meta name="description" content="Ringkasan layanan uji.">' in head


def test_editors_search_description_wins_over_the_summary(client, public_pages):
    service = public_pages.service
    service.search_description = "Cara membuat SKCK di Polres."
    service.save_revision().publish()
    head = client.get("/layanan/skck/").content.decode().split("</head>")[0]
    assert '<meta name="description" content="Cara membuat SKCK di Polres.">' in head


def test_home_page_describes_the_unit_as_a_government_organization(client, site_tree):
    data = structured_data(client.get("/").content.decode())["GovernmentOrganization"]
    assert data["name"] == "Polres Contoh Raya"
    assert data["parentOrganization"]["name"] == "Polda Contoh"
    assert data["telephone"] == "(0711) 000-0000"


def test_inner_pages_have_breadcrumbs_and_breadcrumblist_data(client, public_pages):
    html = client.get("/berita/operasi-keselamatan/").content.decode()
    trail = html.split('aria-label="Navigasi lokasi"')[1].split("</nav>")[0]
    assert 'href="/berita/"' in trail
    crumbs = structured_data(html)["BreadcrumbList"]["itemListElement"]
    assert [c["item"] for c in crumbs] == [
        "http://localhost/",
        "http://localhost/berita/",
        "http://localhost/berita/operasi-keselamatan/",
    ]
    assert structured_data(html)["NewsArticle"]["headline"] == "Operasi Keselamatan Dimulai"


def test_structured_data_cannot_break_out_of_its_script_element(client, public_pages):
    service = public_pages.service
    service.title = "SKCK </script><script>alert(1)</script>"
    service.save_revision().publish()
    html = client.get("/layanan/skck/").content.decode()
    assert "</script><script>alert(1)" not in html
