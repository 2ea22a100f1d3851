"""An editor opens the preview panel while editing a page and sees the page in it; nothing in
the admin loads an image from outside the site."""

import re

import pytest
from playwright.sync_api import expect

pytestmark = pytest.mark.browser


def test_editor_sees_the_page_in_the_preview_panel_and_no_outside_image(
    browser, live_server, site_tree, django_user_model
):
    django_user_model.objects.create_superuser(
        "kepala", email="kepala@example.id", password="sandi-kepala-uji"
    )
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    outside_images = []

    def note_outside_image(request):
        if request.resource_type == "image" and not request.url.startswith(live_server.url):
            outside_images.append(request.url)

    context.on("request", note_outside_image)
    page = context.new_page()
    page.goto("/admin/login/")
    page.locator("#id_username").fill("kepala")
    page.locator("#id_password").fill("sandi-kepala-uji")
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))

    page.goto(f"/admin/pages/{site_tree.home.pk}/edit/")
    page.locator("[data-side-panel-toggle='preview']").click()
    preview = page.frame_locator("#w-preview-iframe")
    expect(preview.locator("h1, .brand__name").first).to_be_visible(timeout=15_000)
    expect(preview.locator("body")).to_contain_text(site_tree.profile.unit_name)
    assert page.locator("img").count() > 0
    assert outside_images == []
    context.close()
