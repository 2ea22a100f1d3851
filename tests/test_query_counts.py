"""Each public page type runs the same number of queries with 5 or with 50 items: the count is
bounded by the page's design, not by how much the editors have published. And each stays within
its budget on a view the full-page cache does not answer."""

import pytest
from django.core.management import call_command
from django.db import connection
from django.test.utils import CaptureQueriesContext

from tests.factories import (
    CampaignPageFactory,
    DistrictFactory,
    NewsPageFactory,
    ServicePageFactory,
    UnitFactory,
)

pytestmark = pytest.mark.django_db


def queries_for(client, url):
    client.get(url)  # warm per-process caches (site root paths, locales), as in production
    with CaptureQueriesContext(connection) as context:
        response = client.get(url)
    assert response.status_code == 200
    return len(context.captured_queries)


def add_news(pages, count):
    for _ in range(count):
        NewsPageFactory(parent=pages.news, category=pages.article.category)


def add_services(pages, count):
    for _ in range(count):
        ServicePageFactory(parent=pages.services)


def add_campaigns(pages, count):
    for _ in range(count):
        CampaignPageFactory(parent=pages.campaigns)


def add_units(pages, count):
    for _ in range(count):
        UnitFactory(districts=[DistrictFactory()])


def add_news_indexed(pages, count):
    add_news(pages, count)
    call_command("update_index", verbosity=0)


def add_everything(pages, count):
    add_news(pages, count)
    add_services(pages, count)
    add_campaigns(pages, count)
    call_command("update_index", verbosity=0)


CASES = {
    "home": ("/", add_everything),
    "english home": ("/en/", add_everything),
    "service index": ("/layanan/", add_services),
    "service": ("/layanan/skck/", add_services),
    "units directory": ("/satuan/?kecamatan=1", add_units),
    "news index": ("/berita/", add_news),
    "news article": ("/berita/operasi-keselamatan/", add_news),
    "news feed": ("/berita/feed/", add_news),
    "campaign index": ("/kampanye/", add_campaigns),
    "campaign": ("/kampanye/selamat-sampai-tujuan/", add_campaigns),
    # Results are fetched as their specific types, one query per page type on the results page,
    # so the fair comparison keeps the mix of types equal: news and the news index.
    "search results": ("/cari/?q=berita", add_news_indexed),
    "sitemap": ("/sitemap.xml", add_everything),
}


@pytest.mark.parametrize("case", CASES)
def test_query_count_does_not_grow_from_5_to_50_items(client, public_pages, case):
    url, add = CASES[case]
    add(public_pages, 5)
    with_five = queries_for(client, url)
    add(public_pages, 45)
    with_fifty = queries_for(client, url)
    assert with_five == with_fifty, (
        f"{case}: {with_five} queries with 5 items, {with_fifty} with 50"
    )
    assert with_fifty <= 40, f"{case}: {with_fifty} queries"


# The most queries a view may run when the full-page cache does not answer it (its per-process
# caches and the cached site chrome are warm, as on a running server): 12 for the public
# pages. The sitemap, read by search engines rather than citizens, lists every page with
# its translations; it is held at what it costs now, so that it cannot grow.
QUERY_BUDGET = dict.fromkeys(CASES, 12) | {"sitemap": 15}


@pytest.mark.parametrize("case", CASES)
def test_page_stays_within_its_query_budget(client, public_pages, case):
    url, add = CASES[case]
    add(public_pages, 20)
    queries = queries_for(client, url)
    assert queries <= QUERY_BUDGET[case], f"{case}: {queries} queries, budget {QUERY_BUDGET[case]}"
