"""Evidence a citizen sends with a complaint, kept in private storage."""

import uuid

from django.db import models
from django.utils import timezone
from django.utils.translation import gettext_lazy as _

from .records import ComplaintRecord
from .storage import private_storage


def attachment_path(instance, filename):
    today = timezone.localdate()
    return f"pengaduan/{today:%Y/%m}/{uuid.uuid4().hex}{instance.extension}"


class Attachment(ComplaintRecord, models.Model):
    """Evidence: checked by content, images re-encoded without metadata, kept in private storage."""

    complaint = models.ForeignKey(
        "forms.Complaint", on_delete=models.CASCADE, related_name="attachments"
    )
    # Files the reporter sent later, with a message from the tracking page.
    message = models.ForeignKey(
        "forms.ReporterMessage",
        on_delete=models.CASCADE,
        null=True,
        blank=True,
        related_name="attachments",
    )
    file = models.FileField(storage=private_storage, upload_to=attachment_path, max_length=200)
    original_name = models.CharField(_("file name"), max_length=200)
    content_type = models.CharField(max_length=50)
    size = models.PositiveIntegerField()
    created_at = models.DateTimeField(default=timezone.now)

    EXTENSIONS = {
        "image/jpeg": ".jpg",
        "image/png": ".png",
        "image/webp": ".webp",
        "application/pdf": ".pdf",
    }

    class Meta:
        ordering = ["pk"]
        verbose_name = _("attachment")

    def __str__(self):
        return self.original_name

    @property
    def extension(self):
        return self.EXTENSIONS.get(self.content_type, "")

    @property
    def download_name(self):
        return f"{self.complaint.reference}-{self.pk}{self.extension}"
