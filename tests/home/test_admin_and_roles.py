"""The admin speaks Indonesian, and the two staff roles exist in every database."""

import pytest
from django.contrib.auth.models import Group
from wagtail.models import GroupPagePermission
from wagtail.users.models import UserProfile

from home.models import InformationPage
from tests.conftest import TEST_UNIT_NAME

pytestmark = pytest.mark.django_db


@pytest.fixture
def redaksi_user(django_user_model):
    user = django_user_model.objects.create_user("redaksi", password="x")
    user.groups.add(Group.objects.get(name="Redaksi"))
    return user


@pytest.fixture
def complaint_staff_user(django_user_model):
    user = django_user_model.objects.create_user("petugas", password="x")
    user.groups.add(Group.objects.get(name="Petugas Pengaduan"))
    return user


def test_admin_login_page_is_in_indonesian(client):
    html = client.get("/admin/login/").content.decode()
    assert '<html lang="id"' in html
    assert "Masuk ke Wagtail" in html


def test_admin_follows_the_users_chosen_language(client, admin_user):
    UserProfile.objects.create(user=admin_user, preferred_language="en")
    client.force_login(admin_user)
    assert "Dashboard" in client.get("/admin/").content.decode()


def test_editor_and_complaint_staff_groups_are_created_by_migrations():
    assert set(Group.objects.values_list("name", flat=True)) >= {"Redaksi", "Petugas Pengaduan"}


def test_redaksi_can_draft_but_not_publish_pages():
    codenames = set(
        GroupPagePermission.objects.filter(group__name="Redaksi").values_list(
            "permission__codename", flat=True
        )
    )
    assert {"add_page", "change_page"} <= codenames
    assert "publish_page" not in codenames


def test_redaksi_can_create_an_information_page(client, site_tree, redaksi_user):
    client.force_login(redaksi_user)
    url = f"/admin/pages/add/home/informationpage/{site_tree.home.pk}/"
    assert client.get(url).status_code == 200
    response = client.post(
        url,
        {
            "title": "Jadwal Pelayanan",
            "slug": "jadwal-pelayanan",
            "summary": "",
            "body-count": "0",
            "action-submit": "",
        },
    )
    assert response.status_code == 302
    page = InformationPage.objects.get(slug="jadwal-pelayanan")
    assert page.get_parent().pk == site_tree.home.pk
    assert not page.live


def test_redaksi_can_upload_images(client, redaksi_user):
    client.force_login(redaksi_user)
    assert client.get("/admin/images/multiple/add/").status_code == 200


def test_redaksi_cannot_edit_site_settings(client, site_tree, redaksi_user):
    client.force_login(redaksi_user)
    response = client.get(f"/admin/settings/home/unitprofile/{site_tree.site.pk}/")
    assert response.status_code == 302


def test_complaint_staff_can_reach_the_admin_but_not_edit_pages(
    client, site_tree, complaint_staff_user
):
    client.force_login(complaint_staff_user)
    assert client.get("/admin/").status_code == 200
    url = f"/admin/pages/add/home/informationpage/{site_tree.home.pk}/"
    assert client.get(url).status_code == 302


def test_superuser_edits_the_unit_profile_in_the_admin(client, site_tree, admin_user):
    client.force_login(admin_user)
    url = f"/admin/settings/home/unitprofile/{site_tree.site.pk}/"
    assert TEST_UNIT_NAME in client.get(url).content.decode()
