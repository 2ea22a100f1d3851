"""Complaint staff see personal data, so they must sign in with a second factor (TOTP).

wagtail-2fa enforces it for holders of `wagtailadmin.enable_2fa` (and for superusers, who hold
every permission); editors may opt in.
"""

from django.db import migrations


def require_two_factor(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="wagtailadmin", codename="enable_2fa")
    for group in Group.objects.filter(name="Petugas Pengaduan"):
        group.permissions.add(permission)


def allow_single_factor(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    for group in Group.objects.filter(name="Petugas Pengaduan"):
        group.permissions.remove(
            *group.permissions.filter(content_type__app_label="wagtailadmin", codename="enable_2fa")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0004_moderation_workflow"),
        ("wagtail_2fa", "0001_initial"),
    ]

    operations = [migrations.RunPython(require_two_factor, allow_single_factor)]
