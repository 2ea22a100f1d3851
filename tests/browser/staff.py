"""The complaint officer's side of a journey: their own browser, signed in, at one complaint."""

import re


def open_complaint_in_admin(browser, live_server, reference, username, password):
    """A new browser context (the officer's own cookies), signed in, at the complaint's page
    reached from the inbox as an officer reaches it."""
    staff = browser.new_context(base_url=live_server.url).new_page()
    staff.goto("/admin/login/")
    staff.fill("[name=username]", username)
    staff.fill("[name=password]", password)
    staff.get_by_role("button", name=re.compile("Masuk")).click()
    staff.goto("/admin/pengaduan/kotak-masuk/")
    staff.get_by_role("link", name=reference).click()
    return staff
