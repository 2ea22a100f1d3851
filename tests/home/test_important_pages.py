"""Links to the complaint form and its tracking page follow the page chosen in the site
setting "Important pages", so renaming or moving the form keeps every link working."""

from importlib import import_module

import pytest
from django.apps import apps

from forms.models import ComplaintFormPage
from home.links import complaint_form_url, tracking_page_url
from home.models import ImportantPages

pytestmark = pytest.mark.django_db


@pytest.fixture
def complaint_page(site_tree):
    page = ComplaintFormPage(title="Pengaduan Masyarakat", slug="pengaduan")
    site_tree.home.add_child(instance=page)
    page.save_revision().publish()
    return page


def rename(page, slug):
    page.slug = slug
    page.save_revision().publish()


def test_renaming_the_complaint_page_keeps_its_links(client, public_pages, complaint_page):
    important = ImportantPages.for_site(complaint_page.get_site())
    important.complaint_page = complaint_page
    important.save()

    rename(complaint_page, "aduan-warga")

    home = client.get("/").content.decode().split('id="ajak-pengaduan"')[1]
    assert 'href="/aduan-warga/"' in home
    assert 'href="/aduan-warga/"' in client.get("/layanan/skck/").content.decode()
    assert tracking_page_url(public_pages.service) == "/aduan-warga/lacak/"
    assert client.get(tracking_page_url(public_pages.service)).status_code == 200


def test_links_follow_the_translation_of_the_chosen_page(client, public_pages, complaint_page):
    english = public_pages.english(public_pages.service)
    translation = complaint_page.copy_for_translation(english.locale)
    translation.slug = "complaints"
    translation.save_revision().publish()
    important = ImportantPages.for_site(complaint_page.get_site())
    important.complaint_page = complaint_page
    important.save()

    assert complaint_form_url(english) == "/en/complaints/"
    assert 'href="/en/complaints/"' in client.get("/en/").content.decode()


def test_the_migration_chooses_the_existing_complaint_page(complaint_page):
    ImportantPages.objects.all().delete()
    migration = import_module("home.migrations.0006_important_pages_setting")

    migration.choose_existing_complaint_page(apps, None)

    important = ImportantPages.objects.get(site=complaint_page.get_site())
    assert important.complaint_page_id == complaint_page.pk
