"""What the outbox writes: a status change tells the reporter who gave an address, in their
language and with nothing personal; the unit's inbox subject flags a possible emergency."""

import pytest

from forms.models import Complaint, Notification

from .conftest import valid_data

pytestmark = pytest.mark.django_db

EMERGENCY = "Tolong segera, sedang terjadi perampokan di rumah tetangga saya sekarang juga."


def submit(client, setup, **fields):
    client.post(setup.url, valid_data(setup, nik="1671034506900001", **fields))
    return Complaint.objects.get()


def test_a_status_change_emails_the_reporter_in_their_language_with_nothing_personal(client, setup):
    complaint = submit(client, setup)
    complaint.change_status("verified", user=None)
    email = Notification.objects.get(kind="status")
    assert email.recipients == "budi@example.com"
    assert complaint.reference in email.subject
    assert "Diverifikasi" in email.subject and "Diverifikasi" in email.body
    for personal in ("Budi Santoso", "0812", "1671034506900001", "Parkiran", complaint.description):
        assert personal not in email.body and personal not in email.subject

    complaint.language = "en"
    complaint.change_status("rejected", user=None, reason="Sudah ditangani Polsek Sekayu.")
    email = Notification.objects.filter(kind="status").first()
    assert "Rejected" in email.subject
    assert "Sudah ditangani Polsek Sekayu." in email.body  # the reason shown when tracking


def test_a_reporter_without_an_address_gets_no_status_email(client, setup):
    complaint = submit(client, setup, email="")
    complaint.change_status("verified", user=None)
    assert not Notification.objects.filter(kind="status").exists()


def test_the_unit_inbox_subject_flags_a_possible_emergency(client, setup, settings):
    settings.COMPLAINT_RATE_LIMIT = "100/h"
    flagged = submit(client, setup, description=EMERGENCY)
    assert flagged.emergency_suspected
    subject = Notification.objects.get(kind="inbox", complaint=flagged).subject
    assert subject.startswith("[DARURAT?] ")
    Complaint.objects.all().delete()

    plain = submit(client, setup)
    subject = Notification.objects.get(kind="inbox", complaint=plain).subject
    assert "DARURAT" not in subject
