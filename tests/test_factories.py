"""The complaint factory stores a complaint as the public form does, so that staff tests can
start from one without posting the form."""

import pytest

from forms.models import Complaint, StatusChange
from tests.factories import ComplaintFactory
from tests.forms.conftest import build_complaint_setup, make_staff, valid_data

pytestmark = pytest.mark.django_db

INBOX = "/admin/pengaduan/kotak-masuk/"
AS_THE_FORM_STORES = [
    "page_id",
    "language",
    "category_id",
    "status",
    "assigned_unit_id",
    "first_response_due",
    "resolution_due",
    "consent_notice_version",
]


@pytest.fixture
def setup(site_tree):
    return build_complaint_setup(site_tree)


def timeline(complaint):
    return list(
        StatusChange.objects.filter(complaint=complaint).values_list("from_status", "to_status")
    )


def test_a_factory_complaint_matches_one_sent_through_the_form(client, setup):
    client.post(setup.url, valid_data(setup))
    posted = Complaint.objects.get()

    made = ComplaintFactory(page=setup.page, category=setup.category_a)

    for field in AS_THE_FORM_STORES:
        assert getattr(made, field) == getattr(posted, field), field
    assert made.reference != posted.reference
    assert timeline(made) == timeline(posted) == [("", "received")]


def test_staff_of_the_unit_see_it_and_the_citizen_follows_it_with_its_code(
    client, setup, django_user_model
):
    complaint = ComplaintFactory(page=setup.page, category=setup.category_a)
    tracking = client.get(f"{setup.url}lacak/", {"kode": complaint.tracking_code}, follow=True)
    assert complaint.reference in tracking.content.decode()

    staff = make_staff(
        django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a]
    )
    client.force_login(staff)
    assert complaint.reference in client.get(INBOX).content.decode()
