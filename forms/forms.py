"""The public complaint form: fixed core fields the code relies on, then editors' questions.

Everything a citizen sends is checked here, with a message beside the field in their language;
nothing is stored until every check has passed.
"""

import time

from django import forms
from django.conf import settings
from django.core import signing
from django.core.exceptions import ValidationError
from django.utils import timezone
from django.utils.translation import gettext_lazy as _
from wagtail.contrib.forms.forms import BaseForm, FormBuilder

from services.models import District

from .attachments import clean_upload
from .models.categories import ComplaintCategory
from .models.complaints import Complaint, ReporterMode
from .validators import normalise_phone, reject_markup, validate_nik

CORE_FIELD_NAMES = {
    "category", "description", "district", "incident_location", "incident_date",
    "reporter_mode", "name", "phone", "email", "nik", "attachments", "consent",
    "website", "form_started", "submission_token", "captcha",
}  # fmt: skip
DESCRIPTION_MIN = 20
DESCRIPTION_MAX = 5000
MAX_ATTACHMENTS = 3

STARTED_SALT = "forms.complaint.started"


def column_limit(name):
    """The length the complaint's column holds: a form field never accepts more than is kept."""
    return Complaint._meta.get_field(name).max_length


def sign_start_time(timestamp=None, salt=STARTED_SALT):
    return signing.dumps(timestamp if timestamp is not None else time.time(), salt=salt)


class AutomatedPostChecks:
    """The checks a public form makes against automated posts: `website`, a field people never
    see, must stay empty, and `form_started`, signed when the form was shown (with the form's
    own `started_salt`), must be neither stale nor too recent. The form declares both fields;
    `show_automated_post_errors_at_the_top()`, called from its `clean()`, turns their errors
    into non-field ones, since people cannot see the fields."""

    started_salt = STARTED_SALT
    AUTOMATED_POST_FIELDS = ("website", "form_started")

    def clean_website(self):
        if self.cleaned_data.get("website"):
            raise ValidationError(_("Leave this field empty."))
        return ""

    def clean_form_started(self):
        value = self.cleaned_data.get("form_started")
        try:
            started = signing.loads(value, salt=self.started_salt, max_age=24 * 3600)
        except (signing.BadSignature, TypeError) as error:
            raise ValidationError(
                _("The form has expired. Check your answers and send it again.")
            ) from error
        if time.time() - float(started) < settings.COMPLAINT_MIN_FILL_SECONDS:
            raise ValidationError(
                _("The form was sent too quickly. Check your answers and send it again.")
            )
        return value

    def show_automated_post_errors_at_the_top(self):
        for name in self.AUTOMATED_POST_FIELDS:
            if name in self.errors:
                for message in self.errors.pop(name):
                    self.add_error(None, message)


class MultipleFileInput(forms.ClearableFileInput):
    allow_multiple_selected = True


class MultipleFileField(forms.FileField):
    def __init__(self, *args, **kwargs):
        kwargs.setdefault(
            "widget", MultipleFileInput(attrs={"accept": ".jpg,.jpeg,.png,.webp,.pdf"})
        )
        super().__init__(*args, **kwargs)

    def clean(self, data, initial=None):
        files = (
            [item for item in (data or []) if item]
            if isinstance(data, list | tuple)
            else ([data] if data else [])
        )
        if len(files) > MAX_ATTACHMENTS:
            raise ValidationError(_("Attach at most %(count)s files.") % {"count": MAX_ATTACHMENTS})
        cleaned, errors = [], []
        for upload in files:
            try:
                cleaned.append(clean_upload(upload))
            except ValidationError as error:
                errors.extend(error.messages)
        if errors:
            raise ValidationError(errors)
        return cleaned


def name_files_to_choose_again(form):
    """A refused form comes back without its files (no browser can refill a file input): the
    files that were fine are named, so the citizen knows which to choose again."""
    if not form.errors or "attachments" in form.errors:
        return
    names = [upload.name for upload in form.cleaned_data.get("attachments") or []]
    if names:
        form.add_error(
            "attachments",
            _("Choose these files again before sending: %(names)s.") % {"names": ", ".join(names)},
        )


def evidence_field():
    """Up to three files, checked by `forms.attachments`: on the form and with a message."""
    return MultipleFileField(
        label=_("Photos or documents (optional)"),
        help_text=_("Up to 3 files: JPEG, PNG or WebP photos or PDF, at most 10 MB each."),
        required=False,
    )


