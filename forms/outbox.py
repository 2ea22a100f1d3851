"""The outbox: every email the complaint service sends is a `Notification` row first.

A row is saved in the same transaction as the complaint (or reply) it belongs to, together with
the database task that will send it, so either both exist or neither does. The task leases the
row, sends, and marks it sent (see `deliver`); a failed attempt is retried with backoff (30 s,
doubling, capped at 30 minutes) until the row is three days old, after which it is marked
failed for supervisors to see and retry. `reclaim_stuck` queues again what a lost worker left;
the worker command (`run_worker`) calls it whenever it starts or the database comes back.

The tracking link in a citizen's receipt is the only secret an email carries. It is kept
encrypted beside the row, put into the message only at sending time, and erased once sent.

Models are looked up through the app registry, so the complaint model can queue its emails
here without an import loop.
"""

import base64
import datetime
import hashlib
import logging
import time

from cryptography.fernet import Fernet
from django.apps import apps
from django.conf import settings
from django.core.mail import EmailMessage
from django.db import InterfaceError, OperationalError, connection, transaction
from django.db.models import Q
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext, gettext_noop
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

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


def schedule(notification, run_after=None, reclaim=False):
    """Enqueue the sending task; with the database queue, in the caller's transaction."""
    delivery = deliver_notification
    if run_after is not None:
        delivery = delivery.using(run_after=run_after)
    if reclaim:
        delivery.enqueue(notification.pk, reclaim=True)
    else:
        delivery.enqueue(notification.pk)


def queue_new_complaint(complaint, *, admin_url, tracking_url):
    Kind = _model("Notification").Kind
    category = complaint.category
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext("[%(reference)s] New complaint: %(category)s") % {
            "reference": complaint.reference,
            "category": category.name,
        }
        if complaint.emergency_suspected:
            # Seen in the inbox list before the email is opened.
            flag = gettext("[EMERGENCY?]")
            subject = f"{flag} {subject}"
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


def queue_status_change(complaint, change):
    """Tell the reporter, when they gave an address, that their complaint moved on: the status
    and the reason they would read on the tracking page, nothing more."""
    if not complaint.email:
        return None
    with translation.override(complaint.language):
        status = change.get_to_status_display()
        subject = gettext("Your complaint %(reference)s: %(status)s") % {
            "reference": complaint.reference,
            "status": status,
        }
        body = render_to_string(
            "forms/email/status.txt",
            {"complaint": complaint, "status": status, "reason": change.reason},
        )
    return queue(complaint, _model("Notification").Kind.STATUS, [complaint.email], subject, body)


def admin_url(complaint):
    from django.urls import reverse

    return settings.WAGTAILADMIN_BASE_URL.rstrip("/") + reverse(
        "forms_complaint:inspect", args=[complaint.pk]
    )


def unit_inbox(complaint):
    """The inbox addresses of the unit handling the complaint now: those of the categories it
    handles, or the complaint's own category when the unit handles none."""
    Category = _model("ComplaintCategory")
    addresses = []
    for category in Category.objects.filter(
        handling_unit=complaint.assigned_unit_id, locale__language_code=settings.LANGUAGE_CODE
    ):
        addresses += [a for a in category.recipients if a not in addresses]
    return addresses or complaint.category.recipients


def _addresses(users):
    return [user.email for user in users if user is not None and user.email]


def _unique(addresses):
    return list(dict.fromkeys(address.lower() for address in addresses))


def _queue_for_staff(complaint, kind, recipients, subject, template, context):
    """An email to staff, in the site's language, with a link to the complaint and nothing of
    the reporter's."""
    recipients = _unique(recipients)
    if not recipients:
        return None
    with translation.override(settings.LANGUAGE_CODE):
        subject = gettext(subject) % {"reference": complaint.reference, **context}
        body = render_to_string(
            template, {"complaint": complaint, "admin_url": admin_url(complaint), **context}
        )
    return queue(complaint, kind, recipients, subject, body)


