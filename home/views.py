"""Site-wide views outside the page tree: robots.txt and the sitemap."""

from django.contrib.sitemaps.views import sitemap as django_sitemap
from django.http import HttpResponse
from django.urls import reverse
from django.views.decorators.http import require_GET

from .sitemaps import MultilingualSitemap


@require_GET
def robots_txt(request):
    """Allow the public site, keep crawlers out of the admin and search, and name the sitemap."""
    lines = [
        "User-agent: *",
        "Disallow: /admin/",
        "Disallow: /cari/",
        "Disallow: /en/cari/",
        f"Sitemap: {request.build_absolute_uri(reverse('sitemap'))}",
    ]
    return HttpResponse("\n".join(lines) + "\n", content_type="text/plain; charset=utf-8")


def sitemap(request):
    return django_sitemap(request, sitemaps={"pages": MultilingualSitemap(request)})
