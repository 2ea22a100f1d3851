"""Complaint records no longer go into Wagtail's reference index (see forms.models.records):
drop the entries already made for them, so no category or page lists complaints as usage."""

from django.db import migrations

COMPLAINT_RECORDS = [
    "complaint",
    "statuschange",
    "reply",
    "internalnote",
    "attachment",
    "notification",
    "auditentry",
]


def drop_entries(apps, schema_editor):
    ContentType = apps.get_model("contenttypes", "ContentType")
    ReferenceIndex = apps.get_model("wagtailcore", "ReferenceIndex")
    types = ContentType.objects.filter(app_label="forms", model__in=COMPLAINT_RECORDS)
    ReferenceIndex.objects.filter(content_type__in=types).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("forms", "0003_supervisors_need_two_factor_sign_in"),
        ("wagtailcore", "0096_referenceindex_referenceindex_source_object_and_more"),
        ("contenttypes", "0002_remove_content_type_name"),
    ]

    operations = [migrations.RunPython(drop_entries, migrations.RunPython.noop)]
