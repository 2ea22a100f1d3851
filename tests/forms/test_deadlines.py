"""The reporter watches each stage of their complaint: its due date in working days, the date
it was met, and a countdown; staff see the same dates in the inbox and on the detail page."""

import pytest

from .conftest import make_staff
from .deadline_helpers import D, at, received_before_christmas

pytestmark = pytest.mark.django_db

BASE = "/admin/pengaduan/kotak-masuk/"


def tracking_page(client, setup, complaint, language=""):
    url = setup.page.tracking_url(complaint.tracking_code)
    return client.get(language + url, follow=True).content.decode()


def stage_html(html, key):
    start = html.index(f'id="tahap-{key}"')
    return html[start : html.index("</li>", start)]


def test_deadlines_skip_christmas_the_weekend_and_isra_miraj(setup):
    complaint = received_before_christmas(setup)
    assert complaint.first_response_due == D(2026, 12, 28)
    assert complaint.processing_due == D(2027, 1, 6)
    assert complaint.resolution_due == D(2027, 1, 14)


def test_the_countdown_runs_in_working_days_to_the_deadline_and_past_it(client, setup):
    complaint = received_before_christmas(setup)
    expected = {
        D(2026, 12, 23): "2 hari kerja lagi",
        D(2026, 12, 25): "1 hari kerja lagi",  # Christmas: Monday is the next working day
        D(2026, 12, 28): "hari ini",
        D(2026, 12, 29): "terlambat 1 hari kerja",
        D(2027, 1, 4): "terlambat 4 hari kerja",
    }
    for day, countdown in expected.items():
        with at(day):
            stage = stage_html(tracking_page(client, setup, complaint), "first_response")
        assert "28 Desember 2026" in stage
        assert countdown in stage, day


def test_each_stage_shows_the_date_it_was_met_from_the_timeline(client, setup):
    complaint = received_before_christmas(setup)
    with at(D(2026, 12, 24)):
        complaint.change_status("verified", user=None)
    with at(D(2027, 1, 7)):
        complaint.change_status("in_progress", user=None)
        html = tracking_page(client, setup, complaint)
    received = stage_html(html, "received")
    assert "22 Desember 2026" in received
    first = stage_html(html, "first_response")
    assert "Terpenuhi pada" in first and "24 Desember 2026" in first and "tepat waktu" in first
    processing = stage_html(html, "processing")
    assert "6 Januari 2027" in processing and "7 Januari 2027" in processing
    assert "terlambat 1 hari kerja" in processing
    resolution = stage_html(html, "resolution")
    assert "14 Januari 2027" in resolution and "5 hari kerja lagi" in resolution


def test_the_english_tracking_page_counts_down_in_english(client, setup, site_tree):
    setup.page.copy_for_translation(site_tree.home_en.locale).save_revision().publish()
    complaint = received_before_christmas(setup)
    with at(D(2026, 12, 23)):
        html = client.get(
            "/en/pengaduan/lacak/", {"kode": complaint.tracking_code}, follow=True
        ).content
    stage = stage_html(html.decode(), "first_response")
    assert "2 working days left" in stage and "28 December 2026" in stage


def test_staff_see_the_same_stage_dates_in_the_inbox_and_on_the_detail_page(
    client, setup, django_user_model
):
    complaint = received_before_christmas(setup)
    with at(D(2026, 12, 24)):
        complaint.change_status("verified", user=None)
    petugas = make_staff(
        django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a]
    )
    with at(D(2026, 12, 29)):
        client.force_login(petugas)  # a session of that day
        inbox = client.get(BASE).content.decode()
        detail = client.get(f"{BASE}inspect/{complaint.pk}/").content.decode()
    for html in (inbox, detail):
        assert "28 Desember 2026" in html and "24 Desember 2026" in html
        assert "6 Januari 2027" in html and "14 Januari 2027" in html
    assert "4 hari kerja lagi" in stage_html(detail, "processing")  # 30, 31, 4, 6 January


def test_the_overdue_filter_finds_a_complaint_past_its_processing_deadline(
    client, setup, django_user_model
):
    complaint = received_before_christmas(setup)
    with at(D(2026, 12, 24)):
        complaint.change_status("verified", user=None)
    supervisor = make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan")
    with at(D(2027, 1, 6)):
        client.force_login(supervisor)
        assert complaint.reference not in client.get(BASE, {"overdue": "true"}).content.decode()
    with at(D(2027, 1, 7)):
        client.force_login(supervisor)
        assert complaint.reference in client.get(BASE, {"overdue": "true"}).content.decode()
