"""Typing into Wagtail's rich-text editor (Draftail) as an editor does, then waiting for it.

Draftail writes its content into the form's hidden input a moment after each change, not at
once. A test that types and submits straight away, on a loaded machine, can post the form
before that write and get "This field is required" back. An editor never does: a person takes
longer than that between the last keystroke and the click.
"""

import re

from playwright.sync_api import expect


def write_rich_text(page, root, text):
    """Type `text` into the first rich-text block under `root` (a CSS selector such as
    "#body-root") and wait until the form holds it."""
    editor = page.locator(f"{root} [contenteditable=true]").first
    editor.fill(text)
    editor.press("Tab")
    field = page.locator(f"{root} input[type=hidden][name$='-value']").first
    expect(field).to_have_value(re.compile(re.escape(text)))


def field_errors(page):
    """The admin form's field errors, as "field: message", for a failure message."""
    return page.evaluate(
        """() => [...document.querySelectorAll('[data-field-wrapper], .w-field__wrapper')]
            .filter(wrapper => wrapper.querySelector('.error-message, .w-field__errors p'))
            .map(wrapper => (wrapper.querySelector('label')?.innerText || wrapper.id || '?') + ': '
                 + wrapper.querySelector('.error-message, .w-field__errors p').innerText)"""
    )
