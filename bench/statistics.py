"""Set the benchmark database to a given number of complaints for the statistics page:
`python -m bench.statistics 10000`. Complaints beyond the number are deleted, missing ones are
added in bulk, spread over the last eleven months with every status, each with the first step
of its timeline (and a status change or a closure where it has moved on)."""

import datetime
import os
import secrets
import sys

import django

os.environ.setdefault("DJANGO_SETTINGS_MODULE", "config.settings.production")
django.setup()

from django.db import transaction
from django.utils import timezone

from forms.models import (
    CLOSED_STATUSES,
    Complaint,
    ComplaintCategory,
    ComplaintFormPage,
    Status,
    StatusChange,
)
from home.working_days import WorkingCalendar
from transparency.figures import figures_changed

STATUSES = [Status.RESOLVED, Status.RESOLVED, Status.REJECTED, Status.TRANSFERRED,
            Status.IN_PROGRESS, Status.VERIFIED, Status.RECEIVED]  # fmt: skip
BATCH = 1000


def build(number, page, categories, calendar, now):
    category = categories[number % len(categories)]
    submitted = now - datetime.timedelta(days=(number * 7) % 330, hours=number % 24)
    day = timezone.localtime(submitted).date()
    status = STATUSES[number % len(STATUSES)]
    closed = (
        submitted + datetime.timedelta(days=2 + number % 20) if status in CLOSED_STATUSES else None
    )
    return Complaint(
        page=page,
        form_data={},
        reference=f"ADU-BENCH-{number:06d}",
        tracking_code_hash=secrets.token_hex(32),
        submission_token_hash=secrets.token_hex(32),
        category=category,
        description="Pengaduan uji beban.",
        reporter_mode="anonymous",
        consent_at=submitted,
        consent_notice_version="uji beban",
        status=status,
        status_changed_at=closed or submitted,
        closed_at=min(closed, now) if closed else None,
        assigned_unit_id=category.handling_unit_id,
        first_response_due=calendar.add_working_days(day, category.first_response_days),
        resolution_due=calendar.add_working_days(day, category.resolution_days),
        submit_time=submitted,
    )


def main(target):
    existing = Complaint.objects.count()
    if existing > target:
        keep = Complaint.objects.order_by("pk").values_list("pk", flat=True)[:target]
        Complaint.objects.exclude(pk__in=list(keep)).delete()
    page = ComplaintFormPage.objects.filter(locale__language_code="id").first()
    categories = list(ComplaintCategory.objects.filter(locale__language_code="id"))
    now = timezone.now()
    calendar = WorkingCalendar(now.year - 2, now.year + 1)
    for start in range(existing, target, BATCH):
        with transaction.atomic():
            made = Complaint.objects.bulk_create(
                build(n, page, categories, calendar, now)
                for n in range(start, min(start + BATCH, target))
            )
            changes = []
            next_day = datetime.timedelta(days=1)
            for complaint in made:
                changes.append(StatusChange(complaint=complaint, to_status=Status.RECEIVED,
                                            created_at=complaint.submit_time))  # fmt: skip
                if complaint.status != Status.RECEIVED:
                    changes.append(StatusChange(
                        complaint=complaint, from_status=Status.RECEIVED,
                        to_status=complaint.status,
                        created_at=complaint.closed_at or complaint.submit_time + next_day,
                    ))  # fmt: skip
            StatusChange.objects.bulk_create(changes)
    figures_changed()  # bulk writes send no signals
    print(Complaint.objects.count())


if __name__ == "__main__":
    main(int(sys.argv[1]))
