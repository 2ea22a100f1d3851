"""Fixtures shared by every test: the locales, page tree, site and unit profile.

`site_tree` builds what Wagtail's migrations normally provide (root page, root collection,
locales) only when it is missing, so it also works under `live_server`, whose database is
flushed between tests.
"""

import io
import os
from dataclasses import dataclass

import pytest
from django.core.cache import caches
from django.core.management import call_command
from django.db import connection
from hypothesis import HealthCheck
from hypothesis import settings as hypothesis_settings
from wagtail.models import Collection, Locale, Page, Site

from home.models import HomePage, UnitProfile
from tests.factories import (
    CampaignIndexPageFactory,
    CampaignPageFactory,
    DistrictFactory,
    HomePageFactory,
    NewsCategoryFactory,
    NewsIndexPageFactory,
    NewsPageFactory,
    ServiceIndexPageFactory,
    ServicePageFactory,
    UnitFactory,
    UnitIndexPageFactory,
)

TEST_UNIT_NAME = "Polres Contoh Raya"
TEST_PARENT_UNIT = "Polda Contoh"

# Property-based tests: few examples in the normal suite and CI, many on demand
# (HYPOTHESIS_PROFILE=thorough). The database fixture is set up once per test and shared by
# its examples, which is what each test relies on; no example database is written.
for _name, _examples in [("suite", 40), ("thorough", 1000)]:
    hypothesis_settings.register_profile(
        _name,
        max_examples=_examples,
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.function_scoped_fixture, HealthCheck.too_slow],
    )
hypothesis_settings.load_profile(os.environ.get("HYPOTHESIS_PROFILE", "suite"))


@dataclass
class SiteTree:
    site: Site
    home: HomePage
    home_en: HomePage
    profile: UnitProfile


def build_site_tree():
    indonesian, _ = Locale.objects.get_or_create(language_code="id")
    english, _ = Locale.objects.get_or_create(language_code="en")
    if not Collection.objects.filter(depth=1).exists():
        Collection.add_root(name="Root")
    root = Page.get_first_root_node() or Page.add_root(title="Root", slug="root", locale=indonesian)
    for child in root.get_children():
        child.delete()
    root.refresh_from_db()
    home = HomePageFactory(parent=root, locale=indonesian, title="Beranda Uji")
    home_en = home.copy_for_translation(english)
    home_en.title = "Test Home"
    home_en.save_revision().publish()
    Site.objects.all().delete()
    site = Site.objects.create(
        hostname="localhost", port=80, root_page=home, is_default_site=True, site_name="Uji"
    )
    profile = UnitProfile.objects.create(
        site=site,
        unit_name=TEST_UNIT_NAME,
        parent_unit_name=TEST_PARENT_UNIT,
        phone="(0711) 000-0000",
        whatsapp="0811-0000-0000",
        email="humas@example.id",
        address="Jalan Contoh No. 1",
        opening_hours="Senin–Jumat 08.00–15.00 WIB",
        instagram_url="https://example.com/instagram",
    )
    return SiteTree(
        site=site, home=home, home_en=HomePage.objects.get(pk=home_en.pk), profile=profile
    )


def commits(item):
    """Whether a test commits for real (and its database is flushed afterwards)."""
    marker = item.get_closest_marker("django_db")
    if marker and (marker.kwargs.get("transaction") or (marker.args and marker.args[0])):
        return True
    return bool({"live_server", "transactional_db"} & set(getattr(item, "fixturenames", ())))


def pytest_collection_modifyitems(items):
    """`make test` runs each module in one process (`--dist loadfile`), in module order. A
    module that mixed committing tests with rolled-back ones would flush the migrations' data
    (roles, locales, workflow) in the middle of a process, before the rolled-back tests of the
    modules after it; pytest-django only moves committing tests last within one module's run."""
    kinds = {}
    for item in items:
        if item.get_closest_marker("django_db") or {"db", "transactional_db", "live_server"} & set(
            getattr(item, "fixturenames", ())
        ):
            kinds.setdefault(item.path, set()).add(commits(item))
    mixed = sorted(str(path) for path, found in kinds.items() if len(found) == 2)
    if mixed:
        raise pytest.UsageError(
            "These modules mix tests that commit (transaction=True, live_server) with "
            "rolled-back ones; move the committing tests to a module of their own: "
            + ", ".join(mixed)
        )


@pytest.fixture(autouse=True)
def empty_caches():
    """Cached pages, fragments and Wagtail's cached site root paths of one test must never
    reach the next, whose database may have been flushed and rebuilt with other ids."""
    caches["pages"].clear()
    caches["default"].clear()