def reporter_text_field(*, label, help_text, length, rows, required, too_short):
    """A plain-text answer the reporter writes on the tracking page, between two lengths."""
    return PlainCharField(
        label=label,
        help_text=help_text,
        min_length=length[0],
        max_length=length[1],
        widget=forms.Textarea(attrs={"rows": rows}),
        error_messages={
            "required": required,
            "min_length": too_short,
            "max_length": _("Write at most %(limit_value)d characters."),
        },
    )


class ComplaintCategoryChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.name


class PlainTextMixin:
    """Every free-text field refuses markup."""

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.validators.append(reject_markup)


class PlainCharField(PlainTextMixin, forms.CharField):
    pass


class CoreComplaintForm(AutomatedPostChecks, BaseForm):
    """The core fields, under the HTML names the code relies on; editors' questions follow."""

    required_css_class = "is-required"

    category = ComplaintCategoryChoiceField(
        label=_("What is your complaint about?"),
        queryset=ComplaintCategory.objects.none(),
        empty_label=_("Choose a category"),
        error_messages={"invalid_choice": _("Choose one of the categories in the list.")},
    )
    description = PlainCharField(
        label=_("Describe what happened"),
        help_text=_(
            "What happened, when, who was involved and what you would like the police to do. "
            "20 to 5,000 characters."
        ),
        min_length=DESCRIPTION_MIN,
        max_length=DESCRIPTION_MAX,
        widget=forms.Textarea(attrs={"rows": 8}),
    )
    district = forms.ModelChoiceField(
        label=_("District (kecamatan)"),
        queryset=District.objects.all(),
        required=False,
        empty_label=_("Not sure / outside the area"),
        error_messages={"invalid_choice": _("Choose one of the districts in the list.")},
    )
    incident_location = PlainCharField(
        label=_("Where did it happen?"),
        help_text=_("An address or a landmark, e.g. “in front of Pasar Sekayu”."),
        max_length=column_limit("incident_location"),
        required=False,
    )
    incident_date = forms.DateField(
        label=_("When did it happen?"),
        required=False,
        widget=forms.DateInput(attrs={"type": "date"}, format="%Y-%m-%d"),
    )
    reporter_mode = forms.ChoiceField(
        label=_("How do you want to be identified?"),
        choices=[
            (
                ReporterMode.IDENTIFIED,
                _("With my name: the officers may contact me about this complaint."),
            ),
            (
                ReporterMode.CONFIDENTIAL,
                _(
                    "Confidential: my name and contacts are seen only by the complaint staff, "
                    "never by the people I report about."
                ),
            ),
            (
                ReporterMode.ANONYMOUS,
                _(
                    "Anonymous: I give no name or contact at all. I can only follow my complaint "
                    "with the tracking code, and the police cannot ask me anything."
                ),
            ),
        ],
        initial=ReporterMode.IDENTIFIED,
        widget=forms.RadioSelect,
    )
    name = PlainCharField(label=_("Your name"), max_length=column_limit("name"), required=False)
    # Typed with spaces or dashes; kept in the shorter +62… form that the column holds.
    phone = forms.CharField(
        label=_("Mobile or telephone number"),
        help_text=_("E.g. 0812 3456 7890."),
        max_length=25,
        required=False,
        widget=forms.TextInput(attrs={"type": "tel", "autocomplete": "tel"}),
    )
    email = forms.EmailField(
        label=_("Email"),
        help_text=_("We send your receipt and our replies here."),
        max_length=column_limit("email"),
        required=False,
        widget=forms.EmailInput(attrs={"autocomplete": "email"}),
    )
    nik = forms.CharField(
        label=_("NIK (optional)"),
        help_text=_("The 16-digit number on your KTP. Only needed if you want to include it."),
        max_length=column_limit("nik"),
        required=False,
        widget=forms.TextInput(attrs={"inputmode": "numeric", "autocomplete": "off"}),
    )
    attachments = evidence_field()
    consent = forms.BooleanField(
        label=_(
            "I have read the privacy notice and agree that my data is used to handle this "
            "complaint."
        ),
        error_messages={
            "required": _(
                "Tick this box to agree to the privacy notice, or we cannot accept the complaint."
            )
        },
    )
    # Anti-abuse: a field people never see, a signed start time, and a one-time token.
    website = forms.CharField(label=_("Leave this empty"), required=False)
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)
    submission_token = forms.CharField(widget=forms.HiddenInput, required=False, max_length=64)

    def __init__(self, *args, categories=None, captcha=False, **kwargs):
        super().__init__(*args, **kwargs)
        if categories is not None:
            self.fields["category"].queryset = categories
        if captcha:
            from .captcha import ComplaintCaptchaField

            self.fields["captcha"] = ComplaintCaptchaField(label=_("Security check"))
        for name, field in self.fields.items():
            if name not in CORE_FIELD_NAMES and isinstance(field, forms.CharField):
                field.validators.append(reject_markup)

    @property
    def extra_field_names(self):
        return [name for name in self.fields if name not in CORE_FIELD_NAMES]

    def core_fields(self):
        return [self[name] for name in self.fields if name in CORE_FIELD_NAMES]

    def extra_fields(self):
        return [self[name] for name in self.extra_field_names]

    def clean_phone(self):
        value = self.cleaned_data.get("phone", "").strip()
        return normalise_phone(value) if value else ""

    def clean_nik(self):
        value = self.cleaned_data.get("nik", "").strip()
        if value:
            validate_nik(value)
        return value

    def clean_incident_date(self):
        value = self.cleaned_data.get("incident_date")
        if value and value > timezone.localdate():
            raise ValidationError(_("The date cannot be in the future."))
        return value

    def clean(self):
        cleaned = super().clean()
        mode = cleaned.get("reporter_mode")
        if mode == ReporterMode.ANONYMOUS:
            # Nothing that identifies an anonymous reporter is kept, even if it was typed.
            for name in ("name", "phone", "email", "nik"):
                cleaned[name] = ""
        elif mode in (ReporterMode.IDENTIFIED, ReporterMode.CONFIDENTIAL):
            if not cleaned.get("name") and "name" not in self.errors:
                self.add_error("name", _("Write your name, or choose to report anonymously."))
            if (
                not cleaned.get("phone")
                and not cleaned.get("email")
                and "phone" not in self.errors
                and "email" not in self.errors
            ):
                self.add_error(
                    "phone",
                    _("Give a telephone number or an email, or choose to report anonymously."),
                )
        self.show_automated_post_errors_at_the_top()
        name_files_to_choose_again(self)
        return cleaned

    def extra_answers(self):
        """The editors' questions only: the captcha answer and core fields never go here."""
        return {name: self.cleaned_data.get(name) for name in self.extra_field_names}


