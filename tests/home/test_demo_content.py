"""The demo content a newcomer gets from `make run`: realistic, bilingual and loaded once.

The demo is loaded once for the module (`loaded_demo`), in autocommit mode as under `make run`:
wagtail-localize publishes translations when each transaction commits.
"""

import pytest
from django.contrib.auth import get_user_model
from django.core.management import CommandError, call_command
from wagtail.models import Page, Site

from home.models import HomePage, UnitProfile

pytestmark = pytest.mark.django_db


@pytest.fixture
def demo_site(loaded_demo):
    return loaded_demo


def test_demo_content_builds_a_bilingual_site(client, demo_site):
    assert HomePage.objects.filter(locale__language_code="id", live=True).count() == 1
    assert HomePage.objects.filter(locale__language_code="en", live=True).count() == 1
    home = client.get("/").content.decode()
    assert "Polres Musi Banyuasin" in home
    assert "Polda Sumatera Selatan" in home
    assert "Police Services for Citizens" in client.get("/en/").content.decode()


def test_demo_translations_are_reachable_in_english(client, demo_site):
    response = client.get("/en/profil/")
    assert response.status_code == 200
    assert "About Us" in response.content.decode()


def test_demo_content_uses_example_contacts_only(demo_site):
    profile = UnitProfile.for_site(Site.objects.get(is_default_site=True))
    assert profile.email.endswith("@example.id")
    assert all("example.com" in url for _label, url in profile.social_links)
    assert profile.emergency_number == "110"
    assert profile.logo is not None


def test_loading_demo_content_twice_duplicates_nothing(demo_site):
    pages_before = Page.objects.count()
    call_command("load_demo_content", stdout=None)
    assert Page.objects.count() == pages_before
    assert Site.objects.count() == 1


@pytest.mark.django_db  # the groups come from migrations, which a flushed database lacks
def test_demo_users_are_refused_outside_development():
    with pytest.raises(CommandError):
        call_command("create_demo_users")
    assert not get_user_model().objects.exists()


@pytest.mark.django_db
def test_demo_users_cover_every_role(settings):
    settings.DEBUG = True
    call_command("create_demo_users", stdout=None)
    call_command("create_demo_users", stdout=None)
    users = get_user_model().objects
    assert users.count() == 5
    assert users.get(username="admin").is_superuser
    assert users.get(username="redaksi").groups.filter(name="Redaksi").exists()
    assert users.get(username="petugas").groups.filter(name="Petugas Pengaduan").exists()
    assert users.get(username="supervisor").groups.filter(name="Supervisor Pengaduan").exists()
    assert users.get(username="penyunting").groups.filter(name="Penyunting").exists()
