"""The "Pengaduan" admin menu: inbox, emails, audit log, staff, categories, guide.

Wagtail's own form-submission views are closed for complaint pages: they would list every
unit's complaints to anyone who can edit the page (Redaksi included) without the audit log.
"""

from django.urls import path, reverse
from django.utils.translation import gettext_lazy as _
from wagtail import hooks
from wagtail.admin.menu import MenuItem
from wagtail.admin.ui.components import Component
from wagtail.admin.ui.tables import Column, StatusTagColumn, TitleColumn
from wagtail.admin.viewsets.base import ViewSetGroup
from wagtail.admin.viewsets.model import ModelViewSet
from wagtail.snippets.models import register_snippet
from wagtail.snippets.views.snippets import SnippetViewSet

from . import admin_views
from . import dashboard as _dashboard  # noqa: F401  (registers its panel)
from .admin_export import EXPORT_HEADINGS
from .models import (
    AuditEntry,
    Complaint,
    ComplaintCategory,
    ComplaintFormPage,
    ComplaintStaffProfile,
    Notification,
)
from .permissions import (
    ComplaintPermissionPolicy,
    SupervisorOnlyPolicy,
    can_list_complaints,
    is_supervisor,
)


class OverdueColumn(Column):
    def get_value(self, instance):
        flags = []
        if instance.is_overdue:
            flags.append(str(_("Overdue")))
        if instance.is_escalated:
            flags.append(str(_("Passed to the leadership")))
        return " · ".join(flags)


class StagesColumn(Column):
    """Each stage's due date and the date it was met, as on the tracking page."""

    cell_template_name = "forms/admin/stages_cell.html"

    def get_value(self, instance):
        return [stage for stage in instance.stages() if stage.key != "received"]


class EmergencyColumn(Column):
    """A badge with words and an icon, so the flag does not depend on colour."""

    cell_template_name = "forms/admin/emergency_cell.html"


class ReadOnlyModelViewSet(ModelViewSet):
    """Listing (and inspecting) only: records are changed through their own audited actions,
    never through a generic edit form, and never deleted."""

    copy_view_enabled = False

    def get_common_view_kwargs(self, **kwargs):
        view_kwargs = super().get_common_view_kwargs(**kwargs)
        for name in (
            "add_url_name",
            "edit_url_name",
            "delete_url_name",
            "history_url_name",
            "usage_url_name",
            "copy_url_name",
        ):
            view_kwargs[name] = None
        return view_kwargs

    def get_urlpatterns(self):
        urlpatterns = [
            path("", self.index_view, name="index"),
            path("results/", self.index_results_view, name="index_results"),
        ]
        if self.inspect_view_enabled:
            urlpatterns.append(path("inspect/<int:pk>/", self.inspect_view, name="inspect"))
        return urlpatterns

    def register_admin_url_finder(self):
        """No edit view to point at."""

    def get_permissions_to_register(self):
        return []


class ComplaintViewSet(ReadOnlyModelViewSet):
    model = Complaint
    name = "complaints"
    url_prefix = "pengaduan/kotak-masuk"
    url_namespace = "forms_complaint"
    icon = "mail"
    menu_label = _("Inbox")
    menu_order = 100
    add_to_admin_menu = False
    index_view_class = admin_views.ComplaintIndexView
    inspect_view_class = admin_views.ComplaintDetailView
    inspect_view_enabled = True
    copy_view_enabled = False
    filterset_class = admin_views.ComplaintFilterSet
    search_fields = ["reference"]
    list_per_page = 30
    list_export = list(EXPORT_HEADINGS)

    @property
    def permission_policy(self):
        return ComplaintPermissionPolicy(Complaint)

    @property
    def list_display(self):
        return [
            TitleColumn(
                "reference",
                label=_("Reference"),
                get_url=lambda complaint: reverse("forms_complaint:inspect", args=[complaint.pk]),
            ),
            EmergencyColumn("emergency_suspected", label=_("Emergency")),
            Column("submit_time", label=_("Sent on"), accessor="submit_time"),
            Column("category", label=_("Category"), accessor="category"),
            Column("assigned_unit", label=_("Unit"), accessor="assigned_unit"),
            StatusTagColumn(
                "status",
                label=_("Status"),
                accessor="get_status_display",
                primary=lambda complaint: not complaint.is_closed,
            ),
            StagesColumn("resolution_due", label=_("Deadlines"), sort_key="resolution_due"),
            OverdueColumn("overdue", label=_("Overdue")),
        ]

    def get_urlpatterns(self):
        policy = self.permission_policy
        return [
            *super().get_urlpatterns(),
            path(
                "<int:pk>/status/",
                admin_views.ChangeStatusView.as_view(permission_policy=policy),
                name="status",
            ),
            path(
                "<int:pk>/assign/",
                admin_views.AssignView.as_view(permission_policy=policy),
                name="assign",
            ),
            path(
                "<int:pk>/note/",
                admin_views.AddNoteView.as_view(permission_policy=policy),
                name="note",
            ),
            path(
                "<int:pk>/reply/",
                admin_views.ReplyView.as_view(permission_policy=policy),
                name="reply",
            ),
            path(
                "<int:pk>/attachments/<int:attachment_pk>/",
                admin_views.AttachmentDownloadView.as_view(permission_policy=policy),
                name="attachment",
            ),
        ]

    def get_permissions_to_register(self):
        from django.contrib.auth.models import Permission

        return Permission.objects.filter(
            content_type__app_label="forms",
            codename__in=[
                "view_complaint",
                "change_complaint",
                "view_all_complaints",
                "export_complaints",
            ],
        )


