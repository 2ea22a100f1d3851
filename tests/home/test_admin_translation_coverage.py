"""The admin's package catalogues read in Indonesian, and the coverage check says what is not."""

import shutil
from io import StringIO

import polib
import pytest
from django.conf import settings
from django.core.management import CommandError, call_command
from django.test import override_settings

from home.admin_translations import CATALOGUES, THRESHOLD, coverage, shipped_catalogues


def run(*args):
    out = StringIO()
    call_command("admin_translation_coverage", *args, stdout=out)
    return out.getvalue()


def test_every_admin_catalogue_is_served_in_indonesian_above_the_threshold():
    results = coverage()
    assert [result.catalogue for result in results] == CATALOGUES
    below = {r.catalogue.label: r.missing[:5] for r in results if r.share < THRESHOLD}
    assert not below
    report = run()  # raises CommandError below the threshold
    assert "wagtail.admin (JS)" in report and "Missing in" not in report


def test_without_the_projects_catalogues_the_check_fails_and_names_the_missing_msgids():
    with override_settings(LOCALE_PATHS=[settings.BASE_DIR / "locale"]):
        out = StringIO()
        with pytest.raises(CommandError, match=r"Below 99 % in Indonesian: wagtail\.admin,"):
            call_command("admin_translation_coverage", stdout=out)
    report = out.getvalue()
    assert "Missing in wagtail.admin:\n" in report
    assert "  'Page title'\n" in report
    assert "Missing in wagtail_localize (JS):" in report


def test_after_an_upgrade_the_new_msgids_arrive_untranslated_and_are_listed(tmp_path):
    sites = next(c for c in shipped_catalogues() if c.package == "wagtail.sites")
    copy = tmp_path / sites.project_path().relative_to(settings.BASE_DIR)
    copy.parent.mkdir(parents=True)
    shutil.copy(sites.project_path(), copy)
    catalogue = polib.pofile(str(copy))
    catalogue.remove(catalogue.find("Add a site"))  # as if the package had just added it
    catalogue.save()

    with override_settings(BASE_DIR=tmp_path):
        report = run("--update")

    assert "locale-admin/wagtail.sites/id/LC_MESSAGES/django.po: 1 msgids to translate" in report
    merged = polib.pofile(str(copy))
    assert merged.find("Add a site").msgstr == ""
    assert merged.find("Sites").msgstr == "Situs"  # what was translated stays translated


@pytest.mark.parametrize("catalogue", shipped_catalogues(), ids=lambda c: c.label)
def test_each_shipped_catalogue_has_one_plural_form_and_is_complete(catalogue):
    po = polib.pofile(str(catalogue.project_path()))
    assert po.metadata["Plural-Forms"].replace(" ", "") == "nplurals=1;plural=0;"
    assert po.metadata["Language"] == "id"
    assert not po.untranslated_entries()
    assert not po.fuzzy_entries()
    for entry in po:
        if entry.msgid_plural and not entry.obsolete:
            assert list(entry.msgstr_plural) == [0], entry.msgid
