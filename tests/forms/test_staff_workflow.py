"""Complaint staff work a complaint in the admin; the reporter follows it on the tracking page."""

import datetime
import re

import pytest
from django.utils import timezone

from forms.models import AuditEntry, Complaint, Notification, Status

from .conftest import make_staff, valid_data

pytestmark = pytest.mark.django_db

BASE = "/admin/pengaduan/kotak-masuk/"


@pytest.fixture
def submitted(client, setup):
    html = client.post(setup.url, valid_data(setup)).content.decode()
    tracking_url = re.search(r'id="tautan-lacak" href="([^"]+)"', html)[1]
    client.logout()
    return Complaint.objects.get(), tracking_url


@pytest.fixture
def petugas(setup, django_user_model):
    return make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a])


@pytest.fixture
def supervisor(django_user_model):
    return make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan")


def test_status_moves_along_the_workflow_and_the_reporter_sees_it(client, submitted, petugas):
    complaint, tracking_url = submitted
    client.force_login(petugas)
    for status in ["verified", "in_progress", "resolved"]:
        client.post(f"{BASE}{complaint.pk}/status/", {"status": status, "reason": ""})
    complaint.refresh_from_db()
    assert complaint.status == Status.RESOLVED
    assert complaint.closed_at is not None
    client.logout()
    html = client.get(tracking_url, follow=True).content.decode()
    assert 'id="status-pengaduan">Selesai<' in html
    for label in ["Diterima", "Diverifikasi", "Diproses", "Selesai"]:
        assert label in html


def test_skipping_a_step_is_refused(client, submitted, petugas):
    complaint, _ = submitted
    client.force_login(petugas)
    client.post(f"{BASE}{complaint.pk}/status/", {"status": "resolved", "reason": ""})
    assert Complaint.objects.get().status == Status.RECEIVED


@pytest.mark.parametrize("status", ["rejected", "transferred"])
def test_rejecting_or_transferring_needs_a_reason_shown_to_the_reporter(
    client, submitted, petugas, status
):
    complaint, tracking_url = submitted
    client.force_login(petugas)
    client.post(f"{BASE}{complaint.pk}/status/", {"status": status, "reason": ""})
    assert Complaint.objects.get().status == Status.RECEIVED
    client.post(
        f"{BASE}{complaint.pk}/status/",
        {"status": status, "reason": "Bukan kewenangan Polri; silakan ke Dinas Perhubungan."},
    )
    assert Complaint.objects.get().status == status
    client.logout()
    assert "Bukan kewenangan Polri" in client.get(tracking_url, follow=True).content.decode()


def test_reply_is_emailed_and_shown_on_tracking_but_notes_are_not(client, submitted, petugas):
    complaint, tracking_url = submitted
    client.force_login(petugas)
    client.post(f"{BASE}{complaint.pk}/reply/", {"body": "Terima kasih, kami sedang memeriksa."})
    client.post(f"{BASE}{complaint.pk}/note/", {"body": "Cek CCTV pasar, hubungi Pak RT."})
    reply = Notification.objects.get(kind="reply")
    assert reply.recipients == "budi@example.com"
    assert "Terima kasih, kami sedang memeriksa." in reply.body
    client.logout()
    html = client.get(tracking_url, follow=True).content.decode()
    assert "Terima kasih, kami sedang memeriksa." in html
    assert "CCTV" not in html


def test_tracking_page_shows_no_personal_data(client, setup, submitted):
    _, tracking_url = submitted
    html = client.get(tracking_url, follow=True).content.decode()
    for personal in ["Budi Santoso", "+6281234567890", "budi@example.com", "Parkiran Pasar"]:
        assert personal not in html
    response = client.get(tracking_url, follow=True)
    assert "no-store" in response["Cache-Control"]
    assert response["Referrer-Policy"] == "strict-origin"  # no path or ?kode= ever leaves


