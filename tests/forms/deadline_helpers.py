"""A complaint received on Tuesday 22 December 2026, 10.00 WIB, three days before Christmas.

Its deadlines, counted in Indonesian working days:
- first response (3): Wed 23, Thu 24, [Fri 25 Christmas, weekend], Mon 28 December;
- verification and processing (5 more): 29, 30, 31, [1 January, weekend], Mon 4, [Tue 5 Isra
  Mi'raj], Wed 6 January 2027;
- resolution (14): Thursday 14 January 2027.
"""

import datetime
import zoneinfo

import time_machine

from tests.factories.complaints import ComplaintFactory

JAKARTA = zoneinfo.ZoneInfo("Asia/Jakarta")
D = datetime.date


def at(day, hour=9):
    """The clock stands still at `hour` WIB on `day`."""
    return time_machine.travel(
        datetime.datetime.combine(day, datetime.time(hour), JAKARTA), tick=False
    )


def received_before_christmas(setup, **fields):
    with at(D(2026, 12, 22), 10):
        return ComplaintFactory(page=setup.page, category=setup.category_a, **fields)
