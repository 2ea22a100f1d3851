"""Wagtail admin views for complaint staff: inbox, detail, actions, downloads, guide."""

from pathlib import Path

import django_filters
from django.conf import settings
from django.contrib import messages
from django.core.exceptions import PermissionDenied, ValidationError
from django.http import FileResponse, Http404, HttpResponse
from django.shortcuts import get_object_or_404, redirect
from django.template.response import TemplateResponse
from django.utils.http import content_disposition_header
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from django.views import View
from wagtail.admin.active_filters import (
    ActiveFilter,
    BaseFilterAdapter,
    register_filter_adapter_class,
)
from wagtail.admin.filters import DateRangePickerWidget, WagtailFilterSet
from wagtail.admin.views.generic import IndexView, InspectView
from wagtail.models import Locale

from home.guides import render_guide
from services.models import Unit

from . import outbox
from .admin_export import ComplaintExportMixin
from .admin_forms import AssignForm, NoteForm, ReplyForm, StatusForm
from .models import (
    Attachment,
    AuditEntry,
    Complaint,
    ComplaintCategory,
    Notification,
    Status,
)
from .permissions import is_supervisor, private_response, visible_complaints


class BooleanFilterAdapter(BaseFilterAdapter):
    """An active yes/no filter ("Kemungkinan darurat: Ya") reads in the admin's language;
    Wagtail's default shows the Python value, "True"."""

    def get_active_filters(self):
        yield ActiveFilter(
            self.bound_field.auto_id,
            self.filter.label,
            _("Yes") if self.value else _("No"),
            self.get_url_without_filter_param(self.name),
        )


register_filter_adapter_class(django_filters.BooleanFilter, BooleanFilterAdapter)


class ComplaintFilterSet(WagtailFilterSet):
    status = django_filters.ChoiceFilter(label=gettext_lazy("Status"), choices=Status.choices)
    category = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Category"),
        queryset=lambda request: ComplaintCategory.objects.filter(locale=Locale.get_default()),
    )
    assigned_unit = django_filters.ModelChoiceFilter(
        label=gettext_lazy("Unit"), queryset=Unit.objects.all()
    )
    overdue = django_filters.BooleanFilter(label=gettext_lazy("Overdue"), method="filter_overdue")
    escalated = django_filters.BooleanFilter(
        label=gettext_lazy("Passed to the leadership"), method="filter_escalated"
    )
    emergency_suspected = django_filters.BooleanFilter(label=gettext_lazy("Possible emergency"))
    submit_time = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Sent on"), widget=DateRangePickerWidget
    )

    class Meta:
        model = Complaint
        fields = [
            "status",
            "category",
            "assigned_unit",
            "overdue",
            "escalated",
            "emergency_suspected",
            "submit_time",
        ]

    def filter_overdue(self, queryset, name, value):
        if value is None:
            return queryset
        overdue = queryset.overdue()
        return overdue if value else queryset.exclude(pk__in=overdue.values("pk"))

    def filter_escalated(self, queryset, name, value):
        if value is None:
            return queryset
        return queryset.escalated() if value else queryset.filter(escalated_at__isnull=True)


class ComplaintIndexView(ComplaintExportMixin, IndexView):
    """The inbox: only the complaints this user may see; export for supervisors, audited."""

    any_permission_required = ["view"]

    def get_base_queryset(self):
        return (
            visible_complaints(self.request.user, super().get_base_queryset())
            .select_related("category", "assigned_unit", "district", "review")
            .prefetch_related("status_changes")
        )


class ComplaintDetailView(InspectView):
    """All of a complaint: viewing it is recorded, because it shows personal data."""

    any_permission_required = ["view"]
    template_name = "forms/admin/complaint_detail.html"
    page_title = gettext_lazy("Complaint")

    def get_object(self, queryset=None):
        complaint = get_object_or_404(Complaint, pk=self.pk)
        if not visible_complaints(self.request.user).filter(pk=complaint.pk).exists():
            raise PermissionDenied
        return complaint

    def get_fields(self):
        return []

    def get(self, request, *args, **kwargs):
        AuditEntry.record(request.user, AuditEntry.Action.VIEWED, self.object)
        # The page shows the reporter's messages in full: which ones this user read is kept.
        message_ids = list(self.object.reporter_messages.values_list("pk", flat=True))
        if message_ids:
            AuditEntry.record(
                request.user,
                AuditEntry.Action.MESSAGES_VIEWED,
                self.object,
                ", ".join(f"#{pk}" for pk in message_ids),
            )
        return private_response(super().get(request, *args, **kwargs))

    def get_context_data(self, **kwargs):
        context = super().get_context_data(**kwargs)
        complaint = self.object
        can_change = self.permission_policy.user_has_permission_for_instance(
            self.request.user, "change", complaint
        )
        context.update(
            {
                "complaint": complaint,
                "stages": complaint.stages(),
                "review": complaint.review_or_none,
                "timeline": complaint.public_timeline(),
                "thread": complaint.staff_thread(),
                "can_change": can_change,
                "is_supervisor": is_supervisor(self.request.user),
                "status_form": StatusForm(complaint=complaint) if can_change else None,
                "assign_form": AssignForm(
                    initial={
                        "unit": complaint.assigned_unit_id,
                        "officer": complaint.assigned_officer_id,
                    }
                )
                if can_change
                else None,
                "note_form": NoteForm() if can_change else None,
                "reply_form": ReplyForm() if can_change else None,
                "url_namespace": "forms_complaint",
                "audit_entries": complaint.audit_entries.select_related("user")[:50]
                if is_supervisor(self.request.user)
                else None,
            }
        )
        return context


