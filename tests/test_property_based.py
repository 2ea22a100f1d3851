"""Property-based tests: arbitrary input to every public form and query parameter.

Whatever a visitor sends, the site answers without a server error, and a complaint post that
is refused stores nothing: no complaint, no attachment row, no evidence file, no email.
Hypothesis draws the input; the number of examples is set by the profile in tests/conftest.py.
"""

import time

import pytest
from django.core.files.uploadedfile import SimpleUploadedFile
from hypothesis import example, given
from hypothesis import strategies as st

from forms.forms import CORE_FIELD_NAMES, sign_start_time
from forms.models import Attachment, Complaint, Notification
from tests.forms.conftest import build_complaint_setup, png_bytes, valid_data

pytestmark = pytest.mark.django_db

RECEIPT = 'id="nomor-pengaduan"'
# Values that reach the interesting branches more often than random text would.
EDGE_VALUES = [
    "", " ", "0", "-1", "1e9", "9" * 40, "2026-02-30", "2999-01-01", "on", "off",
    "identified", "anonymous", "confidential", "+62 812 3456 7890", "1671034512900001",
    "<script>alert(1)</script>", "'; DROP TABLE forms_complaint; --", "\x00", "\u202e",
    "a" * 5001, "budi@example.com", "a" * 300 + "@example.com", "%00", "../../etc/passwd",
]  # fmt: skip
text = st.one_of(st.text(max_size=400), st.sampled_from(EDGE_VALUES))
value = st.one_of(st.none(), text, st.lists(text, min_size=2, max_size=3))
form_keys = st.one_of(
    st.sampled_from(sorted(CORE_FIELD_NAMES - {"attachments"})), st.text(max_size=20)
)
# The first bytes of each accepted type, so some files pass the type check and reach the
# decoder; the rest is arbitrary.
MAGIC = [
    b"",
    b"\x89PNG\r\n\x1a\n",
    b"\xff\xd8\xff\xe0",
    b"RIFF\x10\x00\x00\x00WEBPVP8 ",
    b"%PDF-1.",
]
uploads = st.lists(
    st.tuples(
        st.text(max_size=260),
        st.one_of(
            st.builds(bytes.__add__, st.sampled_from(MAGIC), st.binary(max_size=3000)),
            st.just(png_bytes()),
            st.builds(bytes.__add__, st.just(png_bytes()), st.binary(max_size=200)),
        ),
        st.sampled_from(["image/png", "image/jpeg", "application/pdf", "text/html", ""]),
    ),
    max_size=4,
)


@pytest.fixture
def complaint_page(site_tree, settings, tmp_path):
    settings.PRIVATE_MEDIA_ROOT = tmp_path / "private"
    settings.COMPLAINT_RATE_LIMIT = "10000/h"
    settings.COMPLAINT_TRACKING_RATE_LIMIT = "10000/h"
    setup = build_complaint_setup(site_tree)
    setup.private_media = settings.PRIVATE_MEDIA_ROOT
    return setup


def stored(setup):
    root = setup.private_media
    files = sum(1 for path in root.rglob("*") if path.is_file()) if root.exists() else 0
    return (
        Complaint.objects.count(),
        Attachment.objects.count(),
        Notification.objects.count(),
        files,
    )


def sendable_name(name):
    """The test client can only send a file whose name has a last path component."""
    name = name.replace("/", "_").replace("\\", "_")
    return "berkas" if name in {"", ".", ".."} else name


def post_and_check(client, setup, data):
    client.raise_request_exception = False
    before = stored(setup)
    response = client.post(setup.url, data)
    assert response.status_code < 500, response.status_code
    after = stored(setup)
    if response.status_code == 200 and RECEIPT in response.content.decode():
        # Accepted (or the same post again): every attachment row has its file, and no more.
        assert after[1] == after[3]
    else:
        assert after == before, (before, after)
    return response


@given(overrides=st.dictionaries(form_keys, value, max_size=6))
@example(overrides={"email": "a" * 288 + "@example.com"})  # longer than its column
@example(overrides={"description": "Motor saya dicuri di pasar\x00 kemarin sore."})
# A token that is not one of ours must not come back in the cookie: the next request, which
# carries the cookie, would fail before any view runs.
@example(overrides={"submission_token": "\U00100f70\xda\x99 token; path=/ " * 2})
def test_arbitrary_complaint_fields_never_cause_a_server_error(client, complaint_page, overrides):
    data = valid_data(complaint_page, form_started=sign_start_time(time.time() - 60))
    data.update(overrides)
    post_and_check(client, complaint_page, {k: v for k, v in data.items() if v is not None})
    assert client.get(complaint_page.url).status_code == 200  # with the cookies it was given


@given(files=uploads, overrides=st.dictionaries(form_keys, value, max_size=2))
def test_arbitrary_attachments_never_cause_a_server_error_or_an_orphan_file(
    client, complaint_page, files, overrides
):
    data = valid_data(complaint_page)
    data.update(overrides)
    data = {k: v for k, v in data.items() if v is not None}
    data["attachments"] = [
        SimpleUploadedFile(sendable_name(name), content, content_type=kind or None)
        for name, content, kind in files
    ]
    post_and_check(client, complaint_page, data)


QUERY_NAMES = ["q", "kode", "kategori", "topik", "halaman", "kecamatan", "baru", "page"]
query = st.dictionaries(
    st.one_of(st.sampled_from(QUERY_NAMES), st.text(max_size=10)),
    st.one_of(text, st.integers().map(str), st.lists(text, min_size=2, max_size=3)),
    max_size=4,
)


PUBLIC_URLS = [
    "home", "search", "english search", "complaint", "tracking", "news", "english news",
    "units", "campaigns", "services", "article",
]  # fmt: skip


@pytest.fixture
def public_urls(public_pages, site_tree, settings):
    settings.COMPLAINT_TRACKING_RATE_LIMIT = "10000/h"
    pages = public_pages
    pages.district.name = "Sekayu Kota"  # the complaint setup adds its own "Sekayu"
    pages.district.save()
    complaint_page = build_complaint_setup(site_tree)
    return {
        "home": "/",
        "search": "/cari/",
        "english search": "/en/cari/",
        "complaint": complaint_page.url,
        "tracking": f"{complaint_page.url}lacak/",
        "news": pages.news.url,
        "english news": pages.english(pages.news).url,
        "units": pages.units.url,
        "campaigns": pages.campaigns.url,
        "services": pages.services.url,
        "article": pages.article.url,
    }


@given(which=st.integers(min_value=0, max_value=len(PUBLIC_URLS) - 1), params=query)
@example(which=PUBLIC_URLS.index("search"), params={"q": "narkoba\x00"})
@example(which=PUBLIC_URLS.index("news"), params={"kategori": "\x00"})
def test_arbitrary_query_parameters_never_cause_a_server_error(client, public_urls, which, params):
    url = public_urls[PUBLIC_URLS[which]]
    client.raise_request_exception = False
    response = client.get(url, params)
    assert response.status_code < 500, (url, response.status_code)
    if response.status_code == 400:
        flat = [
            *params,
            *(v for vs in params.values() for v in ([vs] if isinstance(vs, str) else vs)),
        ]
        assert any("\x00" in item for item in flat), "refused without a NUL"
