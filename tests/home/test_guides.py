"""Both admin guides render their Markdown: numbered steps are a real numbered list, and no raw
Markdown marker reaches the reader."""

import re

import pytest
from django.contrib.auth.models import Group

from tests.forms.conftest import make_staff

pytestmark = pytest.mark.django_db

GUIDES = {
    "/admin/panduan-redaksi/": "Redaksi",
    "/admin/pengaduan/panduan/": "Supervisor Pengaduan",
}


def guide_body(html):
    return html.split('class="w-max-w-prose', 1)[1].split("</main>", 1)[0]


@pytest.mark.parametrize("url", GUIDES)
def test_a_guide_shows_numbered_steps_as_a_list_and_no_markdown(
    client, site_tree, django_user_model, url
):
    user = make_staff(django_user_model, "pembaca", group=GUIDES[url])
    assert Group.objects.filter(name=GUIDES[url]).exists()
    client.force_login(user)

    body = guide_body(client.get(url).content.decode())

    assert re.search(r"<ol>\s*<li>", body)
    assert "<strong>" in body
    text = re.sub(r"<[^>]+>", "", body)
    assert "**" not in text
    assert not re.search(r"^\s*(#+|\d+\.|-) ", text, re.MULTILINE)
