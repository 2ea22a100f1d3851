"""Complaint supervisors keep the joint leave days (cuti bersama) each year's decree announces:
they decide the complaint deadlines. Redaksi and the complaint officers only follow them."""

from django.db import migrations

SUPERVISORS = "Supervisor Pengaduan"
ACTIONS = ["add", "change", "delete", "view"]


def grant(apps, schema_editor):
    from django.contrib.auth.management import create_permissions

    app_config = apps.get_app_config("home")
    app_config.models_module = True
    create_permissions(app_config, apps=apps, verbosity=0)
    app_config.models_module = None
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    supervisors, _ = Group.objects.get_or_create(name=SUPERVISORS)
    supervisors.permissions.add(
        *Permission.objects.filter(
            content_type__app_label="home",
            codename__in=[f"{action}_jointleaveday" for action in ACTIONS],
        )
    )


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    for group in Group.objects.filter(name=SUPERVISORS):
        group.permissions.remove(
            *Permission.objects.filter(
                content_type__app_label="home", codename__endswith="_jointleaveday"
            )
        )


class Migration(migrations.Migration):
    dependencies = [("home", "0008_joint_leave_days")]

    operations = [migrations.RunPython(grant, revoke)]
