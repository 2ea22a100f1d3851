"""axe-core (served from the axe-playwright-python package, no CDN) finds no WCAG 2.1 A/AA
violation on the public pages, in Indonesian and in English.

Add a page by adding its path to PATHS; English paths are derived by prefixing /en.
"""

import pytest
from axe_playwright_python.sync_playwright import Axe
from django.core.management import call_command

pytestmark = pytest.mark.browser

WCAG_21_AA = {"runOnly": {"type": "tag", "values": ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa"]}}

PATHS = {
    "home": "/",
    "service": "/layanan/skck/",
    "news article": "/berita/operasi-keselamatan/",
    "news index": "/berita/",
    "search results": "/cari/?q=skck",
    "campaign index": "/kampanye/",
    "campaign": "/kampanye/selamat-sampai-tujuan/",
    "units directory": "/satuan/?kecamatan=1",
}
LANGUAGES = {"id": "", "en": "/en"}

axe = Axe()


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize("name", PATHS)
def test_page_has_no_wcag_21_aa_violations(phone_page, public_pages, name, language):
    call_command("update_index", verbosity=0)
    phone_page.goto(LANGUAGES[language] + PATHS[name])
    results = axe.run(phone_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()


@pytest.mark.parametrize("language", LANGUAGES)
def test_complaint_form_has_no_wcag_21_aa_violations(phone_page, site_tree, language):
    from tests.forms.conftest import build_complaint_setup

    setup = build_complaint_setup(site_tree)
    english_locale = site_tree.home_en.locale
    setup.privacy.copy_for_translation(english_locale).save_revision().publish()
    setup.page.copy_for_translation(english_locale).save_revision().publish()
    phone_page.goto(LANGUAGES[language] + "/pengaduan/")
    assert phone_page.locator('textarea[name="description"]').count() == 1
    results = axe.run(phone_page, options=WCAG_21_AA)
    assert results.violations_count == 0, results.generate_report()
