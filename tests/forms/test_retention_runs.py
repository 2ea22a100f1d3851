"""Supervisors see when expired complaints were last anonymised, and are warned when the
scheduled run (site/systemd/polres-anonymise.timer) has not happened for two days."""

import datetime

import pytest
from django.core.management import call_command
from django.utils import timezone

from forms.models import RetentionRun

from .conftest import make_staff

pytestmark = pytest.mark.django_db

PANEL = "Anonimisasi data pengaduan"


def dashboard(client, user):
    client.force_login(user)
    return client.get("/admin/").content.decode()


@pytest.fixture
def supervisor(django_user_model):
    return make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan")


def test_each_anonymisation_run_is_recorded(setup):
    call_command("anonymise_expired_complaints", stdout=None)
    run = RetentionRun.objects.get()
    assert run.anonymised == 0
    assert timezone.now() - run.finished_at < datetime.timedelta(minutes=1)


def test_a_dry_run_is_not_recorded(setup):
    call_command("anonymise_expired_complaints", "--dry-run")
    assert not RetentionRun.objects.exists()


def test_supervisors_see_the_date_of_the_last_run(client, setup, supervisor):
    RetentionRun.objects.create(
        finished_at=datetime.datetime(2026, 11, 27, 2, 30, tzinfo=datetime.UTC), anonymised=3
    )
    RetentionRun.objects.create(finished_at=timezone.now(), anonymised=0)
    html = dashboard(client, supervisor)
    assert PANEL in html
    assert f"Terakhir dijalankan {timezone.localdate():%-d}" in html
    assert "Belum pernah dijalankan" not in html
    assert "help-warning" not in html.split(PANEL, 1)[1].split("</section>", 1)[0]


def test_supervisors_are_warned_when_it_never_ran(client, setup, supervisor):
    html = dashboard(client, supervisor)
    panel = html.split(PANEL, 1)[1].split("</section>", 1)[0]
    assert "Belum pernah dijalankan" in panel
    assert "help-warning" in panel


def test_supervisors_are_warned_when_the_last_run_is_over_two_days_old(client, setup, supervisor):
    RetentionRun.objects.create(
        finished_at=datetime.datetime(2026, 11, 27, 2, 30, tzinfo=datetime.UTC), anonymised=3
    )
    RetentionRun.objects.filter().update(finished_at=timezone.now() - datetime.timedelta(days=3))
    panel = dashboard(client, supervisor).split(PANEL, 1)[1].split("</section>", 1)[0]
    assert "help-warning" in panel
    assert (timezone.localtime() - datetime.timedelta(days=3)).strftime("%Y") in panel


def test_staff_who_see_only_their_units_complaints_and_editors_do_not_see_it(
    client, setup, django_user_model
):
    officer = make_staff(
        django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a]
    )
    editor = make_staff(django_user_model, "redaksi", group="Redaksi")
    assert PANEL not in dashboard(client, officer)
    assert PANEL not in dashboard(client, editor)
