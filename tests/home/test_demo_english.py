"""The demo site is complete in English: every page has a live English translation written in
English, and English pages show no Indonesian text from the unit profile or the units."""

import re

import pytest
from wagtail.models import Locale, Page

pytestmark = pytest.mark.django_db

# Words of Indonesian prose that English text never contains.
INDONESIAN_WORDS = {"dan", "yang", "untuk", "dengan", "atau", "tidak", "ini", "dari", "bila"}
# Indonesian text of the unit profile and the units, which English pages must not show.
INDONESIAN_SETTINGS_TEXT = ["Senin", "melayani", "alamat contoh", "24 jam", "Pelayanan kepolisian",
                            "Penyelidikan", "Kabupaten"]  # fmt: skip


def visible_text(html):
    """The text of the main content and the footer, without markup."""
    shown = html.split("<main", 1)[1].split("</footer>", 1)[0]
    return re.sub(r"<[^>]+>", " ", shown)


def english_pages():
    english = Locale.objects.get(language_code="en")
    return Page.objects.filter(locale=english, depth__gt=1).live().order_by("path")


def test_every_demo_page_has_a_live_english_translation_with_an_english_title(loaded_demo):
    english = Locale.objects.get(language_code="en")
    untranslated = []
    for page in Page.objects.filter(locale__language_code="id", depth__gt=1):
        translated = page.get_translation_or_none(english)
        if translated is None or not translated.live or translated.title == page.title:
            untranslated.append(page.url_path)
    assert untranslated == []
    assert english_pages().count() >= 30  # 14 news, 3 campaigns, 6 services and the rest


def test_english_pages_are_written_in_english(client, loaded_demo):
    indonesian = {}
    for page in english_pages():
        words = set(visible_text(client.get(page.url).content.decode()).split())
        if words & INDONESIAN_WORDS:
            indonesian[page.url] = sorted(words & INDONESIAN_WORDS)
    assert indonesian == {}


def test_english_pages_show_no_indonesian_settings_text(client, loaded_demo):
    for url in ["/en/", "/en/satuan/", "/en/layanan/skck/", "/en/kebijakan-privasi/"]:
        text = visible_text(client.get(url).content.decode())
        assert [found for found in INDONESIAN_SETTINGS_TEXT if found in text] == [], url
    footer = client.get("/en/").content.decode().split("<footer", 1)[1]
    assert "Monday–Friday 08.00–15.00 WIB" in footer
    assert "Senin–Jumat" in client.get("/").content.decode().split("<footer", 1)[1]


def test_english_complaint_form_offers_english_categories(client, loaded_demo):
    html = client.get("/en/pengaduan/").content.decode()
    assert "Drugs" in html and "Narkoba" not in html
