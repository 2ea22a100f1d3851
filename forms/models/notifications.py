"""The outbox: every email the complaint service sends is a row here first.

A row is saved in the same transaction as the complaint (or reply) it belongs to, together with
the database task that will send it, so either both exist or neither does. The task locks the
row, sends, and marks it sent; a failed attempt is retried with backoff (30 s, doubling, capped
at 30 minutes) until the row is three days old, after which it is marked failed for
supervisors to see and retry.

The tracking link in a citizen's receipt is the only secret an email carries. It is kept
encrypted beside the row, put into the message only at sending time, and erased once sent.
"""

import base64
import datetime
import hashlib
import logging

from django.conf import settings
from django.core.mail import EmailMessage
from django.db import models, transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .records import ComplaintRecord

logger = logging.getLogger(__name__)

TRACKING_URL_PLACEHOLDER = "[[tautan-lacak]]"
FIRST_RETRY_SECONDS = 30
MAX_RETRY_SECONDS = 30 * 60


def retry_delay(attempts):
    """Seconds to wait after the given number of failed attempts: 30, 60, 120 ... 1800."""
    return min(FIRST_RETRY_SECONDS * 2 ** max(attempts - 1, 0), MAX_RETRY_SECONDS)


def _fernet():
    from cryptography.fernet import Fernet

    key = hashlib.sha256(f"complaint-outbox:{settings.SECRET_KEY}".encode()).digest()
    return Fernet(base64.urlsafe_b64encode(key))


def seal(value):
    return _fernet().encrypt(value.encode()).decode() if value else ""


def unseal(value):
    return _fernet().decrypt(value.encode()).decode() if value else ""


