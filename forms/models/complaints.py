"""The complaint record (a form submission with structured columns) and its workflow.

Status transitions, assignment, notes and replies are methods here, so the admin views, the
tracking page, the demo and the tests all go through the same rules, the same audit entries and
the same outbox.
"""

from dataclasses import dataclass
from datetime import datetime, timedelta

from django.conf import settings
from django.core.exceptions import ValidationError
from django.db import models, transaction
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.models import AbstractFormSubmission
from wagtail.models import Page

from home.working_days import add_working_days

from .. import outbox
from .audit import AuditEntry
from .records import ComplaintRecord
from .reviews import ReviewRequest


class Status(models.TextChoices):
    RECEIVED = "received", _("Received")
    VERIFIED = "verified", _("Verified")
    IN_PROGRESS = "in_progress", _("In progress")
    RESOLVED = "resolved", _("Resolved")
    REJECTED = "rejected", _("Rejected")
    TRANSFERRED = "transferred", _("Transferred")
    REVIEW = "review", _("Under review")
    CLARIFICATION = "clarification", _("Needs clarification")


# A review reopens a closed complaint; it is open again until the review is answered. A
# question to the reporter keeps it open: their answer takes it back to where it was.
OPEN_STATUSES = [
    Status.RECEIVED,
    Status.VERIFIED,
    Status.IN_PROGRESS,
    Status.REVIEW,
    Status.CLARIFICATION,
]
CLOSED_STATUSES = [Status.RESOLVED, Status.REJECTED, Status.TRANSFERRED]
# Where each status may go next. Rejecting and transferring need a reason; asking the reporter
# for a clarification needs the question.
TRANSITIONS = {
    Status.RECEIVED: [Status.VERIFIED, Status.CLARIFICATION, Status.REJECTED, Status.TRANSFERRED],
    Status.VERIFIED: [
        Status.IN_PROGRESS,
        Status.CLARIFICATION,
        Status.REJECTED,
        Status.TRANSFERRED,
    ],
    Status.IN_PROGRESS: [
        Status.RESOLVED,
        Status.CLARIFICATION,
        Status.REJECTED,
        Status.TRANSFERRED,
    ],
    Status.RESOLVED: [],
    Status.REJECTED: [],
    Status.TRANSFERRED: [],
    # Only the reporter opens a review (`request_review`); answering it closes the complaint.
    Status.REVIEW: [Status.RESOLVED, Status.REJECTED, Status.TRANSFERRED],
    # The reporter's answer (`receive_message`) goes back to the earlier status; staff may go
    # back there themselves (the question was settled another way), reject or transfer.
    Status.CLARIFICATION: [Status.REJECTED, Status.TRANSFERRED],
}
REASON_REQUIRED = {Status.REJECTED, Status.TRANSFERRED, Status.CLARIFICATION}
# The reporter may ask for a review this many days after closure, once.
REVIEW_WINDOW_DAYS = 14


@dataclass(frozen=True)
class TimelineEntry:
    created_at: datetime
    title: str
    reason: str
    created_by: object


class ReporterMode(models.TextChoices):
    IDENTIFIED = "identified", _("Identified")
    ANONYMOUS = "anonymous", _("Anonymous")
    CONFIDENTIAL = "confidential", _("Confidential")


class ReferenceCounter(models.Model):
    """The last reference number handed out in a year: ADU-2026-00042."""

    year = models.PositiveIntegerField(primary_key=True)
    last = models.PositiveIntegerField(default=0)

    def __str__(self):
        return f"{self.year}: {self.last}"

    @classmethod
    def next_reference(cls, year):
        with transaction.atomic():
            counter, _ = cls.objects.select_for_update().get_or_create(year=year)
            counter.last += 1
            counter.save(update_fields=["last"])
        return f"ADU-{year}-{counter.last:05d}"


class ComplaintQuerySet(models.QuerySet):
    def open(self):
        return self.filter(status__in=OPEN_STATUSES)

    def overdue(self, today=None):
        """A stage still pending past its deadline (the table is in `forms.stages`)."""
        from ..stages import overdue_query

        return self.filter(overdue_query(today or timezone.localdate()))

    def escalated(self):
        return self.filter(escalated_at__isnull=False)


