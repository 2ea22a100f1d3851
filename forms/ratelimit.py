"""Per-IP limits on sending complaints and on guessing tracking codes (django-ratelimit).

Only stored complaints and failed tracking look-ups count, so a citizen correcting mistakes in
the form, or reading their own complaint often, is never blocked.
Behind a reverse proxy set RATELIMIT_IP_META_KEY so the client's address is used.
"""

from django.conf import settings
from django.template.response import TemplateResponse
from django.utils.cache import add_never_cache_headers
from django_ratelimit.core import get_usage

SUBMIT_GROUP = "complaints.submit"
TRACKING_GROUP = "complaints.tracking-miss"


def _reached(request, group, rate):
    usage = get_usage(request, group=group, key="ip", rate=rate, increment=False)
    return usage is not None and usage["count"] >= usage["limit"]


def _count(request, group, rate):
    get_usage(request, group=group, key="ip", rate=rate, increment=True)


def complaint_limit_reached(request):
    return _reached(request, SUBMIT_GROUP, settings.COMPLAINT_RATE_LIMIT)


def count_complaint(request):
    _count(request, SUBMIT_GROUP, settings.COMPLAINT_RATE_LIMIT)


def tracking_guess_limit_reached(request):
    return _reached(request, TRACKING_GROUP, settings.COMPLAINT_TRACKING_RATE_LIMIT)


def count_tracking_miss(request):
    _count(request, TRACKING_GROUP, settings.COMPLAINT_TRACKING_RATE_LIMIT)


def rate_limited_response(request, page):
    context = page.get_context(request)
    response = TemplateResponse(request, "forms/rate_limited.html", context, status=429)
    add_never_cache_headers(response)
    response["Retry-After"] = "3600"
    return response
