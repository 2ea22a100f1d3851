"""Template tags for the site chrome: the main menu and the language switcher.

They find the home page of the language being shown, so the same templates serve every locale.
"""

from urllib.parse import urlencode

from django import template
from django.conf import settings
from django.urls import reverse, translate_url
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home import links, page_cache

register = template.Library()


def _locale_home(request, language_code):
    """The home page translated into `language_code`, or None when there is none yet."""
    site = Site.find_for_request(request)
    if site is None:
        return None
    root = site.root_page
    if root.locale.language_code == language_code:
        return root
    return root.get_translations().filter(locale__language_code=language_code).first()


def _language_root_url(language_code):
    """`/` for Indonesian, `/en/` for English: where a language starts even without content."""
    with translation.override(language_code):
        return reverse("wagtail_serve", args=[""])


@register.inclusion_tag("includes/main_menu.html", takes_context=True)
def main_menu(context):
    """Live pages under the current language's home page that editors marked 'show in menus'."""
    request = context["request"]
    home = _locale_home(request, get_language())
    items = home.get_children().live().in_menu() if home else Page.objects.none()
    return {"items": items, "home": home, "current_page": context.get("page")}


#: Query parameters the switcher carries to the other language: the search words, the tracking
#: code on the tracking page (already in the address the visitor opened) and the kecamatan
#: chosen in the units directory. Anything else (form data, pagination) is left behind.
KEPT_QUERY_PARAMETERS = ("q", "kode", "kecamatan")
#: Added to the home page address when the page being read has no translation.
MISSING_TRANSLATION = ("terjemahan", "tidak-ada")


def _translation_urls(request, page):
    """{language code: the page's live translation's URL, or None}; kept with the cached pages
    (emptied whenever content is published), so a page view spends no query on it."""
    site = Site.find_for_request(request)
    key = f"language-switcher:{site.pk if site else None}:{page.pk}"
    urls = page_cache.cache().get(key)
    if urls is None:
        live = page.get_translations(inclusive=True).live().select_related("locale")
        found = {translated.locale.language_code: translated for translated in live}
        urls = {code: _url(found.get(code), request) for code, _name in settings.LANGUAGES}
        page_cache.cache().set(key, urls)
    return urls


def _url(page, request):
    return page.get_url(request) if page is not None else None


def _kept_query(request):
    kept = [(name, request.GET[name]) for name in KEPT_QUERY_PARAMETERS if request.GET.get(name)]
    return f"?{urlencode(kept)}" if kept else ""


def _switch_url(request, page, code):
    """Where the switcher's link to `code` leads from this request."""
    if not isinstance(page, Page):
        # A view outside the page tree (search): the same address under the other language.
        return translate_url(request.path, code) + _kept_query(request)
    here = _translation_urls(request, page)[get_language()] or ""
    target = _translation_urls(request, page)[code]
    if target is None:
        home = _locale_home(request, code)
        base = home.get_url(request) if home else _language_root_url(code)
        return f"{base}?{urlencode([MISSING_TRANSLATION])}"
    # A routable page's own sub-address (the tracking page /pengaduan/lacak/) is the same in
    # every language: keep it.
    rest = request.path[len(here) :] if here and request.path.startswith(here) else ""
    return target + rest + _kept_query(request)


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: to this page's translation (keeping the safe part of the query),
    or to that language's home page, which then says the page is not available in it."""
    request = context["request"]
    page = context.get("page")
    language_links = [
        {
            "code": code,
            "name": get_language_info(code)["name_local"],
            "url": _switch_url(request, page, code),
            "is_current": code == get_language(),
        }
        for code, _name in settings.LANGUAGES
    ]
    return {"links": language_links}


@register.simple_tag(takes_context=True)
def tracking_page_url(context):
    """The complaint tracking page in the language being shown (for the footer)."""
    request = context["request"]
    home = _locale_home(request, get_language())
    return links.tracking_page_url(home, request) if home else ""


@register.inclusion_tag("includes/missing_translation_notice.html", takes_context=True)
def missing_translation_notice(context):
    """On the home page the switcher led to because the page read had no translation."""
    request = context["request"]
    name, value = MISSING_TRANSLATION
    return {"show": request.GET.get(name) == value, "language": get_language_info(get_language())}
