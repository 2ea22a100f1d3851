"""Build a realistic demo site: `make run` calls this on every start.

Each app contributes its own `demo.build`; all of them are idempotent, so running the command
again changes nothing that is already there, and an interrupted run is completed by the next.
The builders are deliberately not wrapped in one transaction: inside one, the English home
page was left with a stale child count after wagtail-localize published its translations, and
its children answered 404.
"""

from django.core.management.base import BaseCommand

from home import demo as home_demo


class Command(BaseCommand):
    help = "Load the demo content (idempotent: existing pages are left as they are)."

    def handle(self, *args, **options):
        home_demo.build(self.stdout)
