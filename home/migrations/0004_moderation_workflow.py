"""Create the reviewer group (Penyunting) and the workflow "Redaksi submits, Penyunting approves",
assigned to the root page so it covers every language's home page and everything below it."""

from django.db import migrations

from home.moderation import REVIEWERS, WORKFLOW_NAME, set_up_moderation


def ensure_permissions_exist(apps):
    """Permissions are normally created after all migrations; a fresh database needs them now."""
    from django.contrib.auth.management import create_permissions

    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def forwards(apps, schema_editor):
    ensure_permissions_exist(apps)
    set_up_moderation(apps.get_model)


def backwards(apps, schema_editor):
    apps.get_model("wagtailcore", "Workflow").objects.filter(name=WORKFLOW_NAME).delete()
    apps.get_model("auth", "Group").objects.filter(name=REVIEWERS).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0003_home_page_featured_sections"),
        ("news", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("auth", "0012_alter_user_first_name_max_length"),
    ]

    operations = [migrations.RunPython(forwards, backwards)]
