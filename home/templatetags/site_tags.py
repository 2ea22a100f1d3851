"""Template tags for the site chrome: the main menu and the language switcher.

They find the home page of the language being shown, so the same templates serve every locale.
"""

from django import template
from django.conf import settings
from django.urls import reverse
from django.utils import translation
from django.utils.translation import get_language, get_language_info
from wagtail.models import Page, Site

from home import links

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


@register.inclusion_tag("includes/language_switcher.html", takes_context=True)
def language_switcher(context):
    """One link per language: to this page's translation when it exists, else to that home."""
    request = context["request"]
    page = context.get("page")
    translations = {}
    if isinstance(page, Page):
        for translated in page.get_translations(inclusive=True).live().select_related("locale"):
            translations[translated.locale.language_code] = translated
    links = []
    for code, _name in settings.LANGUAGES:
        target = translations.get(code) or _locale_home(request, code)
        links.append(
            {
                "code": code,
                "name": get_language_info(code)["name_local"],
                "url": target.get_url(request) if target else _language_root_url(code),
                "is_current": code == get_language(),
            }
        )
    return {"links": links}


@register.simple_tag(takes_context=True)
def tracking_page_url(context):
    """The complaint tracking page in the language being shown (for the footer)."""
    request = context["request"]
    home = _locale_home(request, get_language())
    return links.tracking_page_url(home, request) if home else ""
