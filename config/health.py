"""`/healthz/` for the load balancer: 200 when the database and the shared cache answer, 503
otherwise. It says nothing else, so it tells an outsider nothing about the servers."""

import logging
import uuid

from django.core.cache import cache
from django.db import connection
from django.http import HttpResponse
from django.views.decorators.cache import never_cache

logger = logging.getLogger(__name__)


@never_cache
def healthz(request):
    try:
        with connection.cursor() as cursor:
            cursor.execute("SELECT 1")
        # Each check has its own key: every worker of every app server shares the cache, and
        # with one fixed key a check running at the same moment overwrote it (false 503s).
        probe = uuid.uuid4().hex
        key = f"healthz:{probe}"
        cache.set(key, probe, 10)
        if cache.get(key) != probe:
            raise RuntimeError("cache did not return what was stored")
        cache.delete(key)
    except Exception:
        logger.exception("health check failed")
        return HttpResponse("unavailable", status=503, content_type="text/plain")
    return HttpResponse("ok", content_type="text/plain")
