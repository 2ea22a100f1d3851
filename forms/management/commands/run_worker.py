"""The background worker: django-tasks-db's `db_worker`, made to outlive a database outage.

`db_worker` exits on the first database error that is not a lock, and a worker killed in the
middle of a task leaves that task "running" for ever. This command takes the same options.
When the database goes away it closes the connections and tries again with backoff (1 s,
doubling, at most a minute); whenever it starts, and whenever the database is back, it queues
again the emails that a lost worker or the outage left behind (`forms.outbox.reclaim_stuck`),
and makes sure the hourly deadline check is queued (`forms.escalation.ensure_scheduled`).
"""

import logging
import os
import time

from django.db import InterfaceError, OperationalError, connections
from django.utils.autoreload import DJANGO_AUTORELOAD_ENV, run_with_reloader
from django_tasks_db.management.commands import db_worker

from forms import escalation, outbox

logger = logging.getLogger("django_tasks_db")

MAX_BACKOFF_SECONDS = 60
DATABASE_ERRORS = (OperationalError, InterfaceError)


class ResilientWorker(db_worker.Worker):
    def run(self):
        delay = 1
        while self.running:
            started = time.monotonic()
            try:
                reclaimed = outbox.reclaim_stuck(worker_id=self.worker_id)
                if reclaimed:
                    logger.warning("Queued %s email(s) again that were left behind", reclaimed)
                # The deadline check queues its own next run; the first one is queued here.
                escalation.ensure_scheduled()
                super().run()
                return
            except DATABASE_ERRORS as error:
                if time.monotonic() - started > MAX_BACKOFF_SECONDS:
                    delay = 1
                logger.warning(
                    "Database unavailable (%s); the worker tries again in %s s",
                    type(error).__name__,
                    delay,
                )
                for connection in connections.all():
                    connection.close()
                time.sleep(delay)
                delay = min(delay * 2, MAX_BACKOFF_SECONDS)


class Command(db_worker.Command):
    help = "Run the background worker; it survives database outages and reclaims lost emails."

    def handle(self, *, verbosity, queue_name, exclude_queues, reload, batch, **options):
        self.configure_logging(verbosity)
        queue_names = queue_name.split(",")
        worker = ResilientWorker(
            queue_names=queue_names,
            excluded_queue_names=exclude_queues.split(",") if exclude_queues else [],
            batch=batch,
            interval=options["interval"],
            backend_name=options["backend_name"],
            startup_delay=options["startup_delay"],
            max_tasks=options["max_tasks"],
            worker_id=options["worker_id"],
        )
        if reload and not batch:
            if os.environ.get(DJANGO_AUTORELOAD_ENV) == "true":
                worker.configure_signals()
            run_with_reloader(worker.run)
        else:
            worker.configure_signals()
            worker.run()
