"""Redaksi and Penyunting may ask for a page's English translation (wagtail-localize's
"submit translation" permission), as the editors' guide tells them to."""

from django.db import migrations

from home.moderation import EDITORS, REVIEWERS, TRANSLATION_PERMISSION, allow_translation_requests


def forwards(apps, schema_editor):
    allow_translation_requests(apps.get_model)


def backwards(apps, schema_editor):
    app_label, codename = TRANSLATION_PERMISSION
    for group in apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, REVIEWERS]):
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label=app_label, codename=codename)
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0009_supervisors_edit_joint_leave_days"),
        ("wagtail_localize", "0006_create_submit_translation_permission"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
