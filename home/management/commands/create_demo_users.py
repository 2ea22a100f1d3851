"""Demo logins for each role, so a newcomer can try the admin as every kind of user.

Development only: the command refuses to run unless DEBUG is on, so these well-known passwords
can never reach a public server.
"""

from importlib import import_module

from django.apps import apps
from django.conf import settings
from django.contrib.auth import get_user_model
from django.contrib.auth.models import Group
from django.core.management.base import BaseCommand, CommandError
from django.utils.module_loading import module_has_submodule

DEMO_PASSWORD = "demo-polres-2026"  # noqa: S105 - printed on purpose, development only
DEMO_USERS = [
    # username, full name, groups, superuser
    ("admin", "Admin Demo", [], True),
    ("redaksi", "Redaksi Demo", ["Redaksi"], False),
    ("penyunting", "Penyunting Demo", ["Penyunting"], False),
    ("petugas", "Petugas Pengaduan Demo", ["Petugas Pengaduan"], False),
    ("supervisor", "Supervisor Pengaduan Demo", ["Supervisor Pengaduan"], False),
]


class Command(BaseCommand):
    help = "Create the demo users for each role (development only) and print their logins."

    def handle(self, *args, **options):
        if not settings.DEBUG:
            raise CommandError("Demo users are for development only (DEBUG is off).")
        User = get_user_model()
        for username, full_name, group_names, is_superuser in DEMO_USERS:
            first_name, last_name = full_name.rsplit(" ", 1)
            user, created = User.objects.get_or_create(
                username=username,
                defaults={
                    "first_name": first_name,
                    "last_name": last_name,
                    "email": f"{username}@example.id",
                    "is_staff": is_superuser,
                    "is_superuser": is_superuser,
                },
            )
            if created:
                user.set_password(DEMO_PASSWORD)
                user.save()
                user.groups.set(Group.objects.filter(name__in=group_names))
        # Apps whose demo content needs the users (e.g. complaint staff's units) link them now.
        for app_config in apps.get_app_configs():
            if module_has_submodule(app_config.module, "demo"):
                demo = import_module(f"{app_config.name}.demo")
                if hasattr(demo, "link_demo_users"):
                    demo.link_demo_users(self.stdout)
        self.stdout.write("Demo logins at /admin/ (development only):")
        for username, _name, group_names, is_superuser in DEMO_USERS:
            role = "superuser" if is_superuser else ", ".join(group_names)
            self.stdout.write(f"  {username:<10} {DEMO_PASSWORD}   ({role})")
