"""Build a realistic demo site: `make run` calls this on every start.

`home.demo` builds the shell (locales, home pages, unit profile) first; then every other
of our apps with a `demo` module adds its part through `build(home, stdout)`, in
INSTALLED_APPS order. All builders are idempotent, so running the command again changes nothing
that is already there, and an interrupted run is completed by the next.

The builders are deliberately not wrapped in one transaction: inside one, the English home
page was left with a stale child count after wagtail-localize published its translations, and
its children answered 404.
"""

from importlib import import_module
from pathlib import Path

from django.apps import apps
from django.conf import settings
from django.core.management import call_command
from django.core.management.base import BaseCommand
from django.utils.module_loading import module_has_submodule

from home import demo as home_demo


class Command(BaseCommand):
    help = "Load the demo content (idempotent: existing pages are left as they are)."

    def handle(self, *args, **options):
        home = home_demo.build(self.stdout)
        for app_config in apps.get_app_configs():
            if not self._is_project_app(app_config) or app_config.name == "home":
                continue
            if not module_has_submodule(app_config.module, "demo"):
                continue
            import_module(f"{app_config.name}.demo").build(home, self.stdout)
        # Wagtail updates the search index in background tasks; the demo is searchable at once.
        call_command("update_index", verbosity=0)

    @staticmethod
    def _is_project_app(app_config):
        """Our own apps sit at the top of the repository; installed libraries never do."""
        return Path(app_config.path).parent == settings.BASE_DIR
