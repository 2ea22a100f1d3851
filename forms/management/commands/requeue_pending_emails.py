"""Queue again every complaint email that a lost worker or a database outage left behind.

The worker (`manage.py run_worker`) does this by itself whenever it starts and whenever the
database comes back, and an email being sent when its worker died is taken up again when its
lease ends, so no cron entry is needed. This command is for an operator after an outage:
sending is idempotent, so a duplicate task sends nothing twice.
"""

from django.core.management.base import BaseCommand

from forms import outbox


class Command(BaseCommand):
    help = "Queue again pending complaint emails whose attempt is overdue, and stuck ones."

    def add_arguments(self, parser):
        parser.add_argument(
            "--older-than", type=int, default=10, help="Minutes past the planned attempt."
        )

    def handle(self, *args, older_than=10, **options):
        count = outbox.reclaim_stuck(pending_for=older_than * 60)
        self.stdout.write(f"{count} email dijadwalkan ulang.")
