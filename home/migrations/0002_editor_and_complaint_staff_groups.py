"""Create the two staff roles in every database, production included.

Redaksi (public-relations editors) edit pages, images and documents but never see complaints.
Petugas Pengaduan (complaint staff) reach the admin; their complaint permissions are granted by
the complaints app's own migrations.
"""

from django.contrib.auth.management import create_permissions
from django.db import migrations

EDITORS = "Redaksi"
COMPLAINT_STAFF = "Petugas Pengaduan"

EDITOR_MODEL_PERMISSIONS = [
    ("wagtailadmin", "admin", "access_admin"),
    ("wagtailimages", "image", "add_image"),
    ("wagtailimages", "image", "change_image"),
    ("wagtailimages", "image", "delete_image"),
    ("wagtailimages", "image", "choose_image"),
    ("wagtaildocs", "document", "add_document"),
    ("wagtaildocs", "document", "change_document"),
    ("wagtaildocs", "document", "delete_document"),
    ("wagtaildocs", "document", "choose_document"),
]
# Editors draft and submit pages; publishing goes through moderation.
EDITOR_PAGE_PERMISSIONS = ["add_page", "change_page", "lock_page", "unlock_page"]


def ensure_permissions_exist(apps):
    """Permissions are normally created after all migrations; a fresh database needs them now."""
    for app_config in apps.get_app_configs():
        app_config.models_module = True
        create_permissions(app_config, apps=apps, verbosity=0)
        app_config.models_module = None


def create_groups(apps, schema_editor):
    ensure_permissions_exist(apps)
    Group = apps.get_model("auth", "Group")
    Permission = apps.get_model("auth", "Permission")
    Collection = apps.get_model("wagtailcore", "Collection")
    GroupCollectionPermission = apps.get_model("wagtailcore", "GroupCollectionPermission")
    Page = apps.get_model("wagtailcore", "Page")
    GroupPagePermission = apps.get_model("wagtailcore", "GroupPagePermission")

    def permission(app_label, codename):
        return Permission.objects.get(content_type__app_label=app_label, codename=codename)

    editors, _ = Group.objects.get_or_create(name=EDITORS)
    root_collection = Collection.objects.filter(depth=1).first()
    for app_label, model, codename in EDITOR_MODEL_PERMISSIONS:
        perm = permission(app_label, codename)
        if model == "admin":
            editors.permissions.add(perm)
        elif root_collection is not None:
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=root_collection, permission=perm
            )
    root_page = Page.objects.filter(depth=1).first()
    if root_page is not None:
        for codename in EDITOR_PAGE_PERMISSIONS:
            GroupPagePermission.objects.get_or_create(
                group=editors, page=root_page, permission=permission("wagtailcore", codename)
            )

    complaint_staff, _ = Group.objects.get_or_create(name=COMPLAINT_STAFF)
    complaint_staff.permissions.add(permission("wagtailadmin", "access_admin"))


def remove_groups(apps, schema_editor):
    apps.get_model("auth", "Group").objects.filter(name__in=[EDITORS, COMPLAINT_STAFF]).delete()


class Migration(migrations.Migration):
    dependencies = [
        ("home", "0001_initial"),
        ("wagtailcore", "0097_baselogentry_uuid_action_timestamp_indexes"),
        ("wagtailimages", "0027_image_description"),
        ("wagtaildocs", "0014_alter_document_file_size"),
        ("wagtailadmin", "0006_formstate"),
    ]

    operations = [migrations.RunPython(create_groups, remove_groups)]
