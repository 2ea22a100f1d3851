"""Who did what to which complaint, and who looked at whose personal data."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .records import ComplaintRecord


class AuditEntry(ComplaintRecord, models.Model):
    class Action(models.TextChoices):
        VIEWED = "viewed", _("Viewed personal data")
        ATTACHMENT_DOWNLOADED = "attachment", _("Downloaded an attachment")
        STATUS_CHANGED = "status", _("Changed the status")
        ASSIGNED = "assigned", _("Changed the assignment")
        NOTE_ADDED = "note", _("Added an internal note")
        REPLIED = "reply", _("Replied to the reporter")
        EXPORTED = "export", _("Exported complaints")
        ANONYMISED = "anonymised", _("Anonymised")
        NOTIFICATION_RETRIED = "retry", _("Retried an email")
        ESCALATED = "escalated", _("Passed to the leadership: a deadline passed")
        REVIEW_REQUESTED = "review", _("The reporter asked for a review")
        CODE_REISSUED = "new_code", _("A new tracking code was emailed to the reporter")
        MESSAGE_RECEIVED = "message", _("The reporter sent a message")
        MESSAGES_VIEWED = "messages_viewed", _("Read the reporter's messages")

    created_at = models.DateTimeField(_("time"), default=timezone.now, db_index=True)
    user = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("user"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )
    username = models.CharField(_("user name"), max_length=150, blank=True)
    action = models.CharField(_("action"), max_length=20, choices=Action.choices)
    complaint = models.ForeignKey(
        "forms.Complaint",
        verbose_name=_("complaint"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="audit_entries",
    )
    reference = models.CharField(_("reference"), max_length=20, blank=True)
    detail = models.TextField(_("detail"), blank=True)

    class Meta:
        ordering = ["-created_at", "-pk"]
        verbose_name = _("audit entry")
        verbose_name_plural = _("audit log")

    def __str__(self):
        return f"{self.created_at:%Y-%m-%d %H:%M} {self.username} {self.get_action_display()}"

    @classmethod
    def record(cls, user, action, complaint=None, detail=""):
        if user is not None and not user.is_authenticated:
            user = None
        return cls.objects.create(
            user=user,
            username=user.get_username() if user else "system",
            action=action,
            complaint=complaint,
            reference=complaint.reference if complaint else "",
            detail=str(detail)[:2000],
        )
