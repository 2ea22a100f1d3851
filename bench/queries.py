"""Count the database queries of each benchmarked page, as a visitor's second request makes
them (Wagtail's per-process caches warm, the page cache off). Prints JSON {url: queries}."""

import json
import os
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
django.setup()

from django.db import connection
from django.test import Client
from django.test.utils import CaptureQueriesContext


def main(urls):
    client = Client(HTTP_HOST="127.0.0.1", headers={"X-Forwarded-Proto": "https"})
    counts = {}
    for url in urls:
        client.get(url, secure=True)
        with CaptureQueriesContext(connection) as captured:
            response = client.get(url, secure=True)
        assert response.status_code == 200, (url, response.status_code)
        counts[url] = len(captured.captured_queries)
    print(json.dumps(counts))


if __name__ == "__main__":
    main(sys.argv[1:])
