"""The complaint roles in every database, production included.

- Petugas Pengaduan (created by home) handle the complaints of their units.
- Supervisor Pengaduan see every complaint, the audit log and the outbox, export, and say which
  units each member of staff handles.
Redaksi get nothing here. Categories (and so inbox addresses) are left to superusers.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

STAFF = "Petugas Pengaduan"
SUPERVISORS = "Supervisor Pengaduan"

STAFF_PERMISSIONS = [
    ("wagtailadmin", "access_admin"),
    ("forms", "view_complaint"),
    ("forms", "change_complaint"),
]
SUPERVISOR_PERMISSIONS = [
    *STAFF_PERMISSIONS,
    ("forms", "view_all_complaints"),
    ("forms", "export_complaints"),
    ("forms", "add_complaintstaffprofile"),
    ("forms", "change_complaintstaffprofile"),
    ("forms", "delete_complaintstaffprofile"),
    ("forms", "view_complaintstaffprofile"),
]


def ensure_permissions_exist(apps):
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def grant(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")

    def permissions(pairs):
        return [
            Permission.objects.get(content_type__app_label=app_label, codename=codename)
            for app_label, codename in pairs
        ]

    staff, _ = Group.objects.get_or_create(name=STAFF)
    staff.permissions.add(*permissions(STAFF_PERMISSIONS))
    supervisors, _ = Group.objects.get_or_create(name=SUPERVISORS)
    supervisors.permissions.add(*permissions(SUPERVISOR_PERMISSIONS))


def revoke(apps, schema_editor):
    Group = apps.get_model("auth", "Group")
    Group.objects.filter(name=SUPERVISORS).delete()
    staff = Group.objects.filter(name=STAFF).first()
    if staff is not None:
        staff.permissions.remove(
            *staff.permissions.filter(content_type__app_label="forms")
        )


class Migration(migrations.Migration):
    dependencies = [
        ("forms", "0001_initial"),
        ("home", "0002_editor_and_complaint_staff_groups"),
    ]

    operations = [migrations.RunPython(grant, revoke)]
