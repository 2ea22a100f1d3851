"""A citizen sends a complaint and gets a receipt; it is stored once, with its outbox emails."""

import re
from io import StringIO

import pytest
from django.core import mail
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult
from wagtail.models import ReferenceIndex

from forms.models import Complaint, Notification, Status
from forms.tracking_codes import hash_secret

from .conftest import valid_data

pytestmark = pytest.mark.django_db


def submit(client, setup, **overrides):
    return client.post(setup.url, valid_data(setup, **overrides))


def test_form_page_is_served_at_pengaduan_with_the_fixed_field_names(client, setup):
    response = client.get("/pengaduan/")
    assert response.status_code == 200
    html = response.content.decode()
    for name in [
        "category", "description", "district", "incident_location", "incident_date",
        "reporter_mode", "name", "phone", "email", "nik", "attachments", "consent",
    ]:  # fmt: skip
        assert f'name="{name}"' in html, name
    assert "no-store" in response["Cache-Control"]
    assert "110" in html
    assert setup.privacy.url in html


def test_a_valid_complaint_gets_a_receipt_with_reference_and_tracking_link(client, setup):
    response = submit(client, setup)
    assert response.status_code == 200
    assert "no-store" in response["Cache-Control"]
    html = response.content.decode()
    reference = re.search(r'id="nomor-pengaduan">([^<]+)<', html).group(1)
    assert re.fullmatch(r"ADU-\d{4}-00001", reference)
    link = re.search(r'<a id="tautan-lacak" href="([^"]+)"', html).group(1)
    assert link.startswith("/pengaduan/lacak/?kode=")

    complaint = Complaint.objects.get()
    assert complaint.reference == reference
    assert complaint.status == Status.RECEIVED
    assert complaint.phone == "+6281234567890"
    assert complaint.assigned_unit == setup.unit_a
    assert complaint.consent_at is not None
    assert "Kebijakan Privasi" in complaint.consent_notice_version
    code = link.split("kode=")[1]
    assert complaint.tracking_code_hash == hash_secret(code)
    assert code.replace("-", "") not in str(Complaint.objects.values().get())

    tracking = client.get(link, follow=True)
    assert tracking.status_code == 200
    assert 'id="status-pengaduan">Diterima<' in tracking.content.decode()


def test_tracking_code_has_at_least_80_bits_and_is_stored_only_hashed(client, setup):
    html = submit(client, setup).content.decode()
    code = re.search(r"kode=([A-Z0-9-]+)", html).group(1)
    assert len(code.replace("-", "")) * 5 >= 80
    complaint = Complaint.objects.get()
    for value in Complaint.objects.filter(pk=complaint.pk).values().get().values():
        assert code.replace("-", "") not in str(value)
    for notification in Notification.objects.all():
        assert code.replace("-", "") not in notification.body + notification.sealed_tracking_url


def test_a_complaint_and_its_emails_are_queued_together_and_nothing_is_sent_in_the_request(
    client, setup
):
    submit(client, setup)
    complaint = Complaint.objects.get()
    kinds = sorted(complaint.notifications.values_list("kind", flat=True))
    assert kinds == ["inbox", "receipt"]
    assert set(complaint.notifications.values_list("state", flat=True)) == {"pending"}
    assert DBTaskResult.objects.filter(task_path__endswith="deliver_notification").count() == 2
    assert mail.outbox == []


def test_inbox_email_goes_to_its_own_category_only(client, setup):
    submit(client, setup, category=str(setup.category_b.pk))
    inbox = Notification.objects.get(kind="inbox")
    assert inbox.recipients == "spkt@example.id, piket-spkt@example.id"
    assert "reskrim" not in inbox.recipients


def test_double_submit_and_refresh_create_one_complaint_and_show_the_same_receipt(client, setup):
    data = valid_data(setup)
    first = client.post(setup.url, data).content.decode()
    second = client.post(setup.url, data).content.decode()
    assert Complaint.objects.count() == 1
    link = re.search(r'id="tautan-lacak" href="([^"]+)"', first).group(1)
    assert link == re.search(r'id="tautan-lacak" href="([^"]+)"', second).group(1)
    assert Notification.objects.count() == 2


def test_back_and_resubmit_uses_the_same_token_and_creates_nothing_new(client, setup):
    client.get(setup.url)
    token = client.cookies["pengaduan_token"].value
    html = client.get(setup.url).content.decode()
    hidden = re.search(r'name="submission_token" value="([^"]+)"', html).group(1)
    data = valid_data(setup, submission_token=hidden)
    client.post(setup.url, data)
    # Back: the form is fetched again and shows the same token; sending again changes nothing.
    again = client.get(setup.url).content.decode()
    assert re.search(r'name="submission_token" value="([^"]+)"', again).group(1) == hidden
    client.post(setup.url, data)
    assert Complaint.objects.count() == 1
    assert token


