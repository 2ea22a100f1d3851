"""Faults on the way out: a worker killed with SIGKILL in the middle of sending, a database
connection dropped between the SMTP server's 250 and the row's save, and a database outage
under a running worker. Each email still goes out exactly once, and no task stays running."""

import asyncio
import datetime
import os
import signal
import sqlite3
import subprocess
import sys
import threading
import time
from pathlib import Path

import pytest
from django.core.management import call_command
from django.db import OperationalError, connection
from django.utils import timezone
from django_tasks_db.models import DBTaskResult

from forms.models import Notification

from .conftest import make_staff, restore_groups, valid_data
from .smtp import Recorder, SMTPServer

pytestmark = pytest.mark.django_db(transaction=True)

ROOT = Path(__file__).resolve().parents[2]
WORKER_COMMAND = "run_worker"


class StallingRecorder(Recorder):
    """Accepts the first message's data, then keeps the client waiting until released and
    refuses it; later messages are recorded normally."""

    def __init__(self, on_first=None, stall=True):
        super().__init__()
        self.arrived = threading.Event()
        self.release = threading.Event()
        self.on_first = on_first
        self.stall = stall

    async def handle_DATA(self, server, session, envelope):
        if self.arrived.is_set():
            return await super().handle_DATA(server, session, envelope)
        self.arrived.set()
        if self.on_first is not None:
            self.on_first()
        if not self.stall:
            return await super().handle_DATA(server, session, envelope)
        while not self.release.is_set():
            await asyncio.sleep(0.05)
        return "451 4.3.0 Try again later"


@pytest.fixture
def smtp_server(settings):
    servers = []

    def start(recorder):
        server = SMTPServer()
        server.recorder = recorder
        server.start()
        settings.EMAIL_BACKEND = "django.core.mail.backends.smtp.EmailBackend"
        settings.EMAIL_HOST = "127.0.0.1"
        settings.EMAIL_PORT = server.port
        settings.EMAIL_TIMEOUT = 5
        servers.append(server)
        return server

    yield start
    for server in servers:
        if isinstance(server.recorder, StallingRecorder):
            server.recorder.release.set()
        server.stop()


def run_worker_in_process():
    call_command(
        WORKER_COMMAND, batch=True, reload=False, startup_delay=False, interval=0, verbosity=0
    )


def drop_database_connections():
    """What a database restart does to the worker's connection."""
    if connection.vendor == "postgresql":
        import psycopg2

        params = connection.get_connection_params()
        killer = psycopg2.connect(**params)
        killer.autocommit = True
        with killer.cursor() as cursor:
            cursor.execute(
                "SELECT pg_terminate_backend(pid) FROM pg_stat_activity "
                "WHERE datname = current_database() AND pid <> pg_backend_pid()"
            )
        killer.close()


class DatabaseOutage:
    """From the first statement that `starts` matches, every statement fails for `seconds`:
    the driver's error, raised at its boundary. On PostgreSQL the server also really drops the
    connections as the outage starts."""

    def __init__(self, starts, seconds):
        self.starts = starts
        self.seconds = seconds
        self.ends_at = None

    def begin(self):
        self.ends_at = time.monotonic() + self.seconds
        drop_database_connections()

    def __call__(self, execute, sql, params, many, context):
        if self.ends_at is None and self.starts(sql):
            self.begin()
        if self.ends_at is not None and time.monotonic() < self.ends_at:
            raise OperationalError("server closed the connection unexpectedly")
        return execute(sql, params, many, context)


def let_retries_fall_due():
    DBTaskResult.objects.filter(status="READY").update(run_after=timezone.now())


def test_a_connection_dropped_between_the_smtp_250_and_the_save_still_sends_once(
    client, setup, smtp_server
):
    outage = DatabaseOutage(starts=lambda sql: False, seconds=1)
    server = smtp_server(StallingRecorder(on_first=outage.begin, stall=False))
    client.post(setup.url, valid_data(setup, email=""))
    with connection.execute_wrapper(outage):
        run_worker_in_process()
    notification = Notification.objects.get()
    assert len(server.messages) == 1
    assert notification.state == Notification.State.SENT
    assert notification.attempts == 1
    # Whatever the queue still holds for it (the lease's safety net) sends nothing again.
    let_retries_fall_due()
    run_worker_in_process()
    assert len(server.messages) == 1
    assert not DBTaskResult.objects.filter(status="RUNNING").exists()


