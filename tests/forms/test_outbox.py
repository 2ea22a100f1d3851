"""Notifications go through the outbox and a real SMTP server (aiosmtpd), sent by the database
worker in-process: exactly once, retried with backoff while SMTP is down."""

import datetime
import re
from unittest import mock

import pytest
from django.core.management import call_command
from django.utils import timezone
from django_recaptcha.client import RecaptchaResponse
from django_tasks_db.models import DBTaskResult

from forms import outbox
from forms.models import Complaint, Notification
from forms.outbox import retry_delay

from .conftest import build_complaint_setup, png_bytes, upload, valid_data
from .smtp import SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)

NIK = "1671034506900001"


@pytest.fixture
def smtp(settings):
    server = SMTPServer()
    server.start()
    settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
    settings.EMAIL_HOST = "127.0.0.1"
    settings.EMAIL_PORT = server.port
    settings.EMAIL_TIMEOUT = 5
    yield server
    server.stop()


@pytest.fixture
def setup(site_tree):
    return build_complaint_setup(site_tree)


def run_worker():
    call_command(
        "db_worker", batch=True, reload=False, startup_delay=False, interval=0, verbosity=0
    )


def let_retries_fall_due():
    """Time passes: the retries scheduled for later become due now."""
    DBTaskResult.objects.filter(status="READY", run_after__gt=timezone.now()).exclude(
        run_after__year=9999
    ).update(run_after=timezone.now() - datetime.timedelta(seconds=1))


def test_category_inbox_gets_exactly_one_email_with_the_essentials_and_no_secrets(
    client, setup, smtp, settings
):
    settings.COMPLAINT_CAPTCHA_ENABLED = True
    settings.RECAPTCHA_PUBLIC_KEY = "public-test-key"
    settings.RECAPTCHA_PRIVATE_KEY = "private-test-key"
    captcha_token = "captcha-token-that-must-never-be-stored-0123456789"
    data = valid_data(
        setup, nik=NIK, description="Dompet saya dicopet di terminal bus Sekayu pagi ini."
    )
    data["g-recaptcha-response"] = captcha_token
    data["attachments"] = upload("bukti.png", png_bytes())
    with mock.patch(
        "django_recaptcha.client.submit", return_value=RecaptchaResponse(is_valid=True)
    ):
        response = client.post(setup.url, data)
    assert response.status_code == 200
    complaint = Complaint.objects.get()
    assert complaint.attachments.count() == 1

    run_worker()

    inbox = [message for rcpt, message in smtp.messages if rcpt == ["reskrim@example.id"]]
    assert len(inbox) == 1
    message = inbox[0]
    body = message.get_content()
    assert complaint.reference in message["Subject"]
    assert complaint.reference in body
    assert "Laporan tindak pidana" in body
    assert "Dompet saya dicopet di terminal bus Sekayu pagi ini." in body
    assert f"http://testserver/admin/pengaduan/kotak-masuk/inspect/{complaint.pk}/" in body
    assert NIK not in body
    assert captcha_token not in message.as_string()
    assert not message.is_multipart()
    assert "bukti" not in message.as_string()
    # The receipt went to the reporter, and to nobody else.
    assert sorted(rcpt[0] for rcpt, _ in smtp.messages) == [
        "budi@example.com",
        "reskrim@example.id",
    ]
    receipt = next(m for rcpt, m in smtp.messages if rcpt == ["budi@example.com"])
    assert re.search(r"/pengaduan/lacak/\?kode=[A-Z0-9-]{20,}", receipt.get_content())
    # The captcha token is stored nowhere.
    for value in Complaint.objects.values().get().values():
        assert captcha_token not in str(value)
    for notification in Notification.objects.all():
        assert captcha_token not in notification.body
        assert notification.state == "sent"
        assert notification.sealed_tracking_url == ""

    run_worker()
    assert len(smtp.messages) == 2


