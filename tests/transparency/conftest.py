"""Fixtures for the statistics page and the survey: the complaint setup of tests/forms, the
statistics and survey pages in both languages, and a helper that backdates complaints."""

import datetime
from dataclasses import dataclass

import pytest
from django.utils import timezone

from forms.models import Complaint, Reply, Status, StatusChange
from tests.conftest import translate
from tests.factories import ComplaintFactory
from tests.forms.conftest import ComplaintSetup, build_complaint_setup
from transparency.models import StatisticsPage, SurveyPage

PATHS = {
    Status.RESOLVED: [Status.VERIFIED, Status.IN_PROGRESS, Status.RESOLVED],
    Status.REJECTED: [Status.REJECTED],
    Status.TRANSFERRED: [Status.VERIFIED, Status.TRANSFERRED],
    Status.IN_PROGRESS: [Status.VERIFIED, Status.IN_PROGRESS],
    Status.RECEIVED: [],
}


@dataclass
class Transparency:
    complaints: ComplaintSetup
    statistics: StatisticsPage
    survey: SurveyPage


def build_transparency(site_tree):
    setup = build_complaint_setup(site_tree)
    statistics = StatisticsPage(title="Statistik Pengaduan", slug="statistik", intro="Angka kami.")
    site_tree.home.add_child(instance=statistics)
    statistics.save_revision().publish()
    survey = SurveyPage(title="Survei Kepuasan", slug="survei-kepuasan", intro="Beri penilaian.")
    site_tree.home.add_child(instance=survey)
    survey.save_revision().publish()
    english_statistics = translate(statistics, "Complaint Statistics")
    english_statistics.slug = "statistics"
    english_statistics.save_revision().publish()
    english_survey = translate(survey, "Satisfaction Survey")
    english_survey.slug = "satisfaction-survey"
    english_survey.save_revision().publish()
    translate(setup.page, "Public Complaints")
    return Transparency(complaints=setup, statistics=statistics, survey=survey)


@pytest.fixture
def transparency(site_tree):
    return build_transparency(site_tree)


def complaint(category, *, days_ago=3, status=Status.RECEIVED, step_days=1, email="", **fields):
    """A complaint received `days_ago` days ago and taken along `status`'s path, one step
    every `step_days` days (through the complaint's own workflow, then backdated)."""
    submitted = timezone.now() - datetime.timedelta(days=days_ago)
    made = ComplaintFactory(category=category, now=submitted, email=email, **fields)
    Complaint.objects.filter(pk=made.pk).update(submit_time=submitted)
    StatusChange.objects.filter(complaint=made).update(created_at=submitted)
    made.refresh_from_db()
    for step, next_status in enumerate(PATHS[status], start=1):
        reason = (
            "Alasan untuk pelapor." if next_status in (Status.REJECTED, Status.TRANSFERRED) else ""
        )
        change = made.change_status(next_status, user=None, reason=reason)
        moment = min(submitted + datetime.timedelta(days=step * step_days), timezone.now())
        StatusChange.objects.filter(pk=change.pk).update(created_at=moment)
        if next_status in (Status.RESOLVED, Status.REJECTED, Status.TRANSFERRED):
            Complaint.objects.filter(pk=made.pk).update(closed_at=moment)
    made.refresh_from_db()
    return made


def reply(complaint_, days_after=1):
    return Reply.objects.create(
        complaint=complaint_,
        body="Kami menindaklanjuti laporan Anda.",
        created_at=complaint_.submit_time + datetime.timedelta(days=days_after),
    )