def test_the_worker_survives_a_database_outage_and_leaves_no_task_running(
    client, setup, smtp_server
):
    server = smtp_server(Recorder())
    client.post(setup.url, valid_data(setup, email=""))
    # The outage starts as the worker takes up the email, and outlasts every quick retry.
    outage = DatabaseOutage(starts=lambda sql: '"forms_notification"."id" = ' in sql, seconds=20)
    with connection.execute_wrapper(outage):
        run_worker_in_process()
        let_retries_fall_due()
        run_worker_in_process()
    notification = Notification.objects.get()
    assert len(server.messages) == 1
    assert notification.state == Notification.State.SENT
    assert not DBTaskResult.objects.filter(status="RUNNING").exists()


# -- a worker process killed with SIGKILL ------------------------------------------------


def worker_database_url(tmp_path):
    """The worker process's view of the test database; SQLite's in-memory one is copied to a
    file and back."""
    if connection.vendor == "postgresql":
        params = connection.settings_dict
        return (
            f"postgres://{params['USER']}:{params['PASSWORD']}@{params['HOST'] or '127.0.0.1'}"
            f":{params['PORT'] or 5432}/{params['NAME']}"
        )
    path = tmp_path / "worker.sqlite3"
    connection.ensure_connection()
    with sqlite3.connect(path) as target:
        connection.connection.backup(target)
    return f"sqlite:///{path}"


def copy_back(url):
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as source:
            source.backup(connection.connection)


def notification_state(url):
    if url.startswith("sqlite:///"):
        with sqlite3.connect(url.removeprefix("sqlite:///")) as db:
            return db.execute("SELECT state FROM forms_notification").fetchone()[0]
    return Notification.objects.get().state


def start_worker(url, server, lease):
    env = {
        **os.environ,
        "DJANGO_SETTINGS_MODULE": "tests.forms.worker_settings",
        "WORKER_DATABASE_URL": url,
        "WORKER_SMTP_PORT": str(server.port),
        "WORKER_LEASE_SECONDS": str(lease),
    }
    return subprocess.Popen(
        [sys.executable, "manage.py", WORKER_COMMAND, "--no-reload", "--no-startup-delay",
         "--interval", "0.2"],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )  # fmt: skip


def wait_for(condition, timeout):
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        if condition():
            return True
        time.sleep(0.2)
    return False


def test_a_worker_killed_mid_send_is_replaced_and_the_email_goes_once_after_the_lease(
    client, setup, smtp_server, tmp_path
):
    lease = 3
    recorder = StallingRecorder()
    server = smtp_server(recorder)
    client.post(setup.url, valid_data(setup, email=""))
    url = worker_database_url(tmp_path)

    first = start_worker(url, server, lease)
    try:
        assert recorder.arrived.wait(120), "the worker never reached the SMTP server"
        first.send_signal(signal.SIGKILL)
        first.wait(30)
    finally:
        first.kill()
        recorder.release.set()
    killed_at = time.monotonic()

    second = start_worker(url, server, lease)
    try:
        assert wait_for(lambda: notification_state(url) == "sent", 120)
        sent_after = time.monotonic() - killed_at
    finally:
        second.send_signal(signal.SIGTERM)
        second.wait(30)
    copy_back(url)

    assert len(server.messages) == 1
    assert sent_after >= lease - 1  # not before the killed worker's lease ended
    notification = Notification.objects.get()
    assert notification.state == Notification.State.SENT
    assert notification.attempts == 2
    assert not DBTaskResult.objects.filter(status="RUNNING").exists()
    assert DBTaskResult.objects.filter(
        status="FAILED", exception_class_path="forms.outbox.WorkerLost"
    ).exists()


def test_supervisors_see_an_email_whose_worker_was_lost_while_sending(
    client, setup, django_user_model
):
    restore_groups()
    client.post(setup.url, valid_data(setup, email=""))
    lost_at = timezone.now() - datetime.timedelta(minutes=1)
    Notification.objects.update(state="sending", attempts=1, lease_expires_at=lost_at)
    reference = Notification.objects.get().complaint.reference
    client.force_login(make_staff(django_user_model, "supervisor", group="Supervisor Pengaduan"))
    assert "1 email belum dapat terkirim" in client.get("/admin/").content.decode()
    listing = client.get("/admin/pengaduan/email/", {"troubled": "true"}).content.decode()
    assert reference in listing
