"""Roles by actions: who may list, view, download, change, export or delete complaints.

Every pair is asserted. Denied means the complaint's data never reaches that user, whatever
the status code (redirect to login, 403 or 404).
"""

import pytest
from django.core.files.base import ContentFile

from forms.models import Attachment, Complaint, Status

from .conftest import make_staff, png_bytes, valid_data

pytestmark = pytest.mark.django_db

ROLES = ["anonymous", "redaksi", "petugas_unit_a", "petugas_unit_b", "supervisor", "superuser"]
ACTIONS = [
    "list",
    "view",
    "view_attachment",
    "change_status",
    "export",
    "delete",
    "wagtail_submissions_list",
    "wagtail_submissions_delete",
]
ALLOWED = {
    "anonymous": set(),
    "redaksi": set(),
    "petugas_unit_a": {"list", "view", "view_attachment", "change_status"},
    "petugas_unit_b": set(),
    "supervisor": {"list", "view", "view_attachment", "change_status", "export"},
    "superuser": {"list", "view", "view_attachment", "change_status", "export"},
}


@pytest.fixture
def complaint(client, setup):
    client.post(setup.url, valid_data(setup, nik="1671034506900001"))
    complaint = Complaint.objects.get()
    attachment = Attachment(
        complaint=complaint, original_name="bukti.png", content_type="image/png", size=10
    )
    attachment.file.save("x.png", ContentFile(png_bytes()), save=False)
    attachment.save()
    client.logout()
    return complaint


def login_as(client, role, setup, django_user_model):
    if role == "anonymous":
        return None
    user = {
        "redaksi": lambda: make_staff(django_user_model, "redaksi", group="Redaksi"),
        "petugas_unit_a": lambda: make_staff(
            django_user_model, "petugas_a", group="Petugas Pengaduan", units=[setup.unit_a]
        ),
        "petugas_unit_b": lambda: make_staff(
            django_user_model, "petugas_b", group="Petugas Pengaduan", units=[setup.unit_b]
        ),
        "supervisor": lambda: make_staff(
            django_user_model, "supervisor", group="Supervisor Pengaduan"
        ),
        "superuser": lambda: make_staff(django_user_model, "admin", superuser=True),
    }[role]()
    client.force_login(user)
    return user


def attempt(action, client, complaint, setup):
    """True when the action succeeded for this user."""
    base = "/admin/pengaduan/kotak-masuk/"
    if action == "list":
        response = client.get(base)
        return response.status_code == 200 and complaint.reference in response.content.decode()
    if action == "view":
        response = client.get(f"{base}inspect/{complaint.pk}/")
        return response.status_code == 200 and "Budi Santoso" in response.content.decode()
    if action == "view_attachment":
        attachment = complaint.attachments.get()
        response = client.get(f"{base}{complaint.pk}/attachments/{attachment.pk}/")
        return response.status_code == 200 and b"".join(response.streaming_content)[:4] == (
            b"\x89PNG"
        )
    if action == "change_status":
        client.post(f"{base}{complaint.pk}/status/", {"status": "verified", "reason": ""})
        return Complaint.objects.get(pk=complaint.pk).status == Status.VERIFIED
    if action == "export":
        response = client.get(f"{base}?export=csv")
        if response.status_code != 200:
            return False
        content = b"".join(response.streaming_content).decode()
        return complaint.reference in content
    if action == "delete":
        client.post(f"{base}delete/{complaint.pk}/")
        client.post(f"/admin/snippets/forms/complaint/delete/{complaint.pk}/")
        return not Complaint.objects.filter(pk=complaint.pk).exists()
    if action == "wagtail_submissions_list":
        index = client.get("/admin/forms/")
        listing = client.get(f"/admin/forms/submissions/{setup.page.pk}/")
        shown = listing.status_code == 200 and complaint.reference in listing.content.decode()
        listed = index.status_code == 200 and setup.page.title in index.content.decode()
        return shown or listed
    if action == "wagtail_submissions_delete":
        client.post(
            f"/admin/forms/submissions/{setup.page.pk}/delete/?selected-submissions={complaint.pk}"
        )
        return not Complaint.objects.filter(pk=complaint.pk).exists()
    raise AssertionError(action)


@pytest.mark.parametrize("action", ACTIONS)
@pytest.mark.parametrize("role", ROLES)
def test_permission_table(role, action, client, setup, complaint, django_user_model):
    login_as(client, role, setup, django_user_model)
    expected = action in ALLOWED[role]
    assert attempt(action, client, complaint, setup) is expected, (role, action)


def test_every_role_and_action_is_in_the_table():
    assert set(ALLOWED) == set(ROLES)
    assert all(allowed <= set(ACTIONS) for allowed in ALLOWED.values())


def test_staff_assigned_personally_see_a_complaint_of_another_unit(
    client, setup, complaint, django_user_model
):
    officer = login_as(client, "petugas_unit_b", setup, django_user_model)
    complaint.assign(user=None, officer=officer)
    assert attempt("view", client, complaint, setup)


def test_redaksi_sees_no_complaint_menu_and_no_forms_menu(
    client, setup, complaint, django_user_model
):
    login_as(client, "redaksi", setup, django_user_model)
    html = client.get("/admin/").content.decode()
    assert "/admin/pengaduan/" not in html
    assert "/admin/forms/" not in html
