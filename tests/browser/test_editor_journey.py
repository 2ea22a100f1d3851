"""A Redaksi editor writes a news article with an image and submits it; a Penyunting reviewer
approves it; the article is then on /berita/, in the feed and in sitemap.xml."""

import re

import pytest
from django.contrib.auth.models import Group
from playwright.sync_api import expect

from news.models import NewsPage
from tests.browser.draftail import field_errors, write_rich_text
from tests.factories.roles import restore_editor_groups

pytestmark = pytest.mark.browser


@pytest.fixture
def staff(public_pages, django_user_model):
    """The live server's database was flushed: recreate the roles the migrations create."""
    restore_editor_groups()
    editor = django_user_model.objects.create_user("redaksi", password="sandi-redaksi-uji")
    editor.groups.add(Group.objects.get(name="Redaksi"))
    reviewer = django_user_model.objects.create_user("penyunting", password="sandi-penyunting-uji")
    reviewer.groups.add(Group.objects.get(name="Penyunting"))
    return public_pages


def log_in(page, username, password):
    page.goto("/admin/login/")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(password)
    page.locator("form button[type=submit]").click()
    expect(page).to_have_url(re.compile(r"/admin/$"))


@pytest.fixture
def desk(browser, live_server):
    context = browser.new_context(viewport={"width": 1280, "height": 900}, base_url=live_server.url)
    yield context
    context.close()


def test_editor_article_is_approved_and_then_listed_in_feed_and_sitemap(desk, staff):
    page = desk.new_page()
    log_in(page, "redaksi", "sandi-redaksi-uji")
    page.goto(f"/admin/pages/add/news/newspage/{staff.news.pk}/")
    page.get_by_role("textbox", name="Judul*").fill("Patroli Malam Ditingkatkan")
    # Leaving the title fills the slug, as it does for an editor tabbing on.
    page.get_by_role("textbox", name="Judul*").press("Tab")
    page.get_by_role("textbox", name="Teras berita*").fill(
        "Sat Samapta menambah patroli malam di pasar."
    )
    page.get_by_role("button", name="Pilih gambar").click()
    page.locator(".modal-content a[href*='/chooser/chosen/']").first.click()
    expect(page.locator(".modal-content")).to_have_count(0)
    page.get_by_role("textbox", name="Deskripsi gambar (teks alternatif)").fill(
        "Petugas berpatroli di pasar."
    )
    page.locator("#body-root .c-sf-add-button").first.click()
    page.get_by_role("option", name="Teks").click()
    write_rich_text(page, "#body-root", "Patroli dilakukan setiap malam.")
    expect(page.locator("#id_slug")).to_have_value("patroli-malam-ditingkatkan")
    page.get_by_role("button", name="Tindakan lainnya").click()
    page.get_by_role("button", name=re.compile("^Ajukan ke")).click()
    page.wait_for_load_state()
    assert not page.locator(".error-message").count(), field_errors(page)
    expect(page.locator(".messages")).to_contain_text("Patroli Malam Ditingkatkan")
    article = NewsPage.objects.get(title="Patroli Malam Ditingkatkan")
    assert article.featured_image_id and not article.live

    page.close()  # stop the editor's editing-session pings before the reviewer starts

    review = desk.new_page()
    review.context.clear_cookies()
    log_in(review, "penyunting", "sandi-penyunting-uji")
    expect(review.locator("main")).to_contain_text("Patroli Malam Ditingkatkan")
    row = review.locator("tr", has_text="Patroli Malam Ditingkatkan")
    row.get_by_role("button", name="Tindakan").click()
    row.get_by_role("button", name="Setujui", exact=True).click()
    expect(review.locator("tr", has_text="Patroli Malam Ditingkatkan")).to_have_count(0)
    review.close()

    public = desk.new_page()
    public.goto("/berita/")
    expect(public.get_by_role("link", name="Patroli Malam Ditingkatkan")).to_be_visible()
    feed = public.request.get("/berita/feed/").text()
    assert "<title>Patroli Malam Ditingkatkan</title>" in feed
    sitemap = public.request.get("/sitemap.xml").text()
    assert "/berita/patroli-malam-ditingkatkan/</loc>" in sitemap
