"""The Redis cache backends (config.cache): one client per connection pool, and the rendition
cache that skips Wagtail's repeated writes."""

import time

import pytest

from config.cache import RenditionCache, ReusedClientRedisCache


@pytest.fixture
def redis_cache():
    cache = ReusedClientRedisCache("redis://127.0.0.1:6379/13", {})
    cache.clear()
    yield cache
    cache.clear()


def test_it_stores_reads_and_forgets_like_any_django_cache(redis_cache):
    redis_cache.set("halaman", {"judul": "SKCK"}, 30)
    assert redis_cache.get("halaman") == {"judul": "SKCK"}
    redis_cache.delete("halaman")
    assert redis_cache.get("halaman") is None


def test_clearing_empties_the_whole_database(redis_cache):
    redis_cache.set_many({"a": 1, "b": 2})
    redis_cache.clear()
    assert redis_cache.get_many(["a", "b"]) == {}


def test_the_same_client_serves_every_call(redis_cache):
    client = redis_cache._cache.get_client()
    redis_cache.set("x", 1)
    assert redis_cache._cache.get_client() is client
    assert redis_cache._cache.get_client(write=True) is client


@pytest.fixture
def rendition_caches():
    """This server's rendition cache, and the same Redis database as another server sees it."""
    this_server = RenditionCache("redis://127.0.0.1:6379/14", {"TIMEOUT": 1})
    other_server = ReusedClientRedisCache("redis://127.0.0.1:6379/14", {})
    other_server.clear()
    yield this_server, other_server
    other_server.clear()


def test_a_rendition_is_written_once_not_every_time_a_page_shows_it(rendition_caches):
    this_server, other_server = rendition_caches
    this_server.set("rendition", "v1")
    other_server.delete("rendition")  # e.g. the image was replaced on another server
    this_server.set("rendition", "v1")
    # The repeated write was skipped, and what is left is no entry, never an old one.
    assert this_server.get("rendition") is None


def test_a_rendition_is_written_again_after_this_server_deletes_it(rendition_caches):
    this_server, _other_server = rendition_caches
    this_server.set("rendition", "v1")
    this_server.delete("rendition")
    this_server.set("rendition", "v2")
    assert this_server.get("rendition") == "v2"


def test_a_rendition_is_written_again_after_half_the_timeout(rendition_caches):
    this_server, other_server = rendition_caches
    this_server.set("rendition", "v1")
    other_server.delete("rendition")
    time.sleep(0.6)
    this_server.set("rendition", "v1")
    assert this_server.get("rendition") == "v1"
