"""Inviting a closed complaint's reporter to the satisfaction survey.

The email goes through the complaint outbox (`forms.outbox`), so it is never lost or sent
twice: its row and its sending task are saved in the transaction that closes the complaint.
It is sent a minute after the closing notice, which the reporter should read first. The email
carries no tracking code (only its hash is kept); it points to the tracking page, where the
reporter enters the code from their receipt and finds the survey.
"""

import datetime

from django.db import transaction
from django.template.loader import render_to_string
from django.utils import timezone, translation
from django.utils.translation import gettext

from forms import outbox
from forms.models import Notification

#: After the closing notice, which is queued in the same transaction.
DELAY = datetime.timedelta(minutes=1)


def invite(complaint):
    """Record the invitation and queue its email, once per complaint."""
    from .models import SurveyInvitation

    with transaction.atomic():
        invitation, created = SurveyInvitation.objects.get_or_create(complaint=complaint)
        if not created or not complaint.email or not complaint.accepts_replies:
            return invitation
        with translation.override(complaint.language):
            subject = gettext("How was our service? Rate your complaint %(reference)s") % {
                "reference": complaint.reference
            }
            body = render_to_string(
                "transparency/email/survey_invitation.txt",
                {"complaint": complaint, "tracking_url": tracking_page_url(complaint)},
            )
        send_at = timezone.now() + DELAY
        notification = Notification.objects.create(
            complaint=complaint,
            # The closing's second message to the reporter; the outbox knows no other kind.
            kind=Notification.Kind.STATUS,
            recipients=complaint.email,
            subject=subject[:200],
            body=body,
            next_attempt_at=send_at,
        )
        outbox.schedule(notification, run_after=send_at)
        invitation.emailed = True
        invitation.save(update_fields=["emailed"])
    return invitation


def tracking_page_url(complaint):
    """The tracking page in the reporter's language, without any code."""
    page = complaint.page.specific
    translated = (
        page.get_translations(inclusive=True)
        .filter(locale__language_code=complaint.language)
        .first()
    )
    page = (translated or page).specific
    return f"{page.full_url}{page.reverse_subpage('tracking')}"