def queue_reminder(complaint, stage):
    return _queue_for_staff(
        complaint,
        _model("Notification").Kind.REMINDER,
        [*unit_inbox(complaint), *_addresses([complaint.assigned_officer])],
        gettext_noop("[%(reference)s] Deadline tomorrow: %(stage)s"),
        "forms/email/reminder.txt",
        {"stage": stage.label, "due": stage.due},
    )


def queue_escalation(complaint, stage):
    from .permissions import supervisors

    heads = [
        profile.user
        for profile in _model("ComplaintStaffProfile")
        .objects.filter(heads=complaint.assigned_unit_id, user__is_active=True)
        .select_related("user")
    ]
    return _queue_for_staff(
        complaint,
        _model("Notification").Kind.ESCALATION,
        _addresses([*supervisors(), *heads]),
        gettext_noop("[%(reference)s] Deadline passed, passed to the leadership: %(stage)s"),
        "forms/email/escalation.txt",
        {"stage": stage.label, "due": stage.due},
    )


def queue_review_request(complaint, review):
    from .permissions import supervisors

    recipients = _addresses([review.reviewer]) or _addresses(supervisors())
    return _queue_for_staff(
        complaint,
        _model("Notification").Kind.REVIEW,
        recipients,
        gettext_noop("[%(reference)s] The reporter asks for a review"),
        "forms/email/review_request.txt",
        {"review": review},
    )


def queue_reporter_message(complaint, *, answered):
    """Tell the unit (and the assigned officer) that the reporter wrote: the reference and a
    link to the audited admin page, never the message or who the reporter is."""
    return _queue_for_staff(
        complaint,
        _model("Notification").Kind.MESSAGE,
        [*unit_inbox(complaint), *_addresses([complaint.assigned_officer])],
        gettext_noop("[%(reference)s] The reporter answered your question")
        if answered
        else gettext_noop("[%(reference)s] A new message from the reporter"),
        "forms/email/reporter_message.txt",
        {"answered": answered},
    )


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


def lease_seconds():
    """How long a worker holds an email it is sending; longer than any SMTP exchange."""
    return settings.COMPLAINT_EMAIL_LEASE_SECONDS


def deliver(pk, *, task_id="", reclaim=False):
    """Send one notification, at least once and normally exactly once.

    The row is marked "sending", with a lease, in a transaction of its own before SMTP is
    spoken to, and a task to take it up again when the lease ends is queued with it. So when
    the worker dies mid-send, or the database goes away between the server's 250 and the row's
    save, the email is neither lost nor stuck: it is sent again after the lease, with the same
    Message-ID. A `reclaim` run acts only on such an abandoned row.
    """
    notification = _claim(pk, task_id, reclaim)
    if notification is None:
        return "skipped"
    try:
        build_message(notification).send()
    except Exception as error:
        return _with_database_retries(_record_failure, notification, error)
    return _with_database_retries(_record_sent, notification)


def _claim(pk, task_id, reclaim):
    Notification = _model("Notification")
    State = Notification.State
    now = timezone.now()
    with transaction.atomic():
        notification = Notification.objects.select_for_update().filter(pk=pk).first()
        if notification is None:
            return None
        abandoned = notification.state == State.SENDING and notification.lease_expires_at < now
        if not (abandoned or (notification.state == State.PENDING and not reclaim)):
            return None
        if abandoned:
            logger.warning("Email %s was left in sending by a lost worker; sending again", pk)
            _fail_lost_task(notification.sending_task_id)
        notification.state = State.SENDING
        notification.attempts += 1
        notification.lease_expires_at = now + datetime.timedelta(seconds=lease_seconds())
        notification.sending_task_id = task_id
        notification.save()
        schedule(notification, run_after=notification.lease_expires_at, reclaim=True)
    return notification


def _record_sent(notification):
    _model("Notification").objects.filter(pk=notification.pk).update(
        state=notification.State.SENT,
        sent_at=timezone.now(),
        last_error="",
        sealed_tracking_url="",
        lease_expires_at=None,
    )
    return "sent"


