"""An email of the complaint service, as a row: what to send, to whom, and how it went.

The outbox (`forms.outbox`) creates, schedules and delivers these rows; this module only
says what a row holds.
"""

from django.db import models
from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .records import ComplaintRecord


class NotificationQuerySet(models.QuerySet):
    def troubled(self):
        """Emails a supervisor should look at: given up on, failed at least once, or stuck
        in sending past their lease (the worker that held them died)."""
        State = Notification.State
        return self.filter(
            Q(state=State.FAILED)
            | Q(state=State.PENDING, attempts__gt=0)
            | Q(state=State.SENDING, lease_expires_at__lt=timezone.now())
        )


class Notification(ComplaintRecord, models.Model):
    class Kind(models.TextChoices):
        INBOX = "inbox", _("New complaint to the unit inbox")
        RECEIPT = "receipt", _("Receipt to the reporter")
        REPLY = "reply", _("Reply to the reporter")
        STATUS = "status", _("Status change to the reporter")
        REMINDER = "reminder", _("Deadline reminder to the unit")
        ESCALATION = "escalation", _("Escalation to the leadership")
        REVIEW = "review", _("Review request to a supervisor")
        LINK = "link", _("Tracking link to the reporter, on request")
        MESSAGE = "message", _("Reporter's message to the unit")

    class State(models.TextChoices):
        PENDING = "pending", _("Waiting to be sent")
        SENDING = "sending", _("Being sent")
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
    # While a worker sends, it holds the row until this time; after it, the row is taken up
    # again (at least once), with the same Message-ID so a duplicate can be recognised.
    lease_expires_at = models.DateTimeField(_("being sent until"), null=True, blank=True)
    sending_task_id = models.CharField(max_length=64, blank=True, editable=False)

    objects = NotificationQuerySet.as_manager()

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("email notification")
        verbose_name_plural = _("email notifications")

    def __str__(self):
        return f"{self.complaint.reference}: {self.get_kind_display()}"

    @property
    def is_troubled(self):
        return Notification.objects.filter(pk=self.pk).troubled().exists()
