"""Security headers that depend on the path: one strict policy for the public site, a looser
one for the Wagtail admin, and no caching of anything the admin shows."""

from csp.middleware import CSPMiddleware
from django.utils.cache import add_never_cache_headers

ADMIN_PREFIX = "/admin/"

# Wagtail's admin templates use inline scripts (panels, date widgets) and inline styles.
ADMIN_POLICY_ADDITIONS = {
    "script-src": ["'unsafe-inline'"],
    "style-src": ["'unsafe-inline'"],
    "img-src": ["blob:"],
}
# The admin shows page previews in a frame of its own.
ADMIN_POLICY_REPLACEMENTS = {"frame-ancestors": ["'self'"]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the admin's additions applied under /admin/ only."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if request.path_info.startswith(ADMIN_PREFIX) and not report_only:
            parts.update = {**ADMIN_POLICY_ADDITIONS, **(parts.update or {})}
            parts.replace = {**ADMIN_POLICY_REPLACEMENTS, **(parts.replace or {})}
        return parts


class NoStoreForAdminMiddleware:
    """The admin shows complaint data: no browser or proxy may keep a copy of any admin page."""

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if request.path_info.startswith(ADMIN_PREFIX):
            add_never_cache_headers(response)
        return response