class ComplaintActionView(View):
    """Base for the POST-only actions on one complaint."""

    form_class = None
    success_message = ""
    permission_policy = None

    def dispatch(self, request, pk):
        if request.method != "POST":
            raise Http404
        self.complaint = get_object_or_404(Complaint, pk=pk)
        policy = self.permission_policy
        if not policy.user_has_permission_for_instance(request.user, "change", self.complaint):
            raise PermissionDenied
        form = self.get_form(request.POST)
        if form.is_valid():
            try:
                self.act(form)
            except ValidationError as error:
                messages.error(request, " ".join(error.messages))
            else:
                messages.success(request, self.success_message)
        else:
            errors = "; ".join(
                f"{form.fields[name].label if name in form.fields else ''}: {' '.join(msgs)}"
                for name, msgs in form.errors.items()
            )
            messages.error(request, errors)
        return redirect("forms_complaint:inspect", self.complaint.pk)

    def get_form(self, data):
        return self.form_class(data)


class ChangeStatusView(ComplaintActionView):
    success_message = gettext_lazy("The status has been changed.")

    def get_form(self, data):
        return StatusForm(data, complaint=self.complaint)

    def act(self, form):
        self.complaint.change_status(
            form.cleaned_data["status"], user=self.request.user, reason=form.cleaned_data["reason"]
        )


class AssignView(ComplaintActionView):
    form_class = AssignForm
    success_message = gettext_lazy("The assignment has been saved.")

    def act(self, form):
        self.complaint.assign(
            user=self.request.user,
            unit=form.cleaned_data["unit"],
            officer=form.cleaned_data["officer"],
        )


class AddNoteView(ComplaintActionView):
    form_class = NoteForm
    success_message = gettext_lazy("The note has been added.")

    def act(self, form):
        self.complaint.add_note(form.cleaned_data["body"], user=self.request.user)


class ReplyView(ComplaintActionView):
    form_class = ReplyForm
    success_message = gettext_lazy("The reply has been saved and will be sent.")

    def act(self, form):
        self.complaint.reply(form.cleaned_data["body"], user=self.request.user)


class AttachmentDownloadView(View):
    """Evidence, only to staff who may see the complaint, always as a download."""

    permission_policy = None

    def get(self, request, pk, attachment_pk):
        attachment = get_object_or_404(Attachment, pk=attachment_pk, complaint_id=pk)
        if not self.permission_policy.user_has_permission_for_instance(
            request.user, "view", attachment.complaint
        ):
            raise PermissionDenied
        if settings.PRIVATE_MEDIA_ACCEL_REDIRECT:
            response = self.accel_redirect(attachment)
        else:
            try:
                handle = attachment.file.open("rb")
            except FileNotFoundError as error:
                raise Http404 from error
            response = FileResponse(
                handle,
                as_attachment=True,
                filename=attachment.download_name,
                content_type=attachment.content_type,
            )
        AuditEntry.record(
            request.user,
            AuditEntry.Action.ATTACHMENT_DOWNLOADED,
            attachment.complaint,
            attachment.original_name,
        )
        response["Content-Security-Policy"] = "default-src 'none'; sandbox"
        return private_response(response)

    @staticmethod
    def accel_redirect(attachment):
        """Let nginx send the file from its internal location once permission is checked
        (site/nginx/polres.conf), so a large file never ties up an app worker."""
        response = HttpResponse(content_type=attachment.content_type)
        response["X-Accel-Redirect"] = settings.PRIVATE_MEDIA_ACCEL_REDIRECT + attachment.file.name
        response["Content-Disposition"] = content_disposition_header(
            as_attachment=True, filename=attachment.download_name
        )
        return response


class NotificationIndexView(IndexView):
    any_permission_required = ["view"]

    def get_base_queryset(self):
        return super().get_base_queryset().select_related("complaint")


class NotificationFilterSet(WagtailFilterSet):
    state = django_filters.ChoiceFilter(
        label=gettext_lazy("State"), choices=Notification.State.choices
    )
    troubled = django_filters.BooleanFilter(
        label=gettext_lazy("Failed at least once"), method="filter_troubled"
    )

    class Meta:
        model = Notification
        fields = ["state", "kind"]

    def filter_troubled(self, queryset, name, value):
        if value is None:
            return queryset
        troubled = queryset.troubled()
        return troubled if value else queryset.exclude(pk__in=troubled.values("pk"))


class RetryNotificationView(View):
    permission_policy = None

    def post(self, request, pk):
        if not is_supervisor(request.user):
            raise PermissionDenied
        notification = get_object_or_404(Notification, pk=pk)
        if notification.state == Notification.State.SENT:
            messages.info(request, _("This email has already been sent."))
        else:
            outbox.retry_now(notification, request.user)
            messages.success(request, _("The email will be sent again."))
        return redirect("forms_notification:index")


class AuditIndexView(IndexView):
    any_permission_required = ["view"]


class AuditFilterSet(WagtailFilterSet):
    created_at = django_filters.DateFromToRangeFilter(
        label=gettext_lazy("Time"), widget=DateRangePickerWidget
    )

    class Meta:
        model = AuditEntry
        fields = ["action", "user", "created_at"]


GUIDE_PATH = Path(settings.BASE_DIR) / "docs" / "panduan-petugas-pengaduan.md"


def staff_guide_view(request):
    from .permissions import can_list_complaints

    if not can_list_complaints(request.user):
        raise PermissionDenied
    return TemplateResponse(
        request,
        "home/admin/guide.html",
        {"guide": render_guide(GUIDE_PATH), "page_title": _("Complaint staff guide")},
    )


def overdue_count(user):
    return visible_complaints(user).overdue().count()


def troubled_email_count():
    return Notification.objects.troubled().count()