class Notification(ComplaintRecord, models.Model):
    class Kind(models.TextChoices):
        INBOX = "inbox", _("New complaint to the unit inbox")
        RECEIPT = "receipt", _("Receipt to the reporter")
        REPLY = "reply", _("Reply to the reporter")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENT = "sent", _("Sent")
        FAILED = "failed", _("Failed: gave up")

    complaint = models.ForeignKey(
        "forms.Complaint",
        verbose_name=_("complaint"),
        on_delete=models.CASCADE,
        related_name="notifications",
    )
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    recipients = models.TextField(_("recipients"))
    subject = models.CharField(_("subject"), max_length=200)
    body = models.TextField(_("body"))
    sealed_tracking_url = models.TextField(blank=True, editable=False)
    state = models.CharField(
        _("state"), max_length=10, choices=State.choices, default=State.PENDING, db_index=True
    )
    attempts = models.PositiveIntegerField(_("attempts"), default=0)
    last_error = models.TextField(_("last error"), blank=True)
    created_at = models.DateTimeField(_("created at"), default=timezone.now)
    next_attempt_at = models.DateTimeField(_("next attempt"), default=timezone.now)
    sent_at = models.DateTimeField(_("sent at"), null=True, blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("email notification")
        verbose_name_plural = _("email notifications")

    def __str__(self):
        return f"{self.complaint.reference}: {self.get_kind_display()}"

    @property
    def is_troubled(self):
        return self.state == self.State.FAILED or (
            self.state == self.State.PENDING and self.attempts > 0
        )

    # -- queueing -------------------------------------------------------------------------

    @classmethod
    def queue(cls, complaint, kind, recipients, subject, body, tracking_url=""):
        with transaction.atomic():
            notification = cls.objects.create(
                complaint=complaint,
                kind=kind,
                recipients=", ".join(recipients),
                subject=subject[:200],
                body=body,
                sealed_tracking_url=seal(tracking_url),
            )
            notification.schedule()
        return notification

    def schedule(self, run_after=None):
        """Enqueue the sending task; with the database queue, in the caller's transaction."""
        from ..tasks import deliver_notification

        task = deliver_notification
        if run_after is not None:
            task = task.using(run_after=run_after)
        task.enqueue(self.pk)

    @classmethod
    def queue_new_complaint(cls, complaint, *, admin_url, tracking_url):
        category = complaint.category
        with translation.override(settings.LANGUAGE_CODE):
            subject = gettext("[%(reference)s] New complaint: %(category)s") % {
                "reference": complaint.reference,
                "category": category.name,
            }
            body = render_to_string(
                "forms/email/inbox.txt", {"complaint": complaint, "admin_url": admin_url}
            )
        cls.queue(complaint, cls.Kind.INBOX, category.recipients, subject, body)
        if complaint.email:
            with translation.override(complaint.language):
                subject = gettext("Your complaint %(reference)s has been received") % {
                    "reference": complaint.reference
                }
                body = render_to_string(
                    "forms/email/receipt.txt",
                    {"complaint": complaint, "tracking_url": TRACKING_URL_PLACEHOLDER},
                )
            cls.queue(complaint, cls.Kind.RECEIPT, [complaint.email], subject, body, tracking_url)

    @classmethod
    def queue_reply(cls, complaint, reply):
        if not complaint.email:
            return None
        with translation.override(complaint.language):
            subject = gettext("A reply about your complaint %(reference)s") % {
                "reference": complaint.reference
            }
            body = render_to_string(
                "forms/email/reply.txt", {"complaint": complaint, "reply": reply}
            )
        return cls.queue(complaint, cls.Kind.REPLY, [complaint.email], subject, body)

    # -- sending --------------------------------------------------------------------------

    def build_message(self):
        body = self.body
        if self.sealed_tracking_url:
            body = body.replace(TRACKING_URL_PLACEHOLDER, unseal(self.sealed_tracking_url))
        domain = settings.DEFAULT_FROM_EMAIL.rpartition("@")[2] or "localhost"
        return EmailMessage(
            subject=self.subject,
            body=body,
            from_email=settings.DEFAULT_FROM_EMAIL,
            to=[address.strip() for address in self.recipients.split(",") if address.strip()],
            # The same Message-ID on every attempt, so a receiving server can drop a duplicate.
            headers={
                "Message-ID": f"<pengaduan-{self.pk}.{self.created_at:%Y%m%d%H%M%S}@{domain}>"
            },
        )

    @classmethod
    def deliver(cls, pk):
        """Send one notification at most once. Returns what happened, for the task's result."""
        with transaction.atomic():
            notification = cls.objects.select_for_update().filter(pk=pk).first()
            if notification is None or notification.state != cls.State.PENDING:
                return "skipped"
            now = timezone.now()
            notification.attempts += 1
            try:
                notification.build_message().send()
            except Exception as error:
                notification.last_error = f"{type(error).__name__}: {error}"[:1000]
                give_up_at = notification.created_at + datetime.timedelta(
                    seconds=settings.COMPLAINT_EMAIL_GIVE_UP_AFTER
                )
                if now >= give_up_at:
                    notification.state = cls.State.FAILED
                    logger.error("Gave up on email %s: %s", pk, notification.last_error)
                else:
                    notification.next_attempt_at = now + datetime.timedelta(
                        seconds=retry_delay(notification.attempts)
                    )
                    notification.schedule(run_after=notification.next_attempt_at)
                    logger.warning(
                        "Email %s failed (attempt %s), retrying at %s: %s",
                        pk,
                        notification.attempts,
                        notification.next_attempt_at,
                        notification.last_error,
                    )
                notification.save()
                return "retry" if notification.state == cls.State.PENDING else "failed"
            notification.state = cls.State.SENT
            notification.sent_at = now
            notification.last_error = ""
            notification.sealed_tracking_url = ""
            notification.save()
            return "sent"

    def retry_now(self, user):
        """A supervisor's retry of a failed email: pending again, with a fresh three days."""
        from .audit import AuditEntry

        with transaction.atomic():
            self.state = self.State.PENDING
            self.created_at = timezone.now()
            self.next_attempt_at = self.created_at
            self.save(update_fields=["state", "created_at", "next_attempt_at"])
            self.schedule()
            AuditEntry.record(
                user, AuditEntry.Action.NOTIFICATION_RETRIED, self.complaint, self.subject
            )
