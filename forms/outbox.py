"""The outbox: every email the complaint service sends is a `Notification` row first.

A row is saved in the same transaction as the complaint (or reply) it belongs to, together with
the database task that will send it, so either both exist or neither does. The task locks the
row, sends, and marks it sent; a failed attempt is retried with backoff (30 s, doubling, capped
at 30 minutes) until the row is three days old, after which it is marked failed for
supervisors to see and retry.

The tracking link in a citizen's receipt is the only secret an email carries. It is kept
encrypted beside the row, put into the message only at sending time, and erased once sent.

Models are looked up through the app registry, so the complaint model can queue its emails
here without an import loop.
"""

import base64
import datetime
import hashlib
import logging

from cryptography.fernet import Fernet
from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from django_tasks import task

logger = logging.getLogger(__name__)

TRACKING_URL_PLACEHOLDER = "[[tautan-lacak]]"
FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 30 * 60
# Ahead of Wagtail's search- and reference-index tasks: after a bulk import thousands of those
# can be queued, and a citizen's receipt or a unit's inbox email must not wait behind them.
NOTIFICATION_PRIORITY = 50


def _model(name):
    return apps.get_model("forms", name)


def retry_delay(attempts):
    """Seconds to wait after the given number of failed attempts: 30, 60, 120 ... 1800."""
    return min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS)


def _fernet():
    key = hashlib.sha256(f"complaint-outbox:{settings.SECRET_KEY}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(value):
    return _fernet().encrypt(value.encode()).decode() if value else ""


def unseal(value):
    return _fernet().decrypt(value.encode()).decode() if value else ""


# -- queueing -------------------------------------------------------------------------------


def queue(complaint, kind, recipients, subject, body, tracking_url=""):
    with transaction.atomic():
        notification = _model("Notification").objects.create(
            complaint=complaint,
            kind=kind,
            recipients=", ".join(recipients),
            subject=subject[:200],
            body=body,
            sealed_tracking_url=seal(tracking_url),
        )
        schedule(notification)
    return notification


def schedule(notification, run_after=None):
    """Enqueue the sending task; with the database queue, in the caller's transaction."""
    delivery = deliver_notification
    if run_after is not None:
        delivery = delivery.using(run_after=run_after)
    delivery.enqueue(notification.pk)


def queue_new_complaint(complaint, *, admin_url, tracking_url):
    Kind = _model("Notification").Kind
    category = complaint.category
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("[%(reference)s] New complaint: %(category)s") % {
            "reference": complaint.reference,
            "category": category.name,
        }
        body = render_to_string(
            "forms/email/inbox.txt", {"complaint": complaint, "admin_url": admin_url}
        )
    queue(complaint, Kind.INBOX, category.recipients, subject, body)
    if complaint.email:
        with translation.override(complaint.language):
            subject = gettext("Your complaint %(reference)s has been received") % {
                "reference": complaint.reference
            }
            body = render_to_string(
                "forms/email/receipt.txt",
                {"complaint": complaint, "tracking_url": TRACKING_URL_PLACEHOLDER},
            )
        queue(complaint, Kind.RECEIPT, [complaint.email], subject, body, tracking_url)


def queue_reply(complaint, reply):
    if not complaint.email:
        return None
    with translation.override(complaint.language):
        subject = gettext("A reply about your complaint %(reference)s") % {
            "reference": complaint.reference
        }
        body = render_to_string("forms/email/reply.txt", {"complaint": complaint, "reply": reply})
    return queue(complaint, _model("Notification").Kind.REPLY, [complaint.email], subject, body)


# -- sending --------------------------------------------------------------------------------


def build_message(notification):
    body = notification.body
    if notification.sealed_tracking_url:
        body = body.replace(TRACKING_URL_PLACEHOLDER, unseal(notification.sealed_tracking_url))
    domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
    return EmailMessage(
        subject=notification.subject,
        body=body,
        from_email=settings.DEFAULT_FROM_EMAIL,
        to=[address.strip() for address in notification.recipients.split(",") if address.strip()],
        # The same Message-ID on every attempt, so a receiving server can drop a duplicate.
        headers={
            "Message-ID": f"<pengaduan-{notification.pk}."
            f"{notification.created_at:%Y%m%d%H%M%S}@{domain}>"
        },
    )


def deliver(pk):
    """Send one notification at most once. Returns what happened, for the task's result."""
    Notification = _model("Notification")
    State = Notification.State
    with transaction.atomic():
        notification = Notification.objects.select_for_update().filter(pk=pk).first()
        if notification is None or notification.state != State.PENDING:
            return "skipped"
        now = timezone.now()
        notification.attempts += 1
        try:
            build_message(notification).send()
        except Exception as error:
            notification.last_error = f"{type(error).__name__}: {error}"[:1000]
            give_up_at = notification.created_at + datetime.timedelta(
                seconds=settings.COMPLAINT_EMAIL_GIVE_UP_AFTER
            )
            if now >= give_up_at:
                notification.state = State.FAILED
                logger.error("Gave up on email %s: %s", pk, notification.last_error)
            else:
                notification.next_attempt_at = now + datetime.timedelta(
                    seconds=retry_delay(notification.attempts)
                )
                schedule(notification, run_after=notification.next_attempt_at)
                logger.warning(
                    "Email %s failed (attempt %s), retrying at %s: %s",
                    pk,
                    notification.attempts,
                    notification.next_attempt_at,
                    notification.last_error,
                )
            notification.save()
            return "retry" if notification.state == State.PENDING else "failed"
        notification.state = State.SENT
        notification.sent_at = now
        notification.last_error = ""
        notification.sealed_tracking_url = ""
        notification.save()
        return "sent"


@task(priority=NOTIFICATION_PRIORITY)
def deliver_notification(notification_id):
    return deliver(notification_id)


def retry_now(notification, user):
    """A supervisor's retry of a failed email: pending again, with a fresh three days."""
    AuditEntry = _model("AuditEntry")
    with transaction.atomic():
        notification.state = notification.State.PENDING
        notification.created_at = timezone.now()
        notification.next_attempt_at = notification.created_at
        notification.save(update_fields=["state", "created_at", "next_attempt_at"])
        schedule(notification)
        AuditEntry.record(
            user,
            AuditEntry.Action.NOTIFICATION_RETRIED,
            notification.complaint,
            notification.subject,
        )
