"""Complaint supervisors keep the joint leave days in the admin; Redaksi and officers cannot."""

import datetime

import pytest
from django.contrib.auth.models import Group

from home.models import JointLeaveDay
from home.working_days import add_working_days

pytestmark = pytest.mark.django_db

LIST = "/admin/snippets/home/jointleaveday/"


def user_in(django_user_model, group):
    user = django_user_model.objects.create_user(group.split()[0].lower(), password="x")
    user.groups.add(Group.objects.get(name=group))
    return user


def test_a_supervisor_adds_a_joint_leave_day_and_deadlines_skip_it(client, django_user_model):
    client.force_login(user_in(django_user_model, "Supervisor Pengaduan"))
    assert client.get(LIST).status_code == 200
    response = client.post(
        f"{LIST}add/", {"date": "2026-12-24", "description": "Cuti bersama Hari Raya Natal"}
    )
    assert response.status_code == 302
    assert JointLeaveDay.objects.get().date == datetime.date(2026, 12, 24)
    assert add_working_days(datetime.date(2026, 12, 23), 1) == datetime.date(2026, 12, 28)


@pytest.mark.parametrize("group", ["Redaksi", "Petugas Pengaduan"])
def test_editors_and_officers_cannot_change_joint_leave_days(client, django_user_model, group):
    client.force_login(user_in(django_user_model, group))
    assert client.get(f"{LIST}add/").status_code in (302, 403)
    client.post(f"{LIST}add/", {"date": "2026-12-24", "description": "x"})
    assert not JointLeaveDay.objects.exists()