def _record_failure(notification, error):
    State = notification.State
    now = timezone.now()
    notification.last_error = f"{type(error).__name__}: {error}"[:1000]
    notification.lease_expires_at = None
    give_up_at = notification.created_at + datetime.timedelta(
        seconds=settings.COMPLAINT_EMAIL_GIVE_UP_AFTER
    )
    with transaction.atomic():
        if now >= give_up_at:
            notification.state = State.FAILED
            logger.error("Gave up on email %s: %s", notification.pk, notification.last_error)
        else:
            notification.state = State.PENDING
            notification.next_attempt_at = now + datetime.timedelta(
                seconds=retry_delay(notification.attempts)
            )
            schedule(notification, run_after=notification.next_attempt_at)
            logger.warning(
                "Email %s failed (attempt %s), retrying at %s: %s",
                notification.pk,
                notification.attempts,
                notification.next_attempt_at,
                notification.last_error,
            )
        notification.save()
    return "retry" if notification.state == State.PENDING else "failed"


DATABASE_RETRY_DELAYS = (0.5, 1, 2, 4, 8)


def _with_database_retries(record, *args):
    """Record the outcome of an attempt; a dropped connection is reopened and tried again, so
    an email the server accepted is not sent a second time after a database restart."""
    for delay in (*DATABASE_RETRY_DELAYS, None):
        try:
            return record(*args)
        except (OperationalError, InterfaceError):
            if delay is None or connection.in_atomic_block:
                raise
            logger.warning("Database unavailable while recording an email; retrying")
            connection.close()
            time.sleep(delay)
    return None


def _fail_lost_task(task_id):
    """The task that held an abandoned email will never finish: say so in its result."""
    if task_id:
        DBTaskResult.objects.filter(id=task_id, status=TaskResultStatus.RUNNING).update(
            status=TaskResultStatus.FAILED,
            finished_at=timezone.now(),
            exception_class_path="forms.outbox.WorkerLost",
            traceback="The worker stopped while sending; the email was taken up again.",
        )


def reclaim_stuck(*, worker_id=None, pending_for=None):
    """Queue again what a lost worker or a database outage left behind; returns how many.

    Tasks still "running" for this (restarted) worker, or for longer than a lease, are marked
    failed and their emails queued again; so are pending emails whose attempt is overdue by
    `pending_for` seconds (a lease by default) and emails whose lease ended.
    """
    Notification = _model("Notification")
    State = Notification.State
    now = timezone.now()
    stale = now - datetime.timedelta(seconds=lease_seconds() + 60)
    ids = set()
    running = DBTaskResult.objects.filter(
        status=TaskResultStatus.RUNNING, task_path=deliver_notification.module_path
    )
    for result in running:
        if (worker_id and result.worker_ids[-1:] == [worker_id]) or result.started_at < stale:
            _fail_lost_task(result.id)
            ids.update(result.args_kwargs["args"][:1])
    overdue = now - datetime.timedelta(
        seconds=lease_seconds() if pending_for is None else pending_for
    )
    stuck = Notification.objects.filter(
        Q(pk__in=ids, state__in=[State.PENDING, State.SENDING])
        | Q(state=State.PENDING, next_attempt_at__lt=overdue)
        | Q(state=State.SENDING, lease_expires_at__lt=now)
    )
    count = 0
    for notification in stuck:
        schedule(notification)
        count += 1
    return count


DATABASE_RETRY_AFTER_SECONDS = 10


@task(priority=NOTIFICATION_PRIORITY, takes_context=True)
def deliver_notification(context, notification_id, reclaim=False):
    try:
        return deliver(notification_id, task_id=str(context.task_result.id), reclaim=reclaim)
    except (OperationalError, InterfaceError):
        # The database went away before the attempt was recorded: this task fails, and a new
        # one is queued as soon as the database answers again.
        _with_database_retries(_requeue, notification_id, reclaim)
        raise


def _requeue(notification_id, reclaim):
    run_after = timezone.now() + datetime.timedelta(seconds=DATABASE_RETRY_AFTER_SECONDS)
    deliver_notification.using(run_after=run_after).enqueue(notification_id, reclaim=reclaim)


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