@pytest.fixture
def site_tree(request):
    """The page tree every public page needs, on whichever database fixture the test uses."""
    transactional = {"live_server", "transactional_db"} & set(request.fixturenames)
    request.getfixturevalue("transactional_db" if transactional else "db")
    return build_site_tree()


@dataclass
class PublicPages:
    """One page of every public type under the Indonesian home, each translated to English."""

    services: object
    service: object
    units: object
    unit: object
    district: object
    news: object
    article: object
    campaigns: object
    campaign: object

    def english(self, page):
        return page.get_translation(Locale.objects.get(language_code="en"))


def translate(page, title):
    """An English copy of `page` (its parent must already be translated), published."""
    english = page.copy_for_translation(Locale.objects.get(language_code="en"))
    english.title = title
    english.save_revision().publish()
    return english


@pytest.fixture
def public_pages(site_tree):
    from tests.factories import (
        NewsPageFactory,
        ServicePageFactory,
    )

    home = site_tree.home
    district = DistrictFactory(name="Sekayu")
    unit = UnitFactory(name="Polsek Sekayu", districts=[district])
    services = ServiceIndexPageFactory(parent=home)
    service = ServicePageFactory(
        parent=services,
        title="Surat Keterangan Catatan Kepolisian (SKCK)",
        slug="skck",
        unit=unit,
        faq=[
            ("question", {"question": "Berapa lama SKCK berlaku?", "answer": "<p>Enam bulan.</p>"})
        ],
        steps=[
            ("step", {"title": "Serahkan berkas persyaratan", "detail": ""}),
            ("step", {"title": "Bayar PNBP", "detail": "Rp30.000"}),
        ],
    )
    units = UnitIndexPageFactory(parent=home)
    news = NewsIndexPageFactory(parent=home)
    article = NewsPageFactory(
        parent=news,
        title="Operasi Keselamatan Dimulai",
        slug="operasi-keselamatan",
        category=NewsCategoryFactory(name="Lalu Lintas", slug="lalu-lintas"),
        body=[("paragraph", "<p>Isi berita.</p>")],
    )
    campaigns = CampaignIndexPageFactory(parent=home)
    campaign = CampaignPageFactory(
        parent=campaigns,
        title="Selamat Sampai Tujuan",
        slug="selamat-sampai-tujuan",
        key_messages=[("message", "Pakai helm standar.")],
    )
    for page, title in [
        (services, "Services"),
        (service, "Police Clearance Certificate (SKCK)"),
        (units, "Units"),
        (news, "News"),
        (article, "Safety Operation Begins"),
        (campaigns, "Campaigns"),
        (campaign, "Arrive Safely"),
    ]:
        translate(page, title)
    return PublicPages(
        services=services,
        service=service,
        units=units,
        unit=unit,
        district=district,
        news=news,
        article=article,
        campaigns=campaigns,
        campaign=campaign,
    )


@pytest.fixture
def searchable_pages(public_pages):
    """The public pages plus a lost-item letter and news about online complaints, indexed for
    search (Wagtail indexes in background tasks, so the index is built here)."""
    ServicePageFactory(
        parent=public_pages.services,
        title="Surat Keterangan Tanda Lapor Kehilangan",
        slug="surat-kehilangan",
        summary="Surat untuk mengurus dokumen pengganti yang hilang.",
    )
    NewsPageFactory(
        parent=public_pages.news,
        title="Layanan Pengaduan Online Dibuka",
        slug="pengaduan-online",
        lead="Warga dapat menyampaikan pengaduan tentang pelayanan polisi.",
    )
    call_command("update_index", verbosity=0)
    return public_pages


@pytest.fixture(scope="module")
def loaded_demo(django_db_setup, django_db_blocker):
    """The demo site, loaded once for a module of read-only tests; the command's output.

    Loading it takes long (it translates every page), so the module's tests share one load and
    read it within their own rolled-back transactions. It is loaded in autocommit mode, as
    under `make run`: wagtail-localize publishes on commit. Afterwards the database is put back
    as the migrations left it (roles, workflow, locales), as Django's serialized rollback does,
    because the tests after these expect it so. `make test` keeps each module in one process
    (`--dist loadfile`), so a module loads the demo once.
    """
    with django_db_blocker.unblock():
        as_migrated = connection.creation.serialize_db_to_string()
        output = io.StringIO()
        call_command("load_demo_content", stdout=output)
        yield output.getvalue()
        call_command(
            "flush",
            interactive=False,
            verbosity=0,
            reset_sequences=False,
            inhibit_post_migrate=True,
        )
        connection.creation.deserialize_db_from_string(as_migrated)
