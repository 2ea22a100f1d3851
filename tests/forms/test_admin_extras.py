"""Supervisors see email failures; only admins change categories; pages with complaints stay."""

import pytest
from django.utils import timezone

from forms.models import AuditEntry, ComplaintCategory, Notification

from .conftest import make_staff, valid_data

pytestmark = pytest.mark.django_db


@pytest.fixture
def failed_email(client, setup):
    client.post(setup.url, valid_data(setup, email=""))
    client.logout()
    Notification.objects.update(state="failed", attempts=250, last_error="SMTPConnectError")
    return Notification.objects.get()


def test_supervisors_see_failed_emails_and_retry_them(client, failed_email, django_user_model):
    client.force_login(make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan"))
    dashboard = client.get("/admin/").content.decode()
    assert "1 email belum dapat terkirim" in dashboard
    listing = client.get("/admin/pengaduan/email/", {"troubled": "true"}).content.decode()
    assert "SMTPConnectError" in listing
    client.post(f"/admin/pengaduan/email/{failed_email.pk}/retry/")
    failed_email.refresh_from_db()
    assert failed_email.state == "pending"
    assert AuditEntry.objects.filter(action="retry").exists()


def test_complaint_staff_do_not_see_the_email_outbox(
    client, setup, failed_email, django_user_model
):
    client.force_login(
        make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a])
    )
    assert client.get("/admin/pengaduan/email/").status_code == 302
    client.post(f"/admin/pengaduan/email/{failed_email.pk}/retry/")
    failed_email.refresh_from_db()
    assert failed_email.state == "failed"


@pytest.mark.parametrize(
    ("role", "allowed"),
    [("redaksi", False), ("petugas", False), ("supervisor", False), ("superuser", True)],
)
def test_only_admins_change_categories_and_their_inboxes(
    client, setup, django_user_model, role, allowed
):
    users = {
        "redaksi": lambda: make_staff(django_user_model, "r", group="Redaksi"),
        "petugas": lambda: make_staff(django_user_model, "p", group="Petugas Pengaduan"),
        "supervisor": lambda: make_staff(django_user_model, "s", group="Supervisor Pengaduan"),
        "superuser": lambda: make_staff(django_user_model, "a", superuser=True),
    }
    client.force_login(users[role]())
    url = f"/admin/snippets/forms/complaintcategory/edit/{setup.category_a.pk}/"
    assert (client.get(url).status_code == 200) is allowed


def test_inbox_addresses_are_the_same_in_every_translation(setup):
    from wagtail.models import Locale

    english = Locale.objects.get(language_code="en")
    translation = setup.category_a.copy_for_translation(english)
    translation.name = "Crime report"
    translation.inbox_emails = "someone-else@example.com"
    translation.save()
    assert translation.inbox_emails == "reskrim@example.id"
    setup.category_a.inbox_emails = "reskrim-baru@example.id"
    setup.category_a.save()
    translation.refresh_from_db()
    assert translation.inbox_emails == "reskrim-baru@example.id"
    assert translation.recipients == ["reskrim-baru@example.id"]
    assert ComplaintCategory.objects.get(pk=translation.pk).source == setup.category_a


def test_a_form_page_holding_complaints_cannot_be_deleted(client, setup, django_user_model):
    client.post(setup.url, valid_data(setup))
    client.force_login(make_staff(django_user_model, "admin", superuser=True))
    client.post(f"/admin/pages/{setup.page.pk}/delete/")
    assert type(setup.page).objects.filter(pk=setup.page.pk).exists()


def test_dashboard_counts_overdue_complaints_for_staff(client, setup, django_user_model):
    client.post(setup.url, valid_data(setup))
    from forms.models import Complaint

    Complaint.objects.update(resolution_due=timezone.localdate().replace(year=2000))
    client.force_login(
        make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a])
    )
    html = client.get("/admin/").content.decode()
    assert "1 terlambat" in html
