"""Supervisors see every complaint, so, like complaint staff (home 0005), they must sign in
with a second factor: wagtail-2fa enforces it for holders of `wagtailadmin.enable_2fa`."""

from django.db import migrations

SUPERVISORS = "Supervisor Pengaduan"


def require_two_factor(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="wagtailadmin", codename="enable_2fa")
    for group in Group.objects.filter(name=SUPERVISORS):
        group.permissions.add(permission)


def allow_single_factor(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    permission = Permission.objects.get(content_type__app_label="wagtailadmin", codename="enable_2fa")
    for group in Group.objects.filter(name=SUPERVISORS):
        group.permissions.remove(permission)


class Migration(migrations.Migration):
    dependencies = [
        ("forms", "0002_complaint_groups"),
        ("home", "0005_complaint_staff_need_two_factor_sign_in"),
    ]

    operations = [migrations.RunPython(require_two_factor, allow_single_factor)]
