"""Background tasks (django-tasks, database queue; `manage.py db_worker` runs them)."""

from django_tasks import task

# Ahead of Wagtail's search- and reference-index tasks: after a bulk import thousands of those
# can be queued, and a citizen's receipt or a unit's inbox email must not wait behind them.
NOTIFICATION_PRIORITY = 50


@task(priority=NOTIFICATION_PRIORITY)
def deliver_notification(notification_id):
    from .models import Notification

    return Notification.deliver(notification_id)