def test_smtp_down_twenty_complaints_are_received_and_all_delivered_once_when_it_returns(
    client, setup, smtp, settings
):
    settings.COMPLAINT_RATE_LIMIT = "100/h"
    smtp.stop()
    references = set()
    for number in range(20):
        response = client.post(
            setup.url,
            valid_data(
                setup,
                email="",
                description=f"Pengaduan nomor {number}: lampu lalu lintas di simpang mati.",
            ),
        )
        assert response.status_code == 200
        references.add(re.search(r'id="nomor-pengaduan">([^<]+)<', response.content.decode())[1])
    assert len(references) == 20
    assert Complaint.objects.count() == 20
    assert Notification.objects.filter(state="pending").count() == 20

    run_worker()  # every attempt fails: nothing lost, retries scheduled
    pending = Notification.objects.filter(state="pending")
    assert pending.count() == 20
    assert all(n.attempts == 1 and n.last_error for n in pending)
    first_retry = min(n.next_attempt_at for n in pending) - timezone.now()
    assert first_retry < datetime.timedelta(minutes=1)

    smtp.start()
    let_retries_fall_due()
    run_worker()
    assert Notification.objects.filter(state="sent").count() == 20
    assert len(smtp.messages) == 20
    subjects = [message["Subject"] for _, message in smtp.messages]
    assert {re.search(r"ADU-\d{4}-\d{5}", subject)[0] for subject in subjects} == references

    let_retries_fall_due()
    run_worker()
    assert len(smtp.messages) == 20


def test_a_notification_enqueued_twice_is_sent_once(client, setup, smtp):
    client.post(setup.url, valid_data(setup, email=""))
    notification = Notification.objects.get()
    outbox.schedule(notification)
    outbox.schedule(notification)
    run_worker()
    assert len(smtp.messages) == 1


def test_emails_go_out_before_a_backlog_of_index_maintenance(client, setup, smtp):
    from wagtail.tasks import update_reference_index_task

    page = setup.page
    for _ in range(20):
        update_reference_index_task.enqueue(page._meta.app_label, page._meta.model_name, page.pk)
    client.post(setup.url, valid_data(setup, email=""))
    call_command(
        "db_worker",
        batch=True,
        reload=False,
        startup_delay=False,
        interval=0,
        verbosity=0,
        max_tasks=1,
    )
    assert len(smtp.messages) == 1


def test_an_email_failing_for_three_days_is_marked_failed_for_supervisors(client, setup, smtp):
    client.post(setup.url, valid_data(setup, email=""))
    smtp.stop()
    Notification.objects.update(created_at=timezone.now() - datetime.timedelta(days=3, minutes=1))
    run_worker()
    notification = Notification.objects.get()
    assert notification.state == "failed"
    assert notification.is_troubled


def test_backoff_starts_under_a_minute_and_is_capped_at_thirty_minutes():
    delays = [retry_delay(attempt) for attempt in range(1, 12)]
    assert delays[0] < 60
    assert delays == sorted(delays)
    assert max(delays) == 30 * 60
    # Three days of retries at most every 30 minutes: well over a hundred attempts.
    waited, attempts = 0, 0
    while waited < 3 * 24 * 3600:
        attempts += 1
        waited += retry_delay(attempts)
    assert attempts > 3 * 24 * 60 // 30


def test_an_email_left_behind_by_a_killed_worker_is_requeued_and_sent_once(client, setup, smtp):
    import io

    client.post(setup.url, valid_data(setup, email=""))
    # The worker died mid-task: its task is gone, the email is still pending.
    DBTaskResult.objects.filter(task_path__endswith="deliver_notification").delete()
    Notification.objects.update(next_attempt_at=timezone.now() - datetime.timedelta(hours=1))
    output = io.StringIO()
    call_command("requeue_pending_emails", stdout=output)
    call_command("requeue_pending_emails", stdout=io.StringIO())
    assert "1 email" in output.getvalue()
    run_worker()
    assert len(smtp.messages) == 1
    assert Notification.objects.get().state == "sent"
