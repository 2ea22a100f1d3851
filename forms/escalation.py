"""Deadline checks: a reminder one working day before a deadline, an escalation once it passes.

`check_deadlines` looks at every open complaint's stages (`forms.stages`):

- a pending stage due within one working day: the handling unit's inbox and the assigned
  officer are reminded;
- a pending stage past its due date: the complaint is marked escalated (`escalated_at`, an
  audit entry and a line in the public timeline), and the supervisors and the unit's head are
  emailed.

Each reminder and each escalation is a `DeadlineAlert` row, unique per complaint, stage and
kind, saved in one transaction with its emails (the outbox): a rerun, or a second worker doing
the same at the same moment, fails on the constraint and sends nothing more.

It runs by itself in the worker: `check_deadlines_task` checks, then queues its own next run
an hour later (`run_after`); the worker command queues the first one when it starts
(`ensure_scheduled`), so `make run` and the production worker need nothing else.
"""

import datetime
import logging

from django.db import IntegrityError, transaction
from django.utils import timezone
from django_tasks import TaskResultStatus, task
from django_tasks_db.models import DBTaskResult

from home.working_days import WorkingCalendar

from . import outbox
from .models import AuditEntry, Complaint, DeadlineAlert

logger = logging.getLogger(__name__)

CHECK_EVERY = datetime.timedelta(hours=1)
REMIND_WITHIN_WORKING_DAYS = 1


def check_deadlines(today=None):
    """Send what is due today; returns how many reminders and escalations were sent."""
    today = today or timezone.localdate()
    calendar = WorkingCalendar.around(today)
    complaints = (
        Complaint.objects.open()
        .select_related("category", "assigned_unit", "assigned_officer", "review")
        .prefetch_related("status_changes", "deadline_alerts")
    )
    sent = {DeadlineAlert.Kind.REMINDER: 0, DeadlineAlert.Kind.ESCALATION: 0}
    for complaint in complaints:
        done = {(alert.stage, alert.kind) for alert in complaint.deadline_alerts.all()}
        for stage in complaint.stages(today=today, calendar=calendar):
            if stage.key == "received" or stage.is_met:
                continue
            if stage.is_overdue:
                kind = DeadlineAlert.Kind.ESCALATION
            elif stage.working_days_left <= REMIND_WITHIN_WORKING_DAYS:
                kind = DeadlineAlert.Kind.REMINDER
            else:
                continue
            if (stage.key, kind) not in done and _send(complaint, stage, kind):
                sent[kind] += 1
    logger.info(
        "Deadline check: %s reminder(s), %s escalation(s)",
        sent[DeadlineAlert.Kind.REMINDER],
        sent[DeadlineAlert.Kind.ESCALATION],
    )
    return {
        "reminders": sent[DeadlineAlert.Kind.REMINDER],
        "escalations": sent[DeadlineAlert.Kind.ESCALATION],
    }


def _send(complaint, stage, kind):
    try:
        with transaction.atomic():
            DeadlineAlert.objects.create(
                complaint=complaint, stage=stage.key, kind=kind, due=stage.due
            )
            if kind == DeadlineAlert.Kind.REMINDER:
                outbox.queue_reminder(complaint, stage)
            else:
                _escalate(complaint, stage)
    except IntegrityError:
        # Another worker (or an earlier run) has sent this one.
        return False
    return True


def _escalate(complaint, stage):
    if complaint.escalated_at is None:
        complaint.escalated_at = timezone.now()
        Complaint.objects.filter(pk=complaint.pk).update(escalated_at=complaint.escalated_at)
    AuditEntry.record(
        None, AuditEntry.Action.ESCALATED, complaint, f"{stage.label}: {stage.due:%Y-%m-%d}"
    )
    outbox.queue_escalation(complaint, stage)


@task(priority=outbox.NOTIFICATION_PRIORITY)
def check_deadlines_task():
    result = check_deadlines()
    ensure_scheduled(run_after=timezone.now() + CHECK_EVERY)
    return result


def ensure_scheduled(run_after=None):
    """Queue the next check unless one is already waiting: whoever finds none queues it."""
    waiting = DBTaskResult.objects.filter(
        task_path=check_deadlines_task.module_path, status=TaskResultStatus.READY
    )
    if waiting.exists():
        return False
    task_ = check_deadlines_task
    if run_after is not None:
        task_ = task_.using(run_after=run_after)
    task_.enqueue()
    return True
