"""Reminders and escalations of complaint deadlines, one row each (`forms.escalation`).

The row is the guarantee that each is sent once: it is unique per complaint, stage and kind,
and saved in the same transaction as its emails, so a second worker or a rerun that tries the
same one fails on the constraint and sends nothing.
"""

from django.db import models
from django.utils import timezone
from django.utils.formats import date_format
from django.utils.translation import gettext
from django.utils.translation import gettext_lazy as _

from .records import ComplaintRecord


class DeadlineAlert(ComplaintRecord, models.Model):
    class Kind(models.TextChoices):
        REMINDER = "reminder", _("Reminder: one working day left")
        ESCALATION = "escalation", _("Escalation: deadline passed")

    class StageKey(models.TextChoices):
        FIRST_RESPONSE = "first_response", _("First response")
        PROCESSING = "processing", _("Verification and processing")
        RESOLUTION = "resolution", _("Resolution")
        REVIEW = "review", _("Review")

    complaint = models.ForeignKey(
        "forms.Complaint",
        verbose_name=_("complaint"),
        on_delete=models.CASCADE,
        related_name="deadline_alerts",
    )
    stage = models.CharField(_("stage"), max_length=20, choices=StageKey.choices)
    kind = models.CharField(_("kind"), max_length=20, choices=Kind.choices)
    due = models.DateField(_("due"))
    created_at = models.DateTimeField(_("time"), default=timezone.now)

    class Meta:
        ordering = ["created_at", "pk"]
        verbose_name = _("deadline alert")
        verbose_name_plural = _("deadline alerts")
        constraints = [
            models.UniqueConstraint(
                fields=["complaint", "stage", "kind"], name="one_alert_per_complaint_stage_kind"
            )
        ]

    def __str__(self):
        return f"{self.complaint_id} {self.stage} {self.kind}"

    @property
    def public_reason(self):
        """What the reporter reads in the timeline: which deadline passed, nothing internal."""
        return gettext("The deadline for “%(stage)s” (%(date)s) has passed.") % {
            "stage": self.get_stage_display(),
            "date": date_format(self.due, "j F Y"),
        }
