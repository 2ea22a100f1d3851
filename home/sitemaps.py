"""`sitemap.xml` for every language, each page listing its translations as hreflang alternates.

Wagtail's own sitemap covers only the site's root page (the Indonesian tree); the English home
is a sibling of it, so this one starts at the locale home pages of the site.
"""

from collections import defaultdict

from wagtail.contrib.sitemaps import Sitemap
from wagtail.models import Page


class MultilingualSitemap(Sitemap):
    def items(self):
        root = self.get_wagtail_site().root_page
        homes = root.get_translations(inclusive=True)
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
        urls = []
        for item in items:
            lastmod = item.last_published_at or item.latest_revision_created_at
            alternates = [
                {"lang_code": t.locale.language_code, "location": t.get_full_url(self.request)}
                for t in siblings[item.translation_key]
            ]
            urls.append(
                {
                    "item": item,
                    "location": item.get_full_url(self.request),
                    "lastmod": lastmod,
                    "alternates": alternates if len(alternates) > 1 else [],
                }
            )
        if urls and all(u["lastmod"] for u in urls):
            self.latest_lastmod = max(u["lastmod"] for u in urls)
        return urls