class Complaint(ComplaintRecord, AbstractFormSubmission):
    """One citizen complaint. Core answers are columns; editors' extra questions are in
    `form_data`. Personal data (name, phone, email, NIK) is only shown in the audited admin."""

    # A complaint must never disappear with its page: deleting the form page is refused.
    page = models.ForeignKey(Page, on_delete=models.PROTECT, related_name="+")
    reference = models.CharField(_("reference"), max_length=20, unique=True)
    tracking_code_hash = models.CharField(max_length=64, unique=True, editable=False)
    submission_token_hash = models.CharField(max_length=64, unique=True, editable=False)
    language = models.CharField(_("language"), max_length=10, default="id")

    category = models.ForeignKey(
        "forms.ComplaintCategory",
        verbose_name=_("category"),
        on_delete=models.PROTECT,
        related_name="complaints",
    )
    district = models.ForeignKey(
        "services.District",
        verbose_name=_("district"),
        on_delete=models.PROTECT,
        null=True,
        blank=True,
        related_name="+",
    )
    incident_location = models.CharField(_("incident location"), max_length=255, blank=True)
    incident_date = models.DateField(_("incident date"), null=True, blank=True)
    description = models.TextField(_("description"))
    emergency_suspected = models.BooleanField(_("possible emergency"), default=False)

    reporter_mode = models.CharField(
        _("reporter identity"), max_length=20, choices=ReporterMode.choices
    )
    name = models.CharField(_("name"), max_length=120, blank=True)
    phone = models.CharField(_("telephone"), max_length=20, blank=True)
    email = models.EmailField(_("email"), blank=True)
    nik = models.CharField(_("NIK"), max_length=16, blank=True)

    consent_at = models.DateTimeField(_("consent given at"))
    consent_notice_version = models.CharField(_("privacy notice version"), max_length=100)

    status = models.CharField(
        _("status"), max_length=20, choices=Status.choices, default=Status.RECEIVED
    )
    status_changed_at = models.DateTimeField(_("status changed at"), default=timezone.now)
    # Where a complaint that needs clarification goes back to when the reporter answers.
    status_before_clarification = models.CharField(
        max_length=20, choices=Status.choices, blank=True, editable=False
    )
    closed_at = models.DateTimeField(_("closed at"), null=True, blank=True)
    assigned_unit = models.ForeignKey(
        "services.Unit",
        verbose_name=_("handling unit"),
        on_delete=models.PROTECT,
        related_name="complaints",
    )
    assigned_officer = models.ForeignKey(
        settings.AUTH_USER_MODEL,
        verbose_name=_("officer"),
        on_delete=models.SET_NULL,
        null=True,
        blank=True,
        related_name="assigned_complaints",
    )
    first_response_due = models.DateField(_("first response due"))
    processing_due = models.DateField(_("verification and processing due"), null=True)
    resolution_due = models.DateField(_("resolution due"))
    escalated_at = models.DateTimeField(_("passed to the leadership at"), null=True, blank=True)
    anonymised_at = models.DateTimeField(_("anonymised at"), null=True, blank=True)

    objects = ComplaintQuerySet.as_manager()

    class Meta:
        ordering = ["-submit_time"]
        verbose_name = _("complaint")
        verbose_name_plural = _("complaints")
        permissions = [
            ("view_all_complaints", _("Can see the complaints of every unit")),
            ("export_complaints", _("Can export complaints")),
        ]
        indexes = [models.Index(fields=["status", "resolution_due"])]

    def __str__(self):
        return self.reference

    # -- reading ------------------------------------------------------------------------

    @property
    def is_closed(self):
        return self.status in CLOSED_STATUSES

    def save(self, *args, **kwargs):
        if self.processing_due is None and self.first_response_due and self.resolution_due:
            from ..stages import processing_due_for

            self.processing_due = processing_due_for(self.first_response_due, self.resolution_due)
        super().save(*args, **kwargs)

    def stages(self, *, today=None, calendar=None):
        """Each stage with its due date, the date it was met and its countdown."""
        from ..stages import stages_of

        return stages_of(self, today=today, calendar=calendar)

    @property
    def is_overdue(self):
        return any(stage.is_overdue for stage in self.stages())

    @property
    def is_escalated(self):
        return self.escalated_at is not None

    @property
    def review_or_none(self):
        try:
            return self.review
        except models.ObjectDoesNotExist:
            return None

    @property
    def review_refusal(self):
        """Why the reporter cannot ask for a review now, or "" when they can."""
        if self.review_or_none is not None:
            return _(
                "A review of this complaint has already been requested. Each complaint can be "
                "reviewed once."
            )
        if not self.is_closed or self.closed_at is None or self.anonymised_at is not None:
            return _("A review can only be requested once the complaint is closed.")
        if timezone.now() - self.closed_at > timedelta(days=REVIEW_WINDOW_DAYS):
            return _("A review can only be requested within %(days)s days of closure.") % {
                "days": REVIEW_WINDOW_DAYS
            }
        return ""

    @property
    def can_request_review(self):
        return not self.review_refusal

    @property
    def review_deadline(self):
        """The last moment a review can be asked for."""
        return self.closed_at + timedelta(days=REVIEW_WINDOW_DAYS) if self.closed_at else None

    @property
    def allowed_transitions(self):
        allowed = TRANSITIONS[Status(self.status)]
        if self.status == Status.CLARIFICATION and self.status_before_clarification:
            return [Status(self.status_before_clarification), *allowed]
        return allowed

    @property
    def needs_clarification(self):
        return self.status == Status.CLARIFICATION

    @property
    def clarification_question(self):
        """The question staff asked with the status: the reason of the change into it."""
        if not self.needs_clarification:
            return ""
        changes = [c for c in self.status_changes.all() if c.to_status == Status.CLARIFICATION]
        latest = max(changes, key=lambda c: (c.created_at, c.pk), default=None)
        return latest.reason if latest else ""

    @property
    def accepts_messages(self):
        """The reporter writes while the complaint is open and still has a reporter; a closed
        one is taken further by a review request."""
        return self.anonymised_at is None and not self.is_closed

    @property
    def has_contact(self):
        return bool(self.email or self.phone)

    def get_data(self):
        """What Wagtail's generic submission views would show: never personal data."""
        return {**self.form_data, "reference": self.reference, "submit_time": self.submit_time}

    def extra_answers(self):
        """The editors' extra questions with their answers, labelled as on the form."""
        labels = {}
        page = self.page.specific_deferred if self.page_id else None
        if page is not None and hasattr(page, "get_form_fields"):
            labels = {field.clean_name: field.label for field in page.get_form_fields()}
        answers = []
        for key, value in (self.form_data or {}).items():
            if isinstance(value, list):
                value = ", ".join(str(item) for item in value)
            answers.append((labels.get(key, key), value))
        return answers

    def anonymise(self):
        """Remove what identifies people and keep what statistics need (UU 27/2022).

        Contact data, NIK, attachments (files included), free text and email copies go;
        category, district, unit, dates, deadlines and the status timeline stay.
        """
        with transaction.atomic():
            for attachment in self.attachments.all():
                attachment.file.delete(save=False)
                attachment.delete()
            self.name = self.phone = self.email = self.nik = ""
            self.incident_location = ""
            self.description = "[dianonimkan]"
            self.form_data = {}
            self.anonymised_at = timezone.now()
            self.save()
            self.notes.update(body="[dianonimkan]")
            self.replies.update(body="[dianonimkan]")
            self.reporter_messages.update(body="[dianonimkan]")
            self.status_changes.exclude(reason="").update(reason="[dianonimkan]")
            ReviewRequest.objects.filter(complaint=self).update(reason="[dianonimkan]")
            self.notifications.update(recipients="", body="", sealed_tracking_url="")
            AuditEntry.record(None, AuditEntry.Action.ANONYMISED, self)

    def public_timeline(self):
        """The status changes and the escalations, in order: what the reporter may read."""
        entries = [
            TimelineEntry(
                change.created_at, change.get_to_status_display(), change.reason, change.created_by
            )
            for change in self.status_changes.all()
        ]
        entries += [
            TimelineEntry(
                alert.created_at, _("Passed to the leadership"), alert.public_reason, None
            )
            for alert in self.deadline_alerts.all()
            if alert.kind == alert.Kind.ESCALATION
        ]
        return sorted(entries, key=lambda entry: entry.created_at)

    def public_thread(self):
        """Staff replies and the reporter's messages, in order: what the tracking page shows.
        Internal notes are never part of it."""
        entries = [*self.replies.all(), *self.reporter_messages.prefetch_related("attachments")]
        return sorted(entries, key=lambda entry: (entry.created_at, entry.pk))

    def staff_thread(self):
        """The public thread with the internal notes between: the admin detail page."""
        entries = [*self.public_thread(), *self.notes.select_related("created_by")]
        return sorted(entries, key=lambda entry: entry.created_at)

    # -- creating -----------------------------------------------------------------------

    @classmethod
    def deadlines_for(cls, category, submitted):
        day = timezone.localtime(submitted).date()
        return (
            add_working_days(day, category.first_response_days),
            add_working_days(day, category.resolution_days),
        )

    # -- workflow -------------------------------------------------------------------------

    def change_status(self, new_status, *, user, reason=""):
        new_status = Status(new_status)
        if new_status not in self.allowed_transitions:
            raise ValidationError(
                _("A complaint that is %(current)s cannot become %(new)s.")
                % {"current": self.get_status_display(), "new": new_status.label}
            )
        reason = (reason or "").strip()
        if (new_status in REASON_REQUIRED or self.status == Status.REVIEW) and not reason:
            if new_status == Status.CLARIFICATION:
                raise ValidationError(_("Write the question the reporter will answer."))
            raise ValidationError(_("Give the reason the reporter will read."))
        with transaction.atomic():
            change = self._move_to(new_status, user=user, reason=reason)
            outbox.queue_status_change(self, change)
        return change

    def _move_to(self, new_status, *, user, reason=""):
        """Record a status change with its timeline step and audit entry (no email)."""
        old_status = self.status
        now = timezone.now()
        self.status = new_status
        self.status_changed_at = now
        if new_status in CLOSED_STATUSES:
            self.closed_at = now
        if new_status == Status.CLARIFICATION:
            self.status_before_clarification = old_status
        elif old_status == Status.CLARIFICATION:
            self.status_before_clarification = ""
        self.save(
            update_fields=[
                "status",
                "status_changed_at",
                "closed_at",
                "status_before_clarification",
            ]
        )
        change = StatusChange.objects.create(
            complaint=self,
            from_status=old_status,
            to_status=new_status,
            reason=reason,
            created_by=user,
        )
        AuditEntry.record(
            user,
            AuditEntry.Action.STATUS_CHANGED,
            self,
            f"{Status(old_status).label} → {new_status.label}" + (f": {reason}" if reason else ""),
        )
        return change

    def receive_message(self, text, attachments=()):
        """The reporter's message from the tracking page, with up to three cleaned files
        (`forms.attachments.CleanFile`). An answer to a question takes the complaint back to
        the status it had before; either way the unit is told, by an email with a link to the
        admin and nothing of what was written."""
        from ..intake import evidence_files, store_attachments

        with evidence_files() as written, transaction.atomic():
            locked = Complaint.objects.select_for_update().get(pk=self.pk)
            if not locked.accepts_messages:
                raise ValidationError(_("This complaint no longer accepts messages."))
            message = ReporterMessage.objects.create(complaint=self, body=text.strip())
            store_attachments(self, attachments, written, message=message)
            AuditEntry.record(None, AuditEntry.Action.MESSAGE_RECEIVED, self, f"#{message.pk}")
            answered = locked.status == Status.CLARIFICATION
            if answered:
                self.status = locked.status
                self.status_before_clarification = locked.status_before_clarification
                earlier = Status(self.status_before_clarification or Status.RECEIVED)
                self._move_to(earlier, user=None)
            outbox.queue_reporter_message(self, answered=answered)
        return message

    def request_review(self, reason):
        """The reporter's request, from the tracking page: the complaint reopens under review,
        with its own deadline, assigned to the supervisor with the fewest open reviews."""
        from ..permissions import least_busy_supervisor
        from ..stages import REVIEW_DAYS

        reason = (reason or "").strip()
        with transaction.atomic():
            # Two requests at once: the second waits here, then finds the first.
            locked = Complaint.objects.select_for_update().get(pk=self.pk)
            refusal = locked.review_refusal
            if refusal:
                raise ValidationError(refusal)
            now = timezone.now()
            reviewer = least_busy_supervisor(exclude=self.assigned_officer)
            review = ReviewRequest.objects.create(
                complaint=self,
                reason=reason,
                requested_at=now,
                due=add_working_days(timezone.localdate(), REVIEW_DAYS),
                reviewer=reviewer,
            )
            old_status = self.status
            self.status = Status.REVIEW
            self.status_changed_at = now
            self.save(update_fields=["status", "status_changed_at"])
            change = StatusChange.objects.create(
                complaint=self, from_status=old_status, to_status=Status.REVIEW
            )
            AuditEntry.record(
                None,
                AuditEntry.Action.REVIEW_REQUESTED,
                self,
                f"{Status(old_status).label} → {Status.REVIEW.label}",
            )
            if reviewer is not None:
                self.assign(user=None, officer=reviewer)
            outbox.queue_review_request(self, review)
            outbox.queue_status_change(self, change)
        return review

    def assign(self, *, user, unit=None, officer=None):
        with transaction.atomic():
            changes = []
            if unit is not None and unit.pk != self.assigned_unit_id:
                changes.append(f"{_('unit')}: {self.assigned_unit} → {unit}")
                self.assigned_unit = unit
            if officer != self.assigned_officer:
                before = self.assigned_officer.get_full_name() if self.assigned_officer else "-"
                after = officer.get_full_name() if officer else "-"
                changes.append(f"{_('officer')}: {before} → {after}")
                self.assigned_officer = officer
            if not changes:
                return
            self.save(update_fields=["assigned_unit", "assigned_officer"])
            AuditEntry.record(user, AuditEntry.Action.ASSIGNED, self, "; ".join(changes))

    def add_note(self, text, *, user):
        with transaction.atomic():
            note = InternalNote.objects.create(complaint=self, body=text.strip(), created_by=user)
            AuditEntry.record(user, AuditEntry.Action.NOTE_ADDED, self, f"#{note.pk}")
        return note

    @property
    def accepts_replies(self):
        """An anonymised complaint has nobody left to reply to."""
        return self.anonymised_at is None

    def reply(self, text, *, user):
        """A reply for the reporter: on the tracking page, and emailed when there is an address."""
        if not self.accepts_replies:
            raise ValidationError(_("This complaint has been anonymised."))

        with transaction.atomic():
            reply = Reply.objects.create(complaint=self, body=text.strip(), created_by=user)
            AuditEntry.record(user, AuditEntry.Action.REPLIED, self, f"#{reply.pk}")
            outbox.queue_reply(self, reply)
        return reply


