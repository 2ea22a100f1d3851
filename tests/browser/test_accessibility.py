"""axe-core (served from the axe-playwright-python package, no CDN) finds no WCAG 2.1 A/AA
violation on the public pages, in Indonesian and in English.

Add a page by adding its path to PATHS; English paths are derived by prefixing /en. One test
per language visits every page, because building the pages costs far more than checking one.
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


def violations(page):
    """axe's report of the WCAG 2.1 A/AA violations on the page shown, or None."""
    results = axe.run(page, options=WCAG_21_AA)
    return results.generate_report() if results.violations_count else None


def assert_none_failed(reports):
    """Every page was checked, so one run names every page that fails."""
    failed = {name: report for name, report in reports.items() if report is not None}
    assert not failed, "\n\n".join(f"{name}:\n{report}" for name, report in failed.items())


@pytest.mark.parametrize("language", LANGUAGES)
def test_public_pages_have_no_wcag_21_aa_violations(phone_page, public_pages, language):
    call_command("update_index", verbosity=0)
    reports = {}
    for name, path in PATHS.items():
        phone_page.goto(LANGUAGES[language] + path)
        reports[name] = violations(phone_page)
    assert_none_failed(reports)


def test_complaint_form_has_no_wcag_21_aa_violations_in_either_language(phone_page, site_tree):
    from tests.forms.conftest import build_complaint_setup

    setup = build_complaint_setup(site_tree)
    english_locale = site_tree.home_en.locale
    setup.privacy.copy_for_translation(english_locale).save_revision().publish()
    setup.page.copy_for_translation(english_locale).save_revision().publish()
    reports = {}
    for language, prefix in LANGUAGES.items():
        phone_page.goto(prefix + "/pengaduan/")
        assert phone_page.locator('textarea[name="description"]').count() == 1, language
        reports[language] = violations(phone_page)
    assert_none_failed(reports)
