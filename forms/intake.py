"""Intake: the one way a complaint comes into being.

The complaint form page and the demo content both call `submit_complaint`, which stores the
record, its evidence, the first step of its timeline and its emails in one transaction.

Evidence files are written inside that transaction and removed again if it does not commit,
so a full disk, a read-only evidence directory or a database that goes away mid-request leaves
neither a half-saved complaint nor a file that no row points to (personal data retention could
never find). The error is raised again, for the page to give the form back with what the
citizen typed.
"""

import logging
from contextlib import contextmanager

from django.conf import settings
from django.core.files.base import ContentFile
from django.db import transaction
from django.urls import reverse
from django.utils import timezone

from . import outbox
from .emergency import looks_like_emergency
from .models import Attachment, Complaint, ReferenceCounter, Status, StatusChange
from .tracking_codes import hash_secret, hash_token, tracking_code_for

logger = logging.getLogger(__name__)


def submit_complaint(
    page, *, answers, token, extra_answers=None, attachments=(), submitted=None, notify=True
):
    """Store a complaint sent through `page` and return it.

    `answers` holds the core fields (`category` is the default-language category), `token` the
    form's one-time submission token (the tracking code is derived from it), `attachments`
    cleaned files (`forms.attachments.CleanFile`). `submitted` backdates the demo's complaints,
    and `notify=False` leaves the outbox out for complaints nobody actually sent.
    """
    with evidence_files() as written, transaction.atomic():
        complaint = _create(page, answers, token, extra_answers or {}, submitted)
        store_attachments(complaint, attachments, written)
        StatusChange.objects.create(
            complaint=complaint,
            from_status="",
            to_status=Status.RECEIVED,
            created_at=complaint.submit_time,
        )
        if notify:
            outbox.queue_new_complaint(
                complaint,
                admin_url=settings.WAGTAILADMIN_BASE_URL.rstrip("/")
                + reverse("forms_complaint:inspect", args=[complaint.pk]),
                tracking_url=page.full_tracking_url(tracking_code_for(token)),
            )
    return complaint


@contextmanager
def evidence_files():
    """The list of evidence files written inside the block, removed again when it fails (put
    it outside the transaction, so that a failed commit removes them too)."""
    written = []
    try:
        yield written
    except BaseException:
        _remove(written)
        raise


def store_attachments(complaint, attachments, written, message=None):
    """Write cleaned files (`forms.attachments.CleanFile`) to private storage as attachments
    of the complaint (and of the reporter's message they came with), noting each in
    `written` before it is written: a write that fails half-way leaves a partial file."""
    for upload in attachments:
        attachment = Attachment(
            complaint=complaint,
            message=message,
            original_name=upload.name,
            content_type=upload.content_type,
            size=len(upload.data),
        )
        storage = attachment.file.storage
        name = attachment.file.field.generate_filename(attachment, f"x{attachment.extension}")
        written.append((storage, name))
        attachment.file.name = storage.save(name, ContentFile(upload.data), max_length=200)
        attachment.save()


def _create(page, answers, token, extra_answers, submitted):
    category = answers["category"]
    now = submitted or timezone.now()
    first_due, resolution_due = Complaint.deadlines_for(category, now)
    complaint = Complaint.objects.create(
        page=page,
        form_data=extra_answers,
        reference=ReferenceCounter.next_reference(timezone.localtime(now).year),
        tracking_code_hash=hash_secret(tracking_code_for(token)),
        submission_token_hash=hash_token(token),
        language=page.locale.language_code,
        category=category,
        district=answers.get("district"),
        incident_location=answers.get("incident_location", ""),
        incident_date=answers.get("incident_date"),
        description=answers["description"],
        emergency_suspected=looks_like_emergency(answers["description"]),
        reporter_mode=answers["reporter_mode"],
        name=answers.get("name", ""),
        phone=answers.get("phone", ""),
        email=answers.get("email", ""),
        nik=answers.get("nik", ""),
        consent_at=now,
        consent_notice_version=page.privacy_notice_version,
        status=Status.RECEIVED,
        status_changed_at=now,
        assigned_unit=category.handling_unit,
        first_response_due=first_due,
        resolution_due=resolution_due,
    )
    if submitted is not None:
        Complaint.objects.filter(pk=complaint.pk).update(submit_time=submitted)
        complaint.submit_time = submitted
    return complaint


def _remove(written):
    """Delete the evidence files of a complaint that was not stored."""
    for storage, name in written:
        try:
            storage.delete(name)
        except Exception:  # a failing disk must not hide the original error
            logger.exception("Could not remove an evidence file of an unsaved complaint")
