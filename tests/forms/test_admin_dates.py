"""Dates read "27 November 2026" in the admin as on the public site, in both languages."""

import datetime

import pytest
from django.utils import formats, translation

from forms.models import Complaint

from .conftest import make_staff, valid_data
from .test_staff_workflow import BASE, inbox_cells

pytestmark = pytest.mark.django_db


@pytest.mark.parametrize(
    ("language", "written"), [("id", "25 Februari 2027"), ("en", "25 February 2027")]
)
def test_dates_are_written_with_the_full_month_name(language, written):
    with translation.override(language):
        assert formats.date_format(datetime.date(2027, 2, 25)) == written


def test_the_inbox_shows_deadlines_with_the_full_month_name(client, setup, django_user_model):
    client.post(setup.url, valid_data(setup))
    complaint = Complaint.objects.get()
    supervisor = make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan")
    due = datetime.date(2027, 2, 25)
    Complaint.objects.filter(pk=complaint.pk).update(
        first_response_due=due, processing_due=due, resolution_due=due
    )
    client.force_login(supervisor)
    cells = inbox_cells(client.get(BASE).content.decode(), complaint.reference)
    assert any("25 Februari 2027" in cell for cell in cells), cells
