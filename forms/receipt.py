"""The receipt a reporter keeps: its QR code, the tracking link emailed again on request, and a
new code for a reporter who lost theirs.

Only a hash of a tracking code is stored (`forms.tracking_codes`), so a lost code cannot be
found again. "Lost your code?" therefore gives the complaint a new code, which replaces the old
one, and emails its link to the address the complaint was sent with. Whether an address is
known is never told: the answer, its status and the rate limits are the same either way, and
nothing about the address is logged or cached.

Every email goes through the outbox (`forms.outbox`), the link sealed beside the row until it
is sent, like the receipt's.
"""

from datetime import timedelta

import segno
from django import forms
from django.db import transaction
from django.shortcuts import redirect
from django.template.loader import render_to_string
from django.template.response import TemplateResponse
from django.utils import timezone, translation
from django.utils.cache import add_never_cache_headers
from django.utils.safestring import mark_safe
from django.utils.translation import gettext, gettext_lazy

from . import outbox
from .models import AuditEntry, Complaint, Notification
from .ratelimit import (
    LINK_EMAIL_COMPLAINT_GROUP,
    LINK_EMAIL_GROUP,
    LOST_CODE_ADDRESS_GROUP,
    LOST_CODE_GROUP,
    address_key,
    complaint_key,
    count_keyed,
    keyed_wait,
)
from .tracking_codes import hash_secret, new_tracking_code

# A second "email me the link" while the first is still waiting to be sent (a double click, a
# refresh that posts again) sends nothing more.
LINK_EMAIL_DEDUPLICATION = timedelta(minutes=10)
# "Lost your code?" without a reference renews the codes of this many of the address's newest
# complaints at most.
MAX_RENEWED_PER_REQUEST = 10
SENT_PARAMETER = "terkirim"


# -- the QR code ----------------------------------------------------------------------------


def tracking_qr(url):
    """The QR code of a tracking link; medium error correction survives a crease or a smudge
    on a printed receipt."""
    return segno.make_qr(url, error="m")


def tracking_qr_svg(url):
    """The QR code as inline SVG, drawn by the site: no image request, no file, nothing cached
    (the code inside is the reporter's key). Dark on white, so it scans from any background."""
    svg = tracking_qr(url).svg_inline(
        border=4,
        omitsize=True,
        dark="#000",
        light="#fff",
        title=gettext("QR code of your tracking link"),
        svgclass="receipt-qr__code",
        lineclass=None,
    )
    return mark_safe(svg.replace("<svg ", '<svg role="img" ', 1))  # noqa: S308 - segno escapes


def receipt_context(page, complaint, code):
    """What the receipt shows besides the record: the QR code and the email request's form."""
    return {
        "tracking_qr": tracking_qr_svg(page.full_tracking_url(code)),
        "email_link_action": page.url + page.reverse_subpage("email_link"),
    }


# -- emails ---------------------------------------------------------------------------------


def _queue_link(complaint, tracking_url, *, new_code):
    with translation.override(complaint.language):
        subject = gettext("The tracking link of your complaint %(reference)s") % {
            "reference": complaint.reference
        }
        body = render_to_string(
            "forms/email/tracking_link.txt",
            {
                "complaint": complaint,
                "tracking_url": outbox.TRACKING_URL_PLACEHOLDER,
                "new_code": new_code,
            },
        )
    return outbox.queue(
        complaint, Notification.Kind.LINK, [complaint.email], subject, body, tracking_url
    )


def email_tracking_link(complaint, tracking_url):
    """(notification, created): the link emailed to the reporter's own address; one still
    waiting from a moment ago stands for a repeated request."""
    State = Notification.State
    with transaction.atomic():
        locked = Complaint.objects.select_for_update().get(pk=complaint.pk)
        waiting = locked.notifications.filter(
            kind=Notification.Kind.LINK,
            state__in=[State.PENDING, State.SENDING],
            created_at__gte=timezone.now() - LINK_EMAIL_DEDUPLICATION,
        ).first()
        if waiting is not None:
            return waiting, False
        return _queue_link(locked, tracking_url, new_code=False), True


