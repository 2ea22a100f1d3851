"""Complaint deadlines count working days of the Indonesian calendar (`home.working_days`):
weekends, national holidays and the joint leave days supervisors enter are skipped."""

from home.working_days import WorkingCalendar, add_working_days, working_days_between

__all__ = ["WorkingCalendar", "add_working_days", "working_days_between"]
