"""The `ImportantPages` setting, filled for each site with the complaint form that the links
found by its address until now: the page at `pengaduan/` below the site's home page."""

import django.db.models.deletion
from django.db import migrations, models

COMPLAINT_SLUG = "pengaduan"


def choose_existing_complaint_page(apps, schema_editor):
    Page = apps.get_model("wagtailcore", "Page")
    Site = apps.get_model("wagtailcore", "Site")
    ImportantPages = apps.get_model("home", "ImportantPages")
    for site in Site.objects.select_related("root_page"):
        root = site.root_page
        page = Page.objects.filter(
            path__startswith=root.path, depth=root.depth + 1, slug=COMPLAINT_SLUG
        ).first()
        if page is None:
            continue
        important, _ = ImportantPages.objects.get_or_create(site=site)
        if important.complaint_page_id is None:
            important.complaint_page = page
            important.save()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0005_complaint_staff_need_two_factor_sign_in"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
    ]

    operations = [
        migrations.CreateModel(
            name="ImportantPages",
            fields=[
                (
                    "id",
                    models.BigAutoField(
                        auto_created=True, primary_key=True, serialize=False, verbose_name="ID"
                    ),
                ),
                (
                    "complaint_page",
                    models.ForeignKey(
                        blank=True,
                        help_text="The complaint form in the default language; its translations "
                        "and its tracking page are found from it.",
                        null=True,
                        on_delete=django.db.models.deletion.SET_NULL,
                        related_name="+",
                        to="wagtailcore.page",
                        verbose_name="complaint form",
                    ),
                ),
                (
                    "site",
                    models.OneToOneField(
                        editable=False,
                        on_delete=django.db.models.deletion.CASCADE,
                        to="wagtailcore.site",
                    ),
                ),
            ],
            options={"verbose_name": "important pages"},
        ),
        migrations.RunPython(choose_existing_complaint_page, migrations.RunPython.noop),
    ]
