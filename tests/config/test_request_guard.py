"""A NUL character in a request's parameters is answered with a clear 400 page, never a 500.

PostgreSQL cannot store or compare NUL, so a search, a news filter or a form post carrying one
used to fail in the database driver.
"""

import pytest

from forms.models import Complaint, Notification
from tests.forms.conftest import build_complaint_setup, valid_data

pytestmark = pytest.mark.django_db

MESSAGE_ID = "Alamat atau formulir berisi karakter yang tidak dapat diterima"


def get(client, url, **params):
    client.raise_request_exception = False
    return client.get(url, params)


def assert_refused(response, message=MESSAGE_ID):
    assert response.status_code == 400
    assert message in response.content.decode()


def test_a_search_with_a_nul_character_is_refused_with_a_clear_page(client, site_tree):
    assert_refused(get(client, "/cari/", q="narkoba\x00"))


def test_a_nul_character_in_a_search_on_the_english_site_is_explained_in_english(client, site_tree):
    assert_refused(
        get(client, "/en/cari/", q="\x00"), "The address or the form contained characters"
    )


@pytest.mark.parametrize("parameter", ["kategori", "topik", "halaman"])
def test_news_filters_with_a_nul_character_are_refused(client, public_pages, parameter):
    assert_refused(get(client, public_pages.news.url, **{parameter: "lalu\x00lintas"}))


def test_a_tracking_code_with_a_nul_character_is_refused(client, site_tree):
    setup = build_complaint_setup(site_tree)
    assert_refused(get(client, f"{setup.url}lacak/", kode="ABCD\x00EFGH"))


def test_a_complaint_post_with_a_nul_character_stores_nothing(client, site_tree):
    setup = build_complaint_setup(site_tree)
    client.raise_request_exception = False
    response = client.post(setup.url, valid_data(setup, name="Budi\x00Santoso"))
    assert_refused(response)
    assert Complaint.objects.count() == 0
    assert Notification.objects.count() == 0


def test_a_session_cookie_with_a_nul_character_is_ignored(client, site_tree):
    client.raise_request_exception = False
    response = client.get("/", HTTP_COOKIE='sessionid="\\000abcdefghijklmnop"')
    assert response.status_code == 200


def test_ordinary_parameters_pass(client, site_tree):
    assert get(client, "/cari/", q="skck polres").status_code == 200
