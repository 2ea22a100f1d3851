"""Working days in Indonesia: Monday to Friday, less national holidays and joint leave days.

National holidays come from the `holidays` package (country "ID"), which follows the government's
yearly decree. Joint leave days (*cuti bersama*) are announced each year by a joint ministerial
decree and change often, so supervisors enter them in the admin (`JointLeaveDay`).

Every deadline and every "working days taken" figure goes through a `WorkingCalendar`, which reads
the joint leave days once for the years it covers: a statistics page that measures ten thousand
complaints costs one query for the calendar, not one per complaint.
"""

import datetime
from functools import cached_property

import holidays
from django.apps import apps

COUNTRY = "ID"
ONE_DAY = datetime.timedelta(days=1)


class WorkingCalendar:
    """The days off between two years (inclusive); dates outside them are read lazily."""

    def __init__(self, first_year, last_year=None):
        self.years = set(range(first_year, (last_year or first_year) + 1))

    @classmethod
    def around(cls, *days):
        """A calendar covering the given dates, a year either side (deadlines cross New Year)."""
        years = [day.year for day in days if day is not None]
        today = datetime.date.today().year
        return cls(min(years, default=today) - 1, max(years, default=today) + 1)

    @cached_property
    def national_holidays(self):
        return holidays.country_holidays(COUNTRY, years=sorted(self.years))

    @cached_property
    def joint_leave_days(self):
        JointLeaveDay = apps.get_model("home", "JointLeaveDay")
        return set(
            JointLeaveDay.objects.filter(date__year__in=self.years).values_list("date", flat=True)
        )

    def _cover(self, day):
        if day.year not in self.years:
            self.years.add(day.year)
            self.__dict__.pop("national_holidays", None)
            self.__dict__.pop("joint_leave_days", None)

    def is_working_day(self, day):
        self._cover(day)
        return (
            day.weekday() < 5
            and day not in self.national_holidays
            and day not in self.joint_leave_days
        )

    def add_working_days(self, start, days):
        """The date `days` working days after `start`; the start day itself does not count."""
        current = start
        remaining = days
        while remaining > 0:
            current += ONE_DAY
            if self.is_working_day(current):
                remaining -= 1
        return current

    def working_days_between(self, start, end):
        """How many working days after `start` up to and including `end`; negative when `end`
        is before `start` (a deadline not yet reached, counted back from it)."""
        if end < start:
            return -self.working_days_between(end, start)
        count = 0
        current = start
        while current < end:
            current += ONE_DAY
            if self.is_working_day(current):
                count += 1
        return count


def add_working_days(start, days):
    return WorkingCalendar.around(start).add_working_days(start, days)


def working_days_between(start, end):
    return WorkingCalendar.around(start, end).working_days_between(start, end)
