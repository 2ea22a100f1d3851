"""On a 360 px phone every top-level menu item is on the screen: the menu wraps onto more rows
rather than hiding items in a strip that scrolls sideways."""

import pytest
from playwright.sync_api import expect

from forms.models import ComplaintFormPage
from home.models import InformationPage

pytestmark = pytest.mark.browser


def test_every_main_menu_item_is_inside_a_phone_screen(phone_page, site_tree, public_pages):
    for page in (
        InformationPage(title="Profil", slug="profil", show_in_menus=True),
        ComplaintFormPage(title="Pengaduan", slug="pengaduan", show_in_menus=True),
    ):
        site_tree.home.add_child(instance=page)
        page.save_revision().publish()

    phone_page.goto("/")
    menu = phone_page.get_by_role("navigation", name="Menu utama")
    links = menu.get_by_role("link")
    expect(links).to_have_count(7)
    for link in links.all():
        box = link.bounding_box()
        assert box["x"] >= 0 and box["x"] + box["width"] <= 360, f"{link.inner_text()}: {box}"
    strip = menu.locator("ul")
    assert strip.evaluate("ul => ul.scrollWidth <= ul.clientWidth")
    assert phone_page.evaluate("document.documentElement.scrollWidth") <= 360
