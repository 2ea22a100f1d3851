"""The four staff roles as the data migrations leave them, for tests whose database was flushed
(`live_server`): Redaksi, Penyunting (with the editorial workflow), Petugas Pengaduan and
Supervisor Pengaduan (both with the second sign-in factor enforced)."""

import importlib

from django.apps import apps
from django.contrib.auth.models import Group, Permission
from wagtail.models import Collection, GroupCollectionPermission, GroupPagePermission, Page

from home.moderation import allow_translation_requests, set_up_moderation

editor_roles = importlib.import_module("home.migrations.0002_editor_and_complaint_staff_groups")
staff_two_factor = importlib.import_module(
    "home.migrations.0005_complaint_staff_need_two_factor_sign_in"
)
supervisor_two_factor = importlib.import_module(
    "forms.migrations.0003_supervisors_need_two_factor_sign_in"
)
# Permissions that packages create in data migrations, not from a model: a flush loses them.
two_factor_permission = importlib.import_module("wagtail_2fa.migrations.0001_initial")
translation_permission = importlib.import_module(
    "wagtail_localize.migrations.0006_create_submit_translation_permission"
)


def restore_editor_groups():
    translation_permission.create_submit_translation_permission(apps, None)
    editors, _ = Group.objects.get_or_create(name=editor_roles.EDITORS)
    for app_label, model, codename in editor_roles.EDITOR_MODEL_PERMISSIONS:
        permission = Permission.objects.get(content_type__app_label=app_label, codename=codename)
        if model == "admin":
            editors.permissions.add(permission)
            continue
        # wagtail-factories gives each test image its own root collection.
        for collection in Collection.objects.filter(depth=1):
            GroupCollectionPermission.objects.get_or_create(
                group=editors, collection=collection, permission=permission
            )
    for codename in editor_roles.EDITOR_PAGE_PERMISSIONS:
        GroupPagePermission.objects.get_or_create(
            group=editors,
            page=Page.get_first_root_node(),
            permission=Permission.objects.get(codename=codename),
        )
    set_up_moderation(apps.get_model)
    allow_translation_requests(apps.get_model)


def restore_roles():
    from tests.forms.conftest import restore_groups

    restore_editor_groups()
    restore_groups()
    two_factor_permission.create_2fa_permissions(apps, None)
    staff_two_factor.require_two_factor(apps, None)
    supervisor_two_factor.require_two_factor(apps, None)
