"""Dates in Indonesian read in full, "27 November 2026", on the public site and in the admin alike.

Django's own `id` formats abbreviate the month ("27 Nov. 2026"); everything else is Django's.
"""

from django.conf.locale.id.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, G.i"
