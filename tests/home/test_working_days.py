"""Working days skip weekends, Indonesian national holidays and the joint leave days entered in
the admin; deadlines of new complaints follow them."""

import datetime

import pytest
from django.db import connection
from django.test.utils import CaptureQueriesContext

from home.models import JointLeaveDay
from home.working_days import WorkingCalendar, add_working_days, working_days_between

pytestmark = pytest.mark.django_db

D = datetime.date


def test_a_weekend_is_skipped():
    # Friday 4 December 2026 + 1 working day is Monday 7 December.
    assert add_working_days(D(2026, 12, 4), 1) == D(2026, 12, 7)


def test_christmas_is_a_national_holiday_and_is_skipped():
    # Thursday 24 December 2026 + 1: Friday 25 is Christmas, so Monday 28.
    assert add_working_days(D(2026, 12, 24), 1) == D(2026, 12, 28)


def test_independence_day_is_skipped():
    # Sunday 16 August 2026; Monday 17 August is Hari Kemerdekaan.
    assert add_working_days(D(2026, 8, 14), 1) == D(2026, 8, 18)


def test_a_joint_leave_day_entered_by_supervisors_is_skipped():
    JointLeaveDay.objects.create(date=D(2026, 12, 24), description="Cuti bersama Natal")
    # Wednesday 23 + 1: Thursday 24 is joint leave, Friday 25 Christmas, so Monday 28.
    assert add_working_days(D(2026, 12, 23), 1) == D(2026, 12, 28)


def test_working_days_between_counts_forward_and_back():
    assert working_days_between(D(2026, 12, 4), D(2026, 12, 8)) == 2
    assert working_days_between(D(2026, 12, 8), D(2026, 12, 4)) == -2
    assert working_days_between(D(2026, 12, 24), D(2026, 12, 28)) == 1


def test_one_calendar_reads_the_joint_leave_days_once_for_many_dates():
    calendar = WorkingCalendar(2026)
    with CaptureQueriesContext(connection) as queries:
        for offset in range(365):
            calendar.add_working_days(D(2026, 1, 1) + datetime.timedelta(days=offset), 5)
    assert len(queries) == 2  # 2026, then 2027 when a deadline crosses New Year
