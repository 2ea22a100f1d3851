"""Within 14 days of closure the reporter asks, once, for a review on the tracking page: the
complaint reopens under review with its own deadline, assigned to a supervisor."""

import pytest
from django.core.exceptions import ValidationError

from forms.models import AuditEntry, Complaint, Notification, ReviewRequest, Status

from .conftest import make_staff
from .deadline_helpers import D, at, received_before_christmas

pytestmark = pytest.mark.django_db

REASON = "Motor saya belum ditemukan, tetapi pengaduan ditutup tanpa penjelasan apa pun."


@pytest.fixture
def closed(setup, django_user_model):
    """Resolved on Monday 4 January 2027, handled by an officer; one supervisor on duty."""
    officer = make_staff(
        django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a]
    )
    make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan")
    complaint = received_before_christmas(setup)
    complaint.assign(user=None, officer=officer)
    with at(D(2027, 1, 4)):
        for status in ["verified", "in_progress", "resolved"]:
            complaint.change_status(status, user=officer)
    return complaint


def ask(client, setup, complaint, reason=REASON, code=None):
    return client.post(
        setup.page.url + "lacak/tinjau/",
        {"kode": code or complaint.tracking_code, "reason": reason},
    )


def test_the_reporter_asks_for_a_review_and_the_complaint_reopens_for_a_supervisor(
    client, setup, closed
):
    with at(D(2027, 1, 11)):
        form = client.get(
            setup.page.tracking_url(closed.tracking_code), follow=True
        ).content.decode()
        assert "Minta peninjauan ulang" in form and "18 Januari 2027" in form  # 4 + 14 days
        response = ask(client, setup, closed)
        assert response.status_code == 302
        html = client.get(response["Location"]).content.decode()
    complaint = Complaint.objects.get()
    review = ReviewRequest.objects.get()
    assert complaint.status == Status.REVIEW
    assert review.reason == REASON
    assert review.reviewer.username == "supervisor"
    assert complaint.assigned_officer.username == "supervisor"
    assert review.due == D(2027, 1, 25)  # 10 working days after Monday 11 January
    assert 'id="status-pengaduan">Ditinjau ulang<' in html
    assert 'id="tahap-review"' in html and "25 Januari 2027" in html
    assert "10 hari kerja lagi" in html
    assert "Anda meminta peninjauan ulang pada 11 Januari 2027" in html
    (email,) = Notification.objects.filter(kind="review")
    assert email.recipients == "supervisor@example.id"
    assert REASON not in email.body  # the reason is read in the audited admin
    assert Notification.objects.filter(kind="status", subject__contains="Ditinjau ulang").exists()
    assert AuditEntry.objects.filter(action="review").exists()


def test_a_second_review_is_refused(client, setup, closed):
    with at(D(2027, 1, 11)):
        ask(client, setup, closed)
        supervisor = Complaint.objects.get().assigned_officer
        Complaint.objects.get().change_status(
            "resolved", user=supervisor, reason="Penanganan sudah sesuai; hasil kami jelaskan."
        )
        response = ask(client, setup, closed)
    assert response.status_code == 400
    assert "sudah pernah diminta" in response.content.decode()
    assert ReviewRequest.objects.count() == 1
    assert Complaint.objects.get().status == Status.RESOLVED


def test_a_review_is_refused_after_fourteen_days(client, setup, closed):
    with at(D(2027, 1, 19)):
        page = client.get(
            setup.page.tracking_url(closed.tracking_code), follow=True
        ).content.decode()
        response = ask(client, setup, closed)
    assert "dalam 14 hari sejak pengaduan ditutup" in page
    assert 'name="reason"' not in page
    assert response.status_code == 400
    assert "dalam 14 hari sejak pengaduan ditutup" in response.content.decode()
    assert not ReviewRequest.objects.exists()


def test_a_reason_too_short_comes_back_with_what_was_typed(client, setup, closed):
    with at(D(2027, 1, 11)):
        response = ask(client, setup, closed, reason="Belum puas.")
    html = response.content.decode()
    assert response.status_code == 400
    assert "Tuliskan paling sedikit 20 karakter" in html
    assert "Belum puas.</textarea>" in html
    assert not ReviewRequest.objects.exists()


def test_an_open_complaint_cannot_be_reviewed(client, setup):
    complaint = received_before_christmas(setup)
    with at(D(2026, 12, 23)):
        assert (
            'name="reason"'
            not in client.get(
                setup.page.tracking_url(complaint.tracking_code), follow=True
            ).content.decode()
        )
        response = ask(client, setup, complaint)
    assert response.status_code == 400
    assert not ReviewRequest.objects.exists()


def test_answering_a_review_needs_a_reason_for_the_reporter(client, setup, closed):
    with at(D(2027, 1, 11)):
        ask(client, setup, closed)
        complaint = Complaint.objects.get()
        with pytest.raises(ValidationError, match="alasan yang akan dibaca pelapor"):
            complaint.change_status("resolved", user=complaint.assigned_officer)


def test_review_requests_are_rate_limited(client, setup, closed, settings):
    settings.COMPLAINT_REVIEW_RATE_LIMIT = "1/h"
    with at(D(2027, 1, 11)):
        ask(client, setup, closed)
        response = ask(client, setup, closed)
    assert response.status_code == 429


def test_a_wrong_code_finds_nothing_and_counts_as_a_guess(client, setup, closed, settings):
    settings.COMPLAINT_TRACKING_RATE_LIMIT = "1/h"
    with at(D(2027, 1, 11)):
        assert ask(client, setup, closed, code="AAAA-BBBB-CCCC-DDDD-EEEE-FFFF").status_code == 404
        assert ask(client, setup, closed).status_code == 429
    assert not ReviewRequest.objects.exists()
