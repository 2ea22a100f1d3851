"""Anonymise complaints closed longer ago than COMPLAINT_RETENTION_DAYS (default 2 years).

Run daily by site/systemd/polres-anonymise.timer; each run is recorded (RetentionRun) and
shown to supervisors on the admin dashboard. Statistics survive: category, district, unit, dates,
deadlines and the status timeline; contact data, NIK, attachments and free text do not.
"""

import datetime

from django.conf import settings
from django.core.management.base import BaseCommand
from django.utils import timezone

from forms.models import Complaint, RetentionRun


class Command(BaseCommand):
    help = "Anonymise complaints whose retention period after closure has ended."

    def add_arguments(self, parser):
        parser.add_argument(
            "--dry-run", action="store_true", help="Only count what would be anonymised."
        )

    def handle(self, *args, dry_run=False, **options):
        cutoff = timezone.now() - datetime.timedelta(days=settings.COMPLAINT_RETENTION_DAYS)
        expired = Complaint.objects.filter(closed_at__lt=cutoff, anonymised_at__isnull=True)
        count = expired.count()
        if dry_run:
            self.stdout.write(f"{count} pengaduan akan dianonimkan (batas {cutoff:%Y-%m-%d}).")
            return
        for complaint in expired.iterator():
            complaint.anonymise()
        RetentionRun.objects.create(anonymised=count)
        self.stdout.write(f"{count} pengaduan dianonimkan (ditutup sebelum {cutoff:%Y-%m-%d}).")
