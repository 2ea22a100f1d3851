"""Forms staff use on a complaint's page in the admin."""

from django import forms
from django.contrib.auth import get_user_model
from django.utils.translation import gettext_lazy as _

from services.models import Unit

from .models import Status


class StatusForm(forms.Form):
    status = forms.ChoiceField(label=_("New status"))
    reason = forms.CharField(
        label=_("Reason (shown to the reporter)"),
        required=False,
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_(
            "Required when rejecting or transferring, and when the reporter is asked for a "
            "clarification: then write the question they will answer. Never write personal "
            "data here."
        ),
        max_length=2000,
    )

    def __init__(self, *args, complaint, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["status"].choices = [
            (status.value, status.label) for status in complaint.allowed_transitions
        ]


class AssignForm(forms.Form):
    unit = forms.ModelChoiceField(label=_("Unit"), queryset=Unit.objects.all())
    officer = forms.ModelChoiceField(
        label=_("Officer"),
        queryset=get_user_model().objects.none(),
        required=False,
        empty_label=_("No one in particular"),
    )

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.fields["officer"].queryset = (
            get_user_model()
            .objects.filter(is_active=True, complaint_staff_profile__isnull=False)
            .order_by("first_name", "username")
        )
        self.fields["officer"].label_from_instance = lambda user: (
            user.get_full_name() or user.get_username()
        )


class NoteForm(forms.Form):
    body = forms.CharField(
        label=_("Internal note"),
        widget=forms.Textarea(attrs={"rows": 3}),
        help_text=_("Only complaint staff see notes."),
        max_length=5000,
    )


class ReplyForm(forms.Form):
    body = forms.CharField(
        label=_("Reply to the reporter"),
        widget=forms.Textarea(attrs={"rows": 5}),
        help_text=_(
            "Shown on the tracking page and emailed when the reporter gave an address. Never "
            "include other people's personal data or internal information."
        ),
        max_length=5000,
    )


__all__ = ["AssignForm", "NoteForm", "ReplyForm", "Status", "StatusForm"]
