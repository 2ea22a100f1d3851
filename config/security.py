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
# The admin shows page previews in a frame of its own. Wagtail renders a preview by sending a
# stand-in request for the page's public URL through the whole middleware stack
# (`make_preview_request`, which marks it `is_preview`); that response is what the preview panel
# frames, so it keeps the public policy and only lets the site itself frame it.
FRAMED_BY_THE_SITE = {"frame-ancestors": ["'self'"]}


class ContentSecurityPolicyMiddleware(CSPMiddleware):
    """django-csp with the admin's additions applied under /admin/ only, and previews of
    public pages allowed into the admin's own frame."""

    def get_policy_parts(self, request, response, report_only=False):
        parts = super().get_policy_parts(request, response, report_only=report_only)
        if report_only:
            return parts
        if request.path_info.startswith(ADMIN_PREFIX):
            parts.update = {**ADMIN_POLICY_ADDITIONS, **(parts.update or {})}
            parts.replace = {**FRAMED_BY_THE_SITE, **(parts.replace or {})}
        elif getattr(request, "is_preview", False):
            parts.replace = {**FRAMED_BY_THE_SITE, **(parts.replace or {})}
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
