"""English dates as the Indonesian ones are written, day first: "27 November 2026"."""

from django.conf.locale.en.formats import *  # noqa: F403

DATE_FORMAT = "j F Y"
DATETIME_FORMAT = "j F Y, H:i"
