"""The language switcher leads to the same page in the other language, keeping what is safe to
keep of the address (search words, the tracking code), and says so when there is no such page."""

import re

import pytest

from home.models import InformationPage
from tests.conftest import translate
from tests.forms.conftest import build_complaint_setup

pytestmark = pytest.mark.django_db


def switcher_links(html):
    nav = html.split('class="language-switcher"')[1].split("</nav>")[0]
    return {code: url for url, code in re.findall(r'<a href="([^"]+)" hreflang="(\w+)"', nav)}


def test_switcher_keeps_the_search_words_and_nothing_else(client, public_pages):
    html = client.get("/cari/", {"q": "skck", "halaman": "2", "nama": "Budi"}).content.decode()
    assert switcher_links(html)["en"] == "/en/cari/?q=skck"
    english = client.get("/en/cari/", {"q": "police"}).content.decode()
    assert switcher_links(english)["id"] == "/cari/?q=police"


def test_switcher_shows_each_search_its_own_words(client, public_pages):
    client.get("/cari/", {"q": "skck"})
    assert switcher_links(client.get("/cari/", {"q": "sim"}).content.decode())["en"] == (
        "/en/cari/?q=sim"
    )


def test_switcher_keeps_the_tracking_code_on_the_tracking_page(client, site_tree):
    setup = build_complaint_setup(site_tree)
    translate(setup.privacy, "Privacy Notice")
    translate(setup.page, "Public Complaints")
    html = client.get("/pengaduan/lacak/", {"kode": "ABCD-EFGH"}).content.decode()
    assert switcher_links(html)["en"] == "/en/pengaduan/lacak/?kode=ABCD-EFGH"


def test_switcher_leads_to_the_translation_of_the_page_being_read(client, public_pages):
    html = client.get("/layanan/skck/").content.decode()
    assert switcher_links(html) == {"id": "/layanan/skck/", "en": "/en/layanan/skck/"}


def test_page_without_translation_leads_to_a_home_page_that_says_so(client, site_tree):
    notice = InformationPage(title="Pengumuman Lokal", slug="pengumuman")
    site_tree.home.add_child(instance=notice)
    notice.save_revision().publish()

    link = switcher_links(client.get("/pengumuman/").content.decode())["en"]

    assert link == "/en/?terjemahan=tidak-ada"
    html = client.get(link).content.decode()
    assert "The page you were reading is not available in English." in html
    assert "not available" not in client.get("/en/").content.decode()
