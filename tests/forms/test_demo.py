"""`make run` gives a working complaint service: form, categories, staff and demo complaints."""

import io

import pytest
from django.core.management import call_command

from forms.models import Complaint, ComplaintCategory, ComplaintStaffProfile, Status

from .conftest import restore_groups

pytestmark = pytest.mark.django_db

ROUTES = {
    "Laporan tindak pidana": "Sat Reskrim",
    "Narkoba": "Sat Narkoba",
    "Lalu lintas": "Sat Lantas",
    "Kehilangan barang/dokumen": "SPKT",
    "Keluhan pelayanan": "SPKT",
    "Perilaku anggota": "Si Propam",
    "Informasi dan saran": "Humas",
}


@pytest.fixture
def demo_output(loaded_demo):
    """What `load_demo_content` printed: the demo's tracking links among it."""
    return loaded_demo


def test_demo_builds_the_form_page_categories_and_complaints(client, demo_output):
    categories = ComplaintCategory.objects.filter(locale__language_code="id")
    assert {c.name: c.handling_unit.name for c in categories} == ROUTES
    assert all(c.inbox_emails.endswith("@example.id") for c in categories)
    html = client.get("/pengaduan/").content.decode()
    assert "Pengaduan Masyarakat" in html and "Perilaku anggota" in html
    assert "Kebijakan Privasi" in client.get("/kebijakan-privasi/").content.decode()
    statuses = set(Complaint.objects.values_list("status", flat=True))
    assert {Status.RECEIVED, Status.IN_PROGRESS, Status.RESOLVED} <= statuses


def test_the_english_form_has_english_labels_and_categories(client, demo_output):
    html = client.get("/en/pengaduan/").content.decode()
    assert "What is your complaint about?" in html
    assert "Crime report" in html
    assert "Have you already reported this at a police station?" in html
    assert "Tentang apa pengaduan Anda?" not in html
    english = ComplaintCategory.objects.get(locale__language_code="en", name="Crime report")
    assert english.inbox_emails == "reskrim@example.id"


def test_demo_tracking_links_work(client, demo_output):
    link = next(line.split(": ", 1)[1] for line in demo_output.splitlines() if "lacak ADU" in line)
    html = client.get(link, follow=True).content.decode()
    assert 'id="status-pengaduan"' in html


def test_demo_staff_handle_their_units_once_the_demo_users_exist(client, demo_output, settings):
    settings.DEBUG = True
    restore_groups()
    call_command("create_demo_users", stdout=io.StringIO())
    profile = ComplaintStaffProfile.objects.get(user__username="petugas")
    assert {unit.name for unit in profile.units.all()} == {"SPKT", "Sat Reskrim"}
    client.post("/admin/login/", {"username": "petugas", "password": "demo-polres-2026"})
    inbox = client.get("/admin/pengaduan/kotak-masuk/").content.decode()
    assert Complaint.objects.filter(assigned_unit__name="SPKT").first().reference in inbox
    assert Complaint.objects.get(category__name="Narkoba").reference not in inbox


def test_loading_twice_adds_no_complaints_or_categories(demo_output):
    counts = (Complaint.objects.count(), ComplaintCategory.objects.count())
    call_command("load_demo_content", stdout=io.StringIO())
    assert (Complaint.objects.count(), ComplaintCategory.objects.count()) == counts