class ComplaintEntry(ComplaintRecord, models.Model):
    """What every entry in a complaint's history has: when, and by which staff member."""

    created_at = models.DateTimeField(default=timezone.now)
    created_by = models.ForeignKey(
        settings.AUTH_USER_MODEL, on_delete=models.SET_NULL, null=True, blank=True, related_name="+"
    )

    class Meta:
        abstract = True
        ordering = ["created_at", "pk"]

    def __str__(self):
        return f"{self.complaint}: {self.summary}"[:80]

    @property
    def summary(self):
        return self.body


class StatusChange(ComplaintEntry):
    """One step of the public timeline. The reason is shown to the reporter."""

    complaint = models.ForeignKey(
        Complaint, on_delete=models.CASCADE, related_name="status_changes"
    )
    from_status = models.CharField(max_length=20, choices=Status.choices, blank=True)
    to_status = models.CharField(max_length=20, choices=Status.choices)
    reason = models.TextField(_("reason"), blank=True)

    class Meta(ComplaintEntry.Meta):
        verbose_name = _("status change")

    @property
    def summary(self):
        return self.to_status


class Reply(ComplaintEntry):
    """A message to the reporter, shown on the tracking page."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="replies")
    body = models.TextField(_("reply"))

    thread_kind = "reply"

    class Meta(ComplaintEntry.Meta):
        verbose_name = _("reply to the reporter")


class ReporterMessage(ComplaintEntry):
    """What the reporter writes on the tracking page: an answer to a question, or news of
    their own. Only complaint staff who may see the complaint read it; each view is audited.
    Its files are `Attachment` rows of the complaint that point at it."""

    complaint = models.ForeignKey(
        Complaint, on_delete=models.CASCADE, related_name="reporter_messages"
    )
    body = models.TextField(_("message"))

    thread_kind = "reporter"

    class Meta(ComplaintEntry.Meta):
        verbose_name = _("message from the reporter")


class InternalNote(ComplaintEntry):
    """A note between staff: never shown to the reporter."""

    complaint = models.ForeignKey(Complaint, on_delete=models.CASCADE, related_name="notes")
    body = models.TextField(_("note"))

    thread_kind = "note"

    class Meta(ComplaintEntry.Meta):
        verbose_name = _("internal note")
