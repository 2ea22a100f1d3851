"""Complaint models, one module per concern, re-exported here for `forms.models.X`."""

from .alerts import DeadlineAlert
from .attachments import Attachment
from .audit import AuditEntry
from .categories import ComplaintCategory, Complexity
from .complaints import (
    CLOSED_STATUSES,
    OPEN_STATUSES,
    Complaint,
    InternalNote,
    ReferenceCounter,
    Reply,
    ReporterMessage,
    ReporterMode,
    Status,
    StatusChange,
)
from .notifications import Notification
from .pages import ComplaintFormField, ComplaintFormPage
from .retention import RetentionRun
from .reviews import ReviewRequest
from .staff import ComplaintStaffProfile

__all__ = [
    "CLOSED_STATUSES",
    "OPEN_STATUSES",
    "Attachment",
    "AuditEntry",
    "Complaint",
    "ComplaintCategory",
    "ComplaintFormField",
    "ComplaintFormPage",
    "ComplaintStaffProfile",
    "Complexity",
    "DeadlineAlert",
    "InternalNote",
    "Notification",
    "ReferenceCounter",
    "Reply",
    "ReporterMessage",
    "ReporterMode",
    "RetentionRun",
    "ReviewRequest",
    "Status",
    "StatusChange",
]