class NotificationViewSet(ReadOnlyModelViewSet):
    model = Notification
    name = "notifications"
    url_prefix = "pengaduan/email"
    url_namespace = "forms_notification"
    icon = "mail"
    menu_label = _("Emails")
    menu_order = 200
    add_to_admin_menu = False
    index_view_class = admin_views.NotificationIndexView
    filterset_class = admin_views.NotificationFilterSet
    copy_view_enabled = False
    list_display = ["complaint", "kind", "state", "attempts", "next_attempt_at", "last_error"]

    @property
    def permission_policy(self):
        return SupervisorOnlyPolicy(Notification)

    def get_urlpatterns(self):
        return [
            *super().get_urlpatterns(),
            path("<int:pk>/retry/", admin_views.RetryNotificationView.as_view(), name="retry"),
        ]


class AuditEntryViewSet(ReadOnlyModelViewSet):
    model = AuditEntry
    name = "audit"
    url_prefix = "pengaduan/log"
    url_namespace = "forms_audit"
    icon = "history"
    menu_label = _("Audit log")
    menu_order = 300
    add_to_admin_menu = False
    index_view_class = admin_views.AuditIndexView
    filterset_class = admin_views.AuditFilterSet
    copy_view_enabled = False
    search_fields = ["reference", "username", "detail"]
    list_display = ["created_at", "username", "action", "reference", "detail"]

    @property
    def permission_policy(self):
        return SupervisorOnlyPolicy(AuditEntry)


class StaffProfileViewSet(ModelViewSet):
    model = ComplaintStaffProfile
    name = "complaint-staff"
    url_prefix = "pengaduan/petugas"
    url_namespace = "forms_staff"
    icon = "group"
    menu_label = _("Staff and units")
    menu_order = 400
    add_to_admin_menu = False
    copy_view_enabled = False
    form_fields = ["user", "units", "heads"]
    list_display = ["__str__", "user"]


class CategoryViewSet(SnippetViewSet):
    model = ComplaintCategory
    icon = "tag"
    add_to_admin_menu = False
    list_display = ["name", "handling_unit", "inbox_emails", "active", "sort_order"]
    list_filter = ["active", "handling_unit"]


class CategoriesMenuItem(MenuItem):
    def is_shown(self, request):
        return request.user.is_superuser


class GuideMenuItem(MenuItem):
    def is_shown(self, request):
        return can_list_complaints(request.user)


class ComplaintsGroup(ViewSetGroup):
    menu_label = _("Complaints")
    menu_icon = "mail"
    menu_order = 150
    items = [ComplaintViewSet, NotificationViewSet, AuditEntryViewSet, StaffProfileViewSet]

    def get_submenu_items(self):
        return [
            *super().get_submenu_items(),
            CategoriesMenuItem(
                _("Categories and inboxes"),
                reverse("wagtailsnippets_forms_complaintcategory:list"),
                icon_name="tag",
                order=500,
            ),
            GuideMenuItem(
                _("Staff guide"),
                reverse("forms_staff_guide"),
                icon_name="help",
                order=600,
            ),
        ]


register_snippet(CategoryViewSet)


@hooks.register("register_admin_viewset")
def register_complaints_group():
    return ComplaintsGroup()


@hooks.register("register_admin_urls")
def register_guide_url():
    return [path("pengaduan/panduan/", admin_views.staff_guide_view, name="forms_staff_guide")]


@hooks.register("filter_form_submissions_for_user")
def hide_complaint_submissions(user, editable_forms):
    """Complaints never appear in Wagtail's generic "Forms" submissions, for anyone."""
    return editable_forms.not_type(ComplaintFormPage)


class ComplaintsSummaryPanel(Component):
    name = "complaints_summary"
    order = 50
    template_name = "forms/admin/dashboard_panel.html"

    def __init__(self, request):
        self.request = request

    def get_context_data(self, parent_context):
        user = self.request.user
        supervisor = is_supervisor(user)
        return {
            "overdue": admin_views.overdue_count(user),
            "open": admin_views.visible_complaints(user).open().count(),
            "troubled_emails": admin_views.troubled_email_count() if supervisor else None,
            "inbox_url": reverse("forms_complaint:index"),
            "emails_url": reverse("forms_notification:index") + "?troubled=true",
            "guide_url": reverse("forms_staff_guide"),
        }


@hooks.register("construct_homepage_panels")
def add_complaints_panel(request, panels):
    if can_list_complaints(request.user):
        panels.append(ComplaintsSummaryPanel(request))


@hooks.register("before_delete_page")
def keep_pages_with_complaints(request, page):
    """A form page that holds complaints cannot be deleted: nothing may be lost."""
    from django.contrib import messages
    from django.shortcuts import redirect

    if (
        isinstance(page.specific, ComplaintFormPage)
        and Complaint.objects.filter(page=page).exists()
    ):
        messages.error(
            request,
            _("This page holds complaints and cannot be deleted. Unpublish it instead."),
        )
        return redirect("wagtailadmin_pages:edit", page.pk)
    return None
