"""Links between sections that are built independently of each other.

The complaint form is a page at slug `pengaduan` under each language's home page; pages that
invite citizens to complain, or to follow a complaint at its tracking route, link to it by path,
so they do not depend on its model class.
WhatsApp numbers become wa.me links, which open a chat without any third-party script.
"""

import re

COMPLAINT_FORM_SLUG = "pengaduan"
# The complaint page's own route for following a complaint with its tracking code.
TRACKING_SUBPATH = "lacak/"


def locale_home(page):
    """The home page (depth 2) above `page`, or the page itself when it is a home page."""
    if page.depth <= 2:
        return page
    return page.get_ancestors().filter(depth=2).first()


def complaint_form_url(page, request=None):
    """The complaint form's URL in the language of `page`."""
    home = locale_home(page)
    base = home.get_url(request) if home else "/"
    return f"{base}{COMPLAINT_FORM_SLUG}/"


def tracking_page_url(page, request=None):
    """The page where a citizen follows a complaint with its code, in the language of `page`."""
    return f"{complaint_form_url(page, request)}{TRACKING_SUBPATH}"


def whatsapp_url(number):
    """A wa.me link for an Indonesian number written as people write it (0811..., +62 811...)."""
    digits = re.sub(r"\D", "", number or "")
    if digits.startswith("0"):
        digits = "62" + digits[1:]
    return f"https://wa.me/{digits}" if digits else ""
