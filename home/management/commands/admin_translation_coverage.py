"""Measure how much of the admin's packages reads in Indonesian, and fail below the threshold."""

from django.conf import settings
from django.core.management.base import BaseCommand, CommandError

from home.admin_translations import THRESHOLD, coverage, shipped_catalogues, update_catalogue


class Command(BaseCommand):
    help = (
        "Measure each admin package's catalogue (Wagtail, wagtail-localize, 2FA, django-axes, "
        "Django auth) against its English source, as Django serves it in Indonesian. Fails when "
        "a catalogue is below the threshold, and lists the msgids that are missing."
    )

    def add_arguments(self, parser):
        parser.add_argument(
            "--threshold",
            type=float,
            default=THRESHOLD * 100,
            help="the lowest share, in percent, a catalogue may have (default %(default)s)",
        )
        parser.add_argument(
            "--update",
            action="store_true",
            help="merge each catalogue in locale-admin/ with the installed package's source "
            "(after an upgrade) instead of measuring; `make messages` then compiles them",
        )
        parser.add_argument(
            "--quiet-missing", action="store_true", help="print the table only, not the msgids"
        )

    def handle(self, *args, threshold, update, quiet_missing, **options):
        if update:
            for catalogue in shipped_catalogues():
                new = update_catalogue(catalogue)
                path = catalogue.project_path().relative_to(settings.BASE_DIR)
                self.stdout.write(f"{path}: {len(new)} msgids to translate")
            return
        results = coverage()
        width = max(len(result.catalogue.label) for result in results)
        self.stdout.write(f"{'catalogue':<{width}}  msgids  translated  share")
        failing = []
        for result in results:
            share = 100 * result.share
            self.stdout.write(
                f"{result.catalogue.label:<{width}}  {result.total:>6}  {result.translated:>10}"
                f"  {share:5.1f} %"
            )
            if share < threshold:
                failing.append(result)
        total = sum(result.total for result in results)
        translated = sum(result.translated for result in results)
        self.stdout.write(
            f"{'all':<{width}}  {total:>6}  {translated:>10}  {100 * translated / total:5.1f} %"
        )
        for result in results:
            if quiet_missing or not result.missing:
                continue
            self.stdout.write(f"\nMissing in {result.catalogue.label}:")
            for context, msgid in result.missing:
                where = f" [{context}]" if context else ""
                self.stdout.write(f"  {msgid!r}{where}")
        if failing:
            names = ", ".join(result.catalogue.label for result in failing)
            raise CommandError(f"Below {threshold:g} % in Indonesian: {names}")
