"""Site search at `/cari/`: live public pages of the language being shown, with the words found
highlighted in each result's summary."""

import re

from django.conf import settings
from django.core.paginator import Paginator
from django.shortcuts import render
from django.utils.html import escape
from django.utils.safestring import mark_safe
from wagtail.models import Locale, Page

from .templatetags.seo_tags import page_description

MAX_QUERY_LENGTH = 200


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


def search(request):
    query = request.GET.get("q", "").strip()[:MAX_QUERY_LENGTH]
    results = None
    if query:
        pages = Page.objects.live().public().filter(locale=Locale.get_active()).search(query)
        paginator = Paginator(pages, settings.SEARCH_RESULTS_PER_PAGE)
        results = paginator.get_page(request.GET.get("halaman"))
        by_pk = Page.objects.filter(pk__in=[p.pk for p in results]).specific().in_bulk()
        results.object_list = [
            {
                "page": by_pk[page.pk],
                "summary": highlight(page_description(by_pk[page.pk]), query),
                "title": highlight(by_pk[page.pk].title, query),
            }
            for page in results
            if page.pk in by_pk
        ]
    return render(request, "home/search_results.html", {"query": query, "results": results})
