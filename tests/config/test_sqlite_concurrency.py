"""SQLite, the embedded default, shared by the web process and the worker as under `make run`.

Two processes with the project's settings write to one SQLite file at once, each in
transactions that read before they write (as Wagtail's reference index update and the worker's
task bookkeeping do). None of them may fail with "database is locked".

As under `make run`, a first process with the same settings (there, `migrate`) makes the file
before the two start, so it is already in write-ahead-log mode when they open it.
"""

import sqlite3
import subprocess
import sys

from tests.servers import ROOT

WRITER = """
import pathlib, sys, time
import django
django.setup()
from django.db import connection, transaction

name, folder = sys.argv[1], pathlib.Path(sys.argv[2])
(folder / f"ready-{name}").touch()
while len(list(folder.glob("ready-*"))) < 2:  # start together, once both have loaded Django
    time.sleep(0.01)
for number in range(40):
    with transaction.atomic(), connection.cursor() as cursor:
        cursor.execute("SELECT COUNT(*) FROM writes")
        time.sleep(0.002)
        cursor.execute("INSERT INTO writes VALUES (%s, %s)", [name, number])
"""


MIGRATE = """
import django
django.setup()
from django.db import connection
with connection.cursor() as cursor:
    cursor.execute("CREATE TABLE writes (process TEXT, number INTEGER)")
"""


def last_lines(stderr):
    """What a writer printed last: its traceback, past the settings' start-up warnings."""
    return "\n".join(stderr.splitlines()[-6:])


def test_the_web_process_and_the_worker_write_to_sqlite_at_once_without_a_lock_error(tmp_path):
    database = tmp_path / "db.sqlite3"
    env = {
        "PATH": "/usr/bin:/bin",
        "DJANGO_SETTINGS_MODULE": "config.settings.dev",
        "DATABASE_URL": f"sqlite:///{database}",
    }
    subprocess.run([sys.executable, "-c", MIGRATE], cwd=ROOT, env=env, check=True)
    writers = [
        subprocess.Popen(
            [sys.executable, "-c", WRITER, name, str(tmp_path)],
            cwd=ROOT,
            env=env,
            stderr=subprocess.PIPE,
            text=True,
        )
        for name in ("web", "worker")
    ]
    errors = [last_lines(writer.communicate(timeout=60)[1]) for writer in writers]
    assert [writer.returncode for writer in writers] == [0, 0], "\n\n".join(errors)
    with sqlite3.connect(database) as connection:
        assert connection.execute("SELECT COUNT(*) FROM writes").fetchone() == (80,)
        assert connection.execute("PRAGMA journal_mode").fetchone() == ("wal",)
