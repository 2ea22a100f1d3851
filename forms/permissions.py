"""Who may see and handle which complaints.

- Superusers and the "Supervisor Pengaduan" group (`forms.view_all_complaints`) see every
  complaint, the audit log, the email outbox, and may export.
- "Petugas Pengaduan" (`forms.view_complaint`) see the complaints assigned to their units
  (`ComplaintStaffProfile`) or to themselves, and handle them (`forms.change_complaint`).
- Nobody deletes a complaint: expired ones are anonymised by `anonymise_expired_complaints`.
- Everyone else, Redaksi included, sees nothing of them.
"""

from django.db.models import Q
from wagtail.permission_policies import ModelPermissionPolicy

SUPERVISOR_GROUP = "Supervisor Pengaduan"
STAFF_GROUP = "Petugas Pengaduan"


def is_supervisor(user):
    return user.is_active and (user.is_superuser or user.has_perm("forms.view_all_complaints"))


def can_list_complaints(user):
    return user.is_active and (is_supervisor(user) or user.has_perm("forms.view_complaint"))


def can_export(user):
    return user.is_active and (user.is_superuser or user.has_perm("forms.export_complaints"))


def private_response(response):
    """A response carrying complaint data: never cached on the way, never sniffed."""
    response["Cache-Control"] = "no-store, private"
    response["X-Content-Type-Options"] = "nosniff"
    return response


def supervisors():
    """The active members of the supervisors' group: they review and are told of escalations."""
    from django.contrib.auth import get_user_model

    return get_user_model().objects.filter(is_active=True, groups__name=SUPERVISOR_GROUP)


def least_busy_supervisor(exclude=None):
    """The supervisor with the fewest reviews still open (then the longest-standing account),
    other than `exclude` (the officer whose handling is being reviewed) when possible."""
    from django.db.models import Count

    from .models import Status

    candidates = (
        supervisors()
        .annotate(
            open_reviews=Count(
                "assigned_complaints", filter=Q(assigned_complaints__status=Status.REVIEW)
            )
        )
        .order_by("open_reviews", "pk")
    )
    if exclude is not None:
        return candidates.exclude(pk=exclude.pk).first() or candidates.first()
    return candidates.first()


def staff_unit_ids(user):
    from .models import ComplaintStaffProfile

    profile = ComplaintStaffProfile.objects.filter(user=user).first()
    return list(profile.units.values_list("pk", flat=True)) if profile else []


def visible_complaints(user, queryset=None):
    from .models import Complaint

    queryset = Complaint.objects.all() if queryset is None else queryset
    if not user.is_authenticated or not can_list_complaints(user):
        return queryset.none()
    if is_supervisor(user):
        return queryset
    return queryset.filter(Q(assigned_unit__in=staff_unit_ids(user)) | Q(assigned_officer=user))


class ComplaintPermissionPolicy(ModelPermissionPolicy):
    """Model permissions from the groups, narrowed to the user's units for each complaint;
    `add` and `delete` are refused to everyone, superusers included."""

    NEVER = {"add", "delete"}

    def user_has_permission(self, user, action):
        if action in self.NEVER:
            return False
        if action == "export":
            return can_export(user)
        return super().user_has_permission(user, action)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def users_with_any_permission(self, actions, **kwargs):
        actions = [action for action in actions if action not in self.NEVER]
        if not actions:
            return self.model._meta.default_manager.none().values("pk")  # pragma: no cover
        return super().users_with_any_permission(actions, **kwargs)

    def user_has_permission_for_instance(self, user, action, instance):
        if not self.user_has_permission(user, action):
            return False
        return visible_complaints(user).filter(pk=instance.pk).exists()

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model._default_manager.none()
        return visible_complaints(user)


class SupervisorOnlyPolicy(ModelPermissionPolicy):
    """Read-only views (audit log, outbox) for supervisors and superusers."""

    def user_has_permission(self, user, action):
        if action in {"add", "delete", "change"}:
            return False
        return is_supervisor(user)

    def user_has_any_permission(self, user, actions):
        return any(self.user_has_permission(user, action) for action in actions)

    def user_has_permission_for_instance(self, user, action, instance):
        return self.user_has_permission(user, action)

    def instances_user_has_permission_for(self, user, action):
        if not self.user_has_permission(user, action):
            return self.model._default_manager.none()
        return self.model._default_manager.all()
