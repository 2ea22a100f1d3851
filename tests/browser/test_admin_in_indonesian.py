"""Each role walks the admin screens it uses, in Indonesian (the admin's default language), and
finds none of the English of the admin's package catalogues (tests/browser/screen_text.py).

Data is built through the ORM; only the steps that are the point of a screen go through the
interface: the schedule dialog, submitting for moderation, approving with a comment, translating
a page, changing a complaint's status, signing in with a second factor.
"""

import re
from datetime import timedelta
from importlib import import_module
from pathlib import Path

import pytest
from django.contrib.auth.models import Group
from django.utils import timezone
from django_otp.oath import TOTP
from django_otp.plugins.otp_totp.models import TOTPDevice
from playwright.sync_api import expect
from wagtail.models import Locale

from forms.models import Complaint, ComplaintStaffProfile, Status
from news.models import NewsPage
from tests.browser.draftail import field_errors, write_rich_text
from tests.factories import ComplaintFactory, NewsPageFactory
from tests.factories.roles import restore_editor_groups, restore_roles
from tests.forms.conftest import build_complaint_setup, png_bytes

from .screen_text import HARD_CODED_UPSTREAM, ScreenWalk

pytestmark = pytest.mark.browser

PASSWORD = "sandi-uji-yang-panjang-2026"


@pytest.fixture
def staff(site_tree, django_user_model, settings, tmp_path):
    """The roles as production has them, 2FA enforced, and one user for each."""
    settings.WAGTAIL_2FA_REQUIRED = True
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    restore_roles()
    users = {}
    for username, group in [
        ("redaksi", "Redaksi"),
        ("penyunting", "Penyunting"),
        ("petugas", "Petugas Pengaduan"),
        ("supervisor", "Supervisor Pengaduan"),
    ]:
        user = django_user_model.objects.create_user(
            username,
            f"{username}@example.id",
            PASSWORD,
            first_name=username.title(),
            last_name="Uji",
        )
        user.groups.add(Group.objects.get(name=group))
        users[username] = user
    return users


@pytest.fixture
def newsroom(public_pages, staff):
    """The public pages, with the editors' rights on the collections their images made."""
    restore_editor_groups()
    return public_pages


@pytest.fixture
def desk(browser, live_server):
    context = browser.new_context(
        viewport={"width": 1280, "height": 900}, base_url=live_server.url, accept_downloads=True
    )
    yield context.new_page()
    context.close()


def current_token(device):
    """The code an authenticator app would show now, computed by django-otp itself."""
    device.refresh_from_db()
    totp = TOTP(device.bin_key, device.step, device.t0, device.digits, device.drift)
    return f"{totp.token():0{device.digits}d}"


def sign_in(page, walk, username):
    page.goto("/admin/login/")
    walk.read("sign-in")
    page.locator("#id_username").fill(username)
    page.locator("#id_password").fill(PASSWORD)
    page.locator("form button[type=submit]").click()
    page.wait_for_load_state()


def finish(walk):
    assert not walk.english_found(), walk.report()