def test_a_second_different_complaint_from_the_same_browser_is_stored(client, setup):
    data = valid_data(setup)
    client.post(setup.url, data)
    other = dict(data, description="Pelayanan di loket SKCK sangat lambat dan petugas tidak ramah.")
    client.post(setup.url, other)
    assert Complaint.objects.count() == 2


def test_anonymous_reporter_keeps_no_contact_data(client, setup):
    submit(
        client,
        setup,
        reporter_mode="anonymous",
        name="Nama Rahasia",
        phone="081234567890",
        email="rahasia@example.com",
        nik="1671034506900001",
    )
    complaint = Complaint.objects.get()
    assert (complaint.name, complaint.phone, complaint.email, complaint.nik) == ("", "", "", "")
    assert list(complaint.notifications.values_list("kind", flat=True)) == ["inbox"]


def test_identified_reporter_needs_a_name_and_a_contact(client, setup):
    response = submit(client, setup, name="", phone="", email="")
    assert response.status_code == 200
    html = response.content.decode()
    assert "Tuliskan nama Anda" in html
    assert Complaint.objects.count() == 0


def test_editors_extra_questions_are_stored_with_the_complaint(client, setup):
    from forms.models import ComplaintFormField

    ComplaintFormField.objects.create(
        page=setup.page,
        label="Sudah melapor sebelumnya?",
        field_type="dropdown",
        choices="Ya\nTidak",
        required=False,
    )
    html = client.get(setup.url).content.decode()
    assert "Sudah melapor sebelumnya?" in html
    submit(client, setup, sudah_melapor_sebelumnya="Ya")
    complaint = Complaint.objects.get()
    assert complaint.form_data == {"sudah_melapor_sebelumnya": "Ya"}
    assert complaint.extra_answers() == [("Sudah melapor sebelumnya?", "Ya")]


def test_emergency_words_show_the_call_110_notice_without_blocking(client, setup):
    response = submit(
        client, setup, description="Tolong! Ada perampokan sedang terjadi di rumah saya."
    )
    assert response.status_code == 200
    html = response.content.decode()
    assert 'id="pemberitahuan-darurat"' in html
    assert 'id="pemberitahuan-darurat" hidden' not in html
    assert Complaint.objects.get().emergency_suspected


def test_deadlines_follow_the_category_in_working_days(client, setup):
    submit(client, setup)
    complaint = Complaint.objects.get()
    assert complaint.first_response_due > complaint.submit_time.date()
    assert (complaint.resolution_due - complaint.submit_time.date()).days >= 14


def test_editors_can_open_the_form_page_in_the_page_editor(client, setup, django_user_model):
    from .conftest import make_staff

    client.force_login(make_staff(django_user_model, "redaksi", group="Redaksi"))
    response = client.get(f"/admin/pages/{setup.page.pk}/edit/")
    assert response.status_code == 200
    html = response.content.decode()
    assert "form_fields-TOTAL_FORMS" in html
    assert 'name="to_address"' not in html
    # Emails go through the outbox: no sender or subject field that nothing reads.
    assert 'name="from_address"' not in html
    assert 'name="subject"' not in html


def test_an_extra_question_named_like_a_core_field_never_replaces_it(client, setup):
    from forms.models import ComplaintFormField

    ComplaintFormField.objects.create(
        page=setup.page, label="Description", field_type="singleline", required=False
    )
    form = setup.page.get_form(page=setup.page, user=None)
    assert form.fields["description"].max_length == 5000
    assert form.extra_field_names == []


def test_the_english_page_takes_complaints_and_tracks_them_in_english(client, setup, site_tree):
    from wagtail.models import Locale

    english_page = setup.page.copy_for_translation(Locale.objects.get(language_code="en"))
    english_page.title = "Public Complaints"
    english_page.save_revision().publish()
    html = client.get("/en/pengaduan/").content.decode()
    assert "What is your complaint about?" in html
    assert "Laporan tindak pidana" in html  # untranslated categories fall back to Indonesian
    response = client.post("/en/pengaduan/", valid_data(setup))
    html = response.content.decode()
    assert "Your complaint has been received" in html
    link = re.search(r'id="tautan-lacak" href="([^"]+)"', html)[1]
    assert link.startswith("/en/pengaduan/lacak/?kode=")
    assert 'id="status-pengaduan">Received<' in client.get(link, follow=True).content.decode()
    assert Complaint.objects.get().language == "en"


def test_a_complaint_queues_its_emails_and_nothing_for_the_reference_index(client, setup):
    """Wagtail's reference index would list complaints under a category's "usage" for editors,
    and cost the worker a task for every row a complaint stores."""
    before = set(DBTaskResult.objects.values_list("pk", flat=True))
    submit(client, setup)
    queued = DBTaskResult.objects.exclude(pk__in=before).values_list("task_path", flat=True)
    assert set(queued) == {"forms.outbox.deliver_notification"}

    call_command("rebuild_references_index", stdout=StringIO())
    complaint = Complaint.objects.get()
    assert not ReferenceIndex.get_references_to(complaint.category).exists()
    assert not ReferenceIndex.get_references_to(complaint.page).filter(
        content_type__app_label="forms"
    )
