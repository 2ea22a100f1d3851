"""A review the reporter asked for after closure (`Complaint.request_review`)."""

from django.conf import settings
from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .records import ComplaintRecord


class ReviewRequest(ComplaintRecord, models.Model):
    """One per complaint (the one-to-one key refuses a second, even from two requests at once).
    The reason is the reporter's own text: anonymised with the complaint."""

    complaint = models.OneToOneField(
        "forms.Complaint",
        verbose_name=_("complaint"),
        on_delete=models.CASCADE,
        related_name="review",
    )
    reason = models.TextField(_("reason for the review"))
    requested_at = models.DateTimeField(_("requested at"), default=timezone.now)
    due = models.DateField(_("review due"))
    reviewer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("reviewer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="+",
    )

    class Meta:
        verbose_name = _("review request")
        verbose_name_plural = _("review requests")

    def __str__(self):
        return f"{self.complaint_id} {self.requested_at:%Y-%m-%d}"