def test_redaksi_sees_no_english_writing_scheduling_and_submitting_a_news_article(desk, newsroom):
    page, walk = desk, ScreenWalk(desk, "Redaksi")
    news = newsroom.news
    sign_in(page, walk, "redaksi")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    walk.read("dashboard")
    page.goto(f"/admin/pages/{news.pk}/")
    walk.read("page explorer")

    page.goto(f"/admin/pages/add/news/newspage/{news.pk}/")
    walk.read("new news article")
    page.locator("#id_title").fill("Patroli Malam Ditingkatkan")
    page.locator("#id_title").press("Tab")  # fills the slug, as for an editor tabbing on
    expect(page.locator("#id_slug")).to_have_value("patroli-malam-ditingkatkan")
    page.get_by_role("textbox", name="Teras berita*").fill("Sat Samapta menambah patroli malam.")
    page.locator("[data-contentpath=featured_image] .chooser__choose-button").click()
    chooser = page.locator(".modal-content")
    expect(chooser.locator("#tab-label-upload")).to_be_visible()
    walk.read("image chooser")
    chooser.locator("#tab-label-upload").click()
    walk.read("image chooser: upload")
    upload = chooser.locator("#tab-upload form")
    upload.locator("input[type=file]").set_input_files(
        {"name": "patroli.png", "mimeType": "image/png", "buffer": png_bytes()}
    )
    upload.locator("input[name$=title]").fill("Patroli malam di pasar")
    upload.locator("button[type=submit]").click()
    expect(chooser).to_have_count(0)
    page.get_by_role("textbox", name="Deskripsi gambar (teks alternatif)").fill(
        "Petugas berpatroli di pasar."
    )
    page.locator("#body-root .c-sf-add-button").first.click()
    walk.read("new news article: block menu")
    page.get_by_role("option", name="Teks").click()
    write_rich_text(page, "#body-root", "Patroli dilakukan setiap malam.")
    walk.read("new news article, filled in")

    page.locator("[data-side-panel-toggle=status]").click()
    walk.read("status side panel")
    page.locator("[data-a11y-dialog-show=schedule-publishing-dialog]").click()
    dialog = page.locator("#schedule-publishing-dialog")
    expect(dialog).to_be_visible()
    walk.read("schedule dialog")
    go_live = timezone.localtime() + timedelta(days=2)
    dialog.locator("input[name=go_live_at]").fill(go_live.strftime("%Y-%m-%d %H:%M"))
    walk.read("schedule dialog: date picker")
    dialog.locator(".w-dialog__title").click()  # closes the date picker
    dialog.locator("button[type=submit]").click()
    page.wait_for_load_state()
    assert not page.locator(".error-message").count(), field_errors(page)
    expect(page).to_have_url(re.compile(r"/admin/pages/\d+/edit/$"))
    walk.read("draft saved with a schedule")

    page.locator("footer .w-dropdown__toggle").click()
    walk.read("action menu")
    page.locator("footer button[name=action-submit]").click()
    expect(page.locator(".messages")).to_contain_text("Patroli Malam Ditingkatkan")
    walk.read("submitted for moderation")
    article = NewsPage.objects.get(title="Patroli Malam Ditingkatkan")
    assert article.featured_image_id and article.current_workflow_state
    assert article.get_latest_revision_as_object().go_live_at is not None

    for screen, path in [
        ("image library", "/admin/images/"),
        ("document library", "/admin/documents/"),
        ("news categories (snippets)", "/admin/snippets/news/newscategory/"),
        ("new news category", "/admin/snippets/news/newscategory/add/"),
        ("account settings", "/admin/account/"),
        ("2FA enrolment", "/admin/2fa/devices/new"),
    ]:
        page.goto(path)
        walk.read(screen)
    finish(walk)


def test_penyunting_sees_no_english_approving_with_a_comment_and_translating(desk, staff, newsroom):
    page, walk = desk, ScreenWalk(desk, "Penyunting")
    news = newsroom.news
    article = NewsPageFactory(
        parent=news,
        title="Razia Knalpot Bising",
        slug="razia-knalpot",
        body=[("paragraph", "<p>Petugas menindak knalpot bising.</p>")],
    )
    article.save_revision(user=staff["redaksi"])
    article.get_workflow().start(article, staff["redaksi"])

    sign_in(page, walk, "penyunting")
    expect(page).to_have_url(re.compile(r"/admin/$"))
    expect(page.locator("main")).to_contain_text("Razia Knalpot Bising")
    walk.read("dashboard with a page awaiting review")
    page.goto(f"/admin/pages/{news.pk}/")
    walk.read("page explorer")

    page.goto(f"/admin/pages/{article.pk}/edit/")
    walk.read("page in moderation")
    page.locator("footer .w-dropdown__toggle").click()
    walk.read("action menu")
    page.locator(
        "footer [data-workflow-action-name=approve][data-workflow-action-modal-url]"
    ).click()
    dialog = page.locator(".modal-content")
    expect(dialog.locator("textarea[name=comment]")).to_be_visible()
    walk.read("approve with comment dialog")
    dialog.locator("textarea[name=comment]").fill("Sudah sesuai, silakan terbit.")
    dialog.locator("button[type=submit]").click()
    expect(page.locator(".messages")).to_contain_text("Razia Knalpot Bising")
    walk.read("approved")
    article.refresh_from_db()
    assert article.live

    page.goto(f"/admin/pages/{news.pk}/")
    row = page.locator("tr", has_text="Razia Knalpot Bising")
    row.locator(".w-dropdown__toggle").click()
    walk.read("page explorer: page menu")
    row.locator("a[href*='/localize/submit/page/']").click()
    walk.read("submit for translation")
    page.locator("input[name=locales]").check()
    page.locator("main form [type=submit]").click()
    segment = page.locator("li:has(> p)", has=page.locator("p", has_text="Razia Knalpot Bising"))
    segment.locator("button").click()
    expect(segment.locator("textarea")).to_be_visible()
    walk.read("translation editor")
    segment.locator("textarea").fill("Noisy Exhaust Raid")
    segment.locator("button").last.click()
    expect(segment.locator("textarea")).to_have_count(0)
    walk.read("translation editor: a string translated")
    page.locator("footer button[name=action][value=publish]").click()
    expect(page.locator(".messages")).to_be_visible()
    walk.read("translation published")
    english = article.get_translation(Locale.objects.get(language_code="en"))
    assert english.live and english.title == "Noisy Exhaust Raid"

    page.goto("/admin/account/")
    walk.read("account settings")
    finish(walk)


