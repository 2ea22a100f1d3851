"""Two app servers sharing one Redis: a published edit is seen at once on both.

Runs on PostgreSQL only (production settings refuse anything else). Uses Redis databases 14
(shared cache) and 15 (pages) on the local server, emptied before and after.
"""

import pytest
from django.core.cache import caches

from tests.factories import InformationPageFactory
from tests.servers import collect_static, fetch, gunicorn, needs_postgresql, production_environment

pytestmark = [pytest.mark.django_db(transaction=True), needs_postgresql]

REDIS_URL = "redis://127.0.0.1:6379/14"
PAGE_CACHE_URL = "redis://127.0.0.1:6379/15"


@pytest.fixture
def shared_page_cache(settings):
    """This process (where the editor publishes) uses the servers' Redis page cache too."""
    settings.WAGTAIL_CACHE = True
    settings.CACHES = {
        **settings.CACHES,
        "pages": {
            "BACKEND": "django.core.cache.backends.redis.RedisCache",
            "LOCATION": PAGE_CACHE_URL,
        },
    }
    caches["pages"].clear()
    yield
    caches["pages"].clear()


@pytest.fixture
def two_app_servers(site_tree, shared_page_cache, tmp_path):
    collect_static(tmp_path)
    env = production_environment(tmp_path, REDIS_URL=REDIS_URL, PAGE_CACHE_URL=PAGE_CACHE_URL)
    with gunicorn(env) as first, gunicorn(env) as second:
        yield first, second


def test_an_edit_published_on_one_server_is_seen_at_once_on_both(site_tree, two_app_servers):
    page = InformationPageFactory(parent=site_tree.home, title="Jam Layanan Lama", slug="jam")
    first, second = two_app_servers

    _status, headers, body = fetch(f"{first}/jam/")
    assert headers["X-Cache"] == "miss"
    assert "Jam Layanan Lama" in body
    _status, headers, _body = fetch(f"{second}/jam/")
    assert headers["X-Cache"] == "hit", "the second server answers from the shared cache"

    page.title = "Jam Layanan Baru"
    page.save_revision().publish()

    for server in (first, second):
        _status, _headers, body = fetch(f"{server}/jam/")
        assert "Jam Layanan Baru" in body
        assert "Jam Layanan Lama" not in body