def test_wrong_tracking_code_gets_a_neutral_message_and_guessing_is_limited(
    client, setup, settings
):
    settings.COMPLAINT_TRACKING_RATE_LIMIT = "3/h"
    url = f"{setup.url}lacak/"
    for _ in range(3):
        response = client.get(url, {"kode": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"})
        assert response.status_code == 200
        assert "Tidak ada pengaduan dengan kode ini" in response.content.decode()
    assert client.get(url, {"kode": "AAAA-BBBB-CCCC-DDDD-EEEE-FFFF"}).status_code == 429


def test_assignment_to_another_unit_and_officer(client, setup, submitted, supervisor):
    complaint, _ = submitted
    client.force_login(supervisor)
    officer = make_staff(
        type(supervisor), "petugas_spkt", group="Petugas Pengaduan", units=[setup.unit_b]
    )
    client.post(f"{BASE}{complaint.pk}/assign/", {"unit": setup.unit_b.pk, "officer": officer.pk})
    complaint.refresh_from_db()
    assert complaint.assigned_unit == setup.unit_b
    assert complaint.assigned_officer == officer
    assert AuditEntry.objects.filter(action="assigned", complaint=complaint).exists()


def test_every_view_and_change_is_recorded_and_visible_to_supervisors(
    client, submitted, petugas, supervisor
):
    complaint, _ = submitted
    client.force_login(petugas)
    client.get(f"{BASE}inspect/{complaint.pk}/")
    client.post(f"{BASE}{complaint.pk}/status/", {"status": "verified", "reason": ""})
    client.post(f"{BASE}{complaint.pk}/note/", {"body": "Catatan"})
    actions = list(AuditEntry.objects.filter(username="petugas").values_list("action", flat=True))
    assert sorted(actions) == ["note", "status", "viewed"]
    assert client.get("/admin/pengaduan/log/").status_code in (302, 403)

    client.force_login(supervisor)
    log = client.get("/admin/pengaduan/log/").content.decode()
    assert "petugas" in log and complaint.reference in log
    detail = client.get(f"{BASE}inspect/{complaint.pk}/").content.decode()
    assert "Mengubah status" in detail


def test_inbox_filters_and_search(client, setup, submitted, supervisor):
    complaint, _ = submitted
    client.force_login(supervisor)
    assert complaint.reference in client.get(BASE, {"status": "received"}).content.decode()
    assert complaint.reference not in client.get(BASE, {"status": "resolved"}).content.decode()
    assert (
        complaint.reference in client.get(BASE, {"category": setup.category_a.pk}).content.decode()
    )
    assert (
        complaint.reference
        not in client.get(BASE, {"assigned_unit": setup.unit_b.pk}).content.decode()
    )
    assert complaint.reference in client.get(BASE, {"q": complaint.reference}).content.decode()
    assert complaint.reference not in client.get(BASE, {"overdue": "true"}).content.decode()
    Complaint.objects.update(first_response_due=timezone.localdate() - datetime.timedelta(days=1))
    html = client.get(BASE, {"overdue": "true"}).content.decode()
    assert complaint.reference in html
    today = timezone.localdate().isoformat()
    assert (
        complaint.reference
        in client.get(
            BASE, {"submit_time_after": today, "submit_time_before": today}
        ).content.decode()
    )


def test_markup_typed_by_staff_is_escaped_on_the_tracking_page_and_in_the_admin(
    client, submitted, petugas
):
    complaint, tracking_url = submitted
    client.force_login(petugas)
    client.post(f"{BASE}{complaint.pk}/reply/", {"body": "<script>alert('x')</script> Oke"})
    client.post(f"{BASE}{complaint.pk}/note/", {"body": "<img src=x onerror=alert(1)>"})
    admin_html = client.get(f"{BASE}inspect/{complaint.pk}/").content.decode()
    assert "<script>alert" not in admin_html and "&lt;script&gt;" in admin_html
    assert "<img src=x" not in admin_html
    client.logout()
    html = client.get(tracking_url, follow=True).content.decode()
    assert "<script>alert" not in html and "&lt;script&gt;" in html
    body = Notification.objects.get(kind="reply").body
    assert "<script>alert('x')</script>" in body  # plain text email: shown as typed, never run


def inbox_cells(html, reference):
    """The text of each cell in the inbox row of one complaint."""
    row = re.search(rf"<tr[^>]*>(?:(?!</tr>).)*?{re.escape(reference)}.*?</tr>", html, re.S)
    assert row, f"{reference} is not in the inbox"
    cells = re.findall(r"<td[^>]*>(.*?)</td>", row[0], re.S)
    return [" ".join(re.sub(r"<[^>]+>", " ", cell).split()) for cell in cells]


def test_overdue_complaints_are_marked_in_the_inbox(client, setup, submitted, petugas):
    late, _ = submitted
    client.post(setup.url, valid_data(setup))
    on_time = Complaint.objects.exclude(pk=late.pk).get()
    Complaint.objects.filter(pk=late.pk).update(
        resolution_due=timezone.localdate() - datetime.timedelta(days=1)
    )
    client.force_login(petugas)
    html = client.get(BASE).content.decode()
    assert "Terlambat" in inbox_cells(html, late.reference)
    assert "Terlambat" not in inbox_cells(html, on_time.reference)


EMERGENCY = "Tetangga saya membawa parang dan mengancam warga saat ini juga di depan rumah."


@pytest.fixture
def emergency_and_ordinary(client, setup, submitted):
    ordinary, _ = submitted
    client.post(setup.url, valid_data(setup, description=EMERGENCY))
    emergency = Complaint.objects.exclude(pk=ordinary.pk).get()
    client.logout()
    return emergency, ordinary


def test_a_possible_emergency_carries_a_worded_badge_in_the_inbox(
    client, emergency_and_ordinary, petugas
):
    emergency, ordinary = emergency_and_ordinary
    assert emergency.emergency_suspected and not ordinary.emergency_suspected
    client.force_login(petugas)
    html = client.get(BASE).content.decode()
    assert "Kemungkinan darurat" in inbox_cells(html, emergency.reference)
    assert "Kemungkinan darurat" not in " ".join(inbox_cells(html, ordinary.reference))


def test_the_inbox_filters_possible_emergencies(client, emergency_and_ordinary, supervisor):
    emergency, ordinary = emergency_and_ordinary
    client.force_login(supervisor)
    flagged = client.get(BASE, {"emergency_suspected": "true"}).content.decode()
    assert emergency.reference in flagged and ordinary.reference not in flagged
    others = client.get(BASE, {"emergency_suspected": "false"}).content.decode()
    assert ordinary.reference in others and emergency.reference not in others
