"""Anonymous visitors get cached pages, and a published change is seen at once."""

import pytest
from django.core.cache import caches
from wagtail.models import Site

from tests.factories import InformationPageFactory

pytestmark = pytest.mark.django_db


@pytest.fixture
def page_cache(settings):
    settings.WAGTAIL_CACHE = True  # the autouse empty_caches fixture starts it empty
    return caches["pages"]


def test_second_anonymous_visit_is_served_from_the_cache(client, site_tree, page_cache):
    assert client.get("/").headers["X-Cache"] == "miss"
    assert client.get("/").headers["X-Cache"] == "hit"


def test_browsers_are_told_to_ask_again_every_time(client, site_tree, page_cache):
    for _visit in range(2):
        response = client.get("/")
        assert response["Cache-Control"] == "public, max-age=0, must-revalidate"
        assert "Expires" not in response


def test_publishing_an_edit_is_seen_at_once(client, site_tree, page_cache):
    page = InformationPageFactory(parent=site_tree.home, title="Jadwal Lama", slug="jadwal")
    assert "Jadwal Lama" in client.get("/jadwal/").content.decode()
    assert client.get("/jadwal/").headers["X-Cache"] == "hit"

    page.title = "Jadwal Baru"
    page.save_revision().publish()

    response = client.get("/jadwal/")
    assert "Jadwal Baru" in response.content.decode()
    assert response.headers["X-Cache"] == "miss"


def test_unpublishing_removes_the_page_at_once(client, site_tree, page_cache):
    page = InformationPageFactory(parent=site_tree.home, slug="ditarik")
    assert client.get("/ditarik/").status_code == 200
    page.unpublish()
    assert client.get("/ditarik/").status_code == 404


def test_saving_a_draft_keeps_the_cache(client, site_tree, page_cache):
    page = InformationPageFactory(parent=site_tree.home, title="Terbit", slug="terbit")
    client.get("/terbit/")
    page.title = "Draf"
    page.save_revision()
    response = client.get("/terbit/")
    assert response.headers["X-Cache"] == "hit"
    assert "Terbit" in response.content.decode()


def test_changing_the_unit_profile_empties_the_cache(client, site_tree, page_cache):
    client.get("/")
    site_tree.profile.unit_name = "Polres Berganti Nama"
    site_tree.profile.save()
    assert "Polres Berganti Nama" in client.get("/").content.decode()


def test_signed_in_staff_never_get_a_shared_copy(client, site_tree, page_cache, admin_user):
    client.get("/")
    client.force_login(admin_user)
    response = client.get("/")
    assert response.headers["X-Cache"] == "skip"


def test_admin_is_never_cached(client, page_cache):
    client.get("/admin/login/")
    assert client.get("/admin/login/").headers["X-Cache"] == "skip"


def test_cached_menu_shows_a_newly_published_page_at_once(client, site_tree):
    """The header is a cached fragment even when full-page caching is off."""
    client.get("/")
    page = InformationPageFactory(
        parent=site_tree.home, title="Layanan Baru", slug="layanan-baru", live=False
    )
    page.save_revision().publish()
    menu = client.get("/").content.decode().split('aria-label="Menu utama"')[1].split("</nav>")[0]
    assert "Layanan Baru" in menu


def test_a_published_home_page_is_seen_at_once(client, site_tree):
    """The site and its home page are kept with the cached pages even when full-page caching is
    off (home.page_cache.CachedSiteMiddleware)."""
    client.get("/")
    home = site_tree.home
    home.title = "Beranda Baru"
    home.save_revision().publish()
    assert "<title>Beranda Baru ·" in client.get("/").content.decode()


def test_a_new_site_for_another_hostname_is_used_at_once(client, site_tree):
    other_home = InformationPageFactory(parent=site_tree.home, title="Polsek Lain", slug="lain")
    assert "<title>Beranda Uji ·" in client.get("/", HTTP_HOST="polsek.example").content.decode()
    Site.objects.create(hostname="polsek.example", port=80, root_page=other_home)
    html = client.get("/", HTTP_HOST="polsek.example").content.decode()
    assert "<title>Polsek Lain ·" in html


def test_a_request_for_an_unknown_host_is_refused_not_failed(client, site_tree, settings):
    settings.ALLOWED_HOSTS = ["testserver"]
    assert client.get("/", HTTP_HOST="penyerang.example").status_code == 400


@pytest.mark.parametrize("path", ["/pengaduan/", "/pengaduan/lacak/", "/pengaduan/lacak/?kode=X"])
def test_complaint_form_and_tracking_are_never_served_from_the_cache(
    client, site_tree, page_cache, path
):
    from tests.forms.conftest import build_complaint_setup

    build_complaint_setup(site_tree)
    for _visit in range(2):
        response = client.get(path)
        assert response.status_code == 200
        assert response["X-Cache"] == "skip"
        assert "no-store" in response["Cache-Control"]
