"""Playwright driving Debian's Chromium (`/usr/bin/chromium`, or $CHROMIUM_PATH).

Playwright's own browser downloads are not used: the machines reach no CDN. The sync API runs
an event loop in the test thread, so Django's async-safety guard is relaxed for these tests.
"""

import os

import pytest
from django.core.servers.basehttp import WSGIServer
from django.test.testcases import LiveServerThread
from playwright.sync_api import expect, sync_playwright

os.environ.setdefault("DJANGO_ALLOW_ASYNC_UNSAFE", "true")
# Saving an article with its revision, image and workflow takes several seconds on a loaded
# two-core CI machine with the suite running beside it; Playwright's 5-second default for
# `expect` made the admin journeys fail there on time alone.
expect.set_options(timeout=15_000)

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
def serial_live_server(django_db_setup, django_db_blocker):
    """The live server answers one request at a time, as each of gunicorn's sync workers does in
    production (site/gunicorn.conf.py, threads = 1); the browser's other connections wait their
    turn, as `manage.py runserver --nothreading` makes them.

    On in-memory SQLite the live server's threads and the test share one connection, so two
    requests at once fail with "database table is locked". On PostgreSQL, Django's threaded
    server let two admin requests render the same rich-text widget at once; Wagtail's Draftail
    converter keeps one HTML parser per widget, and the two renders broke each other's parse
    ("unexpected call to parse_endtag", a 500 on saving an article). Production never runs two
    requests in one process, so the tests do not either."""
    with pytest.MonkeyPatch.context() as patch:
        patch.setattr(LiveServerThread, "server_class", SerialWSGIServer)
        yield


@pytest.fixture(autouse=True)
def no_background_autosave(settings):
    """Wagtail 7.4 saves an open editor in the background 500 ms after each change, and on the
    "add" screen that first autosave creates the page. A journey that clicks "Ajukan" while that
    request is on its way posts to "add" a second time and is refused: the slug is taken
    ("Promosi (1 kesalahan)"). The journeys walk the editors' explicit saves, so autosave is off
    for them; it stays on for the site."""
    settings.WAGTAIL_AUTOSAVE_INTERVAL = 0


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
