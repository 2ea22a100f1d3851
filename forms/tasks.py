"""Background tasks (django-tasks, database queue; `manage.py db_worker` runs them)."""

from django_tasks import task


@task()
def deliver_notification(notification_id):
    from .models import Notification

    return Notification.deliver(notification_id)
