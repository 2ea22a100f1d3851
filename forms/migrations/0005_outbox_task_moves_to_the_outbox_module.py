"""The email-sending task is defined in `forms.outbox` now: point the tasks still waiting in the
queue at it, so none is left unrunnable."""

from django.db import migrations

OLD_PATH = "forms.tasks.deliver_notification"
NEW_PATH = "forms.outbox.deliver_notification"


def move(apps, schema_editor, old=OLD_PATH, new=NEW_PATH):
    DBTaskResult = apps.get_model("django_tasks_database", "DBTaskResult")
    DBTaskResult.objects.filter(task_path=old, status="READY").update(task_path=new)


def move_back(apps, schema_editor):
    move(apps, schema_editor, old=NEW_PATH, new=OLD_PATH)


class Migration(migrations.Migration):
    dependencies = [
        ("forms", "0004_complaint_records_leave_the_reference_index"),
        ("django_tasks_database", "0021_conditional_partial_index_ordering"),
    ]

    operations = [migrations.RunPython(move, move_back)]
