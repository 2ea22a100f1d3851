"""The systemd units in site/systemd: valid for systemd, every scheduled job has a timer, and
every command they start exists in this checkout (a management command or a script)."""

import configparser
import os
import shlex
import subprocess

from django.core.management import get_commands

from tests.servers import ROOT

UNITS = ROOT / "site" / "systemd"
INSTALL_ROOT = "/srv/polres"
SCHEDULED = {
    "polres-anonymise": ("anonymise_expired_complaints", "*-*-* 02:30:00"),
    "polres-publish-scheduled": ("publish_scheduled", "*:0/5"),
    "polres-prune-tasks": ("prune_db_task_results", "Sun *-*-* 03:30:00"),
    "polres-backup": ("site/backup/backup.sh", "*-*-* 01:30:00"),
}


def read_unit(path):
    parser = configparser.ConfigParser(interpolation=None, strict=False)
    parser.optionxform = str
    parser.read_string(path.read_text())
    return parser


def started_program(service):
    """(program, first argument) of the service's ExecStart, paths taken in this checkout."""
    words = shlex.split(read_unit(service)["Service"]["ExecStart"])
    if words[0].endswith("/python"):
        assert words[1] == "manage.py"
        return "manage.py", words[2]
    return words[0].removeprefix(INSTALL_ROOT + "/"), None


def test_every_scheduled_job_has_a_timer_that_starts_its_service():
    timers = {path.stem for path in UNITS.glob("*.timer")}
    assert timers == set(SCHEDULED)
    for name, (job, calendar) in SCHEDULED.items():
        timer = read_unit(UNITS / f"{name}.timer")
        assert timer["Timer"]["OnCalendar"] == calendar
        assert timer["Timer"]["Persistent"] == "true"
        assert timer["Install"]["WantedBy"] == "timers.target"
        program, command = started_program(UNITS / f"{name}.service")
        assert job in (program, command)
        assert read_unit(UNITS / f"{name}.service")["Service"]["Type"] == "oneshot"


def test_every_command_a_unit_starts_exists():
    commands = get_commands()
    for service in UNITS.glob("*.service"):
        program, command = started_program(service)
        if program == "manage.py":
            assert command in commands, f"{service.name}: no manage.py command {command}"
        elif program.startswith(".venv/"):
            continue  # gunicorn, installed into the virtualenv
        else:
            assert os.access(ROOT / program, os.X_OK), f"{service.name}: {program} missing"


def test_no_timer_requeues_emails():
    """The worker reclaims unsent e-mails itself; a cron job for it would only hide a fault."""
    for unit in UNITS.iterdir():
        assert "requeue_pending_emails" not in unit.read_text()


def test_systemd_accepts_every_unit(tmp_path):
    """`systemd-analyze verify` on the units as installed, with /srv/polres at this checkout
    (it also checks that each started program exists and is executable)."""
    for unit in UNITS.iterdir():
        (tmp_path / unit.name).write_text(unit.read_text().replace(INSTALL_ROOT, str(ROOT)))
    result = subprocess.run(
        [
            "/usr/bin/systemd-analyze",
            "verify",
            "--man=no",
            *sorted(str(p) for p in tmp_path.iterdir()),
        ],
        capture_output=True,
        text=True,
        check=False,
    )
    assert result.returncode == 0, result.stderr
