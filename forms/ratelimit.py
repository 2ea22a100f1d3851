"""Per-client limits on sending complaints, asking for reviews and guessing tracking codes
(django-ratelimit).

Only stored complaints and failed tracking look-ups count, so a citizen correcting mistakes in
the form, or reading their own complaint often, is never blocked. The client is the address
config.client_ip finds (settings.RATELIMIT_IP_META_KEY), the same one sign-in lockouts use.
"""

import hashlib
import hmac
import math
from datetime import timedelta

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils import timezone
from django.utils.cache import add_never_cache_headers
from django_ratelimit.core import get_usage

SUBMIT_GROUP = "complaints.submit"
TRACKING_GROUP = "complaints.tracking-miss"
REVIEW_GROUP = "complaints.review"
MESSAGE_GROUP = "complaints.message"
MESSAGE_CODE_GROUP = "complaints.message-code"
# The receipt's tracking link by email, and "lost your code?" (forms.receipt): counted by IP
# address and by a second key each, the complaint or the email address asked about.
LINK_EMAIL_GROUP = "complaints.link-email"
LINK_EMAIL_COMPLAINT_GROUP = "complaints.link-email-complaint"
LOST_CODE_GROUP = "complaints.lost-code"
LOST_CODE_ADDRESS_GROUP = "complaints.lost-code-address"
RATE_SETTINGS = {
    SUBMIT_GROUP: "COMPLAINT_RATE_LIMIT",
    TRACKING_GROUP: "COMPLAINT_TRACKING_RATE_LIMIT",
    REVIEW_GROUP: "COMPLAINT_REVIEW_RATE_LIMIT",
    MESSAGE_GROUP: "COMPLAINT_MESSAGE_RATE_LIMIT",
    MESSAGE_CODE_GROUP: "COMPLAINT_MESSAGE_CODE_RATE_LIMIT",
    LINK_EMAIL_GROUP: "COMPLAINT_LINK_EMAIL_RATE_LIMIT",
    LINK_EMAIL_COMPLAINT_GROUP: "COMPLAINT_LINK_EMAIL_COMPLAINT_RATE_LIMIT",
    LOST_CODE_GROUP: "COMPLAINT_LOST_CODE_RATE_LIMIT",
    LOST_CODE_ADDRESS_GROUP: "COMPLAINT_LOST_CODE_ADDRESS_RATE_LIMIT",
}


def _usage(request, group, increment=False, key=None):
    """The counter of `group` for the client's IP address, or for `key` (a string that is
    never personal data: a complaint's row, a keyed hash of an address) when given."""
    rate = getattr(settings, RATE_SETTINGS[group])
    key_function = "ip" if key is None else (lambda group, request: key)
    return get_usage(request, group=group, key=key_function, rate=rate, increment=increment)


def _reached(request, group, key=None):
    usage = _usage(request, group, key=key)
    return usage is not None and usage["count"] >= usage["limit"]


def complaint_key(complaint):
    """The per-complaint counters' key: the complaint's row, never its tracking code."""
    return f"complaint-{complaint.pk}"


def message_limit_reached(request, complaint):
    """The reporter's messages are limited per client and per complaint, so that neither a
    flood from one address nor a leaked code used from many can bury the unit."""
    return _reached(request, MESSAGE_GROUP) or _reached(
        request, MESSAGE_CODE_GROUP, key=complaint_key(complaint)
    )


def count_message(request, complaint):
    count_keyed(request, [(MESSAGE_GROUP, None), (MESSAGE_CODE_GROUP, complaint_key(complaint))])


def complaint_limit_reached(request):
    return _reached(request, SUBMIT_GROUP)


def count_complaint(request):
    _usage(request, SUBMIT_GROUP, increment=True)


def tracking_guess_limit_reached(request):
    return _reached(request, TRACKING_GROUP)


def count_tracking_miss(request):
    _usage(request, TRACKING_GROUP, increment=True)


def review_limit_reached(request):
    return _reached(request, REVIEW_GROUP)


def count_review_request(request):
    """Only a stored review counts (as only a stored complaint does); a wrong tracking code
    sent with the form counts as a failed look-up."""
    _usage(request, REVIEW_GROUP, increment=True)


def seconds_until_allowed(request):
    """Seconds until every limit this client has reached opens again: what is left of the
    current window of the configured rate (at most an hour for "5/h", a day for "20/d")."""
    waits = [
        usage["time_left"]
        for group in (SUBMIT_GROUP, TRACKING_GROUP, REVIEW_GROUP, MESSAGE_GROUP)
        if (usage := _usage(request, group)) and usage["count"] >= usage["limit"]
    ]
    return max([1, *waits])


def rate_limited_response(request, page):
    retry_after = seconds_until_allowed(request)
    context = page.get_context(request)
    # Whole minutes, so the page never says "0 minutes".
    context["retry_at"] = timezone.now() + timedelta(minutes=math.ceil(retry_after / 60))
    response = TemplateResponse(request, "forms/rate_limited.html", context, status=429)
    add_never_cache_headers(response)
    response["Retry-After"] = str(retry_after)
    return response


def address_key(address):
    """What the per-address limit counts by: an HMAC of the normalised address, so neither
    the cache nor a guess at its keys holds the address."""
    return hmac.new(
        settings.SECRET_KEY.encode(),
        f"lost-code:{address.strip().lower()}".encode(),
        hashlib.sha256,
    ).hexdigest()


def keyed_wait(request, pairs):
    """Seconds until the first limit reached among `pairs` of (group, key or None for the IP
    address) opens again, or 0 when none is reached."""
    waits = [
        max(usage["time_left"], 1)
        for group, key in pairs
        if (usage := _usage(request, group, key=key)) and usage["count"] >= usage["limit"]
    ]
    return max(waits, default=0)


def count_keyed(request, pairs):
    for group, key in pairs:
        _usage(request, group, increment=True, key=key)
