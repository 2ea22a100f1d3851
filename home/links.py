"""Links between sections that are built independently of each other.

Pages that invite citizens to complain link to the complaint form chosen in the site setting
`ImportantPages`, in the language of the page that links, so renaming or moving the form keeps
every link. The links are kept in the page cache, which a publish, a move or a settings save
empties. WhatsApp numbers become wa.me links, which open a chat without any third-party script.
"""

import re

from wagtail.models import Page, Site

from . import page_cache

#: The address of the complaint form before an editor has chosen it in the setting.
DEFAULT_COMPLAINT_SLUG = "pengaduan"
#: The tracking page is this sub-route of the complaint form.
TRACKING_ROUTE = "lacak/"


def locale_home(page):
    """The home page (depth 2) above `page`, or the page itself when it is a home page."""
    if page.depth <= 2:
        return page
    return page.get_ancestors().filter(depth=2).first()


def important_page_urls(site):
    """{"complaint": {locale id: URL}} for the pages chosen in the site's `ImportantPages`."""
    key = f"important-pages:{site.pk}"
    urls = page_cache.cache().get(key)
    if urls is None:
        urls = {"complaint": _translation_urls(_chosen_complaint_page_id(site), site)}
        page_cache.cache().set(key, urls)
    return urls


def _chosen_complaint_page_id(site):
    """Read without creating the setting (as `for_site` would): a GET writes nothing, and a
    saved setting would empty the page cache in the middle of a render."""
    from .models import ImportantPages  # home.models imports this module

    chosen = ImportantPages.objects.filter(site=site).values_list("complaint_page_id", flat=True)
    return chosen.first()


def _translation_urls(page_id, site):
    if page_id is None:
        return {}
    page = Page.objects.filter(pk=page_id).first()
    if page is None:
        return {}
    translations = page.get_translations(inclusive=True).live()
    return {t.locale_id: t.get_url(current_site=site) for t in translations}


def complaint_form_url(page, request=None):
    """The complaint form's URL in the language of `page`."""
    site = Site.find_for_request(request) if request else page.get_site()
    url = important_page_urls(site)["complaint"].get(page.locale_id) if site else None
    if url:
        return url
    home = locale_home(page)
    base = home.get_url(request) if home else "/"
    return f"{base}{DEFAULT_COMPLAINT_SLUG}/"


def tracking_page_url(page, request=None):
    """The complaint tracking page's URL in the language of `page`."""
    return f"{complaint_form_url(page, request)}{TRACKING_ROUTE}"


def whatsapp_url(number):
    """A wa.me link for an Indonesian number written as people write it (0811..., +62 811...)."""
    digits = re.sub(r"\D", "", number or "")
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return f"https://wa.me/{digits}" if digits else ""
