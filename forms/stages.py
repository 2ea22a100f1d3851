"""The stages of a complaint and their deadlines: the one place that says what is due when.

Each stage has a due date (a column of the complaint, fixed when it was received), the statuses
in which it is still pending, and the date it was met: the day the status timeline first left
those statuses. The tracking page, the staff inbox and detail page, the overdue filter and the
deadline checks (`forms.escalation`) all read this table; templates only show its results.

Countdowns count working days of the Indonesian calendar (`home.working_days`). The calendar
is only consulted when a countdown is read, so listing stage dates costs no query for it.
"""

import datetime
from dataclasses import dataclass, field
from functools import cached_property

from django.db.models import Q
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from django.utils.translation import ngettext

from home.working_days import WorkingCalendar, add_working_days

from .models.complaints import Status

# After the first response, the unit has five more working days to verify the report and start
# working on it; never later than the resolution deadline itself.
PROCESSING_DAYS = 5
# A review the reporter asked for is answered within this many working days.
REVIEW_DAYS = 10


@dataclass(frozen=True)
class StageRule:
    key: str
    label: str
    due_field: str  # a column, or a path through a relation for queries ("review__due")
    pending: tuple  # statuses in which the stage is not yet met
    # Whether asking the reporter a question meets the stage (it is a response); otherwise a
    # complaint that needs clarification keeps the stages of the status it came from.
    met_by_question: bool = False

    def overdue_query(self, today):
        late = Q(**{f"{self.due_field}__lt": today})
        pending = Q(status__in=self.pending)
        if not self.met_by_question:
            pending |= Q(status=Status.CLARIFICATION, status_before_clarification__in=self.pending)
        return late & pending


STAGES = (
    StageRule(
        "first_response",
        _("First response"),
        "first_response_due",
        (Status.RECEIVED,),
        met_by_question=True,
    ),
    StageRule(
        "processing",
        _("Verification and processing"),
        "processing_due",
        (Status.RECEIVED, Status.VERIFIED),
    ),
    StageRule(
        "resolution",
        _("Resolution"),
        "resolution_due",
        (Status.RECEIVED, Status.VERIFIED, Status.IN_PROGRESS),
    ),
)
REVIEW_STAGE = StageRule("review", _("Review"), "review__due", (Status.REVIEW,))
RULES = {rule.key: rule for rule in (*STAGES, REVIEW_STAGE)}


def processing_due_for(first_response_due, resolution_due):
    return min(add_working_days(first_response_due, PROCESSING_DAYS), resolution_due)


def overdue_query(today):
    """Complaints with a stage whose deadline has passed while it is still pending."""
    query = Q()
    for rule in (*STAGES, REVIEW_STAGE):
        query |= rule.overdue_query(today)
    return query


@dataclass
class Stage:
    """One stage of one complaint, as of `today`."""

    key: str
    label: str
    due: datetime.date
    met: datetime.date | None
    today: datetime.date
    calendar: WorkingCalendar = field(repr=False)

    @property
    def is_met(self):
        return self.met is not None

    @property
    def is_overdue(self):
        return not self.is_met and self.today > self.due

    @property
    def is_late(self):
        """Met after its deadline, or not met and past it."""
        return (self.met or self.today) > self.due

    @cached_property
    def working_days_left(self):
        """Working days from today to the deadline; negative once it has passed."""
        if self.today > self.due:
            return -max(self.calendar.working_days_between(self.due, self.today), 1)
        return self.calendar.working_days_between(self.today, self.due)

    @cached_property
    def working_days_late(self):
        end = self.met or self.today
        if end <= self.due:
            return 0
        return max(self.calendar.working_days_between(self.due, end), 1)

    @property
    def countdown(self):
        """What the reporter reads beside the due date: "2 hari kerja lagi", "hari ini",
        "terlambat 1 hari kerja", "tepat waktu"."""
        if self.is_met:
            if self.working_days_late:
                return late_text(self.working_days_late)
            return str(_("on time"))
        left = self.working_days_left
        if left > 0:
            return ngettext("%(count)s working day left", "%(count)s working days left", left) % {
                "count": left
            }
        if left == 0:
            return str(_("due today"))
        return late_text(-left)


def late_text(days):
    return ngettext("%(count)s working day late", "%(count)s working days late", days) % {
        "count": days
    }


def met_dates(complaint):
    """The day each stage was met, from the status timeline (prefetched or not). A question to
    the reporter only meets the first response: for the other stages the complaint is still
    in the status it had before, and leaves it when it leaves the question."""
    changes = sorted(complaint.status_changes.all(), key=lambda c: (c.created_at, c.pk))
    met = {}
    for rule in RULES.values():
        before_question = ""
        for change in changes:
            source, target = change.from_status, change.to_status
            if source == Status.CLARIFICATION:
                source = before_question or source
            if target == Status.CLARIFICATION:
                before_question = source
                if not rule.met_by_question:
                    continue
            if source in rule.pending and target not in rule.pending:
                met[rule.key] = timezone.localtime(change.created_at).date()
                break
    return met


def stages_of(complaint, *, today=None, calendar=None):
    """Received, first response, verification and processing, resolution, and the review
    when the reporter asked for one."""
    today = today or timezone.localdate()
    received = timezone.localtime(complaint.submit_time).date()
    calendar = calendar or WorkingCalendar.around(received, today)
    met = met_dates(complaint)
    stages = [Stage("received", _("Received"), received, received, today, calendar)]
    for rule in STAGES:
        due = getattr(complaint, rule.due_field)
        if due is not None:
            stages.append(Stage(rule.key, rule.label, due, met.get(rule.key), today, calendar))
    review = complaint.review_or_none
    if review is not None:
        stages.append(
            Stage("review", REVIEW_STAGE.label, review.due, met.get("review"), today, calendar)
        )
    return stages
