"""Closed complaints are anonymised after the retention period; the statistics are kept."""

import datetime
import io
from pathlib import Path

import pytest
from django.core.exceptions import ValidationError
from django.core.management import call_command
from django.utils import timezone

from forms.models import AuditEntry, Complaint, Notification

from .conftest import png_bytes, upload, valid_data

pytestmark = pytest.mark.django_db


def make_complaint(client, setup, description, **extra):
    data = valid_data(setup, description=description, nik="1671034506900001")
    data["attachments"] = upload("foto.png", png_bytes())
    client.post(setup.url, data)
    complaint = Complaint.objects.get(description=description)
    Complaint.objects.filter(pk=complaint.pk).update(**extra)
    complaint.refresh_from_db()
    return complaint


def test_expired_complaints_lose_personal_data_and_keep_statistics(client, setup, settings):
    settings.COMPLAINT_RATE_LIMIT = "100/h"
    long_ago = timezone.now() - datetime.timedelta(days=800)
    expired = make_complaint(
        client, setup, "Pengaduan lama yang sudah selesai dua tahun lalu.",
        status="resolved", closed_at=long_ago,
    )  # fmt: skip
    recent = make_complaint(
        client, setup, "Pengaduan yang baru saja selesai bulan lalu.",
        status="resolved", closed_at=timezone.now() - datetime.timedelta(days=30),
    )  # fmt: skip
    still_open = make_complaint(
        client, setup, "Pengaduan lama yang masih diproses sampai sekarang.",
        status="in_progress", submit_time=long_ago,
    )  # fmt: skip
    expired.reply("Sudah kami tindak lanjuti, Pak Budi.", user=None)
    file_path = Path(expired.attachments.get().file.path)
    assert file_path.exists()

    output = io.StringIO()
    call_command("anonymise_expired_complaints", stdout=output)
    assert "1 pengaduan dianonimkan" in output.getvalue()

    expired.refresh_from_db()
    assert (expired.name, expired.phone, expired.email, expired.nik) == ("", "", "", "")
    assert expired.incident_location == ""
    assert "dua tahun" not in expired.description
    assert expired.anonymised_at is not None
    assert not expired.attachments.exists()
    assert not file_path.exists()
    assert "Pak Budi" not in expired.replies.get().body
    for notification in Notification.objects.filter(complaint=expired):
        assert notification.recipients == "" and notification.body == ""
    # Statistics survive.
    assert expired.category == setup.category_a
    assert expired.district == setup.district
    assert expired.status == "resolved"
    assert expired.status_changes.exists()
    assert AuditEntry.objects.filter(action="anonymised", complaint=expired).exists()
    # Others are untouched.
    for other in (recent, still_open):
        other.refresh_from_db()
        assert other.nik and other.anonymised_at is None and other.attachments.exists()


def test_dry_run_changes_nothing(client, setup):
    make_complaint(
        client, setup, "Pengaduan lama yang sudah selesai dua tahun lalu.",
        status="resolved", closed_at=timezone.now() - datetime.timedelta(days=800),
    )  # fmt: skip
    output = io.StringIO()
    call_command("anonymise_expired_complaints", "--dry-run", stdout=output)
    assert "1 pengaduan akan dianonimkan" in output.getvalue()
    assert Complaint.objects.get().anonymised_at is None


def test_the_retention_period_is_a_setting(client, setup, settings):
    settings.COMPLAINT_RETENTION_DAYS = 10
    make_complaint(
        client, setup, "Pengaduan yang selesai dua minggu yang lalu.",
        status="resolved", closed_at=timezone.now() - datetime.timedelta(days=14),
    )  # fmt: skip
    call_command("anonymise_expired_complaints", stdout=io.StringIO())
    assert Complaint.objects.get().anonymised_at is not None


def test_an_anonymised_complaint_takes_no_reply_and_emails_nobody(client, setup):
    complaint = make_complaint(client, setup, "Pengaduan yang sudah dianonimkan sebelumnya.")
    complaint.anonymise()
    emails_before = Notification.objects.count()
    with pytest.raises(ValidationError):
        complaint.reply("Balasan yang tidak boleh terkirim.", user=None)
    assert not complaint.replies.exists()
    assert Notification.objects.count() == emails_before
