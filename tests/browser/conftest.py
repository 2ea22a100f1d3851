"""Playwright driving Debian's Chromium (`/usr/bin/chromium`, or $CHROMIUM_PATH).

Playwright's own browser downloads are not used: the machines reach no CDN. The sync API runs
an event loop in the test thread, so Django's async-safety guard is relaxed for these tests.
"""

import os

import pytest
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
