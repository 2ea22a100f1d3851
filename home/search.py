"""Site search at `/cari/`: live public pages of the language being shown, with the words found
highlighted in each result's summary.

Results come in three tiers:

1. the editors' promoted results for this query (Wagtail's search promotions, under
   Pengaturan → Promosi pencarian), each shown in the language being read;
2. pages of a type in `SEARCH_FIRST_PAGE_TYPES` (services, the complaint page) whose title holds
   every word searched for, so that "skck" lists the SKCK service before news about it;
3. everything else the search backend finds, in its order.

Indonesian queries are reduced to their stems (`home.stemming`), the form pages are indexed in.
"""

import re
from urllib.parse import urlsplit

from django.apps import apps
from django.conf import settings
from django.contrib.contenttypes.models import ContentType
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from django.utils.translation import get_language, get_language_from_path
from wagtail.contrib.search_promotions.models import SearchPromotion
from wagtail.models import Locale, Page
from wagtail.search.utils import normalise_query_string

from .stemming import WORD, stems
from .templatetags.seo_tags import page_description

MAX_QUERY_LENGTH = 200
#: Found pages considered for ranking; a visitor never reads further than this.
MAX_RESULTS = 200


def highlight(text, query):
    """`text` escaped, with every query word (and words beginning with it) wrapped in <mark>.

    Escaping comes first, so nothing an editor or a visitor typed can inject markup.
    """
    escaped = escape(text)
    words = sorted({escape(w) for w in query.split() if len(w) > 1}, key=len, reverse=True)
    if not words:
        return mark_safe(escaped)  # noqa: S308
    pattern = re.compile("|".join(re.escape(w) for w in words), re.IGNORECASE)
    return mark_safe(pattern.sub(lambda m: f"<mark>{m.group(0)}</mark>", escaped))  # noqa: S308


def _backend_query(query):
    """What the search backend is asked: Indonesian words as their stems."""
    if get_language() == settings.LANGUAGE_CODE:
        return " ".join(stems(query)) or query
    return query


def _query_words(text):
    if get_language() == settings.LANGUAGE_CODE:
        return set(stems(text))
    return set(WORD.findall(text.lower()))


def _promotions(query, locale):
    """The promoted results for `query`: pages in the language shown, and links.

    A link to a page of this site is shown only in the language of its address, so an editor
    promotes `/pengaduan/lacak/` for Indonesian and `/en/pengaduan/lacak/` for English.
    The query is only read, never stored: what visitors type may hold personal data.
    """
    promotions = list(
        SearchPromotion.objects.filter(query__query_string=normalise_query_string(query))
        .select_related("page")
        .order_by("sort_order", "pk")
    )
    keys = [p.page.translation_key for p in promotions if p.page_id]
    localized = {
        page.translation_key: page
        for page in Page.objects.live().public().filter(locale=locale, translation_key__in=keys)
    }
    results = []
    for promotion in promotions:
        if promotion.page_id:
            page = localized.get(promotion.page.translation_key)
            if page is not None:
                results.append({"page": page, "description": promotion.description})
        elif _link_in_language(promotion.external_link_url, locale.language_code):
            results.append(
                {
                    "url": _site_relative(promotion.external_link_url),
                    "title": promotion.external_link_text or promotion.external_link_url,
                    "description": promotion.description,
                }
            )
    return results


def _is_own_site(url):
    host = urlsplit(url).netloc
    return not host or host == urlsplit(settings.WAGTAILADMIN_BASE_URL).netloc


def _site_relative(url):
    """A link to this site without its host, so it works on whatever address serves it."""
    if not _is_own_site(url):
        return url
    parts = urlsplit(url)
    return parts.path + (f"?{parts.query}" if parts.query else "")


def _link_in_language(url, language_code):
    if not _is_own_site(url):
        return True
    return (get_language_from_path(urlsplit(url).path) or settings.LANGUAGE_CODE) == language_code


def _first_content_types():
    models = [apps.get_model(label) for label in settings.SEARCH_FIRST_PAGE_TYPES]
    return {ct.pk for ct in ContentType.objects.get_for_models(*models).values()}


def ranked_results(query, locale):
    """Promoted results, then pages of the first types named in full, then the rest."""
    promoted = _promotions(query, locale)
    promoted_pks = {result["page"].pk for result in promoted if "page" in result}
    found = [
        page
        for page in Page.objects.live()
        .public()
        .filter(locale=locale)
        .search(_backend_query(query), operator="and")[:MAX_RESULTS]
        if page.pk not in promoted_pks
    ]
    words = _query_words(query)
    first_types = _first_content_types()

    def named_in_title(page):
        return page.content_type_id in first_types and words <= _query_words(page.title)

    ordered = sorted(found, key=lambda page: not named_in_title(page))  # stable: keeps rank
    return promoted + [{"page": page} for page in ordered]


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        paginator = Paginator(
            ranked_results(query, Locale.get_active()), settings.SEARCH_RESULTS_PER_PAGE
        )
        results = paginator.get_page(request.GET.get("halaman"))
        pks = [result["page"].pk for result in results if "page" in result]
        by_pk = Page.objects.filter(pk__in=pks).specific().in_bulk()
        results.object_list = [
            _shown(result, by_pk, query, request)
            for result in results
            if "page" not in result or result["page"].pk in by_pk
        ]
    return render(request, "home/search_results.html", {"query": query, "results": results})


def _shown(result, by_pk, query, request):
    """What the results list shows of one result: its address, title and summary."""
    if "page" in result:
        page = by_pk[result["page"].pk]
        url, title = page.get_url(request), page.title
        summary = result.get("description") or page_description(page)
    else:
        url, title, summary = result["url"], result["title"], result["description"]
    return {"url": url, "title": highlight(title, query), "summary": highlight(summary, query)}
