"""The satisfaction survey's form: nine elements on the regulation's 4-point scale and a
suggestion; for a service procedure also the service, with the complaint form's anti-abuse
layers (reCAPTCHA when configured, a hidden field people never see, a signed start time)."""

from django import forms
from django.utils.translation import gettext_lazy as _

from forms.forms import AutomatedPostChecks
from forms.forms import sign_start_time as sign_complaint_form_start
from forms.validators import reject_markup

from .ikm import ELEMENTS

STARTED_SALT = "transparency.survey.started"
SUGGESTION_MAX = 2000


def sign_start_time(timestamp=None):
    return sign_complaint_form_start(timestamp, salt=STARTED_SALT)


class ServiceChoiceField(forms.ModelChoiceField):
    def label_from_instance(self, obj):
        return obj.title


class SurveyForm(forms.Form):
    """The nine elements and the suggestion; a closed complaint's reporter answers these."""

    required_css_class = "is-required"

    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        for field, _label, question, answers in ELEMENTS:
            self.fields[field] = forms.TypedChoiceField(
                label=question,
                choices=[(str(value), text) for value, text in enumerate(answers, start=1)],
                coerce=int,
                widget=forms.RadioSelect,
                error_messages={"required": _("Choose one of the four answers.")},
            )
        self.fields["suggestion"] = forms.CharField(
            label=_("Your suggestion for improving our service (optional)"),
            help_text=_("Please do not write your name, telephone number or other personal data."),
            max_length=SUGGESTION_MAX,
            required=False,
            widget=forms.Textarea(attrs={"rows": 4}),
            validators=[reject_markup],
        )

    def element_fields(self):
        return [self[field] for field, *_rest in ELEMENTS]

    def scores(self):
        return {field: self.cleaned_data[field] for field, *_rest in ELEMENTS}


class ServiceSurveyForm(AutomatedPostChecks, SurveyForm):
    """For people who used a service procedure without a complaint: which service, and the
    same checks against automated posts as the complaint form."""

    started_salt = STARTED_SALT

    def __init__(self, *args, services, captcha=False, **kwargs):
        super().__init__(*args, **kwargs)
        service = ServiceChoiceField(
            label=_("Which service did you use?"),
            queryset=services,
            empty_label=_("Choose a service"),
            error_messages={
                "required": _("Choose the service you used."),
                "invalid_choice": _("Choose one of the services in the list."),
            },
        )
        self.fields = {"service": service, **self.fields}
        self.fields["website"] = forms.CharField(label=_("Leave this empty"), required=False)
        self.fields["form_started"] = forms.CharField(widget=forms.HiddenInput, required=False)
        if captcha:
            from forms.captcha import ComplaintCaptchaField

            self.fields["captcha"] = ComplaintCaptchaField(label=_("Security check"))

    def clean(self):
        cleaned = super().clean()
        self.show_automated_post_errors_at_the_top()
        return cleaned
