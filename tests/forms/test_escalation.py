"""Deadline checks run by themselves in the worker: a reminder one working day before a
deadline, an escalation once it has passed, each sent exactly once, across a weekend and
Christmas 2026 (the complaint of `deadline_helpers`: first response due Monday 28 December)."""

from types import SimpleNamespace

import pytest
from django.core.management import call_command
from django_tasks_db.models import DBTaskResult

from forms import escalation
from forms.models import AuditEntry, Complaint, DeadlineAlert, Notification

from .conftest import make_staff, restore_groups
from .deadline_helpers import D, at, received_before_christmas

# The worker closes its database connection between tasks, so these tests commit for real (a
# rolled-back test transaction would go with the connection on PostgreSQL).
pytestmark = pytest.mark.django_db(transaction=True)


def run_worker():
    call_command(
        "run_worker", batch=True, reload=False, startup_delay=False, interval=0, verbosity=0
    )


@pytest.fixture
def people(setup, django_user_model):
    restore_groups()
    officer = make_staff(
        django_user_model, "petugas", group="Petugas Pengaduan", units=[setup.unit_a]
    )
    supervisor = make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan")
    head = make_staff(django_user_model, "kasat", units=[setup.unit_a])
    head.complaint_staff_profile.heads.set([setup.unit_a])
    return SimpleNamespace(officer=officer, supervisor=supervisor, head=head)


def emails(kind):
    return list(Notification.objects.filter(kind=kind))


def test_the_unit_is_reminded_once_the_working_day_before_the_deadline(setup, people):
    complaint = received_before_christmas(setup)
    complaint.assign(user=None, officer=people.officer)
    for day in [D(2026, 12, 22), D(2026, 12, 23)]:
        with at(day):
            run_worker()
    assert emails("reminder") == []

    with at(D(2026, 12, 24)):  # Thursday: Christmas and the weekend follow, due on Monday
        run_worker()
    (reminder,) = emails("reminder")
    assert reminder.recipients == "reskrim@example.id, petugas@example.id"
    assert complaint.reference in reminder.subject and "Tanggapan pertama" in reminder.subject
    assert "28 Desember 2026" in reminder.body
    for personal in ("Budi Santoso", "0812", complaint.description):
        assert personal not in reminder.body

    for day in [D(2026, 12, 25), D(2026, 12, 26), D(2026, 12, 27), D(2026, 12, 28)]:
        with at(day):
            run_worker()  # Christmas, the weekend and the due day itself: nothing more
    assert len(emails("reminder")) == 1
    assert emails("escalation") == []
    assert DeadlineAlert.objects.filter(kind="reminder").count() == 1


def test_a_passed_deadline_escalates_once_to_the_supervisors_and_the_unit_head(
    client, setup, people
):
    complaint = received_before_christmas(setup)
    with at(D(2026, 12, 28)):
        run_worker()
    assert not Complaint.objects.get().is_escalated

    with at(
        D(
            2026,
            12,
            29,
        ),
        0,
    ):  # just after midnight: Monday's deadline has passed
        run_worker()
        run_worker()  # a rerun, and the check a second worker would make, send nothing more
        escalation.check_deadlines()
        tracking = client.get(
            setup.page.tracking_url(complaint.tracking_code), follow=True
        ).content.decode()
    complaint.refresh_from_db()
    assert complaint.is_escalated
    (email,) = emails("escalation")
    assert email.recipients == "supervisor@example.id, kasat@example.id"
    assert "diteruskan ke pimpinan" in email.subject
    assert complaint.description not in email.body and "Budi" not in email.body
    assert AuditEntry.objects.filter(action="escalated", complaint=complaint).count() == 1
    assert "diteruskan ke pimpinan" in tracking
    assert "Diteruskan ke pimpinan" in tracking  # the timeline entry
    assert "Tenggat tahap “Tanggapan pertama” (28 Desember 2026) telah terlewati." in tracking


def test_a_stage_met_in_time_is_neither_reminded_nor_escalated(setup, people):
    complaint = received_before_christmas(setup)
    with at(D(2026, 12, 23)):
        complaint.change_status("verified", user=None)
    for day in [D(2026, 12, 24), D(2026, 12, 29)]:
        with at(day):
            run_worker()
    assert not DeadlineAlert.objects.filter(stage="first_response").exists()


def test_the_check_queues_its_own_next_run_an_hour_later(setup):
    with at(D(2026, 12, 24)):
        run_worker()
        (waiting,) = DBTaskResult.objects.filter(
            task_path=escalation.check_deadlines_task.module_path, status="READY"
        )
    assert waiting.run_after.hour == 3  # 10.00 WIB is 03.00 UTC: 09.00 WIB plus an hour
    with at(D(2026, 12, 24), 11):
        run_worker()
        assert (
            DBTaskResult.objects.filter(
                task_path=escalation.check_deadlines_task.module_path, status="READY"
            ).count()
            == 1
        )
        assert (
            DBTaskResult.objects.filter(
                task_path=escalation.check_deadlines_task.module_path, status="SUCCESSFUL"
            ).count()
            == 2
        )


def test_the_inbox_filters_escalated_complaints(client, setup, people):
    late = received_before_christmas(setup)
    on_time = received_before_christmas(setup)
    with at(D(2026, 12, 23)):
        on_time.change_status("verified", user=None)
    with at(D(2026, 12, 29)):
        escalation.check_deadlines()
        client.force_login(people.supervisor)
        html = client.get("/admin/pengaduan/kotak-masuk/", {"escalated": "true"}).content.decode()
    assert late.reference in html and on_time.reference not in html
