"""The conversation through the tracking code: the reporter reads the police's replies and
writes back (with files), staff ask a question with "Perlu klarifikasi" and the answer takes the
complaint back to where it was; staff read one thread with their internal notes, which the
reporter never sees."""

import io
import time

import pytest
from PIL import Image

from forms.forms import MESSAGE_STARTED_SALT, sign_start_time
from forms.models import Attachment, AuditEntry, Complaint, Notification, ReporterMessage, Status
from forms.models.pages import TRACKING_COOKIE
from tests.factories.complaints import ComplaintFactory

from .conftest import make_staff, png_bytes, upload
from .test_attachments import GPS_IFD, PDF, jpeg_with_gps

pytestmark = pytest.mark.django_db

BASE = "/admin/pengaduan/kotak-masuk/"
ANSWER = "Kejadiannya di depan toko emas, sekitar pukul 16.15, pelakunya dua orang."
QUESTION = "Di sisi mana parkiran motor Anda diparkir, dan jam berapa tepatnya?"


@pytest.fixture
def petugas(setup, django_user_model):
    return make_staff(django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a])


def complaint_of(setup, mode="identified", **fields):
    if mode == "anonymous":
        fields.update(name="", phone="", email="")
    return ComplaintFactory(
        page=setup.page, category=setup.category_a, reporter_mode=mode, **fields
    )


def open_tracking(client, setup, complaint):
    """The receipt's link, as the reporter follows it: the code goes into the cookie."""
    response = client.get(setup.page.tracking_url(complaint.tracking_code))
    assert response.status_code == 302
    assert response["Location"] == "/pengaduan/lacak/"
    return client.get(response["Location"])


def send_message(client, setup, body=ANSWER, files=(), **extra):
    data = {
        "body": body,
        "website": "",
        "form_started": sign_start_time(time.time() - 60, salt=MESSAGE_STARTED_SALT),
        **extra,
    }
    if files:
        data["attachments"] = list(files)
    return client.post(f"{setup.url}lacak/pesan/", data)


def ask_question(complaint, officer, question=QUESTION):
    complaint.change_status(Status.CLARIFICATION, user=officer, reason=question)
    complaint.refresh_from_db()


def test_the_receipts_link_keeps_the_code_in_a_signed_cookie_and_leaves_the_address(client, setup):
    complaint = complaint_of(setup)
    response = client.get(setup.page.tracking_url(complaint.tracking_code))
    cookie = response.cookies[TRACKING_COOKIE]
    assert cookie["httponly"] and cookie["samesite"] == "Lax"
    assert complaint.tracking_code not in response["Location"]
    assert cookie.value != complaint.tracking_code  # signed, not the bare code
    page = client.get(response["Location"]).content.decode()
    assert complaint.reference in page
    assert 'action="/pengaduan/lacak/pesan/"' in page
    assert complaint.tracking_code not in page.split('id="pesan"')[1].split("</form>")[0]


def test_a_forged_cookie_shows_only_the_empty_form(client, setup):
    complaint = complaint_of(setup)
    client.cookies[TRACKING_COOKIE] = complaint.tracking_code
    html = client.get(f"{setup.url}lacak/").content.decode()
    assert complaint.reference not in html
    assert 'name="kode"' in html


def test_the_code_typed_into_the_form_is_posted_and_not_put_into_the_address(client, setup):
    complaint = complaint_of(setup)
    response = client.post(f"{setup.url}lacak/", {"kode": complaint.tracking_code})
    assert response.status_code == 302 and response["Location"] == "/pengaduan/lacak/"
    assert complaint.reference in client.get("/pengaduan/lacak/").content.decode()


@pytest.mark.parametrize("mode", ["identified", "anonymous", "confidential"])
def test_every_kind_of_reporter_reads_the_replies_and_writes_back_with_files(
    client, setup, petugas, mode
):
    complaint = complaint_of(setup, mode=mode)
    complaint.reply("Terima kasih, laporan Anda sedang kami pelajari.", user=petugas)
    html = open_tracking(client, setup, complaint).content.decode()
    assert "Terima kasih, laporan Anda sedang kami pelajari." in html
    response = send_message(
        client,
        setup,
        files=[upload("foto.jpg", jpeg_with_gps(), "image/jpeg"), upload("surat.pdf", PDF)],
    )
    assert response.status_code == 302
    html = client.get(response["Location"]).content.decode()
    assert "Pesan Anda telah dikirim" in html
    assert ANSWER in html and "foto.jpg" in html and "surat.pdf" in html
    message = ReporterMessage.objects.get()
    assert message.complaint == complaint and message.body == ANSWER
    photo, pdf = Attachment.objects.filter(message=message).order_by("pk")
    assert photo.complaint == complaint and photo.content_type == "image/jpeg"
    with photo.file.open("rb") as handle:
        assert not Image.open(io.BytesIO(handle.read())).getexif().get_ifd(GPS_IFD)
    assert pdf.content_type == "application/pdf"
    assert "pengaduan/" in photo.file.name  # private storage, no public URL
    (email,) = Notification.objects.filter(kind="message")
    assert email.recipients == "reskrim@example.id"
    assert ANSWER not in email.body


