"""When the full-page cache may answer, and when it must be emptied.

Pages are cached for anonymous visitors only (wagtail-cache). Any change to published content
empties the whole page cache: a small site re-renders its pages in moments, and a reader must
never see a stale procedure or a withdrawn article. The cache lives in Redis in production,
so emptying it on the server where an editor publishes empties it for every app server.
"""

from django.conf import settings
from django.core.cache import caches
from django.core.exceptions import DisallowedHost
from django.db.models.signals import post_delete, post_save
from wagtail.models import Page, Site
from wagtail.signals import page_published, page_unpublished, post_page_move

# Apps whose non-page models (settings, snippets, images, documents) appear on public pages:
# Wagtail's images and documents, and each of our apps whose AppConfig sets `public_content`.
# Renditions are made while pages render, so they must not empty the cache.
CONTENT_APPS = {"wagtailimages", "wagtaildocs"}
CONTENT_MODELS = {"wagtailcore.site"}
NOT_CONTENT_MODELS = {"wagtailimages.rendition"}
# Cookies that mean the visitor is signed in, has a message waiting or is following their
# complaint (the tracking page's signed code, "pengaduan_lacak"): never serve them a shared copy.
PERSONAL_COOKIES = {settings.SESSION_COOKIE_NAME, "messages", "pengaduan_lacak"}


def is_request_cacheable(request, is_cacheable):
    """wagtail-cache hook: skip anything personal before the session is even loaded."""
    if PERSONAL_COOKIES & request.COOKIES.keys() or request.path.startswith("/admin/"):
        return False
    return is_cacheable


def cache():
    """The page cache: whole pages, cached fragments, the site and the unit's profile. Entries
    live for the cache's TIMEOUT (an hour); a publish or a settings save empties it sooner."""
    return caches[settings.WAGTAIL_CACHE_BACKEND]


def clear_cache():
    """Empty the page cache, which also holds the cached fragments of the site chrome, so it
    is emptied even where full-page caching is off (development, tests)."""
    cache().clear()


def clear_page_cache(**kwargs):
    clear_cache()


def clear_page_cache_for_content(sender, **kwargs):
    """Drafts of pages do not change what visitors see; their publication does (see above)."""
    label = sender._meta.label_lower
    is_content = (
        sender._meta.app_label in CONTENT_APPS
        or getattr(sender._meta.app_config, "public_content", False)
        or label in CONTENT_MODELS
    )
    if is_content and label not in NOT_CONTENT_MODELS and not issubclass(sender, Page):
        clear_cache()


def connect_signals():
    for signal in (page_published, page_unpublished, post_page_move):
        signal.connect(clear_page_cache, dispatch_uid=f"page_cache_{id(signal)}")
    post_delete.connect(clear_page_cache, sender=Page, dispatch_uid="page_cache_page_delete")
    for signal in (post_save, post_delete):
        signal.connect(clear_page_cache_for_content, dispatch_uid=f"content_{id(signal)}")


class BrowserRevalidationMiddleware:
    """Browsers must ask again for every page: only the server keeps copies.

    wagtail-cache stamps the server-side lifetime (an hour) on the response as max-age and
    Expires; a phone would then show a withdrawn procedure for up to an hour. The server's
    copy is emptied on publish, the browser's cannot be, so the browser gets max-age=0.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        response = self.get_response(request)
        if response.get("X-Cache") in {"hit", "miss"}:
            response["Cache-Control"] = "public, max-age=0, must-revalidate"
            del response["Expires"]
        return response


class CachedSiteMiddleware:
    """Finds the request's Wagtail site, with its home page, in the page cache.

    Wagtail looks up the site on every request, then fetches the site's home page again as
    its own type: two queries before routing starts, on every view the page cache does not
    answer. Both change only when a site is saved or a page published, which empty this cache.
    Wagtail takes the site from `request._wagtail_site` when it is there (see
    `Site.find_for_request`). The admin finds its sites as usual.
    """

    def __init__(self, get_response):
        self.get_response = get_response

    def __call__(self, request):
        if not request.path.startswith("/admin/"):
            self.attach_site(request)
        return self.get_response(request)

    @staticmethod
    def attach_site(request):
        try:
            key = f"site:{request.get_host()}:{request.get_port()}"
        except DisallowedHost:
            return  # Django answers this request with a 400 further on
        site = cache().get(key)
        if site is None:
            site = Site.find_for_request(request)
            if site is None:
                return
            site.root_page = site.root_page.specific
            cache().set(key, site)
        request._wagtail_site = site
