"""`sitemap.xml` for every language, each page listing its translations as hreflang alternates.

Wagtail's own sitemap covers only the site's root page (the Indonesian tree); the English home
is a sibling of it, so this one starts at the locale home pages of the site. The complaint
form's tracking route is not a page of its own: it follows the form's entry.
"""

from collections import defaultdict
from urllib.parse import urlsplit

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page

from .links import TRACKING_ROUTE, complaint_form_url


class MultilingualSitemap(Sitemap):
    def homes(self):
        return self.get_wagtail_site().root_page.get_translations(inclusive=True)

    def items(self):
        homes = self.homes()
        pages = Page.objects.none()
        for home in homes:
            pages |= Page.objects.descendant_of(home, inclusive=True)
        return pages.live().public().order_by("path")

    def _urls(self, page, protocol, domain):
        items = list(self.paginator.page(page).object_list)
        keys = {item.translation_key for item in items}
        siblings = defaultdict(list)
        translations = (
            Page.objects.live().public().filter(translation_key__in=keys).select_related("locale")
        )
        for translated in translations:
            siblings[translated.translation_key].append(translated)
        complaint_paths = {
            urlsplit(complaint_form_url(home, self.request)).path for home in self.homes()
        }
        urls = []
        for item in items:
            lastmod = item.last_published_at or item.latest_revision_created_at
            alternates = [
                {"lang_code": t.locale.language_code, "location": t.get_full_url(self.request)}
                for t in siblings[item.translation_key]
            ]
            entry = {
                "item": item,
                "location": item.get_full_url(self.request),
                "lastmod": lastmod,
                "alternates": alternates if len(alternates) > 1 else [],
            }
            urls.append(entry)
            if urlsplit(entry["location"]).path in complaint_paths:
                urls.append(tracking_entry(entry))
        if urls and all(u["lastmod"] for u in urls):
            self.latest_lastmod = max(u["lastmod"] for u in urls)
        return urls


def tracking_entry(complaint_entry):
    """The sitemap entry of the tracking route below a complaint form's entry."""
    return {
        **complaint_entry,
        "location": complaint_entry["location"] + TRACKING_ROUTE,
        "alternates": [
            {**alternate, "location": alternate["location"] + TRACKING_ROUTE}
            for alternate in complaint_entry["alternates"]
        ],
    }