def test_files_are_checked_as_on_the_complaint_form_and_the_text_comes_back(client, setup):
    complaint = complaint_of(setup)
    open_tracking(client, setup, complaint)
    fake = upload("foto.png", b"MZ\x90\x00 not an image at all", "image/png")
    response = send_message(client, setup, files=[fake])
    html = response.content.decode()
    assert response.status_code == 400
    assert "bukan foto JPEG, PNG, atau WebP" in html
    assert f"{ANSWER}</textarea>" in html
    too_many = [upload(f"f{n}.png", png_bytes()) for n in range(4)]
    assert "paling banyak 3 berkas" in send_message(client, setup, files=too_many).content.decode()
    assert not ReporterMessage.objects.exists() and not Attachment.objects.exists()


def test_a_pixel_bomb_is_refused(client, setup, settings):
    settings.COMPLAINT_IMAGE_MAX_PIXELS = 1000
    complaint = complaint_of(setup)
    open_tracking(client, setup, complaint)
    response = send_message(client, setup, files=[upload("besar.png", png_bytes(size=(100, 100)))])
    assert response.status_code == 400
    assert "terlalu banyak piksel" in response.content.decode()
    assert not ReporterMessage.objects.exists()


def test_staff_ask_a_question_and_the_answer_returns_the_complaint_to_its_earlier_status(
    client, setup, petugas, mailoutbox
):
    complaint = complaint_of(setup, mode="anonymous")
    complaint.change_status(Status.VERIFIED, user=petugas)
    client.force_login(petugas)
    client.post(f"{BASE}{complaint.pk}/status/", {"status": "clarification", "reason": QUESTION})
    complaint.refresh_from_db()
    assert complaint.status == Status.CLARIFICATION
    assert "Perlu klarifikasi" in client.get(BASE).content.decode()
    assert complaint.reference in client.get(BASE, {"status": "clarification"}).content.decode()
    client.logout()
    html = open_tracking(client, setup, complaint).content.decode()
    assert 'id="status-pengaduan">Perlu klarifikasi<' in html
    assert "Kami memerlukan klarifikasi dari Anda" in html and QUESTION in html
    assert "Jawab pertanyaan" in html
    send_message(client, setup)
    complaint.refresh_from_db()
    assert complaint.status == Status.VERIFIED
    assert complaint.status_before_clarification == ""
    assert 'id="status-pengaduan">Diverifikasi<' in client.get("/pengaduan/lacak/").content.decode()
    (email,) = Notification.objects.filter(kind="message")
    assert "menjawab pertanyaan" in email.subject
    assert "Diverifikasi" in email.body
    assert f"/admin/pengaduan/kotak-masuk/inspect/{complaint.pk}/" in email.body
    assert ANSWER not in email.body + email.subject and QUESTION not in email.body
    assert "reskrim@example.id" in email.recipients


def test_the_unit_email_carries_no_personal_data(client, setup, petugas):
    complaint = complaint_of(setup, mode="identified")
    ask_question(complaint, petugas)
    open_tracking(client, setup, complaint)
    send_message(client, setup, body=f"{ANSWER} Hubungi saya di 0812-9999-0000.")
    (email,) = Notification.objects.filter(kind="message")
    for personal in ["Budi Santoso", "budi@example.id", "0812", complaint.description[:20]]:
        assert personal not in email.body + email.subject


def test_asking_for_a_clarification_needs_the_question(client, setup, petugas):
    complaint = complaint_of(setup)
    client.force_login(petugas)
    client.post(f"{BASE}{complaint.pk}/status/", {"status": "clarification", "reason": ""})
    assert Complaint.objects.get().status == Status.RECEIVED


def test_staff_may_close_a_question_that_was_never_answered(setup, petugas):
    complaint = complaint_of(setup)
    ask_question(complaint, petugas)
    assert Status.RECEIVED in complaint.allowed_transitions
    complaint.change_status(Status.REJECTED, user=petugas, reason="Tidak ada jawaban pelapor.")
    assert Complaint.objects.get().status == Status.REJECTED


def test_the_question_does_not_meet_the_processing_stage_but_counts_as_a_first_response(
    setup, petugas
):
    complaint = complaint_of(setup)
    ask_question(complaint, petugas)
    stages = {stage.key: stage for stage in Complaint.objects.get().stages()}
    assert stages["first_response"].is_met
    assert not stages["processing"].is_met and not stages["resolution"].is_met


def test_a_closed_complaint_takes_no_message(client, setup, petugas):
    complaint = complaint_of(setup)
    complaint.change_status(Status.REJECTED, user=petugas, reason="Bukan kewenangan Polri.")
    html = open_tracking(client, setup, complaint).content.decode()
    assert 'action="/pengaduan/lacak/pesan/"' not in html
    assert send_message(client, setup).status_code == 400
    assert not ReporterMessage.objects.exists()


def test_a_message_without_the_cookie_is_refused_and_asks_for_the_code(client, setup):
    complaint_of(setup)
    response = send_message(client, setup)
    assert response.status_code == 403
    assert "Masukkan kode lagi" in response.content.decode()
    assert not ReporterMessage.objects.exists()


