"""The supervisors' complaint export (CSV and XLSX from the inbox): its columns, how each
value is read, and what a spreadsheet must never run. Every export is recorded in the audit log.

A column is a dotted path from the complaint (`district.name`). Any step of it may be empty,
because the form leaves district, place, date and contact details optional: an empty step
gives an empty cell, never an error halfway through the file.
"""

from django.core.exceptions import PermissionDenied
from django.utils.translation import gettext as _
from django.utils.translation import gettext_lazy
from wagtail.coreutils import multigetattr

from .models import AuditEntry
from .permissions import can_export, private_response

FORMULA_PREFIXES = ("=", "+", "-", "@", "\t", "\r", "\n")

EXPORT_HEADINGS = {
    "reference": gettext_lazy("Reference"),
    "submit_time": gettext_lazy("Sent on"),
    "category.name": gettext_lazy("Category"),
    "assigned_unit.name": gettext_lazy("Unit"),
    "district.name": gettext_lazy("District"),
    "get_status_display": gettext_lazy("Status"),
    "get_reporter_mode_display": gettext_lazy("Reporter"),
    "first_response_due": gettext_lazy("First response due"),
    "resolution_due": gettext_lazy("Resolution due"),
    "is_overdue": gettext_lazy("Overdue"),
    "closed_at": gettext_lazy("Closed at"),
    "description": gettext_lazy("Description"),
}


def neutralise_formula(value):
    """Text a spreadsheet would run as a formula is prefixed with an apostrophe."""
    if isinstance(value, str) and value.startswith(FORMULA_PREFIXES):
        return "'" + value
    return value


def export_value(item, path):
    """The value at a dotted path, or None as soon as a step on the way is empty."""
    for name in path.split("."):
        if item is None:
            return None
        item = multigetattr(item, name)
    return item


class ComplaintExportMixin:
    """For the inbox view: export only for those allowed, null-safe columns, text that
    cannot run, responses that are never cached, and an audit entry for each file."""

    export_filename = "pengaduan"
    export_headings = EXPORT_HEADINGS

    def dispatch(self, request, *args, **kwargs):
        if self.is_export and not can_export(request.user):
            raise PermissionDenied
        return super().dispatch(request, *args, **kwargs)

    @property
    def show_export_buttons(self):
        return bool(self.list_export) and can_export(self.request.user)

    def to_row_dict(self, item):
        return {path: export_value(item, path) for path in self.list_export}

    def preprocess_field_value(self, field, value, export_format):
        return neutralise_formula(super().preprocess_field_value(field, value, export_format))

    def as_spreadsheet(self, queryset, spreadsheet_format):
        AuditEntry.record(
            self.request.user,
            AuditEntry.Action.EXPORTED,
            None,
            f"{spreadsheet_format.upper()}, {queryset.count()} "
            f"{_('complaints')}; {self.request.GET.urlencode()}",
        )
        return private_response(super().as_spreadsheet(queryset, spreadsheet_format))
