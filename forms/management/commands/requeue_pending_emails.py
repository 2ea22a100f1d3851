"""Enqueue again every complaint email that is still pending long after its planned attempt.

Emails are enqueued in the same transaction as the complaint, so none is lost on a normal
day; a worker killed in the middle of a task can leave one behind. Run this every few minutes
from cron (or by hand after an outage): sending is idempotent, so a duplicate task sends
nothing twice.
"""

import datetime

from django.core.management.base import BaseCommand
from django.utils import timezone

from forms import outbox
from forms.models import Notification


class Command(BaseCommand):
    help = "Enqueue pending complaint emails whose next attempt is overdue."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=10, help="Minutes past the planned attempt."
        )

    def handle(self, *args, older_than=10, **options):
        cutoff = timezone.now() - datetime.timedelta(minutes=older_than)
        stale = Notification.objects.filter(state="pending", next_attempt_at__lt=cutoff)
        count = 0
        for notification in stale.iterator():
            outbox.schedule(notification)
            count += 1
        self.stdout.write(f"{count} email dijadwalkan ulang.")