def test_messages_pass_the_same_automated_post_checks_as_the_form(client, setup):
    complaint = complaint_of(setup)
    open_tracking(client, setup, complaint)
    assert send_message(client, setup, website="http://spam.example").status_code == 400
    quick = send_message(client, setup, form_started=sign_start_time(salt=MESSAGE_STARTED_SALT))
    assert "terlalu cepat" in quick.content.decode()
    stolen = send_message(client, setup, form_started=sign_start_time(time.time() - 60))
    assert "kedaluwarsa" in stolen.content.decode()  # the complaint form's signature
    assert (
        send_message(client, setup, body="<a href=x>klik</a> di sini sekarang").status_code == 400
    )
    assert not ReporterMessage.objects.exists()


def test_messages_are_limited_per_complaint(client, setup, settings):
    settings.COMPLAINT_MESSAGE_CODE_RATE_LIMIT = "2/h"
    complaint = complaint_of(setup)
    open_tracking(client, setup, complaint)
    assert send_message(client, setup).status_code == 302
    assert send_message(client, setup).status_code == 302
    assert send_message(client, setup).status_code == 429
    assert ReporterMessage.objects.count() == 2


def test_messages_are_limited_per_address(client, setup, settings):
    settings.COMPLAINT_MESSAGE_RATE_LIMIT = "1/h"
    first, second = complaint_of(setup), complaint_of(setup)
    open_tracking(client, setup, first)
    assert send_message(client, setup).status_code == 302
    open_tracking(client, setup, second)
    assert send_message(client, setup).status_code == 429
    assert ReporterMessage.objects.count() == 1


def test_staff_read_one_thread_with_internal_notes_the_reporter_never_sees(client, setup, petugas):
    complaint = complaint_of(setup)
    complaint.reply("Mohon kirim foto lokasi kejadian.", user=petugas)
    complaint.add_note("Cek rekaman CCTV pasar, koordinasi dengan Polsek.", user=petugas)
    open_tracking(client, setup, complaint)
    send_message(client, setup, files=[upload("lokasi.png", png_bytes())])
    tracking = client.get("/pengaduan/lacak/").content.decode()
    assert "Cek rekaman CCTV" not in tracking and "Catatan internal" not in tracking
    client.force_login(petugas)
    detail = client.get(f"{BASE}inspect/{complaint.pk}/").content.decode()
    thread = detail.split('id="percakapan"')[1]
    reply_at = thread.index("Mohon kirim foto lokasi")
    note_at = thread.index("Cek rekaman CCTV")
    message_at = thread.index(ANSWER)
    assert reply_at < note_at < message_at
    assert "Catatan internal" in thread[reply_at:message_at]
    assert "Dari pelapor" in thread and "lokasi.png" in thread


def test_a_message_and_every_staff_view_of_it_are_audited(client, setup, petugas):
    complaint = complaint_of(setup)
    open_tracking(client, setup, complaint)
    send_message(client, setup)
    message = ReporterMessage.objects.get()
    (received,) = AuditEntry.objects.filter(action=AuditEntry.Action.MESSAGE_RECEIVED)
    assert received.complaint == complaint and received.detail == f"#{message.pk}"
    assert received.user is None
    client.force_login(petugas)
    client.get(f"{BASE}inspect/{complaint.pk}/")
    client.get(f"{BASE}inspect/{complaint.pk}/")
    views = AuditEntry.objects.filter(action=AuditEntry.Action.MESSAGES_VIEWED)
    assert views.count() == 2
    assert {entry.user for entry in views} == {petugas}
    assert all(entry.detail == f"#{message.pk}" for entry in views)


@pytest.mark.parametrize("role", ["redaksi", "petugas_unit_b"])
def test_editors_and_staff_of_another_unit_never_see_a_message(
    client, setup, django_user_model, role
):
    complaint = complaint_of(setup)
    open_tracking(client, setup, complaint)
    send_message(client, setup, files=[upload("lokasi.png", png_bytes())])
    attachment = Attachment.objects.get()
    if role == "redaksi":
        user = make_staff(django_user_model, "redaksi", group="Redaksi")
    else:
        user = make_staff(
            django_user_model, "petugas_b", group="Petugas Pengaduan", units=[setup.unit_b]
        )
    client.force_login(user)
    for url in [
        f"{BASE}inspect/{complaint.pk}/",
        f"{BASE}{complaint.pk}/attachments/{attachment.pk}/",
    ]:
        response = client.get(url)
        assert response.status_code in (302, 403, 404)
        assert ANSWER not in response.content.decode()
    assert not AuditEntry.objects.filter(action=AuditEntry.Action.MESSAGES_VIEWED).exists()


def test_anonymising_empties_the_messages_and_removes_their_files(client, setup):
    complaint = complaint_of(setup)
    open_tracking(client, setup, complaint)
    send_message(client, setup, files=[upload("lokasi.png", png_bytes())])
    complaint.refresh_from_db()
    complaint.anonymise()
    assert ReporterMessage.objects.get().body == "[dianonimkan]"
    assert not Attachment.objects.exists()
