"""Complaints received before the verification-and-processing stage existed get its deadline,
counted as new complaints count it (`forms.stages.processing_due_for`)."""

from django.db import migrations


def backfill(apps, schema_editor):
    from forms.stages import processing_due_for

    Complaint = apps.get_model("forms", "Complaint")
    for complaint in Complaint.objects.filter(processing_due__isnull=True).iterator():
        complaint.processing_due = processing_due_for(
            complaint.first_response_due, complaint.resolution_due
        )
        complaint.save(update_fields=["processing_due"])


class Migration(migrations.Migration):
    dependencies = [
        ("forms", "0009_complaint_stages_escalation_and_review"),
        ("home", "0008_joint_leave_days"),
    ]

    operations = [migrations.RunPython(backfill, migrations.RunPython.noop)]
