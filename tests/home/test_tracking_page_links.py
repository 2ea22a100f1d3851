"""Citizens find the complaint tracking page again: the footer of every page, the complaint form
and the sitemap all lead to it, in the visitor's language."""

import re

import pytest

from tests.forms.conftest import build_complaint_setup

pytestmark = pytest.mark.django_db


@pytest.fixture
def complaint_page(site_tree):
    return build_complaint_setup(site_tree).page


def tracking_links(html):
    return re.findall(r'<a [^>]*href="([^"]*/lacak/)"[^>]*>([^<]+)</a>', html)


def test_footer_of_every_page_links_to_the_tracking_page(client, complaint_page):
    html = client.get("/").content.decode()
    footer = html[html.index('<footer class="site-footer"') :]
    assert tracking_links(footer) == [("/pengaduan/lacak/", "Lacak pengaduan")]


def test_english_footer_links_to_the_english_tracking_page(client, site_tree, complaint_page):
    english = complaint_page.copy_for_translation(site_tree.home_en.locale)
    english.save_revision().publish()
    html = client.get("/en/").content.decode()
    footer = html[html.index('<footer class="site-footer"') :]
    assert tracking_links(footer) == [("/en/pengaduan/lacak/", "Follow a complaint")]


def test_complaint_form_offers_the_tracking_page_to_those_who_already_sent_one(
    client, complaint_page
):
    html = client.get("/pengaduan/").content.decode()
    main = html[html.index("<main") : html.index("</main>")]
    assert ("/pengaduan/lacak/", "Lacak pengaduan yang sudah dikirim") in tracking_links(main)


def test_sitemap_lists_the_tracking_page_after_the_complaint_form(client, complaint_page):
    xml = client.get("/sitemap.xml").content.decode()
    locations = re.findall(r"<loc>([^<]+)</loc>", xml)
    assert "http://localhost/pengaduan/lacak/" in locations
    assert locations.index("http://localhost/pengaduan/lacak/") == (
        locations.index("http://localhost/pengaduan/") + 1
    )


def test_the_listed_tracking_page_may_be_indexed_but_an_answer_to_a_code_may_not(
    client, complaint_page
):
    assert "X-Robots-Tag" not in client.get("/pengaduan/lacak/")
    answered = client.get("/pengaduan/lacak/", {"kode": "BUKAN-KODE-YANG-ADA"})
    assert answered["X-Robots-Tag"] == "noindex"
