"""The Redis cache backend that keeps one client per connection pool (config.cache)."""

import pytest

from config.cache import ReusedClientRedisCache


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