class ComplaintFormBuilder(FormBuilder):
    """Editors' questions from the form builder, after the core fields; a question whose name
    would replace a core field is skipped (the page editor also refuses such a label)."""

    def get_form_class(self):
        fields = {
            name: field for name, field in self.formfields.items() if name not in CORE_FIELD_NAMES
        }
        return type("ComplaintForm", (CoreComplaintForm,), fields)


REVIEW_REASON_MIN = 20
REVIEW_REASON_MAX = 2000


class ReviewRequestForm(forms.Form):
    """The reporter's request for a review of a closed complaint, on the tracking page."""

    reason = reporter_text_field(
        label=_("Why should your complaint be reviewed?"),
        help_text=_(
            "What was not resolved, or what you disagree with in the answer. 20 to 2,000 "
            "characters. Do not write other people's personal data."
        ),
        length=(REVIEW_REASON_MIN, REVIEW_REASON_MAX),
        rows=5,
        required=_("Write the reason for the review."),
        too_short=_(
            "Write at least %(limit_value)d characters, so the supervisor understands "
            "what to review."
        ),
    )


MESSAGE_MIN = 10
MESSAGE_MAX = 5000
MESSAGE_STARTED_SALT = "forms.complaint.message-started"


class ReporterMessageForm(AutomatedPostChecks, forms.Form):
    """The reporter's message on the tracking page: an answer to the staff's question or news
    of their own, with up to three more files checked as on the complaint form, through the
    same checks against automated posts (and the captcha when it is on)."""

    required_css_class = "is-required"
    started_salt = MESSAGE_STARTED_SALT

    body = reporter_text_field(
        label=_("Your message"),
        help_text=_(
            "10 to 5,000 characters. Only the complaint staff read it. Do not write other "
            "people's personal data."
        ),
        length=(MESSAGE_MIN, MESSAGE_MAX),
        rows=6,
        required=_("Write your message."),
        too_short=_("Write at least %(limit_value)d characters."),
    )
    attachments = evidence_field()
    website = forms.CharField(label=_("Leave this empty"), required=False)
    form_started = forms.CharField(widget=forms.HiddenInput, required=False)

    def __init__(self, *args, captcha=False, **kwargs):
        super().__init__(*args, **kwargs)
        if captcha:
            from .captcha import ComplaintCaptchaField

            self.fields["captcha"] = ComplaintCaptchaField(label=_("Security check"))
        if not self.is_bound:
            self.initial.setdefault("form_started", sign_start_time(salt=self.started_salt))

    def clean(self):
        cleaned = super().clean()
        self.show_automated_post_errors_at_the_top()
        name_files_to_choose_again(self)
        return cleaned