def renew_tracking_code(complaint):
    """Give the complaint a new tracking code, which replaces the old one, and email its link
    to the reporter's address. Emails still waiting to be sent carry the new link instead of
    the old. Returns the new code."""
    code = new_tracking_code()
    url = complaint.page.specific.full_tracking_url(code)
    with transaction.atomic():
        complaint.tracking_code_hash = hash_secret(code)
        complaint.save(update_fields=["tracking_code_hash"])
        complaint.notifications.filter(state=Notification.State.PENDING).exclude(
            sealed_tracking_url=""
        ).update(sealed_tracking_url=outbox.seal(url))
        AuditEntry.record(None, AuditEntry.Action.CODE_REISSUED, complaint)
        _queue_link(complaint, url, new_code=True)
    return code


def renew_codes_for(email, reference=""):
    """Renew the codes of the complaints sent with this address (only the one with this
    reference, when given). Anonymised complaints have no address left to match."""
    complaints = Complaint.objects.filter(email__iexact=email.strip(), anonymised_at__isnull=True)
    if reference:
        complaints = complaints.filter(reference__iexact=reference.strip())
    for complaint in complaints.select_related("page").order_by("-submit_time")[
        :MAX_RENEWED_PER_REQUEST
    ]:
        renew_tracking_code(complaint)


# -- the pages ------------------------------------------------------------------------------


def email_link_response(page, request, complaint, code):
    """The receipt's "email me the link" (POST, the code in the body): the receipt again, with
    what became of the request."""
    if not complaint.email:
        return _receipt(page, request, complaint, code, "no_address", status=400)
    limits = [(LINK_EMAIL_GROUP, None), (LINK_EMAIL_COMPLAINT_GROUP, complaint_key(complaint))]
    wait = keyed_wait(request, limits)
    if wait:
        response = _receipt(page, request, complaint, code, "refused", status=429, wait=wait)
        response["Retry-After"] = str(wait)
        return response
    _notification, created = email_tracking_link(complaint, page.full_tracking_url(code))
    if created:
        count_keyed(request, limits)
    return _receipt(page, request, complaint, code, "sent")


def _receipt(page, request, complaint, code, state, status=200, wait=0):
    extra = {"link_email": state}
    if wait:
        extra["retry_at"] = _retry_at(wait)
    return page.render_landing_page(
        request, complaint, tracking_code=code, status=status, extra_context=extra
    )


def _retry_at(wait):
    # Whole minutes from now, so the page never says "0 minutes".
    return timezone.now() + timedelta(minutes=-(-wait // 60))


class LostCodeForm(forms.Form):
    email = forms.EmailField(
        label=gettext_lazy("Email address"),
        help_text=gettext_lazy("The address you gave when you sent the complaint."),
        max_length=254,
    )
    reference = forms.CharField(
        label=gettext_lazy("Reference number (optional)"),
        help_text=gettext_lazy("For example ADU-2026-00042. Leave it empty if you do not know it."),
        max_length=20,
        required=False,
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["email"].widget.attrs.update({"autocomplete": "email"})
        self.fields["reference"].widget.attrs.update(
            {"autocomplete": "off", "autocapitalize": "characters", "spellcheck": "false"}
        )


def lost_code_response(page, request):
    """ "Lost your code?": the form, and the same answer for every valid request, after a
    redirect so that a refresh renews nothing again."""
    address = page.url + page.reverse_subpage("lost_code")
    status, retry_at = 200, None
    if request.method == "POST":
        form = LostCodeForm(request.POST)
        if form.is_valid():
            email = form.cleaned_data["email"]
            limits = [(LOST_CODE_GROUP, None), (LOST_CODE_ADDRESS_GROUP, address_key(email))]
            wait = keyed_wait(request, limits)
            if not wait:
                count_keyed(request, limits)
                renew_codes_for(email, form.cleaned_data["reference"])
                return redirect(f"{address}?{SENT_PARAMETER}=1")
            status, retry_at = 429, _retry_at(wait)
        else:
            status = 400
    else:
        form = None if request.GET.get(SENT_PARAMETER) else LostCodeForm()
    context = page.get_context(request)
    context.update(
        {
            "form": form,
            "retry_at": retry_at,
            "tracking_url": page.tracking_path,
        }
    )
    response = TemplateResponse(request, "forms/complaint_lost_code.html", context, status=status)
    add_never_cache_headers(response)
    response["Referrer-Policy"] = "strict-origin"
    response["X-Robots-Tag"] = "noindex"
    if status == 429:
        response["Retry-After"] = str(wait)
    return response
