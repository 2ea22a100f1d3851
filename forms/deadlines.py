"""Working-day arithmetic for complaint deadlines (Monday to Friday, Asia/Jakarta dates).

Public holidays are not counted out: the deadline can only fall earlier than the legal one,
never later, which errs on the side of the citizen.
"""

import datetime


def add_working_days(start, days):
    """The date `days` working days after `start` (a date); the start day itself does not count."""
    current = start
    remaining = days
    while remaining > 0:
        current += datetime.timedelta(days=1)
        if current.weekday() < 5:
            remaining -= 1
    return current
