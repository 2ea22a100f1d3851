"""How much of the admin staff use every day reads in Indonesian.

The admin is built from installed packages (Wagtail, wagtail-localize, 2FA, django-axes, Django's
auth), each with its own gettext catalogue. Their Indonesian is partial upstream, so the project
ships complete catalogues for them in `locale-admin/<package>/id/LC_MESSAGES/`, one folder per
package so that each can be offered back upstream as it is (docs/terjemahan-admin.md).

`coverage()` measures each catalogue the way staff meet it: every msgid of the installed package's
English source (msgctxt and plurals included) looked up in the merged catalogue Django serves for
`id`. `manage.py admin_translation_coverage` prints it and fails below the threshold, so that an
upgrade of Wagtail shows exactly which new strings need Indonesian.
"""

import subprocess
from dataclasses import dataclass, field
from importlib import import_module
from pathlib import Path

import polib
from django.conf import settings
from django.utils.translation import trans_real

#: Django's own catalogues are complete for `id` upstream; they are measured so that it stays so.
LANGUAGE = "id"

#: Below this share of translated msgids a catalogue fails the check.
THRESHOLD = 0.99


@dataclass(frozen=True)
class Catalogue:
    """One package's gettext domain, as a translator and as `admin_translation_coverage` see it."""

    package: str
    domain: str = "django"
    #: The packages whose catalogues the page that shows these strings loads. Django's
    #: JavaScriptCatalog view loads only the packages it names, plus LOCALE_PATHS.
    js_packages: tuple = field(default=())

    @property
    def label(self):
        return self.package if self.domain == "django" else f"{self.package} (JS)"

    @property
    def package_dir(self):
        return Path(import_module(self.package).__file__).parent

    def source_path(self):
        """The package's English source catalogue, or any of its catalogues when it ships none
        in English (the msgids are the same in all of them)."""
        english = self.package_dir / "locale" / "en" / "LC_MESSAGES" / f"{self.domain}.po"
        if english.exists():
            return english
        others = sorted(self.package_dir.glob(f"locale/*/LC_MESSAGES/{self.domain}.po"))
        if not others:
            raise FileNotFoundError(f"{self.package} has no {self.domain}.po catalogue")
        return others[0]

    def project_path(self, language=LANGUAGE):
        """Where the project keeps its translation of this catalogue."""
        return (
            settings.BASE_DIR
            / "locale-admin"
            / self.package
            / language
            / "LC_MESSAGES"
            / f"{self.domain}.po"
        )


CATALOGUES = [
    Catalogue("wagtail.admin"),
    Catalogue("wagtail.admin", "djangojs", js_packages=("wagtail.admin",)),
    Catalogue("wagtail"),
    Catalogue("wagtail.images"),
    Catalogue("wagtail.documents"),
    Catalogue("wagtail.users"),
    Catalogue("wagtail.snippets"),
    Catalogue("wagtail.sites"),
    Catalogue("wagtail.locales"),
    Catalogue("wagtail.embeds"),
    Catalogue("wagtail.search"),
    Catalogue("wagtail.contrib.forms"),
    Catalogue("wagtail.contrib.redirects"),
    Catalogue("wagtail.contrib.search_promotions"),
    Catalogue("wagtail.contrib.settings"),
    Catalogue("wagtail_localize"),
    Catalogue("wagtail_localize", "djangojs", js_packages=("wagtail_localize",)),
    Catalogue("wagtail_localize.locales"),
    Catalogue("wagtail_2fa"),
    Catalogue("django_otp"),
    Catalogue("axes"),
    Catalogue("django.contrib.auth"),
]


@dataclass
class Coverage:
    catalogue: Catalogue
    total: int
    missing: list  # [(msgctxt or None, msgid)]

    @property
    def translated(self):
        return self.total - len(self.missing)

    @property
    def share(self):
        return self.translated / self.total if self.total else 1.0


def source_entries(catalogue):
    """The msgids of a catalogue's source, without obsolete entries."""
    return [entry for entry in polib.pofile(str(catalogue.source_path())) if not entry.obsolete]


def served_catalogue(catalogue, language=LANGUAGE):
    """The merged catalogue Django serves in `language` for this domain: every installed app and
    LOCALE_PATHS for Python strings; the named packages and LOCALE_PATHS for JavaScript ones."""
    if catalogue.domain == "django":
        return trans_real.translation(language)._catalog
    localedirs = [
        str(Path(import_module(package).__file__).parent / "locale")
        for package in catalogue.js_packages
    ]
    return trans_real.DjangoTranslation(
        language, domain=catalogue.domain, localedirs=localedirs
    )._catalog


def is_translated(entry, served):
    key = entry.msgid if entry.msgctxt is None else f"{entry.msgctxt}\x04{entry.msgid}"
    if entry.msgid_plural:
        key = (key, 0)
    try:
        return bool(served[key])
    except KeyError:
        return False


def coverage(catalogues=None, language=LANGUAGE):
    """A Coverage for each catalogue, in the order given."""
    results = []
    for catalogue in catalogues or CATALOGUES:
        served = served_catalogue(catalogue, language)
        entries = source_entries(catalogue)
        missing = [
            (entry.msgctxt, entry.msgid) for entry in entries if not is_translated(entry, served)
        ]
        results.append(Coverage(catalogue, len(entries), missing))
    return results


def shipped_catalogues(language=LANGUAGE):
    """The catalogues the project keeps a translation of (those complete upstream are not)."""
    return [catalogue for catalogue in CATALOGUES if catalogue.project_path(language).exists()]


def update_catalogue(catalogue, language=LANGUAGE):
    """Bring the project's translation level with the installed package with GNU msgmerge (the
    tool `make messages` already needs): new msgids arrive untranslated, msgids the package
    dropped become obsolete, nothing is guessed (no fuzzy matching). Returns the msgids that now
    need Indonesian."""
    path = catalogue.project_path(language)
    # gettext's msgmerge from PATH, as `make messages` uses it; the arguments are our own paths.
    subprocess.run(  # noqa: S603
        [  # noqa: S607
            "msgmerge",
            "--quiet",
            "--update",
            "--backup=none",
            "--no-fuzzy-matching",
            "--no-wrap",
            str(path),
            str(catalogue.source_path()),
        ],
        check=True,
    )
    return [entry.msgid for entry in polib.pofile(str(path)).untranslated_entries()]
