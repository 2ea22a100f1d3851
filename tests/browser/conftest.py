"""Playwright driving Debian's Chromium (`/usr/bin/chromium`, or $CHROMIUM_PATH).

Playwright's own browser downloads are not used: the machines reach no CDN. The sync API runs
an event loop in the test thread, so Django's async-safety guard is relaxed for these tests.
"""

import os

import pytest
from django.core.servers.basehttp import WSGIServer
from django.db import connection
from django.test.testcases import LiveServerThread
from playwright.sync_api import sync_playwright

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")

CHROMIUM_PATH = os.environ.get("CHROMIUM_PATH", "/usr/bin/chromium")
# Quiet, offline-friendly flags: no background connections the closed network would refuse.
CHROMIUM_ARGS = [
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
PHONE_VIEWPORT = {"width": 360, "height": 740}


class SerialWSGIServer(WSGIServer):
    """Django's development server without threads; the live server thread, which answers the
    requests, already uses the test's connection (`connections_override`)."""

    def __init__(self, *args, connections_override=None, **kwargs):
        super().__init__(*args, **kwargs)


@pytest.fixture(scope="session", autouse=True)
def serial_live_server_on_in_memory_sqlite(django_db_setup, django_db_blocker):
    """On in-memory SQLite the live server's threads and the test share one connection, so two
    requests at once (the admin's editing-session ping while a page loads, a thumbnail while
    a form posts) fail with "database table is locked". There, the live server answers one
    request at a time, as `manage.py runserver --nothreading` does; the browser's other
    connections wait their turn. PostgreSQL keeps Django's threaded server."""
    if connection.vendor == "sqlite" and connection.is_in_memory_db():
        with pytest.MonkeyPatch.context() as patch:
            patch.setattr(LiveServerThread, "server_class", SerialWSGIServer)
            yield
    else:
        yield


@pytest.fixture(scope="session")
def browser():
    with sync_playwright() as playwright:
        browser = playwright.chromium.launch(
            executable_path=CHROMIUM_PATH, args=CHROMIUM_ARGS, headless=True
        )
        yield browser
        browser.close()


@pytest.fixture
def phone_page(browser, live_server, site_tree):
    """A fresh browser tab the size of a small phone, pointed at the live test server."""
    context = browser.new_context(viewport=PHONE_VIEWPORT, base_url=live_server.url)
    page = context.new_page()
    yield page
    context.close()