@pytest.fixture
def complaints(staff, site_tree):
    setup = build_complaint_setup(site_tree)
    profile = ComplaintStaffProfile.objects.create(user=staff["petugas"])
    profile.units.set([setup.unit_a])
    return [
        ComplaintFactory(page=setup.page, category=setup.category_a),
        ComplaintFactory(
            page=setup.page,
            category=setup.category_b,
            description="Tetangga saya membawa parang dan mengancam warga saat ini juga.",
            emergency_suspected=True,
        ),
    ]


def test_petugas_pengaduan_sees_no_english_enrolling_and_handling_a_complaint(desk, complaints):
    page, walk = desk, ScreenWalk(desk, "Petugas Pengaduan")
    complaint = complaints[0]
    sign_in(page, walk, "petugas")
    expect(page).to_have_url(re.compile(r"/admin/2fa/devices/new"))
    walk.read("2FA enrolment")
    device = TOTPDevice.objects.get(user__username="petugas", confirmed=False)
    page.locator("[name=name]").fill("Ponsel dinas")
    page.locator("[name=otp_token]").fill(current_token(device))
    page.locator("[name=password]").fill(PASSWORD)
    page.locator("form:has([name=otp_token]) [type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/2fa/devices/\d+$"))
    walk.read("2FA devices")

    page.goto("/admin/")
    walk.read("dashboard")
    page.goto("/admin/pengaduan/kotak-masuk/")
    expect(page.get_by_role("link", name=complaint.reference)).to_be_visible()
    walk.read("complaint inbox")
    page.get_by_role("link", name=complaint.reference).click()
    walk.read("complaint detail")
    page.locator("[name=status]").select_option(Status.VERIFIED.value)
    page.locator("form[action$='/status/'] [name=reason]").fill("Laporan sudah kami periksa.")
    page.locator("form[action$='/status/'] button[type=submit]").click()
    expect(page.locator(".messages")).to_be_visible()
    walk.read("status changed")
    assert Complaint.objects.get(pk=complaint.pk).status == Status.VERIFIED

    page.goto("/admin/account/")
    walk.read("account settings")
    finish(walk)


def test_supervisor_pengaduan_sees_no_english_filtering_and_exporting_the_inbox(
    desk, staff, complaints
):
    page, walk = desk, ScreenWalk(desk, "Supervisor Pengaduan")
    device = TOTPDevice.objects.create(
        user=staff["supervisor"], name="Ponsel dinas", confirmed=True
    )
    sign_in(page, walk, "supervisor")
    expect(page).to_have_url(re.compile(r"/admin/2fa/auth"))
    walk.read("2FA code")
    page.locator("[name=otp_token]").fill(current_token(device))
    page.locator("form:has([name=otp_token]) [type=submit]").first.click()
    expect(page).to_have_url(re.compile(r"/admin/$"))
    walk.read("dashboard")

    page.goto("/admin/pengaduan/kotak-masuk/")
    walk.read("complaint inbox")
    page.locator("header .w-slim-header-action-button").click()
    walk.read("complaint inbox: filters")
    for name in ["status", "overdue", "emergency_suspected", "submit_time"]:
        page.locator(f"button[aria-controls=drilldown-id_{name}]").click()
        walk.read(f"complaint inbox: filter {name}")
        page.locator(f"#drilldown-id_{name} .w-drilldown__back").click()
    page.goto("/admin/pengaduan/kotak-masuk/?emergency_suspected=true")
    expect(page.get_by_role("link", name=complaints[1].reference)).to_be_visible()
    expect(page.get_by_role("link", name=complaints[0].reference)).to_have_count(0)
    walk.read("complaint inbox: filtered")
    page.get_by_role("link", name=complaints[1].reference).click()
    walk.read("complaint detail")

    page.goto("/admin/pengaduan/kotak-masuk/")
    page.locator("header .w-dropdown__toggle.w-h-slim-header").click()
    walk.read("complaint inbox: export menu")
    with page.expect_download() as download:
        page.locator("header a[href*='export=csv']").click()
    assert download.value.suggested_filename.endswith(".csv")

    page.goto("/admin/account/")
    walk.read("account settings")
    finish(walk)


@pytest.mark.parametrize("text", sorted(HARD_CODED_UPSTREAM))
def test_hard_coded_upstream_english_is_still_written_where_it_is_excused(text):
    for package, path, literal in HARD_CODED_UPSTREAM[text]:
        source = Path(import_module(package).__file__).parent / path
        assert literal in source.read_text(encoding="utf-8"), (
            f"{package} no longer writes {text!r} as {literal!r} in {path}: drop the exception"
        )
